"""Moving JF/Pelaksana to another PPK: what a move does to the kedudukan history, and which
profile rule blocks (galat) or warns (peringatan) — the rules of `periksa`, for the moved only."""

import dataclasses
import datetime as dt

import pytest
from struktur_uji import TANGGAL, Builder, Dinas

from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit
from sistemkerja_desktop.domain.pindah import (
    CatatanPindah,
    PindahDitolak,
    RencanaPindah,
    balikkan,
    cek_pindah,
    cek_tmt,
    galat,
    ganda_baru,
    peringatan,
    sudah_di,
    tanggal_ganda,
    terapkan,
    uraian_aturan,
    uraian_rentang,
)
from sistemkerja_desktop.domain.profiles import PROFILES, get_profile

TMT = dt.date(2024, 7, 1)
G, W = Tingkat.GALAT, Tingkat.PERINGATAN


def _dinas(profil: str = "generic"):
    b = Builder()
    d = Dinas(b)
    d.madya = b.jf("Madya", Jenjang.AHLI_MADYA, d.bidang)
    b.ppk(d.madya, d.kadis)
    d.muda = b.jf("Muda", Jenjang.AHLI_MUDA, d.seksi)
    b.ppk(d.muda, d.kabid)
    d.pel = b.pelaksana("Pel", d.seksi)
    b.ppk(d.pel, d.kabid)
    return b, d


def _codes(findings):
    return [(f.kode, f.tingkat) for f in findings]


# ---- what a move does ------------------------------------------------------------------------

def test_terapkan_ends_the_old_kedudukan_the_day_before_and_adds_the_new():
    b, d = _dinas()
    b.ppk(d.pel, d.kabid, mulai=dt.date(2024, 9, 1))  # a future row: dibatalkan, not deleted
    s = b.build()
    after = terapkan(s, [RencanaPindah((d.pel,), d.kasi, TMT, "SK 1", koreksi=True)])
    rows = sorted((k for k in after.kedudukan if k.pegawai_id == d.pel), key=lambda k: k.tmt_mulai)
    assert [(k.ppk_position_id, k.tmt_mulai, k.tmt_selesai) for k in rows] == [
        (d.kabid, dt.date(2024, 1, 1), dt.date(2024, 6, 30)), (d.kasi, TMT, None),
        (d.kabid, dt.date(2024, 9, 1), dt.date(2024, 8, 31))]
    assert after.ppk_of(d.pel, dt.date(2024, 9, 2))[0].id == d.kasi  # never in force
    assert rows[1].dasar_nomor == "SK 1" and rows[1].id < 0
    assert after.ppk_of(d.pel, TMT)[0].id == d.kasi
    assert after.ppk_of(d.pel, dt.date(2024, 6, 30))[0].id == d.kabid  # history kept
    untouched = {k for k in s.kedudukan if k.pegawai_id != d.pel}
    assert untouched <= set(after.kedudukan)


def test_several_moves_apply_in_order_and_balikkan_reverses_saved_ones():
    b, d = _dinas()
    s = b.build()
    plans = [RencanaPindah((d.pel, d.muda), d.kadis, TMT),
             RencanaPindah((d.pel,), d.kasi, dt.date(2024, 8, 1))]
    after = terapkan(s, plans)
    assert after.ppk_of(d.pel, dt.date(2024, 8, 1))[0].id == d.kasi
    assert after.ppk_of(d.muda, dt.date(2024, 8, 1))[0].id == d.kadis
    # the record a save would have made of the first plan, for d.pel
    old = next(k for k in s.kedudukan if k.pegawai_id == d.pel)
    saved = dataclasses.replace(s, kedudukan=(
        *(k for k in s.kedudukan if k.id != old.id),
        dataclasses.replace(old, tmt_selesai=TMT - dt.timedelta(days=1)),
        dataclasses.replace(old, id=999, ppk_position_id=d.kadis, tmt_mulai=TMT,
                            tmt_selesai=None)))
    catatan = CatatanPindah(d.pel, 999, ((old.id, None),))
    assert set(balikkan(saved, [catatan]).kedudukan) == set(s.kedudukan)


