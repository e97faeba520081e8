"""Realistic demo data: a catalogue of real models, a location tree, people and assets in
every lifecycle state, each with a plausible, backdated history in the journal.

Fast enough for 100,000 assets (about 35 s on a busy 2-core VM, ~430,000 events):

- a *planner* (`_plan`) makes the rows and the events of each batch of assets as plain
  values, with no database; for large demos it runs in a second Python process, so that
  planning the next batch overlaps writing this one;
- the *writer* (`generate_demo`) writes each batch in one unit of work: assets with one
  executemany (indexed for search in one INSERT ... SELECT instead of row by row, see
  `_insert_assets`), events queued through `UnitOfWork.event` (ids, sequence numbers and
  the hybrid logical clock are the journal's) with their JSON serialized by the planner.

Histories are backdated (`at=`) and follow `app.domain.lifecycle.TRANSITIONS`: every asset
is created, then moves through real transitions, with edits (notes, audits, custom fields,
warranty extensions) between them, ending in its current state. Disposed storage devices
have drives with passed sanitization records. The same seed gives the same tags, serials,
models, people and histories; only the UUIDs differ. Adding to a store that already has
assets continues after its highest ``FT-`` number.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import os
import pickle
import random
import subprocess
import sys
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Table, insert, select, text
from sqlalchemy.orm import Session

from app.domain.ids import new_id
from app.domain.lifecycle import TRANSITIONS, Status, find_transition
from app.domain.values import add_months
from app.services.context import Context
from app.store.bulk import bulk_load
from app.store.journal import UnitOfWork
from app.store.tables import Asset, AssetModel, Drive, Location, Person, Sanitization

T = TypeVar("T")
BATCH = 10_000  # assets per unit of work
FIRST_BATCH = 2_000
TAG_PREFIX = "FT-"
YEARS_BACK = 6

S = Status

# ------------------------------------------------------------------------------ catalogue


@dataclass(frozen=True)
class ModelSpec:
    manufacturer: str
    name: str
    category: str
    model_number: str
    holds_storage: bool
    weight: float  # how common the model is
    cost: tuple[int, int]  # purchase cost range in whole euros
    warranty_years: tuple[int, ...]
    life_years: int  # end of life after purchase
    serial: str  # serial format, see _serial()
    prefix: str = ""  # host name prefix; "" means no host name


# fmt: off
_M = ModelSpec
MODELS: tuple[ModelSpec, ...] = (
    # manufacturer, name, category, model number, holds storage, weight, cost range (EUR),
    # warranty years, years to end of life, serial format, host name prefix
    _M("Dell", "Latitude 5440", "Laptop", "P137G", True, 9, (1050, 1450), (3, 4), 4, "dell", "LT"),
    _M("Dell", "Latitude 7440", "Laptop", "P161G", True, 6, (1450, 1950), (3, 5), 4, "dell", "LT"),
    _M("Dell", "Latitude 5420", "Laptop", "P137G001", True, 5, (950, 1300), (3,), 4, "dell", "LT"),
    _M("Dell", "Precision 3580", "Laptop", "P119F", True, 2, (1900, 2800), (3, 5), 4, "dell", "WS"),
    _M("Dell", "OptiPlex 7010", "Desktop", "D17S", True, 5, (700, 1000), (3, 5), 5, "dell", "PC"),
    _M("Dell", "OptiPlex 3000 Micro", "Desktop", "D14U", True, 3, (550, 800), (3,), 5, "dell",
       "PC"),
    _M("Dell", "PowerEdge R650", "Server", "E69S", True, 0.4, (6500, 14000), (5,), 7, "dell",
       "SRV"),
    _M("Dell", "PowerEdge R750xs", "Server", "E70S", True, 0.3, (8000, 18000), (5,), 7, "dell",
       "SRV"),
    _M("Dell", "P2422H", "Monitor", "P2422Hb", False, 8, (160, 230), (3,), 7, "dell_monitor"),
    _M("Dell", "U2723QE", "Monitor", "U2723QEt", False, 4, (480, 650), (3,), 7, "dell_monitor"),
    _M("Dell", "WD19S Dock", "Dock", "K20A", False, 5, (180, 260), (3,), 5, "dell"),
    _M("Lenovo", "ThinkPad T14 Gen 4", "Laptop", "21HD", True, 8, (1100, 1600), (3,), 4, "lenovo",
       "LT"),
    _M("Lenovo", "ThinkPad X1 Carbon Gen 11", "Laptop", "21HM", True, 4, (1700, 2400), (3, 4), 4,
       "lenovo", "LT"),
    _M("Lenovo", "ThinkPad E14 Gen 5", "Laptop", "21JK", True, 3, (750, 1050), (1, 2), 4,
       "lenovo", "LT"),
    _M("Lenovo", "ThinkCentre M70q Gen 4", "Desktop", "12E3", True, 4, (600, 900), (3,), 5,
       "lenovo_pc", "PC"),
    _M("Lenovo", "ThinkPad Universal USB-C Dock", "Dock", "40AY0090EU", False, 3, (170, 240),
       (3,), 5, "lenovo_acc"),
    _M("Lenovo", "ThinkVision T24i-30", "Monitor", "63CF", False, 4, (170, 240), (3,), 7,
       "lenovo_acc"),
    _M("HP", "EliteBook 840 G10", "Laptop", "81A27EA", True, 6, (1250, 1750), (3,), 4, "hp", "LT"),
    _M("HP", "EliteBook 830 G8", "Laptop", "336D1EA", True, 3, (1000, 1400), (3,), 4, "hp", "LT"),
    _M("HP", "ProDesk 400 G9 SFF", "Desktop", "6A770EA", True, 3, (650, 900), (3,), 5, "hp_pc",
       "PC"),
    _M("HP", "LaserJet Pro M404dn", "Printer", "W1A53A", False, 1.5, (280, 380), (1, 3), 6,
       "hp_pc"),
    _M("HP", "Color LaserJet Enterprise M555dn", "Printer", "7ZU78A", False, 0.8, (900, 1300),
       (3,), 6, "hp_pc"),
    _M("Apple", "MacBook Pro 14-inch (M3 Pro)", "Laptop", "MRX33D/A", True, 3, (2300, 2900),
       (1, 3), 5, "apple", "MB"),
    _M("Apple", "MacBook Air 13-inch (M2)", "Laptop", "MLXW3D/A", True, 3, (1150, 1500), (1, 3),
       5, "apple", "MB"),
    _M("Apple", "iPhone 15", "Phone", "MTP03ZD/A", True, 5, (850, 1000), (1, 2), 3, "apple"),
    _M("Apple", "iPhone 13", "Phone", "MLPF3ZD/A", True, 3, (650, 800), (1, 2), 3, "apple"),
    _M("Apple", "iPad Air (5th generation)", "Tablet", "MM9C3FD/A", True, 2, (650, 850), (1, 2),
       4, "apple"),
    _M("Microsoft", "Surface Pro 9", "Tablet", "QEZ-00004", True, 2, (1200, 1700), (2, 3), 4,
       "surface", "SP"),
    _M("Microsoft", "Surface Laptop 5", "Laptop", "R1S-00005", True, 1.5, (1300, 1800), (2, 3), 4,
       "surface", "LT"),
    _M("Google", "Pixel 8", "Phone", "GKWS6", True, 2.5, (650, 800), (1, 2), 3, "pixel"),
    _M("Samsung", "Galaxy Tab Active4 Pro", "Tablet", "SM-T636B", True, 1.5, (650, 850), (2, 3),
       4, "samsung"),
    _M("Samsung", "Galaxy S23", "Phone", "SM-S911B", True, 2, (700, 900), (2,), 3, "samsung"),
    _M("Cisco", "Catalyst 9200L-48P-4G", "Switch", "C9200L-48P-4G-E", False, 0.6, (3500, 5200),
       (5,), 8, "cisco"),
    _M("Cisco", "Catalyst 9300-24T", "Switch", "C9300-24T-E", False, 0.3, (5500, 8200), (5,), 8,
       "cisco"),
    _M("Ubiquiti", "UniFi Switch Pro 24 PoE", "Switch", "USW-Pro-24-PoE", False, 0.5, (650, 800),
       (1, 2), 7, "ubiquiti"),
    _M("Ubiquiti", "UniFi U6 Pro", "Access point", "U6-Pro", False, 1.2, (150, 190), (1, 2), 6,
       "ubiquiti"),
    _M("Synology", "DiskStation DS923+", "NAS", "DS923+", True, 0.3, (550, 700), (3,), 6,
       "synology", "NAS"),
    _M("Brother", "QL-820NWB", "Label printer", "QL820NWBZU1", False, 0.8, (150, 200), (1, 2), 6,
       "brother"),
    _M("Zebra", "ZD421d", "Label printer", "ZD4A042-D0EM00EZ", False, 0.4, (400, 550), (1, 3), 7,
       "zebra"),
    _M("Logitech", "MX Keys Business", "Keyboard", "920-010251", False, 2, (90, 130), (1,), 4,
       "logitech"),
    _M("Logitech", "Rally Bar Mini", "Conference system", "960-001339", False, 0.4, (2500, 3200),
       (2,), 6, "logitech"),
    _M("Jabra", "Evolve2 65", "Headset", "26599-999-999", False, 2, (180, 240), (2,), 3, "jabra"),
)
# fmt: on

# Host-name-bearing categories get OS/CPU/RAM custom fields.
_COMPUTERS = {"Laptop", "Desktop", "Server", "Tablet"}

SITES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    # name, short code, city, buildings
    ("Berlin HQ", "BER", "Berlin", ("Haus A", "Haus B")),
    ("München Office", "MUC", "München", ("Werk 1",)),
    ("London Office", "LON", "London", ("Blackfriars House", "Annex")),
    ("Kraków Service Centre", "KRK", "Kraków", ("Budynek C",)),
    ("Lagos Hub", "LOS", "Lagos", ("Victoria Island Tower",)),
    ("Toronto Office", "YYZ", "Toronto", ("King Street West",)),
)
_SITE_WEIGHTS = (30, 15, 20, 15, 10, 10)

SUPPLIERS = ("Bechtle", "CDW", "Insight", "Computacenter", "Cancom", "SHI", "Softchoice",
             "Dell Direct", "Apple Business", "Misco", "Alternate B2B")  # fmt: skip

DEPARTMENTS = ("Finance", "Human Resources", "Sales", "Marketing", "Engineering", "IT",
               "Legal", "Operations", "Customer Support", "Research", "Procurement",
               "Facilities", "Logistics")  # fmt: skip

TECHNICIANS = ("Priya Natarajan", "Tomasz Wiśniewski", "Chidi Okafor", "Lena Hoffmann",
               "Mateo García", "Aisha Bello", "Sven Lindqvist")  # fmt: skip

FIRST_NAMES = (
    "Anna", "Jürgen", "Zoë", "Łukasz", "Ngozi", "Ahmed", "Mei", "Sofía", "Oluwaseun", "Björn",
    "Priya", "José", "Agnieszka", "Chloé", "Hiroshi", "Fatma", "Siobhán", "Dmitri", "Amara",
    "Thomas", "Sarah", "Michael", "Laura", "Kwame", "Ines", "Matteo", "Yuki", "Olga", "Kai",
    "Leonie", "Raphaël", "Małgorzata", "Emeka", "Søren", "Nadia", "Carlos", "Hannah", "Wei",
    "Aaliyah", "Jonas", "Marta", "Arjun", "Chiara", "Tomás", "Elif", "Felix", "Zsófia",
    "Ifeoma", "Lucas", "Annika", "Rahul", "Grace", "Paweł", "Nour", "Emma", "David", "Ana",
    "Sebastian", "Chinedu", "Margit", "Ólafur", "Jin", "Lea", "Anil", "Renée", "Henrik",
)  # fmt: skip
LAST_NAMES = (
    "Müller", "Schmidt", "Kowalski", "Nowak", "Okonkwo", "Adeyemi", "Zhang", "Wang", "García",
    "Fernández", "Smith", "Jones", "Patel", "Sharma", "Yılmaz", "Öztürk", "Nakamura", "Sato",
    "Dubois", "Lefèvre", "Rossi", "Bianchi", "Johansson", "Lindqvist", "O'Brien", "Murphy",
    "Schneider", "Fischer", "Weber", "Wójcik", "Lewandowski", "Eze", "Obi", "Nwosu", "Chen",
    "Kim", "Novák", "Dvořák", "Horváth", "Kovács", "Nielsen", "Jørgensen", "Silva", "Santos",
    "Ivanova", "Petrov", "Haddad", "Khan", "Singh", "Mendoza", "Brown", "Taylor", "Wilson",
    "Martin", "Bauer", "Becker", "Schäfer", "Krüger", "Mensah", "Boateng", "Tanaka", "Gómez",
)  # fmt: skip
# The first people of every demo, so that searches for them work on any demo database.
SHOWCASE_PEOPLE = (("Jürgen", "Müller"), ("Zoë", "Dubois"), ("Łukasz", "Nowak"),
                   ("Ngozi", "Okonkwo"), ("Anna", "Schmidt"), ("Mei", "Zhang"),
                   ("Sofía", "García"), ("Søren", "Jørgensen"))  # fmt: skip
_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                        "đ": "d", "ı": "i", "'": ""})  # fmt: skip

NOTES = (
    "Battery health 81% at last audit.",
    "Keyboard replaced under warranty (case 48213991).",
    "Small scratch on the lid, left corner.",
    "BitLocker recovery key escrowed in Intune.",
    "Übergabe an den Nutzer bestätigt, Unterschrift liegt vor.",
    "Loaner pool: check the charger comes back with it.",
    "Reimaged with the 2024 standard build.",
    "Screen protector fitted; case in the box.",
    "Rack U14-U15, dual PSU, iDRAC on the management VLAN.",
    "Firmware updated during the quarterly maintenance window.",
    "Spare: keep on the shelf for urgent swaps.",
    "User reports intermittent Wi-Fi drops; driver updated.",
    "Zubehör: Netzteil 65 W, USB-C Kabel.",
)
MAINTENANCE_NOTES = ("Battery swollen", "Display flickers", "Keyboard keys stuck",
                     "Does not power on", "Hinge broken", "Fan noise", "Cracked screen",
                     "Port damaged", "Liquid spill")  # fmt: skip
MISSING_NOTES = ("Not found at the stocktake of {loc}", "Reported lost by the user",
                 "Left in a taxi, police report filed", "Last seen at {loc}; not on the shelf",
                 "Not returned by a leaver")  # fmt: skip

# Final states and how common they are.
STATE_WEIGHTS: dict[Status, float] = {
    S.DEPLOYED: 56, S.IN_STOCK: 17, S.IN_MAINTENANCE: 4, S.RETIRED: 8, S.DISPOSED: 8,
    S.MISSING: 2, S.ORDERED: 3, S.REQUESTED: 2,
}  # fmt: skip


class _Weighted(Generic[T]):
    """Weighted random choice, quicker than `random.choices` for one item at a time."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cum = list(itertools.accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


