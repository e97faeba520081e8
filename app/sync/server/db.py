"""The server's database: engine for a URL (SQLite file or PostgreSQL), Alembic upgrade."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app.config import paths
from app.domain.errors import FieldtagError
from app.resources import migrations_path

# pg_advisory_xact_lock keys: the push order and schema upgrades of every server process
PUSH_LOCK = 0x46545055  # "FTPU"
MIGRATE_LOCK = 0x46544D47  # "FTMG"


def default_url() -> str:
    return f"sqlite:///{paths().data_dir / 'server.sqlite'}"


def make_server_engine(url: str) -> Engine:
    """An engine for the server's database. SQLite: WAL, foreign keys, a 30 s busy timeout,
    and every transaction takes the write lock at once (BEGIN IMMEDIATE), so concurrent
    requests queue instead of failing; PostgreSQL: a pool with pre-ping."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise FieldtagError(
            f"'{url}' is not a database URL: use sqlite:///path/to/server.sqlite or "
            "postgresql+psycopg://user:password@host/dbname"
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise FieldtagError(
                    f"cannot create the folder {folder} for the server's database: {exc.strerror}"
                ) from exc
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    raise FieldtagError(
        f"the server keeps its data in SQLite or PostgreSQL, not {parsed.get_backend_name()}: "
        "use sqlite:///path or postgresql+psycopg://..."
    )


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path() / "server"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the server's schema to `revision` in one transaction. On PostgreSQL, processes
    starting together take turns (an advisory lock) rather than racing."""
    cfg = alembic_config()
    with engine.begin() as conn:
        if is_postgres(engine):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_server_db(url: str | None) -> Engine:
    """The engine for `url` (default: server.sqlite in the data folder), upgraded."""
    engine = make_server_engine(url or default_url())
    try:
        upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise FieldtagError(
            f"cannot open the server's database {engine.url.render_as_string()}: {reason}"
        ) from exc
    return engine
