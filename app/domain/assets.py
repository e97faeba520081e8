"""Asset fields: what each one holds, how typed input becomes a value, and the checks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from app.domain.errors import Problem
from app.domain.lifecycle import Status, parse_status
from app.domain.text import QT_TRANSLATE_NOOP
from app.domain.values import MAX_NOTES, ValueProblem, clean_text, parse_date, parse_money

FieldKind = Literal["tag", "text", "notes", "date", "money", "ref", "status", "custom"]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: FieldKind
    max_len: int = 200


ASSET_FIELDS: dict[str, FieldSpec] = {
    f.name: f
    for f in (
        FieldSpec("tag", QT_TRANSLATE_NOOP("fields", "Asset tag"), "tag", 64),
        FieldSpec("name", QT_TRANSLATE_NOOP("fields", "Name"), "text"),
        FieldSpec("serial", QT_TRANSLATE_NOOP("fields", "Serial number"), "text", 128),
        FieldSpec("model_id", QT_TRANSLATE_NOOP("fields", "Model"), "ref"),
        FieldSpec("status", QT_TRANSLATE_NOOP("fields", "Status"), "status"),
        FieldSpec("location_id", QT_TRANSLATE_NOOP("fields", "Location"), "ref"),
        FieldSpec("assignee_id", QT_TRANSLATE_NOOP("fields", "Assigned to"), "ref"),
        FieldSpec("purchase_date", QT_TRANSLATE_NOOP("fields", "Purchase date"), "date"),
        FieldSpec("purchase_cost", QT_TRANSLATE_NOOP("fields", "Purchase cost"), "money"),
        FieldSpec("supplier", QT_TRANSLATE_NOOP("fields", "Supplier"), "text"),
        FieldSpec("order_number", QT_TRANSLATE_NOOP("fields", "Order number"), "text", 100),
        FieldSpec("warranty_end", QT_TRANSLATE_NOOP("fields", "Warranty ends"), "date"),
        FieldSpec("eol_date", QT_TRANSLATE_NOOP("fields", "End of life"), "date"),
        FieldSpec("next_audit", QT_TRANSLATE_NOOP("fields", "Next audit"), "date"),
        FieldSpec("last_audit", QT_TRANSLATE_NOOP("fields", "Last audit"), "date"),
        FieldSpec("notes", QT_TRANSLATE_NOOP("fields", "Notes"), "notes", MAX_NOTES),
        FieldSpec("custom", QT_TRANSLATE_NOOP("fields", "Custom fields"), "custom"),
    )
}

TAG_RE = re.compile(r"[^\s]{1,64}")
MAX_CUSTOM_FIELDS = 50


def clean_tag(value: object) -> str:
    text = clean_text(value, max_len=64)
    if not text:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("domain.assets", "is required: every asset needs a tag")
        )
    if not TAG_RE.fullmatch(text):
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "domain.assets", "'{text}' contains spaces: a tag is one word (e.g. IT-004211)"
            ).format(text=text)
        )
    return text


def clean_custom(value: object) -> dict[str, str]:
    if value is None or value == "":
        return {}
    if not isinstance(value, Mapping):
        raise ValueProblem(
            QT_TRANSLATE_NOOP("domain.assets", "must be a set of name = value pairs")
        )
    if len(value) > MAX_CUSTOM_FIELDS:
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "domain.assets", "has {n_value} entries; at most {MAX_CUSTOM_FIELDS} are allowed"
            ).format(n_value=len(value), MAX_CUSTOM_FIELDS=MAX_CUSTOM_FIELDS)
        )
    out: dict[str, str] = {}
    for key, val in value.items():
        name = clean_text(key, max_len=64)
        if not name:
            raise ValueProblem(QT_TRANSLATE_NOOP("domain.assets", "a custom field has no name"))
        out[name] = clean_text(val, max_len=2000, multiline=True)
    return dict(sorted(out.items()))


def clean_value(spec: FieldSpec, value: object) -> object:
    """Typed value for one field; raises `ValueProblem` with a readable reason."""
    if spec.kind == "tag":
        return clean_tag(value)
    if spec.kind == "text":
        return clean_text(value, max_len=spec.max_len)
    if spec.kind == "notes":
        return clean_text(value, max_len=spec.max_len, multiline=True)
    if spec.kind == "date":
        return parse_date(value)
    if spec.kind == "money":
        return parse_money(value)
    if spec.kind == "status":
        if isinstance(value, Status):
            return value
        status = parse_status(str(value or ""))
        if status is None:
            names = ", ".join(s.value for s in Status)
            raise ValueProblem(
                QT_TRANSLATE_NOOP(
                    "domain.assets", "'{value}' is not a status; use one of {names}"
                ).format(value=value, names=names)
            )
        return status
    if spec.kind == "custom":
        return clean_custom(value)
    # references are checked against the store by the services
    text = None if value in (None, "") else str(value)
    return text


def clean_asset_values(values: Mapping[str, object]) -> tuple[dict[str, object], list[Problem]]:
    """Clean every given field; returns the typed values and every problem found."""
    cleaned: dict[str, object] = {}
    problems: list[Problem] = []
    for name, raw in values.items():
        spec = ASSET_FIELDS.get(name)
        if spec is None:
            problems.append(
                Problem(name, QT_TRANSLATE_NOOP("domain.assets", "is not an asset field"))
            )
            continue
        try:
            cleaned[name] = clean_value(spec, raw)
        except ValueProblem as exc:
            problems.append(Problem(spec.label, str(exc)))
    return cleaned, problems


def check_dates(values: Mapping[str, object]) -> list[Problem]:
    """Cross-field date rules on a full set of asset values."""
    problems: list[Problem] = []
    bought = values.get("purchase_date")
    if isinstance(bought, dt.date):
        if bought > dt.date.today() + dt.timedelta(days=366):
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("domain.assets", "Purchase date"),
                    QT_TRANSLATE_NOOP("domain.assets", "{bought} is more than a year ahead").format(
                        bought=bought
                    ),
                )
            )
        for name in ("warranty_end", "eol_date"):
            other = values.get(name)
            if isinstance(other, dt.date) and other < bought:
                label = ASSET_FIELDS[name].label
                problems.append(
                    Problem(
                        label,
                        QT_TRANSLATE_NOOP(
                            "domain.assets", "{other} is before the purchase date {bought}"
                        ).format(other=other, bought=bought),
                    )
                )
    return problems
