import pytest

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.jabatan import (
    Jenjang,
    JFKategori,
    Kategori,
    golongan_fits_jenjang,
    guess_kategori,
    jenjang_from_nama,
    parse_jenjang,
    parse_kategori,
)
from sistemkerja_desktop.domain.pangkat import (
    GOLONGAN_PNS,
    PENDIDIKAN_D3,
    Golongan,
    parse_golongan,
    pendidikan_level,
)


@pytest.mark.parametrize("raw", ["III/b", "III.b", "IIIb", "iii/B", "Penata Muda Tingkat I (III/b)",
                                 "Penata Muda Tk. I / III.b", "III/b - Penata Muda Tk. I",
                                 "Penata Muda Tingkat I"])
def test_golongan_forms(raw):
    g = parse_golongan(raw)
    assert g.kode == "III/b"
    assert g.tampil == "Penata Muda Tingkat I (III/b)"


def test_full_pns_table_ordered():
    assert len(GOLONGAN_PNS) == 17
    assert Golongan.pns("II/d") < Golongan.pns("III/a") < Golongan.pns("IV/e")
    assert parse_golongan("Pembina Utama").kode == "IV/e"
    assert parse_golongan("Juru Muda").kode == "I/a"


@pytest.mark.parametrize(("raw", "kode"), [("IX", "IX"), ("Golongan IX (PPPK)", "IX"),
                                           ("gol. XVII", "XVII"), ("V", "V")])
def test_pppk_golongan(raw, kode):
    g = parse_golongan(raw, pppk=True)
    assert g.pppk and g.kode == kode and g.pangkat is None
    assert g.tampil == f"Golongan {kode}"


@pytest.mark.parametrize("raw", ["", "III/f", "XVIII", "Penata Besar"])
def test_bad_golongan(raw):
    with pytest.raises(ValidationError):
        parse_golongan(raw)


def test_pendidikan_levels():
    assert pendidikan_level("D3 Kebidanan") == PENDIDIKAN_D3
    assert pendidikan_level("S1 Ekonomi") > PENDIDIKAN_D3 > pendidikan_level("SMA")
    assert pendidikan_level("D-III Keperawatan") == PENDIDIKAN_D3
    assert pendidikan_level("") is None


SD, SMP, SMA, D1, D2, D3, S1, PROFESI, S2, S3 = 10, 20, 30, 40, 50, 60, 70, 72, 80, 90


@pytest.mark.parametrize(("text", "level"), [
    # diploma: D3 = "Ahli Madya" (KH Lampiran I B.3.f: "Pendidikan minimal D3")
    ("D-3 Akuntansi", D3), ("DIPLOMA 3", D3), ("Diploma III Kebidanan", D3), ("D III", D3),
    ("D.III", D3), ("DIII", D3), ("d3 keperawatan", D3), ("Diploma Tiga", D3),
    ("Ahli Madya Keperawatan", D3), ("A.Md.Kep", D3), ("A.Md. Keb.", D3), ("Sarjana Muda", D3),
    ("Diploma IV", S1), ("D-IV", S1), ("D4 Kebidanan", S1), ("S.Tr.Kes", S1),
    ("D-1 Komputer", D1), ("D I", D1), ("D2", D2), ("A.Ma.", D2),
    # sarjana; Indonesian degree abbreviations S.xxx are S1
    ("S-1 Ekonomi", S1), ("S1", S1), ("S 1 Hukum", S1), ("Strata 1", S1), ("STRATA-1", S1),
    ("Strata Satu", S1), ("Sarjana Ekonomi", S1), ("S.E.", S1), ("S.Kep", S1), ("SKM", S1),
    ("S.Kep, Ners", PROFESI), ("Profesi Ners", PROFESI), ("Apoteker", PROFESI),
    ("dr.", PROFESI),
    # pascasarjana; M.xxx are S2
    ("S-2", S2), ("S2 Kesehatan Masyarakat", S2), ("Magister Manajemen", S2), ("M.Kes", S2),
    ("Pascasarjana", S2), ("Sp.A", S2), ("S3", S3), ("Doktor", S3), ("Dr.", S3),
    # below D3
    ("SMA", SMA), ("SMA Negeri 1 Putussibau", SMA), ("SLTA", SMA), ("SMK Kesehatan", SMA),
    ("SMEA", SMA), ("SMU", SMA), ("SPK", SMA), ("SMP", SMP), ("SLTP", SMP), ("SD", SD),
    ("SD Negeri 2", SD),
    # nothing recognised: the word "di", a bare "Diploma", text
    ("lulus di Putussibau", None), ("Diploma", None), ("-", None), ("   ", None), (None, None),
])
def test_pendidikan_level_reads_real_strings(text, level):
    """KH Lampiran I huruf B angka 3 huruf f ("Pendidikan minimal D3") must read personnel
    data as written: highest level named wins, SMA and below are below D3."""
    assert pendidikan_level(text) == level


