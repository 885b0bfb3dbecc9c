"""The org chart for export: build it as of a date, find a branch by unit name, write the PDF."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.domain.bagan import Bagan, JenisNode, build_bagan
from sistemkerja_desktop.domain.bagan_layout import Arah, TataLetak, tata_letak
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.exporters.files import check_output_path, storage_error
from sistemkerja_desktop.services.base import ServiceContext

if TYPE_CHECKING:  # reportlab loads only when a PDF is written (start-up time)
    from sistemkerja_desktop.exporters.pdf.bagan_pdf import HasilPdf

log = logging.getLogger(__name__)


class BaganService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def bagan(self, tanggal: dt.date | None = None) -> Bagan:
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
        return build_bagan(struktur, tanggal or self._ctx.today())

    @staticmethod
    def cari_unit(bagan: Bagan, nama: str) -> str:
        """The node of the unit named `nama` (exact, case-insensitive; else a unique part)."""
        units = [n for n in bagan.nodes.values() if n.jenis is JenisNode.UNIT]
        key = " ".join(nama.split()).casefold()
        exact = [n for n in units if n.judul.casefold() == key]
        if len(exact) == 1:
            return exact[0].id
        part = exact or [n for n in units if key in n.judul.casefold()]
        if len(part) == 1:
            return part[0].id
        if not part:
            raise NotFoundError(f"Unit '{nama}' tidak ditemukan di bagan", code="unit")
        names = "; ".join(n.judul for n in part[:8])
        raise ValidationError(f"'{nama}' cocok dengan {len(part)} unit ({names}); tulis nama "
                              "unit selengkapnya", field="unit", code="unit_ganda")

    def check_output(self, path: Path) -> None:
        """Refuse `path` as an output when it is the open database, its -wal/-shm, or any data
        file (ValidationError naming it): for outputs written outside this service (PNG)."""
        check_output_path(Path(path), protected=(self._ctx.db.path,))

    @staticmethod
    def tata_letak(bagan: Bagan, *, arah: Arah = Arah.ATAS_BAWAH,
                   fokus: str | None = None) -> TataLetak:
        return tata_letak(bagan, arah=arah, fokus=fokus)

    def ekspor_pdf(self, path: Path, bagan: Bagan, *, kertas: str = "a4",
                   orientasi: str = "otomatis", arah: Arah = Arah.ATAS_BAWAH,
                   fokus: str | None = None, keterangan: str = "",
                   progress: Callable[[int, int], None] | None = None) -> HasilPdf:
        """Write the chart PDF; `progress(pages done, pages)` is called as pages are written.
        A path that is the open database (or its -wal/-shm, or any data file) is refused before
        anything is laid out; a failed write (disk full) leaves the previous file as it was."""
        protected = (self._ctx.db.path,)
        check_output_path(Path(path), protected=protected)
        letak = tata_letak(bagan, arah=arah, fokus=fokus)
        if fokus is not None:
            cabang = f"Cabang: {bagan.nodes[fokus].judul}"
            keterangan = f"{cabang} — {keterangan}" if keterangan else cabang
        from sistemkerja_desktop.exporters.pdf.bagan_pdf import OpsiBaganPdf, write_bagan_pdf

        opsi = OpsiBaganPdf(kertas=kertas, orientasi=orientasi, keterangan=keterangan)
        try:
            hasil = write_bagan_pdf(bagan, letak, Path(path), opsi, progress=progress,
                                    protected=protected)
        except OSError as exc:  # (atomic_output already names the file; this is a last guard)
            raise storage_error(Path(path), exc) from exc
        log.info("Chart PDF written: %d pages", hasil.halaman)
        return hasil
