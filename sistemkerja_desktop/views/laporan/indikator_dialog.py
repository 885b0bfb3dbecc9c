"""Add or change one indicator of the Perjanjian Kinerja (`IndikatorDialog`), and link teams
to an indicator (`TautkanTimDialog`).

The dialog saves through `services.kinerja` when *Simpan* is pressed: a refusal (an Indonesian
ValidationError naming the field) is shown next to that field, and the dialog stays open with
everything typed still there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import ConflictError, SistemKerjaError
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.kinerja_dto import IndikatorInfo
from sistemkerja_desktop.views.common.messages import relabel_buttons, show_error
from sistemkerja_desktop.views.common.widgets import ElidingComboBox, FieldErrors, hint


def _teks(rows: int, placeholder: str, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(parent.fontMetrics().lineSpacing() * rows + 14)
    return edit


def _keturunan(daftar: list[IndikatorInfo], akar: int) -> set[int]:
    """`akar` and every indicator cascaded from it (none of them may become its induk)."""
    hasil, baru = {akar}, {akar}
    while baru:
        baru = {i.id for i in daftar if i.induk_id in baru} - hasil
        hasil |= baru
    return hasil


class IndikatorDialog(QDialog):
    """`info` None: a new indicator of `tahun`. After `exec()` accepted: `hasil`, `changes`."""

    def __init__(self, services: Services, tahun: int, info: IndikatorInfo | None = None,
                 induk_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.info = info
        self.hasil: IndikatorInfo | None = None
        self.changes = Changes()
        self.setWindowTitle(self.tr("Ubah indikator kinerja") if info
                            else self.tr("Tambah indikator kinerja"))
        self.setMinimumWidth(640)

        self.tahun_spin = QSpinBox()
        self.tahun_spin.setRange(2000, 2100)
        self.tahun_spin.setValue(info.tahun if info else tahun)
        self.tahun_spin.setFixedWidth(100)
        self.kode_edit = QLineEdit()
        self.kode_edit.setPlaceholderText(self.tr("mis. IKU.1 atau SS.1.2"))
        self.kode_edit.setMaximumWidth(220)
        self.sasaran_edit = _teks(2, self.tr("Sasaran strategis atau hasil yang dituju"), self)
        self.indikator_edit = _teks(2, self.tr("mis. Prevalensi stunting pada balita"), self)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("mis. 14"))
        self.satuan_edit = QLineEdit()
        self.satuan_edit.setPlaceholderText(self.tr("mis. persen"))
        target_row = QHBoxLayout()
        target_row.setContentsMargins(0, 0, 0, 0)
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(QLabel(self.tr("Satuan")))
        target_row.addWidget(self.satuan_edit, 1)
        target_box = QWidget()
        target_box.setLayout(target_row)
        self.pemilik_combo = ElidingComboBox()
        self.induk_combo = ElidingComboBox()
        self.pj_combo = ElidingComboBox()
        self.pj_combo.setEditable(True)
        self.pj_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.pj_combo.model(), self.pj_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.pj_combo.setCompleter(completer)
        for combo in (self.pemilik_combo, self.induk_combo, self.pj_combo):
            combo.setMinimumContentsLength(40)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._isi_pilihan(induk_id)

        self.banner = QLabel()
        self.errors = FieldErrors(self.banner)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(8)
        rows = (("tahun", self.tr("Tahun"), self.tahun_spin),
                ("kode", self.tr("Kode"), self.kode_edit),
                ("sasaran", self.tr("Sasaran"), self.sasaran_edit),
                ("indikator", self.tr("Indikator"), self.indikator_edit),
                ("target", self.tr("Target"), target_box),
                ("pemilik", self.tr("Pemilik kinerja"), self.pemilik_combo),
                ("induk", self.tr("Turunan dari"), self.induk_combo),
                ("penanggung_jawab", self.tr("Penanggung jawab"), self.pj_combo))
        for name, label, widget in rows:
            form.addRow(label, widget)
            self.errors.register(name, label, widget)
        self.errors.register("satuan", self.tr("Satuan"), self.satuan_edit)
        self.errors.register("target", self.tr("Target"), self.target_edit)
        for alias, name in (("pemilik_position_id", "pemilik"), ("induk_id", "induk"),
                            ("penanggung_jawab_nip", "penanggung_jawab")):
            self.errors.register(alias, rows[[r[0] for r in rows].index(name)][1],
                                 {r[0]: r[2] for r in rows}[name])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Indikator turunan (cascading) menunjuk indikator induknya; penanggung jawab adalah "
            "pegawai yang menerima kaskade indikator ini.")))
        layout.addWidget(buttons)
        buttons.accepted.connect(self.simpan)
        buttons.rejected.connect(self.reject)
        if info is not None:
            self._muat(info)
        self.tahun_spin.setEnabled(info is None)
        self.indikator_edit.setFocus()

    def _isi_pilihan(self, induk_id: int | None) -> None:
        svc = self._services
        self.pemilik_combo.addItem(self.tr("— belum dipilih —"), None)
        for pos_id, label in svc.kinerja.pilihan_pemilik():
            self.pemilik_combo.addItem(label, pos_id)
            self.pemilik_combo.setItemData(self.pemilik_combo.count() - 1, label,
                                           Qt.ItemDataRole.ToolTipRole)
        self.induk_combo.addItem(self.tr("— tidak ada (indikator teratas) —"), None)
        tahun = self.tahun_spin.value()
        daftar = svc.kinerja.daftar(tahun)
        larang = _keturunan(daftar, self.info.id) if self.info else set()
        for i in daftar:
            if i.id not in larang:
                self.induk_combo.addItem("    " * i.tingkat + i.label, i.id)
                self.induk_combo.setItemData(self.induk_combo.count() - 1, i.label,
                                             Qt.ItemDataRole.ToolTipRole)
        self.induk_combo.setCurrentIndex(max(0, self.induk_combo.findData(induk_id)))
        self.pj_combo.addItem(self.tr("— belum dipilih —"), None)
        for r in sorted((r for r in svc.pegawai.rows() if r.aktif and r.nip),
                        key=lambda r: r.nama.casefold()):
            self.pj_combo.addItem(f"{r.nama} — {r.jabatan}" if r.jabatan else r.nama, r.nip)

    def _muat(self, i: IndikatorInfo) -> None:
        self.kode_edit.setText(i.kode)
        self.sasaran_edit.setPlainText(i.sasaran)
        self.indikator_edit.setPlainText(i.indikator)
        self.target_edit.setText(i.target)
        self.satuan_edit.setText(i.satuan)
        self.pemilik_combo.setCurrentIndex(max(0, self.pemilik_combo.findData(i.position_id)))
        self.induk_combo.setCurrentIndex(max(0, self.induk_combo.findData(i.induk_id)))
        self.pj_combo.setCurrentIndex(max(0, self.pj_combo.findData(
            i.penanggung_jawab_nip or None)))

    def nilai(self) -> dict[str, object]:
        """The fields as the service takes them."""
        pj = self.pj_combo.findText(self.pj_combo.currentText())
        return {"kode": self.kode_edit.text().strip(),
                "sasaran": self.sasaran_edit.toPlainText().strip(),
                "indikator": self.indikator_edit.toPlainText().strip(),
                "target": self.target_edit.text().strip(),
                "satuan": self.satuan_edit.text().strip(),
                "pemilik_position_id": self.pemilik_combo.currentData(),
                "induk_id": self.induk_combo.currentData(),
                "penanggung_jawab_nip": self.pj_combo.itemData(pj) if pj >= 0 else None}

    def simpan(self) -> bool:
        svc = self._services.kinerja
        try:
            if self.info is None:
                self.hasil, self.changes = svc.tambah(tahun=self.tahun_spin.value(),
                                                      **self.nilai())
            else:
                self.hasil, self.changes = svc.ubah(self.info.id, versi=self.info.versi,
                                                    **self.nilai())
        except ConflictError as exc:
            show_error(self, exc, self.tr("Indikator diubah di tempat lain"))
            return False
        except SistemKerjaError as exc:  # shown beside the field; nothing typed is lost
            self.errors.show(exc)
            return False
        self.errors.clear()
        self.accept()
        return True


class TautkanTimDialog(QDialog):
    """Tick the teams that serve `info`; a team serves one indicator, so ticking one linked
    elsewhere moves it here. After `exec()` accepted: `changes`."""

    def __init__(self, services: Services, info: IndikatorInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.info = info
        self.changes = Changes()
        self.setWindowTitle(self.tr("Tautkan indikator ke tim"))
        self.resize(620, 460)
        judul = QLabel(f"<b>{info.label}</b>")
        judul.setWordWrap(True)
        self.daftar = QListWidget()
        self.daftar.setAlternatingRowColors(True)
        self._awal: dict[int, bool] = {}
        lain = {tid: i for i in services.kinerja.daftar(info.tahun) if i.id != info.id
                for tid, _ in i.tim}
        for t in sorted(services.teams.teams(), key=lambda t: t.nama.casefold()):
            teks = t.nama
            if t.id in lain:
                teks += "  " + self.tr("(kini mendukung %1)").replace(
                    "%1", lain[t.id].kode or lain[t.id].indikator[:40])
            item = QListWidgetItem(teks)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setToolTip(f"{t.nama}\n{t.unit_pemilik}")
            dicentang = any(tid == t.id for tid, _ in info.tim)
            item.setCheckState(Qt.CheckState.Checked if dicentang else Qt.CheckState.Unchecked)
            self._awal[t.id] = dicentang
            self.daftar.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(judul)
        layout.addWidget(hint(self.tr("Centang Tim Kerja yang mendukung indikator ini. Satu "
                                      "tim mendukung satu indikator.")))
        layout.addWidget(self.daftar, 1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.simpan)
        buttons.rejected.connect(self.reject)

    def set_dicentang(self, tim_id: int, on: bool) -> None:
        for row in range(self.daftar.count()):
            item = self.daftar.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == tim_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def simpan(self) -> bool:
        svc = self._services.kinerja
        try:
            for row in range(self.daftar.count()):
                item = self.daftar.item(row)
                tim_id = int(item.data(Qt.ItemDataRole.UserRole))
                on = item.checkState() == Qt.CheckState.Checked
                if on != self._awal[tim_id]:
                    self.changes = svc.tautkan(self.info.id if on else None, tim_id=tim_id)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Tautan tidak dapat disimpan"))
            return False
        self.accept()
        return True
