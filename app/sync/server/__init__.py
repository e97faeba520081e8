"""The sync server: an ASGI app (FastAPI) over its own SQLAlchemy tables, SQLite or
PostgreSQL. It keeps no state in the process: several processes may share one PostgreSQL
(idempotency through unique constraints, ordering through one transaction-level lock)."""
