"""domain.impor_jalur / impor_unit: unit paths, the agency as the root, parents from NIP ATASAN."""

from __future__ import annotations

import time

import pytest

from sistemkerja_desktop.domain.impor import Kolom, kolom_for_header, parse_table
from sistemkerja_desktop.domain.impor_jalur import (
    fit,
    judul_kepala,
    root_keys,
    split_unit_path,
    strip_root,
)
from sistemkerja_desktop.domain.impor_unit import UnitTreePlan, plan_units
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit

PD = "Dinas Pekerjaan Umum"
HEADER = ["NIP BARU", "NAMA", "JABATAN NAMA", "JENIS JABATAN", "UNOR NAMA", "NIP ATASAN"]


def nip(i: int) -> str:
    """A valid, unique NIP for i < 20,000."""
    return f"{1970 + i // 1000}{i % 12 + 1:02d}{i % 28 + 1:02d}{2010 + i % 10}{i % 12 + 1:02d}" \
           f"{1 + i % 2}{i % 1000:03d}"


def row(i: int, jabatan: str, jenis: str, unor: str, atasan: int | None, *extra: object
        ) -> list[object]:
    return [nip(i), f"Pegawai {i}", jabatan, jenis, unor, nip(atasan) if atasan else "", *extra]


def plan(rows: list[list[object]], header: list[str] = HEADER, **kw: object) -> UnitTreePlan:
    parsed = parse_table([header, *rows])
    assert parsed.errors == []
    kw.setdefault("root_nama", PD)
    return plan_units(parsed.records, **kw)  # type: ignore[arg-type]


def tree(p: UnitTreePlan) -> set[tuple[str, ...]]:
    return {n.path for n in p.nodes if n.path}


def path_of(p: UnitTreePlan, i: int) -> tuple[str, ...]:
    return p.paths[i + 1]  # row i is Excel row i + 1 (the header is row 1)


KADIS = row(1, "Kepala Dinas Pekerjaan Umum", "JPT Pratama", PD, None)


# ---- paths ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "path"), [
    ("Sekretariat / Subbagian Umum", ("Sekretariat", "Subbagian Umum")),
    ("Sekretariat/Subbagian Umum dan Kepegawaian", ("Sekretariat",
                                                     "Subbagian Umum dan Kepegawaian")),
    ("Sekretariat /Subbagian Umum", ("Sekretariat", "Subbagian Umum")),
    ("Bidang Bina Marga\\Seksi Jalan", ("Bidang Bina Marga", "Seksi Jalan")),
    ("Bidang Bina Marga \\ Seksi Jalan", ("Bidang Bina Marga", "Seksi Jalan")),
    ("Dinas PU > Bidang Bina Marga > Seksi Jalan", ("Dinas PU", "Bidang Bina Marga",
                                                    "Seksi Jalan")),
    ("UPTD Puskesmas A/Sub Bagian Tata Usaha", ("UPTD Puskesmas A", "Sub Bagian Tata Usaha")),
    # a slash inside a name ("and"): the part after it does not start like a unit
    ("Subbagian Umum/Kepegawaian", ("Subbagian Umum/Kepegawaian",)),
    ("Seksi Sarana/Prasarana Jalan", ("Seksi Sarana/Prasarana Jalan",)),
    ("  Bidang   X  /  ", ("Bidang X",)),
    ("", ()),
])
def test_unit_path_separators(text: str, path: tuple[str, ...]) -> None:
    assert split_unit_path(text) == path


def test_the_agency_name_is_the_root_whatever_its_case_and_spaces() -> None:
    keys = root_keys(PD, "Dinas Pekerjaan Umum Kabupaten Uji")
    assert strip_root(("DINAS  PEKERJAAN umum", "Bidang X"), keys) == ("Bidang X",)
    assert strip_root(("dinas pekerjaanumum",), keys) == ()
    assert strip_root(("Pimpinan",), keys) == ()
    assert strip_root(("Bidang X", "Dinas Pekerjaan Umum"), keys) == ("Bidang X",
                                                                        "Dinas Pekerjaan Umum")


def test_a_path_under_the_agency_name_is_not_a_new_unit() -> None:
    p = plan([KADIS, row(2, "Kepala Bidang Bina Marga", "Administrator",
                         "DINAS PEKERJAAN UMUM/Bidang Bina Marga", 1),
              row(3, "Kepala Seksi Jalan", "Pengawas",
                  "Dinas Pekerjaan Umum > Bidang Bina Marga > Seksi Jalan", 2)])
    assert tree(p) == {("Bidang Bina Marga",), ("Bidang Bina Marga", "Seksi Jalan")}
    assert path_of(p, 1) == ()
    assert p.nodes[0].path == () and p.nodes[0].anggota == 1


