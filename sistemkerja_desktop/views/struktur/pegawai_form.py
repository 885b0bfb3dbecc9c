"""The pegawai detail form on the right of the Struktur screen: edit, validate inline, save."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError, ValidationError
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori, jenjang_from_nama
from sistemkerja_desktop.domain.nip import NipInfo, StatusKepegawaian, parse_nip
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.pangkat import GOLONGAN_PNS, GOLONGAN_PPPK, Golongan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.pegawai_service import golongan_warning
from sistemkerja_desktop.views.common.i18n import indonesian_locale
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading, hint

log = logging.getLogger(__name__)

_ERROR_LABEL = "color: #b3261e;"
_OK_LABEL = "color: #2e6b30;"
_WARN_LABEL = ("color: #7a4b00; background: #fff4d6; border: 1px solid #f0d58a; "
               "border-radius: 4px; padding: 4px 6px;")
_BAD_FIELD = "border: 1px solid #c62828; border-radius: 3px;"


def golongan_items(status: StatusKepegawaian) -> list[Golongan]:
    """The golongan offered for a status: PNS pangkat/golongan ruang, or PPPK I–XVII."""
    pppk = status is StatusKepegawaian.PPPK
    return [Golongan(pppk, i) for i in range(len(GOLONGAN_PPPK if pppk else GOLONGAN_PNS))]


def golongan_from_kode(kode: str | None, status: StatusKepegawaian) -> Golongan | None:
    if not kode:
        return None
    pppk = status is StatusKepegawaian.PPPK
    kodes = GOLONGAN_PPPK if pppk else GOLONGAN_PNS
    return Golongan(pppk, kodes.index(kode)) if kode in kodes else None


def describe_nip(info: NipInfo) -> str:
    """'PNS · lahir 11 April 1968 · TMT CPNS Maret 1993 · laki-laki' (Indonesian month names)."""
    loc = indonesian_locale()
    lahir = loc.toString(QDate(info.tanggal_lahir), "d MMMM yyyy")
    if info.status is StatusKepegawaian.PPPK:
        tmt = f"TMT {info.tmt.year}"
    else:
        tmt = f"TMT CPNS {loc.toString(QDate(info.tmt), 'MMMM yyyy')}"
    kelamin = "laki-laki" if info.jenis_kelamin == "L" else "perempuan"
    return f"{info.status.value} · lahir {lahir} · {tmt} · {kelamin}"


class PegawaiForm(QWidget):
    """Shows one pegawai (or a new one) for editing. Emits `saved(changes)` after "Simpan"."""

    saved = Signal(object)  # services.changes.Changes

    FIELDS = ("nip", "nama", "golongan", "jabatan", "jenis_jabatan", "jenjang", "unit", "ppk",
              "email")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._pegawai: Pegawai | None = None
        self._initial_ppk: int | None = None
        self._status = StatusKepegawaian.PNS
        self._loading = False
        self._dirty = False
        self._build()
        self.show_empty()

    # ---- layout
    def _build(self) -> None:
        self.title = heading(self.tr("Data pegawai"), 3)
        self.subtitle = hint("")
        self.nip_edit = QLineEdit()
        self.nip_edit.setPlaceholderText(self.tr("18 digit, boleh dengan spasi"))
        self.nip_info = QLabel()
        self.nip_info.setWordWrap(True)
        self.nama_edit = QLineEdit()
        self.nama_edit.setPlaceholderText(self.tr("Nama tanpa gelar"))
        self.gelar_depan_edit = QLineEdit()
        self.gelar_depan_edit.setPlaceholderText(self.tr("mis. dr."))
        self.gelar_belakang_edit = QLineEdit()
        self.gelar_belakang_edit.setPlaceholderText(self.tr("mis. S.Kep., M.M."))
        self.golongan_combo = QComboBox()
        self.pendidikan_edit = QLineEdit()
        self.pendidikan_edit.setPlaceholderText(self.tr("mis. S1 Keperawatan"))
        self.jabatan_edit = QLineEdit()
        self.jabatan_edit.setPlaceholderText(self.tr("mis. Perawat Ahli Muda"))
        self.kategori_combo = QComboBox()
        for k in Kategori:
            self.kategori_combo.addItem(k.value, k.value)
        self.jenjang_combo = QComboBox()
        self.jenjang_combo.addItem(self.tr("— tidak ada —"), None)
        for j in Jenjang:
            self.jenjang_combo.addItem(j.value, j.value)
        self.unit_combo = QComboBox()
        self.ppk_combo = QComboBox()
        for combo in (self.unit_combo, self.ppk_combo, self.golongan_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self.email_edit = QLineEdit()
        self.telepon_edit = QLineEdit()
        self.kompetensi_edit = QLineEdit()
        self.kompetensi_edit.setPlaceholderText(self.tr("dipisah koma"))
        self.aktif_check = QCheckBox(self.tr("Pegawai aktif"))
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(_WARN_LABEL)
        self.warning_label.hide()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Batalkan perubahan"))

        self.error_labels: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {
            "nip": self.nip_edit, "nama": self.nama_edit, "golongan": self.golongan_combo,
            "jabatan": self.jabatan_edit, "jenis_jabatan": self.kategori_combo,
            "jenjang": self.jenjang_combo, "unit": self.unit_combo, "ppk": self.ppk_combo,
            "email": self.email_edit}
        for name in self.FIELDS:
            label = QLabel()
            label.setWordWrap(True)
            label.setStyleSheet(_ERROR_LABEL)
            label.hide()
            self.error_labels[name] = label

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)

        def field(widget: QWidget, *extra: QWidget) -> QWidget:
            box = QWidget()
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(2)
            lay.addWidget(widget)
            for w in extra:
                lay.addWidget(w)
            return box

        gelar = QWidget()
        gl = QHBoxLayout(gelar)
        gl.setContentsMargins(0, 0, 0, 0)
        gl.addWidget(self.gelar_depan_edit, 1)
        gl.addWidget(self.gelar_belakang_edit, 2)
        errs = self.error_labels
        form.addRow(self.tr("NIP"), field(self.nip_edit, self.nip_info, errs["nip"]))
        form.addRow(self.tr("Nama"), field(self.nama_edit, errs["nama"]))
        form.addRow(self.tr("Gelar"), gelar)
        form.addRow(self.tr("Pangkat/gol."), field(self.golongan_combo, errs["golongan"]))
        form.addRow(self.tr("Pendidikan"), self.pendidikan_edit)
        form.addRow(self.tr("Jabatan"), field(self.jabatan_edit, errs["jabatan"]))
        form.addRow(self.tr("Jenis jabatan"), field(self.kategori_combo, errs["jenis_jabatan"]))
        form.addRow(self.tr("Jenjang"), field(self.jenjang_combo, errs["jenjang"],
                                              self.warning_label))
        form.addRow(self.tr("Unit kerja"), field(self.unit_combo, errs["unit"]))
        form.addRow(self.tr("PPK"), field(self.ppk_combo, errs["ppk"]))
        form.addRow(self.tr("Pos-el"), field(self.email_edit, errs["email"]))
        form.addRow(self.tr("Telepon"), self.telepon_edit)
        form.addRow(self.tr("Kompetensi"), self.kompetensi_edit)
        form.addRow("", self.aktif_check)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        lay.addLayout(form)
        lay.addWidget(self.banner)
        lay.addLayout(buttons)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)

        self.empty_label = hint(self.tr(
            "Pilih pegawai di tabel untuk melihat dan mengubah datanya, atau klik "
            "“Tambah pegawai” untuk menambah pegawai baru."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty = QWidget()
        el = QVBoxLayout(empty)
        el.setContentsMargins(24, 24, 24, 24)
        el.addWidget(self.empty_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        for edit in (self.nama_edit, self.gelar_depan_edit, self.gelar_belakang_edit,
                     self.pendidikan_edit, self.email_edit, self.telepon_edit,
                     self.kompetensi_edit, self.jabatan_edit):
            edit.textChanged.connect(self._on_edited)
        for combo in (self.golongan_combo, self.unit_combo, self.ppk_combo, self.jenjang_combo):
            combo.currentIndexChanged.connect(self._on_edited)
        self.aktif_check.toggled.connect(self._on_edited)
        self.nip_edit.textChanged.connect(self._on_nip_edit_text_changed)
        self.kategori_combo.currentIndexChanged.connect(self._on_kategori_combo_changed)
        self.jabatan_edit.editingFinished.connect(self._on_jabatan_edit_editing_finished)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)

    # ---- public API
    @property
    def pegawai_id(self) -> int | None:
        """The pegawai shown (0 for a new one), None when the form is empty."""
        return self._pegawai.id if self._pegawai is not None else None

    def is_dirty(self) -> bool:
        return self._dirty

    def set_choices(self, struktur: Struktur) -> None:
        """Fill the unit and PPK combos (call after every reload of the data)."""
        self._loading = True
        unit = self.unit_combo.currentData()
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("(tanpa unit)"), None)
        paths = sorted(((struktur.unit_path(u.id), u.id) for u in struktur.units),
                       key=lambda pu: pu[0].casefold())
        for path, uid in paths:
            self.unit_combo.addItem(path, uid)
            self.unit_combo.setItemData(self.unit_combo.count() - 1, path,
                                        Qt.ItemDataRole.ToolTipRole)
        self._select_data(self.unit_combo, unit)
        ppk = self.ppk_combo.currentData()
        self.ppk_combo.clear()
        self.ppk_combo.addItem(self.tr("— belum ditetapkan —"), None)
        for choice in self._services.pegawai.ppk_choices():
            self.ppk_combo.addItem(choice.label, choice.position_id)
            self.ppk_combo.setItemData(self.ppk_combo.count() - 1, choice.label,
                                       Qt.ItemDataRole.ToolTipRole)
        self._select_data(self.ppk_combo, ppk)
        self._loading = False

    def show_empty(self) -> None:
        self._pegawai = None
        self._dirty = False
        self.stack.setCurrentIndex(0)

    def load(self, pegawai: Pegawai, ppk_position_id: int | None = None) -> None:
        self._loading = True
        self._pegawai = pegawai
        self._initial_ppk = ppk_position_id
        self._clear_errors()
        new = pegawai.id == 0
        self.title.setText(self.tr("Pegawai baru") if new else pegawai.nama_lengkap)
        self.subtitle.setText(self.tr("Isi data lalu klik Simpan.") if new
                              else pegawai.nip_tampil)
        self.nip_edit.setText(pegawai.nip_tampil if pegawai.nip else "")
        self.nama_edit.setText(pegawai.nama)
        self.gelar_depan_edit.setText(pegawai.gelar_depan)
        self.gelar_belakang_edit.setText(pegawai.gelar_belakang)
        self._status = pegawai.status
        self._fill_golongan(pegawai.status, pegawai.golongan)
        self.pendidikan_edit.setText(pegawai.pendidikan)
        j = pegawai.jabatan
        self.jabatan_edit.setText(j.nama if j else "")
        self._select_data(self.kategori_combo, (j.kategori if j else Kategori.PELAKSANA).value)
        self._select_data(self.jenjang_combo, j.jenjang.value if j and j.jenjang else None)
        self._select_data(self.unit_combo, pegawai.unit_id)
        self._select_data(self.ppk_combo, ppk_position_id)
        self.email_edit.setText(pegawai.email)
        self.telepon_edit.setText(pegawai.telepon)
        self.kompetensi_edit.setText(", ".join(pegawai.kompetensi))
        self.aktif_check.setChecked(pegawai.aktif)
        self._loading = False
        self._update_nip_info()
        self._update_jenjang_enabled()
        self._update_warning()
        self._dirty = False
        self.stack.setCurrentIndex(1)

    def new(self, unit_id: int | None = None) -> None:
        self.load(Pegawai(id=0, nip="", nama="", jabatan=None, unit_id=unit_id))
        self.nip_edit.setFocus()

    def collect(self) -> Pegawai:
        """The pegawai as currently typed (not validated)."""
        base = self._pegawai or Pegawai(id=0, nip="", nama="", jabatan=None, unit_id=None)
        nama_jabatan = self.jabatan_edit.text().strip()
        kategori = Kategori(self.kategori_combo.currentData())
        jenjang_value = self.jenjang_combo.currentData()
        jenjang = Jenjang(jenjang_value) if jenjang_value and self.jenjang_combo.isEnabled() \
            else None
        jabatan = Jabatan(nama_jabatan, kategori, jenjang) if nama_jabatan else None
        golongan = golongan_from_kode(self.golongan_combo.currentData(), self._status)
        kompetensi = tuple(k.strip() for k in self.kompetensi_edit.text().split(",")
                           if k.strip())
        return dataclasses.replace(
            base, nip=self.nip_edit.text().strip(), nama=self.nama_edit.text().strip(),
            status=self._status, gelar_depan=self.gelar_depan_edit.text().strip(),
            gelar_belakang=self.gelar_belakang_edit.text().strip(),
            golongan=golongan,
            pendidikan=self.pendidikan_edit.text().strip(), jabatan=jabatan,
            unit_id=self.unit_combo.currentData(), email=self.email_edit.text().strip(),
            telepon=self.telepon_edit.text().strip(), kompetensi=kompetensi,
            aktif=self.aktif_check.isChecked())

    def save(self) -> bool:
        """Validate and save through the service; errors are shown next to their field."""
        if self._pegawai is None:
            return False
        self._clear_errors()
        pegawai = self.collect()
        ppk = self.ppk_combo.currentData()
        try:
            saved, changes = self._services.pegawai.save(
                pegawai, ppk_position_id=ppk if ppk is not None and ppk != self._initial_ppk
                else None)
        except ValidationError as exc:
            self.show_field_error(exc.field, exc.message)
            return False
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Pegawai tidak dapat disimpan"))
            return False
        log.info("Saved pegawai #%s", saved.id)
        self._pegawai = saved
        self._initial_ppk = ppk if ppk is not None else self._initial_ppk
        self._dirty = False
        self.title.setText(saved.nama_lengkap)
        self.subtitle.setText(saved.nip_tampil)
        self.saved.emit(changes)
        return True

    def show_field_error(self, field: str | None, message: str) -> None:
        label = self.error_labels.get(field or "")
        if label is None:
            self.banner.setText(message)
            self.banner.show()
            return
        label.setText(message)
        label.show()
        widget = self._field_widgets[field or ""]
        widget.setStyleSheet(_BAD_FIELD)
        widget.setFocus()

    def field_error(self, field: str) -> str:
        """The inline error shown for `field` ('' when none)."""
        label = self.error_labels[field]
        return label.text() if not label.isHidden() else ""

    # ---- helpers
    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _fill_golongan(self, status: StatusKepegawaian, current: Golongan | None) -> None:
        was_loading, self._loading = self._loading, True
        self.golongan_combo.clear()
        self.golongan_combo.addItem(self.tr("— belum diisi —"), None)
        for gol in golongan_items(status):
            self.golongan_combo.addItem(gol.tampil, gol.kode)
        index = self.golongan_combo.findData(current.kode) if current is not None else 0
        self.golongan_combo.setCurrentIndex(max(index, 0))
        self._loading = was_loading

    def _clear_errors(self) -> None:
        for name, label in self.error_labels.items():
            label.hide()
            label.setText("")
            self._field_widgets[name].setStyleSheet("")
        self.banner.hide()

    def _update_nip_info(self) -> None:
        text = self.nip_edit.text().strip()
        if not text:
            self.nip_info.setStyleSheet(_ERROR_LABEL if self._pegawai and self._pegawai.id
                                        else "color: #555;")
            self.nip_info.setText(self.tr("NIP wajib diisi (18 digit)."))
            return
        try:
            info = parse_nip(text)
        except ValidationError as exc:
            self.nip_info.setStyleSheet(_ERROR_LABEL)
            self.nip_info.setText(exc.message)
            return
        self.nip_info.setStyleSheet(_OK_LABEL)
        self.nip_info.setText("✓ " + describe_nip(info))
        if info.status is not self._status:
            self._status = info.status  # PNS ↔ PPPK: the other golongan list
            self._fill_golongan(info.status, None)

    def _update_jenjang_enabled(self) -> None:
        fungsional = self.kategori_combo.currentData() == Kategori.FUNGSIONAL.value
        self.jenjang_combo.setEnabled(fungsional)
        self.jenjang_combo.setToolTip("" if fungsional else self.tr(
            "Jenjang hanya untuk Jabatan Fungsional"))

    def _update_warning(self) -> None:
        warning = golongan_warning(self.collect())
        self.warning_label.setText(self.tr("Perhatian: %1").replace("%1", warning or ""))
        self.warning_label.setVisible(bool(warning))

    # ---- slots
    def _on_edited(self, *_: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_warning()

    def _on_nip_edit_text_changed(self, _text: str) -> None:
        if self._loading:
            return
        self._update_nip_info()
        self._on_edited()

    def _on_kategori_combo_changed(self, _index: int) -> None:
        self._update_jenjang_enabled()
        self._on_edited()

    def _on_jabatan_edit_editing_finished(self) -> None:
        """Offer the jenjang written in the name ('Perawat Ahli Muda') when none is chosen."""
        jenjang = jenjang_from_nama(self.jabatan_edit.text())
        if jenjang is None or self.jenjang_combo.currentData() is not None:
            return
        if self.kategori_combo.currentData() == Kategori.PELAKSANA.value:
            self._select_data(self.kategori_combo, Kategori.FUNGSIONAL.value)
        if self.jenjang_combo.isEnabled():
            self._select_data(self.jenjang_combo, jenjang.value)

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_revert_button_clicked(self) -> None:
        if self._pegawai is not None:
            self.load(self._pegawai, self._initial_ppk)
