"""Export commands of the canvas (PDF through the service, off the GUI thread; PNG of the view or
of the whole chart) and the tooltips of cards and boxes."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from sistemkerja_desktop.domain.bagan import TemuanBagan
from sistemkerja_desktop.domain.bagan_layout import tata_letak
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.views.common.messages import show_error, show_info
from sistemkerja_desktop.views.common.tasks import run_task
from sistemkerja_desktop.views.orgchart.dialogs import EksporPdfDialog
from sistemkerja_desktop.views.orgchart.export import render_bagan_png

if TYPE_CHECKING:
    from sistemkerja_desktop.views.orgchart.orgchart_widget import OrgChartWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrgChart.Ekspor", text)


class EksporBagan:
    def __init__(self, widget: OrgChartWidget) -> None:
        self.w = widget

    def ask_path(self, title: str, name: str, filter_: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.w, title, str(Path.home() / name), filter_)
        return path

    def _stem(self) -> str:
        pd = self.w.document.bagan.pd
        return "bagan-" + "-".join(f"{pd.nama} {pd.pemda}".lower().split())

    def pdf(self, cabang: str | None) -> None:
        """Ask paper and orientation, then write the PDF in the background."""
        w = self.w
        bagan = w.document.bagan
        cakupan = bagan.nodes[cabang].judul if cabang else _tr("Seluruh bagan")
        opsi = EksporPdfDialog.ask(w, cakupan)
        if opsi is None:
            return
        path = self.ask_path(_tr("Ekspor bagan ke PDF"), f"{self._stem()}.pdf",
                             _tr("Dokumen PDF (*.pdf)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        note = _tr("memuat perpindahan yang belum disimpan") if w.has_unsaved_changes() else ""
        svc, arah = w.services.bagan, w.arah
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        run_task(lambda _progress: svc.ekspor_pdf(
            target, bagan, kertas=opsi.kertas, orientasi=opsi.orientasi, arah=arah,
            fokus=cabang, keterangan=note),
            on_success=lambda hasil: self._pdf_selesai(hasil.halaman, target),
            on_failure=self._gagal, parent=w)

    def _pdf_selesai(self, halaman: int, target: Path) -> None:
        QApplication.restoreOverrideCursor()
        show_info(self.w, _tr("Ekspor selesai"), _tr("%1 halaman PDF ditulis ke %2")
                  .replace("%1", str(halaman)).replace("%2", str(target)))

    def _gagal(self, exc: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        show_error(self.w, exc, _tr("Ekspor bagan gagal"))

    def png_tampilan(self) -> None:
        path = self.ask_path(_tr("Simpan tampilan sebagai PNG"), f"{self._stem()}-tampilan.png",
                             _tr("Gambar PNG (*.png)"))
        if path and not self.w.view.viewport().grab().save(path, "PNG"):
            show_error(self.w, SistemKerjaError(_tr("Berkas %1 tidak dapat ditulis")
                                                .replace("%1", path)))

    def png_seluruh(self) -> None:
        path = self.ask_path(_tr("Simpan seluruh bagan sebagai PNG"), f"{self._stem()}.png",
                             _tr("Gambar PNG (*.png)"))
        if path:
            self.simpan_png(Path(path))

    def simpan_png(self, path: Path) -> float:
        """The whole chart (or the focused branch) as one image, without finding badges."""
        w = self.w
        bagan = w.document.bagan
        letak = tata_letak(bagan, arah=w.arah, fokus=w.fokus)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return render_bagan_png(bagan, letak, TemuanBagan({}, {}, {}), path)
        except SistemKerjaError as exc:
            show_error(w, exc, _tr("Ekspor bagan gagal"))
            return 0.0
        finally:
            QApplication.restoreOverrideCursor()

    def tooltip(self, key: str) -> str:
        """Full texts of a card or box, and its findings with their Pasal."""
        w = self.w
        card = w.scene.cards.get(key)
        temuan = w.document.temuan
        esc = html.escape
        if card is not None:
            k = card.kartu
            lines = [f"<b>{esc(k.nama)}</b>", f"NIP {esc(k.nip)}" if k.nip else "",
                     esc(k.jabatan), esc(k.catatan)]
            findings = temuan.per_kartu.get(key, ())
        else:
            node = w.document.bagan.nodes[key]
            lines = [f"<b>{esc(node.judul)}</b>"]
            findings = temuan.per_node.get(key, ())
        lines += [f"• {esc(f.pesan)}<br><i>{_tr('Dasar')}: {esc(f.dasar)}</i>"
                  for f in findings[:5]]
        if len(findings) > 5:
            lines.append(_tr("… dan %1 temuan lain").replace("%1", str(len(findings) - 5)))
        return "<br>".join(line for line in lines if line)