def test_unor_induk_header_aliases() -> None:
    for text in ("UNOR INDUK", "Induk Unor", "UNIT INDUK", "UNOR INDUK NAMA"):
        assert kolom_for_header(text) is Kolom.UNIT_INDUK


# ---- SIASN: one name per row, parents from NIP ATASAN -----------------------------------------

SIASN = [
    KADIS,
    row(2, "Sekretaris", "Struktural", "Sekretariat", 1),
    row(3, "Kepala Subbagian Umum dan Kepegawaian", "Pengawas",
        "Subbagian Umum dan Kepegawaian", 2),
    row(4, "Pengadministrasi Perkantoran", "Pelaksana", "Subbagian Umum dan Kepegawaian", 3),
    row(5, "Kepala Bidang Bina Marga", "Administrator", "Bidang Bina Marga", 1),
    row(6, "Kepala Seksi Jalan", "Pengawas", "Seksi Jalan", 5),
    row(7, "Pengawas Lapangan", "Pelaksana", "Seksi Jalan", 6),
    row(8, "Teknik Jalan dan Jembatan Ahli Muda", "Fungsional", "Bidang Bina Marga", 5),
    row(9, "Teknik Jalan dan Jembatan Ahli Madya", "Fungsional", "Bidang Bina Marga", 1),
]


def test_siasn_single_level_units_are_nested_through_nip_atasan() -> None:
    p = plan(SIASN)
    assert tree(p) == {("Sekretariat",), ("Sekretariat", "Subbagian Umum dan Kepegawaian"),
                       ("Bidang Bina Marga",), ("Bidang Bina Marga", "Seksi Jalan")}
    assert path_of(p, 4) == ("Sekretariat", "Subbagian Umum dan Kepegawaian")
    assert path_of(p, 9) == ("Bidang Bina Marga",)  # a JF assessed by the Kepala Dinas
    assert p.tidak_diketahui == frozenset() and p.peringatan == []
    assert {n.path: n.anggota for n in p.nodes}[("Bidang Bina Marga",)] == 3
    assert all(n.baru for n in p.nodes)


def test_the_jenis_struktural_of_siasn_is_read_from_the_title() -> None:
    parsed = parse_table([HEADER, *SIASN[:3]])
    assert [r.jabatan.kategori for r in parsed.records] == [
        Kategori.JPT_PRATAMA, Kategori.ADMINISTRATOR, Kategori.PENGAWAS]
    bad = parse_table([HEADER, row(2, "Pengemudi", "Struktural", "Sekretariat", None)])
    assert [e.kolom for e in bad.errors] == ["JENIS JABATAN"]


def test_a_jpt_without_atasan_sits_in_the_root_whatever_the_file_calls_it() -> None:
    p = plan([row(1, "Kepala Dinas", "JPT Pratama", "Dinas PU", None),
              row(2, "Kepala Bidang Bina Marga", "Administrator", "Bidang Bina Marga", 1)])
    assert path_of(p, 1) == () and tree(p) == {("Bidang Bina Marga",)}


def test_unor_induk_column_wins_over_the_atasan_chain() -> None:
    header = [*HEADER, "UNOR INDUK"]
    rows = [[*r, ""] for r in SIASN]
    # assessed by the Sekretaris, but the file says the Seksi belongs to the Bidang
    rows.append(row(10, "Kepala Seksi Jembatan", "Pengawas", "Seksi Jembatan", 2,
                    "Bidang Bina Marga"))
    rows.append(row(11, "Kepala Seksi Drainase", "Pengawas", "Seksi Drainase", 2,
                    f"{PD} / Bidang Bina Marga"))  # a path, with the agency in front
    rows.append(row(12, "Kepala Seksi Baru", "Pengawas", "Seksi Baru", None,
                    "Bidang Sumber Daya Air"))  # an induk not in the file: created
    p = plan(rows, header)
    assert path_of(p, 10) == ("Bidang Bina Marga", "Seksi Jembatan")
    assert path_of(p, 11) == ("Bidang Bina Marga", "Seksi Drainase")
    assert path_of(p, 12) == ("Bidang Sumber Daya Air", "Seksi Baru")
    assert ("Bidang Sumber Daya Air",) in tree(p) and not p.tidak_diketahui


def test_an_unor_induk_naming_the_agency_leaves_the_atasan_chain_in_charge() -> None:
    header = [*HEADER, "UNOR INDUK NAMA"]
    p = plan([[*r, PD] for r in SIASN], header)  # SIASN's "unor induk" is the agency itself
    assert ("Sekretariat", "Subbagian Umum dan Kepegawaian") in tree(p)


