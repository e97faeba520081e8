"""Models, locations and people: create, edit, delete (when unused) and list."""

from __future__ import annotations

import datetime as dt
import json
import operator
import re
from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Select, Table, func, select
from sqlalchemy.orm import Session, aliased

from app.domain.errors import NotFound, Problem, ValidationError
from app.domain.ids import new_id
from app.domain.text import QT_TRANSLATE_NOOP
from app.domain.values import MAX_NOTES, ValueProblem, clean_text
from app.services.context import Context
from app.services.dto import LocationInfo, ModelInfo, PersonInfo
from app.store.journal import UnitOfWork, created, diff
from app.store.tables import Asset, AssetModel, Location, Person, utcnow

LOCATION_KINDS = ("site", "building", "room", "shelf")
PATH_SEP = " > "
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _clean(
    fields: Mapping[str, tuple[object, int, bool]], problems: list[Problem]
) -> dict[str, str]:
    """Clean text fields given as ``label -> (value, max_len, multiline)``."""
    out: dict[str, str] = {}
    for label, (value, max_len, multiline) in fields.items():
        try:
            out[label] = clean_text(value, max_len=max_len, multiline=multiline)
        except ValueProblem as exc:
            problems.append(Problem(label, str(exc)))
            out[label] = ""
    return out


# ---------------------------------------------------------------------------------- models


def _model_info(m: AssetModel, count: int = 0) -> ModelInfo:
    return ModelInfo(
        m.id, m.manufacturer, m.name, m.category, m.model_number, m.holds_storage, m.notes, count
    )


def _model_values(values: Mapping[str, Any]) -> dict[str, Any]:
    problems: list[Problem] = []
    text = _clean(
        {
            "Manufacturer": (values.get("manufacturer"), 200, False),
            "Model": (values.get("name"), 200, False),
            "Category": (values.get("category"), 100, False),
            "Model number": (values.get("model_number"), 100, False),
            "Notes": (values.get("notes"), MAX_NOTES, True),
        },
        problems,
    )
    if not text["Manufacturer"] and not _failed(problems, "Manufacturer"):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.catalog", "Manufacturer"),
                QT_TRANSLATE_NOOP("services.catalog", "is required (e.g. Dell, Lenovo, Apple)"),
            )
        )
    if not text["Model"] and not _failed(problems, "Model"):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.catalog", "Model"),
                QT_TRANSLATE_NOOP("services.catalog", "is required (e.g. Latitude 5440)"),
            )
        )
    if problems:
        raise ValidationError(problems)
    return {
        "manufacturer": text["Manufacturer"],
        "name": text["Model"],
        "category": text["Category"],
        "model_number": text["Model number"],
        "holds_storage": bool(values.get("holds_storage", False)),
        "notes": text["Notes"],
    }


def _check_model_unique(session: Session, manufacturer: str, name: str, own_id: str | None) -> None:
    other = session.scalar(
        select(AssetModel).where(
            func.lower(AssetModel.manufacturer) == manufacturer.lower(),
            func.lower(AssetModel.name) == name.lower(),
        )
    )
    if other is not None and other.id != own_id:
        raise ValidationError(
            [
                Problem(
                    QT_TRANSLATE_NOOP("services.catalog", "Model"),
                    QT_TRANSLATE_NOOP(
                        "services.catalog",
                        "{manufacturer} {name} already exists; edit that one instead",
                    ).format(manufacturer=manufacturer, name=name),
                )
            ]
        )


def create_model(ctx: Context, values: Mapping[str, Any]) -> ModelInfo:
    clean = _model_values(values)
    with ctx.unit_of_work() as uow:
        _check_model_unique(uow.session, clean["manufacturer"], clean["name"], None)
        model = AssetModel(id=new_id(), **clean)
        uow.session.add(model)
        uow.event("model", model.id, "created", created(clean))
        uow.commit()
        return _model_info(model)


def update_model(ctx: Context, model_id: str, values: Mapping[str, Any]) -> ModelInfo:
    with ctx.unit_of_work() as uow:
        model = update_model_within(uow, model_id, values)
        uow.commit()
        return _model_info(model)


