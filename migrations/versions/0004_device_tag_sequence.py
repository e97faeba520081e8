"""per-device tag sequence

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 10:00:00

Tags for new labels are `<prefix><device code><number>` (app/services/labels.py): the
device code (`devices.tag_code`, a few Crockford base32 characters, unique among the
enrolled devices) and the next number of this device's sequence (`devices.tag_next`).
The code is left empty here: the app derives it from the device id the first time it
issues tags, and the sync server may replace it when the device is enrolled.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tag_code", sa.String(length=8), nullable=True))
        batch_op.add_column(
            sa.Column("tag_next", sa.BigInteger(), nullable=False, server_default="1")
        )


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("tag_next")
        batch_op.drop_column("tag_code")
