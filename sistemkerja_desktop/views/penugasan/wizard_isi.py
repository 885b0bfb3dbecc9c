"""The request form, pages 2–4: *where* (the unit tujuan from the unit tree, or the other
instansi; the team it staffs; the date of the request), *the four contents* the seeds require
(maksud dan tujuan, kompetensi yang dibutuhkan, ekspektasi/target kinerja, durasi mulai–selesai)
and *attachments* (a scanned incoming letter, supporting documents)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sistemkerja_desktop.domain.penugasan import Arah, JenisPenugasan, LingkupPenugasan
from sistemkerja_desktop.services.team_dto import TimRingkas
from sistemkerja_desktop.views.common.isi_panel import ukuran_label
from sistemkerja_desktop.views.common.widgets import ElidingComboBox
from sistemkerja_desktop.views.teams.fitted_hint import FittedHint
from sistemkerja_desktop.views.teams.labels import from_qdate, periode, to_qdate

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _date_edit(d: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    return edit


class TujuanPage(QWizardPage):
    def __init__(self, units: Sequence[tuple[str, int]], teams: Sequence[TimRingkas],
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ke mana"))
        self.setSubTitle(self.tr("Unit atau instansi tujuan, tim yang diperkuat, dan tanggal "
                                 "permohonan."))
        self.unit_combo = ElidingComboBox()
        self.unit_combo.setMinimumContentsLength(30)
        self.unit_combo.addItem(self.tr("(pilih unit)"), None)
        for path, uid in units:
            self.unit_combo.addItem(path, uid)
            self.unit_combo.setItemData(self.unit_combo.count() - 1, path,
                                        Qt.ItemDataRole.ToolTipRole)
        self.instansi_edit = QLineEdit()
        self.instansi_edit.setPlaceholderText(self.tr("mis. Dinas Kesehatan Provinsi Contoh"))
        self.instansi_label = QLabel(self.tr("Instansi tujuan"))
        self.tim_combo = ElidingComboBox()
        self.tim_combo.setMinimumContentsLength(30)
        self.tim_combo.addItem(self.tr("(tanpa tim)"), None)
        self._teams = {t.id: t for t in teams}
        for t in teams:
            self.tim_combo.addItem(f"{t.nama} ({periode(t.mulai, t.selesai)})", t.id)
        self.tanggal_edit = _date_edit(today)
        self.hint = FittedHint()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unit_label = QLabel(self.tr("Unit tujuan"))
        self.form.addRow(self.unit_label, self.unit_combo)
        self.form.addRow(self.instansi_label, self.instansi_edit)
        self.form.addRow(self.tr("Untuk tim (opsional)"), self.tim_combo)
        self.form.addRow(self.tr("Tanggal permohonan"), self.tanggal_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.unit_combo.currentIndexChanged.connect(self.completeChanged)
        self.instansi_edit.textChanged.connect(self.completeChanged)
        self._lingkup = LingkupPenugasan.DALAM_UNIT
        self._arah = Arah.DALAM

    def set_kind(self, jenis: JenisPenugasan, lingkup: LingkupPenugasan, arah: Arah) -> None:
        """Show the rows this kind of request needs."""
        self._lingkup, self._arah = lingkup, arah
        self.form.setRowVisible(self.unit_combo, lingkup is LingkupPenugasan.LINTAS_UNIT)
        self.form.setRowVisible(self.instansi_edit,
                                lingkup is LingkupPenugasan.LINTAS_INSTANSI)
        self.instansi_label.setText(self.tr("Instansi pemohon") if arah is Arah.MASUK
                                    else self.tr("Instansi tujuan"))
        if lingkup is LingkupPenugasan.LINTAS_UNIT and jenis is JenisPenugasan.PENUNJUKAN:
            self.unit_label.setText(self.tr("Unit tujuan (tempat pegawai)"))
            text = self.tr("Permohonan ditujukan ke unit tempat pegawai berada; pimpinannya "
                           "yang menjawab.")
        elif lingkup is LingkupPenugasan.LINTAS_UNIT:
            self.unit_label.setText(self.tr("Unit tujuan (pemilik pekerjaan)"))
            text = self.tr("Unit yang memiliki pekerjaan yang ingin diikuti pegawai.")
        elif lingkup is LingkupPenugasan.LINTAS_INSTANSI:
            text = (self.tr("Nama instansi yang meminta pegawai kita, seperti tertulis di surat "
                            "masuknya; lampirkan pindaian suratnya di langkah berikut.")
                    if arah is Arah.MASUK else
                    self.tr("Nama instansi lain yang dimintai pegawai."))
        else:
            text = self.tr("Penugasan di dalam unit organisasi pemohon: tidak ada unit tujuan.")
        self.hint.setText(text)
        self.completeChanged.emit()

    def suggest_unit(self, unit_id: int | None) -> None:
        """Propose a unit tujuan (the pegawai's) while none is chosen."""
        if unit_id is not None and self.unit_combo.currentData() is None:
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit_id)))

    def unit_tujuan_id(self) -> int | None:
        if self._lingkup is not LingkupPenugasan.LINTAS_UNIT:
            return None
        return self.unit_combo.currentData()

    def unit_tujuan(self) -> str | None:
        uid = self.unit_tujuan_id()
        return self.unit_combo.currentText() if uid is not None else None

    def instansi(self) -> str:
        if self._lingkup is not LingkupPenugasan.LINTAS_INSTANSI:
            return ""
        return " ".join(self.instansi_edit.text().split())

    def tim_id(self) -> int | None:
        return self.tim_combo.currentData()

    def team(self) -> TimRingkas | None:
        tid = self.tim_id()
        return self._teams.get(tid) if tid else None

    def set_tim(self, tim_id: int | None) -> None:
        self.tim_combo.setCurrentIndex(max(0, self.tim_combo.findData(tim_id)))

    def tanggal(self) -> dt.date:
        return from_qdate(self.tanggal_edit.date())

    def isComplete(self) -> bool:
        if self._lingkup is LingkupPenugasan.LINTAS_UNIT:
            return self.unit_combo.currentData() is not None
        if self._lingkup is LingkupPenugasan.LINTAS_INSTANSI:
            return bool(self.instansi())
        return True