# ------------------------------------------------------------------------------- summary


@dataclass(frozen=True)
class DemoSummary:
    assets: int  # assets added
    models: int  # models in the demo catalogue (created or reused)
    locations: int
    people: int
    events: int  # journal events written
    drives: int = 0
    first_tag: str = ""
    last_tag: str = ""
    seconds: float = field(default=0.0, compare=False)

    def __str__(self) -> str:
        tags = f" ({self.first_tag} to {self.last_tag})" if self.assets else ""
        return (
            f"demo data: {self.assets:,} assets{tags}, {self.models:,} models, "
            f"{self.locations:,} locations, {self.people:,} people, "
            f"{self.events:,} history events"
        )


# --------------------------------------------------------------------------- the catalogue


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def created(values: dict[str, Any]) -> dict[str, list[Any]]:
    """`app.store.journal.created` for the plain values of demo rows (text, numbers, dates,
    dicts of text), without its general conversions: the demo writes hundreds of
    thousands of them."""
    return {k: [None, _json(v)] for k, v in values.items() if v is not None and v not in ("", {})}


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """`app.store.journal.diff` for plain demo values."""
    return {k: [_json(old.get(k)), _json(v)] for k, v in new.items() if old.get(k) != v}


@dataclass
class _Site:
    code: str
    storeroom_shelves: list[str] = field(default_factory=list)
    workshop: str = ""
    offices: list[str] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)  # (person id, office id)


