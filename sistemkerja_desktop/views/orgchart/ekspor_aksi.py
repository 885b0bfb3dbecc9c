"""Export commands of the canvas and the tooltips of cards and boxes.

Every export goes through `views.common.output`: the user chooses the file (folder remembered
per kind), long work runs off the GUI thread with a progress dialog (`run_output`), and it ends
with one message naming the file with *Buka* / *Buka folder*. PDF through the service; PNG of
the view (a grab) or of the whole chart (`render.bagan_png`, QtGui only, also used by the CLI).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sistemkerja_desktop.domain.bagan_layout import tata_letak
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.findings import finding_label
from sistemkerja_desktop.render.bagan_png import render_bagan_png, write_png
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.output import choose_output_path, show_output_done
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.orgchart.dialogs import EksporPdfDialog

if TYPE_CHECKING:
    from sistemkerja_desktop.views.orgchart.orgchart_widget import OrgChartWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrgChart.Ekspor", text)


class EksporBagan:
    def __init__(self, widget: OrgChartWidget) -> None:
        self.w = widget

    def _stem(self) -> str:
        pd = self.w.document.bagan.pd
        return "bagan-" + "-".join(f"{pd.nama} {pd.pemda}".lower().split())

    def pdf(self, cabang: str | None) -> None:
        """Ask paper and orientation and the file, then write the PDF in the background."""
        w = self.w
        bagan = w.document.bagan
        cakupan = bagan.nodes[cabang].judul if cabang else _tr("Seluruh bagan")
        opsi = EksporPdfDialog.ask(w, cakupan)
        if opsi is None:
            return
        target = choose_output_path(w, "pdf", _tr("Ekspor bagan ke PDF"), f"{self._stem()}.pdf")
        if target is None:
            return
        note = _tr("memuat perpindahan yang belum disimpan") if w.has_unsaved_changes() else ""
        svc, arah = w.services.bagan, w.arah
        run_output(w, _tr("Menulis PDF bagan…"), lambda progress: svc.ekspor_pdf(
            target, bagan, kertas=opsi.kertas, orientasi=opsi.orientasi, arah=arah,
            fokus=cabang, keterangan=note, progress=progress),
            on_done=lambda hasil: show_output_done(
                w, target, _tr("Bagan ditulis: %1 halaman PDF.").replace("%1",
                                                                         str(hasil.halaman))),
            on_failure=self._gagal, cancellable=True,
            on_cancelled=lambda: None)  # the PDF is written to a temporary file: nothing left

    def _gagal(self, exc: BaseException) -> None:
        show_error(self.w, exc, _tr("Ekspor bagan gagal"))

    def png_tampilan(self) -> None:
        """What the canvas shows now, as a PNG."""
        w = self.w
        path = choose_output_path(w, "png", _tr("Simpan tampilan sebagai PNG"),
                                  f"{self._stem()}-tampilan.png")
        if path is None:
            return
        try:  # through a temporary file: a full disk keeps the previous PNG
            write_png(w.view.viewport().grab(), path, protected=(w.services.db_path,))
        except SistemKerjaError as exc:
            self._gagal(exc)
            return
        show_output_done(w, path, _tr("Tampilan bagan ditulis sebagai gambar PNG."))

    def png_seluruh(self) -> None:
        """The whole chart (or the focused branch) as one PNG, painted in the background."""
        w = self.w
        path = choose_output_path(w, "png", _tr("Simpan seluruh bagan sebagai PNG"),
                                  f"{self._stem()}.png")
        if path is None:
            return
        bagan, arah, fokus = w.document.bagan, w.arah, w.fokus
        run_output(w, _tr("Menggambar bagan…"),
                   lambda _progress: self._tulis_png(bagan, arah, fokus, path),
                   on_done=lambda skala: show_output_done(w, path, self._teks_png(skala)),
                   on_failure=self._gagal)

    @staticmethod
    def _tulis_png(bagan: object, arah: object, fokus: str | None, path: Path) -> float:
        letak = tata_letak(bagan, arah=arah, fokus=fokus)  # type: ignore[arg-type]
        keterangan = f"Cabang: {bagan.nodes[fokus].judul}" if fokus else ""  # type: ignore
        return render_bagan_png(bagan, letak, path, keterangan=keterangan)  # type: ignore

    @staticmethod
    def _teks_png(skala: float) -> str:
        text = _tr("Bagan ditulis sebagai gambar PNG (skala %1%).").replace(
            "%1", str(round(skala * 100)))
        if skala < 0.5:
            text += " " + _tr("Bagan sebesar ini sulit dibaca dalam satu gambar; gunakan PDF "
                              "(berhalaman) untuk mencetak.")
        return text

    def simpan_png(self, path: Path) -> float:
        """The whole chart (or the focused branch) as one image, without finding badges, in the
        GUI thread (tests, scripting). Returns the scale."""
        w = self.w
        return self._tulis_png(w.document.bagan, w.arah, w.fokus, Path(path))

    def tooltip(self, key: str) -> str:
        """Full texts of a card or box, the person's PPK, and the findings with their Pasal."""
        w = self.w
        card = w.scene.cards.get(key)
        temuan = w.document.temuan
        esc = html.escape
        if card is not None:
            k = card.kartu
            lines = [f"<b>{esc(k.nama)}</b>", f"NIP {esc(k.nip)}" if k.nip else "",
                     esc(k.jabatan), esc(k.catatan)]
            if k.pegawai_id is not None:
                lines.append(self.baris_ppk(key))
            findings = temuan.per_kartu.get(key, ())
        else:
            node = w.document.bagan.nodes[key]
            lines = [f"<b>{esc(node.judul)}</b>"]
            findings = temuan.per_node.get(key, ())
        lines += [f"• <b>{esc(finding_label(f.kode))}</b>: {esc(f.pesan)}<br>"
                  f"<i>{_tr('Dasar')}: {esc(f.dasar)}</i>" for f in findings[:5]]
        if len(findings) > 5:
            lines.append(_tr("… dan %1 temuan lain").replace("%1", str(len(findings) - 5)))
        return "<br>".join(line for line in lines if line)

    def baris_ppk(self, key: str) -> str:
        """'PPK: Kepala Bidang … — Nama' for the person on a card."""
        card = self.w.scene.cards.get(key)
        if card is None:
            return ""
        ppk = self.w.document.bagan.kartu_ppk(card.kartu)
        if ppk is None:  # a unit head at the top is assessed outside this chart
            return "" if card.kartu.key.startswith("p") else _tr("PPK: belum ada")
        return _tr("PPK: %1 — %2").replace("%1", html.escape(ppk.jabatan)).replace(
            "%2", html.escape(ppk.nama))
