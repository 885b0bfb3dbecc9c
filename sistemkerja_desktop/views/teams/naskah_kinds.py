"""The kind of naskah to print for a team, the profile's instrument first (issue #9).

The instrument the profile prescribes (KH Pasal 10(1)–(3): SK Sekda lintas instansi, SK Kepala PD
lintas unit, Surat Tugas dalam unit; BT SK Tim Kerja; PK Keputusan; BG / PS surat tugas) is the
first choice and selected when a team is shown; the other kind is labelled as not the profile's
instrument (its final is refused, a draft is marked). The Keputusan appointing a Pekalongan
Kelompok Kerja ketua (Pasal 13(2)) is offered only where it applies."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.team_dto import TimDetail
from sistemkerja_desktop.views.teams.labels import naskah_label, naskah_singkat

log = logging.getLogger(__name__)


class NaskahKinds(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sk_radio = QRadioButton(self.tr("SK pembentukan tim"))
        self.st_radio = QRadioButton(self.tr("Surat Tugas"))
        self.ketua_radio = QRadioButton(self.tr("SK penunjukan Ketua Kelompok Kerja"))
        self.sk_radio.setChecked(True)
        self.group = QButtonGroup(self)
        for r in (self.sk_radio, self.st_radio, self.ketua_radio):
            self.group.addButton(r)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._order = [self.sk_radio, self.st_radio, self.ketua_radio]
        for r in self._order:
            self._layout.addWidget(r)
        self.ketua_radio.hide()
        self.sk_jenis = JenisNaskah.SK_KEPALA_PD
        self.instrumen: JenisNaskah | None = None
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def current(self) -> JenisNaskah:
        if self.st_radio.isChecked():
            return JenisNaskah.SURAT_TUGAS
        if self.ketua_radio.isChecked() and not self.ketua_radio.isHidden():
            return JenisNaskah.SK_KEPALA_UNIT
        return self.sk_jenis

    def set_kind(self, jenis: JenisNaskah) -> None:
        radio = {JenisNaskah.SURAT_TUGAS: self.st_radio,
                 JenisNaskah.SK_KEPALA_UNIT: self.ketua_radio}.get(jenis, self.sk_radio)
        radio.setChecked(True)

    def show_team(self, services: Services, detail: TimDetail, *, select: bool) -> str:
        """Options for a saved team; returns the sentence naming the profile's instrument."""
        tim_id, sk, ketua = detail.tim.id, JenisNaskah.SK_KEPALA_PD, None
        doc, dasar, seeded = detail.dokumen_disarankan, detail.dokumen_disarankan_dasar, True
        try:
            doc, dasar = services.dokumen.instrumen(tim_id)
            sk, ketua = services.dokumen.jenis_sk(tim_id), services.dokumen.sk_ketua_dasar(tim_id)
            seeded = services.teams.profile().seed is not None
        except SistemKerjaError as exc:
            log.info("Instrument unknown: %s", exc.code)
        self.set_options(sk_jenis=sk, instrumen=doc, dasar=dasar, ditegakkan=seeded,
                         ketua_dasar=ketua, select=select)
        return self.tr("Naskah penetapan tim menurut profil: <b>%1</b> (dasar: %2). Susunan tim: "
                       "%3.").replace("%1", naskah_label(doc)).replace("%2", dasar) \
            .replace("%3", self._susunan(detail))

    def _susunan(self, detail: TimDetail) -> str:
        """The people the naskah lists: a refused member is never printed, a pending one only on
        a draft."""
        status = [a.persetujuan for a in detail.anggota]
        text = self.tr("%1 orang").replace("%1", str(sum(
            s is not Persetujuan.DITOLAK for s in status)))
        notes = []
        if (n := status.count(Persetujuan.MENUNGGU)):
            notes.append(self.tr("%1 menunggu persetujuan, hanya pada draf").replace("%1", str(n)))
        if (n := status.count(Persetujuan.DITOLAK)):
            notes.append(self.tr("%1 ditolak, tidak dicantumkan").replace("%1", str(n)))
        return f"{text} ({'; '.join(notes)})" if notes else text

    def set_options(self, *, sk_jenis: JenisNaskah, instrumen: JenisNaskah | None, dasar: str,
                    ditegakkan: bool, ketua_dasar: str | None, select: bool) -> None:
        """`instrumen`: the profile's instrument for the team (None: unknown, unsaved team);
        `ditegakkan`: a Perbup profile (a final of another kind is refused), else only advised;
        `ketua_dasar`: the citation of the ketua's Keputusan where it applies; `select`: a new
        team is shown, select its instrument."""
        self.sk_jenis, self.instrumen = sk_jenis, instrumen
        st_first = instrumen is JenisNaskah.SURAT_TUGAS
        order = [self.st_radio, self.sk_radio] if st_first else [self.sk_radio, self.st_radio]
        order.append(self.ketua_radio)
        if order != self._order:
            for r in self._order:
                self._layout.removeWidget(r)
            for r in order:
                self._layout.addWidget(r)
            self._order = order
        sk_text = naskah_singkat(sk_jenis)
        st_text = naskah_singkat(JenisNaskah.SURAT_TUGAS)
        lain = self.tr(" — bukan instrumen profil") if ditegakkan else self.tr(
            " — bukan yang disarankan profil")
        tip_lain = (self.tr("Profil menetapkan tim ini dengan %1 (dasar: %2). Naskah lain hanya "
                            "dapat dicetak sebagai draf bertanda.") if ditegakkan else
                    self.tr("Profil umum menyarankan %1 (dasar: %2)."))
        for radio, jenis, text in ((self.sk_radio, sk_jenis, sk_text),
                                   (self.st_radio, JenisNaskah.SURAT_TUGAS, st_text)):
            mine = instrumen is None or jenis is instrumen
            radio.setText(text if mine else text + lain)
            radio.setToolTip(naskah_label(jenis) if mine or instrumen is None else tip_lain.replace(
                "%1", naskah_label(instrumen)).replace("%2", dasar))
        self.ketua_radio.setVisible(ketua_dasar is not None)
        self.ketua_radio.setToolTip(self.tr(
            "Penunjukan Ketua Kelompok Kerja (squad) ditetapkan dengan Keputusan Kepala Unit "
            "Organisasi Pemilik Kinerja (dasar: %1).").replace("%1", ketua_dasar or ""))
        if ketua_dasar is None and self.ketua_radio.isChecked():
            select = True
        if select and instrumen is not None:
            self.group.blockSignals(True)
            (self.st_radio if st_first else self.sk_radio).setChecked(True)
            self.group.blockSignals(False)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Teams.NaskahKinds", text)