def test_a_unit_without_a_known_parent_hangs_under_the_root_with_a_warning() -> None:
    p = plan([*SIASN, row(10, "Kepala Seksi Hilang", "Pengawas", "Seksi Hilang", None),
              row(11, "Pengadministrasi Umum", "Pelaksana", "Seksi Hilang", 10)])
    assert path_of(p, 11) == ("Seksi Hilang",)
    assert p.tidak_diketahui == frozenset({("Seksi Hilang",)})
    node = next(n for n in p.nodes if n.path == ("Seksi Hilang",))
    assert node.induk_tidak_diketahui and node.anggota == 2
    assert p.peringatan == [
        "Unit 'Seksi Hilang': induknya tidak dapat ditentukan dari NIP ATASAN pimpinannya; "
        "diletakkan langsung di bawah Dinas Pekerjaan Umum. Periksa dan pindahkan bila perlu."]


def test_an_atasan_outside_the_file_is_looked_up_among_stored_pegawai() -> None:
    rows = [row(6, "Kepala Seksi Jalan", "Pengawas", "Seksi Jalan", 5),
            row(7, "Pengawas Lapangan", "Pelaksana", "Seksi Jalan", 6)]
    stored = plan(rows, known={nip(5): ("Bidang Bina Marga",)},
                  existing=[("Bidang Bina Marga",)], root_exists=True)
    assert path_of(stored, 2) == ("Bidang Bina Marga", "Seksi Jalan")
    assert [n.baru for n in stored.nodes] == [False, False, True]
    unknown = plan(rows)  # atasan neither in the file nor stored
    assert unknown.tidak_diketahui == frozenset({("Seksi Jalan",)})


def test_same_named_units_under_different_parents_stay_apart() -> None:
    rows = [KADIS]
    for i, uptd in ((10, "UPTD Peralatan"), (20, "UPTD Laboratorium")):
        rows += [row(i, f"Kepala {uptd}", "Pengawas", uptd, 1),
                 row(i + 1, "Kepala Subbagian Tata Usaha", "Pengawas", "Subbagian Tata Usaha", i),
                 row(i + 2, "Pengadministrasi Umum", "Pelaksana", "Subbagian Tata Usaha", i + 1)]
    p = plan(rows)
    assert path_of(p, 4) == ("UPTD Peralatan", "Subbagian Tata Usaha")
    assert path_of(p, 7) == ("UPTD Laboratorium", "Subbagian Tata Usaha")
    counts = {n.path: n.anggota for n in p.nodes}
    assert counts[("UPTD Peralatan", "Subbagian Tata Usaha")] == 2
    assert counts[("UPTD Laboratorium", "Subbagian Tata Usaha")] == 2


def test_a_plt_head_from_another_unit_does_not_nest_the_units_wrongly() -> None:
    """No Kepala Bidang Penataan Ruang in the file; the Sekretaris assesses its staff and the
    Kasi of its Seksi. The Bidang stays under the root, the Seksi goes under the Bidang."""
    p = plan([*SIASN[:2],
              row(20, "Penata Ruang Ahli Muda", "Fungsional", "Bidang Penataan Ruang", 2),
              row(21, "Penata Ruang Ahli Pertama", "Fungsional", "Bidang Penataan Ruang", 2),
              row(22, "Kepala Seksi Pemanfaatan Ruang", "Pengawas", "Seksi Pemanfaatan Ruang", 2)])
    assert path_of(p, 3) == ("Bidang Penataan Ruang",)
    assert path_of(p, 5) == ("Bidang Penataan Ruang", "Seksi Pemanfaatan Ruang")


def test_cycles_in_atasan_chains_end() -> None:
    """Two Kepala Seksi naming each other as atasan; staff chains that loop inside a unit."""
    p = plan([KADIS,
              row(2, "Kepala Seksi A", "Pengawas", "Seksi A", 3),
              row(3, "Kepala Seksi B", "Pengawas", "Seksi B", 2),
              row(4, "Pengadministrasi Umum", "Pelaksana", "Seksi C", 5),
              row(5, "Pengadministrasi Umum", "Pelaksana", "Seksi C", 4)])
    assert set(p.paths) == {2, 3, 4, 5, 6}
    assert ("Seksi C",) in p.tidak_diketahui  # its only atasan are inside it
    a, b = path_of(p, 2), path_of(p, 3)
    assert {a[-1], b[-1]} == {"Seksi A", "Seksi B"} and len(a) + len(b) == 3  # one under the other
    assert len(p.tidak_diketahui & {("Seksi A",), ("Seksi B",)}) == 1


def test_a_long_chain_of_units_is_followed_without_recursion_errors() -> None:
    rows = [KADIS] + [row(i, f"Kepala Seksi {i}", "Pengawas", f"Unit {i}", i - 1 if i > 2 else 1)
                      for i in range(2, 400)]
    p = plan(rows)
    assert len(p.paths) == 399 and max(len(x) for x in p.paths.values()) > 10


