"""full-text search index of assets

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 01:30:00

An FTS5 index over each asset's tag, name, serial, model (manufacturer, model, model number,
category), assignee, location path and notes, the triggers that keep it in step with assets,
models, people and locations, and a backfill of the assets already in the store.
"""

from __future__ import annotations

from alembic import op

FTS_SOURCE = """
SELECT a.num, a.tag, a.name, a.serial,
       COALESCE(m.manufacturer || ' ' || m.name || ' ' || m.model_number || ' ' || m.category, ''),
       COALESCE(p.name || ' ' || p.email || ' ' || p.employee_no, ''),
       COALESCE(l.path, ''),
       a.notes
FROM assets a
LEFT JOIN asset_models m ON m.id = a.model_id
LEFT JOIN people p ON p.id = a.assignee_id
LEFT JOIN locations l ON l.id = a.location_id
"""

FTS_INSERT = "INSERT INTO asset_fts(rowid, tag, name, serial, model, assignee, location, notes)"

FTS_DDL = [
    # Prefix indexes make "as you type" prefix queries of 2 to 4 characters cheap.
    """CREATE VIRTUAL TABLE asset_fts USING fts5(
        tag, name, serial, model, assignee, location, notes,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')""",
    f"""CREATE TRIGGER asset_fts_ai AFTER INSERT ON assets BEGIN
        {FTS_INSERT} {FTS_SOURCE} WHERE a.num = NEW.num; END""",
    f"""CREATE TRIGGER asset_fts_au AFTER UPDATE OF tag, name, serial, model_id, location_id,
        assignee_id, notes ON assets BEGIN
        DELETE FROM asset_fts WHERE rowid = OLD.num;
        {FTS_INSERT} {FTS_SOURCE} WHERE a.num = NEW.num; END""",
    """CREATE TRIGGER asset_fts_ad AFTER DELETE ON assets BEGIN
        DELETE FROM asset_fts WHERE rowid = OLD.num; END""",
    f"""CREATE TRIGGER asset_fts_model_au AFTER UPDATE OF manufacturer, name, model_number,
        category ON asset_models BEGIN
        DELETE FROM asset_fts WHERE rowid IN (SELECT num FROM assets WHERE model_id = NEW.id);
        {FTS_INSERT} {FTS_SOURCE} WHERE a.model_id = NEW.id; END""",
    f"""CREATE TRIGGER asset_fts_person_au AFTER UPDATE OF name, email, employee_no
        ON people BEGIN
        DELETE FROM asset_fts WHERE rowid IN (SELECT num FROM assets WHERE assignee_id = NEW.id);
        {FTS_INSERT} {FTS_SOURCE} WHERE a.assignee_id = NEW.id; END""",
    f"""CREATE TRIGGER asset_fts_location_au AFTER UPDATE OF path ON locations BEGIN
        DELETE FROM asset_fts WHERE rowid IN (SELECT num FROM assets WHERE location_id = NEW.id);
        {FTS_INSERT} {FTS_SOURCE} WHERE a.location_id = NEW.id; END""",
]


FTS_TRIGGERS = (
    "asset_fts_ai",
    "asset_fts_au",
    "asset_fts_ad",
    "asset_fts_model_au",
    "asset_fts_person_au",
    "asset_fts_location_au",
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for ddl in FTS_DDL:
        op.execute(ddl)
    op.execute(f"{FTS_INSERT} {FTS_SOURCE}")


def downgrade() -> None:
    for name in FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS asset_fts")
