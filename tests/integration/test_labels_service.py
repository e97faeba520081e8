"""Labels service: the tag sequence for new labels, label content, checking a job up front,
and the record of prints in the assets' history (real SQLite stores, upgraded by Alembic)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import FieldtagError, ValidationError
from app.domain.labels import LabelOptions
from app.services import assets, labels
from app.services.context import Context
from app.services.labels import LabelSource, LabelText
from app.store.database import open_store

CROCKFORD = "[0-9A-HJKMNP-TV-Z]"
TAG_RE = re.compile(rf"IT-({CROCKFORD}{{4}})(\d{{5}})")
TEXT = LabelText(organisation="ACME Corp", org_code="ACME", support_line="IT help: 1234")


def events(ctx: Context, kind: str) -> list[tuple[Any, ...]]:
    with ctx.store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT entity, entity_id, asset_id, data FROM events WHERE kind = ? ORDER BY seq",
            (kind,),
        ).all()
    return [tuple(row) for row in rows]


def counter(ctx: Context) -> tuple[str | None, int]:
    with ctx.store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT tag_code, tag_next FROM devices WHERE id = ?", (ctx.store.device_id,)
        ).one()
    return row[0], row[1]


def add_asset(ctx: Context, tag: str, **values: Any) -> str:
    return assets.create_asset(ctx, {"tag": tag, **values}).id


# ------------------------------------------------------------------------------ tag sequence


def test_new_tags_are_prefix_device_code_and_a_five_digit_counter(ctx: Context) -> None:
    tags = labels.issue_tags(ctx, 3)
    codes = {TAG_RE.fullmatch(t).group(1) for t in tags}  # type: ignore[union-attr]
    assert len(codes) == 1
    code = codes.pop()
    assert tags == [f"IT-{code}00001", f"IT-{code}00002", f"IT-{code}00003"]
    assert counter(ctx) == (code, 4)
    assert code == labels.derive_tag_code(ctx.store.device_id)
    assert labels.issue_tags(ctx, 1, prefix="LT-") == [f"LT-{code}00004"]


def test_the_sequence_never_repeats_and_peeking_takes_nothing(ctx: Context) -> None:
    seen: list[str] = []
    for n in (1, 5, 2, 7):
        upcoming = labels.peek_tags(ctx, n)
        assert labels.peek_tags(ctx, n) == upcoming, "a peek changes nothing"
        issued = labels.issue_tags(ctx, n)
        assert issued == upcoming
        seen += issued
    assert len(seen) == len(set(seen)) == 15
    numbers = [int(TAG_RE.fullmatch(t).group(2)) for t in seen]  # type: ignore[union-attr]
    assert numbers == sorted(numbers) == list(range(1, 16))


def test_tags_already_in_the_store_are_skipped(ctx: Context) -> None:
    upcoming = labels.peek_tags(ctx, 4)
    add_asset(ctx, upcoming[1])
    add_asset(ctx, upcoming[2].lower())  # tags are unique regardless of case
    issued = labels.issue_tags(ctx, 3)
    code = counter(ctx)[0]
    assert issued == [upcoming[0], upcoming[3], f"IT-{code}00005"]
    (_, _, asset_id, data), = events(ctx, "tags_issued")  # fmt: skip
    assert asset_id is None
    assert '"skipped": [2, 3]' in data
    assert counter(ctx)[1] == 6


def test_the_sequence_survives_closing_and_reopening_the_store(db_path: Path) -> None:
    store = open_store(db_path)
    first = labels.issue_tags(Context(store, "ann"), 10)
    store.close()
    store = open_store(db_path)
    second = labels.issue_tags(Context(store, "ann"), 10)
    store.close()
    assert not set(first) & set(second)
    assert second[0].endswith("00011")


def test_two_stores_are_two_devices_whose_tags_never_collide(tmp_path: Path) -> None:
    stores = [open_store(tmp_path / f"laptop{i}.sqlite") for i in range(2)]
    try:
        issued = [labels.issue_tags(Context(s, "tech"), 200) for s in stores]
        codes = [counter(Context(s, "tech"))[0] for s in stores]
    finally:
        for s in stores:
            s.close()
    assert codes[0] != codes[1]
    assert not set(issued[0]) & set(issued[1])


def test_a_device_code_avoids_the_codes_of_devices_the_store_knows(ctx: Context) -> None:
    mine = labels.derive_tag_code(ctx.store.device_id)
    with ctx.store.engine.begin() as conn:  # another device, pulled by sync, has our code
        conn.exec_driver_sql(
            "INSERT INTO devices (id, name, is_local, next_seq, hlc_last, created_at, tag_code)"
            " VALUES ('other', 'bench 2', 0, 1, 0, '2024-01-01', ?)",
            (mine,),
        )
    tag = labels.issue_tags(ctx, 1)[0]
    code = counter(ctx)[0]
    assert code != mine and tag.startswith(f"IT-{code}")
    assert code == labels.derive_tag_code(ctx.store.device_id, {mine})


def test_the_sequence_goes_past_every_block_the_journal_knows_for_its_code(
    ctx: Context,
) -> None:
    """A block issued under this code elsewhere (pulled by sync: a store restored from a
    backup getting its own later blocks back, or a code another device used before) is
    never handed out again, even though this device's counter is behind."""
    code = labels.device_tag_code(ctx)
    with ctx.store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO events (id, device_id, seq, hlc, actor, entity, entity_id, kind,"
            " changes, data, recorded_at, server_seq) VALUES ('e-pulled', 'other', 1, 1, 'bo',"
            " 'tag_block', 'b1', 'tags_issued', '{}', ?, '2024-01-01 00:00:00', 7)",
            (f'{{"prefix": "IT-", "code": "{code}", "first": 1, "last": 40, "count": 40}}',),
        )
    assert labels.peek_tags(ctx, 1) == [f"IT-{code}00041"]
    assert labels.issue_tags(ctx, 2) == [f"IT-{code}00041", f"IT-{code}00042"]
    assert counter(ctx) == (code, 43)