def test_sudah_di():
    b, d = _dinas()
    s = b.build()
    assert sudah_di(s, d.pel, d.kabid, TANGGAL) and not sudah_di(s, d.pel, d.kasi, TANGGAL)


# ---- which rule blocks or warns, per profile ---------------------------------------------------

EXPECTED = {  # (Ahli Madya → Kepala Bidang, Ahli Muda → Kepala Seksi, Pelaksana → Kepala Seksi)
    "generic": ([("JF_MADYA_UTAMA_BUKAN_JPT", W)], [("PPK_PENGAWAS_BAWAHAN", W)], []),
    "kapuas-hulu": ([], [], []),
    "barito-timur": ([("JF_MADYA_UTAMA_BUKAN_JPT", W)], [("JF_DI_BAWAH_PENGAWAS", W)], []),
    "pekalongan": ([("JF_MADYA_UTAMA_BUKAN_JPT", W)], [("PPK_PENGAWAS_BAWAHAN", G)], []),
    "bungo": ([("JF_MADYA_UTAMA_BUKAN_JPT", W)], [], []),
    "pasuruan": ([("JF_MADYA_UTAMA_BUKAN_JPT", G)], [("PPK_PENGAWAS_BAWAHAN", G)],
                 [("PPK_PENGAWAS_BAWAHAN", G)]),
}


@pytest.mark.parametrize("profil", list(PROFILES))
def test_placement_rules_of_each_profile(profil):
    b, d = _dinas()
    s = b.build(profil)
    p = get_profile(profil)
    madya, muda, pel = EXPECTED[profil]
    assert _codes(cek_pindah(s, p, [d.madya], d.kabid, TMT)) == madya
    assert _codes(cek_pindah(s, p, [d.muda], d.kasi, TMT)) == muda
    assert _codes(cek_pindah(s, p, [d.pel], d.kasi, TMT)) == pel
    # Moving a Muda or a Pelaksana directly under the Kepala Dinas: allowed everywhere except
    # Barito Timur, whose Lampiran I angka 2 nomor 2 huruf b places them under an Administrator.
    ke_kadis = [("JF_DI_BAWAH_JPT", W)] * 2 if profil == "barito-timur" else []
    assert _codes(cek_pindah(s, p, [d.muda, d.pel], d.kadis, TMT)) == ke_kadis
    for f in cek_pindah(s, p, [d.muda], d.kasi, TMT):  # the citation names the Perbup
        assert p.singkat.split()[-1].split("/")[0] in f.dasar or profil == "generic"


@pytest.mark.parametrize("profil", list(PROFILES))
def test_universal_hard_rules_block_in_every_profile(profil):
    b, d = _dinas()
    kosong = b.posisi("Kepala Seksi Lain", Kategori.PENGAWAS, d.seksi)  # nobody holds it
    analis = b.jf("Analis", Jenjang.AHLI_MUDA, d.bidang)
    b.ppk(analis, d.kabid)
    jf_ppk = b.posisi("Analis Ahli Muda", Kategori.FUNGSIONAL, d.bidang, pemangku=analis,
                      pimpinan=False)
    s = b.build(profil)
    p = get_profile(profil)
    assert ("PPK_KOSONG", G) in _codes(cek_pindah(s, p, [d.pel], kosong, TMT))
    assert _codes(cek_pindah(s, p, [d.pel], jf_ppk, TMT)) == [("PPK_BUKAN_PEJABAT_PENILAI", G)]
    assert ("PPK_DIRI_SENDIRI", G) in _codes(cek_pindah(s, p, [analis], jf_ppk, TMT))
    hard = galat(cek_pindah(s, p, [d.pel], kosong, TMT))
    err = PindahDitolak(hard)
    assert err.temuan == tuple(hard) and err.citation == hard[0].dasar
    assert "dasar:" in err.message and "Pasal" in err.message


