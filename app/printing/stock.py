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
from app.domain.errors import NotFound, ValidationError
from app.domain.labels import LabelStock, stock_from_dict
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
                f"unknown label stock '{stock_id}'; `fieldtag labels --list-stock` lists them"
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
            catalog.problems.append(f"{path}: larger than 1 MB, not a stock file")
            return
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        catalog.problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
        return
    except UnicodeDecodeError:
        catalog.problems.append(f"{path}: is not UTF-8 text")
        return
    except json.JSONDecodeError as exc:
        catalog.problems.append(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        )
        return
    if isinstance(raw, dict) and "stocks" in raw:
        entries = raw["stocks"]
    elif isinstance(raw, dict) and "id" in raw:
        entries = [raw]
    else:
        catalog.problems.append(f'{path}: expected {{"stocks": [...]}} or one stock object')
        return
    if not isinstance(entries, list):
        catalog.problems.append(f'{path}: "stocks" must be a list of stock objects')
        return
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            catalog.problems.append(f"{path}: stock {n} is not a JSON object")
            continue
        try:
            stock = stock_from_dict(entry, str(path))
        except ValidationError as exc:
            catalog.problems.append(exc.message)
            continue
        if stock.id in catalog.stocks:
            catalog.problems.append(
                f"{path}: stock '{stock.id}': id: already defined in "
                f"{catalog.sources[stock.id]}; give this stock another id"
            )
            continue
        catalog.stocks[stock.id] = stock
        catalog.sources[stock.id] = path
