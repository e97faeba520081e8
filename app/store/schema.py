"""The schema revision this version of the app writes. A unit test keeps it equal to the
head of migrations/, so opening an up-to-date store never has to load Alembic."""

HEAD_REVISION = "0009"

SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database