class IsiPage(QWizardPage):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Isi permohonan"))
        self.setSubTitle(self.tr("Empat hal yang wajib dimuat surat permohonan."))
        self.maksud_edit = self._text(self.tr("mis. memperkuat Tim Surveilans dalam "
                                              "penyelidikan epidemiologi KLB campak"))
        self.kompetensi_edit = self._text(self.tr("mis. epidemiologi lapangan, analisis data "
                                                  "surveilans"))
        self.target_edit = self._text(self.tr("mis. laporan penyelidikan epidemiologi selesai "
                                              "dalam 14 hari sejak kasus dilaporkan"))
        self.mulai_edit = _date_edit(today)
        self.selesai_edit = _date_edit(today)
        durasi = QHBoxLayout()
        durasi.addWidget(self.mulai_edit)
        durasi.addWidget(QLabel(self.tr("s.d.")))
        durasi.addWidget(self.selesai_edit)
        self.days_label = QLabel()
        durasi.addWidget(self.days_label)
        durasi.addStretch(1)
        self.missing = FittedHint()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Maksud dan tujuan"), self.maksud_edit)
        form.addRow(self.tr("Kompetensi yang dibutuhkan"), self.kompetensi_edit)
        form.addRow(self.tr("Ekspektasi / target kinerja"), self.target_edit)
        form.addRow(self.tr("Durasi"), durasi)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        layout.addStretch(1)
        for edit in (self.maksud_edit, self.kompetensi_edit, self.target_edit):
            edit.textChanged.connect(self._on_changed)
        for edit in (self.mulai_edit, self.selesai_edit):
            edit.dateChanged.connect(self._on_changed)
        self._on_changed()

    @staticmethod
    def _text(placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        return edit

    def values(self) -> dict[str, object]:
        return {"maksud": self.maksud_edit.toPlainText().strip(),
                "kompetensi": self.kompetensi_edit.toPlainText().strip(),
                "target": self.target_edit.toPlainText().strip(),
                "mulai": from_qdate(self.mulai_edit.date()),
                "selesai": from_qdate(self.selesai_edit.date())}

    def set_values(self, *, maksud: str = "", kompetensi: str = "", target: str = "",
                   mulai: dt.date | None = None, selesai: dt.date | None = None) -> None:
        self.maksud_edit.setPlainText(maksud)
        self.kompetensi_edit.setPlainText(kompetensi)
        self.target_edit.setPlainText(target)
        if mulai is not None:
            self.mulai_edit.setDate(to_qdate(mulai))
        if selesai is not None:
            self.selesai_edit.setDate(to_qdate(selesai))

    def kurang(self) -> list[str]:
        v = self.values()
        out = [label for label, key in ((self.tr("maksud dan tujuan"), "maksud"),
                                        (self.tr("kompetensi yang dibutuhkan"), "kompetensi"),
                                        (self.tr("ekspektasi/target kinerja"), "target"))
               if not v[key]]
        if v["selesai"] < v["mulai"]:  # type: ignore[operator]
            out.append(self.tr("tanggal selesai sebelum tanggal mulai"))
        return out

    def _on_changed(self, *_: object) -> None:
        v = self.values()
        days = (v["selesai"] - v["mulai"]).days + 1  # type: ignore[operator]
        self.days_label.setText(self.tr("(%1 hari)").replace("%1", str(days)) if days > 0
                                else "")
        kurang = self.kurang()
        self.missing.setText(self.tr("Belum diisi: %1.").replace("%1", "; ".join(kurang))
                             if kurang else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.kurang()


class LampiranPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Lampiran"))
        self.setSubTitle(self.tr("Pindaian surat masuk atau dokumen pendukung (opsional)."))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Tambah berkas…"))
        self.remove_button = QPushButton(self.tr("Hapus"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.hint = FittedHint(self.tr(
            "Berkas disalin ke dalam berkas data; berkas aslinya tidak diubah."))
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self.remove_selected)

    def choose_files(self) -> list[str]:
        """Ask for files; [] when cancelled. Tests monkeypatch this."""
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih lampiran"), "",
            self.tr("Dokumen dan pindaian (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;"
                    "Semua berkas (*)"))
        return chosen

    def add_paths(self, paths: Sequence[Path | str]) -> None:
        have = set(self.paths())
        for raw in paths:
            path = Path(raw)
            if path in have or not path.is_file():
                continue
            item = QListWidgetItem(f"{path.name}  ({ukuran_label(path.stat().st_size)})")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
            have.add(path)

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).data(PATH_ROLE)) for i in range(self.list.count())]

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def _on_add_button_clicked(self) -> None:
        self.add_paths(self.choose_files())

