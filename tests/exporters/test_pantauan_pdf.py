"""The dashboard PDF (issue #11): A4 landscape with the kop, the title and date, the figures,
the four charts (drawn as vectors) and the overdue table, read back with pypdf; an empty
dashboard says so instead of drawing empty charts; the overdue table is capped."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from sistemkerja_desktop.domain.naskah_dok import Kop
from sistemkerja_desktop.domain.pantauan import Pantauan, Tunggakan, ringkas_beban
from sistemkerja_desktop.exporters.pdf.pantauan_pdf import MAKS_BARIS, write_pantauan_pdf

KOP = Kop(("PEMERINTAH KABUPATEN CONTOH", "DINAS KESEHATAN", "Jalan Merdeka Nomor 10, Contoh"))
T = dt.date(2026, 11, 27)


def _data(n_telat: int = 3) -> Pantauan:
    telat = tuple(Tunggakan(None, f"Tim Kerja Nomor {i}", "199103032017122909",
                            f"Pelapor Nomor {i}", "Bidang Kesehatan Masyarakat", "Oktober 2026",
                            dt.date(2026, 11, 6), 21, "belum") for i in range(n_telat))
    return Pantauan(
        T, 4, 2, n_telat, 5, 1, 1, ringkas_beban([0, 1, 1, 2, 5], ambang=3, melebihi=1),
        (("Tim Kerja Stunting", 80), ("Tim Kerja Surveilans", 35)),
        (("Bidang Kesehatan Masyarakat", n_telat),),
        tuple((f"{b} 2026", 3, 2, 1) for b in ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul",
                                               "Agu", "Sep", "Okt", "Nov", "Des")),
        telat)


def _teks(path) -> tuple[str, PdfReader]:
    reader = PdfReader(path)
    return "\n".join(p.extract_text() for p in reader.pages), reader


def test_dashboard_pdf_reads_back(tmp_path):
    pdf = tmp_path / "p.pdf"
    pages = write_pantauan_pdf(_data(), pdf, kop=KOP, pd_nama="Dinas Kesehatan",
                               pemda="Kabupaten Contoh")
    text, reader = _teks(pdf)
    assert pages == len(reader.pages) >= 1
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595  # A4 landscape
    for part in ("DINAS KESEHATAN", "PANTAUAN SISTEM KERJA", "27 November 2026",
                 "Tim kerja aktif", "Laporan terlambat", "Progres per tim kerja",
                 "Laporan terlambat per unit", "Beban kerja", "Tepat waktu",
                 "Tim Kerja Surveilans", "Pelapor Nomor 2", "21 hari"):
        assert part in text, part
    assert not list(tmp_path.glob(".p-*"))  # no temporary file left


def test_empty_dashboard_says_so(tmp_path):
    empty = Pantauan(T, 0, 0, 0, 0, 0, 0, ringkas_beban([]), (), (),
                     tuple((f"Bln {i}", 0, 0, 0) for i in range(12)))
    pdf = tmp_path / "kosong.pdf"
    write_pantauan_pdf(empty, pdf, kop=KOP)
    text, _ = _teks(pdf)
    assert "Tidak ada tim kerja aktif" in text
    assert "Tidak ada laporan terlambat pada tanggal ini" in text
    assert "Belum ada laporan yang dikirim" in text


def test_overdue_table_is_capped_and_the_rest_counted(tmp_path):
    pdf = tmp_path / "banyak.pdf"
    write_pantauan_pdf(_data(MAKS_BARIS + 15), pdf, kop=KOP)
    text, _ = _teks(pdf)
    assert f"Pelapor Nomor {MAKS_BARIS - 1}" in text
    assert f"Pelapor Nomor {MAKS_BARIS}\n" not in text and "dan 15 laporan terlambat" in text