def test_the_sync_server_may_assign_the_device_code(ctx: Context) -> None:
    before = labels.issue_tags(ctx, 2)
    assert labels.device_tag_code(ctx) == counter(ctx)[0]
    assert labels.assign_tag_code(ctx, "zq-0i") == "ZQ01"  # Crockford read leniently
    after = labels.issue_tags(ctx, 2)
    assert after == ["IT-ZQ0100003", "IT-ZQ0100004"], "the counter goes on"
    assert not set(before) & set(after)
    with pytest.raises(ValidationError, match="not a device code"):
        labels.assign_tag_code(ctx, "ÄÖ")
    with ctx.store.engine.connect() as conn:
        changes = (
            conn.exec_driver_sql(
                "SELECT changes FROM events WHERE kind = 'tag_code_set' ORDER BY seq"
            )
            .scalars()
            .all()
        )
    assert len(changes) == 2  # derived at the first issue, then assigned
    assert '"tag_code": [null, "' in changes[0] and '"ZQ01"]' in changes[1]


def test_bad_counts_and_prefixes_issue_nothing(ctx: Context) -> None:
    for n in (0, -1, labels.MAX_LABELS + 1):
        with pytest.raises(ValidationError, match="number of tags"):
            labels.issue_tags(ctx, n)
    for prefix in ("IT ", "ÄT-", "X" * 17):
        with pytest.raises(ValidationError, match="tag prefix"):
            labels.issue_tags(ctx, 1, prefix=prefix)
    assert counter(ctx) == (None, 1)
    assert events(ctx, "tags_issued") == []


