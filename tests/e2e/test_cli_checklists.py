"""`fieldtag checklists` as a person or a script runs it: validate (file:line messages, exit
1), list (with the organisation's own templates), start / answer / complete a run, report
it as PDF; bad input refused with a clear message."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.e2e.cli import fieldtag

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    from app.services import assets, catalog
    from app.services.context import Context
    from app.store.database import open_store

    db = tmp_path / "store.sqlite"
    s = open_store(db)
    ctx = Context(s, "setup")
    model = catalog.create_model(ctx, {"manufacturer": "Lenovo", "name": "ThinkPad T14",
                                       "category": "Laptop"})  # fmt: skip
    assets.create_asset(ctx, {"tag": "IT-7", "model_id": model.id, "serial": "PF4ABC",
                              "status": "ordered"})  # fmt: skip
    s.close()
    return db


def test_validate_reports_file_line_and_reason(tmp_path: Path) -> None:
    good = ROOT / "resources" / "checklists" / "deploy-computer.yaml"
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "key: bad\nversion: 1\nkind: deploy\ntitle: Bad\nsteps:\n"
        "  - {id: a, type: check, title: A}\n  - {id: a, type: laser, title: B}\n",
        encoding="utf-8",
    )
    ok = fieldtag("checklists", "validate", good)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip().endswith("deploy-computer.yaml: ok (deploy-computer v1, deploy, "
                                      "16 steps)")  # fmt: skip
    res = fieldtag("checklists", "validate", good, bad)
    assert res.returncode == 1
    errors = res.stderr.strip().splitlines()
    assert f"{bad}:7: steps[1].id: duplicate step id 'a' (first used at line 6)" in errors
    assert any(e.startswith(f"{bad}:7: steps[1].type: unknown step type 'laser'") for e in errors)


def test_list_shows_shipped_and_own_templates(fieldtag_home: Path) -> None:
    res = fieldtag("checklists", "list")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert lines == [
        "receive-delivery\t1\treceive\tReceive a delivery",
        "deploy-computer\t1\tdeploy\tDeploy a laptop or desktop",
        "maintenance-repair\t1\tmaintenance\tMaintenance and repair",
        "disposal\t1\tdisposal\tDispose of a device",
    ]
    own = fieldtag_home / "data" / "checklists"
    own.mkdir(parents=True)
    text = (ROOT / "resources" / "checklists" / "disposal.yaml").read_text(encoding="utf-8")
    (own / "disposal.yaml").write_text(
        text.replace("version: 1", "version: 4").replace("title: Dispose of a device",
                                                         "title: Disposal (ACME)"),
        encoding="utf-8",
    )  # fmt: skip
    (own / "broken.yaml").write_text("key: x\nversion: 1\nkind: deploy\n", encoding="utf-8")
    res = fieldtag("checklists", "list")
    assert res.returncode == 0
    assert "disposal\t4\tdisposal\tDisposal (ACME)\t(user)" in res.stdout.splitlines()
    assert "disposal v4 replaces v1" in res.stderr
    assert f"not loaded: {own / 'broken.yaml'}:1: title: 'title' is required" in res.stderr


def test_a_run_through_the_cli_and_its_report(store: Path, tmp_path: Path) -> None:
    res = fieldtag("checklists", "start", "--db", store, "--asset", "IT-7", "receive-delivery")
    assert res.returncode == 0, res.stderr
    run_id = res.stdout.strip()
    answers = [("order_number", "PO-2026-118"), ("serial", "PF4ABC"), ("serial_matches", "pass"),
               ("condition", "New, sealed"), ("accessories", "pass"), ("tag_applied", "IT-7"),
               ("label_printed", "pass")]  # fmt: skip
    for step, value in answers:
        res = fieldtag("checklists", "answer", "--db", store, run_id, step, value)
        assert res.returncode == 0, res.stderr
        assert res.stdout.startswith(f"saved {step}: ")
    bad = fieldtag("checklists", "answer", "--db", store, run_id, "tag_applied", "IT-8")
    assert bad.returncode == 1
    assert "the scanned tag IT-8 is not this asset's tag IT-7" in bad.stderr
    res = fieldtag("checklists", "complete", "--db", store, run_id)
    assert res.returncode == 0, res.stderr
    assert "IT-7 is now in stock" in res.stdout
    runs = fieldtag("checklists", "runs", "--db", store, "--asset", "IT-7")
    assert runs.stdout.split("\t")[:4] == [run_id, "completed", "IT-7", "receive-delivery v1"]

    out = tmp_path / "receive.pdf"
    res = fieldtag("checklists", "report", "--db", store, run_id, "-o", out)
    assert res.returncode == 0, res.stderr
    doc = pdfium.PdfDocument(str(out))
    text = " ".join(doc[0].get_textpage().get_text_range().split())
    doc.close()
    for part in ("Receive a delivery — IT-7", "PO-2026-118", "PF4ABC", "New, sealed",
                 "IT-7 → in stock", "skipped (optional)"):  # fmt: skip
        assert part in text, part
    res = fieldtag("checklists", "report", "--db", store, run_id, "-o", tmp_path / "r.txt")
    assert res.returncode == 1 and "the report is a PDF" in res.stderr
    res = fieldtag("checklists", "report", "--db", store, "nope", "-o", out)
    assert res.returncode == 1 and "There is no checklist run nope" in res.stderr
