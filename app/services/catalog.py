"""Models, locations and people: create, edit, delete (when unused) and list."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import Select, Table, func, insert, select
from sqlalchemy.orm import Session, aliased

from app.domain.errors import NotFound, Problem, ValidationError
from app.domain.ids import new_id
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
        problems.append(Problem("Manufacturer", "is required (e.g. Dell, Lenovo, Apple)"))
    if not text["Model"] and not _failed(problems, "Model"):
        problems.append(Problem("Model", "is required (e.g. Latitude 5440)"))
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
            [Problem("Model", f"{manufacturer} {name} already exists; edit that one instead")]
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
        model = _get(uow.session, AssetModel, model_id, "model")
        current = {k: getattr(model, k) for k in _model_values_keys}
        clean = _model_values({**current, **values})
        _check_model_unique(uow.session, clean["manufacturer"], clean["name"], model.id)
        changes = diff(current, clean)
        if changes:
            for key, value in clean.items():
                setattr(model, key, value)
            model.updated_at = utcnow()
            uow.event("model", model.id, "updated", changes)
        uow.commit()
        return _model_info(model)


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


def find_or_create_model(
    uow: UnitOfWork,
    manufacturer: str,
    name: str,
    category: str = "",
    holds_storage: bool | None = None,
) -> str:
    """Used by importers: the id of the model with that manufacturer and name, created
    (with an event) if it does not exist yet."""
    session = uow.session
    model = session.scalar(
        select(AssetModel).where(
            func.lower(AssetModel.manufacturer) == manufacturer.lower(),
            func.lower(AssetModel.name) == name.lower(),
        )
    )
    if model is not None:
        return model.id
    clean = _model_values(
        {
            "manufacturer": manufacturer or "Unknown",
            "name": name,
            "category": category,
            "holds_storage": holds_storage
            if holds_storage is not None
            else category.lower() in STORAGE_CATEGORIES,
        }
    )
    model = AssetModel(id=new_id(), **clean)
    session.add(model)
    uow.event("model", model.id, "created", created(clean))
    return model.id


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
        problems.append(Problem("Name", "is required"))
    elif ">" in text["Name"]:
        problems.append(Problem("Name", "cannot contain '>' (it separates levels of the path)"))
    kind = str(values.get("kind") or "room").strip().lower()
    if kind not in LOCATION_KINDS:
        problems.append(Problem("Kind", f"'{kind}' is not one of {', '.join(LOCATION_KINDS)}"))
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
        raise ValidationError([Problem("Name", f"{sibling.path} already exists at this level")])


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
        session = uow.session
        loc = _get(session, Location, location_id, "location")
        current = {k: getattr(loc, k) for k in _location_keys}
        clean = _location_values({**current, **values})
        if clean["parent_id"] is not None:
            ancestor: str | None = clean["parent_id"]
            while ancestor is not None:
                if ancestor == loc.id:
                    raise ValidationError(
                        [
                            Problem(
                                "Parent",
                                "a location cannot be inside itself or its own sub-locations",
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
        uow.commit()
        return _location_info(loc)


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
                        "Location",
                        f"{loc.path} has {children} sub-location(s); move or delete them first",
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


def find_or_create_location_path(uow: UnitOfWork, path: str) -> str:
    """Used by importers: 'Berlin > HQ > 2.14' (or a single name) -> id, creating missing
    levels (site, building, room, shelf by depth)."""
    session = uow.session
    parent_id: str | None = None
    parts = (
        [p.strip() for p in re.split(r"\s*[>/]\s*", path) if p.strip()]
        if ">" in path
        else [path.strip()]
    )
    for depth, name in enumerate(parts):
        loc = session.scalar(
            select(Location).where(
                Location.parent_id.is_(None)
                if parent_id is None
                else Location.parent_id == parent_id,
                func.lower(Location.name) == name.lower(),
            )
        )
        if loc is None:
            kind = LOCATION_KINDS[min(depth, len(LOCATION_KINDS) - 1)]
            clean = _location_values({"name": name, "kind": kind, "parent_id": parent_id})
            loc = Location(id=new_id(), path=_path_of(session, parent_id, name), **clean)
            session.add(loc)
            session.flush()
            uow.event("location", loc.id, "created", created(clean))
        parent_id = loc.id
    assert parent_id is not None
    return parent_id


def find_or_create_location_paths(uow: UnitOfWork, paths: Iterable[str]) -> dict[str, str]:
    """Used by bulk importers: ``{path.lower(): id}`` for many paths ('Site > Building >
    Room', or a single name) at once, like `find_or_create_location_path` but with one
    query for the whole tree and one bulk insert (an event each) for the missing levels."""
    session = uow.session
    children: dict[tuple[str | None, str], str] = {}
    paths_of: dict[str, str] = {}
    for lid, parent_id, name, path in session.execute(
        select(Location.id, Location.parent_id, Location.name, Location.path)
    ):
        children.setdefault((parent_id, name.lower()), lid)
        paths_of[lid] = path
    rows: list[dict[str, Any]] = []
    out: dict[str, str] = {}
    for path in paths:
        key = path.lower()
        if not key or key in out:
            continue
        parts = (
            [p.strip() for p in re.split(r"\s*[>/]\s*", path) if p.strip()]
            if ">" in path
            else [path.strip()]
        )
        parent: str | None = None
        for depth, name in enumerate(parts):
            lid = children.get((parent, name.lower()))
            if lid is None:
                kind = LOCATION_KINDS[min(depth, len(LOCATION_KINDS) - 1)]
                clean = _location_values({"name": name, "kind": kind, "parent_id": parent})
                lid = new_id()
                full = name if parent is None else f"{paths_of[parent]}{PATH_SEP}{name}"
                now = utcnow()
                rows.append(
                    {"id": lid, "path": full, **clean, "created_at": now, "updated_at": now}
                )
                uow.event("location", lid, "created", created(clean))
                children[(parent, name.lower())] = lid
                paths_of[lid] = full
            parent = lid
        assert parent is not None
        out[key] = parent
    if rows:
        session.execute(insert(cast(Table, Location.__table__)), rows)
    return out


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
        problems.append(Problem("Name", "is required"))
    if text["Email"] and not EMAIL_RE.fullmatch(text["Email"]):
        problems.append(Problem("Email", f"'{text['Email']}' is not an email address"))
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
            raise ValidationError([Problem(label, f"{value} already belongs to {other.name}")])


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


def find_or_create_person(uow: UnitOfWork, name: str) -> str:
    session = uow.session
    person = session.scalar(select(Person).where(func.lower(Person.name) == name.lower()))
    if person is not None:
        return person.id
    clean = _person_values({"name": name})
    person = Person(id=new_id(), **clean)
    session.add(person)
    uow.event("person", person.id, "created", created(clean))
    return person.id


def find_or_create_people(uow: UnitOfWork, names: Iterable[str]) -> dict[str, str]:
    """Used by bulk importers: ``{name.lower(): id}`` for every name, creating (one bulk
    insert, an event each) the people that do not exist yet. Like `find_or_create_person`
    for many names at once, without a query per name."""
    wanted = {n.lower(): n for n in names if n}
    found: dict[str, str] = {}
    for pid, pname in uow.session.execute(select(Person.id, Person.name)):
        found.setdefault(pname.lower(), pid)
    rows = []
    now = utcnow()
    template = _person_values({"name": "?"})  # every field but the name is the default
    template_changes = created(template)
    for key, name in wanted.items():
        if key in found:
            continue
        clean = _person_values({"name": name}) if len(name) > 200 else {**template}
        clean["name"] = clean_text(name)
        if not clean["name"]:
            raise ValidationError([Problem("Name", "is required")])
        pid = new_id()
        rows.append({"id": pid, **clean, "created_at": now, "updated_at": now})
        found[key] = pid
        uow.event("person", pid, "created", {**template_changes, "name": [None, clean["name"]]})
    if rows:
        uow.session.execute(insert(cast(Table, Person.__table__)), rows)
    return {key: found[key] for key in wanted}


# ---------------------------------------------------------------------------------- shared


def _get(session: Session, table: Any, entity_id: str, what: str) -> Any:
    obj = session.get(table, entity_id)
    if obj is None:
        raise NotFound(f"There is no {what} with id {entity_id} (was it deleted?).")
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
            [Problem("", f"{name} is still used by {used} asset(s); change those assets first")]
        )
