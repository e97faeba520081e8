"""`fieldtag --self-check`: is this installation complete and working?

Each check runs the real code path on a small scale (a fresh store is created and migrated,
a label is drawn, rasterised and decoded, Qt starts a GUI application), so a bundle that
lacks a resource, a migration, a native library or a Qt plugin fails here rather than in
front of a technician. Checks marked essential make the command exit 1 when they fail;
the others (no camera, no printer, sync not set up) are reported as warnings.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app import __version__

State = Literal["ok", "warning", "error"]


@dataclass(frozen=True)
class CheckResult:
    name: str
    state: State
    detail: str
    essential: bool

    @property
    def line(self) -> str:
        return f"{self.state.upper():<8} {self.name:<12} {self.detail}"


class CheckFailed(Exception):
    """A check's own verdict: `state` and what to tell the person."""

    def __init__(self, detail: str, state: State = "error") -> None:
        super().__init__(detail)
        self.detail = detail
        self.state = state


def _application() -> str:
    frozen = "PyInstaller bundle" if getattr(sys, "frozen", False) else "source install"
    return (
        f"fieldtag {__version__}, Python {platform.python_version()} "
        f"({platform.system()} {platform.machine()}), {frozen}"
    )


def _resources() -> str:
    from app.printing.stock import load_stocks
    from app.resources import migrations_path, resource_path
    from app.store.schema import HEAD_REVISION

    missing = [
        str(p)
        for p in (
            resource_path("fonts", "DejaVuSans.ttf"),
            resource_path("fonts", "DejaVuSans-Bold.ttf"),
            resource_path("sounds", "scan-ok.wav"),
            migrations_path() / "env.py",
        )
        if not p.is_file()
    ]
    versions = migrations_path() / "versions"
    heads = sorted(p.name for p in versions.glob(f"{HEAD_REVISION}_*.py"))
    if not heads:
        missing.append(f"{versions}/{HEAD_REVISION}_*.py")
    if missing:
        raise CheckFailed("missing: " + ", ".join(missing) + " (reinstall Fieldtag)")
    catalog = load_stocks()
    if not len(catalog):
        raise CheckFailed("no label stock could be loaded from resources/labels")
    warn = f"; {len(catalog.problems)} stock file problem(s)" if catalog.problems else ""
    return f"fonts, sounds, {len(catalog)} label stocks, migrations up to {HEAD_REVISION}{warn}"


def _database(db: Path | None) -> str:
    from app.bootstrap import resolve_db
    from app.store.database import check_file, open_store, schema_state
    from app.store.engine import make_engine
    from app.store.schema import HEAD_REVISION

    with tempfile.TemporaryDirectory(prefix="fieldtag-selfcheck-") as tmp:
        started = time.perf_counter()
        store = open_store(Path(tmp) / "check.sqlite", device_name="self-check")
        try:
            revision = schema_state(store.engine).revision
        finally:
            store.close()
        ms = (time.perf_counter() - started) * 1000
    if revision != HEAD_REVISION:
        raise CheckFailed(f"a fresh store was migrated to {revision}, not {HEAD_REVISION}")
    fresh = f"a fresh store was created and migrated to {revision} in {ms:.0f} ms"
    path = resolve_db(db)
    if not path.exists():
        return f"{fresh}; {path} does not exist yet (created on first start)"
    check_file(path)  # raises StoreError for a file that is not a Fieldtag store
    engine = make_engine(path)
    try:
        state = schema_state(engine)
    finally:
        engine.dispose()
    if state.kind == "foreign":
        raise CheckFailed(f"{path} is an SQLite database of another program, not a Fieldtag store")
    if state.kind == "newer":
        raise CheckFailed(f"{path} was written by a newer Fieldtag (schema {state.revision})")
    if state.kind == "current":
        return f"{fresh}; {path} is at schema {state.revision}"
    return (
        f"{fresh}; {path} is at schema {state.revision or '(empty)'} "
        "(upgraded, after a backup, when next opened)"
    )