@dataclass
class _Catalogue:
    models: list[tuple[ModelSpec, str]]
    sites: list[_Site]
    locations: int
    people: int


def _ascii(text_: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text_.translate(_ASCII))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c.isascii())


# A journal event as the planner describes it, `changes` and `data` already as JSON text
# (serialized in the planning process); `_write_events` gives it to the unit of work:
# (entity, entity_id, kind, changes JSON, at, asset_id, data JSON, actor)
EventSpec = tuple[str, str, str, str, dt.datetime, str | None, str, str | None]
_EMPTY_JSON = json.dumps({})


class _Events(list[EventSpec]):
    """Journal events of a demo batch, all backdated."""

    def add(
        self,
        entity: str,
        entity_id: str,
        kind: str,
        changes: dict[str, list[Any]],
        at: dt.datetime,
        *,
        asset_id: str | None = None,
        data: dict[str, Any] | None = None,
        actor: str | None = None,
    ) -> None:
        data_json = json.dumps(data) if data else _EMPTY_JSON
        self.append((entity, entity_id, kind, json.dumps(changes), at, asset_id, data_json, actor))


def _write_events(uow: UnitOfWork, events: list[EventSpec]) -> int:
    """Queue the events in the unit of work (which gives them ids, sequence numbers and
    clock stamps), with their JSON as serialized by the planner."""
    event = uow.event
    for entity, entity_id, kind, changes, at, asset_id, data, actor in events:
        row = event(entity, entity_id, kind, None, asset_id=asset_id, at=at, actor=actor)
        row["changes_json"] = changes
        row["data_json"] = data
    return len(events)


