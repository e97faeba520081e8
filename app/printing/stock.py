"""Label stock files: `resources/labels/*.json` (shipped) and `<config dir>/labels/*.json`
(an organisation's own), plus any folders a caller adds.

A file holds `{"stocks": [{...}, ...]}` (or one stock object); see `stock_from_dict` for
the fields. A file or stock that cannot be used is reported in `StockCatalog.problems`
(naming the file, the stock and the field) and left out; the others still load. An id
defined twice is refused the second time (the first definition wins: shipped stocks
before the organisation's)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.config import paths
from app.domain.errors import NotFound, Problem, ValidationError
from app.domain.labels import LabelStock, stock_from_dict
from app.domain.text import QT_TRANSLATE_NOOP, joined
from app.log import get_logger
from app.resources import resource_path

log = get_logger("printing")

MAX_FILE_BYTES = 1 << 20


@dataclass
class StockCatalog:
    stocks: dict[str, LabelStock] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    sources: dict[str, Path] = field(default_factory=dict)  # stock id -> its file

    def get(self, stock_id: str) -> LabelStock:
        stock = self.stocks.get(stock_id)
        if stock is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "printing.stock",
                    "unknown label stock '{stock}'; `fieldtag labels --list-stock` lists them",
                ).format(stock=stock_id)
            )
        return stock

    def __iter__(self) -> Iterator[LabelStock]:
        return iter(self.stocks.values())

    def __len__(self) -> int:
        return len(self.stocks)

    def __contains__(self, stock_id: object) -> bool:
        return stock_id in self.stocks


def stock_dirs(extra_dirs: Sequence[Path] = ()) -> list[Path]:
    """Where stock files are read from, in order."""
    return [resource_path("labels"), paths().config_dir / "labels", *map(Path, extra_dirs)]


def load_stocks(extra_dirs: Sequence[Path] = ()) -> StockCatalog:
    """Every usable stock of the shipped files, the config folder and `extra_dirs`."""
    catalog = StockCatalog()
    seen: set[Path] = set()
    for folder in stock_dirs(extra_dirs):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            load_file(path, catalog)
    for problem in catalog.problems:
        log.warning("label stock: %s", problem)
    return catalog


def load_file(path: Path, catalog: StockCatalog) -> None:
    """Add the stocks of one file to `catalog` (problems go to `catalog.problems`)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            catalog.problems.append(
                QT_TRANSLATE_NOOP(
                    "printing.stock", "{path}: larger than 1 MB, not a stock file"
                ).format(path=str(path))
            )
            return
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        catalog.problems.append(
            QT_TRANSLATE_NOOP("printing.stock", "{path}: cannot be read ({reason})").format(
                path=str(path), reason=exc.strerror or str(exc)
            )
        )
        return
    except UnicodeDecodeError:
        catalog.problems.append(
            QT_TRANSLATE_NOOP("printing.stock", "{path}: is not UTF-8 text").format(path=str(path))
        )
        return
    except json.JSONDecodeError as exc:
        catalog.problems.append(
            QT_TRANSLATE_NOOP(
                "printing.stock", "{path}: not valid JSON at line {line}, column {column}: {error}"
            ).format(path=str(path), line=exc.lineno, column=exc.colno, error=exc.msg)
        )
        return
    if isinstance(raw, dict) and "stocks" in raw:
        entries = raw["stocks"]
    elif isinstance(raw, dict) and "id" in raw:
        entries = [raw]
    else:
        catalog.problems.append(
            QT_TRANSLATE_NOOP(
                "printing.stock", '{path}: expected {{"stocks": [...]}} or one stock object'
            ).format(path=str(path))
        )
        return
    if not isinstance(entries, list):
        catalog.problems.append(
            QT_TRANSLATE_NOOP(
                "printing.stock", '{path}: "stocks" must be a list of stock objects'
            ).format(path=str(path))
        )
        return
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            catalog.problems.append(
                QT_TRANSLATE_NOOP(
                    "printing.stock", "{path}: stock {number} is not a JSON object"
                ).format(path=str(path), number=n)
            )
            continue
        try:
            stock = stock_from_dict(entry, str(path))
        except ValidationError as exc:
            catalog.problems.append(_problems_text(exc))
            continue
        if stock.id in catalog.stocks:
            catalog.problems.append(
                QT_TRANSLATE_NOOP(
                    "printing.stock",
                    "{path}: stock '{stock}': id: already defined in {other}; give this stock "
                    "another id",
                ).format(path=str(path), stock=stock.id, other=str(catalog.sources[stock.id]))
            )
            continue
        catalog.stocks[stock.id] = stock
        catalog.sources[stock.id] = path


def _problem_text(problem: Problem) -> str:
    if problem.line is not None or not problem.field:
        return problem.message if problem.line is None else str(problem)
    return QT_TRANSLATE_NOOP("printing.stock", "{field}: {message}").format(
        field=problem.field, message=problem.message
    )


def _problems_text(error: ValidationError) -> str:
    """The problems of a refused stock as one text that keeps their translations (the
    English is `error.message`)."""
    if not error.problems:
        return error.message
    return joined([_problem_text(p) for p in error.problems], "; ")
