"""The content of a report on its page: progress, capaian per indicator, the narrative,
*permasalahan & kendala* with *alternatif rekomendasi* and who they escalate to, the
attachments (opened from a temporary copy); or, for a period nobody has written yet, what is
owed and by when."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QWidget,
)

from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.laporan_dto import LaporanDetail
from sistemkerja_desktop.views.common.isi_panel import IsiPanel
from sistemkerja_desktop.views.laporan.linimasa import Sel
from sistemkerja_desktop.views.penugasan.labels import tanggal

log = logging.getLogger(__name__)
MUTED = "#6b6b6b"


def _section(title: str, body: str) -> str:
    return (f"<p style='margin-top:10px; margin-bottom:2px'><b>{html.escape(title)}</b></p>"
            f"<div>{body}</div>")


def _para(text: str, empty: str) -> str:
    if not text.strip():
        return f"<i style='color:{MUTED}'>{html.escape(empty)}</i>"
    return html.escape(text).replace("\n", "<br>")


class IsiLaporanView(IsiPanel):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, margins=(4, 0, 10, 4))
        self._services = services
        self.detail: LaporanDetail | None = None

    def set_belum(self, sel: Sel, mulai_nanti: bool) -> None:
        """A period with no report (yet)."""
        self.detail = None
        self.clear_lampiran()
        k = sel.kolom
        rows = []
        if k.mulai and k.selesai:
            rows.append(self.tr("Periode %1 – %2").replace("%1", tanggal(k.mulai)).replace(
                "%2", tanggal(k.selesai)))
        if k.jatuh_tempo:
            rows.append(self.tr("Jatuh tempo %1").replace("%1", tanggal(k.jatuh_tempo,
                                                                         panjang=True)))
        if mulai_nanti:
            lead = self.tr("Periode ini belum dimulai; laporannya dapat ditulis sejak tanggal "
                           "mulainya.")
        else:
            lead = self.tr("Belum ada laporan %1 untuk periode ini.").replace(
                "%1", sel.lajur.pelapor_nama)
        self.text.setText(f"<p>{html.escape(lead)}</p><p style='color:{MUTED}'>"
                          + "<br>".join(html.escape(r) for r in rows) + "</p>")

    def set_detail(self, d: LaporanDetail) -> None:
        self.detail = d
        self.clear_lampiran()
        self.text.setText(self._html(d))
        self.set_lampiran(d.lampiran)

    def _html(self, d: LaporanDetail) -> str:
        e = html.escape
        r = d.ringkas
        parts = []
        if r.progres is not None:
            pct = max(0, min(100, r.progres))
            bar = (f"<table cellspacing='0' cellpadding='0' width='240' style='background:#e6e6e6'>"
                   f"<tr><td width='{pct}%' style='background:#2e6b30'>&nbsp;</td>"
                   f"<td width='{100 - pct}%'>&nbsp;</td></tr></table>")
            parts.append(_section(self.tr("Progres pelaksanaan"),
                                  f"<b>{pct}%</b>{bar}" if pct else "<b>0%</b>"))
        if d.capaian:
            head = "".join(f"<th align='left' style='padding:2px 8px 2px 0'>{e(t)}</th>" for t in (
                self.tr("Indikator"), self.tr("Target"), self.tr("Capaian")))
            body = "".join(
                "<tr>" + "".join(f"<td style='padding:2px 8px 2px 0'>{e(x)}</td>" for x in (
                    c.indikator, " ".join(y for y in (c.target, c.satuan) if y), c.capaian))
                + "</tr>" for c in d.capaian)
            parts.append(_section(self.tr("Capaian per indikator"),
                                  f"<table cellspacing='0'><tr>{head}</tr>{body}</table>"))
        parts.append(_section(self.tr("Uraian"), _para(d.narasi, self.tr("(tidak diisi)"))))
        parts.append(_section(self.tr("Permasalahan dan kendala"),
                              _para(d.permasalahan, self.tr("Tidak ada."))))
        if d.permasalahan.strip() or d.rekomendasi.strip():
            parts.append(_section(self.tr("Alternatif rekomendasi"),
                                  _para(d.rekomendasi, self.tr("(tidak diisi)"))))
        if d.permasalahan.strip() and d.eskalasi:
            items = "".join(
                f"<li><b>{e(x.nama or x.jabatan)}</b> — {e(x.peran)}"
                + (f" <span style='color:{MUTED}'>({e(x.jabatan)})</span>"
                   if x.nama and x.jabatan else "")
                + (f"<br><span style='color:{MUTED}'>" + e(self.tr("Dasar: %1").replace(
                    "%1", x.dasar)) + "</span>" if x.dasar else "") + "</li>"
                for x in d.eskalasi)
            parts.append(_section(self.tr("Eskalasi permasalahan"),
                                  f"<ol style='margin-top:0'>{items}</ol>"))
        return "".join(parts)

    def open_lampiran(self, lampiran_id: int) -> Path | None:
        """Open an attachment from a temporary copy with the system's viewer."""
        if self.detail is None or self.detail.ringkas.id is None:
            return None
        rid = self.detail.ringkas.id
        return self.buka_salinan(lambda: self._services.laporan.lampiran(rid, lampiran_id),
                                 "lampiran-laporan-")
