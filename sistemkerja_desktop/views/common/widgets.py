"""Small widgets shared by the dialogs: profile chooser, logo picker, inline field errors,
and the crash dialog installed by `app.py`."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError, ValidationError
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.views.common.messages import relabel_buttons

log = logging.getLogger(__name__)

# Kinds of Perangkat Daerah offered in the "Jenis" combo (data values, stored as typed; the combo
# stays editable for anything else, e.g. "Badan Layanan Umum Daerah").
JENIS_PD: tuple[str, ...] = (
    "Dinas", "Badan", "Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat",
    "Satuan Polisi Pamong Praja", "Kecamatan", "Kelurahan", "RSUD", "Puskesmas", "UPTD",
)

ERROR_STYLE = "color: #9b1c1c; background: #fdecec; border: 1px solid #f3b4b4; " \
              "border-radius: 4px; padding: 6px 8px;"
HINT_STYLE = "color: #555;"


def guess_jenis_pd(nama: str) -> str | None:
    """'Dinas Kesehatan' → 'Dinas'; 'Kecamatan Sukamaju' → 'Kecamatan'; unknown → None."""
    low = nama.strip().casefold()
    for jenis in sorted(JENIS_PD, key=len, reverse=True):
        if low.startswith(jenis.casefold()):
            return jenis
    if low.startswith(("uptd", "upt ")):
        return "UPTD"
    return None


def heading(text: str, point_delta: int = 4, bold: bool = True) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + point_delta)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def profile_summary(profile: RegulationProfile) -> str:
    """One or two sentences describing a profile, from its own data."""
    tr = QCoreApplication.translate
    if profile.kabupaten:
        place = ", ".join(p for p in (profile.kabupaten, profile.provinsi) if p)
        return tr("Common.ProfileChooser", "Berlaku di %1 (%2). Pemeriksaan kedudukan, Tim Kerja "
                  "dan penugasan mengikuti ketentuan Perbup ini.").replace(
            "%1", place).replace("%2", profile.singkat or profile.nama)
    return tr("Common.ProfileChooser", "Hanya ketentuan yang sama di kelima Perbup Sistem Kerja. "
              "Pilih ini bila Perbup daerah Anda belum tersedia.")


class ElidingComboBox(QComboBox):
    """A combo whose closed state ends a too-long text with '…' instead of cutting it."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        opt.currentText = self.fontMetrics().elidedText(
            opt.currentText, Qt.TextElideMode.ElideRight, field.width() - 4)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


