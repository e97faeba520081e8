"""Checklist templates and runs: the rules, without I/O.

A template is YAML text (see `parse_template_text`; the format is documented in the README,
section "Checklists", and in the header of resources/checklists/deploy-computer.yaml). It
is parsed with line numbers, so every problem is reported as ``file:line: reason`` and a
template with any problem is not loaded at all.

A run keeps the template it started with as JSON (`Template.to_json`, restored by
`Template.from_json`), so later edits of the file never change it. Answers are JSON values
whose shape depends on the step type:

==============  ============================================================================
check           ``"pass"`` or ``"fail"`` (a note is required on fail)
text            the text
number          the number (int or float), within ``min``/``max``
choice          one of the options; a list of them for ``multiple: true``
date            ISO date ``"2026-11-24"``
person          ``{"id": person id or null, "name": "Anna Berg"}``
scan            ``{"text": what was scanned, "tag": the asset tag it names}`` (mode ``tag``)
                or ``{"text": the serial}`` (mode ``serial``)
photo           ``{"sha256", "mime", "width", "height", "source": "camera"|"file", "name"}``
signature       ``{"sha256", "width", "height", "strokes": [[[x, y], ...], ...], "signer"}``
sanitization    ``{"records": [sanitization ids], "drives": [{"serial", "state"}]}``
==============  ============================================================================
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from app.domain.errors import Problem, ValidationError
from app.domain.lifecycle import (
    STATUS_WORDS,
    TRANSITIONS,
    Status,
    find_transition,
    parse_status,
)
from app.domain.tags import TagConfig, parse_scan
from app.domain.text import QT_TRANSLATE_NOOP
from app.domain.values import ValueProblem, clean_text, parse_date

KINDS = ("receive", "deploy", "maintenance", "disposal")
STEP_TYPES = (
    "check", "text", "number", "choice", "date", "person", "scan", "photo", "signature",
    "sanitization",
)  # fmt: skip
SCAN_MODES = ("tag", "serial")
ID_RE = re.compile(r"[a-z][a-z0-9_]{0,63}")
KEY_RE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,99}")
MAX_STEPS = 500
MAX_TEXT_ANSWER = 4000
MAX_NOTE = 4000

TEMPLATE_FIELDS = {"key", "version", "kind", "title", "description", "categories", "transition",
                   "steps"}  # fmt: skip
STEP_FIELDS = {"id", "type", "title", "help", "required", "when", "unit", "min", "max",
               "integer", "options", "multiple", "mode", "multiline"}  # fmt: skip
TRANSITION_FIELDS = {"to", "from", "assignee"}


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class Condition:
    """Show a step only when an earlier step's answer is one of `values`."""

    step: str
    values: tuple[Any, ...]

    def to_json(self) -> dict[str, Any]:
        return {"step": self.step, "in": list(self.values)}


@dataclass(frozen=True)
class Step:
    id: str
    type: str
    title: str
    help: str = ""
    required: bool = True
    when: Condition | None = None
    unit: str = ""
    min: float | None = None
    max: float | None = None
    integer: bool = False
    options: tuple[str, ...] = ()
    multiple: bool = False
    mode: str = "tag"  # scan steps: "tag" (must match the asset's tag) or "serial"
    multiline: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type, "title": self.title}
        if self.help:
            out["help"] = self.help
        out["required"] = self.required
        if self.when is not None:
            out["when"] = self.when.to_json()
        if self.type == "number":
            out.update(unit=self.unit, min=self.min, max=self.max, integer=self.integer)
        if self.type == "choice":
            out.update(options=list(self.options), multiple=self.multiple)
        if self.type == "scan":
            out["mode"] = self.mode
        if self.type == "text":
            out["multiline"] = self.multiline
        return out

    @property
    def type_label(self) -> str:
        return STEP_TYPE_LABELS.get(self.type, self.type)


STEP_TYPE_LABELS = {
    "check": "Check",
    "text": "Text",
    "number": "Number",
    "choice": "Choice",
    "date": "Date",
    "person": "Person",
    "scan": "Scan",
    "photo": "Photo",
    "signature": "Signature",
    "sanitization": "Drive sanitization",
}


@dataclass(frozen=True)
class TemplateTransition:
    """The lifecycle transition a completed run performs. `sources`: only when the asset is
    in one of these states (empty: from whatever state it is in, if the lifecycle allows);
    `assignee_step`: a person step whose answer becomes the asset's assignee."""

    target: Status
    sources: tuple[Status, ...] = ()
    assignee_step: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"to": self.target.value}
        if self.sources:
            out["from"] = [s.value for s in self.sources]
        if self.assignee_step:
            out["assignee"] = self.assignee_step
        return out


