"""The team's own fields: name, kind (from the profile), status, unit and pejabat pemilik
kinerja, penanggung jawab, period, budget year and source, reporting frequency, the target it
serves, its tugas (diktum KEDUA) and, when the profile asks them, the "is a team needed?"
questions (Barito Timur)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.profiles.base import tambah_bulan
from sistemkerja_desktop.domain.tim import TRANSISI, FrekuensiLaporan, StatusTim, Tim
from sistemkerja_desktop.services.team_dto import JenisTimInfo
from sistemkerja_desktop.views.common.widgets import ElidingComboBox, hint
from sistemkerja_desktop.views.teams.labels import (
    frekuensi_label,
    from_qdate,
    status_label,
    to_qdate,
)
from sistemkerja_desktop.views.teams.line_list_editor import LineListEditor

_ANSWERS = (None, True, False)


def with_hint(field: QWidget, note: QLabel) -> QWidget:
    """A form field with a wrapped note right under it (a note on its own form row gets a
    needlessly tall row from QFormLayout)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(note)
    return box


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setContentsMargins(12, 10, 12, 10)
    form.setVerticalSpacing(8)
    form.setHorizontalSpacing(14)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    return form


class TeamForm(QScrollArea):
    edited = Signal()  # any field changed by the user
    unit_changed = Signal()  # the unit pemilik kinerja changed (members' origin changes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._jenis: list[JenisTimInfo] = []
        self._struktur: Struktur | None = None
        self._questions: list[tuple[str, QComboBox]] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(4, 4, 12, 4)
        self.body_layout.setSpacing(10)
        self._build_identity()
        self._build_kinerja()
        self._build_periode()
        self._build_tugas()
        self.kebutuhan_box = QGroupBox(self.tr("Kebutuhan pembentukan tim"))
        self.kebutuhan_layout = QVBoxLayout(self.kebutuhan_box)
        self.kebutuhan_box.hide()
        self.body_layout.addWidget(self.kebutuhan_box)
        self.body_layout.addStretch(1)
        self.setWidget(body)
        self._wire()

    # ---- construction
    def _build_identity(self) -> None:
        box = QGroupBox(self.tr("Identitas tim"))
        form = _form(box)
        self.nama_edit = QLineEdit()
        self.nama_edit.setPlaceholderText(self.tr("mis. Tim Kerja Percepatan Penurunan Stunting"))
        self.jenis_combo = QComboBox()
        self.jenis_hint = hint("")
        self.status_combo = QComboBox()
        form.addRow(self.tr("Nama tim"), self.nama_edit)
        form.addRow(self.tr("Jenis"), with_hint(self.jenis_combo, self.jenis_hint))
        form.addRow(self.tr("Status"), self.status_combo)
        self.body_layout.addWidget(box)

    def _build_kinerja(self) -> None:
        box = QGroupBox(self.tr("Kinerja yang didukung"))
        form = _form(box)
        self.unit_combo = ElidingComboBox()
        self.pemilik_combo = ElidingComboBox()
        self.pj_combo = ElidingComboBox()
        self.pj_combo.setEditable(True)
        self.pj_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.pj_combo.model(), self.pj_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.pj_combo.setCompleter(completer)
        self.sasaran_edit = QPlainTextEdit()
        self.sasaran_edit.setTabChangesFocus(True)
        self.sasaran_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.sasaran_edit.setPlaceholderText(self.tr(
            "Sasaran, output, atau indikator kinerja yang didukung tim"))
        form.addRow(self.tr("Unit pemilik kinerja"), self.unit_combo)
        form.addRow(self.tr("Pejabat pemilik kinerja"), self.pemilik_combo)
        form.addRow(self.tr("Penanggung jawab"), self.pj_combo)
        form.addRow(self.tr("Dasar (sasaran)"), self.sasaran_edit)
        self.kinerja_form = form  # the builder adds "Indikator kinerja yang didukung" here
        self.body_layout.addWidget(box)

    def _build_periode(self) -> None:
        box = QGroupBox(self.tr("Periode dan pembiayaan"))
        form = _form(box)
        self.mulai_edit = QDateEdit()
        self.selesai_edit = QDateEdit()
        for edit in (self.mulai_edit, self.selesai_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
            edit.setMinimumWidth(150)
        self.durasi_label = hint("")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mulai_edit)
        row.addWidget(QLabel(self.tr("s.d.")))
        row.addWidget(self.selesai_edit)
        row.addWidget(self.durasi_label, 1)
        self.tahun_spin = QSpinBox()
        self.tahun_spin.setRange(0, 2100)
        self.tahun_spin.setSpecialValueText(self.tr("—"))
        self.tahun_spin.setFixedWidth(100)
        self.biaya_edit = QLineEdit()
        self.biaya_edit.setPlaceholderText(self.tr("mis. DPA Dinas Kesehatan Tahun Anggaran 2026"))
        self.frekuensi_combo = QComboBox()
        for f in FrekuensiLaporan:
            self.frekuensi_combo.addItem(frekuensi_label(f), f.value)
        form.addRow(self.tr("Periode"), row)
        form.addRow(self.tr("Tahun anggaran"), self.tahun_spin)
        form.addRow(self.tr("Sumber biaya"), self.biaya_edit)
        form.addRow(self.tr("Laporan kemajuan"), self.frekuensi_combo)
        self.body_layout.addWidget(box)

    def _build_tugas(self) -> None:
        box = QGroupBox(self.tr("Tugas tim (diktum KEDUA)"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 10)
        self.tugas_editor = LineListEditor(self.tr("uraian tugas baru"))
        self.tugas_editor.setMinimumHeight(140)
        layout.addWidget(self.tugas_editor)
        layout.addWidget(hint(self.tr("Satu butir per tugas, dimulai dengan kata kerja "
                                      "(mis. “menyusun …;”). Klik dua kali untuk mengubah.")))
        self.body_layout.addWidget(box)

    def _wire(self) -> None:
        for edit in (self.nama_edit, self.biaya_edit):
            edit.textChanged.connect(self._changed)
        self.sasaran_edit.textChanged.connect(self._changed)
        for combo in (self.status_combo, self.pemilik_combo, self.frekuensi_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.pj_combo.currentTextChanged.connect(self._changed)
        self.jenis_combo.currentIndexChanged.connect(self._on_jenis_combo_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_changed)
        for date_edit in (self.mulai_edit, self.selesai_edit):
            date_edit.dateChanged.connect(self._on_date_changed)
        self.tahun_spin.valueChanged.connect(self._changed)
        self.tugas_editor.changed.connect(self._changed)

    # ---- choices
    def set_choices(self, struktur: Struktur, jenis: Sequence[JenisTimInfo],
                    profile: RegulationProfile) -> None:
        """Units, positions, pegawai, the profile's kinds of team and its questions."""
        self._loading = True
        self._struktur = struktur
        self._jenis = list(jenis)
        self.jenis_combo.clear()
        for j in self._jenis:
            self.jenis_combo.addItem(j.nama, j.kode)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("(pilih unit)"), None)
        for path, uid in sorted(((struktur.unit_path(u.id), u.id) for u in struktur.units),
                                key=lambda p: p[0].casefold()):
            self.unit_combo.addItem(path, uid)
            self.unit_combo.setItemData(self.unit_combo.count() - 1, path,
                                        Qt.ItemDataRole.ToolTipRole)
        self.pemilik_combo.clear()
        self.pemilik_combo.addItem(self.tr("(belum dipilih)"), None)
        for pos in sorted(struktur.positions, key=lambda p: p.nama.casefold()):
            holder = struktur.holder(pos.id)
            label = f"{pos.nama} — {holder.nama_lengkap if holder else self.tr('kosong')}"
            self.pemilik_combo.addItem(label, pos.id)
            self.pemilik_combo.setItemData(self.pemilik_combo.count() - 1, label,
                                           Qt.ItemDataRole.ToolTipRole)
        self.pj_combo.clear()
        self.pj_combo.addItem(self.tr("(belum dipilih)"), None)
        for p in sorted((p for p in struktur.pegawai if p.aktif and not p.eksternal),
                        key=lambda p: p.nama.casefold()):
            label = f"{p.nama_lengkap} — {p.jabatan.nama}" if p.jabatan else p.nama_lengkap
            self.pj_combo.addItem(label, p.id)
        self._build_questions(profile)
        self._loading = False

    def _build_questions(self, profile: RegulationProfile) -> None:
        while self.kebutuhan_layout.count():
            item = self.kebutuhan_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self._questions = []
        for q in profile.pertanyaan_kebutuhan_tim:
            label = QLabel(html.escape(q.pertanyaan) + "<br><span style='color:#666'>"
                           + html.escape(self.tr("Dasar: %1").replace("%1", str(q.dasar)))
                           + "</span>")
            label.setWordWrap(True)
            combo = QComboBox()
            for text in (self.tr("Belum dijawab"), self.tr("Ya"), self.tr("Tidak")):
                combo.addItem(text)
            combo.setFixedWidth(130)
            combo.currentIndexChanged.connect(self._changed)
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(combo, 0, Qt.AlignmentFlag.AlignTop)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            self.kebutuhan_layout.addWidget(holder)
            self._questions.append((q.kode, combo))
        if self._questions:
            self.kebutuhan_layout.addWidget(hint(self.tr(
                "Bila salah satu dijawab “Tidak”, Pejabat Pemilik Kinerja melakukan penunjukan "
                "individual, bukan membentuk tim.")))
        self.kebutuhan_box.setTitle(self.tr("Kebutuhan pembentukan tim (%1)").replace(
            "%1", profile.singkat or profile.nama))
        self.kebutuhan_box.setVisible(bool(self._questions))

    # ---- data
    def default_team(self, today: dt.date) -> Tim:
        """A new team: draft, starting today for one year, the first kind of the profile."""
        selesai = tambah_bulan(today, 12) - dt.timedelta(days=1)
        pj = None
        if self._struktur is not None:
            root = next((u for u in self._struktur.units if u.parent_id is None), None)
            pos = self._struktur.pimpinan_of(root.id) if root else None
            holder = self._struktur.holder(pos.id) if pos else None
            pj = holder.id if holder else None
        return Tim(nama="", jenis=self._jenis[0].kode if self._jenis else "tim-kerja",
                   unit_pemilik_id=None, mulai=today, selesai=selesai, tahun_anggaran=today.year,
                   penanggung_jawab_id=pj)

    def load(self, tim: Tim, saved_status: StatusTim | None) -> None:
        """Show `tim`; `saved_status` (None for a new team) limits the status choices."""
        self._loading = True
        self.nama_edit.setText(tim.nama)
        index = next((i for i, j in enumerate(self._jenis)
                      if tim.jenis == j.kode or tim.jenis in j.alias), -1)
        if index < 0:
            self.jenis_combo.addItem(self.tr("%1 (tidak dikenal profil)").replace(
                "%1", tim.jenis), tim.jenis)
            index = self.jenis_combo.count() - 1
        self.jenis_combo.setCurrentIndex(index)
        self._set_status_choices(tim.status, saved_status)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(tim.unit_pemilik_id)))
        self.pemilik_combo.setCurrentIndex(
            max(0, self.pemilik_combo.findData(tim.pemilik_kinerja_position_id)))
        self.pj_combo.setCurrentIndex(max(0, self.pj_combo.findData(tim.penanggung_jawab_id)))
        self.sasaran_edit.setPlainText(tim.sasaran)
        today = QDate.currentDate()
        self.mulai_edit.setDate(to_qdate(tim.mulai) if tim.mulai else today)
        self.selesai_edit.setDate(to_qdate(tim.selesai) if tim.selesai else today)
        self.tahun_spin.setValue(tim.tahun_anggaran or 0)
        self.biaya_edit.setText(tim.sumber_biaya)
        self.frekuensi_combo.setCurrentIndex(
            max(0, self.frekuensi_combo.findData(tim.frekuensi_laporan.value)))
        self.tugas_editor.set_values(tim.tugas)
        for kode, combo in self._questions:
            combo.setCurrentIndex(_ANSWERS.index(tim.jawaban(kode)))
        self._loading = False
        self._update_hints()

    def value(self, base: Tim) -> Tim:
        """`base` with the fields as edited (members and SK texts are kept from `base`)."""
        pj_index = self.pj_combo.findText(self.pj_combo.currentText())
        kebutuhan = tuple((kode, answer) for kode, combo in self._questions
                          if (answer := _ANSWERS[combo.currentIndex()]) is not None)
        return dataclasses.replace(
            base, nama=self.nama_edit.text().strip(),
            jenis=self.jenis_combo.currentData() or base.jenis,
            status=StatusTim(self.status_combo.currentData() or base.status.value),
            unit_pemilik_id=self.unit_combo.currentData(),
            pemilik_kinerja_position_id=self.pemilik_combo.currentData(),
            penanggung_jawab_id=self.pj_combo.itemData(pj_index) if pj_index >= 0 else None,
            sasaran=self.sasaran_edit.toPlainText().strip(),
            mulai=from_qdate(self.mulai_edit.date()), selesai=from_qdate(self.selesai_edit.date()),
            tahun_anggaran=self.tahun_spin.value() or None,
            sumber_biaya=self.biaya_edit.text().strip(),
            frekuensi_laporan=FrekuensiLaporan(self.frekuensi_combo.currentData()),
            tugas=self.tugas_editor.values(), kebutuhan=kebutuhan)

    def _set_status_choices(self, status: StatusTim, saved: StatusTim | None) -> None:
        allowed = [StatusTim.DRAF, StatusTim.AKTIF] if saved is None else [
            s for s in StatusTim if s is saved or (saved, s) in TRANSISI]
        if status not in allowed:
            allowed.append(status)
        self.status_combo.clear()
        for s in StatusTim:
            if s in allowed:
                self.status_combo.addItem(status_label(s), s.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))

    # ---- slots
    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_jenis_combo_changed(self, *_: object) -> None:
        self._update_hints()
        self._changed()

    def _on_date_changed(self, *_: object) -> None:
        self._update_hints()
        self._changed()

    def _on_unit_combo_changed(self, *_: object) -> None:
        if self._loading:
            return
        unit_id = self.unit_combo.currentData()
        if self._struktur is not None and unit_id is not None:
            pos = self._struktur.pimpinan_of(unit_id)
            if pos is not None:  # propose the head of the unit as pejabat pemilik kinerja
                self.pemilik_combo.setCurrentIndex(max(0, self.pemilik_combo.findData(pos.id)))
        self.unit_changed.emit()
        self.edited.emit()

    def _update_hints(self) -> None:
        kode = self.jenis_combo.currentData()
        j = next((x for x in self._jenis if x.kode == kode), None)
        if j is None:
            self.jenis_hint.setText(self.tr("Jenis ini tidak dikenal oleh profil peraturan."))
        else:
            if j.min_bulan and j.maks_bulan:
                durasi = self.tr("Masa tugas %1–%2 bulan.").replace("%1", str(j.min_bulan)) \
                    .replace("%2", str(j.maks_bulan))
            elif j.maks_bulan:
                durasi = self.tr("Masa tugas paling lama %1 bulan.").replace(
                    "%1", str(j.maks_bulan))
            else:
                durasi = self.tr("Masa tugas sesuai periode yang ditetapkan.")
            self.jenis_hint.setText(durasi + " " + self.tr("Dasar: %1").replace("%1", j.dasar))
        mulai, selesai = from_qdate(self.mulai_edit.date()), from_qdate(self.selesai_edit.date())
        if selesai < mulai:
            self.durasi_label.setText(self.tr("selesai sebelum mulai"))
        else:
            months = round(((selesai - mulai).days + 1) / 30.44)
            self.durasi_label.setText(self.tr("± %1 bulan").replace("%1", str(months))
                                      if months else self.tr("kurang dari 1 bulan"))
