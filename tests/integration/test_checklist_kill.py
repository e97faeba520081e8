"""A checklist never loses an answer it reported as saved: a child process records answers
one by one, printing each once `record_answer` returned (committed), and is killed with
SIGKILL at a random moment; every answer it printed is then in the store, and the
database passes its integrity check. By default two kills; FIELDTAG_SLOW=1 runs 20."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain.checklists import parse_template_text
from app.services import checklists as cl
from app.services.assets import create_asset
from app.services.context import Context
from app.store.database import open_store

ROOT = Path(__file__).resolve().parents[2]
STEPS = 60

CHILD = """
import sys
from pathlib import Path
from app.services import checklists as cl
from app.services.context import Context
from app.store.database import open_store
db, run_id, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
store = open_store(db, device_name="killed")
ctx = Context(store, "child")
print("ready", flush=True)
for i in range(start, 100000):
    step = f"s{i % %(steps)d:02d}"
    cl.record_answer(ctx, run_id, step, f"answer {i}")
    print(f"saved {step} answer {i}", flush=True)
""".replace("%(steps)d", str(STEPS))


def template_text(steps: int = STEPS) -> str:
    lines = ["key: kill-test", "version: 1", "kind: maintenance", "title: Kill test", "steps:"]
    for i in range(steps):
        lines += [f"  - id: s{i:02d}", "    type: text", f"    title: Step {i}"]
    return "\n".join(lines) + "\n"


def _run_until_killed(db: Path, run_id: str, start: int, rng: random.Random) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), run_id, str(start)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + rng.uniform(0.05, 0.4)
    saved: dict[str, str] = {}
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        _, step, value = line.strip().split(" ", 2)
        saved[step] = value
    child.send_signal(signal.SIGKILL)
    for line in child.stdout:  # what it printed before it died was saved too
        parts = line.strip().split(" ", 2)
        if len(parts) == 3 and line.endswith("\n"):
            saved[parts[1]] = parts[2]
    child.wait(10)
    child.stdout.close()
    return saved


def _kills(n: int, tmp_path: Path) -> None:
    db = tmp_path / "kill.sqlite"
    store = open_store(db)
    ctx = Context(store, "setup")
    asset = create_asset(ctx, {"tag": "IT-KILL"})
    run_id = cl.start_run(ctx, asset.id, parse_template_text(template_text())).info.id
    store.close()
    rng = random.Random(7)
    expected: dict[str, str] = {}
    start = 0
    for _ in range(n):
        saved = _run_until_killed(db, run_id, start, rng)
        assert saved, "the child saved nothing before it was killed"
        expected.update(saved)
        start += 1000
        store = open_store(db)
        try:
            state = cl.get_run(Context(store, "check"), run_id)
            values = state.values()
            for step, value in expected.items():
                # a later answer (after the last line read) may have replaced it: never older
                got = values.get(step)
                assert got is not None, f"{step} was printed as saved but is not in the store"
                assert int(got.split()[-1]) >= int(value.split()[-1])
            expected = dict(values)
        finally:
            store.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_answers_printed_as_saved_survive_sigkill(tmp_path: Path) -> None:
    _kills(2, tmp_path)


@pytest.mark.slow
def test_answers_survive_many_kills(tmp_path: Path) -> None:
    _kills(20, tmp_path)