@dataclass(frozen=True)
class Template:
    key: str
    version: int
    kind: str
    title: str
    steps: tuple[Step, ...]
    description: str = ""
    categories: tuple[str, ...] = ()
    transition: TemplateTransition | None = None
    sha256: str = ""  # of the source text
    source: str = ""  # the file it came from ("" for a run's snapshot)
    _index: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({s.id: i for i, s in enumerate(self.steps)})

    def step(self, step_id: str) -> Step:
        i = self._index.get(step_id)
        if i is None:
            raise ValidationError.single(
                QT_TRANSLATE_NOOP("domain.checklists", "Step"),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "this checklist has no step '{step_id}'"
                ).format(step_id=step_id),
            )
        return self.steps[i]

    def has_step(self, step_id: str) -> bool:
        return step_id in self._index

    def position(self, step_id: str) -> int:
        return self._index[step_id]

    def applies_to(self, category: str) -> bool:
        """Whether the template is for assets of `category` (all, if it names none)."""
        if not self.categories:
            return True
        return category.casefold() in {c.casefold() for c in self.categories}

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "version": self.version,
            "kind": self.kind,
            "title": self.title,
            "description": self.description,
            "categories": list(self.categories),
            "transition": self.transition.to_json() if self.transition else None,
            "steps": [s.to_json() for s in self.steps],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], sha256: str = "") -> Template:
        """A run's snapshot back as a template (trusted: it was validated when saved)."""
        steps = []
        for s in data["steps"]:
            when = s.get("when")
            steps.append(
                Step(
                    id=s["id"], type=s["type"], title=s["title"], help=s.get("help", ""),
                    required=bool(s.get("required", True)),
                    when=Condition(when["step"], tuple(when["in"])) if when else None,
                    unit=s.get("unit") or "", min=s.get("min"), max=s.get("max"),
                    integer=bool(s.get("integer", False)),
                    options=tuple(s.get("options") or ()), multiple=bool(s.get("multiple")),
                    mode=s.get("mode") or "tag", multiline=bool(s.get("multiline")),
                )
            )  # fmt: skip
        tr = data.get("transition")
        transition = None
        if tr:
            transition = TemplateTransition(
                Status(tr["to"]),
                tuple(Status(x) for x in tr.get("from") or ()),
                tr.get("assignee") or "",
            )
        return cls(
            key=data["key"], version=int(data["version"]), kind=data["kind"],
            title=data["title"], steps=tuple(steps), description=data.get("description", ""),
            categories=tuple(data.get("categories") or ()), transition=transition,
            sha256=sha256,
        )  # fmt: skip


# ------------------------------------------------------------------ YAML with line numbers

Path_ = tuple[str | int, ...]


class _Marked:
    """The values of a YAML document with the line of every node, by path."""

    def __init__(self) -> None:
        self.lines: dict[Path_, int] = {}
        self.step_ids: set[str] = set()  # every step id in the document

    def line(self, path: Path_) -> int:
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