def _build_catalogue(session: Session, events: _Events, rng: random.Random,
                     n_people: int, start: dt.datetime) -> _Catalogue:  # fmt: skip
    """Models, the location tree and people: existing rows are reused (matched by
    manufacturer + name, path, email), missing ones created with a 'created' event."""
    models: list[tuple[ModelSpec, str]] = []
    existing_models = {
        (m.lower(), n.lower()): i
        for i, m, n in session.execute(
            select(AssetModel.id, AssetModel.manufacturer, AssetModel.name)
        ).tuples()
    }
    new_models: list[dict[str, Any]] = []
    for spec in MODELS:
        model_id = existing_models.get((spec.manufacturer.lower(), spec.name.lower()))
        if model_id is None:
            model_id = new_id()
            values = {
                "manufacturer": spec.manufacturer, "name": spec.name, "category": spec.category,
                "model_number": spec.model_number, "holds_storage": spec.holds_storage,
                "notes": "",
            }  # fmt: skip
            new_models.append({"id": model_id, **values, "created_at": start,
                               "updated_at": start})  # fmt: skip
            events.add("model", model_id, "created", created(values), start)
        models.append((spec, model_id))
    if new_models:
        session.execute(insert(AssetModel), new_models)

    paths = dict(session.execute(select(Location.path, Location.id)).tuples().all())
    new_locations: list[dict[str, Any]] = []
    n_locations = 0

    def location(parent: tuple[str, str] | None, name: str, kind: str, code: str = "") -> str:
        nonlocal n_locations
        n_locations += 1
        path = f"{parent[1]} > {name}" if parent else name
        if path in paths:
            return paths[path]
        loc_id = new_id()
        paths[path] = loc_id
        values = {"name": name, "code": code, "notes": "", "kind": kind,
                  "parent_id": parent[0] if parent else None}  # fmt: skip
        new_locations.append({**values, "id": loc_id, "path": path, "created_at": start,
                              "updated_at": start})  # fmt: skip
        events.add("location", loc_id, "created", created(values), start)
        return loc_id

    sites: list[_Site] = []
    for name, code, city, buildings in SITES:
        site = _Site(code)
        site_id = location(None, name, "site", code)
        for b_index, building in enumerate(buildings):
            b_path = f"{name} > {building}"
            b_id = location((site_id, name), building, "building", f"{code}-{b_index + 1}")
            floors = 4 if b_index == 0 else 2
            for floor in range(floors):
                for room in range(1, 5):
                    number = f"{floor}.{room:02d}" if city != "London" else f"{floor}{room:02d}"
                    site.offices.append(location((b_id, b_path), number, "room"))
            if b_index == 0:
                store_id = location((b_id, b_path), "IT Storeroom", "room", f"{code}-IT")
                s_path = f"{b_path} > IT Storeroom"
                for shelf in ("A1", "A2", "B1", "B2", "C1"):
                    site.storeroom_shelves.append(
                        location((store_id, s_path), f"Shelf {shelf}", "shelf")
                    )
                site.workshop = location((b_id, b_path), "Imaging Bench", "room", f"{code}-WS")
        sites.append(site)
    if new_locations:
        session.execute(insert(Location), new_locations)

    emails = {
        e.lower(): i for i, e in session.execute(select(Person.id, Person.email)).tuples() if e
    }
    new_people: list[dict[str, Any]] = []
    pick_site = _Weighted(sites, _SITE_WEIGHTS)
    used: set[str] = set()
    for index in range(n_people):
        if index < len(SHOWCASE_PEOPLE):
            first, last = SHOWCASE_PEOPLE[index]
        else:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        site = pick_site.pick(rng)
        office = rng.choice(site.offices)
        local = f"{_ascii(first)}.{_ascii(last)}".lower().replace(" ", "")
        email = f"{local}@example.com"
        suffix = 2
        while email in used:
            email = f"{local}{suffix}@example.com"
            suffix += 1
        used.add(email)
        values = {
            "name": f"{first} {last}", "email": email, "employee_no": f"E{10001 + index}",
            "department": rng.choice(DEPARTMENTS),
            "phone": f"+{rng.choice(('49 30', '49 89', '44 20', '48 12', '234 1', '1 416'))} "
            f"{rng.randrange(1000, 9999)} {rng.randrange(100, 999)}",
            "notes": "", "active": True,
        }  # fmt: skip
        person_id = emails.get(email)
        if person_id is None:
            person_id = new_id()
            new_people.append({**values, "id": person_id, "created_at": start,
                               "updated_at": start})  # fmt: skip
            events.add("person", person_id, "created", created(values), start)
        site.people.append((person_id, office))
    if new_people:
        session.execute(insert(Person), new_people)
    # Every site needs someone to deploy to.
    for site in sites:
        if not site.people:
            site.people.append(rng.choice([p for s in sites for p in s.people]))
    return _Catalogue(models, sites, n_locations, n_people)


# ------------------------------------------------------------------------------- serials

_DELL = "0123456789BCDFGHJKLMNPQRSTVWXYZ"
_ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_DIGITS = "0123456789"
_HEX = "0123456789ABCDEF"


def _pick(rng: random.Random, chars: str, n: int) -> str:
    return "".join(rng.choices(chars, k=n))


def _serial(kind: str, rng: random.Random, year: int) -> str:
    """A serial number in the manufacturer's usual format."""
    y = str(year % 10)
    yy = f"{year % 100:02d}"
    pick = _pick
    if kind == "dell":  # service tag: 7 characters
        return pick(rng, _DELL, 7)
    if kind == "dell_monitor":  # PPID
        head, mid = pick(rng, _ALNUM, 5), pick(rng, _ALNUM, 5)
        return f"CN-0{head}-{mid}-{y}{pick(rng, _ALNUM, 2)}-{pick(rng, _ALNUM, 4)}"
    if kind == "lenovo":
        return f"PF{pick(rng, _ALNUM, 6)}"
    if kind == "lenovo_pc":
        return f"MJ{pick(rng, _ALNUM, 6)}"
    if kind == "lenovo_acc":
        return f"V{pick(rng, _ALNUM, 7)}"
    if kind == "hp":
        return f"5CG{y}{pick(rng, _DIGITS, 3)}{pick(rng, _ALNUM, 3)}"
    if kind == "hp_pc":
        plant = rng.choice(("MXL", "CZC", "VNB"))
        return f"{plant}{y}{pick(rng, _DIGITS, 3)}{pick(rng, _ALNUM, 3)}"
    if kind == "apple":  # 12 characters
        return f"{rng.choice(('C02', 'FVF', 'G6T', 'DMP', 'F4H'))}{pick(rng, _ALNUM, 9)}"
    if kind == "surface":
        return pick(rng, _DIGITS, 12)
    if kind == "pixel":
        return f"{rng.randrange(1, 4)}{pick(rng, _ALNUM, 13)}"
    if kind == "samsung":
        return f"R5{rng.choice('28CG')}{pick(rng, _ALNUM, 8)}"
    if kind == "cisco":
        return f"FOC{yy}{rng.randrange(1, 53):02d}{pick(rng, _ALNUM, 4)}"
    if kind == "ubiquiti":
        return f"{rng.choice(('F09FC2', '245A4C', '788A20', 'E063DA'))}{pick(rng, _HEX, 6)}"
    if kind == "synology":
        return f"{yy}{rng.randrange(1, 13):02d}{pick(rng, _ALNUM, 3)}{pick(rng, _DIGITS, 6)}"
    if kind == "brother":
        return f"E7{pick(rng, _DIGITS, 4)}{rng.choice('ABCDEFGHJK')}{pick(rng, _DIGITS, 6)}"
    if kind == "zebra":
        return f"D4J{yy}{pick(rng, _DIGITS, 7)}"
    if kind == "logitech":
        return f"{yy}{rng.randrange(10, 53)}LZ{pick(rng, _ALNUM, 6)}"
    return f"{pick(rng, _DIGITS, 4)}{pick(rng, _ALNUM, 8)}"  # jabra and the rest


# ------------------------------------------------------------------------------- histories

_GRAPH: dict[Status, list[Status]] = {}
for _t in TRANSITIONS:
    _GRAPH.setdefault(_t.source, []).append(_t.target)