def nomor_petunjuk(services: Services, jenis: JenisNaskah, tanggal: dt.date,
                   issued: str) -> tuple[str, str]:
    """(placeholder, hint) of the number field: the issued number (reprint), the Setda's for a
    Keputusan Sekretaris Daerah (never the PD's register, KH Lampiran II.1), or the next one."""
    if issued:
        return issued, _tr("Sudah terbit dengan nomor %1; kosongkan untuk mencetak ulang naskah "
                           "itu.").replace("%1", issued)
    if jenis is JenisNaskah.SK_SEKDA:
        return (_tr("nomor dari register Sekretariat Daerah"),
                _tr("Ketik nomor dari register Sekretariat Daerah (tidak diambil dari register "
                    "nomor Perangkat Daerah)."))
    try:
        proposed = services.naskah.usul_nomor(jenis, tanggal)
    except SistemKerjaError as exc:
        log.info("No number proposed: %s", exc.code)
        return (_tr("nomor naskah"), _tr("Pola nomor belum lengkap: isi di Pengaturan naskah "
                                         "dinas, atau ketik nomornya."))
    return proposed, _tr("Kosongkan untuk memakai nomor berikut dari register: %1").replace(
        "%1", proposed)


def otomatis_label(services: Services, tim_id: int, jenis: JenisNaskah) -> str:
    """The first entry of the signer list: who signs when none is chosen (per profile)."""
    signer = None
    if tim_id:
        try:
            signer = services.dokumen.penandatangan_bawaan(tim_id, jenis)
        except SistemKerjaError as exc:
            log.info("No default signer: %s", exc.code)
    if signer is None and jenis is JenisNaskah.SK_SEKDA:
        return _tr("Otomatis (profil Sekretaris Daerah belum ada)")
    if signer is None:
        return _tr("Otomatis (bawaan pengaturan)")
    if signer.id:  # a saved signer profile
        who = signer.label or signer.nama
    else:  # derived from the position holder the profile names
        jabatan = signer.jabatan.splitlines()[0].title() if signer.jabatan else ""
        who = f"{jabatan} — {signer.nama}" if jabatan else signer.nama
    return _tr("Otomatis (%1)").replace("%1", who)