# libyaml's parser when PyYAML was built with it: ten times faster (a 60-step template in
# ~4 ms instead of ~45 ms); both report the same line numbers.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_marked(text: str, marks: _Marked) -> Any:
    """Parse YAML (safe tags only), recording the line of each value. Raises
    ValidationError with the line for YAML syntax errors and duplicate keys."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        problems: list[Problem] = []
        value = _construct(loader, node, (), marks, problems)
        if problems:
            raise ValidationError(problems)
        return value
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        reason = exc.problem or "is not valid YAML"
        if exc.context:
            reason = f"{exc.context}: {reason}"
        raise ValidationError(
            [
                Problem(
                    "",
                    QT_TRANSLATE_NOOP("domain.checklists", "YAML syntax: {reason}").format(
                        reason=reason
                    ),
                    line,
                )
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise ValidationError(
            [Problem("", QT_TRANSLATE_NOOP("domain.checklists", "YAML: {exc}").format(exc=exc), 1)]
        ) from None
    finally:
        loader.dispose()


def _construct(
    loader: Any, node: yaml.Node, path: Path_, marks: _Marked, problems: list[Problem]
) -> Any:
    marks.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(
                key_node.value
                if key_node.tag == _STR_TAG
                else loader.construct_object(key_node, deep=True)
            )
            if key in out:
                problems.append(
                    Problem(
                        "",
                        QT_TRANSLATE_NOOP("domain.checklists", "'{key}' appears twice here").format(
                            key=key
                        ),
                        key_node.start_mark.line + 1,
                    )
                )
                continue
            out[key] = _construct(loader, value_node, (*path, key), marks, problems)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(loader, item, (*path, i), marks, problems)
            for i, item in enumerate(node.value)
        ]
    if node.tag == _STR_TAG:
        return node.value  # plain text: most values (the constructor costs 10× more)
    return loader.construct_object(node, deep=True)


_STR_TAG = "tag:yaml.org,2002:str"


# ------------------------------------------------------------------------ validation


class _Checker:
    def __init__(self, marks: _Marked) -> None:
        self.marks = marks
        self.problems: list[Problem] = []

    def add(self, path: Path_, message: str) -> None:
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        self.problems.append(Problem(where, message, self.marks.line(path)))

    def text(self, data: Mapping[str, Any], path: Path_, name: str, *, required: bool,
             max_len: int = 200, multiline: bool = False) -> str:  # fmt: skip
        value = data.get(name)
        if value is None:
            if required:
                self.add(
                    (*path, name) if path else (name,),
                    QT_TRANSLATE_NOOP("domain.checklists", "'{name}' is required").format(
                        name=name
                    ),
                )
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.add(
                (*path, name),
                QT_TRANSLATE_NOOP("domain.checklists", "'{name}' must be text").format(name=name),
            )
            return ""
        try:
            text = clean_text(value, max_len=max_len, multiline=multiline)
        except ValueProblem as exc:
            self.add(
                (*path, name),
                QT_TRANSLATE_NOOP("domain.checklists", "'{name}' {exc}").format(name=name, exc=exc),
            )
            return ""
        if required and not text:
            self.add(
                (*path, name),
                QT_TRANSLATE_NOOP("domain.checklists", "'{name}' must not be empty").format(
                    name=name
                ),
            )
        return text

    def number(self, data: Mapping[str, Any], path: Path_, name: str) -> float | None:
        value = data.get(name)
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            self.add(
                (*path, name),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "'{name}' must be a number, not {value!r}"
                ).format(name=name, value=value),
            )
            return None
        return value

    def flag(self, data: Mapping[str, Any], path: Path_, name: str, default: bool) -> bool:
        value = data.get(name, default)
        if not isinstance(value, bool):
            self.add(
                (*path, name),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "'{name}' must be true or false, not {value!r}"
                ).format(name=name, value=value),
            )
            return default
        return value


def parse_template_text(text: str, source: str = "") -> Template:
    """A template from its YAML text. Raises ValidationError whose problems carry the line
    (`Problem.line`) of every mistake; see `template_messages` for ``file:line: reason``."""
    marks = _Marked()
    data = _load_marked(text, marks)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if not isinstance(data, dict):
        raise ValidationError(
            [
                Problem(
                    "",
                    QT_TRANSLATE_NOOP(
                        "domain.checklists",
                        "a template is a mapping with key, version, kind, title and steps",
                    ),
                    1,
                )
            ]
        )
    steps_raw = data.get("steps")
    if isinstance(steps_raw, list):
        marks.step_ids = {str(s["id"]) for s in steps_raw if isinstance(s, dict) and "id" in s}
    c = _Checker(marks)
    for name in data:
        if name not in TEMPLATE_FIELDS:
            c.add(
                (name,),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "unknown field '{name}' (known: {sorted})"
                ).format(name=name, sorted=", ".join(sorted(TEMPLATE_FIELDS))),
            )
    key = c.text(data, (), "key", required=True, max_len=100)
    if key and not KEY_RE.fullmatch(key):
        c.add(
            ("key",),
            QT_TRANSLATE_NOOP(
                "domain.checklists",
                "key '{key}' must be lower-case letters, digits, '-', '_' or '.'",
            ).format(key=key),
        )
    version = data.get("version")
    if version is None:
        c.add(
            ("version",),
            QT_TRANSLATE_NOOP(
                "domain.checklists",
                "'version' is required (a whole number, raised on every change)",
            ),
        )
        version = 0
    elif isinstance(version, bool) or not isinstance(version, int) or version < 1:
        c.add(
            ("version",),
            QT_TRANSLATE_NOOP(
                "domain.checklists", "'version' must be a whole number from 1, not {version!r}"
            ).format(version=version),
        )
        version = 0
    kind = c.text(data, (), "kind", required=True, max_len=20)
    if kind and kind not in KINDS:
        c.add(
            ("kind",),
            QT_TRANSLATE_NOOP("domain.checklists", "kind '{kind}' is not one of {KINDS}").format(
                kind=kind, KINDS=", ".join(KINDS)
            ),
        )
    title = c.text(data, (), "title", required=True)
    description = c.text(data, (), "description", required=False, max_len=4000, multiline=True)
    categories: list[str] = []
    raw_cats = data.get("categories")
    if raw_cats is not None:
        if isinstance(raw_cats, str):
            raw_cats = [raw_cats]
        if not isinstance(raw_cats, list):
            c.add(
                ("categories",),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "'categories' must be a list of model categories"
                ),
            )
        else:
            for i, cat in enumerate(raw_cats):
                if not isinstance(cat, str) or not cat.strip():
                    c.add(
                        ("categories", i),
                        QT_TRANSLATE_NOOP("domain.checklists", "a category must be non-empty text"),
                    )
                else:
                    categories.append(" ".join(cat.split()))
    steps = _parse_steps(data.get("steps"), c)
    transition = _parse_transition(data.get("transition"), c, steps)
    if c.problems:
        raise ValidationError(c.problems)
    return Template(
        key=key, version=int(version), kind=kind, title=title, steps=tuple(steps),
        description=description, categories=tuple(categories), transition=transition,
        sha256=sha, source=source,
    )  # fmt: skip


def _parse_steps(raw: Any, c: _Checker) -> list[Step]:
    if raw is None:
        c.add(
            ("steps",),
            QT_TRANSLATE_NOOP("domain.checklists", "'steps' is required: the list of steps"),
        )
        return []
    if not isinstance(raw, list) or not raw:
        c.add(
            ("steps",),
            QT_TRANSLATE_NOOP("domain.checklists", "'steps' must be a non-empty list of steps"),
        )
        return []
    if len(raw) > MAX_STEPS:
        c.add(
            ("steps",),
            QT_TRANSLATE_NOOP(
                "domain.checklists", "{n_raw} steps are too many (at most {MAX_STEPS})"
            ).format(n_raw=len(raw), MAX_STEPS=MAX_STEPS),
        )
        return []
    steps: list[Step] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(raw):
        path: Path_ = ("steps", i)
        if not isinstance(item, dict):
            c.add(
                path,
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "a step is a mapping with id, type and title"
                ),
            )
            continue
        before = len(c.problems)
        for name in item:
            if name not in STEP_FIELDS:
                c.add(
                    (*path, name),
                    QT_TRANSLATE_NOOP("domain.checklists", "unknown step field '{name}'").format(
                        name=name
                    ),
                )
        step_id = c.text(item, path, "id", required=True, max_len=64)
        if step_id and not ID_RE.fullmatch(step_id):
            c.add(
                (*path, "id"),
                QT_TRANSLATE_NOOP(
                    "domain.checklists",
                    "step id '{step_id}' must be lower-case letters, digits or '_', starting "
                    "with a letter",
                ).format(step_id=step_id),
            )
        elif step_id in seen:
            c.add(
                (*path, "id"),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "duplicate step id '{step_id}' (first used at line {line})"
                ).format(step_id=step_id, line=c.marks.line(("steps", seen[step_id]))),
            )
        kind = c.text(item, path, "type", required=True, max_len=20)
        if kind and kind not in STEP_TYPES:
            c.add(
                (*path, "type"),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "unknown step type '{kind}' (one of {STEP_TYPES})"
                ).format(kind=kind, STEP_TYPES=", ".join(STEP_TYPES)),
            )
        title = c.text(item, path, "title", required=True, max_len=300)
        help_text = c.text(item, path, "help", required=False, max_len=2000, multiline=True)
        required = c.flag(item, path, "required", True)
        when = _parse_condition(item.get("when"), (*path, "when"), c, steps, step_id)
        step = Step(step_id, kind, title, help_text, required, when)
        if kind == "number":
            lo, hi = c.number(item, path, "min"), c.number(item, path, "max")
            if lo is not None and hi is not None and lo > hi:
                c.add(
                    (*path, "min"),
                    QT_TRANSLATE_NOOP("domain.checklists", "min {lo} is above max {hi}").format(
                        lo=lo, hi=hi
                    ),
                )
            step = _with(step, unit=c.text(item, path, "unit", required=False, max_len=20),
                         min=lo, max=hi, integer=c.flag(item, path, "integer", False))  # fmt: skip
        elif kind == "choice":
            opts = item.get("options")
            options: list[str] = []
            if not isinstance(opts, list) or not opts:
                c.add(
                    (*path, "options"),
                    QT_TRANSLATE_NOOP(
                        "domain.checklists", "a choice step needs 'options': a list of at least one"
                    ),
                )
            else:
                for j, opt in enumerate(opts):
                    if isinstance(opt, bool) or not isinstance(opt, str | int | float):
                        c.add(
                            (*path, "options", j),
                            QT_TRANSLATE_NOOP("domain.checklists", "an option must be text"),
                        )
                        continue
                    text = " ".join(str(opt).split())
                    if not text or text in options:
                        c.add(
                            (*path, "options", j),
                            QT_TRANSLATE_NOOP(
                                "domain.checklists", "option '{text}' is empty or repeated"
                            ).format(text=text),
                        )
                    options.append(text)
            step = _with(step, options=tuple(options),
                         multiple=c.flag(item, path, "multiple", False))  # fmt: skip
        elif kind == "scan":
            mode = c.text(item, path, "mode", required=False, max_len=20) or "tag"
            if mode not in SCAN_MODES:
                c.add(
                    (*path, "mode"),
                    QT_TRANSLATE_NOOP(
                        "domain.checklists", "scan mode '{mode}' is not one of {SCAN_MODES}"
                    ).format(mode=mode, SCAN_MODES=", ".join(SCAN_MODES)),
                )
            step = _with(step, mode=mode)
        elif kind == "text":
            step = _with(step, multiline=c.flag(item, path, "multiline", False))
        misplaced = {"unit", "min", "max", "integer"} if kind != "number" else set()
        misplaced |= {"options", "multiple"} if kind != "choice" else set()
        misplaced |= {"mode"} if kind != "scan" else set()
        misplaced |= {"multiline"} if kind != "text" else set()
        for name in sorted(misplaced & set(item)):
            c.add(
                (*path, name),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "'{name}' does not apply to a {value} step"
                ).format(name=name, value=kind or "untyped"),
            )
        if step_id and step_id not in seen:
            seen[step_id] = i
        if len(c.problems) == before:
            steps.append(step)
        elif step_id and ID_RE.fullmatch(step_id):
            steps.append(step)  # later conditions may still refer to it; not loaded anyway
    return steps


def _with(step: Step, **changes: Any) -> Step:
    return Step(**{**step.__dict__, **changes})


def _parse_condition(
    raw: Any, path: Path_, c: _Checker, earlier: Sequence[Step], own_id: str
) -> Condition | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or "step" not in raw or not ({"equals", "in"} & set(raw)):
        c.add(
            path,
            QT_TRANSLATE_NOOP(
                "domain.checklists",
                "'when' is {step: <earlier step id>, equals: <value>} or {step: ..., in: [values]}",
            ),
        )
        return None
    for name in raw:
        if name not in {"step", "equals", "in"}:
            c.add(
                (*path, name),
                QT_TRANSLATE_NOOP("domain.checklists", "unknown field '{name}' in 'when'").format(
                    name=name
                ),
            )
    ref = str(raw["step"])
    target = next((s for s in earlier if s.id == ref), None)
    if target is None:
        later = ref == own_id or ref in c.marks.step_ids
        c.add(
            (*path, "step"),
            (
                QT_TRANSLATE_NOOP(
                    "domain.checklists",
                    "the condition refers to step '{ref}', which is not an earlier step: a "
                    "step can only depend on steps before it",
                )
                if later
                else QT_TRANSLATE_NOOP(
                    "domain.checklists",
                    "the condition refers to step '{ref}', which does not exist: a step can "
                    "only depend on steps before it",
                )
            ).format(ref=ref),
        )
        return None
    values = raw.get("in") if "in" in raw else [raw.get("equals")]
    if not isinstance(values, list) or not values:
        c.add(
            (*path, "in"),
            QT_TRANSLATE_NOOP("domain.checklists", "'in' must be a non-empty list of values"),
        )
        return None
    clean: list[Any] = []
    for raw_v in values:
        v = ("pass" if raw_v else "fail") if isinstance(raw_v, bool) else raw_v
        if target.type == "check" and v not in ("pass", "fail"):
            c.add(
                (*path, "equals"),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "a check step's answer is 'pass' or 'fail', not {v!r}"
                ).format(v=v),
            )
        elif target.type == "choice" and str(v) not in target.options:
            c.add(
                (*path, "equals"),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "'{v}' is not an option of step '{ref}'"
                ).format(v=v, ref=ref),
            )
        clean.append(v if target.type != "choice" else str(v))
    return Condition(ref, tuple(clean))


def _parse_transition(raw: Any, c: _Checker, steps: Sequence[Step]) -> TemplateTransition | None:
    if raw is None:
        return None
    path: Path_ = ("transition",)
    if isinstance(raw, str):
        raw = {"to": raw}
    if not isinstance(raw, dict) or "to" not in raw:
        c.add(
            path,
            QT_TRANSLATE_NOOP(
                "domain.checklists",
                "'transition' is a state (e.g. deployed) or {from: [states], to: state}",
            ),
        )
        return None
    for name in raw:
        if name not in TRANSITION_FIELDS:
            c.add(
                (*path, name),
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "unknown field '{name}' in 'transition'"
                ).format(name=name),
            )
    target = parse_status(str(raw["to"]))
    if target is None:
        c.add(
            (*path, "to"),
            QT_TRANSLATE_NOOP("domain.checklists", "'{to}' is not a lifecycle state").format(
                to=raw["to"]
            ),
        )
        return None
    sources: list[Status] = []
    raw_from = raw.get("from")
    if raw_from is not None:
        if isinstance(raw_from, str):
            raw_from = [raw_from]
        if not isinstance(raw_from, list) or not raw_from:
            c.add(
                (*path, "from"),
                QT_TRANSLATE_NOOP("domain.checklists", "'from' must be a list of lifecycle states"),
            )
            raw_from = []
        for i, item in enumerate(raw_from):
            src = parse_status(str(item))
            if src is None:
                c.add(
                    (*path, "from", i),
                    QT_TRANSLATE_NOOP(
                        "domain.checklists", "'{item}' is not a lifecycle state"
                    ).format(item=item),
                )
            elif find_transition(src, target) is None:
                c.add(
                    (*path, "from", i),
                    QT_TRANSLATE_NOOP(
                        "domain.checklists", "the lifecycle does not allow {state} → {target}"
                    ).format(state=STATUS_WORDS[src], target=STATUS_WORDS[target]),
                )
            else:
                sources.append(src)
    elif not any(t.target is target for t in TRANSITIONS):
        c.add(
            (*path, "to"),
            QT_TRANSLATE_NOOP(
                "domain.checklists", "the lifecycle has no transition to {target}"
            ).format(target=STATUS_WORDS[target]),
        )
    assignee = ""
    if raw.get("assignee") is not None:
        assignee = str(raw["assignee"])
        step = next((s for s in steps if s.id == assignee), None)
        if step is None or step.type != "person":
            c.add((*path, "assignee"), (
                QT_TRANSLATE_NOOP("domain.checklists",
                                  "'assignee' must name a person step; '{assignee}' is not a step")
                if step is None
                else QT_TRANSLATE_NOOP("domain.checklists", "'assignee' must name a person step; "
                                       "'{assignee}' is a {type} step")
            ).format(assignee=assignee, type=step.type if step else ""))  # fmt: skip
    return TemplateTransition(target, tuple(sources), assignee)


def template_messages(error: ValidationError, source: str) -> list[str]:
    """``file:line: reason`` lines of a template's problems."""
    out = []
    for p in error.problems:
        where = f"{source}:{p.line or 1}"
        what = f"{p.field}: {p.message}" if p.field else p.message
        out.append(f"{where}: {what}")
    return out


