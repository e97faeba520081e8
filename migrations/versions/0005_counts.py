"""inventory counts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 10:00:00

Inventory counts (app/services/counts.py): `counts` (one row per count: its location,
who started and closed it, on which device), `count_expected` (the expected list, frozen
when the count starts) and `count_scans` (every scan, keyed by its UUIDv7 id so that sync
merges the scans of several devices by union; no foreign keys, since a pulled scan may
arrive before its count or asset).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("include_sublocations", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_by", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("closed_by", sa.String(length=200), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_device_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["location_id"], ["locations.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_counts_location_id", "counts", ["location_id"], unique=False)
    op.create_index("ix_counts_status", "counts", ["status"], unique=False)
    op.create_table(
        "count_expected",
        sa.Column("count_id", sa.String(length=36), nullable=False),
        sa.Column("asset_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["count_id"], ["counts.id"]),
        sa.PrimaryKeyConstraint("count_id", "asset_id"),
    )
    op.create_table(
        "count_scans",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("count_id", sa.String(length=36), nullable=False),
        sa.Column("tag", sa.String(length=64, collation="NOCASE"), nullable=False),
        sa.Column("asset_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_count_scans_count_tag", "count_scans", ["count_id", "tag"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_count_scans_count_tag", table_name="count_scans")
    op.drop_table("count_scans")
    op.drop_table("count_expected")
    op.drop_index("ix_counts_status", table_name="counts")
    op.drop_index("ix_counts_location_id", table_name="counts")
    op.drop_table("counts")
