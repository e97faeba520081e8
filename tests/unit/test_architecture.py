"""The layer rules of DESIGN.md, checked at run time (import-linter checks them statically:
`lint-imports`, configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys

QT = ("PySide6", "shiboken6")


def loaded(code: str, packages: tuple[str, ...]) -> list[str]:
    """The `packages` a fresh interpreter has loaded after running `code`."""
    script = (
        f"import sys\n{code}\n"
        f"print(','.join(sorted({{m.split('.')[0] for m in sys.modules}} & {set(packages)!r})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    return [name for name in out.stdout.strip().split(",") if name]


def test_cli_and_core_do_not_load_qt() -> None:
    code = (
        "import app.__main__, app.bootstrap, app.services.assets, app.services.catalog\n"
        "import app.services.queries, app.services.drives, app.store.database\n"
        "from app.__main__ import build_parser\n"
        "build_parser().parse_args(['search', '--db', 'x', 'q'])"
    )
    assert loaded(code, QT) == []


def test_domain_imports_no_framework() -> None:
    code = "import app.domain.lifecycle, app.domain.assets, app.domain.values, app.domain.hlc"
    assert loaded(code, ("sqlalchemy", "alembic", *QT)) == []


def test_main_window_starts_without_sqlalchemy_or_opencv() -> None:
    """Start-up shows the first page before the heavy libraries load: SQLAlchemy comes
    with the database thread, OpenCV and zxing-cpp with the scanner panel."""
    heavy = ("sqlalchemy", "cv2", "zxingcpp", "numpy", "alembic", "reportlab")
    assert loaded("import app.ui.main_window", heavy) == []


def test_scan_and_printing_do_not_load_qt() -> None:
    code = (
        "import app.scan.pipeline, app.scan.capture, app.scan.decoder, app.domain.tags\n"
        "import app.printing.pdf, app.printing.zpl, app.services.labels, app.services.counts"
    )
    assert loaded(code, QT) == []