# --------------------------------------------------------------------------- runs


def visible_steps(template: Template, answers: Mapping[str, Any]) -> list[Step]:
    """The steps shown, given the answers so far (`answers`: step id -> value). A step is
    hidden when its condition's step is hidden or its answer is not one of the values."""
    shown: set[str] = set()
    out = []
    for step in template.steps:
        cond = step.when
        if cond is not None and (
            cond.step not in shown or not _matches(answers.get(cond.step), cond.values)
        ):
            continue
        shown.add(step.id)
        out.append(step)
    return out


def _matches(answer: Any, values: Sequence[Any]) -> bool:
    if answer is None:
        return False
    if isinstance(answer, list):
        return any(a in values for a in answer)
    if isinstance(answer, int | float) and not isinstance(answer, bool):
        return any(
            isinstance(v, int | float) and not isinstance(v, bool) and v == answer for v in values
        )
    return answer in values


@dataclass(frozen=True)
class Progress:
    answered: int  # visible steps answered
    visible: int
    required_left: tuple[str, ...]  # ids of visible required steps not answered, in order
    hidden: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.required_left


def progress(template: Template, answers: Mapping[str, Any]) -> Progress:
    visible = visible_steps(template, answers)
    ids = {s.id for s in visible}
    answered = sum(1 for s in visible if s.id in answers)
    left = tuple(s.id for s in visible if s.required and s.id not in answers)
    hidden = tuple(s.id for s in template.steps if s.id not in ids)
    return Progress(answered, len(visible), left, hidden)


