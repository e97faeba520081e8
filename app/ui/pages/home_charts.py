"""The home page's charts, drawn with pyqtgraph: assets by state and by category, warranty
expiries per month for the next 12 months, assets by age. Colours come from the palette,
so they read in light and dark themes. Clicking a bar opens the assets behind it.

Imported only once pyqtgraph is loaded (app/ui/pages/home.py imports it on a thread).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from typing import Any

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QWidget

from app.domain.dashboard import DashboardCharts
from app.domain.lifecycle import Status
from app.services.filters import AssetFilter
from app.ui.lifecycle_text import state_name

CHART_HEIGHT = 230
MAX_CATEGORIES = 10


class _Chart(pg.PlotWidget):  # type: ignore[misc]
    """One bar chart: vertical bars with labels under them, or horizontal ones with labels
    beside them. `filters[i]` is what bar i opens."""

    def __init__(self, title: str, *, horizontal: bool, parent: QWidget) -> None:
        super().__init__(parent=parent)
        self.horizontal = horizontal
        self.filters: list[Callable[[], AssetFilter] | None] = []
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.chart_title = title
        self.bars: Any = None
        self.value_labels: list[Any] = []
        self.scene().sigMouseClicked.connect(self._clicked)
        self.setAccessibleName(title)

    def apply_palette(self, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        self.setBackground(base)
        item = self.getPlotItem()
        item.setTitle(self.chart_title, color=text.name(), size="10pt")
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(text))

    def show_bars(
        self,
        labels: Sequence[str],
        values: Sequence[int],
        filters: Sequence[Callable[[], AssetFilter] | None],
        palette: QPalette,
    ) -> None:
        self.apply_palette(palette)
        item = self.getPlotItem()
        if self.bars is not None:
            item.removeItem(self.bars)
        for label in self.value_labels:
            item.removeItem(label)
        self.value_labels = []
        self.filters = list(filters)
        colour = palette.color(QPalette.ColorRole.Highlight)
        brush = pg.mkBrush(colour)
        pen = pg.mkPen(colour.darker(130))
        text = palette.color(QPalette.ColorRole.WindowText)
        n = len(values)
        positions = list(range(n))
        top = max(values) if values else 0
        ticks = [list(zip(positions, labels, strict=True))]
        # the values are written on the bars: the value axis is left out
        if self.horizontal:
            positions = positions[::-1]  # the first (largest) at the top
            self.bars = pg.BarGraphItem(x0=0, y=positions, height=0.7, width=list(values),
                                        brush=brush, pen=pen)  # fmt: skip
            item.getAxis("left").setTicks([list(zip(positions, labels, strict=True))])
            item.showAxis("left")
            item.hideAxis("bottom")
            item.setYRange(-0.6, n - 0.4, padding=0)
            item.setXRange(0, max(top * 1.2, 1), padding=0)
        else:
            self.bars = pg.BarGraphItem(x=positions, height=list(values), width=0.7,
                                        brush=brush, pen=pen)  # fmt: skip
            bottom = item.getAxis("bottom")
            bottom.setTicks(ticks)
            lines = max((label.count("\n") + 1 for label in labels), default=1)
            bottom.setHeight(12 + 14 * lines)
            item.showAxis("bottom")
            item.hideAxis("left")
            item.setXRange(-0.6, n - 0.4, padding=0)
            item.setYRange(0, max(top * 1.15, 1), padding=0)
        item.addItem(self.bars)
        for pos, value in zip(positions, values, strict=True):
            label = pg.TextItem(f"{value:,}", color=text, anchor=(0, 0.5) if self.horizontal
                                else (0.5, 1))  # fmt: skip
            label.setPos(value, pos) if self.horizontal else label.setPos(pos, value)
            item.addItem(label)
            self.value_labels.append(label)

    def _clicked(self, event: Any) -> None:
        if self.bars is None or not self.filters:
            return
        point = self.getPlotItem().vb.mapSceneToView(event.scenePos())
        n = len(self.filters)
        if self.horizontal:
            index = n - 1 - round(point.y())
        else:
            index = round(point.x())
        if 0 <= index < n and self.filters[index] is not None:
            make = self.filters[index]
            assert make is not None
            panel = self.parent()
            while panel is not None and not isinstance(panel, ChartsPanel):
                panel = panel.parent()
            if panel is not None:
                panel.open_filter.emit(make())


class ChartsPanel(QWidget):
    open_filter = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self.by_status = _Chart(self.tr("Assets by state"), horizontal=False, parent=self)
        self.by_category = _Chart(self.tr("Assets by category (not disposed)"),
                                  horizontal=True, parent=self)  # fmt: skip
        self.warranty = _Chart(self.tr("Warranties ending per month"), horizontal=False,
                               parent=self)  # fmt: skip
        self.by_age = _Chart(self.tr("Assets by age (since purchase, not disposed)"),
                             horizontal=False, parent=self)  # fmt: skip
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.by_status, 0, 0)
        grid.addWidget(self.by_category, 0, 1)
        grid.addWidget(self.warranty, 1, 0)
        grid.addWidget(self.by_age, 1, 1)

    def charts(self) -> list[_Chart]:
        return [self.by_status, self.by_category, self.warranty, self.by_age]

    def show_charts(self, data: DashboardCharts) -> None:
        palette = self.palette()
        statuses = list(Status)
        self.by_status.show_bars(
            [state_name(s).replace(" ", "\n", 1) for s in statuses],
            [data.by_status.get(s.value, 0) for s in statuses],
            [self._status_filter(s) for s in statuses],
            palette,
        )  # fmt: skip
        cats = data.by_category[:MAX_CATEGORIES]
        rest = sum(n for _c, n in data.by_category[MAX_CATEGORIES:])
        labels = [c or self.tr("(no category)") for c, _n in cats]
        values = [n for _c, n in cats]
        filters: list[Callable[[], AssetFilter] | None] = [
            self._category_filter(c) if c else None for c, _n in cats
        ]
        if rest:
            labels.append(self.tr("other"))
            values.append(rest)
            filters.append(None)
        self.by_category.show_bars(labels, values, filters, palette)
        months = data.warranty_by_month
        self.warranty.show_bars(
            [m.strftime("%b\n%Y") if i == 0 or m.month == 1 else m.strftime("%b")
             for i, (m, _n) in enumerate(months)],
            [n for _m, n in months],
            [self._month_filter(m, data.today) for m, _n in months],
            palette,
        )  # fmt: skip
        bounds = data.age_bounds
        age_filters: list[Callable[[], AssetFilter] | None] = []
        for i, (label, _n) in enumerate(data.by_age):
            after, upto = bounds[i] if i < len(bounds) else (None, None)
            age_filters.append(self._age_filter(label, after, upto, data.today, i >= len(bounds)))
        self.by_age.show_bars(
            [self.tr(label) for label, _n in data.by_age],
            [n for _l, n in data.by_age],
            age_filters,
            palette,
        )

    def _status_filter(self, status: Status) -> Callable[[], AssetFilter]:
        title = self.tr("Status: {0}").format(state_name(status))
        return lambda: AssetFilter(statuses=(status,), title=title)

    def _category_filter(self, category: str) -> Callable[[], AssetFilter]:
        title = self.tr("Category: {0}").format(category)
        return lambda: AssetFilter(
            category=category, exclude_statuses=(Status.DISPOSED,), title=title
        )

    def _age_filter(
        self, label: str, after: dt.date | None, upto: dt.date | None, today: dt.date,
        unknown: bool,
    ) -> Callable[[], AssetFilter]:  # fmt: skip
        if unknown:
            title = self.tr("No purchase date")
            return lambda: AssetFilter(
                purchase_unknown=True, today=today, exclude_statuses=(Status.DISPOSED,),
                title=title,
            )  # fmt: skip
        title = self.tr("Bought {0} ago").format(self.tr(label))
        return lambda: AssetFilter(purchased_after=after, purchased_upto=upto,
                                   exclude_statuses=(Status.DISPOSED,), title=title)  # fmt: skip

    def _month_filter(self, month: dt.date, today: dt.date) -> Callable[[], AssetFilter]:
        start = max(month, today)
        nxt = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        end = nxt - dt.timedelta(days=1)

        def make() -> AssetFilter:
            return AssetFilter(
                warranty_from=start, warranty_to=end, exclude_statuses=(Status.DISPOSED,),
                title=self.tr("Warranty ends in {0}").format(month.strftime("%B %Y")),
            )  # fmt: skip

        return make