def update_model_within(uow: UnitOfWork, model_id: str, values: Mapping[str, Any]) -> AssetModel:
    """`update_model` inside the caller's unit of work (which commits): validated, unique,
    journaled."""
    model: AssetModel = _get(uow.session, AssetModel, model_id, "model")
    current = {k: getattr(model, k) for k in _model_values_keys}
    clean = _model_values({**current, **values})
    _check_model_unique(uow.session, clean["manufacturer"], clean["name"], model.id)
    changes = diff(current, clean)
    if changes:
        for key, value in clean.items():
            setattr(model, key, value)
        model.updated_at = utcnow()
        uow.event("model", model.id, "updated", changes)
    return model


_model_values_keys = ("manufacturer", "name", "category", "model_number", "holds_storage", "notes")


def delete_model(ctx: Context, model_id: str) -> None:
    with ctx.unit_of_work() as uow:
        model = _get(uow.session, AssetModel, model_id, "model")
        _refuse_if_used(
            uow.session, Asset.model_id == model.id, f"{model.manufacturer} {model.name}"
        )
        uow.event(
            "model",
            model.id,
            "deleted",
            _deleted({k: getattr(model, k) for k in _model_values_keys}),
        )
        uow.session.delete(model)
        uow.commit()


def list_models(ctx: Context) -> list[ModelInfo]:
    with ctx.reading() as session:
        counts = dict(
            session.execute(select(Asset.model_id, func.count()).group_by(Asset.model_id))
            .tuples()
            .all()
        )
        models = session.scalars(
            select(AssetModel).order_by(AssetModel.manufacturer, AssetModel.name)
        )
        return [_model_info(m, counts.get(m.id, 0)) for m in models]


def list_categories(ctx: Context) -> list[str]:
    with ctx.reading() as session:
        rows = session.scalars(
            select(AssetModel.category).where(AssetModel.category != "").distinct()
        )
        return sorted(set(rows), key=str.lower)


# Categories whose devices hold storage media by default when a model is created on import.
STORAGE_CATEGORIES = {
    "laptop", "laptops", "desktop", "desktops", "server", "servers", "workstation",
    "workstations", "tablet", "tablets", "phone", "phones", "mobile phone", "smartphone",
    "nas", "storage", "all-in-one", "thin client", "mini pc",
}  # fmt: skip


# ------------------------------------------------------------------------------- locations


def _location_info(loc: Location, count: int = 0) -> LocationInfo:
    return LocationInfo(
        loc.id, loc.parent_id, loc.name, loc.kind, loc.code, loc.notes, loc.path, count
    )


def _location_values(values: Mapping[str, Any]) -> dict[str, Any]:
    problems: list[Problem] = []
    text = _clean(
        {
            "Name": (values.get("name"), 200, False),
            "Code": (values.get("code"), 100, False),
            "Notes": (values.get("notes"), MAX_NOTES, True),
        },
        problems,
    )
    if not text["Name"] and not _failed(problems, "Name"):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.catalog", "Name"),
                QT_TRANSLATE_NOOP("services.catalog", "is required"),
            )
        )
    elif ">" in text["Name"]:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.catalog", "Name"),
                QT_TRANSLATE_NOOP(
                    "services.catalog", "cannot contain '>' (it separates levels of the path)"
                ),
            )
        )
    kind = str(values.get("kind") or "room").strip().lower()
    if kind not in LOCATION_KINDS:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.catalog", "Kind"),
                QT_TRANSLATE_NOOP(
                    "services.catalog", "'{kind}' is not one of {LOCATION_KINDS}"
                ).format(kind=kind, LOCATION_KINDS=", ".join(LOCATION_KINDS)),
            )
        )
    if problems:
        raise ValidationError(problems)
    parent = values.get("parent_id") or None
    return {
        "name": text["Name"],
        "code": text["Code"],
        "notes": text["Notes"],
        "kind": kind,
        "parent_id": parent,
    }


_location_keys = ("name", "code", "notes", "kind", "parent_id")


def _check_location_name(
    session: Session, name: str, parent_id: str | None, own_id: str | None
) -> None:
    sibling = session.scalar(
        select(Location).where(
            Location.parent_id.is_(None) if parent_id is None else Location.parent_id == parent_id,
            func.lower(Location.name) == name.lower(),
        )
    )
    if sibling is not None and sibling.id != own_id:
        raise ValidationError(
            [
                Problem(
                    QT_TRANSLATE_NOOP("services.catalog", "Name"),
                    QT_TRANSLATE_NOOP(
                        "services.catalog", "{path} already exists at this level"
                    ).format(path=sibling.path),
                )
            ]
        )


