"""Opening the store: checks, backup before migrating, Alembic upgrade, the local device."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.errors import StoreError
from app.domain.ids import new_id
from app.log import get_logger
from app.store.engine import WRITE_OPTION, make_engine
from app.store.errors import explain
from app.store.schema import HEAD_REVISION, SQLITE_HEADER
from app.store.tables import Device

log = get_logger("store")


@dataclass(frozen=True)
class SchemaState:
    kind: str  # empty | current | old | newer | foreign
    revision: str | None


class Store:
    """An open store: the engine plus the identity of this device."""

    def __init__(self, path: Path, engine: Engine, device_id: str) -> None:
        self.path = path
        self.engine = engine
        self.write_engine = engine.execution_options(**{WRITE_OPTION: True})
        self.device_id = device_id

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (a consistent snapshot until it ends)."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def check_file(path: Path) -> None:
    """Refuse files that are not SQLite databases before SQLite touches them."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file: give a file name with --db.")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise StoreError(
            f"{path} is not a Fieldtag database (it is not an SQLite file). Nothing was "
            "changed. Choose the right file with --db, or another name to start a new store."
        )


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        tables = {
            row[0]
            for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            user_tables = {t for t in tables if not t.startswith("sqlite_")}
            return SchemaState("foreign" if user_tables else "empty", None)
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision is None:
        return SchemaState("empty", None)
    if revision == HEAD_REVISION:
        return SchemaState("current", revision)
    from app.store.migrate import known_revisions

    return SchemaState("old" if revision in known_revisions() else "newer", revision)


def open_store(
    path: Path, *, device_name: str = "this device", migrate: bool = True, create: bool = True
) -> Store:
    """Open (creating or upgrading as needed) the store at `path`.

    Raises `StoreError` with a clear message for a file that is not SQLite, a database from a
    newer Fieldtag, or one that cannot be written. An old database is copied to a
    timestamped backup before it is upgraded.
    """
    path = path.expanduser().resolve()
    check_file(path)
    if not path.exists():
        if not create:
            raise StoreError(f"There is no database at {path}.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {path.parent}: {exc.strerror}.") from exc
    elif not os.access(path, os.W_OK):
        raise StoreError(
            f"The database {path} is read-only; Fieldtag needs to write to it. Check the "
            "file's permissions, or copy it somewhere you may write and open the copy with --db."
        )
    engine = make_engine(path)
    try:
        state = schema_state(engine)
        log.info("opening %s: schema %s (%s)", path, state.revision, state.kind)
        if state.kind == "foreign":
            raise StoreError(
                f"{path} is an SQLite database of another program, not a Fieldtag store. "
                "Nothing was changed. Choose another file with --db."
            )
        if state.kind == "newer":
            raise StoreError(
                f"{path} was written by a newer version of Fieldtag (schema {state.revision}). "
                "Nothing was changed. Install the newer version to open it."
            )
        if state.kind in {"empty", "old"}:
            if not migrate:
                raise StoreError(
                    f"{path} needs an upgrade to schema {HEAD_REVISION}: run "
                    f"'fieldtag db upgrade --db {path}'."
                )
            if state.kind == "old":
                copy = backup_database(path)
                log.info("backed up %s to %s before upgrading", path, copy)
            from app.store.migrate import upgrade

            upgrade(engine)
        device_id = ensure_local_device(engine, device_name)
    except StoreError:
        engine.dispose()
        raise
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        err = explain(exc, path)
        if err is None:
            raise
        raise err from exc
    return Store(path, engine, device_id)


def ensure_local_device(engine: Engine, name: str) -> str:
    with Session(engine.execution_options(**{WRITE_OPTION: True})) as session, session.begin():
        device = session.scalars(select(Device).where(Device.is_local.is_(True))).first()
        if device is None:
            device = Device(id=new_id(), name=name, is_local=True, next_seq=1, hlc_last=0)
            session.add(device)
        return device.id


def backup_database(path: Path, dest_dir: Path | None = None) -> Path:
    """Copy a live database consistently (SQLite's online backup API) to
    ``backups/<name>.YYYYmmdd-HHMMSS.sqlite`` beside it; returns the copy's path."""
    path = path.expanduser().resolve()
    check_file(path)
    if not path.exists():
        raise StoreError(f"There is no database at {path} to back up.")
    dest_dir = dest_dir or path.parent / "backups"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        dest = dest_dir / f"{path.stem}.{stamp}.sqlite"
        n = 1
        while dest.exists():
            n += 1
            dest = dest_dir / f"{path.stem}.{stamp}-{n}.sqlite"
        copy_database(path, dest)
    except (sqlite3.Error, OSError) as exc:
        err = explain(exc, dest_dir)
        raise (err or StoreError(f"Backup of {path} failed: {exc}")) from exc
    return dest


def copy_database(source: Path, dest: Path) -> None:
    """A consistent copy of a live database, including what is still in its write-ahead
    log, made with SQLite's online backup API (readers and writers may go on meanwhile)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def integrity_ok(store: Store) -> bool:
    with store.engine.connect() as conn:
        return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
