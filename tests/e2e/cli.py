"""Running the CLI as a person (or a script) does: `python -m app ...` in a subprocess,
offscreen, UTF-8, with the device credential in a file rather than the OS keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def fieldtag(
    *args: str | Path, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "FIELDTAG_KEYRING": "0",
    }
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=env,
        check=False,
    )
