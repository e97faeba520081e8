"""Every kind of record syncs (issue 8): drives and sanitization records, checklist runs
and answers (with their photos and signatures), counts with their expected lists and scans,
certificates (with the signed PDF), label prints; in any order and idempotently; the blob
routes; a count of 12,000 assets pushes in chunks the server takes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.domain import conflicts as cf
from app.domain.errors import FieldtagError, NotFound
from app.domain.ids import new_id
from app.services import catalog, certificates, counts, drives, labels
from app.services import checklists as cl
from app.services.assets import create_asset, get_asset
from app.services.checklist_templates import load_catalog, shipped_dir
from app.services.context import Context
from app.services.sync_apply import SyncResult, apply_page
from app.store.tables import Event
from app.sync import protocol as p
from app.sync.blob_client import BlobClient
from app.sync.server.tables import ServerBlob
from tests.integration.sync_fixtures import Server, open_device
from tests.integration.test_checklists_service import answer_all, png
from tests.integration.test_sync_devices import Fleet
from tests.wipe_data import PERFORMER, laptops, nwipe_file, signing_settings

# columns that are local bookkeeping, not shared state
LOCAL = {"num", "created_at", "updated_at"}
RECORDS = ("drives", "sanitizations", "checklist_runs", "checklist_answers", "attachments",
           "counts", "count_expected", "count_scans", "certificates", "certificate_items",
           "assets")  # fmt: skip
NO_BLOBS = tuple(t for t in RECORDS if t != "attachments")
KEYS = {"checklist_answers": "run_id, step_id", "count_expected": "count_id, asset_id",
        "certificate_items": "certificate_id, drive_id", "attachments": "sha256"}  # fmt: skip


def records(ctx: Context, tables: tuple[str, ...] = RECORDS) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with ctx.store.engine.connect() as conn:
        for table in tables:
            order = KEYS.get(table, "id")
            rows = conn.execute(text(f"SELECT * FROM {table} ORDER BY {order}")).mappings()
            out[table] = [{k: v for k, v in r.items() if k not in LOCAL} for r in rows]
    return out


@pytest.fixture
def fleet(sqlite_server: Server, tmp_path: Path) -> Any:
    f = Fleet(sqlite_server, tmp_path, ["a", "b"])
    yield f
    f.close()


def _catalog(fleet: Fleet) -> dict[str, Any]:
    a = fleet.ctx["a"]
    laptop = catalog.create_model(a, {"manufacturer": "Dell", "name": "Latitude 5440",
                                      "category": "Laptop", "holds_storage": True})  # fmt: skip
    site = catalog.create_location(a, {"name": "Berlin HQ", "kind": "site"})
    room = catalog.create_location(a, {"name": "2.14", "kind": "room", "parent_id": site.id})
    anna = catalog.create_person(a, {"name": "Anna Schmidt", "email": "anna@example.com"})
    return {"laptop": laptop.id, "room": room.id, "anna": anna.id}


def _kinds(ctx: Context) -> set[tuple[str, str]]:
    with ctx.reading() as s:
        return set(s.execute(select(Event.entity, Event.kind).distinct()).tuples())


# ------------------------------------------------------------ drives and certificates


def test_drives_sanitizations_and_certificates_reach_the_other_device(
    fleet: Fleet, tmp_path: Path
) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    ids = _catalog(fleet)
    lt = laptops(a, ids)
    drives.import_nwipe(a, [nwipe_file("nwipe-0.28-legacy.log")], PERFORMER)
    sign = signing_settings(tmp_path / "signing")
    issued = certificates.issue_certificate(a, sign, asset_tags=["LT-2"])
    results = fleet.sync_all(1)
    assert not any(r.not_applied for r in results), [r.not_applied for r in results]
    tables = ("drives", "sanitizations", "certificates", "certificate_items")
    assert records(b, tables) == records(a, tables)
    assert len(records(b, tables)["sanitizations"]) == 2
    # re-printing on b gives the signed PDF byte for byte, and it verifies
    info, pdf = certificates.certificate_pdf(b, issued.info.number)
    assert pdf == issued.pdf and info.asset_tags == ("LT-2",)
    assert certificates.verify_certificate(pdf, sign.folder).valid
    # b reissues it: the chain is the same on a
    again = certificates.reissue_certificate(b, sign, issued.info.number, "typo in the title")
    fleet.sync("b")
    fleet.sync("a")
    assert records(a, tables) == records(b, tables)
    chain = [c.number for c in certificates.certificate_history(a, issued.info.number)]
    assert chain == [issued.info.number, again.info.number]
    assert certificates.certificate_pdf(a, again.info.number)[1] == again.pdf
    del lt


def test_a_certificate_whose_pdf_has_not_arrived_says_so(fleet: Fleet, tmp_path: Path) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    ids = _catalog(fleet)
    laptops(a, ids)
    drives.import_nwipe(a, [nwipe_file("nwipe-0.28-legacy.log")], PERFORMER)
    issued = certificates.issue_certificate(
        a, signing_settings(tmp_path / "s"), asset_tags=["LT-2"]
    )
    fleet.sync("a")
    sha = issued.info.pdf_sha256
    with fleet.server.engine.begin() as conn:  # as if the upload had not happened
        conn.execute(ServerBlob.__table__.delete().where(ServerBlob.sha256 == sha))
    fleet.sync("b")
    [row] = certificates.list_certificates(b)
    assert row.number == issued.info.number and row.size == 0
    with pytest.raises(FieldtagError, match="has not reached this device yet"):
        certificates.certificate_pdf(b, issued.info.number)
    with fleet.client("a") as client:
        BlobClient(client).upload(issued.pdf, "application/pdf")
    fleet.sync("b")
    assert certificates.certificate_pdf(b, issued.info.number)[1] == issued.pdf


# --------------------------------------------------------------------- checklists


def _deploy_setup(fleet: Fleet) -> tuple[dict[str, Any], Any]:
    a = fleet.ctx["a"]
    ids = _catalog(fleet)
    ids["asset"] = create_asset(a, {"tag": "LT-100", "model_id": ids["laptop"],
                                    "serial": "SN100", "location_id": ids["room"]}).id  # fmt: skip
    template = load_catalog([shipped_dir()]).get("deploy-computer")
    return ids, template


def test_a_checklist_run_its_answers_and_signature_reach_the_other_device(
    fleet: Fleet, tmp_path: Path
) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    ids, template = _deploy_setup(fleet)
    run_id = cl.start_run(a, ids["asset"], template).info.id
    answer_all(a, run_id, ids)
    cl.record_answer(a, run_id, "firmware", "1.20.0", "updated first")
    fleet.sync_all(1)
    tables = ("checklist_runs", "checklist_answers", "attachments")
    assert records(b, tables) == records(a, tables)
    state = cl.get_run(b, run_id)
    assert state.progress.required_left == () or not state.progress.required_left
    sig = state.answers["handover_signature"].value["sha256"]
    assert cl.get_attachment(b, sig)[0] == cl.get_attachment(a, sig)[0]
    # b completes it: the run and the asset's transition reach a
    done = cl.complete_run(b, run_id)
    assert done.transition == "deployed"
    fleet.sync("b")
    fleet.sync("a")
    assert records(a, tables) == records(b, tables)
    assert cl.get_run(a, run_id).info.status == "completed"
    assert get_asset(a, ids["asset"]).status == "deployed"
    out = cl.report_pdf(a, run_id, tmp_path / "report.pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_a_photo_not_yet_arrived_is_named_in_the_runner_and_the_report(
    fleet: Fleet, tmp_path: Path
) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    ids, template = _deploy_setup(fleet)
    run_id = cl.start_run(a, ids["asset"], template).info.id
    answer_all(a, run_id, ids)
    fleet.sync("a")
    with fleet.server.engine.begin() as conn:
        conn.execute(ServerBlob.__table__.delete())
    fleet.sync("b")
    sig = cl.get_run(b, run_id).answers["handover_signature"].value["sha256"]
    with pytest.raises(NotFound, match="has not reached this device yet"):
        cl.get_attachment(b, sig)
    report = cl.report_pdf(b, run_id, tmp_path / "report.pdf")
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(report.read_bytes())
    words = "".join(page.get_textpage().get_text_range() for page in doc)
    assert "not on this device yet" in words.replace("\r\n", " ").replace("\n", " ")


def test_answers_merge_per_step_and_a_run_finished_twice_is_a_conflict(fleet: Fleet) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    ids, template = _deploy_setup(fleet)
    run_id = cl.start_run(a, ids["asset"], template).info.id
    fleet.sync_all(1)
    # offline: both answer, a clears what it answered, b completes, a abandons
    answer_all(b, run_id, ids)
    cl.record_answer(a, run_id, "image_version", "23H2")
    cl.record_answer(a, run_id, "firmware", "9.9")
    cl.record_answer(b, run_id, "firmware", "1.20.0")  # later: b's answer wins
    cl.abandon_run(a, run_id, "wrong laptop")
    cl.complete_run(b, run_id)
    results = fleet.sync_all(2)
    tables = ("checklist_runs", "checklist_answers")
    assert records(a, tables) == records(b, tables)
    info = cl.get_run(a, run_id)
    assert info.info.status == "completed" and info.info.finished_by == "tech-b"
    assert info.answers["firmware"].value == "1.20.0"
    found = [c for r in results for c in r.conflicts if c.kind == cf.CHECKLIST]
    assert found and "completion wins over an abandonment" in found[0].summary
    assert "wrong laptop" in found[0].summary


# --------------------------------------------------------------------------- counts


def test_counts_scans_and_closes_reach_every_device(fleet: Fleet) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    ids = _catalog(fleet)
    for i in range(5):
        create_asset(a, {"tag": f"IT-{i}", "location_id": ids["room"]})
    count = counts.start_count(a, ids["room"]).id
    late = counts.start_count(a, ids["room"]).id
    fleet.sync_all(1)
    counts.record_scan(a, count, "IT-0")
    counts.record_scan(b, count, "IT-1")
    counts.record_scan(b, count, "IT-0")  # the same asset on two devices: both scans kept
    counts.record_scan(b, count, "NOPE-1")
    counts.flag_unknown(b, count, "NOPE-1")
    counts.close_count(a, count)
    counts.close_count(b, count)
    counts.close_count(a, late)
    counts.record_scan(b, late, "IT-3")  # b does not know yet that a closed it
    results = fleet.sync_all(2)
    tables = ("counts", "count_expected", "count_scans", "assets")
    assert records(a, tables) == records(b, tables)
    state_a, state_b = counts.count_state(a, count), counts.count_state(b, count)
    assert len(state_a.result.found) == 2 and state_b.flagged == frozenset({"nope-1"})
    assert state_a.info.status == "closed" and state_a.info == state_b.info
    found = [c for r in results for c in r.conflicts if c.kind == cf.COUNT]
    keys = {c.key for c in found}
    assert count in keys and f"{late}\x00late" in keys
    # the audit dates the closes gave reach the other device
    assert get_asset(b, records(a, ("assets",))["assets"][0]["id"]).last_audit is not None


def test_a_count_of_12000_assets_pushes_in_chunks(fleet: Fleet) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    room = catalog.create_location(a, {"name": "Warehouse", "kind": "room"}).id
    now = dt.datetime(2026, 1, 1).isoformat(" ")
    with a.store.write_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO assets (id, tag, name, serial, status, location_id, supplier, "
            "order_number, notes, custom, created_at, updated_at) "
            "VALUES (?, ?, '', '', 'in_stock', ?, '', '', '', '{}', ?, ?)",
            [(new_id(), f"W-{i:05d}", room, now, now) for i in range(12_000)],
        )
    count = counts.start_count(a, room).id
    with a.reading() as s:
        sizes = [len(json.dumps(d)) for d in s.scalars(
            select(Event.data).where(Event.entity == "count", Event.entity_id == count))]  # fmt: skip
    assert len(sizes) == 4 and max(sizes) < p.MAX_BODY_BYTES // 10
    fleet.sync_all(1)
    with b.reading() as s:
        n = s.scalar(text("SELECT COUNT(*) FROM count_expected WHERE count_id = :c"), {"c": count})
    assert n == 12_000
    assert counts.count_progress(b, count).expected == 12_000
    assert records(b, ("counts",)) == records(a, ("counts",))


def test_label_prints_and_tag_blocks_are_history_that_syncs(fleet: Fleet) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    labels.issue_tags(a, 3)
    asset = create_asset(a, {"tag": "IT-77"})
    labels.record_printed(a, ["IT-77", "LOOSE-1"], stock_id="avery-l7160", output="pdf")
    results = fleet.sync_all(1)
    assert not any(r.not_applied for r in results), [r.not_applied for r in results]
    assert {("label", "label_printed"), ("tag_block", "tags_issued")} <= _kinds(b)
    with b.reading() as s:
        n = s.scalar(select(func.count()).where(Event.asset_id == asset.id,
                                                Event.kind == "label_printed"))  # fmt: skip
    assert n == 1


# ------------------------------------------------------- order and idempotency


def _all_events(fleet: Fleet) -> list[p.ServerEvent]:
    with fleet.client("a") as client:
        out: list[p.ServerEvent] = []
        after = 0
        while True:
            page = client.pull(after, 500)
            out += page.events
            if not page.more:
                return out
            after = page.next


def _apply(ctx: Context, pages: list[list[p.ServerEvent]]) -> SyncResult:
    result = SyncResult()
    for n, events in enumerate(pages, start=1):
        page = p.PullResponse(events=events, next=n, more=False, head=len(pages))
        apply_page(ctx, page, result, after=n - 1)
    return result


def test_records_are_the_same_in_any_order_and_applying_twice_changes_nothing(
    fleet: Fleet, tmp_path: Path
) -> None:
    a, b = fleet.ctx["a"], fleet.ctx["b"]
    ids, template = _deploy_setup(fleet)
    run_id = cl.start_run(a, ids["asset"], template).info.id
    count = counts.start_count(a, ids["room"]).id
    drive = drives.add_drive(a, ids["asset"], {"serial": "DRV-1", "kind": "ssd"})
    drives.record_sanitization(a, drive.id, method="purge", result="passed")
    fleet.sync_all(1)
    answer_all(b, run_id, ids)
    cl.record_answer(a, run_id, "firmware", "0.1")
    cl.record_answer(b, run_id, "firmware", "0.2")
    cl.complete_run(b, run_id)
    cl.abandon_run(a, run_id, "no")
    counts.record_scan(a, count, "LT-100")
    counts.record_scan(b, count, "LT-100")
    counts.close_count(b, count)
    counts.close_count(a, count)
    fleet.sync_all(2)
    events = _all_events(fleet)
    # what creates a record comes first (the server's order keeps that); the rest in
    # three other orders, in pages of random sizes
    creating = ("created", "checklist_started", "count_started", "expected_added")
    first = [e for e in events
             if e.kind in creating or e.entity not in ("checklist_run", "count")]  # fmt: skip
    rest = [e for e in events if e not in first]
    rng = random.Random(8)
    states = []
    for n, order in enumerate([rest, rest[::-1], rng.sample(rest, len(rest))]):
        ctx = open_device(tmp_path, f"fresh{n}")
        cut = sorted(rng.sample(range(1, len(order)), 4))
        pages = [first] + [order[i:j] for i, j in zip([0, *cut], [*cut, len(order)], strict=True)]
        _apply(ctx, pages)
        again = _apply_again(ctx, events)
        assert again.pulled == 0
        states.append(records(ctx, NO_BLOBS))  # (blobs come with a sync, not a page)
        ctx.store.close()
    assert states[0] == states[1] == states[2] == records(a, NO_BLOBS) == records(b, NO_BLOBS)


def _apply_again(ctx: Context, events: list[p.ServerEvent]) -> SyncResult:
    result = SyncResult()
    page = p.PullResponse(events=events, next=10_000, more=False, head=10_000)
    apply_page(ctx, page, result, after=9_999)
    return result


# --------------------------------------------------------------------------- blobs


def test_blob_round_trip_and_refusals(fleet: Fleet) -> None:
    data = png(64, 48, "blob")
    sha = hashlib.sha256(data).hexdigest()
    other = hashlib.sha256(b"other").hexdigest()
    with fleet.client("a") as client:
        blobs = BlobClient(client)
        assert blobs.missing([sha, other, sha]) == sorted([sha, other])
        assert blobs.fetch(sha) is None
        assert blobs.upload(data, "image/png") == sha
        assert blobs.upload(data, "image/png") == sha  # idempotent
        assert blobs.missing([sha, other]) == [other]
        token = client.token
    with fleet.client("b") as client:
        assert BlobClient(client).fetch(sha) == (data, "image/png")
    http = fleet.server.http
    auth = {"Authorization": f"Bearer {token}"}
    wrong = http.put(f"/v1/blobs/{other}", content=data, headers=auth)
    assert wrong.status_code == 422 and "SHA-256" in wrong.json()["detail"]
    assert http.put(f"/v1/blobs/{sha}", content=data).status_code == 401
    assert http.get(f"/v1/blobs/{sha}").status_code == 401
    assert http.put("/v1/blobs/not-a-hash", content=data, headers=auth).status_code == 422
    big = b"x" * (p.MAX_BLOB_BYTES + 1)
    too = http.put(f"/v1/blobs/{hashlib.sha256(big).hexdigest()}", content=big, headers=auth)
    assert too.status_code == 413
    with fleet.server.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ServerBlob)).scalar() == 1


def test_a_blob_larger_than_a_push_may_be_is_taken_and_a_push_that_large_is_not(
    fleet: Fleet,
) -> None:
    data = os.urandom(p.MAX_BODY_BYTES + 1_000_000)  # a 6 MB photo, say
    with fleet.client("a") as client:
        assert BlobClient(client).upload(data, "image/jpeg") == hashlib.sha256(data).hexdigest()
        token = client.token
    with fleet.client("b") as client:
        assert BlobClient(client).fetch(hashlib.sha256(data).hexdigest()) == (data, "image/jpeg")
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    push = fleet.server.http.post("/v1/push", content=b" " * len(data), headers=auth)
    assert push.status_code == 413


def test_events_of_older_versions_apply_what_they_allow(fleet: Fleet, tmp_path: Path) -> None:
    a = fleet.ctx["a"]
    ids, template = _deploy_setup(fleet)
    run_id = cl.start_run(a, ids["asset"], template).info.id
    cl.record_answer(a, run_id, "firmware", "1.0")
    drive = drives.add_drive(a, ids["asset"], {"serial": "DRV-9", "kind": "ssd"})
    record = drives.record_sanitization(a, drive.id, method="purge", result="passed")
    count = counts.start_count(a, ids["room"]).id
    counts.close_count(a, count)
    fleet.sync("a")
    old: list[p.ServerEvent] = []
    for e in _all_events(fleet):  # as the previous version wrote them
        data = dict(e.data)
        changes = dict(e.changes)
        if e.kind == "checklist_started":
            for k in ("definition", "kind", "location_id", "started_at"):
                data.pop(k, None)
        elif e.kind == "checklist_answered":
            data.pop("step_id", None)
            data.pop("answered_at", None)
        elif e.entity == "sanitization":
            data.pop("drive_id", None)
            data.pop("recorded_at", None)
        elif e.kind == "expected_added":
            continue
        elif e.kind == "count_started":
            data.pop("expected_total", None)
            data["expected"] = [ids["asset"]]
        old.append(e.model_copy(update={"data": data, "changes": changes}))
    ctx = open_device(tmp_path, "fresh")
    result = _apply(ctx, [old[:7], old[7:]])
    assert result.pulled == len(old)
    with ctx.reading() as s:
        assert s.scalar(text("SELECT COUNT(*) FROM checklist_runs")) == 0  # no template
        assert (
            s.scalar(text("SELECT drive_id FROM sanitizations WHERE id = :r"), {"r": record})
            == drive.id
        )  # found by the drive's serial
        assert s.scalar(text("SELECT status FROM counts")) == "closed"
        assert s.scalar(text("SELECT asset_id FROM count_expected")) == ids["asset"]
    ctx.store.close()