def test_pendidikan_highest_named_wins():
    assert pendidikan_level("D3 Keperawatan, S1 Keperawatan") == S1
    assert pendidikan_level("SMA; D-III Kebidanan") == D3


def test_jenjang_names_and_aliases():
    assert jenjang_from_nama("Perawat Ahli Muda") is Jenjang.AHLI_MUDA
    assert jenjang_from_nama("Sanitarian Muda") is Jenjang.AHLI_MUDA
    assert jenjang_from_nama("AHLI PERTAMA - APOTEKER") is Jenjang.AHLI_PERTAMA
    assert jenjang_from_nama("Bidan Terampil") is Jenjang.TERAMPIL
    assert jenjang_from_nama("Pengadministrasi Perkantoran") is None
    assert parse_jenjang("pelaksana lanjutan") is Jenjang.MAHIR
    assert Jenjang.PENYELIA.kategori is JFKategori.KETERAMPILAN
    with pytest.raises(ValidationError):
        parse_jenjang("Ahli Super")


def test_kategori_parsing():
    assert parse_kategori("Struktural (JPT Pratama)") is Kategori.JPT_PRATAMA
    assert parse_kategori("JF Keahlian (PPPK)") is Kategori.FUNGSIONAL
    assert parse_kategori("Pelaksana (PPPK)") is Kategori.PELAKSANA
    assert parse_kategori("Eselon IV") is Kategori.PENGAWAS
    assert parse_kategori("Struktural (Administrator)") is Kategori.ADMINISTRATOR
    assert Kategori.PENGAWAS.rank > Kategori.FUNGSIONAL.rank
    with pytest.raises(ValidationError):
        guess_kategori("Kepala Puskesmas Sukamaju", None)
    assert guess_kategori("Perawat Ahli Muda", Jenjang.AHLI_MUDA) is Kategori.FUNGSIONAL


def test_golongan_fits_jenjang():
    assert golongan_fits_jenjang(Golongan.pns("III/c"), Jenjang.AHLI_MUDA)
    assert not golongan_fits_jenjang(Golongan.pns("III/b"), Jenjang.AHLI_MUDA)
    assert golongan_fits_jenjang(parse_golongan("IX", pppk=True), Jenjang.AHLI_UTAMA)


@pytest.mark.parametrize(("nama", "kategori"), [
    ("Kepala Dinas Kesehatan", Kategori.JPT_PRATAMA),
    ("Kepala Bidang Pelayanan Kesehatan", Kategori.ADMINISTRATOR),
    ("Sekretaris Dinas", Kategori.ADMINISTRATOR),
    ("Camat Sukamaju", Kategori.ADMINISTRATOR),
    ("Kepala Subbagian Umum dan Kepegawaian", Kategori.PENGAWAS),
    ("Kepala Seksi Kesejahteraan Sosial", Kategori.PENGAWAS),
    ("Lurah Tanjungsari", Kategori.PENGAWAS),
    ("Pengadministrasi Perkantoran", Kategori.PELAKSANA),
    ("Kabid P2P", Kategori.ADMINISTRATOR),
    ("Kasubag Umum", Kategori.PENGAWAS),
    ("Kasi Pelayanan", Kategori.PENGAWAS),
    ("Plt. Kepala Bidang Kesehatan Masyarakat", Kategori.ADMINISTRATOR),
])
def test_standard_titles_get_their_usual_level(nama, kategori):
    assert guess_kategori(nama, None) is kategori


@pytest.mark.parametrize("nama", ["Kepala Puskesmas Sukamaju", "Kepala UPTD Instalasi Farmasi",
                                  "Kepala UPTD Puskesmas Tanjungsari", "Kepala Sekolah"])
def test_title_of_varying_level_needs_jenis(nama):
    with pytest.raises(ValidationError) as err:
        guess_kategori(nama, None)
    assert err.value.field == "jenis_jabatan"


@pytest.mark.parametrize(("raw", "kategori"), [
    ("Eselon III", Kategori.ADMINISTRATOR), ("Eselon III.a", Kategori.ADMINISTRATOR),
    ("Eselon II.b", Kategori.JPT_PRATAMA), ("Eselon IV/a", Kategori.PENGAWAS),
    ("Fungsional Umum", Kategori.PELAKSANA), ("JFU", Kategori.PELAKSANA),
    ("JFT", Kategori.FUNGSIONAL), ("Fungsional Tertentu", Kategori.FUNGSIONAL),
])
def test_old_style_jenis_jabatan(raw, kategori):
    assert parse_kategori(raw) is kategori


def test_pelaksana_is_not_a_jenjang():
    with pytest.raises(ValidationError):
        parse_jenjang("Pelaksana")