def test_issuing_is_one_transaction_with_its_journal_event(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import journal

    def broken(*_: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(journal, "insert_events", broken)
    with pytest.raises(Exception, match="disk I/O"):
        labels.issue_tags(ctx, 5)
    monkeypatch.undo()
    assert counter(ctx) == (None, 1), "the counter did not move without its event"
    tags = labels.issue_tags(ctx, 5)
    (entity, entity_id, asset_id, data), = events(ctx, "tags_issued")  # fmt: skip
    assert (entity, asset_id) == ("tag_block", None) and entity_id
    code = counter(ctx)[0]
    assert f'"prefix": "IT-", "code": "{code}", "first": 1, "last": 5, "count": 5' in data
    assert tags[-1].endswith("00005")


# ------------------------------------------------------------------------------ label content


def test_labels_of_tags_carry_payload_organisation_and_field_lines(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    add_asset(ctx, "IT-000042", serial="5CG123", model_id=ids["laptop"])
    add_asset(ctx, "IT-000043", model_id=ids["monitor"])
    got = labels.labels_for_tags(
        ctx, ["it-000042", " IT-000043 ", "IT-000042"], LabelOptions(), TEXT
    )
    assert [d.tag for d in got] == ["IT-000042", "IT-000043", "IT-000042"]
    assert got[0].payload == "FT:ACME:IT-000042"
    assert got[0].organisation == "ACME Corp"
    assert got[0].lines == ("Dell Latitude 5440", "S/N 5CG123", "IT help: 1234")
    assert got[1].lines == ("Dell P2422H", "IT help: 1234"), "no empty serial line"
    assert got[0].code128_content == "IT-000042"
    text = LabelText(org_code="acme", base_url="https://assets.example.org/", code128_prefix="A-")
    (one,) = labels.labels_for_tags(ctx, ["IT-000042"], LabelOptions(fields=("serial",)), text)
    assert one.payload == "https://assets.example.org/t/ACME/IT-000042"
    assert one.lines == ("S/N 5CG123",)
    assert one.code128_content == "A-IT-000042"


def test_unknown_tags_are_all_listed(ctx: Context) -> None:
    add_asset(ctx, "IT-1")
    with pytest.raises(ValidationError) as err:
        labels.labels_for_tags(ctx, ["IT-1", "NOPE-1", "NOPE-2"], LabelOptions(), TEXT)
    assert [p.message for p in err.value.problems] == [
        "no asset has the tag NOPE-1",
        "no asset has the tag NOPE-2",
    ]


def test_labels_of_a_search_are_sorted_by_tag(catalog_ctx: Any) -> None:
    ctx, ids = catalog_ctx
    for tag in ("LT-3", "LT-1", "LT-2"):
        add_asset(ctx, tag, model_id=ids["laptop"])
    add_asset(ctx, "MON-1", model_id=ids["monitor"])
    got = labels.labels_for_query(ctx, "latitude", LabelOptions(), TEXT)
    assert [d.tag for d in got] == ["LT-1", "LT-2", "LT-3"]
    with pytest.raises(ValidationError, match="matches no asset"):
        labels.labels_for_query(ctx, "typewriter", LabelOptions(), TEXT)


def test_labels_of_selected_assets_keep_the_selection_order(ctx: Context) -> None:
    a, b = add_asset(ctx, "B-1"), add_asset(ctx, "A-1")
    got = labels.labels_for_assets(ctx, [a, b], LabelOptions(), LabelText())
    assert [d.tag for d in got] == ["B-1", "A-1"]
    assert got[0].payload == "FT::B-1" and got[0].organisation == ""


# ------------------------------------------------------------------------------ prints in the history


def test_prints_are_recorded_in_each_assets_history(ctx: Context) -> None:
    a = add_asset(ctx, "IT-1")
    b = add_asset(ctx, "IT-2")
    n = labels.record_printed(
        ctx, ["IT-1", "it-2", "IT-2", "NEW-1"], stock_id="avery-5160", output="/tmp/x/labels.pdf"
    )
    assert n == 2
    (first, *_), (second, *_) = (
        assets.asset_history(ctx, a),
        assets.asset_history(ctx, b),
    )
    assert first.kind == "label_printed" and first.entity == "label"
    assert first.summary == "Label printed on avery-5160 → labels.pdf"
    assert second.summary == "2 labels printed on avery-5160 → labels.pdf"
    rows = events(ctx, "label_printed")
    assert len({r[1] for r in rows}) == 1, "one print, one id"
    loose = [r for r in rows if r[2] is None]
    assert len(loose) == 1 and '"tags": ["NEW-1"]' in loose[0][3]


def test_history_summaries_of_printer_output_and_issued_tags() -> None:
    from app.services.assets import LABEL_SUMMARIES

    printed = LABEL_SUMMARIES["label_printed"]
    assert printed({"tag": "IT-1", "stock": "zebra-2x1", "output": "Zebra ZD421 (10.0.0.5)"}) == (
        "Label printed on zebra-2x1 → Zebra ZD421 (10.0.0.5)"
    )
    assert printed({"tags": ["IT-A00001", "IT-A00002"], "stock": "zebra-2x1"}) == (
        "Labels printed for new tags IT-A00001 … IT-A00002 (2) on zebra-2x1"
    )
    issued = LABEL_SUMMARIES["tags_issued"]
    data = {"prefix": "IT-", "code": "7K3M", "first": 1, "last": 50, "count": 50}
    assert issued(data) == "Tags issued: IT-7K3M00001 … IT-7K3M00050 (50)"


# ------------------------------------------------------------------------------ jobs


def test_a_job_lists_every_problem_at_once_and_changes_nothing(ctx: Context) -> None:
    add_asset(ctx, "IT-1")
    with pytest.raises(ValidationError) as err:
        labels.prepare_job(ctx, LabelSource(tags=("IT-1", "NOPE")), "no-such-stock", text=TEXT)
    messages = [str(p) for p in err.value.problems]
    assert any("unknown label stock 'no-such-stock'" in m for m in messages), messages
    assert any("no asset has the tag NOPE" in m for m in messages), messages
    with pytest.raises(ValidationError) as err:
        labels.prepare_job(ctx, LabelSource(new=3), "avery-5160", start_at=31, text=TEXT)
    assert any("start position" in str(p) for p in err.value.problems)
    assert counter(ctx) == (None, 1), "a refused job issues nothing"


def test_a_tag_code128_cannot_carry_or_too_long_for_the_stock_is_refused(ctx: Context) -> None:
    add_asset(ctx, "IT-ÄÖÜ")
    long_tag = "IT-" + "W" * 40
    add_asset(ctx, long_tag)
    with pytest.raises(ValidationError) as err:
        labels.prepare_job(ctx, LabelSource(tags=("IT-ÄÖÜ", long_tag)), "zebra-2x1", text=TEXT)
    text = str(err.value)
    assert "Code128 cannot carry" in text and long_tag in text and "too long" in text


def test_a_fresh_job_shows_the_next_tags_and_issues_them_when_saved(
    ctx: Context, tmp_path: Path
) -> None:
    job = labels.prepare_job(ctx, LabelSource(new=3), "avery-5160", text=TEXT)
    assert job.fresh and list(job.tags) == labels.peek_tags(ctx, 3)
    assert job.labels[0].lines == ("IT help: 1234",)
    saved = labels.save_labels(ctx, job, tmp_path / "new.pdf")
    assert saved.issued == job.tags and saved.count == 3 and saved.pages == 1
    assert (tmp_path / "new.pdf").read_bytes().startswith(b"%PDF")
    assert labels.peek_tags(ctx, 1)[0].endswith("00004")
    (row,) = events(ctx, "label_printed")
    assert row[2] is None and job.tags[0] in row[3]


def test_prints_are_recorded_only_when_the_file_was_written(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    add_asset(ctx, "IT-1")
    job = labels.prepare_job(ctx, LabelSource(tags=("IT-1",)), "avery-5160", text=TEXT)
    with pytest.raises(FieldtagError, match="does not exist"):
        labels.save_labels(ctx, job, out / "missing" / "labels.pdf")

    def broken_render(*_: object, **__: object) -> bytes:
        raise ValidationError.single("label", "renderer failed")

    monkeypatch.setattr(labels, "render_job", broken_render)
    with pytest.raises(ValidationError, match="renderer failed"):
        labels.save_labels(ctx, job, out / "labels.pdf")
    fresh = labels.prepare_job(ctx, LabelSource(new=2), "avery-5160", text=TEXT)
    with pytest.raises(FieldtagError, match="does not exist"):
        labels.save_labels(ctx, fresh, out / "missing" / "new.pdf")
    monkeypatch.undo()
    assert events(ctx, "label_printed") == []
    assert counter(ctx)[1] == 1, "no tags burnt for a folder that is not there"
    assert list(out.iterdir()) == [], "no file, no temporary file left"
    labels.save_labels(ctx, job, out / "labels.pdf")
    assert len(events(ctx, "label_printed")) == 1
    assert [p.name for p in out.iterdir()] == ["labels.pdf"]


def test_a_store_from_before_the_tag_sequence_gets_one(tmp_path: Path) -> None:
    from app.store.engine import make_engine
    from app.store.migrate import upgrade

    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0003")
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO devices VALUES ('dev-old', 'old laptop', 1, 7, 0, '2024-01-01 00:00:00')"
    )
    conn.commit()
    conn.close()
    store = open_store(path)
    try:
        ctx = Context(store, "tester")
        assert counter(ctx) == (None, 1)
        code = labels.derive_tag_code("dev-old")
        assert labels.issue_tags(ctx, 2) == [f"IT-{code}00001", f"IT-{code}00002"]
        assert counter(ctx) == (code, 3)
    finally:
        store.close()
    assert list((tmp_path / "backups").glob("old.*.sqlite")), "backed up before upgrading"
