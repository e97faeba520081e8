"""The SQLite store: tables, engine, migrations, journal and queries."""