@dataclass(frozen=True)
class AnswerContext:
    """What checking an answer needs to know about the run's asset."""

    asset_tag: str
    tag_config: TagConfig = field(default_factory=TagConfig)


def check_answer(step: Step, value: Any, note: str, context: AnswerContext) -> tuple[Any, str]:
    """The answer as stored (JSON) and the cleaned note, or ValidationError saying what is
    wrong. Photos, signatures and sanitization links are checked by the services (they need
    the image bytes and the drives); here only their shape."""
    label = step.title
    try:
        note = clean_text(note, max_len=MAX_NOTE, multiline=True)
    except ValueProblem as exc:
        raise ValidationError.single(
            QT_TRANSLATE_NOOP("domain.checklists", "Note"), str(exc)
        ) from None

    def bad(message: str) -> ValidationError:
        return ValidationError.single(label, message)

    t = step.type
    if value is None or value in ("", []):
        if t == "signature":
            raise bad(
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "the signature is empty: sign in the box first"
                )
            )
        raise bad(QT_TRANSLATE_NOOP("domain.checklists", "give an answer first"))
    if t == "check":
        if value is True:
            value = "pass"
        elif value is False:
            value = "fail"
        if value not in ("pass", "fail"):
            raise bad(
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "is answered with pass or fail, not {value!r}"
                ).format(value=value)
            )
        if value == "fail" and not note:
            raise bad(
                QT_TRANSLATE_NOOP("domain.checklists", "failed: add a note saying what is wrong")
            )
        return value, note
    if t == "text":
        if not isinstance(value, str):
            raise bad(QT_TRANSLATE_NOOP("domain.checklists", "must be text"))
        try:
            text = clean_text(value, max_len=MAX_TEXT_ANSWER, multiline=step.multiline)
        except ValueProblem as exc:
            raise bad(str(exc)) from None
        if not text:
            raise bad(QT_TRANSLATE_NOOP("domain.checklists", "give an answer first"))
        return text, note
    if t == "number":
        return _number(step, value, bad), note
    if t == "choice":
        chosen = value if isinstance(value, list) else [value]
        chosen = [str(v) for v in chosen]
        unknown = [v for v in chosen if v not in step.options]
        if unknown:
            raise bad(
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "'{unknown}' is not one of: {options}"
                ).format(unknown=unknown[0], options=", ".join(step.options))
            )
        if not step.multiple and len(chosen) != 1:
            raise bad(QT_TRANSLATE_NOOP("domain.checklists", "choose exactly one option"))
        if step.multiple:
            return [o for o in step.options if o in chosen], note
        return chosen[0], note
    if t == "date":
        try:
            day = parse_date(value)
        except ValueProblem as exc:
            raise bad(str(exc)) from None
        if day is None:
            raise bad(QT_TRANSLATE_NOOP("domain.checklists", "give a date (YYYY-MM-DD)"))
        return day.isoformat(), note
    if t == "person":
        if isinstance(value, str):
            value = {"id": None, "name": value}
        if not isinstance(value, dict):
            raise bad(QT_TRANSLATE_NOOP("domain.checklists", "choose a person or type a name"))
        try:
            name = clean_text(value.get("name"), max_len=200)
        except ValueProblem as exc:
            raise bad(str(exc)) from None
        if not name:
            raise bad(QT_TRANSLATE_NOOP("domain.checklists", "choose a person or type a name"))
        pid = value.get("id")
        return {"id": str(pid) if pid else None, "name": name}, note
    if t == "scan":
        scanned = value.get("text") if isinstance(value, dict) else value
        if not isinstance(scanned, str) or not scanned.strip():
            raise bad(QT_TRANSLATE_NOOP("domain.checklists", "scan the code (or type it) first"))
        if step.mode == "serial":
            try:
                serial = clean_text(scanned, max_len=128)
            except ValueProblem as exc:
                raise bad(str(exc)) from None
            return {"text": serial}, note
        read = parse_scan(scanned, context.tag_config)
        if read.tag is None:
            raise bad(
                read.problem
                or QT_TRANSLATE_NOOP("domain.checklists", "'{code}' is no asset tag").format(
                    code=scanned[:40]
                )
            )
        if read.tag.casefold() != context.asset_tag.casefold():
            raise bad(
                QT_TRANSLATE_NOOP(
                    "domain.checklists",
                    "the scanned tag {tag} is not this asset's tag {asset_tag}: scan the "
                    "label on this device",
                ).format(tag=read.tag, asset_tag=context.asset_tag)
            )
        return {"text": read.text, "tag": context.asset_tag}, note
    if t in ("photo", "signature"):
        if not isinstance(value, dict) or not re.fullmatch(
            r"[0-9a-f]{64}", str(value.get("sha256"))
        ):
            raise bad(
                QT_TRANSLATE_NOOP(
                    "domain.checklists", "a {t} answer refers to its stored image by SHA-256"
                ).format(t=t)
            )
        if t == "signature":
            strokes = value.get("strokes")
            if not isinstance(strokes, list) or not any(
                isinstance(s, list) and len(s) >= 2 for s in strokes
            ):
                raise bad(
                    QT_TRANSLATE_NOOP(
                        "domain.checklists", "the signature is empty: sign in the box first"
                    )
                )
        return dict(value), note
    if t == "sanitization":
        if not isinstance(value, dict) or not isinstance(value.get("records"), list):
            raise bad(
                QT_TRANSLATE_NOOP("domain.checklists", "link the drives' sanitization records")
            )
        return dict(value), note
    raise bad(QT_TRANSLATE_NOOP("domain.checklists", "unknown step type '{t}'").format(t=t))