def _decoder() -> str:
    from app.domain.labels import LabelData, LabelOptions
    from app.domain.tags import encode_payload
    from app.printing.pdf import render_pdf
    from app.printing.raster import pdf_to_images
    from app.printing.stock import load_stocks
    from app.scan.decoder import FrameDecoder

    stock = next(iter(load_stocks()))
    payload = encode_payload("IT-SELF01", "FT", "")
    data = LabelData(tag="IT-SELF01", payload=payload, organisation="Self-check")
    pdf = render_pdf(stock, [data], LabelOptions(fields=()))
    page = pdf_to_images(pdf, 300, max_pages=1)[0]
    texts = {code.text for code in FrameDecoder().decode(page)}
    if payload not in texts:
        raise CheckFailed(
            f"a label drawn on {stock.id} was not read back (read: {sorted(texts) or 'nothing'})"
        )
    return f"zxing-cpp {_version('zxing-cpp')}: a {stock.id} label was drawn, rasterised and read"


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:  # a bundle without the package's metadata
        return "(version unknown)"


def _checklists() -> str:
    from app.services.checklist_templates import load_catalog, shipped_dir, user_dir

    shipped = load_catalog([shipped_dir()])
    if shipped.problems or not shipped.templates:
        raise CheckFailed(
            "shipped checklist templates are broken: "
            + ("; ".join(shipped.problems) or f"none found in {shipped_dir()}")
        )
    catalog = load_catalog()
    text = f"{len(shipped.templates)} shipped templates valid"
    if catalog.problems:
        raise CheckFailed(
            f"{text}; templates in {user_dir()} not loaded: " + "; ".join(catalog.problems),
            "warning",
        )
    own = sum(origin == "user" for origin in catalog.origin.values())
    return f"{text}; {own} of the organisation's own in {user_dir()}"


