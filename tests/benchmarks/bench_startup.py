"""Start-up: `fieldtag --db DB --exit-when-ready` against a bare PySide6 window.

Both are timed from outside (wall time of the whole process, as a person waits for it),
median over several runs after one warm-up run each. Targets: median ≤ 800 ms and within
5× of the bare window on the same machine.
"""

from __future__ import annotations

import compileall
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.common import ROOT, Result, env, median, ms

TARGET_S = 0.8
TARGET_RATIO = 5.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)  # after the first paint has been processed
sys.exit(app.exec())
"""


def _timed(args: list[str], home: Path) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(
        args, env=env(home), cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited with {result.returncode}:\n{result.stderr}")
    return seconds, result.stdout


def app_available() -> bool:
    return (ROOT / "app" / "ui" / "app.py").exists()


def run(db: Path, work: Path, runs: int = 7) -> list[Result]:
    if not app_available():
        return [Result("start-up", "app.ui.app does not exist yet", "≤ 800 ms, ≤ 5×", None)]
    home = work / "home-startup"
    # An installed Fieldtag (a wheel, the PyInstaller bundle) runs from compiled bytecode;
    # a checkout under PYTHONDONTWRITEBYTECODE=1 would compile app/ again on every start.
    compileall.compile_dir(ROOT / "app", quiet=1)
    fieldtag = [sys.executable, "-m", "app", "--db", str(db), "--exit-when-ready"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    app_times: list[float] = []
    ready: list[int] = []
    bare_times: list[float] = []
    _timed(fieldtag, home)  # warm-up: file caches, .pyc files
    _timed(bare, home)
    for _ in range(runs):  # interleaved, so both see the same machine load
        seconds, out = _timed(fieldtag, home)
        app_times.append(seconds)
        ready += [
            int(line.split("=", 1)[1]) for line in out.split() if line.startswith("ready_ms=")
        ]
        bare_times.append(_timed(bare, home)[0])
    app_s, bare_s = median(app_times), median(bare_times)
    ratio = app_s / bare_s
    print(f"  fieldtag --exit-when-ready: median {ms(app_s)} "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in app_times)} ms; "
          f"ready_ms reported: median {median([float(r) for r in ready]):.0f})")  # fmt: skip
    print(f"  bare PySide6 window:        median {ms(bare_s)} "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in bare_times)} ms)")  # fmt: skip
    return [
        Result("start-up (wall)", f"median {ms(app_s)}", "≤ 800 ms", app_s <= TARGET_S),
        Result("bare PySide6 window", f"median {ms(bare_s)}", "reference", None),
        Result("start-up ratio", f"{ratio:.2f}× the bare window", "≤ 5×", ratio <= TARGET_RATIO),
    ]