def test_a_cycle_of_assessors_is_refused():
    b = Builder()
    d = Dinas(b)
    pkm1 = b.unit("Puskesmas Satu", JenisUnit.PUSKESMAS, d.dinas, mandiri=True)
    pkm2 = b.unit("Puskesmas Dua", JenisUnit.PUSKESMAS, d.dinas, mandiri=True)
    kapus1 = b.jf("Kapus Satu", Jenjang.AHLI_MUDA, pkm1, jf="Dokter")
    kapus2 = b.jf("Kapus Dua", Jenjang.AHLI_MUDA, pkm2, jf="Dokter")
    pos1 = b.posisi("Kepala Puskesmas Satu", Kategori.FUNGSIONAL, pkm1, pemangku=kapus1)
    pos2 = b.posisi("Kepala Puskesmas Dua", Kategori.FUNGSIONAL, pkm2, pemangku=kapus2)
    b.ppk(kapus1, d.kadis)
    b.ppk(kapus2, pos1)  # Kapus Dua is assessed by Kapus Satu (odd, but recorded)
    s = b.build("kapuas-hulu")
    findings = cek_pindah(s, get_profile("kapuas-hulu"), [kapus1], pos2, TMT)
    siklus = [f for f in findings if f.kode == "PPK_SIKLUS"]
    assert siklus and siklus[0].tingkat is G and siklus[0].pegawai_id == kapus1
    assert "Kapus Satu → Kapus Dua → Kapus Satu" in siklus[0].pesan


def test_only_the_moved_pegawai_are_reported():
    b, d = _dinas()
    lost = b.jf("Tanpa PPK", Jenjang.AHLI_PERTAMA, d.seksi)  # a problem elsewhere
    b.ppk(d.muda, d.kasi)  # and a PPK ganda
    s = b.build("pasuruan")
    findings = cek_pindah(s, get_profile("pasuruan"), [d.pel], d.kadis, TMT)
    assert findings == []
    assert lost not in {f.pegawai_id for f in findings}
    moved = cek_pindah(s, get_profile("pasuruan"), [d.muda], d.kabid, TMT)
    assert moved == []  # the move also ends the second, conflicting kedudukan


def test_input_errors_are_not_rule_findings():
    b, d = _dinas()
    kabid_person = next(p.id for p in b.pegawai if p.nama == "Kabid")
    gone = b.jf("Pensiun", Jenjang.AHLI_MUDA, d.seksi, aktif=False)
    s = b.build()
    p = get_profile("generic")
    with pytest.raises(ValidationError) as exc:
        cek_pindah(s, p, [kabid_person], d.kadis, TMT)
    assert exc.value.code == "bukan_jf_pelaksana"
    with pytest.raises(ValidationError):
        cek_pindah(s, p, [gone], d.kadis, TMT)
    with pytest.raises(ValidationError):
        cek_pindah(s, p, [], d.kadis, TMT)
    with pytest.raises(NotFoundError):
        cek_pindah(s, p, [d.pel], 9999, TMT)
    with pytest.raises(NotFoundError):
        cek_pindah(s, p, [9999], d.kadis, TMT)


def test_rule_descriptions_for_short_feedback():
    p = get_profile("pasuruan")
    assert uraian_aturan(p, "PPK_KOSONG") == "jabatan Pejabat Penilai Kinerja harus terisi"
    assert "Pengawas" in uraian_aturan(p, "PPK_PENGAWAS_BAWAHAN")
    assert uraian_aturan(p, "KODE_BARU") == "kode baru"
    assert peringatan([]) == [] and galat([]) == []
    assert Jabatan("x", Kategori.PELAKSANA).is_jf_or_pelaksana


# ---- a TMT typo never rewrites history (issue #8 item 7) ----------------------------------------