def _number(step: Step, value: Any, bad: Callable[[str], ValidationError]) -> float | int:
    if isinstance(value, bool):
        raise bad(QT_TRANSLATE_NOOP("domain.checklists", "must be a number"))
    if isinstance(value, str):
        text = (
            value.strip().replace(",", ".")
            if value.count(",") == 1 and "." not in value
            else (value.strip())
        )
        try:
            number: float = float(text)
        except ValueError:
            raise bad(
                QT_TRANSLATE_NOOP("domain.checklists", "'{value}' is not a number").format(
                    value=value
                )
            ) from None
    elif isinstance(value, int | float):
        number = float(value)
    else:
        raise bad(QT_TRANSLATE_NOOP("domain.checklists", "must be a number"))
    if not math.isfinite(number):
        raise bad(QT_TRANSLATE_NOOP("domain.checklists", "must be a finite number"))
    unit = f" {step.unit}" if step.unit else ""
    if step.integer and number != int(number):
        raise bad(
            QT_TRANSLATE_NOOP("domain.checklists", "must be a whole number, not {fmt_num}").format(
                fmt_num=_fmt_num(number)
            )
        )
    if step.min is not None and number < step.min:
        raise bad(
            QT_TRANSLATE_NOOP(
                "domain.checklists", "{fmt_num}{unit} is below the minimum {fmt_num2}{unit}"
            ).format(fmt_num=_fmt_num(number), unit=unit, fmt_num2=_fmt_num(step.min))
        )
    if step.max is not None and number > step.max:
        raise bad(
            QT_TRANSLATE_NOOP(
                "domain.checklists", "{fmt_num}{unit} is above the maximum {fmt_num2}{unit}"
            ).format(fmt_num=_fmt_num(number), unit=unit, fmt_num2=_fmt_num(step.max))
        )
    return int(number) if number == int(number) and abs(number) < 2**53 else number


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() and abs(n) < 2**53 else f"{n:g}"