def test_a_file_that_writes_paths_is_taken_as_written() -> None:
    p = plan([KADIS,
              row(2, "Sekretaris Dinas", "Administrator", "Sekretariat", 1),
              row(3, "Kepala Subbagian Umum", "Pengawas", "Sekretariat / Subbagian Umum", 2),
              row(4, "Kepala UPTD Peralatan", "Pengawas", "UPTD Peralatan", 3),  # odd atasan
              row(5, "Pengadministrasi Umum", "Pelaksana", "Subbagian Umum", 3)])
    assert path_of(p, 4) == ("UPTD Peralatan",) and not p.tidak_diketahui
    assert path_of(p, 5) == ("Sekretariat", "Subbagian Umum")  # the name written deeper


def test_a_stored_unit_keeps_its_place() -> None:
    """A unit the user moved after an earlier import is not moved back by the atasan chain."""
    p = plan(SIASN, existing=[("Seksi Jalan",)], root_exists=True)
    assert path_of(p, 6) == ("Seksi Jalan",)
    stored = [("Sekretariat", "Subbagian Umum dan Kepegawaian"),
              ("UPTD X", "Subbagian Umum dan Kepegawaian")]
    two = plan(SIASN[:4], existing=stored, root_exists=True)
    assert path_of(two, 4) == ("Sekretariat", "Subbagian Umum dan Kepegawaian")  # inferred
    assert two.errors == ()
    alone = plan([row(10, "Pengadministrasi Umum", "Pelaksana", "Subbagian Umum dan Kepegawaian",
                      None)], existing=stored, root_exists=True, label="UNOR NAMA")
    assert [(e.baris, e.kolom) for e in alone.errors] == [(2, "UNOR NAMA")]
    assert "ada di 2 tempat" in alone.errors[0].pesan


def test_a_new_root_takes_the_name_the_file_gives_it() -> None:
    assert plan([row(1, "Kepala Dinas", "JPT Pratama", "Pimpinan", None)]).root_nama == \
        "Pimpinan"
    assert plan([row(1, "Kepala Dinas", "JPT Pratama", PD.upper(), None)]).root_nama == PD
    assert plan([KADIS], root_nama="Kantor", root_names=[PD], root_exists=True).root_nama == \
        "Kantor"


def test_kinds_of_units_fit_their_usual_parents() -> None:
    assert fit(JenisUnit.SEKSI, JenisUnit.BIDANG) > fit(JenisUnit.SEKSI, JenisUnit.SEKRETARIAT)
    assert fit(JenisUnit.BIDANG, JenisUnit.PIMPINAN) > fit(JenisUnit.BIDANG,
                                                           JenisUnit.SEKRETARIAT) == 0
    assert fit(JenisUnit.LAINNYA, JenisUnit.BIDANG) == 1


@pytest.mark.parametrize(("jabatan", "unit", "title"), [
    ("Guru Ahli Madya (Kepala Sekolah)", "SD Negeri 1 Sukamaju", "Kepala Sekolah"),
    ("Dokter Ahli Muda / Kepala Puskesmas", "UPTD Puskesmas Sukamaju", "Kepala Puskesmas"),
    ("Dokter Ahli Muda", "UPTD Puskesmas Sukamaju", "Kepala UPTD Puskesmas Sukamaju"),
    ("Guru Ahli Muda", "Dinas Pendidikan / SD Negeri 2", "Kepala SD Negeri 2"),
])
def test_the_seat_title_of_a_jf_unit_head_is_readable(jabatan: str, unit: str,
                                                      title: str) -> None:
    assert judul_kepala(jabatan, unit) == title


def test_five_thousand_rows_are_planned_quickly() -> None:
    rows = [KADIS]
    i = 2
    for b in range(20):
        kabid = i
        rows.append(row(i, f"Kepala Bidang {b}", "Administrator", f"Bidang {b}", 1))
        i += 1
        for s in range(5):
            kasi = i
            rows.append(row(i, f"Kepala Seksi {b}.{s}", "Pengawas", f"Seksi {b}.{s}", kabid))
            i += 1
            for _ in range(48):
                rows.append(row(i, "Pengadministrasi Umum", "Pelaksana", f"Seksi {b}.{s}", kasi))
                i += 1
    parsed = parse_table([HEADER, *rows])
    start = time.perf_counter()
    p = plan_units(parsed.records, root_nama=PD)
    elapsed = time.perf_counter() - start
    assert len(p.paths) == len(rows) > 4900 and len(tree(p)) == 120
    assert elapsed < 1.0, elapsed
