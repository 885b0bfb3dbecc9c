"""Layout of the pegawai form: every child widget public, no behaviour (see `PegawaiForm`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QMouseEvent
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.nip import NipInfo, StatusKepegawaian
from sistemkerja_desktop.domain.pangkat import GOLONGAN_PNS, GOLONGAN_PPPK, Golongan
from sistemkerja_desktop.views.common.i18n import indonesian_locale
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading, hint

ERROR_LABEL = "color: #b3261e;"
OK_LABEL = "color: #2e6b30;"
WARN_LABEL = ("color: #7a4b00; background: #fff4d6; border: 1px solid #f0d58a; "
              "border-radius: 4px; padding: 4px 6px;")
BAD_FIELD = "border: 1px solid #c62828; border-radius: 3px;"


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
    tr = QCoreApplication.translate
    loc = indonesian_locale()
    lahir = loc.toString(QDate(info.tanggal_lahir), "d MMMM yyyy")
    if info.status is StatusKepegawaian.PPPK:
        tmt = tr("Struktur.PegawaiForm", "TMT %1").replace("%1", str(info.tmt.year))
    else:
        tmt = tr("Struktur.PegawaiForm", "TMT CPNS %1").replace(
            "%1", loc.toString(QDate(info.tmt), "MMMM yyyy"))
    kelamin = (tr("Struktur.PegawaiForm", "laki-laki") if info.jenis_kelamin == "L"
               else tr("Struktur.PegawaiForm", "perempuan"))
    return tr("Struktur.PegawaiForm", "%1 · lahir %2 · %3 · %4").replace(
        "%1", info.status.value).replace("%2", lahir).replace("%3", tmt).replace("%4", kelamin)


class _CheckLabel(QLabel):
    """A checkbox's text that wraps; clicking it toggles the checkbox."""

    def __init__(self, check: QCheckBox) -> None:
        super().__init__(check.accessibleName())
        self._check = check
        self.setWordWrap(True)
        self.setToolTip(check.toolTip())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._check.isEnabled():
            self._check.toggle()
        super().mouseReleaseEvent(event)


class PegawaiFormView(QWidget):
    """Two pages: a hint when no pegawai is chosen, and the scrollable form."""

    FIELDS = ("nip", "nama", "golongan", "jabatan", "jenis_jabatan", "jenjang", "unit", "ppk",
              "email")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()

    def _build(self) -> None:
        self.title = heading(self.tr("Data pegawai"), 3)
        # Closes the pane (the Struktur screen hides it while no pegawai is shown).
        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Tutup"))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Tutup data pegawai; tabel mendapat lebar penuh"))
        self.subtitle = hint("")
        self.nip_edit = QLineEdit()
        self.nip_edit.setPlaceholderText(self.tr("18 digit, boleh berspasi"))
        self.nip_info = QLabel()
        self.nip_info.setWordWrap(True)
        self.nama_edit = QLineEdit()
        self.nama_edit.setPlaceholderText(self.tr("Nama tanpa gelar"))
        self.gelar_depan_edit = QLineEdit()
        self.gelar_depan_edit.setPlaceholderText(self.tr("mis. dr."))
        self.gelar_belakang_edit = QLineEdit()
        self.gelar_belakang_edit.setPlaceholderText(self.tr("mis. S.Kep."))
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
        for combo in (self.golongan_combo, self.kategori_combo, self.jenjang_combo,
                      self.unit_combo, self.ppk_combo):
            # Size by a short minimum, not by the longest item (long PPK and unit names would
            # otherwise push the form wider than its panel); the popup still shows full text.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        # The current PPK in full (the combo is narrow and elides it) and a jump to the chart.
        self.ppk_info = QLabel()
        self.ppk_info.setObjectName("ppk_info")
        self.ppk_info.setWordWrap(True)
        self.ppk_info.setStyleSheet("color: #444;")
        self.ppk_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lihat_ppk_button = QPushButton(self.tr("Lihat PPK di bagan"))
        self.lihat_ppk_button.setAutoDefault(False)
        # The text wraps in a label beside the box: the panel is narrow (~290 px).
        self.delegasi_check = QCheckBox()
        self.delegasi_check.setAccessibleName(self.tr(
            "PPK bertindak atas pendelegasian kewenangan"))
        self.delegasi_check.setToolTip(self.tr(
            "Centang bila Pejabat Penilai Kinerja menilai atas pendelegasian kewenangan; "
            "pemeriksaan kedudukan lalu tidak mempersoalkan jenis jabatan PPK."))
        self.delegasi_check_label = _CheckLabel(self.delegasi_check)
        self.delegasi_label = QLabel(self.tr("Dasar pendelegasian"))
        self.delegasi_dasar_edit = QLineEdit()
        self.delegasi_dasar_edit.setPlaceholderText(self.tr("mis. nomor SK"))
        self.delegasi_label.setBuddy(self.delegasi_dasar_edit)
        self.delegasi_dasar_edit.setEnabled(False)
        self.email_edit = QLineEdit()
        self.telepon_edit = QLineEdit()
        self.kompetensi_edit = QLineEdit()
        self.kompetensi_edit.setPlaceholderText(self.tr("dipisah koma"))
        self.aktif_check = QCheckBox(self.tr("Pegawai aktif"))
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARN_LABEL)
        self.warning_label.hide()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.hide()
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Batalkan perubahan"))

        self.error_labels: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {
            "nip": self.nip_edit, "nama": self.nama_edit, "golongan": self.golongan_combo,
            "jabatan": self.jabatan_edit, "jenis_jabatan": self.kategori_combo,
            "jenjang": self.jenjang_combo, "unit": self.unit_combo, "ppk": self.ppk_combo,
            "email": self.email_edit}
        for name in self.FIELDS:
            label = QLabel()
            label.setWordWrap(True)
            label.setStyleSheet(ERROR_LABEL)
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
        delegasi = QWidget()
        dl = QHBoxLayout(delegasi)
        dl.setContentsMargins(0, 2, 0, 0)
        dl.setSpacing(4)
        dl.addWidget(self.delegasi_check, 0, Qt.AlignmentFlag.AlignTop)
        dl.addWidget(self.delegasi_check_label, 1)
        lihat = QHBoxLayout()
        lihat.setContentsMargins(0, 0, 0, 0)
        lihat.addWidget(self.lihat_ppk_button)
        lihat.addStretch(1)
        lihat_box = QWidget()
        lihat_box.setLayout(lihat)
        form.addRow(self.tr("PPK"), field(self.ppk_combo, errs["ppk"], self.ppk_info, lihat_box,
                                          delegasi, self.delegasi_label,
                                          self.delegasi_dasar_edit))
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
        title_row = QHBoxLayout()
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(title_row)
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