# The everyday life of an asset between receipt and its final state.
_LIFE: dict[Status, _Weighted[Status]] = {
    S.IN_STOCK: _Weighted((S.DEPLOYED, S.IN_MAINTENANCE, S.MISSING), (85, 12, 3)),
    S.DEPLOYED: _Weighted((S.IN_STOCK, S.IN_MAINTENANCE, S.MISSING), (58, 39, 3)),
    S.IN_MAINTENANCE: _Weighted((S.DEPLOYED, S.IN_STOCK), (60, 40)),
    S.MISSING: _Weighted((S.IN_STOCK, S.DEPLOYED), (60, 40)),
}
# How many of those everyday steps an asset went through.
_LIFE_STEPS = _Weighted((0, 1, 2, 3, 4, 6), (25, 45, 12, 10, 5, 3))
_NOT_ON_THE_WAY = {S.MISSING, S.REQUESTED, S.ORDERED, S.DISPOSED}


def _shortest(source: Status, target: Status) -> list[Status]:
    """The shortest path of transitions from `source` to `target` (the states after
    source), not passing through missing, requested, ordered or disposed on the way."""
    if source is target:
        return []
    queue: deque[list[Status]] = deque([[source]])
    seen = {source}
    while queue:
        path = queue.popleft()
        for nxt in _GRAPH.get(path[-1], ()):
            if nxt is target:
                return [*path[1:], nxt]
            if nxt not in seen and nxt not in _NOT_ON_THE_WAY:
                seen.add(nxt)
                queue.append([*path, nxt])
    raise ValueError(f"no path from {source} to {target}")  # pragma: no cover


def state_path(final: Status, rng: random.Random) -> list[Status]:
    """The states an asset went through from its creation to `final`; every step is one of
    the transitions of `TRANSITIONS`."""
    if final is S.REQUESTED:
        return [S.REQUESTED]
    if final is S.ORDERED:
        return [S.REQUESTED, S.ORDERED] if rng.random() < 0.6 else [S.ORDERED]
    path = [S.REQUESTED, S.ORDERED, S.IN_STOCK] if rng.random() < 0.12 else [S.IN_STOCK]
    for _ in range(_LIFE_STEPS.pick(rng)):
        path.append(_LIFE[path[-1]].pick(rng))
    path += _shortest(path[-1], final)
    return path


# ---------------------------------------------------------------------------------- assets


# The columns of the asset rows the planner makes, and how values are stored in them (as
# SQLAlchemy's types store them on SQLite, so the ORM reads them back unchanged).
ASSET_COLUMNS = ("id", "tag", "name", "serial", "model_id", "status", "location_id",
                 "assignee_id", "purchase_date", "purchase_cost", "supplier", "order_number",
                 "warranty_end", "eol_date", "next_audit", "last_audit", "notes", "custom",
                 "created_at", "updated_at")  # fmt: skip
_INSERT_ASSETS = (
    f"INSERT INTO assets ({', '.join(ASSET_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ASSET_COLUMNS)})"
)


def _sql_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return json.dumps(value)
    return value


@dataclass
class _Batch:
    """One batch of planned rows, ready to be written (and pickled by the worker)."""

    events: _Events = field(default_factory=_Events)
    assets: list[tuple[Any, ...]] = field(default_factory=list)  # values of ASSET_COLUMNS
    drives: list[dict[str, Any]] = field(default_factory=list)
    sanitizations: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Life:
    """One asset while its history is being written: its current values and what stays
    the same through its life (model, home site, the technician looking after it)."""

    id: str
    spec: ModelSpec
    site: _Site
    tech: str
    bought: dt.date
    warranty_years: int
    values: dict[str, Any]
    batch: _Batch
    status: Status
    last_assignee: str | None = None
    drives: list[tuple[str, str, str]] = field(default_factory=list)  # (id, serial, kind)

    def event(self, kind: str, changes: dict[str, list[Any]], at: dt.datetime,
              data: dict[str, Any] | None = None, *, entity: str = "asset",
              entity_id: str | None = None) -> None:  # fmt: skip
        self.batch.events.add(entity, entity_id or self.id, kind, changes, at,
                              asset_id=self.id, data=data, actor=self.tech)  # fmt: skip

    def update(self, new: dict[str, Any], at: dt.datetime, data: dict[str, Any] | None) -> None:
        changes = diff(self.values, new)
        if changes:
            self.event("updated", changes, at, data)
            self.values.update(new)


def _at(day: dt.date, rng: random.Random) -> dt.datetime:
    """A moment during the working day of `day`."""
    return dt.datetime(day.year, day.month, day.day, rng.randrange(7, 18), rng.randrange(60),
                       rng.randrange(60))  # fmt: skip


def _times(start: dt.datetime, end: dt.datetime, n: int, rng: random.Random) -> list[dt.datetime]:
    """`n` sorted moments between start and end."""
    span = max((end - start).total_seconds() - 60, 60.0)
    rand = rng.random
    return [start + dt.timedelta(seconds=60 + x) for x in sorted(rand() * span for _ in range(n))]


def _one_time(start: dt.datetime, end: dt.datetime, rng: random.Random) -> dt.datetime:
    return start + dt.timedelta(
        seconds=60 + rng.random() * max((end - start).total_seconds() - 60, 60)
    )


_DRIVES: dict[str, tuple[tuple[str, str, str, int], ...]] = {
    # category: (make, model, kind, capacity in GB)
    "Laptop": (("Samsung", "PM9A1", "nvme", 512), ("SK hynix", "PC801", "nvme", 512),
               ("Micron", "2450", "nvme", 256), ("Kioxia", "XG8", "nvme", 1024)),
    "Desktop": (("Samsung", "PM9B1", "nvme", 512), ("Western Digital", "SN740", "nvme", 256),
                ("Seagate", "BarraCuda ST1000DM010", "hdd", 1000)),
    "Server": (("Seagate", "Exos 7E10", "hdd", 4000), ("Dell", "PM1643a", "ssd", 1920),
               ("Toshiba", "MG08ADA800E", "hdd", 8000)),
    "NAS": (("Seagate", "IronWolf ST4000VN006", "hdd", 4000),
            ("WD", "Red Plus WD40EFPX", "hdd", 4000)),
    "Phone": (("Apple", "internal flash", "flash", 128),),
    "Tablet": (("Samsung", "eUFS 3.1", "flash", 128),),
}  # fmt: skip
_SANITIZE: dict[str, tuple[tuple[str, str, str], ...]] = {
    # drive kind: (method, technique, tool)
    "nvme": (("purge", "NVMe Sanitize (crypto erase)", "nvme-cli 2.8"),
             ("purge", "NVMe Format with secure erase", "ShredOS 2024.02 / nwipe 0.36"),
             ("destruct", "Shred to 2 mm particles", "HSM Powerline 450.2")),
    "ssd": (("purge", "ATA Sanitize (block erase)", "hdparm 9.65"),
            ("destruct", "Shred to 2 mm particles", "HSM Powerline 450.2")),
    "hdd": (("clear", "Overwrite, 1 pass zeros + verify", "nwipe 0.36"),
            ("purge", "Degauss", "Garner TS-1XT"),
            ("destruct", "Shred", "HSM Powerline 450.2")),
    "flash": (("purge", "Cryptographic erase (factory reset)", "Apple Configurator 2.17"),),
}  # fmt: skip
_ACTIVE = {S.IN_STOCK, S.DEPLOYED, S.IN_MAINTENANCE, S.RETIRED, S.MISSING}


