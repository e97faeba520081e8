"""Checklist templates on disk: the shipped ones (resources/checklists/) and the
organisation's own (`<user data dir>/checklists/`). A file with any problem is reported as
``file:line: reason`` and not loaded; the others still are."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.config import paths
from app.domain.checklists import Template, parse_template_text, template_messages
from app.domain.errors import NotFound, Problem, ValidationError
from app.domain.text import QT_TRANSLATE_NOOP
from app.resources import resource_path

MAX_TEMPLATE_BYTES = 1_000_000


def shipped_dir() -> Path:
    return resource_path("checklists")


def user_dir() -> Path:
    return paths().data_dir / "checklists"


def load_template_file(path: Path) -> Template:
    """One template file, or ValidationError whose problems say ``file:line: reason``."""
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise ValidationError(
                [
                    Problem(
                        "",
                        QT_TRANSLATE_NOOP(
                            "services.checklist_templates",
                            "{path}:1: the file is {size:,} bytes; a template is at most 1 MB",
                        ).format(path=path, size=size),
                    )
                ]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            [
                Problem(
                    "",
                    QT_TRANSLATE_NOOP(
                        "services.checklist_templates", "{path}:1: cannot be read ({value})"
                    ).format(path=path, value=exc.strerror or exc),
                )
            ]
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            [
                Problem(
                    "",
                    QT_TRANSLATE_NOOP(
                        "services.checklist_templates", "{path}:1: is not UTF-8 text (byte {start})"
                    ).format(path=path, start=exc.start),
                )
            ]
        ) from None
    try:
        return parse_template_text(text, str(path))
    except ValidationError as exc:
        raise ValidationError(
            [Problem("", line) for line in template_messages(exc, str(path))]
        ) from None


@dataclass(frozen=True)
class TemplateCatalog:
    """The templates in use (one per key), the files refused, and what overrides what."""

    templates: tuple[Template, ...]
    problems: tuple[str, ...] = ()  # "file:line: reason"
    notes: tuple[str, ...] = ()  # "user template x v3 replaces the shipped v1", ...
    origin: dict[str, str] = field(default_factory=dict)  # key -> "shipped" | "user"

    def get(self, key: str) -> Template:
        for t in self.templates:
            if t.key == key:
                return t
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "services.checklist_templates", "There is no checklist template '{key}'."
            ).format(key=key)
        )

    def for_category(self, category: str) -> list[Template]:
        return [t for t in self.templates if t.applies_to(category)]


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml"))


def load_catalog(folders: Sequence[Path] | None = None) -> TemplateCatalog:
    """Load shipped then user templates. A user template with the key of a shipped one
    replaces it only if its version is higher; two user files with one key: the higher
    version wins (the other is reported)."""
    folders = list(folders) if folders is not None else [shipped_dir(), user_dir()]
    chosen: dict[str, Template] = {}
    origin: dict[str, str] = {}
    problems: list[str] = []
    notes: list[str] = []
    for n, folder in enumerate(folders):
        source = "shipped" if n == 0 else "user"
        for path in _files(folder):
            try:
                template = load_template_file(path)
            except ValidationError as exc:
                problems.extend(p.message for p in exc.problems)
                continue
            old = chosen.get(template.key)
            if old is None:
                chosen[template.key] = template
                origin[template.key] = source
            elif template.version > old.version:
                was = f"{Path(old.source).name}, {origin[template.key]}"
                notes.append(
                    f"{path.name}: {template.key} v{template.version} replaces "
                    f"v{old.version} ({was})"
                )
                chosen[template.key] = template
                origin[template.key] = source
            else:
                notes.append(f"{path.name}: {template.key} v{template.version} is ignored: "
                             f"v{old.version} ({Path(old.source).name}) is not older")  # fmt: skip
    templates = sorted(chosen.values(), key=lambda t: (_KIND_ORDER.get(t.kind, 9), t.title))
    return TemplateCatalog(tuple(templates), tuple(problems), tuple(notes), origin)


_KIND_ORDER = {"receive": 0, "deploy": 1, "maintenance": 2, "disposal": 3}


def validate_files(files: Iterable[Path]) -> list[str]:
    """``file:line: reason`` for every problem in the files (empty: all are good)."""
    out: list[str] = []
    for path in files:
        try:
            load_template_file(path)
        except ValidationError as exc:
            out.extend(p.message for p in exc.problems)
    return out
