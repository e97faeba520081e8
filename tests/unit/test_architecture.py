"""The layer rules of DESIGN.md, checked at run time (import-linter checks them statically:
`lint-imports`, configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys


def test_cli_and_core_do_not_load_qt() -> None:
    code = (
        "import sys\n"
        "import app.__main__, app.bootstrap, app.services.assets, app.services.catalog\n"
        "import app.services.queries, app.services.drives, app.store.database\n"
        "from app.__main__ import build_parser\n"
        "build_parser().parse_args(['search', '--db', 'x', 'q'])\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""


def test_domain_imports_no_framework() -> None:
    code = (
        "import sys\n"
        "import app.domain.lifecycle, app.domain.assets, app.domain.values, app.domain.hlc\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'PySide6', 'alembic'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""


def test_main_window_starts_without_sqlalchemy_or_opencv() -> None:
    """Start-up shows the first page before the heavy libraries load: SQLAlchemy comes
    with the database thread, OpenCV and zxing-cpp with the scanner panel."""
    code = (
        "import sys\n"
        "import app.ui.main_window\n"
        "heavy = {'sqlalchemy', 'cv2', 'zxingcpp', 'numpy', 'alembic'}\n"
        "print(','.join(sorted(heavy & {m.split('.')[0] for m in sys.modules})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""


def test_scan_core_does_not_load_qt() -> None:
    code = (
        "import sys\n"
        "import app.scan.pipeline, app.scan.capture, app.scan.decoder, app.domain.tags\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""
