"""The unit tree an import builds, through real xlsx files and a real SQLite file (issue #7)."""

from __future__ import annotations

import pytest
from siasn_uji import EXPECTED_TREE, PD, siasn_rows, write_siasn_xlsx

from sistemkerja_desktop.domain.organisasi import JenisUnit, PerangkatDaerah, Struktur

HEADER = ["NIP", "NAMA", "JABATAN", "JENIS JABATAN", "UNIT KERJA", "NIP ATASAN"]
KADIS = "197101012000031001"


@pytest.fixture
def agency(services):
    services.agency.create_agency(PerangkatDaerah(nama=PD, pemda="Kabupaten Uji"))
    return services


def paths(struktur: Struktur) -> set[tuple[str, ...]]:
    return {tuple(struktur.unit_path(u.id).split(" / ")) for u in struktur.units
            if u.parent_id is not None}


def root_of(struktur: Struktur):
    (root,) = struktur.children[None]
    return root


def test_a_siasn_export_becomes_the_whole_tree(agency, tmp_path):
    xlsx = write_siasn_xlsx(tmp_path / "siasn.xlsx")  # title row merged over the table
    result, changes = agency.impor.run(xlsx)
    assert (result.ditambah, result.galat, result.peringatan) == (130, [], [])
    assert changes.units
    s = agency.agency.struktur()
    root = root_of(s)
    assert (root.nama, root.jenis) == (PD, JenisUnit.PIMPINAN)
    assert paths(s) == EXPECTED_TREE
    rows = siasn_rows()
    by_path = {s.unit_path(u.id): u for u in s.units}

    def head(path: str) -> str | None:
        seat = s.pimpinan_of(by_path[path].id)
        holder = s.holder(seat.id) if seat else None
        return holder.nip if holder else None

    assert head(PD) == rows[0][1]  # the Kepala Dinas leads the root
    assert head("Sekretariat") == rows[1][1]
    assert head("Sekretariat / Subbagian Umum dan Kepegawaian") == rows[8][1]
    uptd = [u for u in s.units if u.nama == "Subbagian Tata Usaha"]
    assert len(uptd) == 2 and len({u.parent_id for u in uptd}) == 2
    lab = by_path["UPTD Laboratorium Bahan Konstruksi"]
    seat = s.pimpinan_of(lab.id)
    assert lab.mandiri and seat.nama == "Kepala UPTD Laboratorium Bahan Konstruksi"
    assert not any(f.kode == "UNIT_INDUK_TIDAK_DIKETAHUI" for f in agency.agency.periksa())
    # a second import of the same file changes nothing in the tree
    again, _ = agency.impor.run(xlsx)
    assert again.diperbarui == 130
    assert len(agency.agency.struktur().units) == len(s.units)


def test_preview_plan_shows_the_tree_before_writing(agency, tmp_path):
    xlsx = write_siasn_xlsx(tmp_path / "siasn.xlsx")
    plan = agency.impor.plan(agency.impor.preview(xlsx))
    assert plan.units is not None and plan.units.root_nama == PD
    assert {n.path for n in plan.units.nodes if n.path} == EXPECTED_TREE
    assert all(n.baru for n in plan.units.nodes)
    assert agency.agency.struktur().units == ()  # nothing written


def test_slash_paths_and_the_agency_prefix(agency, make_xlsx):
    rows = [[KADIS, "Kadis", "Kepala Dinas", "JPT Pratama", PD, ""],
            ["198001012005011001", "Sekdis", "Sekretaris Dinas", "Administrator",
             f"{PD.upper()}/Sekretariat", KADIS],
            ["198501012010011001", "Kasubbag", "Kepala Subbagian Umum dan Kepegawaian",
             "Pengawas", "Sekretariat/Subbagian Umum dan Kepegawaian", "198001012005011001"],
            ["199001012015011001", "Staf", "Pengadministrasi Umum", "Pelaksana",
             "Sekretariat\\Subbagian Umum dan Kepegawaian", "198501012010011001"]]
    result, _ = agency.impor.run(make_xlsx([HEADER, *rows]))
    assert result.galat == []
    s = agency.agency.struktur()
    assert paths(s) == {("Sekretariat",), ("Sekretariat", "Subbagian Umum dan Kepegawaian")}
    assert not any("/" in u.nama or "\\" in u.nama for u in s.units)


