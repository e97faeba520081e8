"""The register of certificates of sanitization: search by number, asset tag or drive
serial (typed or scanned, a certificate's QR code included), save or open the signed PDF
as issued, verify it, reissue it (the history is kept), and issue a certificate for a
disposal batch of several assets."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.ui.drives_panel import issue_and_save, save_pdf_path, settings_of, write_file
from app.ui.i18n import translated
from app.ui.operations import CollectionOp, DbLane, QueryOp, error_text, show_error
from app.ui.problems import problems_label
from app.ui.scan.handlers import mark_scan_target

if TYPE_CHECKING:
    from app.services.certificates import CertificateInfo, Issued

SCOPE_TEXT = {"drive": "Drive", "asset": "Asset", "batch": "Batch"}


def ask_reason(parent: QWidget, number: str) -> str | None:
    """Why a certificate is reissued (tests replace this function)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CertificatesPage", "Reissue certificate"),
        QCoreApplication.translate(
            "CertificatesPage", "Why is {0} reissued? (kept in the history)"
        ).format(number),
    )
    return text if ok else None


class BatchDialog(QDialog):
    """A certificate for a disposal batch: tags typed, pasted or scanned (one after the
    other), checked, then issued with progress on the DB lane."""

    issued = Signal(object)  # Issued

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.setWindowTitle(self.tr("Certificate for a disposal batch"))
        self.resize(640, 460)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("asset tags, separated by spaces (scan them)"))
        mark_scan_target(self.tags, append=True)
        self.paste = QPlainTextEdit(self)
        self.paste.setPlaceholderText(self.tr("…or paste a list, one tag per line"))
        self.paste.setMaximumHeight(70)
        self.message = problems_label(self)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Tag"), self.tr("Name"), self.tr("Drives"),
                                    self.tr("Sanitized")])  # fmt: skip
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.clicked.connect(self.check)
        self.issue_button = QPushButton(self.tr("&Issue certificate…"), self)
        self.issue_button.setEnabled(False)
        self.issue_button.clicked.connect(self.issue)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.tags.textChanged.connect(lambda: self.issue_button.setEnabled(False))
        self.paste.textChanged.connect(lambda: self.issue_button.setEnabled(False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tags)
        layout.addWidget(self.paste)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def tag_list(self) -> list[str]:
        words = self.tags.text().split() + self.paste.toPlainText().split()
        return list(dict.fromkeys(w.strip().strip(",;") for w in words if w.strip(",; ")))

    @Slot()
    def check(self) -> None:
        from app.services import certificates

        tags = self.tag_list()
        if not tags:
            self._problem(self.tr("Type or scan the tags of the assets in the batch."))
            return
        QueryOp(self.lane, lambda ctx: certificates.assets_for_batch(ctx, tags),
                success=self._checked, failure=lambda e: self._problem(error_text(e)),
                owner=self).run()  # fmt: skip

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.issue_button.setEnabled(False)

    def _checked(self, rows: list[tuple[str, str, int, int]]) -> None:
        self.table.clear()
        bad = []
        for tag, name, n, ok in rows:
            item = QTreeWidgetItem([tag, name, str(n), f"{ok} / {n}"])
            if n == 0 or ok < n:
                item.setForeground(3, Qt.GlobalColor.darkRed)
                bad.append(tag)
            self.table.addTopLevelItem(item)
        if bad:
            text = self.tr("Not every drive of {0} is sanitized (or no drives are recorded): "
                           "record them first.")  # fmt: skip
            self._problem(text.format(", ".join(bad)))
            return
        self.message.hide()
        self.issue_button.setEnabled(True)

    @Slot()
    def issue(self) -> None:
        self.issue_button.setEnabled(False)
        issue_and_save(self, self.lane, batch_tags=tuple(self.tag_list()), done=self._done)

    def _done(self, issued: Issued, _path: Path | None) -> None:
        self.issued.emit(issued)
        self.accept()


class CertificatesPage(QWidget):
    """The register: every certificate issued, newest first."""

    loaded = Signal()

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.stale = True
        self.rows: list[CertificateInfo] = []
        self.dialog: QWidget | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search: certificate number, asset tag or drive serial (or scan the QR code)")
        )
        self.search.setClearButtonEnabled(True)
        mark_scan_target(self.search)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._typed)
        self.batch_button = QPushButton(self.tr("&Batch certificate…"), self)
        self.batch_button.setToolTip(
            self.tr("One certificate for several assets being disposed of")
        )
        self.batch_button.clicked.connect(self.batch)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.batch_button)

        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Certificates"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels(
            [self.tr("Number"), self.tr("Issued"), self.tr("Scope"), self.tr("Covers"),
             self.tr("Issued by"), self.tr("State")]
        )  # fmt: skip
        for i, w in enumerate((190, 120, 60, 330, 110)):
            self.table.header().resizeSection(i, w)
        self.table.currentItemChanged.connect(lambda *_: self._selected())
        self.table.itemDoubleClicked.connect(lambda *_: self.open_pdf())

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.open_button = QPushButton(self.tr("&Open PDF"), self)
        self.verify_button = QPushButton(self.tr("&Verify signature"), self)
        self.reissue_button = QPushButton(self.tr("&Reissue…"), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        self.verify_button.clicked.connect(self.verify)
        self.reissue_button.clicked.connect(self.reissue)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.open_button, self.verify_button, self.reissue_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.details, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        self.lane.changed.connect(self._changed)
        self._selected()

    # --------------------------------------------------------------------- loading

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def _typed(self, _text: str) -> None:
        self.timer.start()

    def _changed(self, _label: str) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    @Slot()
    def reload(self) -> None:
        from app.services import certificates

        self.stale = False
        query = self.search.text()
        QueryOp(self.lane, lambda ctx: certificates.list_certificates(ctx, query),
                success=self._show, owner=self).run()  # fmt: skip

    def _show(self, rows: list[CertificateInfo]) -> None:
        current = self.selected()
        self.rows = rows
        self.table.clear()
        for c in rows:
            state = self.tr("replaced by {0}").format(c.superseded_by) if c.superseded_by else (
                self.tr("current"))  # fmt: skip
            scope = self.tr(SCOPE_TEXT.get(c.scope, c.scope))
            item = QTreeWidgetItem(
                [c.number, f"{c.issued_at:%Y-%m-%d %H:%M}", scope, c.title, c.issued_by, state]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c)
            item.setToolTip(3, c.title)
            if c.superseded_by:
                for col in range(6):
                    item.setForeground(col, Qt.GlobalColor.gray)
            self.table.addTopLevelItem(item)
            if current is not None and current.id == c.id:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        self.count.setText(self.tr("{0} certificate(s)").format(len(rows)))
        self._selected()
        self.loaded.emit()

    def selected(self) -> CertificateInfo | None:
        item = self.table.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if data is not None and hasattr(data, "number") else None

    def _selected(self) -> None:
        c = self.selected()
        for b in (self.save_button, self.open_button, self.verify_button):
            b.setEnabled(c is not None)
        self.reissue_button.setEnabled(c is not None and not c.superseded_by)
        if c is None:
            self.details.setText(self.tr("No certificate selected."))
            return
        lines = [
            self.tr("<b>{0}</b> — {1}").format(c.number, _html(c.title)),
            self.tr("Issued {0:%Y-%m-%d %H:%M} UTC by {1} on {2}").format(
                c.issued_at, _html(c.issued_by), _html(c.device)),
            self.tr("Assets: {0}").format(_html(", ".join(c.asset_tags))),
            self.tr("Drives: {0}").format(_html(", ".join(c.serials))),
            self.tr("Signed by key SHA-256 {0}").format(c.signer_fingerprint[:16] + "…"),
        ]  # fmt: skip
        if c.supersedes:
            lines.append(self.tr("Replaces {0}: {1}").format(c.supersedes, _html(c.reason)))
        if c.superseded_by:
            lines.append(self.tr("Replaced by {0}").format(c.superseded_by))
        self.details.setText("<br>".join(lines))

    # --------------------------------------------------------------------- actions

    def _with_pdf(self, then: Any) -> None:
        from app.services import certificates

        c = self.selected()
        if c is None:
            return
        number = c.number
        QueryOp(self.lane, lambda ctx: certificates.certificate_pdf(ctx, number),
                success=lambda r: then(*r), failure=lambda e: show_error(self, e),
                owner=self).run()  # fmt: skip

    @Slot()
    def save_pdf(self) -> None:
        def save(info: CertificateInfo, pdf: bytes) -> None:
            path = save_pdf_path(self, f"{info.number}.pdf")
            if path is None:
                return
            try:
                write_file(path, pdf)
            except OSError as exc:
                show_error(self, ValidationError.single(str(path), f"cannot be written: {exc}"))
                return
            self.count.setText(self.tr("Saved {0} to {1}").format(info.number, path))

        self._with_pdf(save)

    @Slot()
    def open_pdf(self) -> None:
        def open_(info: CertificateInfo, pdf: bytes) -> None:
            folder = Path(tempfile.gettempdir()) / "fieldtag-certificates"
            folder.mkdir(exist_ok=True)
            path = write_file(folder / f"{info.number}.pdf", pdf)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self._with_pdf(open_)

    @Slot()
    def verify(self) -> None:
        from app.services import certificates

        c = self.selected()
        if c is None:
            return
        folder = certificates.signing_settings(settings_of(self)).folder
        number = c.number

        def check(ctx: Any) -> Any:
            _info, pdf = certificates.certificate_pdf(ctx, number)
            return certificates.verify_certificate(pdf, folder)

        QueryOp(self.lane, check, success=self._verified, failure=lambda e: show_error(self, e),
                owner=self).run()  # fmt: skip

    def _verified(self, verdict: Any) -> None:
        word = self.tr("Signature valid") if verdict.valid else self.tr("Signature INVALID")
        self.count.setText(f"{word}: {translated(verdict.reason)}")

    @Slot()
    def reissue(self) -> None:
        from app.services import certificates

        c = self.selected()
        if c is None or c.superseded_by:
            return
        reason = ask_reason(self, c.number)
        if reason is None:
            return
        sign = certificates.signing_settings(settings_of(self))
        number = c.number
        CollectionOp(
            self.lane, lambda ctx: certificates.reissue_certificate(ctx, sign, number, reason),
            success=self._reissued, failure=lambda e: show_error(self, e, self.tr("Not reissued")),
            owner=self, label="certificate",
        ).run()  # fmt: skip

    def _reissued(self, issued: Issued) -> None:
        self.count.setText(self.tr("{0} issued, replacing {1}").format(
            issued.info.number, issued.info.supersedes))  # fmt: skip

    @Slot()
    def batch(self) -> None:
        dialog = BatchDialog(self.lane, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