def _path_of(session: Session, parent_id: str | None, name: str) -> str:
    if parent_id is None:
        return name
    parent = _get(session, Location, parent_id, "parent location")
    return f"{parent.path}{PATH_SEP}{name}"


def create_location(ctx: Context, values: Mapping[str, Any]) -> LocationInfo:
    clean = _location_values(values)
    with ctx.unit_of_work() as uow:
        _check_location_name(uow.session, clean["name"], clean["parent_id"], None)
        loc = Location(
            id=new_id(), path=_path_of(uow.session, clean["parent_id"], clean["name"]), **clean
        )
        uow.session.add(loc)
        uow.event("location", loc.id, "created", created(clean))
        uow.commit()
        return _location_info(loc)


def update_location(ctx: Context, location_id: str, values: Mapping[str, Any]) -> LocationInfo:
    with ctx.unit_of_work() as uow:
        loc = update_location_within(uow, location_id, values)
        uow.commit()
        return _location_info(loc)


def update_location_within(
    uow: UnitOfWork, location_id: str, values: Mapping[str, Any]
) -> Location:
    """`update_location` inside the caller's unit of work (which commits): validated (no
    cycles, unique among siblings), journaled, paths below it rebuilt."""
    session = uow.session
    loc: Location = _get(session, Location, location_id, "location")
    current = {k: getattr(loc, k) for k in _location_keys}
    clean = _location_values({**current, **values})
    if clean["parent_id"] is not None:
        ancestor: str | None = clean["parent_id"]
        while ancestor is not None:
            if ancestor == loc.id:
                raise ValidationError(
                    [
                        Problem(
                            QT_TRANSLATE_NOOP("services.catalog", "Parent"),
                            QT_TRANSLATE_NOOP(
                                "services.catalog",
                                "a location cannot be inside itself or its own sub-locations",
                            ),
                        )
                    ]
                )
            parent = _get(session, Location, ancestor, "parent location")
            ancestor = parent.parent_id
    _check_location_name(session, clean["name"], clean["parent_id"], loc.id)
    changes = diff(current, clean)
    if changes:
        for key, value in clean.items():
            setattr(loc, key, value)
        loc.updated_at = utcnow()
        _repath(session, loc)
        uow.event("location", loc.id, "updated", changes)
    return loc


def _repath(session: Session, loc: Location) -> None:
    """Recompute the path of `loc` and of everything below it (the FTS trigger re-indexes
    the assets there)."""
    loc.path = _path_of(session, loc.parent_id, loc.name)
    session.flush()
    for child in session.scalars(select(Location).where(Location.parent_id == loc.id)):
        _repath(session, child)


def delete_location(ctx: Context, location_id: str) -> None:
    with ctx.unit_of_work() as uow:
        session = uow.session
        loc = _get(session, Location, location_id, "location")
        children = session.scalar(select(func.count()).where(Location.parent_id == loc.id)) or 0
        if children:
            raise ValidationError(
                [
                    Problem(
                        QT_TRANSLATE_NOOP("services.catalog", "Location"),
                        QT_TRANSLATE_NOOP(
                            "services.catalog",
                            "{path} has {children} sub-location(s); move or delete them first",
                        ).format(path=loc.path, children=children),
                    )
                ]
            )
        _refuse_if_used(session, Asset.location_id == loc.id, loc.path)
        uow.event(
            "location", loc.id, "deleted", _deleted({k: getattr(loc, k) for k in _location_keys})
        )
        session.delete(loc)
        uow.commit()


def list_locations(ctx: Context) -> list[LocationInfo]:
    """All locations in tree order (each parent before its children)."""
    with ctx.reading() as session:
        counts = dict(
            session.execute(select(Asset.location_id, func.count()).group_by(Asset.location_id))
            .tuples()
            .all()
        )
        locs = session.scalars(select(Location).order_by(Location.path))
        return [_location_info(loc, counts.get(loc.id, 0)) for loc in locs]


def subtree(location_id: str) -> Select[tuple[str]]:
    """SELECT of the ids of a location and of every location below it."""
    tree = select(Location.id).where(Location.id == location_id).cte("tree", recursive=True)
    child = aliased(Location)
    tree = tree.union_all(select(child.id).where(child.parent_id == tree.c.id))
    return select(tree.c.id)


