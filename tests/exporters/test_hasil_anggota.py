"""The ketua's report of each member's results for the PPK (issue #11), read back with pypdf:
each member with NIP, role, PPK and the results of his member reports; addressed to the PPKs and
the PUO (Barito Timur: also the Kepala Perangkat Daerah), citing the profile's Pasal; signed by
the ketua; never written over the data file."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.laporan import IsiLaporan
from sistemkerja_desktop.domain.laporan_hasil import aturan_hasil

KETUA, FAJAR = "199103032017122909", "198708182013121910"  # demo team 1
T = dt.date(2026, 11, 27)


def _member_report(svc) -> int:
    rows = [r for r in svc.laporan.daftar(tanggal=T, tim_id=1, pelapor_nip=FAJAR)
            if r.jenis == "anggota" and r.id is None]
    row = rows[0]
    sent, _ = svc.laporan.simpan(1, periode=row.periode, oleh_nip=FAJAR, tanggal=row.jatuh_tempo,
                                 isi=IsiLaporan(progres=35, narasi="Menimbang 420 balita di "
                                                                   "Desa Sukamaju"))
    svc.laporan.tinjau(sent.id, oleh_nip=KETUA, terima=True, tanggal=row.jatuh_tempo)
    return sent.id


def _teks(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize("profil", ["kapuas-hulu", "barito-timur"])
def test_report_reads_back(demo_services, tmp_path, profil):
    svc = demo_services
    svc.profil.pakai(profil)
    laporan_id = _member_report(svc)
    dto = svc.laporan_dokumen.hasil_anggota(1, T)
    fajar = next(a for a in dto.anggota if a.nip.replace(" ", "") == FAJAR)
    mine = next(h for h in fajar.hasil if h.laporan_id == laporan_id)
    assert mine.progres == 35 and mine.status == "diterima" and fajar.ppk
    # In period order: the demo's Januari report first, the one just written (the latest period
    # begun on T) last.
    assert fajar.hasil[0].periode == "Januari 2026" and fajar.hasil[-1].laporan_id == laporan_id
    assert all(a.nip.replace(" ", "") != KETUA for a in dto.anggota)  # the ketua signs
    assert any("Pimpinan Unit Organisasi" in k for k in dto.kepada)
    assert any("Kepala Perangkat Daerah" in k for k in dto.kepada) == (profil == "barito-timur")
    pdf = tmp_path / "hasil.pdf"
    assert svc.laporan_dokumen.ekspor_hasil_anggota(1, pdf, T) == pdf
    # Compact: a member's whole year fits one table row (six members, eleven months each),
    # not a page per member.
    assert len(PdfReader(pdf).pages) <= 4
    text = _teks(pdf)
    for part in ("LAPORAN", "HASIL KINERJA ANGGOTA", "Kepada Yth.", "Pejabat Penilai Kinerja",
                 "Hasil kinerja anggota tim", "Catatan Ketua Tim", fajar.nama, fajar.nip,
                 "Menimbang 420 balita", "35%", "Yuliana Safitri", "27 November 2026",
                 str(aturan_hasil(profil).dasar)):
        assert part in text, part


def test_catatan_of_the_ketua_is_printed(demo_services, tmp_path):
    svc = demo_services
    svc.profil.pakai("kapuas-hulu")
    pdf = tmp_path / "catatan.pdf"
    svc.laporan_dokumen.ekspor_hasil_anggota(1, pdf, T, catatan={FAJAR: "Sangat baik dan tepat "
                                                                        "waktu"})
    assert "Sangat baik dan tepat waktu" in _teks(pdf)


def test_never_over_the_data_file(demo_services):
    with pytest.raises(ValidationError):
        demo_services.laporan_dokumen.ekspor_hasil_anggota(1, demo_services.db_path, T)


def test_cli_writes_it(tmp_path, capsys):
    from sistemkerja_desktop.cli.main import main

    db = tmp_path / "d.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    pdf = tmp_path / "h.pdf"
    assert main(["--db", str(db), "laporan", "hasil-anggota", "1", "-o", str(pdf)]) == 0
    assert "HASIL KINERJA ANGGOTA" in _teks(pdf)
    assert main(["--db", str(db), "laporan", "hasil-anggota", "999", "-o", str(pdf)]) == 2
    assert "Tim #999" in capsys.readouterr().err