def test_an_unknown_parent_is_stored_warned_and_cleared_by_the_user(agency, make_xlsx):
    rows = [[KADIS, "Kadis", "Kepala Dinas", "JPT Pratama", PD, ""],
            ["198501012010011001", "Kasi", "Kepala Seksi Pengujian", "Pengawas",
             "Seksi Pengujian", ""],
            ["199001012015011001", "Staf", "Pengadministrasi Umum", "Pelaksana",
             "Seksi Pengujian", "198501012010011001"]]
    result, _ = agency.impor.run(make_xlsx([HEADER, *rows]))
    assert result.galat == [] and len(result.peringatan) == 1
    assert "Seksi Pengujian" in result.peringatan[0]
    s = agency.agency.struktur()
    seksi = next(u for u in s.units if u.nama == "Seksi Pengujian")
    assert seksi.induk_tidak_diketahui and seksi.parent_id == root_of(s).id
    found = [f for f in agency.agency.periksa() if f.kode == "UNIT_INDUK_TIDAK_DIKETAHUI"]
    assert len(found) == 1 and found[0].unit_id == seksi.id
    assert found[0].tingkat.value == "peringatan" and "Seksi Pengujian" in found[0].pesan
    bidang, _ = agency.units.add_unit("Bidang Pengujian", "Bidang", root_of(s).id)
    agency.units.update_unit(seksi.id, seksi.nama, seksi.jenis, bidang.id, seksi.mandiri)
    assert not agency.units.get(seksi.id).induk_tidak_diketahui
    assert not any(f.kode == "UNIT_INDUK_TIDAK_DIKETAHUI" for f in agency.agency.periksa())
    # a re-import keeps the user's choice
    agency.impor.run(make_xlsx([HEADER, *rows], name="lagi.xlsx"))
    moved = agency.units.get(seksi.id)
    assert moved.parent_id == bidang.id and not moved.induk_tidak_diketahui


def test_older_top_level_units_go_under_the_new_root_with_the_same_paths(agency, make_xlsx):
    old, _ = agency.units.add_unit("Bidang Lama", "Bidang", None)
    agency.units.add_unit("Seksi Lama", "Seksi", old.id)
    before = {agency.agency.struktur().unit_path(u.id) for u in agency.agency.struktur().units}
    rows = [[KADIS, "Kadis", "Kepala Dinas", "JPT Pratama", PD, ""],
            ["199001012015011001", "Staf", "Pengadministrasi Umum", "Pelaksana",
             "Seksi Lama", KADIS]]
    assert agency.impor.run(make_xlsx([HEADER, *rows]))[0].galat == []
    s = agency.agency.struktur()
    root = root_of(s)
    assert s.unit_by_id[old.id].parent_id == root.id
    assert before <= {s.unit_path(u.id) for u in s.units}
    staf = next(p for p in s.pegawai if p.nip == "199001012015011001")
    assert s.unit_path(staf.unit_id) == "Bidang Lama / Seksi Lama"  # the stored unit, once


def test_a_jf_head_with_tugas_tambahan_keeps_a_readable_seat(agency, make_xlsx):
    rows = [[KADIS, "Kadis", "Kepala Dinas", "JPT Pratama", PD, ""],
            ["198001012005011001", "Kepsek", "Guru Ahli Madya (Kepala Sekolah)", "Fungsional",
             "SD Negeri 1 Sukamaju", KADIS],
            ["199001012015011001", "Guru", "Guru Ahli Pertama", "Fungsional",
             "SD Negeri 1 Sukamaju", "198001012005011001"]]
    assert agency.impor.run(make_xlsx([HEADER, *rows]))[0].galat == []
    s = agency.agency.struktur()
    sd = next(u for u in s.units if u.nama == "SD Negeri 1 Sukamaju")
    seat = s.pimpinan_of(sd.id)
    assert seat.nama == "Kepala Sekolah" and seat.pengisian.value == "Tugas tambahan"
    assert s.unit_path(sd.id) == "SD Negeri 1 Sukamaju"
