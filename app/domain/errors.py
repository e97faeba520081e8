"""Errors a person can act on: what was wrong, where, and what to do."""

from __future__ import annotations

from dataclasses import dataclass


class FieldtagError(Exception):
    """Base of every error the app reports to a person instead of crashing."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message  # a Text (app/domain/text.py) stays one


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: which field (or row/column) and why."""

    field: str
    message: str
    line: int | None = None  # 1-based line of an imported file, if any

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        label = f"{self.field}: " if self.field else ""
        return f"{where}{label}{self.message}"


class ValidationError(FieldtagError):
    """Input was refused; nothing was changed. `problems` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems) or "invalid input")

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls([Problem(field, message)])


class NotFound(FieldtagError):
    pass


class TransitionRefused(FieldtagError):
    """A lifecycle transition is not allowed; the message says why in plain words."""


class StoreError(FieldtagError):
    """The database cannot be used as asked (not SQLite, too new, read-only, full disk)."""
