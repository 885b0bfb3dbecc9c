"""Naskah helpers (terbilang, diktum, dates, signatures, readiness) and numbering patterns."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sistemkerja_desktop.domain.beban_kerja import Keanggotaan, hitung_beban, maks_serentak
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.naskah import (
    BentukTtd,
    CekOrang,
    Penandatangan,
    angka_terbilang,
    diktum,
    hapus_gelar,
    periksa_kesiapan,
    tanggal_id,
    terbilang,
)
from sistemkerja_desktop.domain.penomoran import JenisNaskah, PolaNomor, pola_bawaan


@pytest.mark.parametrize(("n", "words"), [(0, "nol"), (1, "satu"), (11, "sebelas"),
                                          (12, "dua belas"), (20, "dua puluh"), (100, "seratus"),
                                          (115, "seratus lima belas"), (1001, "seribu satu"),
                                          (1500000, "satu juta lima ratus ribu")])
def test_terbilang(n, words):
    assert terbilang(n) == words


def test_diktum_words():
    assert [diktum(i) for i in (1, 2, 3, 4, 5, 11, 12)] == [
        "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KESEBELAS", "KEDUA BELAS"]
    assert angka_terbilang(3) == "3 (tiga)"


def test_tanggal_indonesia():
    assert tanggal_id(dt.date(2024, 7, 16)) == "16 Juli 2024"


def test_signature_forms():
    kadis = "KEPALA DINAS KESEHATAN\nKABUPATEN CONTOH"
    assert Penandatangan(kadis, "dr. X").baris_jabatan() == (
        "KEPALA DINAS KESEHATAN", "KABUPATEN CONTOH,")
    assert Penandatangan(kadis, "Y", bentuk=BentukTtd.PLT).baris_jabatan()[0] == \
        "Plt. KEPALA DINAS KESEHATAN"
    an = Penandatangan("Sekretaris", "Z", bentuk=BentukTtd.AN, jabatan_atas_nama=kadis)
    assert an.baris_jabatan() == ("a.n. KEPALA DINAS KESEHATAN", "KABUPATEN CONTOH",
                                  "Sekretaris,")
    assert hapus_gelar("dr. Hendra Wijayakusuma, M.Kes.") == "Hendra Wijayakusuma"


def test_readiness_lists_what_is_missing():
    k = periksa_kesiapan(nomor="", penandatangan=Penandatangan("KEPALA", "X"),
                         orang=(CekOrang("A", ""), CekOrang("B", "199103032017122909", True)),
                         dasar=(), dasar_label="Dasar", tugas=("t",), tanggal=None)
    text = "\n".join(k.kurang)
    assert not k.siap
    for needle in ("Nomor", "Tanggal", "NIP penandatangan", "Pangkat/golongan penandatangan",
                   "NIP anggota A", "Dasar"):
        assert needle in text
    # A pending member blocks a final naskah through cek_tim(final=True) (a galat passed in as
    # a pelanggaran), not through a warning of its own here.
    assert k.peringatan == ()


def test_pattern_render_and_parse():
    pola = PolaNomor(JenisNaskah.SURAT_TUGAS, "{klasifikasi}/{nomor:03d}/{kode_unit}/"
                     "{bulan_romawi}/{tahun}", kode_unit="Dinkes")
    text = pola.render(7, dt.date(2024, 7, 16))
    assert text == "800.1.11.1/007/Dinkes/VII/2024"
    assert pola.parse(text) == (7, 2024)
    assert pola.parse("lain/7/2024") is None
    assert pola_bawaan(JenisNaskah.SK_SEKDA).render(3, dt.date(2024, 1, 5)) == "3/SETDA-ORG/2024"


def test_pattern_errors():
    with pytest.raises(ValidationError, match="kode unit"):
        pola_bawaan(JenisNaskah.SURAT_TUGAS).render(1, dt.date(2024, 1, 1))
    with pytest.raises(ValidationError, match="tidak dikenal"):
        PolaNomor(JenisNaskah.SURAT_TUGAS, "{nomor}/{bogus}").validate()
    with pytest.raises(ValidationError, match=r"\{nomor\}"):
        PolaNomor(JenisNaskah.SURAT_TUGAS, "{tahun}").validate()


@given(st.lists(st.tuples(st.dates(), st.integers(0, 60)), max_size=8))
def test_peak_overlap_never_exceeds_count(periods):
    spans = [(d, d + dt.timedelta(days=n)) for d, n in periods
             if d.year < 9000]
    peak = maks_serentak(spans)
    assert 0 <= peak <= len(spans)
    assert (peak == 0) == (not spans)


def test_workload_counts_overlaps():
    d = dt.date
    ks = [Keanggotaan(1, 10, "A", d(2026, 1, 1), d(2026, 6, 30)),
          Keanggotaan(1, 11, "B", d(2026, 6, 1), d(2026, 12, 31)),
          Keanggotaan(1, 12, "C", d(2026, 8, 1), d(2026, 9, 30)),
          Keanggotaan(2, 10, "A", d(2025, 1, 1), d(2025, 6, 30))]
    b = hitung_beban(ks, d(2026, 1, 1), ambang=1)
    assert set(b) == {1}  # pegawai 2's team has ended
    assert b[1].maks_serentak == 2 and b[1].melebihi_ambang
    assert set(b[1].tumpang_tindih) == {(10, 11), (11, 12)}