class ProfileChooser(QWidget):
    """A combo of regulation profiles (shown by `nama`) with a short description below it."""

    profile_changed = Signal(str)

    def __init__(self, profiles: Sequence[RegulationProfile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profiles = list(profiles)
        self.combo = ElidingComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(30)
        for p in self._profiles:
            self.combo.addItem(p.nama, p.kode)
            self.combo.setItemData(self.combo.count() - 1, p.nama, Qt.ItemDataRole.ToolTipRole)
        # Long regulation titles: the closed combo may cut them, the open list shows them whole.
        view = self.combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        self.description = hint("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.description)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self._on_combo_current_index_changed(self.combo.currentIndex())

    def current_code(self) -> str:
        return str(self.combo.currentData() or "")

    def set_current_code(self, kode: str) -> None:
        index = self.combo.findData(kode)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _on_combo_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._profiles):
            self.description.setText(profile_summary(self._profiles[index]))
            self.combo.setToolTip(self._profiles[index].nama)
            self.profile_changed.emit(self._profiles[index].kode)


class LogoPicker(QWidget):
    """Logo file: preview, path, 'Pilih berkas…' and 'Hapus'."""

    path_changed = Signal(str)
    PREVIEW = 88

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = QLabel()
        self.preview.setFixedSize(self.PREVIEW, self.PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Belum ada logo"))
        self.choose_button = QPushButton(self.tr("Pilih berkas…"))
        self.clear_button = QPushButton(self.tr("Hapus"))
        self.status = hint("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.path_edit)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(lambda: self.set_path(""))
        self.set_path("")

    def path(self) -> str:
        return self.path_edit.text()

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)
        self.path_edit.setToolTip(path)
        self.clear_button.setEnabled(bool(path))
        self._update_preview(path)
        self.path_changed.emit(path)

    def choose_file(self) -> str:
        """Ask for an image file; '' when cancelled. Tests monkeypatch this."""
        start = str(Path(self.path()).parent) if self.path() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas logo"), start,
            self.tr("Gambar (*.png *.jpg *.jpeg *.bmp)"))
        return chosen

    def _on_choose_button_clicked(self) -> None:
        chosen = self.choose_file()
        if chosen:
            self.set_path(chosen)

    def _update_preview(self, path: str) -> None:
        self.preview.setPixmap(QPixmap())
        self.status.setText("")
        if not path:
            self.preview.setText(self.tr("Tanpa\nlogo"))
            return
        pixmap = QPixmap(path) if Path(path).is_file() else QPixmap()
        if pixmap.isNull():
            self.preview.setText("—")
            self.status.setText(self.tr("Berkas tidak ditemukan atau bukan gambar."))
            self.status.setStyleSheet("color: #9b1c1c;")
            return
        self.preview.setText("")
        self.preview.setPixmap(pixmap.scaled(
            self.PREVIEW - 8, self.PREVIEW - 8, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(self.tr("%1 × %2 piksel").replace("%1", str(pixmap.width()))
                            .replace("%2", str(pixmap.height())))


@dataclass
class _Field:
    label: str
    widget: QWidget
    reveal: Callable[[], None] | None = None


class FieldErrors:
    """Shows a ValidationError next to the form: a banner naming the field, a red frame on it,
    focus moved there (and its tab revealed)."""

    def __init__(self, banner: QLabel) -> None:
        self.banner = banner
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self._fields: dict[str, _Field] = {}
        self._marked: list[QWidget] = []

    def register(self, name: str, label: str, widget: QWidget,
                 reveal: Callable[[], None] | None = None) -> None:
        self._fields[name] = _Field(label, widget, reveal)

    def clear(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()
        self.banner.hide()
        self.banner.setText("")

    def show(self, exc: SistemKerjaError) -> str | None:
        """Display `exc`; returns the field name it was attached to, if any."""
        self.clear()
        name = exc.field if isinstance(exc, ValidationError) else None
        if name is None and exc.code == "tidak_ditemukan":
            name = "profil" if "profil" in self._fields and "profil" in exc.message.lower() \
                else None
        field = self._fields.get(name or "")
        message = html.escape(exc.message)  # messages may quote what the user typed
        if field is None:
            self.banner.setText(message)
        else:
            named = field.label.casefold() in exc.message.casefold()
            self.banner.setText(message if named
                                else f"<b>{html.escape(field.label)}</b>: {message}")
            if field.reveal is not None:
                field.reveal()
            target = field.widget
            target.setStyleSheet("border: 1px solid #c62828; border-radius: 3px;")
            self._marked.append(target)
            target.setFocus()
        self.banner.show()
        return name if field is not None else None


class CrashDialog(QDialog):
    """An unexpected error (a bug): what happened, copyable details, where the log is."""

    def __init__(self, summary: str, details: str, log_file: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi kesalahan tak terduga"))
        self.resize(640, 420)
        title = heading(self.tr("Maaf, terjadi kesalahan yang tidak terduga."), 2)
        body = QLabel(self.tr(
            "Ini adalah kesalahan program, bukan kesalahan Anda. Data yang sudah disimpan tetap "
            "aman. Salin rincian di bawah dan kirimkan kepada pengelola aplikasi."))
        body.setWordWrap(True)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self.details.setFont(mono)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        if log_file:
            layout.addWidget(hint(self.tr("Catatan lengkap tersimpan di %1").replace(
                "%1", log_file)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Salin rincian"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        relabel_buttons(buttons)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        layout.addWidget(buttons)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.summary.text()}\n\n{self.details.toPlainText()}")
        self.copy_button.setText(self.tr("Tersalin"))