class _AssetMaker:
    def __init__(
        self, catalogue: _Catalogue, rng: random.Random, now: dt.datetime, serials: set[str]
    ) -> None:
        self.cat = catalogue
        self.rng = rng
        self.now = now
        self.today = now.date()
        self.serials = serials
        self.drive_serials: set[str] = set()
        self.models = _Weighted(catalogue.models, [spec.weight for spec, _ in catalogue.models])
        self.sites = _Weighted(catalogue.sites, _SITE_WEIGHTS)
        self.offices = {p: o for site in catalogue.sites for p, o in site.people}

    def _unique_serial(self, spec: ModelSpec, year: int) -> str:
        while True:
            serial = _serial(spec.serial, self.rng, year)
            if serial not in self.serials:
                self.serials.add(serial)
                return serial

    def _order_number(self, year: int) -> str:
        return f"PO-{year}-{self.rng.randrange(1, 99999):05d}"

    def _moments(self, path: list[Status], created_at: dt.datetime,
                 end: dt.datetime) -> list[dt.datetime]:  # fmt: skip
        """When each step of `path` happened: ordering and receiving within days of the
        request, the rest spread over the asset's life."""
        rng = self.rng
        out: list[dt.datetime] = []
        last = created_at
        for source in path[:-1]:
            if source is not S.REQUESTED and source is not S.ORDERED:
                break
            last = min(last + dt.timedelta(hours=rng.randrange(20, 24 * 12)), end)
            out.append(last)
        return out + _times(last, end, len(path) - 1 - len(out), rng)

    def make(self, number: int, final: Status, batch: _Batch) -> None:
        """One asset in state `final`, with its whole history."""
        rng, today = self.rng, self.today
        spec, model_id = self.models.pick(rng)
        site = self.sites.pick(rng)
        path = state_path(final, rng)
        first = path[0]

        # When it was bought: retired and disposed assets are older.
        if final in {S.RETIRED, S.DISPOSED}:
            age_days = rng.randrange(365 * 3, 365 * YEARS_BACK)
        elif final in {S.REQUESTED, S.ORDERED}:
            age_days = rng.randrange(1, 60)
        else:
            age_days = int(rng.triangular(3, 365 * YEARS_BACK - 30, 365))
        bought = today - dt.timedelta(days=age_days)
        # received within a week, during working hours
        created_at = dt.datetime(bought.year, bought.month, bought.day, 7) + dt.timedelta(
            seconds=int(rng.random() * 8) * 86400 + rng.random() * 11 * 3600
        )
        if created_at >= self.now:
            created_at = self.now - dt.timedelta(seconds=300 + rng.random() * 36000)
        low, high = spec.cost
        cost = int(low + rng.random() * (high - low)) * 100
        life = _Life(
            id=new_id(), spec=spec, site=site, tech=rng.choice(TECHNICIANS), bought=bought,
            warranty_years=rng.choice(spec.warranty_years), batch=batch, status=first,
            values={
                "tag": f"{TAG_PREFIX}{number:06d}",
                "name": f"{site.code}-{spec.prefix}{number:06d}" if spec.prefix else "",
                "serial": "" if first in {S.REQUESTED, S.ORDERED}
                else self._unique_serial(spec, bought.year),
                "model_id": model_id, "status": first.value,
                "location_id": None, "assignee_id": None,
                "purchase_date": None if first is S.REQUESTED else bought,
                "purchase_cost": cost + rng.choice((0, 0, 50, 99, 90)),
                "supplier": rng.choice(SUPPLIERS),
                "order_number": "" if first is S.REQUESTED else self._order_number(bought.year),
                "warranty_end": None, "eol_date": add_months(bought, 12 * spec.life_years),
                "next_audit": None, "last_audit": None, "notes": "", "custom": {},
            },
        )  # fmt: skip
        if first is S.IN_STOCK:
            life.values["location_id"] = rng.choice(site.storeroom_shelves)
            life.values["warranty_end"] = add_months(bought, 12 * life.warranty_years)
            life.values["next_audit"] = created_at.date() + dt.timedelta(days=365)
        notes = rng.choice(NOTES) if rng.random() < 0.12 else ""
        if notes and rng.random() < 0.6:  # written when it was created, else added later
            life.values["notes"], notes = notes, ""
        custom = self._custom(spec) if rng.random() < 0.35 else {}
        if custom and rng.random() < 0.7:  # custom fields: mostly filled in at creation
            life.values["custom"], custom = custom, {}
        life.event("created", created(life.values), created_at, {"source": "demo"})
        if first not in {S.REQUESTED, S.ORDERED}:
            self._record_drives(life, created_at)

        steps = path[1:]
        end = max(self.now - dt.timedelta(seconds=300 + rng.random() * 3 * 86400),
                  created_at + dt.timedelta(minutes=10))  # fmt: skip
        moments = self._moments(path, created_at, end)
        # Edits happen while the asset is around, before it leaves for good.
        last_active = moments[-1] if steps and final is S.DISPOSED else end
        edits: list[tuple[dt.datetime, dict[str, Any], dict[str, Any] | None]] = []
        if notes:
            edits.append((_one_time(created_at, last_active, rng), {"notes": notes}, None))
        if custom:
            edits.append((_one_time(created_at, last_active, rng), {"custom": custom}, None))
        if final in _ACTIVE and rng.random() < 0.55:  # audited within the last year
            moment = _one_time(max(created_at, end - dt.timedelta(days=365)), end, rng)
            due = max(moment.date() + dt.timedelta(days=rng.choice((180, 365))),
                      today + dt.timedelta(days=rng.randrange(14, 200)))  # fmt: skip
            audit = {"last_audit": moment.date(), "next_audit": due}
            edits.append((moment, audit, {"summary": "Audited"}))
        if life.warranty_years < 5 and final in _ACTIVE and rng.random() < 0.06:
            extended = add_months(bought, 12 * min(5, life.warranty_years + 2))
            moment = _one_time(created_at, last_active, rng)
            edits.append((moment, {"warranty_end": extended},
                          {"summary": "Warranty extended (Care Pack)"}))  # fmt: skip

        timeline: list[tuple[dt.datetime, int, Status | None, dict[str, Any], Any]] = [
            *((m, 1, target, {}, None) for m, target in zip(moments, steps, strict=True)),
            *((m, 0, None, new, data) for m, new, data in edits),
        ]
        timeline.sort(key=lambda item: (item[0], item[1]))
        for moment, _order, target, new, data in timeline:
            if target is not None:
                self._transition(life, target, moment)
            elif "warranty_end" not in new or life.values["warranty_end"] is not None:
                life.update(new, moment, data)
        updated_at = timeline[-1][0] if timeline else created_at
        row = {**life.values, "id": life.id, "created_at": created_at, "updated_at": updated_at}
        batch.assets.append(tuple(_sql_value(row[name]) for name in ASSET_COLUMNS))

    def _custom(self, spec: ModelSpec) -> dict[str, str]:
        rng = self.rng
        out = {"Cost centre": f"CC-{rng.choice((4100, 4200, 4310, 5000, 6120, 7400))}"}
        if spec.category in _COMPUTERS:
            if spec.manufacturer == "Apple":
                out["OS"] = rng.choice(("macOS 14 Sonoma", "macOS 13 Ventura"))
            elif spec.category == "Server":
                out["OS"] = rng.choice(("Windows Server 2022", "Ubuntu 22.04 LTS", "VMware ESXi 8"))
            elif spec.manufacturer == "Samsung":
                out["OS"] = "Android 14"
            else:
                out["OS"] = rng.choice(("Windows 11 23H2", "Windows 11 22H2", "Windows 10 22H2"))
            out["RAM"] = f"{rng.choice((8, 16, 16, 32, 64))} GB"
        elif spec.category == "Phone":
            out["IMEI"] = "35" + _pick(rng, _DIGITS, 13)
            out["Phone number"] = f"+49 151 {rng.randrange(1000000, 9999999)}"
        elif spec.category in {"Switch", "Access point"}:
            out["Firmware"] = rng.choice(("17.9.4a", "17.12.2", "7.0.50", "6.6.55"))
            out["MAC"] = ":".join(_pick(rng, _HEX, 2) for _ in range(6))
        return out

    def _transition(self, life: _Life, target: Status, moment: dt.datetime) -> None:
        """One lifecycle step, recorded like `services.assets.transition_asset` does."""
        rng, values, site = self.rng, life.values, life.site
        source = life.status
        transition = find_transition(source, target)
        assert transition is not None, f"{source} -> {target}"
        if target is S.ORDERED:
            life.update({"order_number": self._order_number(moment.year),
                         "purchase_date": moment.date()}, moment, None)  # fmt: skip
        elif target is S.IN_STOCK and source in {S.REQUESTED, S.ORDERED}:
            received = {
                "serial": self._unique_serial(life.spec, moment.year),
                "purchase_date": values["purchase_date"] or moment.date(),
                "warranty_end": add_months(moment.date(), 12 * life.warranty_years),
                "next_audit": moment.date() + dt.timedelta(days=365),
            }
            if not values["order_number"]:
                received["order_number"] = self._order_number(moment.year)
            life.update(received, moment, {"summary": "Received"})
        before = {k: values[k] for k in ("status", "assignee_id", "location_id")}
        data: dict[str, Any] = {"action": transition.action}
        values["status"] = target.value
        life.status = target
        if target is S.DEPLOYED:
            keep = source in {S.IN_MAINTENANCE, S.MISSING} and life.last_assignee
            if keep and life.last_assignee:
                person = life.last_assignee
                office = self.offices.get(person) or rng.choice(site.offices)
            else:
                person, office = rng.choice(site.people)
            values["assignee_id"], values["location_id"] = person, office
            life.last_assignee = person
        elif target is S.IN_MAINTENANCE:
            values["location_id"] = site.workshop
            data["note"] = rng.choice(MAINTENANCE_NOTES)
        elif target is S.MISSING:
            data["note"] = rng.choice(MISSING_NOTES).format(loc=site.code)
        elif target is S.IN_STOCK or (target is S.RETIRED and source is not S.MISSING):
            values["location_id"] = rng.choice(site.storeroom_shelves)
        if transition.clears_assignee:
            values["assignee_id"] = None
        if target is S.DISPOSED:
            self._drives(life, moment)
        after = {k: values[k] for k in ("status", "assignee_id", "location_id")}
        life.event("status_changed", diff(before, after), moment, data)
        if target is S.IN_STOCK and source in {S.REQUESTED, S.ORDERED}:
            self._record_drives(life, moment)  # unpacked and recorded on receipt

    def _record_drives(self, life: _Life, at: dt.datetime) -> None:
        """Record the drives inside a storage device, as the technician does on receipt."""
        spec = life.spec
        if not spec.holds_storage or life.drives:
            return
        rng = self.rng
        options = _DRIVES.get(spec.category, _DRIVES["Laptop"])
        count = rng.randrange(2, 5) if spec.category in {"Server", "NAS"} else 1
        for index in range(count):
            make, model, kind, gb = rng.choice(options)
            serial = ""
            while not serial or serial in self.drive_serials:
                serial = f"{make[:1].upper()}{_pick(rng, _ALNUM, 11)}"
            self.drive_serials.add(serial)
            drive_id = new_id()
            added = at + dt.timedelta(seconds=1 + index)  # right after receipt
            drive = {"make": make, "model": model, "serial": serial, "kind": kind,
                     "capacity_bytes": gb * 1_000_000_000}  # fmt: skip
            life.batch.drives.append({**drive, "id": drive_id, "asset_id": life.id,
                                      "created_at": added})  # fmt: skip
            life.event("created", created(drive), added, entity="drive", entity_id=drive_id)
            life.drives.append((drive_id, serial, kind))

    def _drives(self, life: _Life, disposed: dt.datetime) -> None:
        """Before a storage device is disposed of, each of its drives gets a passed
        sanitization record (its drives are recorded first if nobody had)."""
        if not life.spec.holds_storage:
            return
        rng = self.rng
        self._record_drives(life, disposed - dt.timedelta(hours=rng.randrange(4, 72)))
        for index, (drive_id, serial, kind) in enumerate(life.drives):
            record_id = new_id()
            wiped = disposed - dt.timedelta(hours=rng.randrange(1, 3), minutes=index)
            method, technique, tool = rng.choice(_SANITIZE[kind])
            record = {"method": method, "technique": technique, "result": "passed",
                      "tool": tool}  # fmt: skip
            life.batch.sanitizations.append({**record, "id": record_id, "drive_id": drive_id,
                                             "performed_by": life.tech, "performed_at": wiped,
                                             "notes": ""})  # fmt: skip
            life.event("created", created({"drive": serial, **record}), wiped,
                       {"summary": f"Drive {serial} sanitized: {method}, passed"},
                       entity="sanitization", entity_id=record_id)  # fmt: skip