def _signing() -> str:
    """Sign and verify a PDF with a throwaway key (pyHanko and its data work), then report
    the organisation's key."""
    import datetime as dt
    import io

    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    from app.config import load_settings
    from app.printing.signing import create_key, identity, load_certs, sign_pdf, verify_pdf

    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.drawString(72, 720, "Fieldtag self-check")
    canvas.save()
    with tempfile.TemporaryDirectory(prefix="fieldtag-selfcheck-key-") as tmp:
        folder = Path(tmp)
        create_key(folder, "Self-check")
        signed = sign_pdf(buf.getvalue(), folder, reason="self-check")
        verdict = verify_pdf(signed, load_certs(folder))
        tampered = bytearray(signed)
        tampered[len(tampered) // 3] ^= 0x01
        if not verdict.valid or verify_pdf(bytes(tampered), load_certs(folder)).valid:
            raise CheckFailed(f"a test PDF was not signed and verified correctly: {verdict.reason}")
    folder = load_settings().signing_dir
    org = identity(folder)
    works = "a test PDF was signed and verified (PAdES)"
    if org is None:
        raise CheckFailed(
            f"{works}; the organisation has no signing key yet in {folder} (one is created "
            "with the first certificate, or import one in Settings > Certificates)",
            "warning",
        )
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ends = org.not_after.replace(tzinfo=None)
    key = (
        f"organisation key {org.subject}, SHA-256 {org.fingerprint[:16]}…, valid to {ends:%Y-%m-%d}"
    )
    if ends < now:
        raise CheckFailed(f"{works}; {key} HAS EXPIRED: import a new one", "warning")
    return f"{works}; {key}"


def _sync(db: Path | None) -> str:
    """The store's sync settings: the server it is enrolled with and its credential. The
    network is not contacted (`fieldtag sync` does that)."""
    from app.bootstrap import open_context, resolve_db
    from app.config import paths
    from app.services.sync import sync_status
    from app.sync.credentials import default_store

    path = resolve_db(db)
    if not path.exists():
        return "no store yet; enrol with File > Enrol with a sync server… or `fieldtag enroll`"
    ctx = open_context(path, migrate=False, create=False)
    try:
        status = sync_status(ctx)
        device = ctx.store.device_id
    finally:
        ctx.store.close()
    if status.server_url is None:
        return "not enrolled with a sync server (this store works on its own)"
    store = default_store(paths().config_dir)
    where = "the keyring" if store.in_keyring else "the credential file"
    if store.load(device, status.server_url) is None:
        raise CheckFailed(
            f"enrolled with {status.server_url}, but {where} holds no credential for this "
            "device: enrol it again with a new code",
            "warning",
        )
    last = status.last_success or "never"
    error = f"; last error: {status.last_error}" if status.last_error else ""
    return (
        f"enrolled with {status.server_url} (credential in {where}); {status.waiting} "
        f"changes waiting; last sync {last}{error}"
    )


def _camera() -> str:
    import cv2

    from app.scan.capture import list_cameras

    backends = sorted(
        {cv2.videoio_registry.getBackendName(b) for b in cv2.videoio_registry.getCameraBackends()}
    )
    found = list_cameras()
    names = ", ".join(f"{c.index}: {c.name}" for c in found)
    text = f"OpenCV {cv2.__version__}, camera backends {', '.join(backends) or 'none'}"
    if not found:
        raise CheckFailed(
            f"{text}; no camera found (USB scanners and typed tags still work)", "warning"
        )
    return f"{text}; cameras {names}"


def _gui() -> str:
    from app.ui.selfcheck import qt_facts

    return qt_facts()


def _printers() -> str:
    from app.config import load_settings
    from app.ui.selfcheck import printer_names

    names, default = printer_names()
    zebra = load_settings().zebra_host.strip()
    zpl = f"; ZPL printer {zebra}" if zebra else "; no ZPL printer address set"
    if not names:
        raise CheckFailed(
            f"no printer installed (labels can still be saved as PDF){zpl}", "warning"
        )
    listed = ", ".join(f"{n} (default)" if n == default else n for n in names)
    return f"{listed}{zpl}"


CHECKS: tuple[tuple[str, Callable[[Path | None], str], bool], ...] = (
    ("application", lambda _db: _application(), True),
    ("resources", lambda _db: _resources(), True),
    ("database", _database, True),
    ("decoder", lambda _db: _decoder(), True),
    ("gui", lambda _db: _gui(), True),
    ("checklists", lambda _db: _checklists(), True),
    ("signing", lambda _db: _signing(), True),
    ("sync", _sync, False),
    ("camera", lambda _db: _camera(), False),
    ("printers", lambda _db: _printers(), False),
)


def run_checks(db: Path | None) -> list[CheckResult]:
    from app.domain.errors import FieldtagError

    results: list[CheckResult] = []
    for name, check, essential in CHECKS:
        try:
            results.append(CheckResult(name, "ok", check(db), essential))
        except CheckFailed as exc:
            results.append(CheckResult(name, exc.state, exc.detail, essential))
        except FieldtagError as exc:
            results.append(CheckResult(name, "error", exc.message, essential))
        except Exception as exc:  # a broken installation shows up as any exception
            results.append(CheckResult(name, "error", f"{type(exc).__name__}: {exc}", essential))
    return results


def self_check(db: Path | None) -> int:
    """Print one line per check; 1 if an essential check failed, else 0."""
    results = run_checks(db)
    for result in results:
        print(result.line, flush=True)
    broken = [r.name for r in results if r.essential and r.state == "error"]
    if broken:
        print(f"self-check FAILED: {', '.join(broken)}")
        return 1
    warnings = sum(r.state == "warning" for r in results)
    print("self-check passed" + (f" with {warnings} warning(s)" if warnings else ""))
    return 0
