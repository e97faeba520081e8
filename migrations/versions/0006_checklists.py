"""checklists

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 09:00:00

Checklists (app/services/checklists.py): `checklist_runs` (one row per run, holding the
template as it was when the run started), `checklist_answers` (the current answer to each
step; the journal keeps every answer given) and `attachments` (photos and signatures,
addressed by SHA-256).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_runs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("asset_id", sa.String(length=36), nullable=False),
        sa.Column("template_key", sa.String(length=100), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("template_title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("template", sa.JSON(), nullable=False),
        sa.Column("template_sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_by", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=True),
        sa.Column("finished_by", sa.String(length=200), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("finished_device_id", sa.String(length=36), nullable=True),
        sa.Column("abandon_reason", sa.Text(), nullable=False),
        sa.Column("transition", sa.String(length=20), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["asset_id"], ["assets.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_checklist_runs_asset_id", "checklist_runs", ["asset_id"], unique=False)
    op.create_index(
        "ix_checklist_runs_status", "checklist_runs", ["status", "started_at"], unique=False
    )
    op.create_table(
        "checklist_answers",
        sa.Column("run_id", sa.String(length=36), nullable=False),
        sa.Column("step_id", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["checklist_runs.id"]),
        sa.PrimaryKeyConstraint("run_id", "step_id"),
    )
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )


def downgrade() -> None:
    op.drop_table("attachments")
    op.drop_table("checklist_answers")
    op.drop_index("ix_checklist_runs_status", table_name="checklist_runs")
    op.drop_index("ix_checklist_runs_asset_id", table_name="checklist_runs")
    op.drop_table("checklist_runs")