# ---------------------------------------------------------------------------------- people


def _person_info(p: Person, count: int = 0) -> PersonInfo:
    return PersonInfo(
        p.id, p.name, p.email, p.employee_no, p.department, p.phone, p.notes, p.active, count
    )


_person_keys = ("name", "email", "employee_no", "department", "phone", "notes", "active")


def _person_values(values: Mapping[str, Any]) -> dict[str, Any]:
    problems: list[Problem] = []
    text = _clean(
        {
            "Name": (values.get("name"), 200, False),
            "Email": (values.get("email"), 200, False),
            "Employee number": (values.get("employee_no"), 100, False),
            "Department": (values.get("department"), 200, False),
            "Phone": (values.get("phone"), 100, False),
            "Notes": (values.get("notes"), MAX_NOTES, True),
        },
        problems,
    )
    if not text["Name"] and not _failed(problems, "Name"):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.catalog", "Name"),
                QT_TRANSLATE_NOOP("services.catalog", "is required"),
            )
        )
    if text["Email"] and not EMAIL_RE.fullmatch(text["Email"]):
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("services.catalog", "Email"),
                QT_TRANSLATE_NOOP("services.catalog", "'{Email}' is not an email address").format(
                    Email=text["Email"]
                ),
            )
        )
    if problems:
        raise ValidationError(problems)
    return {
        "name": text["Name"],
        "email": text["Email"],
        "employee_no": text["Employee number"],
        "department": text["Department"],
        "phone": text["Phone"],
        "notes": text["Notes"],
        "active": bool(values.get("active", True)),
    }


def _check_person_unique(session: Session, values: Mapping[str, Any], own_id: str | None) -> None:
    for column, label in ((Person.email, "Email"), (Person.employee_no, "Employee number")):
        value = values[column.key]
        if not value:
            continue
        other = session.scalar(select(Person).where(func.lower(column) == str(value).lower()))
        if other is not None and other.id != own_id:
            raise ValidationError(
                [
                    Problem(
                        label,
                        QT_TRANSLATE_NOOP(
                            "services.catalog", "{value} already belongs to {name}"
                        ).format(value=value, name=other.name),
                    )
                ]
            )


def create_person(ctx: Context, values: Mapping[str, Any]) -> PersonInfo:
    clean = _person_values(values)
    with ctx.unit_of_work() as uow:
        _check_person_unique(uow.session, clean, None)
        person = Person(id=new_id(), **clean)
        uow.session.add(person)
        uow.event("person", person.id, "created", created(clean))
        uow.commit()
        return _person_info(person)


def update_person(ctx: Context, person_id: str, values: Mapping[str, Any]) -> PersonInfo:
    with ctx.unit_of_work() as uow:
        person = _get(uow.session, Person, person_id, "person")
        current = {k: getattr(person, k) for k in _person_keys}
        clean = _person_values({**current, **values})
        _check_person_unique(uow.session, clean, person.id)
        changes = diff(current, clean)
        if changes:
            for key, value in clean.items():
                setattr(person, key, value)
            person.updated_at = utcnow()
            uow.event("person", person.id, "updated", changes)
        uow.commit()
        return _person_info(person)


def delete_person(ctx: Context, person_id: str) -> None:
    with ctx.unit_of_work() as uow:
        person = _get(uow.session, Person, person_id, "person")
        _refuse_if_used(uow.session, Asset.assignee_id == person.id, person.name)
        uow.event(
            "person", person.id, "deleted", _deleted({k: getattr(person, k) for k in _person_keys})
        )
        uow.session.delete(person)
        uow.commit()


def list_people(ctx: Context, *, include_inactive: bool = True) -> list[PersonInfo]:
    with ctx.reading() as session:
        counts = dict(
            session.execute(select(Asset.assignee_id, func.count()).group_by(Asset.assignee_id))
            .tuples()
            .all()
        )
        query = select(Person).order_by(Person.name)
        if not include_inactive:
            query = query.where(Person.active.is_(True))
        return [_person_info(p, counts.get(p.id, 0)) for p in session.scalars(query)]


# ---------------------------------------------------------------------------------- shared


def _get(session: Session, table: Any, entity_id: str, what: str) -> Any:
    obj = session.get(table, entity_id)
    if obj is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "services.catalog", "There is no {what} with id {entity_id} (was it deleted?)."
            ).format(what=what, entity_id=entity_id)
        )
    return obj


