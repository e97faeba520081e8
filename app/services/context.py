"""What every use case needs: the open store and who is acting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.store.database import Store
from app.store.journal import UnitOfWork


@dataclass
class Context:
    store: Store
    actor: str

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.actor)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.store.reading() as session:
            yield session