# -------------------------------------------------------------------------------- the run


def _highest_tag_number(session: Session) -> int:
    tags = session.scalars(
        select(Asset.tag).where(Asset.tag.like(f"{TAG_PREFIX}%"))
    )  # NOCASE: ft- too
    best = 0
    for tag in tags:
        digits = tag[len(TAG_PREFIX) :]
        if digits.isdigit():
            best = max(best, int(digits))
    return best


def _final_states(n: int, rng: random.Random) -> Iterator[Status]:
    """Every state once first (so small demos show them all), then by their weights."""
    ordered = [S.DEPLOYED, S.IN_STOCK, S.IN_MAINTENANCE, S.RETIRED, S.DISPOSED, S.MISSING,
               S.ORDERED, S.REQUESTED]  # fmt: skip
    states = _Weighted(list(STATE_WEIGHTS), list(STATE_WEIGHTS.values()))
    for index in range(n):
        yield ordered[index] if index < len(ordered) else states.pick(rng)


@dataclass(frozen=True)
class _PlanArgs:
    catalogue: _Catalogue
    seed: str | int
    first: int  # tag number of the first asset
    n_assets: int
    now: dt.datetime
    serials: set[str]  # serial numbers already in use


def _plan(args: _PlanArgs) -> Iterator[_Batch]:
    """The assets and their histories, batch by batch (no database needed)."""
    rng = random.Random(args.seed)
    maker = _AssetMaker(args.catalogue, rng, args.now, set(args.serials))
    finals = _final_states(args.n_assets, rng)
    number, end = args.first, args.first + args.n_assets
    size = min(BATCH, FIRST_BATCH)  # a small first batch: the writer starts sooner
    while number < end:
        batch = _Batch()
        for _ in range(min(size, end - number)):
            maker.make(number, next(finals), batch)
            number += 1
        yield batch
        size = BATCH


