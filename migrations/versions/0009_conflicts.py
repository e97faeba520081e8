"""conflicts found by sync, and the outbox index

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 13:00:00

`conflicts` (app/store/tables.py `ConflictRow`): conflicts sync found and resolved on its
own, for a person to settle. `ix_events_outbox` is a partial index on this device's events
the server has not acknowledged (`server_seq IS NULL`): the status bar counts them on every
refresh and push reads them, without scanning the whole journal.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("asset_id", sa.String(length=36), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("settled_by", sa.String(length=200), nullable=True),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.Column("settled_device_id", sa.String(length=36), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_conflicts_asset_id", "conflicts", ["asset_id"], unique=False)
    op.create_index("ix_conflicts_status", "conflicts", ["status", "detected_at"], unique=False)
    op.execute("CREATE INDEX ix_events_outbox ON events (device_id, seq) WHERE server_seq IS NULL")


def downgrade() -> None:
    op.execute("DROP INDEX ix_events_outbox")
    op.drop_index("ix_conflicts_status", table_name="conflicts")
    op.drop_index("ix_conflicts_asset_id", table_name="conflicts")
    op.drop_table("conflicts")
