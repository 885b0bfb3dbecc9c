"""Helpers of the Laporan area view tests (issue #11): the small agency of
`tests/services/laporan_uji.py` (Kapuas Hulu; team Feb–Nov 2026 monthly, ketua Kurniawati, the
PUO pemilik kinerja Pejabat Pelayanan reviews the ketua's reports; an individual assignment of
Irma Mar–Jun 2026; today 27 November 2026), the pane on it, and reading its grid."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from laporan_uji import ISI, MASALAH, NIP, bangun  # noqa: E402

from sistemkerja_desktop.views.laporan.periode_strip import SEL_ROLE  # noqa: E402

__all__ = ["ISI", "MASALAH", "NIP", "bangun", "kirim", "sel_at", "cell", "heads", "lanes"]

TODAY = dt.date(2026, 11, 27)
KETUA, PUO, KADIS = NIP["ketua"], NIP["kabid_pel"], NIP["kadis"]


def kirim(services, ag, urut=1, tanggal=dt.date(2026, 3, 2), isi=ISI):
    """The ketua sends his report of period `urut`; → LaporanRingkas."""
    return services.laporan.simpan(ag.tim_id, periode=urut, oleh_nip=KETUA, isi=isi,
                                   tanggal=tanggal)[0]


def heads(strip) -> list[str]:
    m = strip.grid
    return [m.headerData(c, _h()) for c in range(m.columnCount())]


def lanes(strip) -> list[str]:
    m = strip.grid
    return [m.headerData(r, _v()) for r in range(m.rowCount())]


def cell(strip, row: int, head: str):
    """(chip text, the line under it) of the cell of lane `row` in column `head`."""
    m = strip.grid
    col = heads(strip).index(head)
    s = m.index(row, col).data(SEL_ROLE)
    return m.teks(s), m.keterangan(s)


def sel_at(strip, row: int, head: str) -> bool:
    return strip.select(strip.grid.index(row, heads(strip).index(head)))


def _h():
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal


def _v():
    from PySide6.QtCore import Qt
    return Qt.Orientation.Vertical
