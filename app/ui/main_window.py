"""The main window: navigation on the left, the pages, the menus and the status bar.

Home (the figures of what needs doing) is the first page and the assets page the second;
both are built at start. The other pages are built (and load their data) the first time
they are shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from app.bootstrap import tag_config
from app.config import Settings, load_settings
from app.ui.operations import CollectionOp, DbLane, QueryOp
from app.ui.pages.assets import AssetsPage
from app.ui.pages.home import HomePage
from app.ui.scan.dispatch import ScanDispatcher, ScanInput
from app.ui.scan.handlers import AssetOpener, FieldHandler
from app.ui.scan.sound import Beeper
from app.ui.scan.wedge import WedgeFilter

if TYPE_CHECKING:
    from app.domain.dashboard import Dashboard
    from app.services.dto import AssetRow
    from app.services.filters import AssetFilter
    from app.services.meta import StartupFacts
    from app.ui.scan.camera import CameraConfig, CameraService
    from app.ui.scan.panel import ScannerPanel

BUSY_DELAY_MS = 300
HOME_PAGE = 0
ASSETS_PAGE = 1

# (title, module, class) of the pages after Home and Assets; built on first show
LAZY_PAGES: tuple[tuple[str, str, str], ...] = (
    ("Models", "app.ui.pages.catalog", "ModelsPage"),
    ("Locations", "app.ui.pages.catalog", "LocationsPage"),
    ("People", "app.ui.pages.catalog", "PeoplePage"),
    ("Counts", "app.ui.pages.counts", "CountsPage"),
    ("Checklists", "app.ui.pages.checklists", "ChecklistsPage"),
    ("Certificates", "app.ui.pages.certificates", "CertificatesPage"),
    ("Conflicts", "app.ui.pages.conflicts", "ConflictsPage"),
)
# the lazy pages' titles for pyside6-lupdate (shown through self.tr(title))
_PAGE_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Models"),
    QT_TRANSLATE_NOOP("MainWindow", "Locations"),
    QT_TRANSLATE_NOOP("MainWindow", "People"),
    QT_TRANSLATE_NOOP("MainWindow", "Counts"),
    QT_TRANSLATE_NOOP("MainWindow", "Checklists"),
    QT_TRANSLATE_NOOP("MainWindow", "Certificates"),
    QT_TRANSLATE_NOOP("MainWindow", "Conflicts"),
)


def page_index(title: str) -> int:
    """The index of the page called `title` (its Ctrl+N is this + 1)."""
    if title in ("Home", "Assets"):
        return HOME_PAGE if title == "Home" else ASSETS_PAGE
    return 2 + [t for t, _m, _c in LAZY_PAGES].index(title)


def _native(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


class MainWindow(QMainWindow):
    # emitted once the home page shows its figures (after they were painted)
    ready = Signal()
    # the page shown changed: (page index)
    page_changed = Signal(int)

    def __init__(
        self,
        lane: DbLane,
        *,
        offer_demo: bool = True,
        parent: QWidget | None = None,
        first_page: list[AssetRow] | None = None,
        settings: Settings | None = None,
        dashboard: Dashboard | None = None,
        charts: bool = True,
        figures_later: bool = False,
    ) -> None:
        """`dashboard`: Home's figures read before the store was opened (`first_page` the
        assets'); with `figures_later` they are handed over after the window is built
        (`show_figures`), and the lane waits for them before it starts."""
        super().__init__(parent)
        self.lane = lane
        self.settings = settings if settings is not None else load_settings()
        self.offer_demo = offer_demo
        self.first_run_dialog: QWidget | None = None
        self.setWindowTitle(self.tr("Fieldtag — {0}").format(lane.db_path.name))
        self.resize(1360, 820)

        self._ready_sent = False
        # Home first: its figures are read before the assets' id list on the lane
        self.home_page = HomePage(
            lane, self, dashboard=dashboard, charts=charts, load=not figures_later
        )
        self.assets_page = AssetsPage(lane, self, first_page=first_page)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.home_page)
        self.pages.addWidget(self.assets_page)
        self._lazy: dict[int, tuple[str, str]] = {}
        titles = [self.tr("Home"), self.tr("Assets")]
        for i, (title, module, cls) in enumerate(LAZY_PAGES, start=2):
            placeholder = QWidget(self.pages)
            self.pages.addWidget(placeholder)
            self._lazy[i] = (module, cls)
            titles.append(self.tr(title))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(2)
        self.nav.setIconSize(QSize(0, 0))
        for i, title in enumerate(titles):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("{0} ({1})").format(title, _native(f"Ctrl+{i + 1}")))
            item.setSizeHint(QSize(120, self.fontMetrics().height() + 16))
            self.nav.addItem(item)
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(
            "QListWidget#navigation { background: palette(window); padding-top: 8px; }"
            "QListWidget#navigation::item { padding-left: 12px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.nav.currentRowChanged.connect(self.show_page)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus(titles)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Asset count"))
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(110)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setToolTip(self.tr("Working on the database…"))
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.count_label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy_bar.show)
        lane.busy_changed.connect(self._busy_changed)

        self.assets_page.counts_changed.connect(self._counts_changed)
        self.home_page.figures_shown.connect(self._home_shown)
        self.home_page.open_filter.connect(self.show_assets)
        self.home_page.report_requested.connect(self.open_reports)
        self.home_page.counts_requested.connect(lambda: self.show_page_titled("Counts"))
        self.home_page.asset_requested.connect(self.open_asset)
        self.nav.setCurrentRow(HOME_PAGE)
        self._build_scanning()
        if dashboard is None and not figures_later:
            # the figures come from the lane: it cannot wait for them to be shown
            self.lane.start()

    def show_figures(self, dashboard: Dashboard | None) -> None:
        """Home's figures read while the window was built (None: read them on the lane)."""
        if dashboard is not None:
            self.home_page.show_first(dashboard)
        else:
            self.lane.start()
            self.home_page.refresh()

    # ----------------------------------------------------------------------- scanning

    def _build_scanning(self) -> None:
        """Scans from anywhere: the dispatcher (handlers: fill a scan field, else open the
        asset), the keyboard-wedge filter on the whole application, the sounds. The camera
        panel is built the first time it is shown."""
        s = self.settings
        self.scan_dispatcher = ScanDispatcher(tag_config(s), self)
        self.asset_opener = AssetOpener(self.lane, self.scan_dispatcher, self, self)
        self.scan_dispatcher.push(self.asset_opener)
        self.scan_dispatcher.push(FieldHandler(self.scan_dispatcher))
        self.scan_dispatcher.outcome.connect(self._scan_outcome)
        self.beeper = Beeper(s.scan_sound)
        self.wedge = WedgeFilter(
            max_gap_ms=s.wedge_max_gap_ms,
            min_length=s.wedge_min_length,
            prefix=s.wedge_prefix,
            suffix=s.wedge_suffix,
            enabled=s.wedge_enabled,
            tab_ends_scan=s.wedge_tab_ends_scan,
            parent=self,
        )
        self.wedge.scanned.connect(self._wedge_scanned)
        self.wedge.interrupted.connect(self.show_status)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.wedge)
        self.scanner_dock: QDockWidget | None = None
        self.scanner_panel: ScannerPanel | None = None
        self.camera: CameraService | None = None

    @Slot(str)
    def _wedge_scanned(self, text: str) -> None:
        self.scan_dispatcher.submit(text, "wedge")

    @Slot(object, str, str)
    def _scan_outcome(self, _scan: ScanInput, _what: str, cue: str) -> None:
        if cue in ("ok", "unknown", "refused"):
            self.beeper.play(cue)  # type: ignore[arg-type]

    def camera_config(self) -> CameraConfig | None:
        from app.ui.scan.camera import CameraConfig

        s = self.settings
        if not s.camera.strip():
            return None
        return CameraConfig(s.camera.strip(), (s.camera_width, s.camera_height))

    @Slot()
    def toggle_scanner(self) -> None:
        """Show the scanner panel (building it the first time), or hide it."""
        if self.scanner_dock is not None and self.scanner_dock.isVisible():
            self.scanner_dock.hide()
            return
        if self.scanner_dock is None:
            from app.bootstrap import scan_pipeline
            from app.ui.scan.camera import CameraService
            from app.ui.scan.panel import ScannerPanel

            self.camera = CameraService(lambda: scan_pipeline(self.settings), parent=self)
            self.scanner_panel = ScannerPanel(
                self.scan_dispatcher, self.camera, self.camera_config(), self
            )
            self.scanner_panel.settings_requested.connect(lambda: self.open_settings(1))
            dock = QDockWidget(self.tr("Scanner"), self)
            dock.setObjectName("scannerDock")
            dock.setWidget(self.scanner_panel)
            dock.setAllowedAreas(
                Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
            )
            dock.visibilityChanged.connect(self.scanner_action.setChecked)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.resizeDocks([dock], [460], Qt.Orientation.Horizontal)
            self.scanner_dock = dock
        self.scanner_dock.show()
        self.scanner_dock.raise_()
        assert self.scanner_panel is not None
        self.scanner_panel.entry.setFocus()

    def open_asset(self, asset_id: str) -> None:
        self.show_page(ASSETS_PAGE)
        self.assets_page.open_asset(asset_id)

    @Slot(object)
    def show_assets(self, flt: AssetFilter) -> None:
        """The assets page showing the assets of `flt` (a figure of the home page)."""
        self.show_page(ASSETS_PAGE)
        self.assets_page.show_filter(flt)

    def show_page_titled(self, title: str) -> None:
        self.show_page(page_index(title))

    def new_asset_with_tag(self, tag: str, location_id: str | None = None) -> None:
        """The new-asset dialog with `tag` (and the place it was found) filled in."""
        self.show_page(ASSETS_PAGE)
        self.assets_page.new_asset(tag=tag, location_id=location_id)

    @Slot(str)
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def print_labels(self, tags: tuple[str, ...] | None = None, new: int = 0) -> None:
        """The labels dialog: for `tags`, else the open asset, else fresh tags."""
        from app.ui.dialogs.labels import LabelsDialog

        if tags is None and not new:
            view = self.assets_page.asset_view
            tag = view.detail.tag if view is not None and view.isVisible() and view.detail else ""
            tags = (tag,) if tag else ()
        dialog = LabelsDialog(self.lane, self.settings, self, tags=tags or (), new=new)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.labels_dialog: QWidget | None = dialog

    @Slot()
    def open_settings(self, tab: int = 0) -> None:
        from app.ui.dialogs.settings import SettingsDialog

        controller = getattr(self, "sync_controller", None)
        status = controller.view.status if controller is not None else None
        dialog = SettingsDialog(self.settings, self, tab=tab, sync_status=status)
        dialog.applied.connect(self.apply_settings)
        dialog.enrol_wanted.connect(self.enrol_with_server)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.settings_dialog: QWidget | None = dialog

    @Slot(object)
    def apply_settings(self, settings: Settings) -> None:
        """Use new settings at once (the dialog saved them)."""
        if settings.theme != self.settings.theme:
            from app.ui.theme import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, settings.theme)
        self.settings = settings
        self.scan_dispatcher.config = tag_config(settings)
        self.beeper.enabled = settings.scan_sound
        self.wedge.configure(
            max_gap_ms=settings.wedge_max_gap_ms,
            min_length=settings.wedge_min_length,
            prefix=settings.wedge_prefix,
            suffix=settings.wedge_suffix,
            enabled=settings.wedge_enabled,
            tab_ends_scan=settings.wedge_tab_ends_scan,
        )
        if self.scanner_panel is not None:
            self.scanner_panel.set_camera_config(self.camera_config())
        self.show_status(self.tr("Settings saved."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.camera is not None:
            self.camera.stop()
        super().closeEvent(event)

    # -------------------------------------------------------------------------- menus

    def _action(
        self, text: str, shortcut: str | None, slot: Callable[[], object], tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            plain = text.replace("&", "").rstrip("…")
            action.setToolTip(f"{tip or plain} ({_native(shortcut)})")
        elif tip:
            action.setToolTip(tip)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self, titles: list[str]) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New asset…"), "Ctrl+N", self.new_asset, self.tr("Create an asset")
        )
        self.import_action = self._action(
            self.tr("&Import CSV…"), "Ctrl+I", self.import_csv,
            self.tr("Import assets from a CSV file (Snipe-IT columns understood)"),
        )  # fmt: skip
        self.export_action = self._action(
            self.tr("&Export…"), "Ctrl+E", self.export_assets,
            self.tr("Export the assets shown to CSV or JSON"),
        )  # fmt: skip
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.labels_action = self._action(
            self.tr("&Print labels…"), "Ctrl+P", self.print_labels,
            self.tr("Print labels for the open asset, typed or scanned tags, a search"),
        )  # fmt: skip
        self.new_labels_action = self._action(
            self.tr("Print labels for new &tags…"), "Ctrl+Shift+P",
            lambda: self.print_labels(new=30),
            self.tr("Print labels with fresh tags, for devices not recorded yet"),
        )  # fmt: skip
        file_menu.addAction(self.labels_action)
        file_menu.addAction(self.new_labels_action)
        self.reports_action = self._action(
            self.tr("&Reports…"), "Ctrl+R", self.open_reports,
            self.tr("Inventory, warranty and end-of-life forecast, disposals, count history "
                    "as PDF or CSV"),
        )  # fmt: skip
        file_menu.addAction(self.reports_action)
        self.checklist_action = self._action(
            self.tr("Start &checklist…"), "Ctrl+K",
            lambda: importlib.import_module("app.ui.pages.checklists").start_checklist(self),
            self.tr("Run a receive, deploy, maintenance or disposal checklist on an asset"),
        )  # fmt: skip
        file_menu.addAction(self.checklist_action)
        wipe = importlib.import_module("app.ui.drives_panel")
        self.wipe_actions = wipe.install_actions(self, file_menu)
        self.sync_actions = importlib.import_module("app.ui.sync_status").install(self, file_menu)
        self.enrol_action = self._action(
            self.tr("Enr&ol with a sync server…"), None, self.enrol_with_server,
            self.tr("Connect this device to your organisation's sync server with a one-time code"),
        )  # fmt: skip
        file_menu.addAction(self.enrol_action)
        file_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("&Settings…"), "Ctrl+,", self.open_settings,
            self.tr("Technician, camera, USB scanner and label settings"),
        )  # fmt: skip
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for i, title in enumerate(titles):
            action = self._action(title, f"Ctrl+{i + 1}", partial(self.nav.setCurrentRow, i))
            action.setCheckable(True)
            view_menu.addAction(action)
            self.page_actions.append(action)
        view_menu.addSeparator()
        self.search_action = self._action(
            self.tr("Focus &search"), "Ctrl+F", self.focus_search,
            self.tr("Jump to the search box of the assets page"),
        )  # fmt: skip
        view_menu.addAction(self.search_action)
        self.scanner_action = self._action(
            self.tr("S&canner"), "F8", self.toggle_scanner,
            self.tr("Show the camera scanner and the last scans"),
        )  # fmt: skip
        self.scanner_action.setCheckable(True)
        view_menu.addAction(self.scanner_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Fieldtag"), None, self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    # -------------------------------------------------------------------------- pages

    @Slot(int)
    def show_page(self, index: int) -> None:
        if index < 0:
            return
        if index in self._lazy:
            self._build_page(index)
        self.pages.setCurrentIndex(index)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        for i, action in enumerate(self.page_actions):
            action.setChecked(i == index)
        self.page_changed.emit(index)

    def _build_page(self, index: int) -> None:
        module_name, cls_name = self._lazy.pop(index)
        old = self.pages.widget(index)
        page: QWidget
        try:
            module = importlib.import_module(module_name)
            page = getattr(module, cls_name)(self.lane, self.pages)
        except (ImportError, AttributeError):
            page = QLabel(self.tr("This page is not available in this version."), self.pages)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.insertWidget(index, page)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()

    def page(self, index: int) -> QWidget | None:
        return self.pages.widget(index)

    @Slot()
    def focus_search(self) -> None:
        self.show_page(ASSETS_PAGE)
        self.assets_page.focus_search()

    # ------------------------------------------------------------------------ actions

    @Slot()
    def new_asset(self) -> None:
        self.show_page(ASSETS_PAGE)
        self.assets_page.new_asset()

    @Slot(str)
    def open_reports(self, report: str = "") -> None:
        """The reports dialog (with `report` chosen: inventory, warranty, disposals, counts)."""
        from app.ui.dialogs.reports import ReportsDialog

        dialog = ReportsDialog(self.lane, self.settings, self, report=report or None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.reports_dialog: QWidget | None = dialog

    @Slot()
    def import_csv(self) -> None:
        transfer = self._transfer_module()
        if transfer is None:
            self._not_available(self.tr("Importing"))
            return
        wizard = transfer.ImportWizard(self.lane, self)
        wizard.open()
        self.import_wizard: QWidget | None = wizard

    @Slot()
    def export_assets(self) -> None:
        transfer = self._transfer_module()
        if transfer is None:
            self._not_available(self.tr("Exporting"))
            return
        transfer.export_assets_interactive(self, self.lane, self.assets_page.current_filter())

    @staticmethod
    def _transfer_module() -> Any:
        """The import/export dialogs (loaded on first use), or None if not installed."""
        try:
            return importlib.import_module("app.ui.dialogs.transfer")
        except ImportError:
            return None

    def _not_available(self, what: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Fieldtag"),
                          self.tr("{0} is not available in this version.").format(what),
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.open()

    @Slot()
    def about(self) -> None:
        from app.ui.dialogs.about import AboutDialog

        box = AboutDialog(self.lane.db_path, self)
        box.open()
        self.about_box = box

    # --------------------------------------------------------------------- status bar

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()

    @Slot(int, int)
    def _counts_changed(self, shown: int, total: int) -> None:
        if total < 0 or (shown == total and not self.assets_page.filter_is_narrowing()):
            text = self.tr("{0} assets").format(f"{shown:,}")
        else:
            text = self.tr("{0} of {1} assets match").format(f"{shown:,}", f"{total:,}")
        self.count_label.setText(text)

    # ---------------------------------------------------------------------- first run

    @Slot()
    def _home_shown(self) -> None:
        if self._ready_sent:
            return
        self._ready_sent = True
        self.ready.emit()
        # A lane made to open the store later starts now that the figures are on screen
        # (its SQLAlchemy import would otherwise compete with building the window).
        self.lane.start()
        if self.offer_demo:

            def facts(ctx: Any) -> Any:
                from app.services.meta import startup_facts

                return startup_facts(ctx)

            QueryOp(self.lane, facts, success=self._startup_facts, owner=self).run()

    def _startup_facts(self, facts: StartupFacts) -> None:
        if not facts.offer_demo:
            return
        from app.ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(self)
        dialog.chosen.connect(self._first_run_choice)
        dialog.server_wanted.connect(self.enrol_with_server)
        dialog.open()
        self.first_run_dialog = dialog

    @Slot()
    def enrol_with_server(self) -> None:
        """File > Enrol with a sync server…: a server address and a one-time code."""
        from app.ui.dialogs.enrol import EnrolDialog

        dialog = EnrolDialog(self.lane.db_path, self)
        dialog.enrolled.connect(self._enrolled)
        dialog.open()
        self.enrol_dialog = dialog

    @Slot(object)
    def _enrolled(self, result: Any) -> None:
        self.show_status(
            self.tr("Enrolled with {0}: syncing now.").format(getattr(result, "server_url", ""))
        )
        controller = getattr(self, "sync_controller", None)
        if controller is not None:
            controller.sync_now()

    @Slot(bool)
    def _first_run_choice(self, demo: bool) -> None:
        from app.services.meta import DEMO_OFFERED, set_meta

        value = "demo" if demo else "empty"
        QueryOp(self.lane, lambda ctx: set_meta(ctx, DEMO_OFFERED, value), owner=self).run()
        if not demo:
            return
        from app.services.demo import generate_demo
        from app.ui.dialogs.first_run import DEMO_ASSETS

        self.statusBar().showMessage(self.tr("Loading demo data…"))
        CollectionOp(
            self.lane,
            lambda ctx: generate_demo(ctx, DEMO_ASSETS, seed=1),
            success=lambda summary: self.statusBar().showMessage(str(summary), 15_000),
            owner=self,
            label="demo data",
        ).run()
