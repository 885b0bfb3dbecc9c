"""The request form (*Permohonan penugasan baru*): a wizard over five pages — who, where, the four
contents, attachments, and the preview of the chain with the names that will act — that submits
through `services.penugasan.ajukan`. It can open pre-filled (`Prefill`), e.g. from the team
builder's *Minta anggota dari unit lain…*.

    result = PermohonanWizard.ask(services, parent, Prefill(...))
    if result: ringkas, changes = result
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.penugasan_dto import LangkahRow, PermohonanRingkas
from sistemkerja_desktop.views.penugasan.labels import jenis_label, lingkup_label
from sistemkerja_desktop.views.penugasan.orang import orang_dari, unit_choices
from sistemkerja_desktop.views.penugasan.wizard_isi import IsiPage, LampiranPage, TujuanPage
from sistemkerja_desktop.views.penugasan.wizard_pratinjau import PratinjauPage
from sistemkerja_desktop.views.penugasan.wizard_siapa import SiapaPage
from sistemkerja_desktop.views.teams.labels import periode

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Prefill:
    jenis: str = "penunjukan"
    lingkup: str = "dalam-unit"
    arah: str | None = None
    oleh_nip: str = ""
    pegawai: tuple[str, ...] = ()
    unit_tujuan_id: int | None = None
    instansi: str = ""
    tim_id: int | None = None
    maksud: str = ""
    kompetensi: str = ""
    target: str = ""
    mulai: dt.date | None = None
    selesai: dt.date | None = None


class PermohonanWizard(QWizard):
    PAGE_SIAPA, PAGE_TUJUAN, PAGE_ISI, PAGE_LAMPIRAN, PAGE_PRATINJAU = range(5)

    def __init__(self, services: Services, prefill: Prefill | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.result_: tuple[PermohonanRingkas, Changes] | None = None
        self.setWindowTitle(self.tr("Permohonan penugasan baru"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< Kembali")),
                             (QWizard.WizardButton.NextButton, self.tr("Lanjut >")),
                             (QWizard.WizardButton.FinishButton, self.tr("Ajukan")),
                             (QWizard.WizardButton.CancelButton, self.tr("Batal"))):
            self.setButtonText(button, text)
        struktur = services.agency.struktur()
        self.people = orang_dari(struktur)
        self._by_nip = {o.nip: o for o in self.people}
        today = services.ctx.today()
        self.siapa = SiapaPage(services.agency.profile(), self.people)
        self.tujuan = TujuanPage(unit_choices(struktur), services.teams.teams(), today)
        self.isi = IsiPage(today)
        self.lampiran = LampiranPage()
        self.pratinjau = PratinjauPage(self.preview, self.summary_html, self.submit)
        for page_id, page in ((self.PAGE_SIAPA, self.siapa), (self.PAGE_TUJUAN, self.tujuan),
                              (self.PAGE_ISI, self.isi), (self.PAGE_LAMPIRAN, self.lampiran),
                              (self.PAGE_PRATINJAU, self.pratinjau)):
            self.setPage(page_id, page)
        self.resize(900, 640)
        self.currentIdChanged.connect(self._on_current_id_changed)
        self._isi_touched = False
        if prefill is not None:
            self.apply(prefill)
        for edit in (self.isi.mulai_edit, self.isi.selesai_edit):
            edit.dateChanged.connect(self._on_isi_dates_edited)

    # ---- pre-filling
    def apply(self, p: Prefill) -> None:
        self.siapa.set_kind(p.jenis, p.lingkup, p.arah)
        if p.oleh_nip:
            self.siapa.oleh_combo.set_nip(p.oleh_nip)
        if p.pegawai:
            self.siapa.set_pegawai(list(p.pegawai))
        self.tujuan.set_kind(self.siapa.jenis(), self.siapa.lingkup(), self.siapa.arah())
        if p.unit_tujuan_id is not None:
            self.tujuan.unit_combo.setCurrentIndex(
                max(0, self.tujuan.unit_combo.findData(p.unit_tujuan_id)))
        if p.instansi:
            self.tujuan.instansi_edit.setText(p.instansi)
        if p.tim_id:
            self.tujuan.set_tim(p.tim_id)
        self.isi.set_values(maksud=p.maksud, kompetensi=p.kompetensi, target=p.target,
                            mulai=p.mulai, selesai=p.selesai)
        self._isi_touched = p.mulai is not None

    def _on_isi_dates_edited(self) -> None:
        if self.currentId() == self.PAGE_ISI:
            self._isi_touched = True

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id == self.PAGE_TUJUAN:
            self.tujuan.set_kind(self.siapa.jenis(), self.siapa.lingkup(), self.siapa.arah())
            first = self._by_nip.get(next(iter(self.siapa.pegawai_nips()), ""))
            if first is not None and self.siapa.jenis().value == "penunjukan":
                self.tujuan.suggest_unit(first.unit_id)
        elif page_id == self.PAGE_ISI and not self._isi_touched:
            team = self.tujuan.team()  # the team's period is the durasi's default
            if team is not None:
                self.isi.set_values(**{**self.isi.values(), "mulai": team.mulai,
                                       "selesai": team.selesai})

    # ---- the request
    def request_args(self) -> dict[str, Any]:
        """The keyword arguments of `services.penugasan.pratinjau` / `ajukan` (no lampiran)."""
        return {"jenis": self.siapa.jenis().value, "lingkup": self.siapa.lingkup().value,
                "pegawai_nip": self.siapa.pegawai_nips(), "oleh_nip": self.siapa.oleh_nip(),
                "unit_tujuan": self.tujuan.unit_tujuan(), "instansi": self.tujuan.instansi(),
                "arah": self.siapa.arah().value, "tim_id": self.tujuan.tim_id(),
                **self.isi.values(), "tanggal": self.tujuan.tanggal()}

    def preview(self) -> list[LangkahRow]:
        return self._services.penugasan.pratinjau(**self.request_args())

    def submit(self) -> tuple[PermohonanRingkas, Changes]:
        self.result_ = self._services.penugasan.ajukan(**self.request_args(),
                                                       lampiran=self.lampiran.paths())
        log.info("Permohonan penugasan %s submitted", self.result_[0].id)
        return self.result_

    def summary_html(self) -> str:
        e = html.escape
        a = self.request_args()
        names = []
        for raw in a["pegawai_nip"]:
            nip, _, nama = raw.partition(":")
            o = self._by_nip.get(nip)
            names.append(o.nama if o else f"{nama} (NIP {nip})" if nama
                         else self.tr("NIP %1").replace("%1", nip))
        parts = [f"<b>{e(jenis_label(a['jenis']))} {e(lingkup_label(a['lingkup']).lower())}"
                 "</b>",
                 e(self.tr("%1 pegawai: %2").replace("%1", str(len(names))).replace(
                     "%2", ", ".join(names)))]
        tujuan = a["unit_tujuan"] or a["instansi"]
        if tujuan:
            parts.append(e(self.tr("tujuan %1").replace("%1", tujuan)))
        parts.append(e(periode(a["mulai"], a["selesai"])))
        team = self.tujuan.team()
        if team is not None:
            parts.append(e(self.tr("untuk %1").replace("%1", team.nama)))
        n = len(self.lampiran.paths())
        if n:
            parts.append(e(self.tr("%1 lampiran").replace("%1", str(n))))
        return " · ".join(parts)

    # ---- entry point
    @classmethod
    def ask(cls, services: Services, parent: QWidget | None = None,
            prefill: Prefill | None = None) -> tuple[PermohonanRingkas, Changes] | None:
        """The submitted request and its changes, or None when the form was left. Tests
        monkeypatch this."""
        wizard = cls(services, prefill, parent)
        wizard.exec()
        return wizard.result_

