"""Resident memory of the GUI showing the demo database's assets.

A small driver process runs `app.ui.app.run_gui` in-process, waits until the asset list holds
all the store's ids (the full list arrives on the lane after the first page), scrolls to the
middle and to the end so that further pages are fetched, and then reads its own VmRSS and
VmHWM (peak) from /proc/self/status. Target: ≤ 300 MB. A bare PySide6 window is measured the
same way for comparison.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.benchmarks.common import ROOT, Result, env

TARGET_MB = 300.0

DRIVER = r"""
import json, os, sys, time
started = time.perf_counter()

def memory():
    out = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024  # kB -> MB
    return out

def report(code=0):
    sys.stdout.write("\nMEMORY " + json.dumps(memory()) + "\n")
    sys.stdout.flush()
    real_exit(code)

real_exit = os._exit
if sys.argv[1] == "bare":
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    report()
else:
    import sqlite3
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    total = sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM assets").fetchone()[0]
    steps = []
    app = QApplication(sys.argv[:1])  # run_gui uses this one; the timer needs it first

    def poll():
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "assets_page")]
        if not windows:
            return
        page = windows[0].assets_page
        model, table = page.model, page.table
        if model.loading or model.rowCount() != total:
            return
        if not steps:  # the full list is in: look at the middle, then at the end
            steps.append("middle")
            table.scrollTo(model.index(total // 2, 0))
        elif len(steps) == 1 and model.loaded_row(total // 2) is not None:
            steps.append("end")
            table.scrollToBottom()
        elif len(steps) == 2 and model.loaded_row(total - 1) is not None:
            report()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    from app.ui.app import run_gui
    code = run_gui(Path(sys.argv[1]), exit_when_ready=False, started=started)
    report(code)
"""


def _measure(arg: str, home: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, arg],
        env=env(home),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )
    for line in result.stdout.splitlines():
        if line.startswith("MEMORY "):
            values: dict[str, float] = json.loads(line[len("MEMORY ") :])
            return values
    raise RuntimeError(f"no memory figures (exit {result.returncode}):\n{result.stderr[-2000:]}")


def run(db: Path, work: Path) -> list[Result]:
    if not (ROOT / "app" / "ui" / "app.py").exists():
        return [Result("GUI memory", "app.ui.app does not exist yet", "≤ 300 MB", None)]
    home = work / "home-memory"
    gui = _measure(str(db), home)
    bare = _measure("bare", home)
    print(f"  GUI with the demo database: VmRSS {gui['VmRSS']:.0f} MB, peak {gui['VmHWM']:.0f} MB")
    print(
        f"  bare PySide6 window:        VmRSS {bare['VmRSS']:.0f} MB, peak {bare['VmHWM']:.0f} MB"
    )
    return [
        Result(
            "GUI memory (all ids, pages viewed)",
            f"RSS {gui['VmRSS']:.0f} MB, peak {gui['VmHWM']:.0f} MB "
            f"(bare window {bare['VmRSS']:.0f} MB)",
            "≤ 300 MB",
            gui["VmHWM"] <= TARGET_MB,
        )
    ]