def plan_worker() -> None:
    """Entry point of the planning process (see `_planned`): reads the `_PlanArgs` from
    stdin, writes the pickled batches to stdout, then None."""
    args = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    for batch in _plan(args):
        pickle.dump(batch, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()
    pickle.dump(None, out)
    out.flush()


def _planned(args: _PlanArgs) -> Iterator[_Batch]:
    """`_plan(args)`, computed in a second Python process for large demos, so that planning
    the next batch overlaps writing this one (the same batches either way). A plain
    subprocess rather than multiprocessing: nothing of the caller's main module is re-run,
    and a frozen (bundled) app, which has no Python to start, plans in-process."""
    if args.n_assets <= BATCH or getattr(sys, "frozen", False):
        yield from _plan(args)
        return
    root = str(Path(__file__).resolve().parents[2])  # the folder holding the app package
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (root, os.environ.get("PYTHONPATH", "")) if p
    )}  # fmt: skip
    worker = subprocess.Popen(
        [sys.executable, "-c", "from app.services.demo import plan_worker; plan_worker()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert worker.stdin and worker.stdout and worker.stderr
    try:
        pickle.dump(args, worker.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        worker.stdin.close()
        while True:
            try:
                item = pickle.load(worker.stdout)
            except EOFError:
                worker.wait(timeout=30)
                detail = worker.stderr.read().decode(errors="replace").strip()
                raise RuntimeError(
                    f"the demo data worker stopped (exit code {worker.returncode}): "
                    f"{detail.splitlines()[-1] if detail else 'no message'}"
                ) from None
            if item is None:
                break
            yield item
    finally:
        if worker.poll() is None:
            worker.kill()
        worker.wait(timeout=30)
        worker.stdout.close()
        worker.stderr.close()


def generate_demo(
    ctx: Context,
    n_assets: int,
    *,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill the store with demo data: the catalogue, then `n_assets` assets with history,
    one unit of work per batch of assets. `progress(done, total)` is called after each."""
    started = time.perf_counter()
    if n_assets < 0:
        raise ValueError("n_assets must be 0 or more")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    catalogue_start = _at(
        now.date() - dt.timedelta(days=365 * YEARS_BACK + 30), random.Random(seed)
    )
    n_people = max(24, min(800, n_assets // 120 + 24))
    events_written = 0
    with ctx.unit_of_work() as uow:
        first = _highest_tag_number(uow.session) + 1
        events = _Events()
        catalogue = _build_catalogue(uow.session, events, random.Random(seed), n_people,
                                     catalogue_start)  # fmt: skip
        serials: set[str] = set()
        if first > 1:
            serials.update(uow.session.scalars(select(Asset.serial).where(Asset.serial != "")))
        events_written += _write_events(uow, events)
        uow.commit()
    plan_seed = seed if first == 1 else f"{seed}:{first}"
    drives = done = 0
    args = _PlanArgs(catalogue, plan_seed, first, n_assets, now, serials)
    for batch in _planned(args):
        with ctx.unit_of_work() as uow:
            conn = uow.session.connection()
            _insert_assets(conn, batch.assets)
            if batch.drives:
                # Core inserts (one executemany each), not the ORM's bulk path.
                conn.execute(insert(_table(Drive)), batch.drives)
            if batch.sanitizations:  # (an empty executemany would insert one empty row)
                conn.execute(insert(_table(Sanitization)), batch.sanitizations)
            events_written += _write_events(uow, batch.events)
            uow.commit()
        drives += len(batch.drives)
        done += len(batch.assets)
        if progress:
            progress(done, n_assets)
    if n_assets:
        _tidy(ctx)
    last = first + n_assets - 1
    return DemoSummary(
        assets=n_assets,
        models=len(catalogue.models),
        locations=catalogue.locations,
        people=catalogue.people,
        events=events_written,
        drives=drives,
        first_tag=f"{TAG_PREFIX}{first:06d}",
        last_tag=f"{TAG_PREFIX}{last:06d}",
        seconds=time.perf_counter() - started,
    )


def _table(entity: type[Any]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def _insert_assets(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Insert asset rows and index them for search, the way bulk loads do (`bulk_load`:
    one full-text INSERT ... SELECT for the batch instead of the trigger row by row)."""
    with bulk_load(conn, rows=len(rows)):
        conn.exec_driver_sql(_INSERT_ASSETS, rows)


def _tidy(ctx: Context) -> None:
    """After a bulk load, merge the full-text index's segments into one b-tree, so that
    searches as you type read one structure instead of dozens."""
    with ctx.store.write_engine.begin() as conn:
        conn.execute(text("INSERT INTO asset_fts(asset_fts) VALUES ('optimize')"))


__all__ = ["MODELS", "DemoSummary", "generate_demo", "state_path"]