def answer_text(step: Step, value: Any) -> str:
    """An answer in words, for lists, history and the report."""
    if value is None:
        return ""
    t = step.type
    if t == "check":
        return {
            "pass": QT_TRANSLATE_NOOP("domain.checklists", "Passed"),
            "fail": QT_TRANSLATE_NOOP("domain.checklists", "FAILED"),
        }.get(str(value), str(value))
    if t == "number":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return f"{_fmt_num(value)} {step.unit}".strip()
        return str(value)
    if t == "choice" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if t == "person" and isinstance(value, dict):
        return str(value.get("name") or "")
    if t == "scan" and isinstance(value, dict):
        if step.mode == "tag":
            return QT_TRANSLATE_NOOP("domain.checklists", "{tag} scanned").format(
                tag=value.get("tag")
            )
        return str(value.get("text") or "")
    if t == "photo" and isinstance(value, dict):
        w, h = value.get("width"), value.get("height")
        sha = str(value.get("sha256"))[:12]
        if w and h:
            return QT_TRANSLATE_NOOP(
                "domain.checklists", "Photo ({width}×{height}, sha256 {sha}…)"
            ).format(width=w, height=h, sha=sha)
        return QT_TRANSLATE_NOOP("domain.checklists", "Photo (sha256 {sha}…)").format(sha=sha)
    if t == "signature" and isinstance(value, dict):
        signer = value.get("signer")
        if signer:
            return QT_TRANSLATE_NOOP("domain.checklists", "Signed by {signer}").format(
                signer=signer
            )
        return QT_TRANSLATE_NOOP("domain.checklists", "Signed")
    if t == "sanitization" and isinstance(value, dict):
        drives = value.get("drives") or []
        if not drives:
            return QT_TRANSLATE_NOOP("domain.checklists", "No drives recorded in this asset")
        parts = [f"{d.get('serial')}: {d.get('state')}" for d in drives if isinstance(d, dict)]
        sanitized = (
            QT_TRANSLATE_NOOP("domain.checklists", "1 drive sanitized ({drives})")
            if len(drives) == 1
            else QT_TRANSLATE_NOOP("domain.checklists", "{n} drives sanitized ({drives})")
        )
        return sanitized.format(n=len(drives), drives="; ".join(parts))
    return str(value)


def snapshot_json(template: Template) -> str:
    """The canonical JSON text of a template's definition (what a run keeps)."""
    return json.dumps(template.to_json(), sort_keys=True, ensure_ascii=False)
