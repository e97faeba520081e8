"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 01:09:38.913231

The tables of app/store/tables.py.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "asset_models",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("manufacturer", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("model_number", sa.String(length=100), nullable=False),
        sa.Column("holds_storage", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("asset_models", schema=None) as batch_op:
        batch_op.create_index("ix_asset_models_category", ["category"], unique=False)
        batch_op.create_index("ix_asset_models_identity", ["manufacturer", "name"], unique=True)

    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("next_seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc_last", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("asset_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("device_id", "seq", name="uq_events_device_seq"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_asset", ["asset_id", "hlc"], unique=False)
        batch_op.create_index("ix_events_entity", ["entity", "entity_id", "hlc"], unique=False)
        batch_op.create_index("ix_events_hlc", ["hlc"], unique=False)

    op.create_table(
        "locations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["locations.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_locations_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index("ix_locations_path", ["path"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("employee_no", sa.String(length=100), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index("ix_people_name", ["name"], unique=False)

    op.create_table(
        "assets",
        sa.Column("num", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tag", sa.String(length=64, collation="NOCASE"), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("serial", sa.String(length=128), nullable=False),
        sa.Column("model_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=True),
        sa.Column("assignee_id", sa.String(length=36), nullable=True),
        sa.Column("purchase_date", sa.Date(), nullable=True),
        sa.Column("purchase_cost", sa.BigInteger(), nullable=True),
        sa.Column("supplier", sa.String(length=200), nullable=False),
        sa.Column("order_number", sa.String(length=100), nullable=False),
        sa.Column("warranty_end", sa.Date(), nullable=True),
        sa.Column("eol_date", sa.Date(), nullable=True),
        sa.Column("next_audit", sa.Date(), nullable=True),
        sa.Column("last_audit", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["people.id"],
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
        ),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["asset_models.id"],
        ),
        sa.PrimaryKeyConstraint("num"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("assets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assets_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assets_location_id"), ["location_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assets_model_id"), ["model_id"], unique=False)
        batch_op.create_index("ix_assets_serial", ["serial"], unique=False)
        batch_op.create_index(batch_op.f("ix_assets_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_assets_warranty_end"), ["warranty_end"], unique=False)
        batch_op.create_index("ux_assets_tag", ["tag"], unique=True)

    op.create_table(
        "drives",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("asset_id", sa.String(length=36), nullable=False),
        sa.Column("make", sa.String(length=200), nullable=False),
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("serial", sa.String(length=128), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("capacity_bytes", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["assets.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("drives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_drives_asset_id"), ["asset_id"], unique=False)
        batch_op.create_index("ix_drives_serial", ["serial"], unique=False)

    op.create_table(
        "sanitizations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("drive_id", sa.String(length=36), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("technique", sa.String(length=40), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("performed_by", sa.String(length=200), nullable=False),
        sa.Column("performed_at", sa.DateTime(), nullable=False),
        sa.Column("tool", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["drive_id"],
            ["drives.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sanitizations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sanitizations_drive_id"), ["drive_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sanitizations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sanitizations_drive_id"))

    op.drop_table("sanitizations")
    with op.batch_alter_table("drives", schema=None) as batch_op:
        batch_op.drop_index("ix_drives_serial")
        batch_op.drop_index(batch_op.f("ix_drives_asset_id"))

    op.drop_table("drives")
    with op.batch_alter_table("assets", schema=None) as batch_op:
        batch_op.drop_index("ux_assets_tag")
        batch_op.drop_index(batch_op.f("ix_assets_warranty_end"))
        batch_op.drop_index(batch_op.f("ix_assets_status"))
        batch_op.drop_index("ix_assets_serial")
        batch_op.drop_index(batch_op.f("ix_assets_model_id"))
        batch_op.drop_index(batch_op.f("ix_assets_location_id"))
        batch_op.drop_index(batch_op.f("ix_assets_assignee_id"))

    op.drop_table("assets")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_name")

    op.drop_table("people")
    op.drop_table("meta")
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.drop_index("ix_locations_path")
        batch_op.drop_index(batch_op.f("ix_locations_parent_id"))

    op.drop_table("locations")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_hlc")
        batch_op.drop_index("ix_events_entity")
        batch_op.drop_index("ix_events_asset")

    op.drop_table("events")
    op.drop_table("devices")
    with op.batch_alter_table("asset_models", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_models_identity")
        batch_op.drop_index("ix_asset_models_category")

    op.drop_table("asset_models")