def _failed(problems: list[Problem], label: str) -> bool:
    """Whether `label` already has a problem (a too-long value is not also 'required')."""
    return any(p.field == label for p in problems)


def _deleted(values: Mapping[str, object]) -> dict[str, list[Any]]:
    """The `changes` of a deletion event: every field that had a value, as ``[old, None]``."""
    return diff(values, {k: None for k, v in values.items() if v not in (None, "", {}, [])})


def _refuse_if_used(session: Session, condition: Any, name: str) -> None:
    used = session.scalar(select(func.count()).select_from(Asset).where(condition)) or 0
    if used:
        raise ValidationError(
            [
                Problem(
                    "",
                    QT_TRANSLATE_NOOP(
                        "services.catalog",
                        "{name} is still used by {used} asset(s); change those assets first",
                    ).format(name=name, used=used),
                )
            ]
        )


# ---------------------------------------------------------------------------------- imports


class ImportRefs:
    """The models, locations and people of a bulk import, planned without touching the
    database after the start (so that another thread may write meanwhile): the existing
    ones are read once; `model`, `locations` and `people` return ids, creating what is
    missing in memory, with its "created" event queued on `uow`. `take_rows` hands out the
    new rows (table name, columns, value tuples) to insert before any asset using them.
    Each entity it creates gets the same "created" event as one made in its editor."""

    def __init__(self, uow: UnitOfWork) -> None:
        session = uow.session
        self.uow = uow
        self._models: dict[tuple[str, str], str] = {}
        for mid, manu, name in session.execute(
            select(AssetModel.id, AssetModel.manufacturer, AssetModel.name)
        ):
            self._models.setdefault((manu.lower(), name.lower()), mid)
        self._model_of: dict[tuple[str, str, str], str] = {}
        self._children: dict[tuple[str | None, str], str] = {}
        self._paths_of: dict[str, str] = {}
        self._by_path: dict[str, str] = {}
        self._by_name: dict[str, list[str]] = {}
        for lid, parent_id, name, path in session.execute(
            select(Location.id, Location.parent_id, Location.name, Location.path)
        ):
            self._children.setdefault((parent_id, name.lower()), lid)
            self._paths_of[lid] = path
            self._by_path.setdefault(path.lower(), lid)
            self._by_name.setdefault(name.lower(), []).append(lid)
        self._location_of: dict[str, str] = {}
        self._people: dict[str, str] = {}
        for pid, pname in session.execute(select(Person.id, Person.name)):
            self._people.setdefault(pname.lower(), pid)
        self._person_template = _person_values({"name": "?"})
        self._person_changes = created(self._person_template)
        self._new: dict[str, list[dict[str, Any]]] = {
            "asset_models": [], "locations": [], "people": []
        }  # fmt: skip
        self.created = {"model": 0, "location": 0, "person": 0}
        self._made_people: dict[str, tuple[str, str, str]] = {}  # key -> id, name, event id
        self._updates: list[tuple[str, tuple[object, ...]]] = []

    def model(self, manufacturer: str, name: str, category: str) -> str:
        """The id of the model with this manufacturer and name (`holds_storage` of a new one
        from its category)."""
        found = self._model_of.get((manufacturer, name, category))
        if found is not None:
            return found
        key = (manufacturer.lower(), name.lower())
        mid = self._models.get(key)
        if mid is None:
            clean = _model_values(
                {
                    "manufacturer": manufacturer or "Unknown",
                    "name": name,
                    "category": category,
                    "holds_storage": category.lower() in STORAGE_CATEGORIES,
                }
            )
            mid = self._models[key] = new_id()
            self._add("asset_models", {"id": mid, **clean})
            self.uow.event("model", mid, "created", created(clean))
            self.created["model"] += 1
        self._model_of[(manufacturer, name, category)] = mid
        return mid

    def location(self, text: str) -> str:
        """The id of a location given as text in an import: a path is found or created level
        by level; a bare name is the one location of that name anywhere in the tree (as it
        was before the import) if there is exactly one, else a new (or existing) top-level
        location. Keyed by the lower-case text."""
        key = text.lower()
        lid = self._location_of.get(key)
        if lid is not None:
            return lid
        if key in self._by_path:
            lid = self._by_path[key]
        elif ">" not in key and len(self._by_name.get(key, [])) == 1:
            lid = self._by_name[key][0]
        else:
            lid = self._location_path(text)
        self._location_of[key] = lid
        return lid

    def _location_path(self, path: str) -> str:
        parts = (
            [p.strip() for p in re.split(r"\s*[>/]\s*", path) if p.strip()]
            if ">" in path
            else [path.strip()]
        )
        parent: str | None = None
        for depth, name in enumerate(parts):
            lid = self._children.get((parent, name.lower()))
            if lid is None:
                kind = LOCATION_KINDS[min(depth, len(LOCATION_KINDS) - 1)]
                clean = _location_values({"name": name, "kind": kind, "parent_id": parent})
                lid = new_id()
                full = name if parent is None else f"{self._paths_of[parent]}{PATH_SEP}{name}"
                self._add("locations", {"id": lid, "path": full, **clean})
                self.uow.event("location", lid, "created", created(clean))
                self.created["location"] += 1
                self._children[(parent, name.lower())] = lid
                self._paths_of[lid] = full
            parent = lid
        assert parent is not None
        return parent

    def person(self, name: str) -> str:
        """The id of the person of this name (case-insensitive): a person created by the
        import is named as last written in it (the name is corrected if a later row spells it
        differently, see `take_updates`)."""
        key = name.lower()
        pid = self._people.get(key)
        made = self._made_people.get(key)
        if pid is not None:
            if made is not None and made[1] != name:
                self._rename_person(key, name)
            return pid
        clean = self._person_clean(name)
        pid = self._people[key] = new_id()
        self._add("people", {"id": pid, **clean})
        event = self.uow.event(
            "person", pid, "created", {**self._person_changes, "name": [None, clean["name"]]}
        )
        self._made_people[key] = (pid, name, event["id"])
        self.created["person"] += 1
        return pid

    def _person_clean(self, name: str) -> dict[str, Any]:
        clean = _person_values({"name": name}) if len(name) > 200 else {**self._person_template}
        clean["name"] = clean_text(name)
        if not clean["name"]:
            raise ValidationError(
                [
                    Problem(
                        QT_TRANSLATE_NOOP("services.catalog", "Name"),
                        QT_TRANSLATE_NOOP("services.catalog", "is required"),
                    )
                ]
            )
        return clean

    def _rename_person(self, key: str, name: str) -> None:
        pid, _old, event_id = self._made_people[key]
        clean = self._person_clean(name)
        changes = {**self._person_changes, "name": [None, clean["name"]]}
        self._made_people[key] = (pid, name, event_id)
        self._updates.append(("UPDATE people SET name = ? WHERE id = ?", (clean["name"], pid)))
        self._updates.append(
            ("UPDATE events SET changes = ? WHERE id = ?", (json.dumps(changes), event_id))
        )

    def take_updates(self) -> list[tuple[str, tuple[object, ...]]]:
        """Statements to run after the rows of `take_rows` are inserted (renamed people)."""
        out, self._updates = self._updates, []
        return out

    def _add(self, table: str, values: dict[str, Any]) -> None:
        now = _column_value(utcnow())  # as stored: the only value that needs converting
        self._new[table].append({**values, "created_at": now, "updated_at": now})

    def take_rows(self) -> list[tuple[str, list[str], list[tuple[object, ...]]]]:
        """The rows created since the last call, per table, as values to insert: every
        column filled (the column's default where a value is not given)."""
        out: list[tuple[str, list[str], list[tuple[object, ...]]]] = []
        for table in (
            cast(Table, AssetModel.__table__),
            cast(Table, Location.__table__),
            cast(Table, Person.__table__),
        ):
            rows = self._new[table.name]
            if not rows:
                continue
            self._new[table.name] = []
            columns = [c.name for c in table.columns]
            fills: dict[str, object] = {}
            for c in table.columns:
                default = c.default
                fills[c.name] = (
                    getattr(default, "arg", None)
                    if default is not None and default.is_scalar
                    else None
                )
            pick = operator.itemgetter(*columns)
            out.append((table.name, columns, [pick({**fills, **row}) for row in rows]))
        return out


def _column_value(value: object) -> object:
    """A value as SQLAlchemy stores it in SQLite (DateTime as text)."""
    if isinstance(value, dt.datetime):
        naive = value if value.tzinfo is None else value.replace(tzinfo=None)
        return naive.isoformat(" ", "microseconds")
    return value
