"""Checklists: opening a 60-step run, recording an answer durably, a report with photos.

    python3 -m tests.benchmarks.bench_checklists

- opening: load and validate the 60-step template file, start a run on a new asset (or
  resume one with 26 answers: `get_run`), and show it in the runner widget (built, laid
  out and painted: `grab()`); median and p95 of 30 each, target ≤ 100 ms;
- recording an answer: `record_answer` (its own transaction, committed with
  synchronous=FULL before it returns) on that run; median and p95 of 300, target ≤ 30 ms;
- the PDF report of a completed run with 4 photos (1280×720 JPEG, as the camera keeps
  them) and a signature: `report_pdf`, median of 5, target ≤ 1 s.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.benchmarks.common import Result, median, ms, percentile

OPEN_TARGET_S = 0.100
ANSWER_TARGET_S = 0.030
REPORT_TARGET_S = 1.0
N_STEPS = 60

TYPES = ("check", "text", "number", "choice", "date", "person", "scan", "photo")


def template_yaml(n: int = N_STEPS) -> str:
    lines = ["key: bench-60", "version: 1", "kind: deploy", "title: Sixty steps", "steps:"]
    for i in range(n):
        kind = TYPES[i % len(TYPES)] if i < n - 1 else "signature"
        lines += [f"  - id: s{i:02d}", f"    type: {kind}", f"    title: Step {i} ({kind})"]
        if kind == "number":
            lines += ["    unit: GB", "    min: 0", "    max: 4096"]
        if kind == "choice":
            lines += ["    options: [alpha, beta, gamma, delta]"]
        if kind == "scan":
            lines += ["    mode: serial"]
        if kind == "text" and i > 8:
            lines += [f"    when: {{step: s{i - 1:02d}, equals: pass}}"]
        if kind == "photo":
            lines += ["    required: false"]
    return "\n".join(lines) + "\n"


VALUES: dict[str, Any] = {"check": "pass", "text": "some text", "number": 512,
                          "choice": "beta", "date": "2026-11-24",
                          "person": {"id": None, "name": "Anna"}, "scan": "S3Z9NB0K"}  # fmt: skip


def _photo(i: int) -> bytes:
    import cv2
    import numpy as np

    rng = np.random.default_rng(i)
    img = rng.integers(0, 255, (720, 1280, 3), dtype=np.uint8)
    img = cv2.GaussianBlur(img, (31, 31), 0)
    cv2.putText(img, f"photo {i}", (100, 360), cv2.FONT_HERSHEY_SIMPLEX, 4, (255, 255, 255), 8)
    ok, data = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return bytes(data.tobytes())


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.domain.checklists import visible_steps
    from app.services import checklists as cl
    from app.services.assets import create_asset
    from app.services.checklist_templates import load_template_file
    from app.services.context import Context
    from app.store.database import open_store
    from app.ui.checklist_runner import RunnerView
    from app.ui.operations import DbLane

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="fieldtag-bench-checklists-") as tmp:
        work = Path(tmp)
        os.environ.setdefault("FIELDTAG_HOME", str(work / "home"))
        path = work / "bench-60.yaml"
        path.write_text(template_yaml(), encoding="utf-8")
        store = open_store(work / "checklists.sqlite", device_name="bench")
        ctx = Context(store, "bench")
        lane = DbLane(ctx)
        runner = RunnerView(lane)
        runner.resize(1200, 800)
        runner.show()
        app.processEvents()

        # -- opening: start on a new asset / resume a run with 30 answers
        start_runs, resume_runs = [], []
        resumed_id = ""
        for i in range(30):
            asset = create_asset(ctx, {"tag": f"IT-{i:04d}"})
            started = time.perf_counter()
            template = load_template_file(path)
            state = cl.start_run(ctx, asset.id, template)
            runner.show_run(state, people=[])
            runner.grab()
            start_runs.append(time.perf_counter() - started)
            if i == 0:
                resumed_id = state.info.id
                for step in visible_steps(template, {})[:30]:
                    if step.type in VALUES:
                        cl.record_answer(ctx, resumed_id, step.id, VALUES[step.type])
        for _ in range(30):
            started = time.perf_counter()
            load_template_file(path)
            state = cl.get_run(ctx, resumed_id)
            runner.show_run(state, people=[])
            runner.grab()
            resume_runs.append(time.perf_counter() - started)
        answered = len(state.answers)

        # -- recording answers durably
        rng = random.Random(3)
        steps = [s for s in state.template.steps if s.type in VALUES and s.when is None]
        answer_runs = []
        for _ in range(300):
            step = rng.choice(steps)
            value = VALUES[step.type]
            if step.type == "text":
                value = f"text {rng.random():.6f}"
            elif step.type == "number":
                value = rng.randrange(4096)
            started = time.perf_counter()
            cl.record_answer(ctx, resumed_id, step.id, value)
            answer_runs.append(time.perf_counter() - started)

        # -- the report of a run with 4 photos and a signature
        photos = [s for s in state.template.steps if s.type == "photo"][:4]
        for i, step in enumerate(photos):
            cl.record_photo(ctx, resumed_id, step.id, _photo(i), source="camera")
        signature = _photo(9)
        cl.record_signature(ctx, resumed_id, "s59", signature, [[[0, 0], [10, 10]]])
        report_runs = []
        for i in range(5):
            started = time.perf_counter()
            cl.report_pdf(ctx, resumed_id, work / f"report-{i}.pdf", organisation="ACME")
            report_runs.append(time.perf_counter() - started)
        size = (work / "report-0.pdf").stat().st_size
        runner.close()
        lane.shutdown()
        store.close()
    print(f"  run resumed with {answered} answers; report {size / 1e6:.1f} MB with "
          f"{len(photos)} photos and a signature")  # fmt: skip
    return [
        Result("checklist: open a 60-step template (load + start run + runner shown)",
               f"median {ms(median(start_runs))}, p95 {ms(percentile(start_runs, 95))}",
               "≤ 100 ms", percentile(start_runs, 95) <= OPEN_TARGET_S),
        Result(f"checklist: resume a 60-step run with {answered} answers (load + get_run + "
               "shown)",
               f"median {ms(median(resume_runs))}, p95 {ms(percentile(resume_runs, 95))}",
               "≤ 100 ms", percentile(resume_runs, 95) <= OPEN_TARGET_S),
        Result("checklist: record an answer (durable commit)",
               f"median {ms(median(answer_runs))}, p95 {ms(percentile(answer_runs, 95))}",
               "≤ 30 ms", median(answer_runs) <= ANSWER_TARGET_S),
        Result("checklist: report PDF with 4 photos and a signature",
               f"median {ms(median(report_runs))}", "≤ 1 s",
               median(report_runs) <= REPORT_TARGET_S),
    ]  # fmt: skip


def main() -> int:
    results = run()
    for r in results:
        print(f"{r.name}: {r.figure} (target {r.target}) {r.verdict}")
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