def test_a_tmt_before_the_current_kedudukan_is_refused_with_the_dates_unless_koreksi():
    b, d = _dinas()
    s = b.build()
    s = dataclasses.replace(s, kedudukan=tuple(
        dataclasses.replace(k, dasar_nomor="800/12/2024") if k.pegawai_id == d.pel else k
        for k in s.kedudukan))
    with pytest.raises(ValidationError) as exc:
        cek_tmt(s, [d.pel], dt.date(2016, 12, 1))
    assert exc.value.code == "tmt_sebelum_kedudukan" and exc.value.field == "tmt"
    assert "TMT 01-12-2016 sebelum awal kedudukan sekarang 01-01-2024 (SK 800/12/2024)" in \
        exc.value.message and "Pel (NIP" in exc.value.message
    with pytest.raises(ValidationError):  # the canvas and the CLI judge through cek_pindah
        cek_pindah(s, get_profile("generic"), [d.pel], d.kabid, dt.date(2016, 12, 1))
    cek_tmt(s, [d.pel], dt.date(2016, 12, 1), koreksi=True)  # explicitly a correction
    cek_tmt(s, [d.pel], dt.date(2024, 1, 1))  # the same day replaces: allowed


def test_a_correction_keeps_every_record():
    b, d = _dinas()
    b.ppk(d.pel, d.kasi, mulai=dt.date(2022, 1, 3))
    s = b.build()
    before = {k.id for k in s.kedudukan}
    after = terapkan(s, [RencanaPindah((d.pel,), d.kadis, dt.date(2016, 12, 1), koreksi=True)])
    assert before <= {k.id for k in after.kedudukan}  # nothing deleted
    for day in (dt.date(2017, 1, 1), dt.date(2022, 6, 1), dt.date(2030, 1, 1)):
        assert [p.id for p in after.ppk_of(d.pel, day)] == [d.kadis]
    assert tanggal_ganda((k.tmt_mulai, k.tmt_selesai) for k in after.kedudukan
                         if k.pegawai_id == d.pel) == []


# ---- one kedudukan per pegawai per date ------------------------------------------------------------

D = dt.date


def test_tanggal_ganda_finds_the_dates_with_two_kedudukan():
    assert tanggal_ganda([(D(2020, 1, 1), D(2020, 12, 31)), (D(2021, 1, 1), None)]) == []
    assert tanggal_ganda([(D(2020, 1, 1), None), (D(2021, 3, 1), None)]) == [
        (D(2021, 3, 1), D.max)]
    assert tanggal_ganda([(D(2020, 1, 1), D(2020, 6, 30)), (D(2020, 6, 30), D(2020, 7, 5)),
                          (D(2020, 7, 5), None)]) == [(D(2020, 6, 30), D(2020, 6, 30)),
                                                      (D(2020, 7, 5), D(2020, 7, 5))]
    assert tanggal_ganda([(D(2020, 1, 1), None), (D(2022, 1, 3), D(2022, 1, 2))]) == []


def test_ganda_baru_ignores_a_legacy_double_and_lets_a_move_repair_it():
    legacy = [(D(2020, 1, 1), None), (D(2023, 1, 1), None)]
    repaired = [(D(2020, 1, 1), D(2025, 12, 31)), (D(2023, 1, 1), D(2025, 12, 31)),
                (D(2026, 1, 1), None)]
    assert ganda_baru(legacy, repaired) == []  # the old overlap remains in the past only
    assert ganda_baru(legacy, legacy) == []  # an unrelated save of the same person
    broken = [(D(2020, 1, 1), None), (D(2026, 1, 1), None)]
    assert ganda_baru([(D(2020, 1, 1), None)], broken) == [(D(2026, 1, 1), D.max)]
    assert uraian_rentang([(D(2026, 1, 1), D.max)]) == "sejak 01-01-2026"
    assert uraian_rentang([(D(2026, 1, 1), D(2026, 1, 31))]) == "01-01-2026 s.d. 31-01-2026"
