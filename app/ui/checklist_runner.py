"""The checklist runner: one run of a template on one asset, step by step or as a list.

Left: every step with its state (✓ answered, ● required and missing, ○ optional, – hidden
by a condition). Right: the current step and its input. Above: progress ("12 of 40
answered; 3 required left") and whether the last answer is saved. Every answer goes to
the database lane as its own transaction; "Saved" is shown only once the lane reports the
commit. Keyboard: Enter (Ctrl+Enter in multi-line text) saves and goes to the next step,
Alt+Right / Alt+Left move on or back (leaving a step saves a new answer given there too),
Ctrl+L switches between the step and the list view, Ctrl+Shift+Enter completes the run.

While the runner is shown it sits on top of the window's scan dispatcher: a scan fills the
current scan step (and saves it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QPointF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShortcut,
    QShowEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.checklists import Step, progress, visible_steps
from app.ui.i18n import translated
from app.ui.lifecycle_text import state_name
from app.ui.operations import CollectionOp, DbLane, QueryOp, error_text, show_error
from app.ui.scan.dispatch import ScanDispatcher, ScanInput
from app.ui.theme import box_style, text_style

if TYPE_CHECKING:
    from app.services.checklists import AnswerSaved, Completion, RunState
    from app.services.context import Context

STATE_MARKS = {"answered": "✓", "missing": "●", "optional": "○", "hidden": "–"}
STATE_COLORS = {"answered": "#2e7d32", "missing": "#c62828", "optional": "#757575",
                "hidden": "#9e9e9e"}  # fmt: skip
PAD_SIZE = QSize(520, 180)


def _local(at: dt.datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- signature


class SignaturePad(QWidget):
    """Sign with the mouse or a pen. Strokes are kept as lists of points (widget
    coordinates) and drawn into a PNG for the record."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[tuple[float, float]]] = []
        self._drawing = False
        self.setMinimumSize(PAD_SIZE)
        self.setMaximumHeight(PAD_SIZE.height() + 40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setToolTip(self.tr("Sign here with the mouse or a pen"))

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    def set_strokes(self, strokes: Sequence[Sequence[Sequence[float]]]) -> None:
        self.strokes = [[(float(p[0]), float(p[1])) for p in s] for s in strokes]
        self.update()

    def is_empty(self) -> bool:
        return not any(len(s) >= 2 for s in self.strokes)

    def _begin(self, pos: QPointF) -> None:
        self._drawing = True
        self.strokes.append([(pos.x(), pos.y())])

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append((pos.x(), pos.y()))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            if self.strokes and len(self.strokes[-1]) < 2:
                x, y = self.strokes[-1][0]
                self.strokes[-1].append((x + 0.5, y + 0.5))  # a dot
            self.update()
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def _paint(self, painter: QPainter, width: float) -> None:
        pen = QPen(QColor("#10205a"), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)  # fmt: skip
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke) < 2:
                continue
            path = QPainterPath(QPointF(*stroke[0]))
            for x, y in stroke[1:]:
                path.lineTo(x, y)
            painter.drawPath(path)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DashLine))
        base = self.height() - 36
        painter.drawLine(20, base, self.width() - 20, base)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
        else:
            painter.setPen(QPen(QColor("#bdbdbd"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.is_empty() and not self._drawing:
            painter.setPen(QColor("#9e9e9e"))
            painter.drawText(self.rect().adjusted(0, 0, 0, -40), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Sign here"))  # fmt: skip
        self._paint(painter, 2.4)
        painter.end()

    def to_png(self) -> bytes:
        """The signature on white, cropped to its strokes with a margin, as PNG."""
        xs = [x for s in self.strokes for x, _ in s]
        ys = [y for s in self.strokes for _, y in s]
        margin = 12
        left, top = max(0, min(xs) - margin), max(0, min(ys) - margin)
        w = int(max(xs) - left + margin) + 1
        h = int(max(ys) - top + margin) + 1
        scale = 2  # print quality
        image = QImage(w * scale, h * scale, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-left, -top)
        self._paint(painter, 2.4)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # str works, the stub says bytes
        buffer.close()
        return bytes(data.data())


# ------------------------------------------------------------------------------ editor


class StepEditor(QWidget):
    """The input for one step, built for its type. `payload()` says what to record:
    ("answer", value) | ("signature", (png, strokes, signer)) | ("sanitization", None) |
    (None, None) when there is nothing new to record."""

    photo_requested = Signal(str)  # "camera" | "file"

    def __init__(self, step: Step, state: RunState, people: Sequence[Any],
                 camera_ready: bool, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.step = step
        self.state = state
        answer = state.answers.get(step.id)
        self.saved_value = answer.value if answer else None
        self.saved_note = answer.note if answer else ""
        self.focus_widget: QWidget | None = None
        self.touched = False  # the date was changed by hand (not just today's default)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.input_box = QVBoxLayout()
        layout.addLayout(self.input_box)
        t = step.type
        builder = getattr(self, f"_build_{t}")
        if t == "person":
            builder(people)
        elif t == "photo":
            builder(camera_ready)
        else:
            builder()
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(
            self.tr("Note (required when the check fails)") if t == "check" else
            self.tr("Note (optional)")
        )  # fmt: skip
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setText(self.saved_note)
        if t not in ("photo", "sanitization"):
            layout.addWidget(self.note)
        else:
            self.note.hide()
        layout.addStretch(1)

    # -- builders

    def _build_check(self) -> None:
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        # P and F pick (keyPressEvent); no Alt mnemonics: Alt+F is the File menu
        self.pass_button = QRadioButton(self.tr("Pass"), self)
        self.fail_button = QRadioButton(self.tr("Fail"), self)
        for b in (self.pass_button, self.fail_button):
            f = QFont(b.font())
            f.setPointSizeF(f.pointSizeF() * 1.2)
            b.setFont(f)
            self.group.addButton(b)
            row.addWidget(b)
        row.addStretch(1)
        self.pass_button.setToolTip(self.tr("Passed (P), then Enter"))
        self.fail_button.setToolTip(self.tr("Failed (F): say why in the note, then Enter"))
        if self.saved_value == "pass":
            self.pass_button.setChecked(True)
        elif self.saved_value == "fail":
            self.fail_button.setChecked(True)
        self.input_box.addLayout(row)
        self.focus_widget = self.fail_button if self.saved_value == "fail" else self.pass_button

    def _build_text(self) -> None:
        if self.step.multiline:
            self.text_edit: QPlainTextEdit | QLineEdit = QPlainTextEdit(self)
            self.text_edit.setPlaceholderText(self.tr("Ctrl+Enter saves and goes on"))
            self.text_edit.setPlainText(str(self.saved_value or ""))
            self.text_edit.setMaximumHeight(140)
        else:
            self.text_edit = QLineEdit(self)
            self.text_edit.setText(str(self.saved_value or ""))
        self.text_edit.setAccessibleName(self.step.title)
        self.input_box.addWidget(self.text_edit)
        self.focus_widget = self.text_edit

    def _build_number(self) -> None:
        row = QHBoxLayout()
        self.number_edit = QLineEdit(self)
        self.number_edit.setAccessibleName(self.step.title)
        self.number_edit.setMaximumWidth(200)
        if self.saved_value is not None:
            self.number_edit.setText(str(self.saved_value))
        row.addWidget(self.number_edit)
        s = self.step
        unit = QLabel(s.unit, self)
        row.addWidget(unit)
        limits = []
        if s.min is not None:
            limits.append(self.tr("from {0}").format(f"{s.min:g}"))
        if s.max is not None:
            limits.append(self.tr("to {0}").format(f"{s.max:g}"))
        if s.integer:
            limits.append(self.tr("whole number"))
        hint = QLabel(("(" + ", ".join(limits) + ")") if limits else "", self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        row.addWidget(hint)
        row.addStretch(1)
        self.input_box.addLayout(row)
        self.focus_widget = self.number_edit

    def _build_choice(self) -> None:
        self.choice_list = QListWidget(self)
        self.choice_list.setAccessibleName(self.step.title)
        self.choice_list.setSpacing(2)
        chosen = self.saved_value if isinstance(self.saved_value, list) else [self.saved_value]
        for option in self.step.options:
            item = QListWidgetItem(option)
            if self.step.multiple:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if option in chosen else Qt.CheckState.Unchecked
                )
            self.choice_list.addItem(item)
            if option in chosen and not self.step.multiple:
                self.choice_list.setCurrentItem(item)
        rows = min(len(self.step.options), 8)
        self.choice_list.setMaximumHeight(rows * (self.fontMetrics().height() + 12) + 10)
        if self.choice_list.currentRow() < 0:
            self.choice_list.setCurrentRow(0 if self.step.multiple else -1)
        if self.step.multiple:
            tip = QLabel(self.tr("Space ticks an option; Enter saves"), self)
            tip.setStyleSheet("color: palette(placeholder-text);")
            self.input_box.addWidget(tip)
        self.input_box.addWidget(self.choice_list)
        self.focus_widget = self.choice_list

    def _build_date(self) -> None:
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.step.title)
        day = QDate.currentDate()
        if isinstance(self.saved_value, str):
            parsed = QDate.fromString(self.saved_value, "yyyy-MM-dd")
            if parsed.isValid():
                day = parsed
        self.date_edit.setDate(day)
        self.date_edit.dateChanged.connect(lambda _d: setattr(self, "touched", True))
        self.date_edit.setMaximumWidth(180)
        self.input_box.addWidget(self.date_edit)
        self.focus_widget = self.date_edit

    def _build_person(self, people: Sequence[Any]) -> None:
        self.person_combo = QComboBox(self)
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setAccessibleName(self.step.title)
        self.person_combo.addItem("", None)
        for p in people:
            label = p.name + (f" ({p.department})" if p.department else "")
            self.person_combo.addItem(label, p.id)
        self.person_names = {p.id: p.name for p in people}
        line = self.person_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a name or choose from People"))
        completer = self.person_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        if isinstance(self.saved_value, dict):
            pid = self.saved_value.get("id")
            i = self.person_combo.findData(pid) if pid else -1
            if i >= 0:
                self.person_combo.setCurrentIndex(i)
            else:
                self.person_combo.setEditText(str(self.saved_value.get("name") or ""))
        self.person_combo.setMinimumWidth(320)
        self.input_box.addWidget(self.person_combo)
        self.focus_widget = self.person_combo

    def _build_scan(self) -> None:
        self.scan_edit = QLineEdit(self)
        self.scan_edit.setAccessibleName(self.step.title)
        if self.step.mode == "tag":
            self.scan_edit.setPlaceholderText(
                self.tr("Scan the label of {0} (or type the tag)").format(self.state.asset.tag)
            )
        else:
            self.scan_edit.setPlaceholderText(self.tr("Scan the serial number (or type it)"))
        f = QFont(self.scan_edit.font())
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.scan_edit.setFont(f)
        if isinstance(self.saved_value, dict):
            self.scan_edit.setText(str(self.saved_value.get("text") or ""))
        self.input_box.addWidget(self.scan_edit)
        self.focus_widget = self.scan_edit

    def _build_photo(self, camera_ready: bool) -> None:
        row = QHBoxLayout()
        self.camera_button = QPushButton(self.tr("Take photo"), self)
        self.camera_button.setEnabled(camera_ready)
        self.camera_button.setToolTip(
            self.tr("Keep the scanner camera's current picture (Ctrl+Shift+T)")
            if camera_ready
            else self.tr("Start the scanner camera (F8) to take a photo")
        )
        self.camera_button.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.camera_button.clicked.connect(lambda: self.photo_requested.emit("camera"))
        self.file_button = QPushButton(self.tr("Choose file…"), self)
        self.file_button.setToolTip(self.tr("Attach an image file (Ctrl+O)"))
        self.file_button.setShortcut(QKeySequence("Ctrl+O"))
        self.file_button.clicked.connect(lambda: self.photo_requested.emit("file"))
        row.addWidget(self.camera_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        self.input_box.addLayout(row)
        self.photo_label = QLabel(self)
        self.photo_label.setMinimumHeight(60)
        self.photo_label.setText(
            self.tr("No photo yet.") if self.saved_value is None else self.tr("Loading photo…")
        )
        self.input_box.addWidget(self.photo_label)
        self.focus_widget = self.file_button if not camera_ready else self.camera_button

    def show_photo(self, data: bytes, caption: str) -> None:
        pix = QPixmap()
        pix.loadFromData(data)
        if pix.isNull():
            self.photo_label.setText(caption)
            return
        self.photo_label.setPixmap(
            pix.scaled(QSize(420, 280), Qt.AspectRatioMode.KeepAspectRatio,
                       Qt.TransformationMode.SmoothTransformation)
        )  # fmt: skip
        self.photo_label.setToolTip(caption)

    def _build_signature(self) -> None:
        self.pad = SignaturePad(self)
        if isinstance(self.saved_value, dict):
            self.pad.set_strokes(self.saved_value.get("strokes") or [])
        row = QHBoxLayout()
        self.signer = QLineEdit(self)
        self.signer.setPlaceholderText(self.tr("Name of the person signing"))
        self.signer.setAccessibleName(self.tr("Signed by"))
        if isinstance(self.saved_value, dict):
            self.signer.setText(str(self.saved_value.get("signer") or ""))
        clear = QPushButton(self.tr("Clear"), self)
        clear.setToolTip(self.tr("Clear the signature and sign again"))
        clear.clicked.connect(self.pad.clear)
        row.addWidget(self.signer, 1)
        row.addWidget(clear)
        self.input_box.addWidget(self.pad)
        self.input_box.addLayout(row)
        self.focus_widget = self.pad

    def _build_sanitization(self) -> None:
        drives = self.state.drives
        tree = QTreeWidget(self)
        tree.setHeaderLabels([self.tr("Drive serial"), self.tr("Drive"), self.tr("State")])
        tree.setRootIsDecorated(False)
        for d in drives:
            item = QTreeWidgetItem(
                [d.serial or self.tr("(no serial)"), d.description, translated(d.state)]
            )
            item.setForeground(2, QColor("#2e7d32" if d.sanitized else "#c62828"))
            tree.addTopLevelItem(item)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.setMaximumHeight(40 + 26 * max(1, len(drives)))
        pending = [d for d in drives if not d.sanitized]
        if not drives:
            text = (
                self.tr("No drive is recorded for this asset, but its model holds storage "
                        "media: record the drives on the asset's Drives tab.")
                if self.state.asset.holds_storage
                else self.tr("No drive is recorded for this asset.")
            )  # fmt: skip
        elif pending:
            text = self.tr("{0} of {1} drives are not sanitized yet: record their wipe or "
                           "destruction on the Drives tab, then press Enter here.").format(
                len(pending), len(drives))  # fmt: skip
        else:
            text = self.tr("Every drive is sanitized. Enter links their records.")
        self.sanitization_label = QLabel(text, self)
        self.sanitization_label.setWordWrap(True)
        self.input_box.addWidget(tree)
        self.input_box.addWidget(self.sanitization_label)
        self.focus_widget = tree

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """On a check: P passes, F fails (letters typed into the note never get here)."""
        if (
            self.step.type == "check"
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if event.key() == Qt.Key.Key_P:
                self.pass_button.setChecked(True)
                self.pass_button.setFocus()
                return
            if event.key() == Qt.Key.Key_F:
                self.fail_button.setChecked(True)
                self.note.setFocus()  # a fail needs a note
                return
        super().keyPressEvent(event)

    # -- value

    def payload(self) -> tuple[str | None, Any]:
        t = self.step.type
        note = self.note.text().strip()
        note_changed = note != (self.saved_note or "")
        value: Any = None
        if t == "check":
            if self.pass_button.isChecked():
                value = "pass"
            elif self.fail_button.isChecked():
                value = "fail"
        elif t == "text":
            edit = self.text_edit
            value = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            value = value.strip() or None
        elif t == "number":
            value = self.number_edit.text().strip() or None
            if value is not None and _same_number(value, self.saved_value):
                value = self.saved_value
        elif t == "choice":
            if self.step.multiple:
                value = [
                    self.choice_list.item(i).text()
                    for i in range(self.choice_list.count())
                    if self.choice_list.item(i).checkState() == Qt.CheckState.Checked
                ] or None
            else:
                item = self.choice_list.currentItem()
                value = item.text() if item is not None and item.isSelected() else None
        elif t == "date":
            value = self.date_edit.date().toString("yyyy-MM-dd")
        elif t == "person":
            text = self.person_combo.currentText().strip()
            pid = self.person_combo.currentData()
            if pid and self.person_names.get(pid) and text.startswith(self.person_names[pid]):
                value = {"id": pid, "name": self.person_names[pid]}
            elif text:
                i = self.person_combo.findText(text, Qt.MatchFlag.MatchFixedString)
                pid = self.person_combo.itemData(i) if i >= 0 else None
                value = {"id": pid, "name": self.person_names.get(pid, text) if pid else text}
        elif t == "scan":
            value = self.scan_edit.text().strip() or None
            if isinstance(self.saved_value, dict) and value == self.saved_value.get("text"):
                value = self.saved_value
        elif t == "photo":
            return (None, None)
        elif t == "signature":
            strokes = [list(s) for s in self.pad.strokes]
            saved = self.saved_value.get("strokes") if isinstance(self.saved_value, dict) else None
            signer = self.signer.text().strip()
            same_signer = isinstance(self.saved_value, dict) and signer == (
                self.saved_value.get("signer") or ""
            )
            if self.pad.is_empty():
                return ("signature", None) if self.saved_value is None else (None, None)
            if (
                saved is not None
                and _same_strokes(strokes, saved)
                and same_signer
                and (not note_changed)
            ):
                return (None, None)
            return ("signature", (self.pad.to_png(), strokes, signer))
        elif t == "sanitization":
            if self.saved_value is not None:
                saved_ids = self.saved_value.get("records")
                now_ids = [d.record_id for d in self.state.drives]
                if saved_ids == now_ids:
                    return (None, None)
            return ("sanitization", None)
        if value is None:
            if self.saved_value is not None and not note_changed:
                return (None, None)
            return ("answer", None)
        if value == self.saved_value and not note_changed:
            return (None, None)
        return ("answer", value)

    def note_text(self) -> str:
        return self.note.text().strip()

    def focus(self) -> None:
        if self.focus_widget is not None:
            self.focus_widget.setFocus()


def _same_number(text: str, saved: Any) -> bool:
    try:
        return saved is not None and float(text.replace(",", ".")) == float(saved)
    except (TypeError, ValueError):
        return False


def _same_strokes(a: Sequence[Any], b: Sequence[Any]) -> bool:
    if len(a) != len(b):
        return False
    return all(len(x) == len(y) for x, y in zip(a, b, strict=True))


# ------------------------------------------------------------------------------ runner


class RunnerView(QWidget):
    """One run, step by step (or as a list)."""

    back_requested = Signal()
    # the run was completed: (Completion)
    completed = Signal(object)
    # the run was abandoned: (RunInfo)
    abandoned = Signal(object)
    # "Start next device" with the same template: (template key)
    next_device_requested = Signal(str)
    # an answer is on disk: (AnswerSaved)
    saved = Signal(object)
    # the run was loaded and is shown: (run id)
    loaded = Signal(str)

    def __init__(self, lane: DbLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.state: RunState | None = None
        self.answers: dict[str, Any] = {}  # step id -> value (as saved)
        self.current: str | None = None
        self.editor: StepEditor | None = None
        self.people: list[Any] = []
        self.pending = 0
        self.dispatcher: ScanDispatcher | None = None
        self.tag_config: Any = None
        self.dialog: QWidget | None = None
        self._gen = 0
        self._advance_after_save = False
        self.setAccessibleName(self.tr("Checklist"))

        # header
        self.back_button = QPushButton(self.tr("‹ Checklists"), self)
        self.back_button.setToolTip(self.tr("Back to the list of checklists (the run stays "
                                            "as it is; every answer is saved)"))  # fmt: skip
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(self)
        tf = QFont(self.title.font())
        tf.setPointSizeF(tf.pointSizeF() * 1.35)
        tf.setBold(True)
        self.title.setFont(tf)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Saved state"))
        self.saved_label.setMinimumWidth(150)
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.title, 1)
        top.addWidget(self.saved_label)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        self.progress_label = QLabel(self)
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.missing_label = QLabel(self)
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(text_style("error"))

        # left: steps
        self.step_list = QListWidget(self)
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setMinimumWidth(260)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setSpacing(1)
        self.step_list.currentItemChanged.connect(self._list_moved)

        # right: the step, or the list of all answers
        self.step_number = QLabel(self)
        self.step_number.setStyleSheet("color: palette(placeholder-text);")
        self.step_title = QLabel(self)
        self.step_title.setWordWrap(True)
        sf = QFont(self.step_title.font())
        sf.setPointSizeF(sf.pointSizeF() * 1.25)
        sf.setBold(True)
        self.step_title.setFont(sf)
        self.step_help = QLabel(self)
        self.step_help.setWordWrap(True)
        self.step_help.setStyleSheet("color: palette(placeholder-text);")
        self.answered_label = QLabel(self)
        self.answered_label.setStyleSheet(text_style("ok"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setStyleSheet(box_style("error"))
        self.error_label.hide()
        self.editor_host = QVBoxLayout()
        self.back_step = QPushButton(self.tr("‹ Back"), self)
        self.back_step.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.back_step.clicked.connect(self.go_back)
        self.next_step = QPushButton(self.tr("Save and next ›"), self)
        self.next_step.setToolTip(self.tr("Save the answer and go to the next step (Enter)"))
        self.next_step.clicked.connect(self.save_and_next)
        nav = QHBoxLayout()
        nav.addWidget(self.back_step)
        nav.addStretch(1)
        nav.addWidget(self.next_step)
        step_page = QWidget(self)
        sp = QVBoxLayout(step_page)
        sp.setContentsMargins(12, 0, 0, 0)
        sp.addWidget(self.step_number)
        sp.addWidget(self.step_title)
        sp.addWidget(self.step_help)
        sp.addSpacing(6)
        sp.addLayout(self.editor_host, 1)
        sp.addWidget(self.answered_label)
        sp.addWidget(self.error_label)
        sp.addLayout(nav)

        self.list_view = QTreeWidget(self)
        self.list_view.setHeaderLabels([self.tr("Step"), self.tr("Answer"), self.tr("Note"),
                                        self.tr("By, when")])  # fmt: skip
        self.list_view.setRootIsDecorated(False)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAccessibleName(self.tr("All steps and answers"))
        self.list_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_view.header().setStretchLastSection(False)
        for col, width in ((1, 240), (2, 160), (3, 175)):
            self.list_view.header().resizeSection(col, width)
        self.list_view.itemActivated.connect(self._list_row_activated)

        self.right = QStackedWidget(self)
        self.right.addWidget(step_page)
        self.right.addWidget(self.list_view)

        # completion
        self.complete_button = QPushButton(self.tr("Complete"), self)
        self.complete_button.setToolTip(self.tr("Complete the checklist (Ctrl+Shift+Enter)"))
        self.complete_button.clicked.connect(self.complete)
        self.abandon_button = QPushButton(self.tr("Abandon…"), self)
        self.abandon_button.setToolTip(self.tr("Stop this checklist, saying why"))
        self.abandon_button.clicked.connect(self.abandon)
        self.list_button = QPushButton(self.tr("List view"), self)
        self.list_button.setCheckable(True)
        self.list_button.setToolTip(self.tr("Show every step and its answer (Ctrl+L)"))
        self.list_button.toggled.connect(self._set_list_mode)
        self.report_button = QPushButton(self.tr("Report PDF…"), self)
        self.report_button.clicked.connect(self.export_report)
        bottom = QHBoxLayout()
        bottom.addWidget(self.list_button)
        bottom.addWidget(self.abandon_button)
        bottom.addStretch(1)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.complete_button)

        # after completion
        self.done_box = QFrame(self)
        self.done_box.setStyleSheet(box_style("ok", "QFrame#done"))
        self.done_box.setObjectName("done")
        self.done_label = QLabel(self.done_box)
        self.done_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print label"), self.done_box)
        self.print_button.clicked.connect(self.print_label)
        self.next_device_button = QPushButton(self.tr("Start next device"), self.done_box)
        self.next_device_button.setToolTip(
            self.tr("The same checklist on the next device: scan or type its tag")
        )
        self.next_device_button.clicked.connect(self._next_device)
        db = QHBoxLayout(self.done_box)
        db.addWidget(self.done_label, 1)
        db.addWidget(self.print_button)
        db.addWidget(self.next_device_button)
        self.done_box.hide()

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.step_list)
        split.addWidget(self.right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 700])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.done_box)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        for keys, slot in (
            (("Ctrl+Return", "Ctrl+Enter"), self.save_and_next),
            (("Alt+Right",), self.go_next),
            (("Alt+Left",), self.go_back),
            (("Ctrl+L",), self.list_button.toggle),
            (("Ctrl+Shift+Return", "Ctrl+Shift+Enter"), self.complete),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    # ------------------------------------------------------------------ loading

    def open_run(self, run_id: str) -> None:
        self._gen += 1
        gen = self._gen

        def load(ctx: Context) -> tuple[Any, Any]:
            from app.services import catalog, checklists

            return checklists.get_run(ctx, run_id), catalog.list_people(ctx, include_inactive=False)

        QueryOp(self.lane, load, success=lambda r: self._loaded(gen, *r),
                failure=lambda e: show_error(self, e, self.tr("Could not open the checklist")),
                owner=self).run()  # fmt: skip

    def show_run(self, state: RunState, people: Sequence[Any] | None = None) -> None:
        """Show a run already read (start_run's answer)."""
        self._gen += 1
        if people is None:
            self._loaded(self._gen, state, self.people)

            def load(ctx: Context) -> Any:
                from app.services import catalog

                return catalog.list_people(ctx, include_inactive=False)

            gen = self._gen
            QueryOp(self.lane, load, success=lambda p: self._people(gen, p), owner=self).run()
        else:
            self._loaded(self._gen, state, people)

    def _people(self, gen: int, people: list[Any]) -> None:
        if gen != self._gen:
            return
        self.people = list(people)
        if self.editor is not None and self.editor.step.type == "person" and self.current:
            self._show_step(self.current)

    def _loaded(self, gen: int, state: RunState, people: Sequence[Any]) -> None:
        if gen != self._gen:
            return
        self.state = state
        self.people = list(people)
        self.answers = state.values()
        info = state.info
        a = state.asset
        self.title.setText(self.tr("{0} — {1}").format(state.template.title, a.tag))
        details = [p for p in (a.name, a.model, a.serial and self.tr("serial {0}").format(
            a.serial)) if p]  # fmt: skip
        details.append(self.tr("template {0} v{1}").format(info.template_key,
                                                           info.template_version))  # fmt: skip
        details.append(self.tr("started {0} by {1}").format(_local(info.started_at),
                                                            info.started_by))  # fmt: skip
        self.subtitle.setText(" · ".join(details))
        self.saved_label.setText("")
        self.done_box.hide()
        self.error_label.hide()
        running = info.status == "in_progress"
        self.abandon_button.setEnabled(running)
        if not running:
            self._show_finished(info)
        self._refresh_steps()
        first = self._first_open_step()
        self._show_step(first)
        self.loaded.emit(info.id)

    def _first_open_step(self) -> str | None:
        assert self.state is not None
        visible = visible_steps(self.state.template, self.answers)
        for s in visible:
            if s.id not in self.answers and s.required:
                return s.id
        for s in visible:
            if s.id not in self.answers:
                return s.id
        return visible[0].id if visible else None

    def _show_finished(self, info: Any) -> None:
        if info.status == "completed":
            text = self.tr("Completed by {0} on {1}.").format(info.finished_by,
                                                              _local(info.finished_at))  # fmt: skip
            if info.transition:
                text += " " + self.tr("{0} became {1}.").format(
                    info.asset_tag, state_name(info.transition).lower())  # fmt: skip
        else:
            text = self.tr("Abandoned by {0} on {1}: {2}").format(
                info.finished_by, _local(info.finished_at), info.abandon_reason)  # fmt: skip
        self.done_label.setText(text)
        self.done_box.show()
        self.print_button.setVisible(info.status == "completed" and info.transition != "disposed")

    # ----------------------------------------------------------------- the list

    def _refresh_steps(self) -> None:
        """Step list, list view, progress and the Complete button from `self.answers`."""
        if self.state is None:
            return
        template = self.state.template
        prog = progress(template, self.answers)
        visible = {s.id for s in visible_steps(template, self.answers)}
        self.step_list.blockSignals(True)
        current = self.current
        self.step_list.clear()
        self.list_view.clear()
        fill_list = self.list_mode()  # the list view is filled when it is shown
        for n, step in enumerate(template.steps, start=1):
            if step.id not in visible:
                state = "hidden"
            elif step.id in self.answers:
                state = "answered"
            elif step.required:
                state = "missing"
            else:
                state = "optional"
            item = QListWidgetItem(f"{STATE_MARKS[state]}  {n}. {step.title}")
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            item.setForeground(QColor(STATE_COLORS[state]) if state != "answered" else
                               self.palette().text().color())  # fmt: skip
            tips = {"answered": self.tr("answered"), "missing": self.tr("required, not answered"),
                    "optional": self.tr("optional, not answered"),
                    "hidden": self.tr("hidden: its condition is not met")}  # fmt: skip
            item.setToolTip(f"{step.title}\n{tips[state]}")
            if state == "hidden":
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.step_list.addItem(item)
            if step.id == current:
                self.step_list.setCurrentItem(item)
            if not fill_list:
                continue
            answer = self.state.answers.get(step.id)
            shown = translated(answer.text) if answer is not None and step.id in visible else ""
            row = QTreeWidgetItem([
                f"{STATE_MARKS[state]}  {n}. {step.title}",
                shown or (self.tr("hidden") if state == "hidden" else ""),
                answer.note if answer is not None and step.id in visible else "",
                f"{answer.answered_by}, {_local(answer.answered_at)}" if shown and answer else "",
            ])  # fmt: skip
            row.setData(0, Qt.ItemDataRole.UserRole, step.id)
            if state in ("hidden", "missing", "optional"):
                for col in range(4):
                    row.setForeground(col, QColor(STATE_COLORS[state]))
            if state == "hidden":
                row.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list_view.addTopLevelItem(row)
        self.step_list.blockSignals(False)
        left = len(prog.required_left)
        self.progress_bar.setRange(0, max(1, prog.visible))
        self.progress_bar.setValue(prog.answered)
        self.progress_label.setText(
            self.tr("{0} of {1} answered; {2} required left").format(
                prog.answered, prog.visible, left
            )
        )
        running = self.state.info.status == "in_progress"
        if running and left:
            titles = [template.step(s).title for s in prog.required_left]
            more = self.tr(" and {0} more").format(len(titles) - 3) if len(titles) > 3 else ""
            self.missing_label.setText(
                self.tr("Still required: {0}").format("; ".join(titles[:3]) + more)
            )
        else:
            self.missing_label.setText("")
        self.missing_label.setVisible(running and bool(left))
        self.complete_button.setEnabled(running and not left and self.pending == 0)
        self.complete_button.setToolTip(
            self.tr("Complete the checklist (Ctrl+Shift+Enter)") if not left else
            self.tr("{0} required steps are not answered yet").format(left)
        )  # fmt: skip

    @Slot(QListWidgetItem, QListWidgetItem)
    def _list_moved(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None:
            return
        step_id = item.data(Qt.ItemDataRole.UserRole)
        if step_id and step_id != self.current:
            self._show_step(step_id)

    def _list_row_activated(self, item: QTreeWidgetItem, _col: int) -> None:
        step_id = item.data(0, Qt.ItemDataRole.UserRole)
        if step_id:
            self.list_button.setChecked(False)
            self._show_step(step_id)

    def _set_list_mode(self, on: bool) -> None:
        self.right.setCurrentIndex(1 if on else 0)
        if on:
            self._refresh_steps()
            self.list_view.setFocus()
            for i in range(self.list_view.topLevelItemCount()):
                item = self.list_view.topLevelItem(i)
                if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == self.current:
                    self.list_view.setCurrentItem(item)
        elif self.editor is not None:
            self.editor.focus()

    def list_mode(self) -> bool:
        return self.right.currentIndex() == 1

    # ----------------------------------------------------------------- a step

    def _show_step(self, step_id: str | None) -> None:
        if self.state is None:
            return
        if self.editor is not None and self.editor.step.id != step_id:
            self._autosave(self.editor)
        if self.editor is not None:
            self.editor.hide()
            self.editor.deleteLater()
            self.editor = None
        self.error_label.hide()
        self.current = step_id
        if step_id is None:
            self.step_title.setText(self.tr("This checklist has no step to show."))
            return
        template = self.state.template
        step = template.step(step_id)
        n = template.position(step_id) + 1
        kind = self.tr(step.type_label)
        required = self.tr("required") if step.required else self.tr("optional")
        self.step_number.setText(self.tr("Step {0} of {1} · {2} · {3}").format(
            n, len(template.steps), kind, required))  # fmt: skip
        self.step_title.setText(step.title)
        self.step_help.setText(step.help)
        self.step_help.setVisible(bool(step.help))
        answer = self.state.answers.get(step_id)
        self.answered_label.setText(
            self.tr("Answered: {0} — {1}, {2}").format(translated(answer.text),
                                                       answer.answered_by,
                                                       _local(answer.answered_at))
            if answer is not None else ""
        )  # fmt: skip
        camera = self._camera()
        editor = StepEditor(step, self.state, self.people, camera is not None, self)
        editor.photo_requested.connect(self._photo)
        running = self.state.info.status == "in_progress"
        editor.setEnabled(running)
        self.editor_host.addWidget(editor)
        self.editor = editor
        if step.type == "photo" and answer is not None:
            self._load_photo(editor, answer.value)
        for i in range(self.step_list.count()):
            item = self.step_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == step_id:
                self.step_list.blockSignals(True)
                self.step_list.setCurrentItem(item)
                self.step_list.blockSignals(False)
                break
        visible = [s.id for s in visible_steps(template, self.answers)]
        i = visible.index(step_id) if step_id in visible else -1
        self.back_step.setEnabled(i > 0)
        last = i >= len(visible) - 1
        if running:
            self.next_step.setText(self.tr("Save") if last else self.tr("Save and next ›"))
            self.next_step.setEnabled(True)
        else:  # a finished run is read, not answered
            self.next_step.setText(self.tr("Next ›"))
            self.next_step.setEnabled(not last)
        if not self.list_mode():
            editor.focus()

    def _autosave(self, editor: StepEditor) -> None:
        """Leaving a step keeps what was entered there: a new answer is saved as if Enter
        had been pressed (without moving on; a refusal brings the step back with why)."""
        if self.state is None or self.state.info.status != "in_progress":
            return
        if editor.step.type == "date" and editor.saved_value is None and not editor.touched:
            return  # today's date was offered, not given
        kind, payload = editor.payload()
        if kind in ("answer", "signature") and payload is not None:
            self._record(editor.step, kind, payload, editor.note_text(), advance=False)

    def _load_photo(self, editor: StepEditor, value: Any) -> None:
        sha = str(value.get("sha256")) if isinstance(value, dict) else ""
        if not sha:
            return

        def fetch(ctx: Context) -> tuple[bytes, str]:
            from app.services.checklists import get_attachment

            return get_attachment(ctx, sha)

        caption = self.tr("SHA-256 {0}").format(sha)
        QueryOp(self.lane, fetch, success=lambda r: editor.show_photo(r[0], caption),
                failure=lambda e: editor.photo_label.setText(error_text(e)),
                owner=editor).run()  # fmt: skip

    def _visible_ids(self) -> list[str]:
        assert self.state is not None
        return [s.id for s in visible_steps(self.state.template, self.answers)]

    @Slot()
    def go_next(self) -> None:
        if self.state is None or self.current is None:
            return
        ids = self._visible_ids()
        if self.current in ids and ids.index(self.current) < len(ids) - 1:
            self._show_step(ids[ids.index(self.current) + 1])
        elif self.current not in ids and ids:
            self._show_step(ids[0])

    @Slot()
    def go_back(self) -> None:
        if self.state is None or self.current is None:
            return
        ids = self._visible_ids()
        if self.current in ids and ids.index(self.current) > 0:
            self._show_step(ids[ids.index(self.current) - 1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if self.list_mode():
                item = self.list_view.currentItem()
                if item is not None:
                    self._list_row_activated(item, 0)
            else:
                self.save_and_next()
            event.accept()
            return
        super().keyPressEvent(event)

    # ----------------------------------------------------------------- saving

    @Slot()
    def save_and_next(self) -> None:
        """Save the current input (if it is new) and go to the next step once it is on
        disk; with nothing new, just go on."""
        editor = self.editor
        if self.state is None or editor is None:
            return
        if self.state.info.status != "in_progress":
            self.go_next()
            return
        kind, payload = editor.payload()
        step = editor.step
        if kind is None:
            if step.id not in self.answers and step.required and step.type == "photo":
                self._show_error(self.tr("Take a photo or choose an image file first."))
                return
            self.go_next()
            return
        if kind == "answer" and payload is None and not step.required:
            self.go_next()
            return
        self._record(step, kind, payload, editor.note_text(), advance=True)

    def _record(self, step: Step, kind: str, payload: Any, note: str, *, advance: bool) -> None:
        assert self.state is not None
        run_id = self.state.info.id
        config = self.tag_config

        def op(ctx: Context) -> AnswerSaved:
            from app.services import checklists

            if kind == "signature":
                if payload is None:
                    return checklists.record_signature(ctx, run_id, step.id, b"", [])
                png, strokes, signer = payload
                return checklists.record_signature(ctx, run_id, step.id, png, strokes,
                                                   signer=signer, note=note)  # fmt: skip
            if kind == "sanitization":
                return checklists.link_sanitization(ctx, run_id, step.id, note=note)
            if kind == "photo_file":
                try:
                    data = Path(payload).read_bytes()
                except OSError as exc:
                    from app.domain.errors import ValidationError

                    raise ValidationError.single(
                        "Photo", f"{payload}: cannot be read ({exc.strerror or exc})"
                    ) from None
                return checklists.record_photo(ctx, run_id, step.id, data, source="file",
                                               name=Path(payload).name)  # fmt: skip
            if kind == "photo_camera":
                return checklists.record_photo(ctx, run_id, step.id, _encode_frame(payload),
                                               source="camera", name="camera.jpg")  # fmt: skip
            return checklists.record_answer(ctx, run_id, step.id, payload, note,
                                            tag_config=config)  # fmt: skip

        self.pending += 1
        self.saved_label.setText(self.tr("Saving…"))
        self.saved_label.setStyleSheet("color: palette(placeholder-text);")
        self.complete_button.setEnabled(False)
        self.error_label.hide()
        gen = self._gen
        CollectionOp(
            self.lane, op,
            success=lambda r: self._saved(gen, r, advance),
            failure=lambda e: self._save_failed(gen, step, e),
            owner=self, label="checklist answer",
        ).run()  # fmt: skip

    def _saved(self, gen: int, saved: AnswerSaved, advance: bool) -> None:
        self.pending -= 1
        if gen != self._gen or self.state is None:
            return
        a = saved.answer
        self.state.answers[a.step_id] = a
        self.answers[a.step_id] = a.value
        if self.editor is not None and self.editor.step.id == a.step_id:
            self.editor.saved_value, self.editor.saved_note = a.value, a.note
        self.saved_label.setText(self.tr("✓ Saved {0}").format(
            a.answered_at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M:%S")))  # fmt: skip
        self.saved_label.setStyleSheet(text_style("ok", bold=True))
        self._refresh_steps()
        self.saved.emit(saved)
        if advance and self.current == a.step_id:
            ids = self._visible_ids()
            i = ids.index(a.step_id) if a.step_id in ids else -1
            nxt = next((s for s in ids[i + 1 :] if s not in self.answers), None)
            if nxt is None and i < len(ids) - 1:
                nxt = ids[i + 1]
            if nxt is not None:
                self._show_step(nxt)
            else:
                self._show_step(a.step_id)
                if saved.progress.complete:
                    self.complete_button.setFocus()
        elif self.current == a.step_id:
            self._show_step(a.step_id)

    def _save_failed(self, gen: int, step: Step, error: BaseException) -> None:
        self.pending -= 1
        if gen != self._gen:
            return
        from app.domain.errors import FieldtagError

        self.saved_label.setText(self.tr("Not saved"))
        self.saved_label.setStyleSheet(text_style("error", bold=True))
        self._refresh_steps()
        if isinstance(error, FieldtagError):
            if step.id != self.current:
                self._show_step(step.id)
            self._show_error(error_text(error))
        else:
            show_error(self, error)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # ----------------------------------------------------------------- photos

    def _camera(self) -> Any:
        camera = getattr(self.window(), "camera", None)
        return camera if camera is not None and camera.running else None

    @Slot(str)
    def _photo(self, source: str) -> None:
        editor = self.editor
        if editor is None or self.state is None:
            return
        step = editor.step
        if source == "camera":
            camera = self._camera()
            frame = camera.latest_frame() if camera is not None else None
            if frame is None:
                self._show_error(self.tr("The camera has no picture yet: start the scanner "
                                         "camera (F8) and try again."))  # fmt: skip
                return
            self._record(step, "photo_camera", frame, "", advance=False)
            return
        dialog = QFileDialog(self, self.tr("Choose a photo"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)"),
                               self.tr("All files (*)")])  # fmt: skip
        dialog.fileSelected.connect(lambda path: self._record(step, "photo_file", path, "",
                                                              advance=False))  # fmt: skip
        self.dialog = dialog
        dialog.open()

    # ----------------------------------------------------------------- scanning

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.dispatcher = self.dispatcher or getattr(self.window(), "scan_dispatcher", None)
        if self.dispatcher is not None:
            self.tag_config = self.dispatcher.config
            self.dispatcher.push(self)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.dispatcher is not None:
            self.dispatcher.remove(self)
        super().hideEvent(event)

    def handle_scan(self, scan: ScanInput) -> bool:
        """A scan fills the current scan step and saves it; on another step it is refused
        (the runner takes every scan while it is shown)."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.window():
            self._report(scan, self.tr("finish or close the open dialog, then scan again"),
                         "refused")  # fmt: skip
            return True
        editor = self.editor
        if self.state is None or editor is None or self.state.info.status != "in_progress":
            self._report(scan, self.tr("no checklist step takes this scan"), "refused")
            return True
        step = editor.step
        if step.type != "scan":
            self._report(scan, self.tr("step '{0}' takes no scan").format(step.title), "refused")
            return True
        editor.scan_edit.setText(scan.text)
        self._record(step, "answer", scan.text, editor.note_text(), advance=True)
        self._report(scan, self.tr("checklist: {0}").format(step.title), "ok")
        return True

    def _report(self, scan: ScanInput, what: str, cue: str) -> None:
        if self.dispatcher is not None:
            self.dispatcher.report(scan, what, cue)

    # ----------------------------------------------------------------- finish

    @Slot()
    def complete(self) -> None:
        if self.state is None or self.state.info.status != "in_progress":
            return
        if self.pending:
            self._show_error(self.tr("Wait until every answer is saved."))
            return
        prog = progress(self.state.template, self.answers)
        if prog.required_left:
            first = prog.required_left[0]
            self._show_step(first)
            self._show_error(self.tr("{0} required steps are not answered yet, starting "
                                     "with this one.").format(len(prog.required_left)))  # fmt: skip
            return
        run_id = self.state.info.id

        def op(ctx: Context) -> Completion:
            from app.services import checklists

            return checklists.complete_run(ctx, run_id)

        self.complete_button.setEnabled(False)
        CollectionOp(self.lane, op, success=self._completed, failure=self._complete_failed,
                     owner=self, label="checklist completed").run()  # fmt: skip

    def _completed(self, done: Completion) -> None:
        assert self.state is not None
        from dataclasses import replace

        self.state = replace(self.state, info=done.info)
        self._refresh_steps()
        if self.editor is not None:
            self.editor.setEnabled(False)
        self.abandon_button.setEnabled(False)
        if self.current is not None:
            self._show_step(self.current)  # read-only from now on
        self.done_label.setText(translated(done.message))
        self.print_button.setVisible(done.transition != "disposed")
        self.done_box.show()
        self.saved_label.setText(self.tr("✓ Completed"))
        self.next_device_button.setFocus()
        self.completed.emit(done)

    def _complete_failed(self, error: BaseException) -> None:
        self._refresh_steps()
        from app.domain.errors import FieldtagError

        if isinstance(error, FieldtagError):
            self._show_error(error_text(error))
        else:
            show_error(self, error)

    @Slot()
    def abandon(self) -> None:
        if self.state is None or self.state.info.status != "in_progress":
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Abandon checklist"))
        dialog.setLabelText(self.tr("Why is this checklist abandoned? (kept in the history)"))
        dialog.setOkButtonText(self.tr("Abandon"))
        dialog.textValueSelected.connect(self._abandon_with)
        self.dialog = dialog
        dialog.open()

    @Slot(str)
    def _abandon_with(self, reason: str) -> None:
        if self.state is None:
            return
        run_id = self.state.info.id

        def op(ctx: Context) -> Any:
            from app.services import checklists

            return checklists.abandon_run(ctx, run_id, reason)

        def done(info: Any) -> None:
            assert self.state is not None
            from dataclasses import replace

            self.state = replace(self.state, info=info)
            self._loaded(self._gen, self.state, self.people)
            self.abandoned.emit(info)

        CollectionOp(self.lane, op, success=done,
                     failure=lambda e: self._show_error(error_text(e)),
                     owner=self, label="checklist abandoned").run()  # fmt: skip

    @Slot()
    def print_label(self) -> None:
        window = self.window()
        if self.state is not None and hasattr(window, "print_labels"):
            window.print_labels((self.state.asset.tag,))

    @Slot()
    def _next_device(self) -> None:
        if self.state is not None:
            self.next_device_requested.emit(self.state.info.template_key)

    @Slot()
    def export_report(self) -> None:
        if self.state is None:
            return
        export_report(self, self.lane, self.state.info.id,
                      f"{self.state.asset.tag}-{self.state.info.template_key}.pdf")  # fmt: skip


def _encode_frame(frame: Any) -> bytes:
    import cv2

    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 90])
    if not ok:
        from app.domain.errors import ValidationError

        raise ValidationError.single("Photo", "the camera picture could not be stored")
    return bytes(data.tobytes())


def export_report(parent: QWidget, lane: DbLane, run_id: str, suggested: str) -> None:
    """Ask where, then write the run's PDF report on the lane."""
    from app.config import load_settings

    dialog = QFileDialog(parent, QCoreApplication.translate("RunnerView", "Save checklist report"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("RunnerView", "PDF (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested)
    organisation = load_settings().organisation

    def write(path: str) -> None:
        def op(ctx: Context) -> Path:
            from app.services import checklists

            return checklists.report_pdf(ctx, run_id, Path(path), organisation=organisation)

        def done(p: Path) -> None:
            window = parent.window()
            if hasattr(window, "show_status"):
                window.show_status(
                    QCoreApplication.translate("RunnerView", "Report saved: {0}").format(p)
                )

        QueryOp(
            lane,
            op,
            success=done,
            failure=lambda e: show_error(
                parent, e, QCoreApplication.translate("RunnerView", "The report was not saved")
            ),
            owner=parent,
        ).run()

    dialog.fileSelected.connect(write)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


__all__ = ["RunnerView", "SignaturePad", "StepEditor", "export_report"]
