"""The demo agency (Dinas Kesehatan Kabupaten Contoh) and the synthetic agency generator."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import re

import pytest

from sistemkerja_desktop.domain.demo import (
    DEMO_PD,
    DEMO_PROBLEMS,
    build_demo_struktur,
    build_generated_struktur,
)
from sistemkerja_desktop.domain.demo_names import JABATAN, NAME_GROUPS, SINGLE_FEMALE, SINGLE_MALE
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import (
    JFKategori,
    Kategori,
    golongan_fits_jenjang,
    jenjang_from_nama,
)
from sistemkerja_desktop.domain.nip import StatusKepegawaian, parse_nip
from sistemkerja_desktop.domain.organisasi import JenisUnit, Pengisian, Struktur
from sistemkerja_desktop.domain.pangkat import pendidikan_level

TODAY = dt.date(2025, 7, 1)
PROBLEM_NIPS = {nip for nip, _ in DEMO_PROBLEMS}

# domain_conventions.md Appendix A (JSON Lines), transcribed independently of demo_names.py:
# nama lengkap, NIP, jenis kelamin, golongan, jabatan, unit kerja.
APPENDIX_A = (
    ("dr. Hendra Wijayakusuma, M.Kes.", "197103141999031901", "L", "IV/c", "Kepala Dinas Kesehatan", "Pimpinan"),  # noqa: E501
    ("Sri Rahayuningsih, S.KM., M.M.", "197508222000032902", "P", "IV/b", "Sekretaris Dinas", "Sekretariat"),  # noqa: E501
    ("Bambang Sutrisno, S.E.", "197806052003121903", "L", "III/d", "Kepala Subbagian Umum dan Kepegawaian", "Sekretariat"),  # noqa: E501
    ("drg. Ratna Kusumawardani", "198001172006042904", "P", "IV/a", "Kepala Bidang Pelayanan Kesehatan", "Bidang Pelayanan Kesehatan"),  # noqa: E501
    ("Agus Setiawan, S.KM., M.Epid.", "198209092009021905", "L", "IV/a", "Epidemiolog Kesehatan Ahli Madya", "Bidang Pencegahan dan Pengendalian Penyakit"),  # noqa: E501
    ("Dewi Anggraeni, S.KM.", "198804122014032906", "P", "III/c", "Epidemiolog Kesehatan Ahli Muda", "Bidang Pencegahan dan Pengendalian Penyakit"),  # noqa: E501
    ("Muhammad Rizki Pratama, S.Kom.", "199201202019031907", "L", "III/b", "Pranata Komputer Ahli Pertama", "Sekretariat"),  # noqa: E501
    ("Siti Nurhaliza, S.E.", "199007252018032908", "P", "III/b", "Perencana Ahli Pertama", "Sekretariat"),  # noqa: E501
    ("Yuliana Safitri, S.Gz.", "199103032017122909", "P", "III/c", "Nutrisionis Ahli Muda", "Bidang Kesehatan Masyarakat"),  # noqa: E501
    ("Fajar Nugroho, S.KM.", "198708182013121910", "L", "III/c", "Tenaga Promosi Kesehatan dan Ilmu Perilaku Ahli Muda", "Bidang Kesehatan Masyarakat"),  # noqa: E501
    ("Rina Marlina, A.Md.KL.", "199305142020122911", "P", "II/c", "Tenaga Sanitasi Lingkungan Terampil", "Bidang Kesehatan Masyarakat"),  # noqa: E501
    ("apt. Lestari Handayani, S.Farm.", "198909272015032912", "P", "III/c", "Apoteker Ahli Muda", "Bidang Sumber Daya Kesehatan"),  # noqa: E501
    ("Teguh Prasetyo, S.Sos.", "198511022011011913", "L", "III/c", "Analis Sumber Daya Manusia Aparatur Ahli Muda", "Sekretariat"),  # noqa: E501
    ("Wahyu Hidayat, A.Md.", "199402082020121914", "L", "II/c", "Arsiparis Terampil", "Sekretariat"),  # noqa: E501
    ("Nur Aini Rahmawati, S.ST.", "198606102010032915", "P", "III/d", "Administrator Kesehatan Ahli Muda", "Bidang Pelayanan Kesehatan"),  # noqa: E501
    ("Eko Budi Santoso", "197404191998031916", "L", "III/b", "Pengadministrasi Perkantoran", "Sekretariat"),  # noqa: E501
    ("Hartini", "197909232005012917", "P", "III/a", "Pengadministrasi Perkantoran", "Sekretariat"),
    ("Andi Firmansyah, S.AP.", "199503162022081918", "L", "III/a", "Penata Layanan Operasional", "Bidang Sumber Daya Kesehatan"),  # noqa: E501
    ("dr. Intan Permatasari", "198702012015032919", "P", "III/d", "Dokter Ahli Muda", "UPTD Puskesmas Sukamaju"),  # noqa: E501
    ("dr. Yoga Aditya Putra", "199307062021031920", "L", "III/b", "Dokter Ahli Pertama", "UPTD Puskesmas Tanjungsari"),  # noqa: E501
    ("Ns. Maya Sari, S.Kep.", "198808302014032921", "P", "III/c", "Perawat Ahli Muda", "UPTD Puskesmas Sukamaju"),  # noqa: E501
    ("Joko Susilo, A.Md.Kep.", "198401152009121922", "L", "III/c", "Perawat Penyelia", "UPTD Puskesmas Tanjungsari"),  # noqa: E501
    ("Endang Wulandari, A.Md.Keb.", "198305282008122923", "P", "III/d", "Bidan Penyelia", "UPTD Puskesmas Sukamaju"),  # noqa: E501
    ("Putri Ayu Lestari, A.Md.Keb.", "199602212019122924", "P", "II/d", "Bidan Terampil", "UPTD Puskesmas Tanjungsari"),  # noqa: E501
    ("Sulastri, A.Md.Gz.", "199108112017032925", "P", "III/a", "Nutrisionis Mahir", "UPTD Puskesmas Sukamaju"),  # noqa: E501
    ("Dimas Arya Saputra, A.Md.AK.", "199204192018121926", "L", "II/d", "Pranata Laboratorium Kesehatan Terampil", "UPTD Puskesmas Tanjungsari"),  # noqa: E501
    ("Ratih Purnamasari, A.Md.RMIK.", "199709132021032927", "P", "II/c", "Perekam Medis Terampil", "UPTD Puskesmas Sukamaju"),  # noqa: E501
    ("Slamet Riyadi", "198112072010011928", "L", "II/d", "Pengadministrasi Perkantoran", "UPTD Puskesmas Tanjungsari"),  # noqa: E501
    ("Novi Kurniasari, S.KM.", "199405172023212929", "P", "IX", "Penata Kelola Layanan Kesehatan", "UPTD Puskesmas Sukamaju"),  # noqa: E501
    ("Rudi Hartono, A.Md.", "199003042024211930", "L", "VII", "Pengelola Layanan Operasional", "UPTD Puskesmas Tanjungsari"),  # noqa: E501
    ("Ahmad Fauzan", "199808222025211931", "L", "V", "Operator Layanan Operasional", "Sekretariat"),
    ("Ns. Larasati Dewi, S.Kep.", "199601092024212932", "P", "IX", "Perawat Ahli Pertama", "UPTD Puskesmas Tanjungsari"),  # noqa: E501
)

_MALE = {w for g in NAME_GROUPS.values() for w in g[0]} | set(SINGLE_MALE)
_FEMALE = {w for g in NAME_GROUPS.values() for w in g[1]} | set(SINGLE_FEMALE)
_GELAR_DEPAN = {"": None, "dr.": "Dokter", "drg.": "Dokter Gigi", "apt.": "Apoteker",
                "Ns.": "Perawat"}


@pytest.fixture(scope="module")
def demo() -> Struktur:
    return build_demo_struktur(TODAY)


@pytest.fixture(scope="module")
def big() -> Struktur:
    return build_generated_struktur(5000, seed=7, today=TODAY)


def _gender_from_name(nama: str) -> str | None:
    """'L'/'P' when the first given name is unambiguous in the name tables, else None."""
    words = nama.split()
    if words[0] in ("I", "Ni"):
        return "L" if words[0] == "I" else "P"
    if "br." in words:
        return "P"
    while len(words) > 1 and words[0] in ("Andi", "Muhammad"):
        words = words[1:]
    first = words[0]
    if first in _MALE and first not in _FEMALE:
        return "L"
    if first in _FEMALE and first not in _MALE:
        return "P"
    return None


# ---- shared structural checks ------------------------------------------------------------------

def check_nips(s: Struktur, today: dt.date) -> None:
    nips = [p.nip for p in s.pegawai]
    assert len(nips) == len(set(nips)), "NIP ganda"
    for p in s.pegawai:
        info = parse_nip(p.nip)
        assert info.status is p.status, p.nip
        assert p.golongan is not None and p.golongan.pppk == (p.status is StatusKepegawaian.PPPK)
        age_at_tmt = (info.tmt - info.tanggal_lahir).days / 365.25
        assert 18 <= age_at_tmt <= 35.5, (p.nip, age_at_tmt)
        assert info.tmt <= today, p.nip
        assert (today - info.tanggal_lahir).days / 365.25 < 60, p.nip  # below retirement age
        assert info.urut != "000"
        expected = _gender_from_name(p.nama)
        if expected is not None:
            assert info.jenis_kelamin == expected, (p.nama, p.nip)
        if p.jabatan is not None and p.jabatan.nama.startswith("Bidan"):
            assert info.jenis_kelamin == "P", p.nama


def check_jabatan(s: Struktur) -> None:
    for p in s.pegawai:
        jab = p.jabatan
        assert jab is not None
        if jab.kategori is Kategori.FUNGSIONAL:
            assert jab.jenjang is not None and jenjang_from_nama(jab.nama) is jab.jenjang
            assert p.golongan is not None and golongan_fits_jenjang(p.golongan, jab.jenjang), (
                p.nama, jab.nama, p.golongan.kode)
            base = jab.nama[: -len(jab.jenjang)].strip()
            assert base in JABATAN, jab.nama
            level = pendidikan_level(p.pendidikan)
            assert level is not None, p.pendidikan
            if jab.jenjang.kategori is JFKategori.KEAHLIAN:
                assert level >= 70, (jab.nama, p.pendidikan)
            else:
                assert 60 <= level < 70, (jab.nama, p.pendidikan)
        elif jab.kategori is Kategori.PELAKSANA:
            assert jab.jenjang is None and jab.nama in JABATAN
            if jab.nama.startswith("Penata"):
                assert (pendidikan_level(p.pendidikan) or 0) >= 70, p.pendidikan
        else:
            assert jab.nama.startswith(("Kepala", "Sekretaris")), jab.nama
        assert p.gelar_depan in _GELAR_DEPAN, p.gelar_depan
        needed = _GELAR_DEPAN[p.gelar_depan]
        if needed and jab.is_jf_or_pelaksana:  # dr. only for a Dokter, Ns. for a Perawat Ahli …
            assert jab.nama.startswith(f"{needed} Ahli "), (p.gelar_depan, jab.nama)
        assert re.fullmatch(r"[A-Za-z .']+", p.nama), p.nama
        assert not re.search(r"\d", p.nama_lengkap)
        assert p.kompetensi and p.pendidikan


def check_units(s: Struktur) -> None:
    assert [u.id for u in s.units] == list(range(1, len(s.units) + 1))
    assert [p.id for p in s.positions] == list(range(1, len(s.positions) + 1))
    assert [p.id for p in s.pegawai] == list(range(1, len(s.pegawai) + 1))
    assert [k.id for k in s.kedudukan] == list(range(1, len(s.kedudukan) + 1))
    roots = [u for u in s.units if u.parent_id is None]
    assert len(roots) == 1 and roots[0].jenis is JenisUnit.PIMPINAN
    for u in s.units:
        leaders = [p for p in s.positions if p.unit_id == u.id and p.pimpinan_unit]
        assert len(leaders) == 1, u.nama
        if u.parent_id is not None:
            assert u.parent_id in s.unit_by_id
            assert roots[0] in list(s.ancestors(u.id))
        if u.jenis is JenisUnit.PUSKESMAS:
            assert u.mandiri
            assert leaders[0].kategori is Kategori.FUNGSIONAL
            assert leaders[0].pengisian is Pengisian.TUGAS_TAMBAHAN
            holder = s.holder(leaders[0].id)
            assert holder is not None and holder.jabatan is not None
            assert holder.jabatan.kategori is Kategori.FUNGSIONAL and holder.unit_id == u.id
        else:
            assert not u.mandiri


def check_kedudukan(s: Struktur, today: dt.date, skip: set[str] = frozenset()) -> None:
    on = s.kedudukan_on(today)
    for p in s.pegawai:
        assert p.jabatan is not None
        if p.nip in skip:
            continue
        ks = on.get(p.id, [])
        if not p.jabatan.is_jf_or_pelaksana:
            assert ks == [], p.nama
            continue
        assert len(ks) == 1, (p.nama, p.nip, ks)
        k = ks[0]
        pos = s.position_by_id[k.ppk_position_id]
        assert pos.pemangku_id is not None and pos.pemangku_id != p.id
        assert pos.pimpinan_unit
        assert re.fullmatch(r"800\.1\.3/\d{3}/Dinkes/\d{4}", k.dasar_nomor)
        assert k.dasar_tanggal is not None and k.dasar_tanggal <= k.tmt_mulai <= today
        assert k.dasar_nomor.endswith(str(k.dasar_tanggal.year))
        # the PPK sits in the pegawai's unit or above it
        assert p.unit_id is not None
        assert pos.unit_id in {u.id for u in s.ancestors(p.unit_id)}


# ---- the demo agency ---------------------------------------------------------------------------

def test_demo_size_and_pd(demo: Struktur) -> None:
    assert 120 <= len(demo.pegawai) <= 200
    assert demo.pd == DEMO_PD
    assert demo.pd.kop_lines()[:2] == ("PEMERINTAH KABUPATEN CONTOH", "DINAS KESEHATAN")
    assert demo.pd.profil == "generic"
    assert len(demo.units) >= 11
    assert sum(p.status is StatusKepegawaian.PPPK for p in demo.pegawai) >= 8


def test_demo_contains_appendix_a_verbatim(demo: Struktur) -> None:
    by_nip = {p.nip: p for p in demo.pegawai}
    for nama, nip, jk, gol, jabatan, unit in APPENDIX_A:
        p = by_nip[nip]
        assert p.nama_lengkap == nama
        assert parse_nip(nip).jenis_kelamin == jk
        assert p.golongan is not None and p.golongan.kode == gol
        assert p.jabatan is not None and p.jabatan.nama == jabatan
        assert unit in demo.unit_path(p.unit_id).split(" / "), (nama, unit)
    hendra = by_nip["197103141999031901"]
    assert (hendra.gelar_depan, hendra.nama, hendra.gelar_belakang) == (
        "dr.", "Hendra Wijayakusuma", "M.Kes.")
    assert by_nip["197508222000032902"].gelar_belakang == "S.KM., M.M."
    assert by_nip["197103141999031901"].jabatan.kategori is Kategori.JPT_PRATAMA  # type: ignore
    assert by_nip["197806052003121903"].jabatan.kategori is Kategori.PENGAWAS  # type: ignore


def test_demo_nips(demo: Struktur) -> None:
    check_nips(demo, TODAY)
    for p in demo.pegawai:
        assert 901 <= int(p.nip[15:]) <= 999, p.nip  # clearly fictional sequence numbers


def test_demo_jabatan_and_names(demo: Struktur) -> None:
    check_jabatan(demo)
    names = [p.nama for p in demo.pegawai]
    assert len(names) == len(set(names))
    assert not any(re.search(r"pegawai", n, re.I) for n in names)
    # both genders and several naming traditions
    genders = {parse_nip(p.nip).jenis_kelamin for p in demo.pegawai}
    assert genders == {"L", "P"}
    assert len({p.jabatan.nama for p in demo.pegawai if p.jabatan}) >= 30


def test_demo_units_and_positions(demo: Struktur) -> None:
    check_units(demo)
    names = {u.nama for u in demo.units}
    for expected in ("Pimpinan", "Sekretariat", "Subbagian Umum dan Kepegawaian",
                     "Subbagian Keuangan dan Aset", "Bidang Kesehatan Masyarakat",
                     "Bidang Pencegahan dan Pengendalian Penyakit", "Bidang Pelayanan Kesehatan",
                     "Bidang Sumber Daya Kesehatan", "UPTD Puskesmas Sukamaju",
                     "UPTD Puskesmas Tanjungsari"):
        assert expected in names
    top = demo.pimpinan_of(1)
    assert top is not None and top.kategori is Kategori.JPT_PRATAMA
    assert demo.holder(top.id).nama == "Hendra Wijayakusuma"  # type: ignore[union-attr]
    kabid = [p for p in demo.positions if p.nama.startswith("Kepala Bidang")]
    assert len(kabid) == 4 and all(p.kategori is Kategori.ADMINISTRATOR for p in kabid)


def test_demo_has_a_plt(demo: Struktur) -> None:
    plt = [p for p in demo.positions if p.pengisian is Pengisian.PLT]
    assert len(plt) == 1
    pos = plt[0]
    assert pos.nama == "Kepala Bidang Kesehatan Masyarakat"
    official = demo.holder(pos.id)
    assert official is not None and official.nama == "Sri Rahayuningsih"
    own = [p for p in demo.positions_held[official.id] if p.id != pos.id]
    assert own and own[0].pengisian is Pengisian.DEFINITIF and own[0].unit_id != pos.unit_id


def test_demo_kedudukan_clean_except_problems(demo: Struktur) -> None:
    check_kedudukan(demo, TODAY, skip=PROBLEM_NIPS)
    # a moved pegawai keeps the old, closed kedudukan as history
    fajar = next(p for p in demo.pegawai if p.nama == "Fajar Nugroho")
    history = [k for k in demo.kedudukan if k.pegawai_id == fajar.id]
    assert len(history) == 2 and sum(k.tmt_selesai is None for k in history) == 1


def test_demo_problems_are_present(demo: Struktur) -> None:
    by_nip = {p.nip: p for p in demo.pegawai}
    assert len(DEMO_PROBLEMS) == 7 and len(PROBLEM_NIPS) == 7
    assert by_nip.keys() >= PROBLEM_NIPS
    assert all(desc for _, desc in DEMO_PROBLEMS)
    on = demo.kedudukan_on(TODAY)
    kinds = {nip: on.get(by_nip[nip].id, []) for nip in PROBLEM_NIPS}
    assert sum(not ks for ks in kinds.values()) == 1  # (a) no kedudukan
    assert sum(len(ks) == 2 for ks in kinds.values()) == 1  # (b) two concurrent
    ppk = {nip: [demo.position_by_id[k.ppk_position_id] for k in ks] for nip, ks in kinds.items()}
    assert sum(any(p.kosong for p in ps) for ps in ppk.values()) == 2  # (c) vacant PPK
    madya = [nip for nip, ps in ppk.items() if by_nip[nip].jabatan.jenjang == "Ahli Madya"  # type: ignore
             and any(p.kategori is Kategori.PENGAWAS for p in ps)]
    assert len(madya) == 1  # (d)
    under_jf = [nip for nip, ps in ppk.items()
                if any(p.kategori is Kategori.FUNGSIONAL and not p.pimpinan_unit for p in ps)]
    assert len(under_jf) == 1 and not any(k.delegasi for k in kinds[under_jf[0]])  # (e)
    unit = demo.unit_by_id[by_nip[under_jf[0]].unit_id]  # type: ignore[index]
    assert not unit.mandiri
    assert sum(by_nip[nip].unit_id is None for nip in PROBLEM_NIPS) == 1  # (f)
    assert all(p.unit_id is not None for p in demo.pegawai if p.nip not in PROBLEM_NIPS)


def test_demo_is_deterministic() -> None:
    assert build_demo_struktur(TODAY) == build_demo_struktur(TODAY)


def test_demo_before_the_move_still_has_one_kedudukan_each() -> None:
    early = dt.date(2023, 6, 1)
    s = build_demo_struktur(early)
    on = s.kedudukan_on(early)
    fajar = next(p for p in s.pegawai if p.nama == "Fajar Nugroho")
    assert len(on[fajar.id]) == 1


# ---- the generator -----------------------------------------------------------------------------

@pytest.mark.parametrize("n", [20, 137, 650, 1000])
def test_generated_exact_size_and_clean(n: int) -> None:
    s = build_generated_struktur(n, seed=3, today=TODAY)
    assert len(s.pegawai) == n
    check_nips(s, TODAY)
    check_jabatan(s)
    check_units(s)
    check_kedudukan(s, TODAY)


def test_generated_5000_is_complete(big: Struktur) -> None:
    """Its speed (target 1 s) is measured in benchmarks/run.py, not asserted here."""
    s = build_generated_struktur(5000, seed=11, today=TODAY)
    assert len(s.pegawai) == 5000
    assert len({p.nip for p in s.pegawai}) == 5000
    assert len(big.pegawai) == 5000
    check_nips(big, TODAY)
    check_jabatan(big)
    check_units(big)
    check_kedudukan(big, TODAY)
    assert 100 <= len(big.units) <= 150  # about one unit per 40 pegawai
    jenis = {u.jenis for u in big.units}
    assert {JenisUnit.BIDANG, JenisUnit.SEKSI, JenisUnit.UPTD, JenisUnit.PUSKESMAS} <= jenis
    assert any(p.pengisian is Pengisian.PLT for p in big.positions)
    assert any(p.status is StatusKepegawaian.PPPK for p in big.pegawai)
    assert len({p.nama for p in big.pegawai}) > 3000


def test_generated_is_deterministic_per_seed() -> None:
    a = build_generated_struktur(400, seed=5, today=TODAY)
    b = build_generated_struktur(400, seed=5, today=TODAY)
    c = build_generated_struktur(400, seed=6, today=TODAY)
    assert a == b
    assert [p.nip for p in a.pegawai] != [p.nip for p in c.pegawai]
    assert dataclasses.astuple(a.pegawai[10]) == dataclasses.astuple(b.pegawai[10])


def test_generated_rejects_tiny_agencies() -> None:
    with pytest.raises(ValueError):
        build_generated_struktur(5, today=TODAY)


# ---- against the kedudukan check (periksa), once it exists -------------------------------------

def _periksa_generic():  # type: ignore[no-untyped-def]
    if importlib.util.find_spec("sistemkerja_desktop.domain.periksa") is None:
        pytest.skip("sistemkerja_desktop.domain.periksa belum ada")
    from sistemkerja_desktop.domain.periksa import periksa
    from sistemkerja_desktop.domain.profiles import get_profile

    return periksa, get_profile("generic")


def _finding_nips(s: Struktur, findings: list) -> dict[str, list]:  # type: ignore[type-arg]
    out: dict[str, list] = {}  # type: ignore[type-arg]
    for f in findings:
        nip = f.nip or (s.pegawai_by_id[f.pegawai_id].nip if f.pegawai_id else None)
        if nip:
            out.setdefault(nip, []).append(f)
    return out


def test_periksa_flags_every_demo_problem_and_nothing_else(demo: Struktur) -> None:
    periksa, profile = _periksa_generic()
    by_nip = _finding_nips(demo, periksa(demo, profile, TODAY))
    missing = [(nip, desc) for nip, desc in DEMO_PROBLEMS if not by_nip.get(nip)]
    assert missing == []
    extra = {nip: [f.kode for f in fs] for nip, fs in by_nip.items() if nip not in PROBLEM_NIPS}
    assert extra == {}


def test_periksa_finds_no_galat_in_generated_agency(big: Struktur) -> None:
    periksa, profile = _periksa_generic()
    galat = [f for f in periksa(big, profile, TODAY) if f.tingkat is Tingkat.GALAT]
    assert galat == []


def test_unit_level_and_path_are_derived_from_the_tree():
    import datetime as dt

    from sistemkerja_desktop.domain.demo import build_demo_struktur

    s = build_demo_struktur(dt.date(2026, 11, 27))
    by_name = {u.nama: u for u in s.units}
    top = next(u for u in s.units if u.parent_id is None)
    sub = by_name["Subbagian Umum dan Kepegawaian"]
    assert s.unit_level(top.id) == 1
    assert s.unit_level(by_name["Sekretariat"].id) == 2
    assert s.unit_level(sub.id) == 3
    assert s.unit_path(sub.id) == "Sekretariat / Subbagian Umum dan Kepegawaian"
    assert s.unit_path(top.id) == top.nama
