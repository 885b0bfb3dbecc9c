"""Regulation profiles as data: lookup, citations, ketua/tim/dokumen/alur variants."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from sistemkerja_desktop.domain.errors import NotFoundError
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.pangkat import PENDIDIKAN_D3, Golongan
from sistemkerja_desktop.domain.profiles import (
    KODE_DASAR,
    PROFILES,
    SEED_SINGKAT,
    Bentuk,
    Citation,
    JenisDokumen,
    Lingkup,
    Peran,
    PeriodePemantauan,
    get_profile,
    list_profiles,
    singkat_pasal,
)

KODES = ["generic", "kapuas-hulu", "barito-timur", "pekalongan", "bungo", "pasuruan"]
SEEDS = {"kapuas-hulu": "000_60b25756ef894e0e.txt", "barito-timur": "001_1a2e31f50464c37d.txt",
         "pekalongan": "002_e3a7b70935bfd12c.txt", "bungo": "003_1e57fa4463b1ba41.txt",
         "pasuruan": "004_6d93bed8f30a722f.txt"}
SEED_DIR = Path("/work/shared/seeds")


def _citations(obj: object) -> list[Citation]:
    """Every Citation reachable from a profile (dataclass fields, tuples, frozensets)."""
    if isinstance(obj, Citation):
        return [obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [c for f in dataclasses.fields(obj) for c in _citations(getattr(obj, f.name))]
    if isinstance(obj, tuple | list | frozenset):
        return [c for item in obj for c in _citations(item)]
    return []


def test_list_profiles_stable_order_generic_first() -> None:
    assert [p.kode for p in list_profiles()] == KODES
    assert list(PROFILES) == KODES


def test_get_profile_returns_the_profile() -> None:
    p = get_profile("kapuas-hulu")
    assert p is PROFILES["kapuas-hulu"]
    assert p.nama == ("Perbup Kapuas Hulu No. 36 Tahun 2023 tentang Sistem Kerja untuk "
                      "Penyederhanaan Birokrasi")
    assert p.kabupaten == "Kabupaten Kapuas Hulu"
    assert p.seed == "000_60b25756ef894e0e.txt"


def test_get_profile_unknown_raises_indonesian_not_found_listing_codes() -> None:
    with pytest.raises(NotFoundError) as exc:
        get_profile("kapuas")
    msg = exc.value.message
    assert "tidak dikenal" in msg and "'kapuas'" in msg
    for kode in KODES:
        assert kode in msg
    assert exc.value.code == "profil_tidak_dikenal"


@pytest.mark.parametrize("kode", KODES[1:])
def test_profile_metadata_matches_seed(kode: str) -> None:
    p = get_profile(kode)
    assert p.seed == SEEDS[kode]
    assert p.singkat == SEED_SINGKAT[p.seed]
    assert p.kabupaten.removeprefix("Kabupaten ") in p.nama
    if SEED_DIR.exists():
        text = (SEED_DIR / p.seed).read_text(encoding="utf-8").upper()
        assert p.kabupaten.removeprefix("Kabupaten ").upper() in text


def test_generic_has_no_seed() -> None:
    g = get_profile("generic")
    assert g.seed is None
    assert all(c.seed is None and c.sumber for c in _citations(g))


@pytest.mark.parametrize("kode", KODES[1:])
def test_every_citation_of_a_profile_points_to_its_own_seed(kode: str) -> None:
    p = get_profile(kode)
    cites = _citations(p)
    assert len(cites) > 15
    for c in cites:
        assert c.seed == p.seed, c
        assert c.pasal
        assert str(c).startswith(p.singkat + ", ")


@pytest.mark.parametrize("kode", KODES)
def test_universal_rules_present_and_hard(kode: str) -> None:
    p = get_profile(kode)
    assert {r.kode for r in p.aturan_dasar} == set(KODE_DASAR)
    assert all(r.tingkat is Tingkat.GALAT for r in p.aturan_dasar)
    with pytest.raises(KeyError):
        p.dasar("TIDAK_ADA")


def test_citation_str_and_lengkap() -> None:
    c = Citation("000_60b25756ef894e0e.txt", "Lampiran I huruf B angka 1 huruf g")
    assert str(c) == "Perbup Kapuas Hulu 36/2023, Lampiran I B.1.g"
    assert c.lengkap == ("Perbup Kapuas Hulu 36/2023, Lampiran I B.1.g "
                         "(seed 000_60b25756ef894e0e.txt)")
    bungo = Citation("003_1e57fa4463b1ba41.txt", "Pasal 9 ayat (3)")
    assert str(bungo) == "Perbup Bungo 15/2024, Pasal 9(3)"


@pytest.mark.parametrize(("pasal", "singkat"), [
    ("Pasal 10 ayat (3)", "Pasal 10(3)"),
    ("Pasal 1 angka 31", "Pasal 1 angka 31"),
    ("Lampiran I angka 2 nomor 2 huruf a", "Lampiran I 2.2.a"),
    ("Lampiran BAB II huruf D angka 9 huruf b butir f–g", "Lampiran BAB II D.9.b.f–g"),
    ("Pasal 16 ayat (2) huruf a; Lampiran III angka 3.1 huruf b",
     "Pasal 16(2) huruf a; Lampiran III 3.1.b"),
    ("Lampiran III Tabel 3.1–3.15", "Lampiran III Tabel 3.1–3.15"),
])
def test_singkat_pasal(pasal: str, singkat: str) -> None:
    assert singkat_pasal(pasal) == singkat


def test_profiles_are_immutable() -> None:
    p = get_profile("bungo")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.kode = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.ketua.dari_pemilik_kinerja = Tingkat.PERINGATAN  # type: ignore[misc]


# ---- kedudukan rows ------------------------------------------------------------------------

def _row(kode: str, rule: str):
    rows = [r for r in get_profile(kode).aturan_kedudukan if r.kode == rule]
    assert len(rows) <= 1
    return rows[0] if rows else None


def test_madya_placement_by_profile() -> None:
    assert _row("kapuas-hulu", "JF_MADYA_UTAMA_BUKAN_JPT") is None
    for kode, tingkat in (("barito-timur", Tingkat.PERINGATAN), ("pekalongan", Tingkat.PERINGATAN),
                          ("bungo", Tingkat.PERINGATAN), ("pasuruan", Tingkat.GALAT),
                          ("generic", Tingkat.PERINGATAN)):
        row = _row(kode, "JF_MADYA_UTAMA_BUKAN_JPT")
        assert row is not None, kode
        assert row.tingkat is tingkat
        assert Jenjang.AHLI_MADYA in row.jenjang and Jenjang.AHLI_MUDA not in row.jenjang
        assert Kategori.ADMINISTRATOR not in row.ppk_kategori
        assert Kategori.JPT_PRATAMA in row.ppk_kategori
        assert row.dasar.seed == SEEDS.get(kode)
    assert "Lampiran I" in _row("barito-timur", "JF_MADYA_UTAMA_BUKAN_JPT").dasar.pasal
    assert "Pasal 25" in _row("bungo", "JF_MADYA_UTAMA_BUKAN_JPT").dasar.pasal
    assert "3.1 huruf a" in _row("pekalongan", "JF_MADYA_UTAMA_BUKAN_JPT").dasar.pasal


def test_lower_pengawas_rule_by_profile() -> None:
    assert _row("bungo", "PPK_PENGAWAS_BAWAHAN") is None
    assert _row("kapuas-hulu", "PPK_PENGAWAS_BAWAHAN") is None
    pek = _row("pekalongan", "PPK_PENGAWAS_BAWAHAN")
    assert pek.tingkat is Tingkat.GALAT and not pek.pelaksana  # Pelaksana only
    pas = _row("pasuruan", "PPK_PENGAWAS_BAWAHAN")
    assert pas.tingkat is Tingkat.GALAT and pas.pelaksana and not pas.delegasi_membebaskan
    assert _row("generic", "PPK_PENGAWAS_BAWAHAN").tingkat is Tingkat.PERINGATAN


def test_pasuruan_rank_rules_are_hard_and_first_rows_cover_lower_pengawas() -> None:
    p = get_profile("pasuruan")
    assert [r.kode for r in p.aturan_kedudukan] == [
        "PPK_PENGAWAS_BAWAHAN", "JF_UTAMA_BUKAN_SEKDA", "JF_MADYA_UTAMA_BUKAN_JPT",
        "JF_DI_BAWAH_PENGAWAS"]
    # D.2.b e), D.5.b l), D.6.b l), n): a delegasi hands over pengelolaan kinerja, not penilaian
    assert not any(r.delegasi_membebaskan for r in p.aturan_kedudukan)
    assert all(r.tingkat is Tingkat.GALAT for r in p.aturan_kedudukan)
    assert p.aturan_pimpinan_jf is not None and p.aturan_pimpinan_jf.tingkat is Tingkat.GALAT
    assert "D.9.b" in str(p.aturan_pimpinan_jf.dasar)
    assert get_profile("pekalongan").aturan_pimpinan_jf is None  # Pasal 8 allows it


# ---- ketua ---------------------------------------------------------------------------------

def test_ketua_kategori_bungo_adds_pengawas() -> None:
    for kode in KODES:
        kat = get_profile(kode).ketua.kategori
        assert Kategori.FUNGSIONAL in kat and Kategori.PELAKSANA in kat
        assert (Kategori.PENGAWAS in kat) is (kode == "bungo")
        assert Kategori.ADMINISTRATOR not in kat


def test_ketua_from_unit_pemilik_kinerja_hard_only_in_bungo() -> None:
    for kode in KODES:
        ketua = get_profile(kode).ketua
        expected = Tingkat.GALAT if kode == "bungo" else Tingkat.PERINGATAN
        assert ketua.dari_pemilik_kinerja is expected
    dasar = get_profile("bungo").ketua.dari_pemilik_kinerja_dasar
    assert str(dasar) == "Perbup Bungo 15/2024, Pasal 9(3)"


def test_kapuas_hulu_replacement_ketua_d3_and_iii_b() -> None:
    pengganti = get_profile("kapuas-hulu").ketua.pengganti
    assert pengganti is not None
    assert pengganti.pendidikan_min == PENDIDIKAN_D3
    assert pengganti.golongan_min == Golongan.pns("III/b")
    assert str(pengganti.dasar) == "Perbup Kapuas Hulu 36/2023, Lampiran I B.3.f"
    assert all(get_profile(k).ketua.pengganti is None for k in KODES if k != "kapuas-hulu")


def test_pekalongan_acting_ketua_and_ketua_max_one_year() -> None:
    ketua = get_profile("pekalongan").ketua
    assert ketua.sementara is not None and ketua.sementara.selisih_jenjang == 1
    assert "Pasal 29" in str(ketua.sementara.dasar)
    assert ketua.maks_bulan == 12
    assert all(get_profile(k).ketua.sementara is None for k in KODES if k != "pekalongan")


def test_pasuruan_pengawas_is_ketua_substansi_and_bungo_pengawas_ketua() -> None:
    assert get_profile("pasuruan").ketua.pengawas_ketua_substansi is not None
    assert get_profile("bungo").ketua.pengawas_ketua is not None
    assert get_profile("kapuas-hulu").ketua.pengawas_ketua is None


# ---- teams and durations -------------------------------------------------------------------

D = dt.date


def test_pekalongan_squad_at_most_one_year() -> None:
    squad = get_profile("pekalongan").tim("squad")
    assert squad.kode == "kelompok-kerja" and squad.maks_bulan == 12 and squad.min_bulan is None
    assert squad.cek_durasi(D(2024, 1, 1), D(2024, 12, 31)) is None
    assert "paling lama 1 tahun" in squad.cek_durasi(D(2024, 1, 1), D(2025, 1, 1))
    assert squad.cek_durasi(D(2024, 3, 1), D(2024, 3, 2)) is None


def test_pekalongan_thematic_team_between_one_month_and_one_year() -> None:
    tematik = get_profile("pekalongan").tim("tim-kerja-tematik")
    assert tematik.lintas_unit_wajib and tematik.dokumen is JenisDokumen.SK_KEPALA_PD
    assert "paling singkat 1 bulan" in tematik.cek_durasi(D(2024, 1, 1), D(2024, 1, 30))
    assert tematik.cek_durasi(D(2024, 1, 1), D(2024, 1, 31)) is None
    assert tematik.cek_durasi(D(2024, 1, 31), D(2024, 2, 28)) is None  # month end clamps
    assert tematik.cek_durasi(D(2024, 6, 1), D(2025, 5, 31)) is None
    assert tematik.cek_durasi(D(2024, 6, 1), D(2025, 6, 1)) is not None
    assert "periode" in tematik.cek_durasi(D(2024, 6, 1), None)
    assert "lebih awal" in tematik.cek_durasi(D(2024, 6, 1), D(2024, 5, 1))


def test_other_profiles_have_no_duration_bounds_but_need_an_end() -> None:
    for kode in ("kapuas-hulu", "barito-timur", "bungo", "pasuruan", "generic"):
        tim = get_profile(kode).tim("tim-kerja")
        assert tim.min_bulan is None and tim.maks_bulan is None
        assert tim.cek_durasi(D(2024, 1, 1), D(2030, 1, 1)) is None
        assert tim.cek_durasi(D(2024, 1, 1), None) is not None


def test_team_types_per_profile() -> None:
    assert [t.kode for t in get_profile("pasuruan").jenis_tim] == [
        "tim-kerja", "tim-kerja-substansi"]
    assert [t.kode for t in get_profile("pekalongan").jenis_tim] == [
        "kelompok-kerja", "tim-kerja-tematik"]
    assert get_profile("barito-timur").tim("tim-kerja").dokumen is JenisDokumen.SK_TIM_KERJA
    with pytest.raises(KeyError):
        get_profile("bungo").tim("squad-x")


# ---- monitoring, documents, flows ----------------------------------------------------------

def test_monitoring_quarterly_only_in_pekalongan() -> None:
    for kode in KODES:
        pem = get_profile(kode).pemantauan
        if kode == "pekalongan":
            assert pem.periode is PeriodePemantauan.TRIWULANAN and pem.interval_bulan == 3
            assert not pem.dapat_diubah and "4.1.3" in str(pem.dasar)
        else:
            assert pem.periode is PeriodePemantauan.BERKALA and pem.interval_bulan is None
            assert pem.dapat_diubah


def test_kapuas_hulu_document_by_scope() -> None:
    kh = get_profile("kapuas-hulu")
    for bentuk in Bentuk:
        assert kh.dokumen_untuk(Lingkup.DALAM_UNIT, bentuk).dokumen is JenisDokumen.SURAT_TUGAS
        assert kh.dokumen_untuk(Lingkup.LINTAS_UNIT, bentuk).dokumen is JenisDokumen.SK_KEPALA_PD
        assert kh.dokumen_untuk(Lingkup.LINTAS_INSTANSI, bentuk).dokumen is JenisDokumen.SK_SEKDA
    assert str(kh.dokumen_untuk(Lingkup.LINTAS_INSTANSI, Bentuk.TIM).dasar) == (
        "Perbup Kapuas Hulu 36/2023, Pasal 10(1)")


def test_barito_timur_document_by_mode() -> None:
    bt = get_profile("barito-timur")
    for lingkup in Lingkup:
        assert bt.dokumen_untuk(lingkup, Bentuk.INDIVIDU).dokumen is JenisDokumen.SURAT_PENUGASAN
        assert bt.dokumen_untuk(lingkup, Bentuk.TIM).dokumen is JenisDokumen.SK_TIM_KERJA


@pytest.mark.parametrize("kode", KODES)
def test_every_scope_and_mode_has_a_document_and_signer(kode: str) -> None:
    p = get_profile(kode)
    for lingkup in Lingkup:
        for bentuk in Bentuk:
            row = p.dokumen_untuk(lingkup, bentuk)
            assert row.penandatangan


def _alur(kode: str, jenis: str, lingkup: str, arah: str = "dalam"):
    from sistemkerja_desktop.domain.penugasan import Arah, JenisPenugasan, LingkupPenugasan
    from sistemkerja_desktop.domain.penugasan_alur import alur_penugasan

    return alur_penugasan(get_profile(kode), JenisPenugasan(jenis), LingkupPenugasan(lingkup),
                          Arah(arah))


@pytest.mark.parametrize("kode", KODES)
def test_every_flow_defined_and_sukarela_never_lintas_instansi(kode: str) -> None:
    """The approval chains live in domain.penugasan_alur (issue #10), one source for them."""
    from sistemkerja_desktop.domain.errors import RuleViolation

    for jenis, lingkup, arah in (("penunjukan", "lintas-unit", "dalam"),
                                 ("penunjukan", "lintas-instansi", "keluar"),
                                 ("sukarela", "lintas-unit", "dalam")):
        assert _alur(kode, jenis, lingkup, arah).langkah
    with pytest.raises(RuleViolation):
        _alur(kode, "sukarela", "lintas-instansi", "keluar")
    p = get_profile(kode)
    assert Lingkup.LINTAS_INSTANSI not in p.sukarela_lingkup
    assert Lingkup.DALAM_UNIT in p.sukarela_lingkup


def test_sukarela_approval_order_differs() -> None:
    def order(kode: str) -> list[Peran]:
        return [x.peran for x in _alur(kode, "sukarela", "lintas-unit").langkah]

    # KH and Pasuruan: the target unit first, then the pegawai's own PPK.
    for kode in ("kapuas-hulu", "pasuruan"):
        steps = order(kode)
        assert steps.index(Peran.PUO_PEMILIK_KINERJA) < steps.index(Peran.PPK_PEGAWAI)
    # BT, Bungo, Pekalongan: the pegawai's own superior first.
    for kode in ("barito-timur", "bungo", "pekalongan"):
        steps = order(kode)
        own = min(steps.index(r) for r in (Peran.PUO_PEGAWAI, Peran.PPK_PEGAWAI) if r in steps)
        assert own < steps.index(Peran.PUO_PEMILIK_KINERJA)


def test_pekalongan_lintas_instansi_goes_through_sekda() -> None:
    alur = _alur("pekalongan", "penunjukan", "lintas-instansi", "keluar")
    steps = [x.peran for x in alur.langkah]
    assert steps[1] is Peran.SEKDA and Peran.PYB_PEMOHON not in steps
    assert "Sekretaris Daerah" in alur.alamat


def test_barito_timur_team_need_questions() -> None:
    qs = get_profile("barito-timur").pertanyaan_kebutuhan_tim
    assert len(qs) == 3
    assert [str(q.dasar) for q in qs] == [
        f"Perbup Barito Timur 11/2024, Lampiran II B.{i}" for i in (1, 2, 3)]
    assert "1 (satu) tahun" in qs[0].pertanyaan
    assert all(not get_profile(k).pertanyaan_kebutuhan_tim for k in KODES if k != "barito-timur")
