"""The contents of a request, as read on its page: the pegawai concerned, where to (unit or
instansi), the team it staffs, the four contents the seeds require (maksud dan tujuan, kompetensi
yang dibutuhkan, ekspektasi/target kinerja, durasi), the addressee and tembusan, a workload note
(Pasuruan) and the attachments (opened from a temporary copy)."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.penugasan import Arah, LingkupPenugasan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.penugasan_dto import PegawaiRingkas, PermohonanDetail
from sistemkerja_desktop.views.common.isi_panel import MUTED, IsiPanel
from sistemkerja_desktop.views.penugasan.labels import arah_label, tanggal

log = logging.getLogger(__name__)



class IsiView(IsiPanel):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail: PermohonanDetail | None = None

    def set_detail(self, d: PermohonanDetail) -> None:
        self._detail = d
        self.text.setText(self._html(d))
        self.set_lampiran((lamp.id, lamp.nama, lamp.ukuran) for lamp in d.lampiran)

    def _tim_nama(self, tim_id: int | None) -> str:
        if not tim_id:
            return ""
        try:
            return self._services.teams.team(tim_id).tim.nama
        except SistemKerjaError:
            return self.tr("(tim %1 tidak ditemukan)").replace("%1", str(tim_id))

    def _html(self, d: PermohonanDetail) -> str:
        e = html.escape
        r = d.ringkas

        def section(title: str, body: str) -> str:
            return (f"<p style='margin:10px 0 2px 0'><b>{e(title)}</b></p>"
                    f"<div style='margin-left:2px'>{body}</div>")

        parts = []
        def person(p: PegawaiRingkas) -> str:
            lines = [f"<b>{e(p.nama)}</b>", f"<span style='color:{MUTED}'>NIP {e(p.nip)}</span>"]
            jabatan = ", ".join(x for x in (p.jabatan, p.pangkat) if x)
            if jabatan:
                lines.append(e(jabatan))
            if p.unit:
                lines.append(f"<span style='color:{MUTED}'>{e(p.unit)}</span>")
            return f"<div style='margin-bottom:4px'>{'<br>'.join(lines)}</div>"

        people = "".join(person(p) for p in d.pegawai) or e(r.pegawai_nama)
        parts.append(section(self.tr("Pegawai (%1)").replace("%1", str(len(d.pegawai))),
                             people))
        tujuan = e(r.tujuan) or e(self.tr("(tidak ada)"))
        if r.lingkup == LingkupPenugasan.LINTAS_INSTANSI:
            tujuan += f"<br><span style='color:{MUTED}'>{e(arah_label(Arah(r.arah)))}</span>"
        parts.append(section(self.tr("Tujuan"), tujuan))
        tim = self._tim_nama(r.tim_id)
        if tim:
            parts.append(section(self.tr("Untuk tim"), e(tim)))
        isi = d.isi
        parts.append(section(self.tr("Maksud dan tujuan"), e(isi.maksud)))
        parts.append(section(self.tr("Kompetensi yang dibutuhkan"), e(isi.kompetensi)))
        parts.append(section(self.tr("Ekspektasi / target kinerja"), e(isi.target)))
        days = (isi.selesai - isi.mulai).days + 1
        parts.append(section(self.tr("Durasi"), e(self.tr("%1 s.d. %2 (%3 hari)").replace(
            "%1", tanggal(isi.mulai, True)).replace("%2", tanggal(isi.selesai, True)).replace(
            "%3", str(days)))))
        if d.lisan:
            parts.append(section(self.tr("Bentuk"), e(self.tr(
                "Disampaikan secara lisan; permohonan ini hanya dicatat."))))
        if d.alamat:
            parts.append(section(self.tr("Ditujukan kepada"), e(d.alamat)))
        if d.tembusan:
            parts.append(section(self.tr("Tembusan"), "<br>".join(e(t) for t in d.tembusan)))
        if d.beban_kerja:
            parts.append(section(self.tr("Beban kerja"), "<br>".join(
                e(t) for t in d.beban_kerja)))
        if d.catatan_alur:
            parts.append(f"<p style='color:{MUTED}'>{e(d.catatan_alur)}</p>")
        return "".join(parts)

    def open_lampiran(self, lampiran_id: int) -> Path | None:
        """Open an attachment from a temporary copy with the system's viewer."""
        if self._detail is None:
            return None
        rid = self._detail.ringkas.id
        return self.buka_salinan(lambda: self._services.penugasan.lampiran(rid, lampiran_id),
                                 "lampiran-")
