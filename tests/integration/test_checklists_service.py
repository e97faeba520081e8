"""Checklist runs on a real store: start, answer (durably), snapshot, complete with the
template's transition (and a refused one changing nothing), abandon, photos, signatures,
sanitization links, history lines and the PDF report."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from sqlalchemy import func, select

from app.domain.checklists import Template, parse_template_text
from app.domain.errors import NotFound, TransitionRefused, ValidationError
from app.domain.lifecycle import Status
from app.services import checklists as cl
from app.services import drives
from app.services.assets import asset_history, create_asset, get_asset
from app.services.checklist_templates import load_catalog, shipped_dir
from app.services.context import Context
from app.store.database import open_store
from app.store.tables import Attachment, ChecklistAnswer, ChecklistRun, Event

DEPLOY_ANSWERS: dict[str, Any] = {
    "asset_tag": "FT:ACME:LT-100", "os_image": "Windows 11 Enterprise", "image_version": "24H2",
    "firmware": "1.19.0", "firmware_current": "pass", "encryption": "pass",
    "encryption_method": "BitLocker", "enrolment": "Intune (MDM)", "enrolment_check": "pass",
    "updates": "pass", "handover_date": "2026-11-24", "label_printed": "pass",
}  # fmt: skip


def png(w: int = 320, h: int = 240, text: str = "photo") -> bytes:
    img = np.full((h, w, 3), 200, np.uint8)
    cv2.putText(img, text, (10, h // 2), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (20, 40, 160), 3)
    ok, data = cv2.imencode(".png", img)
    assert ok
    return data.tobytes()


@pytest.fixture
def setup(catalog_ctx: Any) -> tuple[Context, dict[str, Any]]:
    ctx, ids = catalog_ctx
    a = create_asset(ctx, {"tag": "LT-100", "model_id": ids["laptop"], "serial": "SN100",
                           "location_id": ids["room"]})  # fmt: skip
    ids["asset"] = a.id
    ids["catalog"] = load_catalog([shipped_dir()])
    return ctx, ids


def deploy(ids: dict[str, Any]) -> Template:
    t: Template = ids["catalog"].get("deploy-computer")
    return t


def answer_all(ctx: Context, run_id: str, ids: dict[str, Any]) -> None:
    for step, value in DEPLOY_ANSWERS.items():
        cl.record_answer(ctx, run_id, step, value)
    cl.record_answer(ctx, run_id, "assignee", {"id": ids["anna"], "name": "ignored"})
    cl.record_signature(ctx, run_id, "handover_signature", png(200, 80, "sig"),
                        [[[1, 2], [50, 60], [90, 10]]], signer="Anna")  # fmt: skip


def test_a_deploy_run_from_start_to_completion(setup: Any) -> None:
    ctx, ids = setup
    state = cl.start_run(ctx, ids["asset"], deploy(ids))
    run_id = state.info.id
    assert state.info.status == "in_progress" and not state.resumed
    assert state.location == "Berlin HQ > Building B > 2.14"
    assert state.progress.visible == 14 and state.progress.answered == 0
    again = cl.start_run(ctx, ids["asset"], deploy(ids))
    assert again.resumed and again.info.id == run_id, "a second start resumes the run"

    with pytest.raises(ValidationError, match=r"required steps? not answered yet"):
        cl.complete_run(ctx, run_id)
    answer_all(ctx, run_id, ids)
    saved = cl.record_answer(ctx, run_id, "firmware_current", "fail", "vendor has 1.20")
    assert saved.answer.text == "FAILED" and saved.progress.complete
    done = cl.complete_run(ctx, run_id)
    assert done.transition == "deployed"
    assert "LT-100 is now deployed" in done.message
    detail = get_asset(ctx, ids["asset"])
    assert detail.status is Status.DEPLOYED and detail.assignee_id == ids["anna"]
    run = cl.get_run(ctx, run_id)
    assert run.info.status == "completed" and run.info.finished_by == "tester"
    assert run.answers["assignee"].value == {"id": ids["anna"], "name": "Anna Schmidt"}
    with pytest.raises(ValidationError, match="was completed by tester"):
        cl.record_answer(ctx, run_id, "updates", "pass")

    history = asset_history(ctx, ids["asset"])
    summaries = [h.summary for h in history]
    assert summaries[0] == "Checklist 'Deploy a laptop or desktop' v1 completed (→ Deployed)"
    assert summaries[1].startswith("Deploy: In stock → Deployed")
    assert summaries[2] == "Checklist 'Deploy a laptop or desktop' v1: 15 answers"
    lines = [c.label + ": " + c.new for c in history[2].changes]
    assert lines[0] == "Firmware is at the version the vendor currently recommends: FAILED " \
        "(note: vendor has 1.20)"  # fmt: skip
    assert "Signature of the person receiving the device: Signed by Anna" in lines
    assert summaries[3] == "Checklist 'Deploy a laptop or desktop' v1 started"
    assert len(history) == 5, "15 answers fold into one line"


def test_answers_are_durable_across_a_reopened_store(setup: Any, db_path: Path) -> None:
    ctx, ids = setup
    run_id = cl.start_run(ctx, ids["asset"], deploy(ids)).info.id
    cl.record_answer(ctx, run_id, "os_image", "Other")
    cl.record_answer(ctx, run_id, "os_image_other", "Fedora 41")
    ctx.store.close()
    store = open_store(db_path, device_name="other")
    try:
        state = cl.get_run(Context(store, "someone"), run_id)
        assert state.values() == {"os_image": "Other", "os_image_other": "Fedora 41"}
        assert state.answers["os_image"].answered_by == "tester"
        assert state.answers["os_image"].device == "test-device"
    finally:
        store.close()


def test_a_run_keeps_its_template_when_the_file_changes(setup: Any, tmp_path: Path) -> None:
    ctx, ids = setup
    source = (shipped_dir() / "receive-delivery.yaml").read_text(encoding="utf-8")
    path = tmp_path / "receive.yaml"
    path.write_text(source, encoding="utf-8")
    original = parse_template_text(path.read_text(encoding="utf-8"), str(path))
    run_id = cl.start_run(ctx, ids["asset"], original).info.id
    changed = source.replace("version: 1", "version: 2").replace(
        "title: Order or purchase order number", "title: PO"
    )
    path.write_text(changed, encoding="utf-8")
    newer = parse_template_text(path.read_text(encoding="utf-8"), str(path))
    assert newer.step("order_number").title == "PO"
    state = cl.get_run(ctx, run_id)
    assert state.template.version == 1 and state.info.template_version == 1
    assert state.template.step("order_number").title == "Order or purchase order number"
    assert state.template.to_json() == original.to_json()
    with ctx.reading() as session:
        run = session.get(ChecklistRun, run_id)
        assert run is not None and run.template_sha256 == original.sha256 != newer.sha256
    again = cl.start_run(ctx, ids["asset"], newer)
    assert again.resumed and again.template.version == 1


def counts(ctx: Context) -> tuple[int, int, int]:
    with ctx.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(Event)) or 0,
            s.scalar(select(func.count()).select_from(ChecklistAnswer)) or 0,
            s.scalar(select(func.count()).select_from(Attachment)) or 0,
        )


def test_a_refused_transition_refuses_completion_and_changes_nothing(setup: Any) -> None:
    ctx, ids = setup
    disposal = ids["catalog"].get("disposal")
    run_id = cl.start_run(ctx, ids["asset"], disposal).info.id
    drive = drives.add_drive(ctx, ids["asset"], {"serial": "DRV-1", "kind": "ssd"})
    with pytest.raises(ValidationError, match=r"1 of 1 drives not sanitized \(DRV-1: not "):
        cl.link_sanitization(ctx, run_id, "sanitization")
    drives.record_sanitization(ctx, drive.id, method="purge", result="passed")
    for step, value in {"asset_tag": "LT-100", "data_backup": "Not needed",
                        "accounts_removed": "pass", "drives_removed": "pass",
                        "drive_serial": "DRV-1", "destination": "Resale",
                        "recycler": "ACME Resale #42", "collection_date": "2026-11-30"}.items():  # fmt: skip
        cl.record_answer(ctx, run_id, step, value)
    linked = cl.link_sanitization(ctx, run_id, "sanitization")
    assert linked.answer.value["records"][0] is not None
    assert linked.answer.text == "1 drive sanitized (DRV-1: passed (purge))"
    cl.record_signature(ctx, run_id, "sign_off", png(), [[[0, 0], [5, 5]]])
    before = counts(ctx)
    with pytest.raises(TransitionRefused, match="cannot go from in stock to disposed"):
        cl.complete_run(ctx, run_id)
    assert counts(ctx) == before
    assert cl.get_run(ctx, run_id).info.status == "in_progress"
    assert get_asset(ctx, ids["asset"]).status is Status.IN_STOCK

    from app.services.assets import transition_asset

    transition_asset(ctx, ids["asset"], Status.RETIRED)
    done = cl.complete_run(ctx, run_id)
    assert done.transition == "disposed"
    assert get_asset(ctx, ids["asset"]).status is Status.DISPOSED
    with pytest.raises(ValidationError, match="is disposed"):
        cl.start_run(ctx, ids["asset"], deploy(ids))


def test_transition_only_from_the_states_it_names(setup: Any) -> None:
    from app.domain.lifecycle import TransitionRequest
    from app.services.assets import transition_asset

    ctx, ids = setup
    repair = ids["catalog"].get("maintenance-repair")

    def run_repair() -> Any:
        run_id = cl.start_run(ctx, ids["asset"], repair).info.id
        for step, value in {"asset_tag": "LT-100", "fault": "no boot",
                            "diagnostics": ["Memory test"], "diagnosis": "RAM",
                            "parts_replaced": "fail", "firmware": "1.2",
                            "test_passed": "pass"}.items():  # fmt: skip
            note = "nothing replaced" if step == "parts_replaced" else ""
            cl.record_answer(ctx, run_id, step, value, note)
        return cl.complete_run(ctx, run_id)

    transition_asset(ctx, ids["asset"], Status.DEPLOYED, TransitionRequest(ids["anna"]))
    done = run_repair()
    assert done.transition is None and "No status change" in done.message
    assert "maintenance; LT-100 is deployed" in done.message
    assert get_asset(ctx, ids["asset"]).status is Status.DEPLOYED
    transition_asset(ctx, ids["asset"], Status.IN_MAINTENANCE)
    done = run_repair()
    assert done.transition == "in_stock"
    assert get_asset(ctx, ids["asset"]).status is Status.IN_STOCK


def test_bad_input_records_nothing(setup: Any) -> None:
    ctx, ids = setup
    run_id = cl.start_run(ctx, ids["asset"], deploy(ids)).info.id
    before = counts(ctx)
    cases = [
        (lambda: cl.record_answer(ctx, run_id, "asset_tag", "LT-999"), "not this asset's tag"),
        (lambda: cl.record_answer(ctx, run_id, "encryption_method", "LUKS"), "hidden"),
        (lambda: cl.record_answer(ctx, run_id, "nope", "x"), "no step 'nope'"),
        (lambda: cl.record_answer(ctx, run_id, "updates", "fail"), "add a note"),
        (lambda: cl.record_answer(ctx, run_id, "photo", "x"), "answered by record_photo"),
        (lambda: cl.record_photo(ctx, run_id, "photo", b"%PDF-1.4 not an image"),
         "not an image"),
        (lambda: cl.record_photo(ctx, run_id, "photo", b""), "empty"),
        (lambda: cl.record_photo(ctx, run_id, "os_image", png()), "not a photo step"),
        (lambda: cl.record_signature(ctx, run_id, "handover_signature", png(), []),
         "the signature is empty"),
        (lambda: cl.record_signature(ctx, run_id, "handover_signature", png(), [[[1, 1]]]),
         "the signature is empty"),
        (lambda: cl.record_answer(ctx, run_id, "assignee", {"id": "gone", "name": "X"}),
         "no longer exists"),
        (lambda: cl.abandon_run(ctx, run_id, "  "), "say why"),
    ]  # fmt: skip
    for call, reason in cases:
        with pytest.raises(ValidationError) as err:
            call()
        assert reason in str(err.value), (reason, str(err.value))
        assert counts(ctx) == before, reason
    with pytest.raises(NotFound):
        cl.record_answer(ctx, "no-such-run", "updates", "pass")


def test_photos_are_stored_once_by_sha256_and_large_ones_scaled(setup: Any) -> None:
    ctx, ids = setup
    run_id = cl.start_run(ctx, ids["asset"], deploy(ids)).info.id
    small = png()
    saved = cl.record_photo(ctx, run_id, "photo", small, name="/home/x/desk.png")
    value = saved.answer.value
    assert value["mime"] == "image/png" and value["name"] == "desk.png"
    data, mime = cl.get_attachment(ctx, value["sha256"])
    assert data == small and mime == "image/png"
    big = np.random.default_rng(1).integers(0, 255, (3000, 4000, 3), dtype=np.uint8)
    ok, bmp = cv2.imencode(".bmp", big)
    assert ok
    saved = cl.record_photo(ctx, run_id, "photo", bmp.tobytes(), source="camera")
    v = saved.answer.value
    assert (v["width"], v["height"], v["mime"], v["source"]) == (2560, 1920, "image/jpeg",
                                                                 "camera")  # fmt: skip
    stored, _ = cl.get_attachment(ctx, v["sha256"])
    assert cv2.imdecode(np.frombuffer(stored, np.uint8), cv2.IMREAD_COLOR).shape == (1920, 2560, 3)
    cl.record_photo(ctx, run_id, "photo", small)
    assert counts(ctx)[2] == 2, "the same bytes are stored once"


def test_abandon_with_a_reason(setup: Any) -> None:
    ctx, ids = setup
    run_id = cl.start_run(ctx, ids["asset"], deploy(ids)).info.id
    info = cl.abandon_run(ctx, run_id, "wrong device on the bench")
    assert info.status == "abandoned" and info.abandon_reason == "wrong device on the bench"
    with pytest.raises(ValidationError, match="was abandoned"):
        cl.complete_run(ctx, run_id)
    h = asset_history(ctx, ids["asset"])[0]
    assert h.summary == ("Checklist 'Deploy a laptop or desktop' v1 abandoned: wrong device on "
                         "the bench")  # fmt: skip
    runs = cl.list_runs(ctx, asset_id=ids["asset"])
    assert [r.status for r in runs] == ["abandoned"]
    assert cl.list_runs(ctx, status="in_progress") == []
    assert [r.id for r in cl.list_runs(ctx, text="lt-1 deploy")] == [run_id]
    assert cl.list_runs(ctx, text="monitor") == []


def pdf_text_and_images(path: Path) -> tuple[str, int]:
    doc = pdfium.PdfDocument(str(path))
    text, images = [], 0
    for page in doc:
        text.append(page.get_textpage().get_text_range())
        images += sum(1 for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
    doc.close()
    return "\n".join(text), images


def test_the_pdf_report_has_answers_photos_signature_and_hashes(setup: Any,
                                                                tmp_path: Path) -> None:  # fmt: skip
    ctx, ids = setup
    run_id = cl.start_run(ctx, ids["asset"], deploy(ids)).info.id
    answer_all(ctx, run_id, ids)
    photo = cl.record_photo(ctx, run_id, "photo", png(640, 480, "handover")).answer.value
    cl.complete_run(ctx, run_id)
    out = cl.report_pdf(ctx, run_id, tmp_path / "r.pdf", organisation="ACME Corp IT")
    text, images = pdf_text_and_images(out)
    flat = " ".join(text.split())
    for part in ("ACME Corp IT", "Deploy a laptop or desktop — LT-100", "deploy-computer",
                 "version 1", "SN100", "Berlin HQ > Building B > 2.14", "by tester on "
                 "test-device", "LT-100 → deployed", "Windows 11 Enterprise", "Anna Schmidt",
                 "hidden (its condition was not met)", "Signed by Anna", photo["sha256"],
                 "Completed"):  # fmt: skip
        assert part in flat, part
    assert images == 2, "the photo and the signature"
    with pytest.raises(ValidationError, match="the report is a PDF"):
        cl.report_pdf(ctx, run_id, tmp_path / "r.txt")


def test_answer_events_are_journalled_with_old_and_new_values(setup: Any) -> None:
    ctx, ids = setup
    run_id = cl.start_run(ctx, ids["asset"], deploy(ids)).info.id
    cl.record_answer(ctx, run_id, "image_version", "24H2")
    cl.record_answer(ctx, run_id, "image_version", "25H2", "re-imaged")
    with ctx.reading() as s:
        events = s.scalars(
            select(Event).where(Event.kind == "checklist_answered").order_by(Event.seq)
        ).all()
        assert [e.changes["image_version"] for e in events] == [[None, "24H2"], ["24H2", "25H2"]]
        assert events[1].data["note"] == "re-imaged" and events[1].asset_id == ids["asset"]
    assert io is not None
