"""The Kelas/Tipe of an RSUD or UPTD (`Unit.tipe`): stored, validated, guessed from the name on add
and on import. Pekalongan's Ahli Madya rule reads it (Perbup Pekalongan 52/2024 Tabel 3.8, 3.9,
3.12: RSUD Tipe B/C yes, Tipe D no) and Barito Timur's jenjang rows (Perbup Barito Timur 11/2024
Lampiran I angka 3: none in RSUD Kelas C)."""

from __future__ import annotations

import pytest

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.organisasi import JenisUnit, PerangkatDaerah

PD = "Dinas Kesehatan Kabupaten Uji"
HEADER = ["NIP", "NAMA", "JABATAN", "JENIS JABATAN", "UNIT KERJA", "NIP ATASAN"]
KADIS = "197101012000031001"


def _root(svc):
    return next(u for u in svc.agency.struktur().units if u.parent_id is None)


def test_add_unit_takes_the_type_from_the_name_when_not_given_pk_tabel_3_9(demo_services):
    svc = demo_services
    root = _root(svc)
    rsud, _ = svc.units.add_unit("RSUD dr. Uji Kelas C", JenisUnit.RSUD, root.id)
    uptd, _ = svc.units.add_unit("UPTD Laboratorium Tipe A", JenisUnit.UPTD, root.id)
    seksi, _ = svc.units.add_unit("Seksi Kelas A", JenisUnit.SEKSI, root.id)
    plain, _ = svc.units.add_unit("RSUD Pratama", JenisUnit.RSUD, root.id)
    assert (rsud.tipe, uptd.tipe, seksi.tipe, plain.tipe) == ("C", "A", "", "")
    stored = svc.agency.struktur().unit_by_id
    assert (stored[rsud.id].tipe, stored[uptd.id].tipe) == ("C", "A")


def test_add_unit_with_an_explicit_type_overrides_the_name(demo_services):
    svc = demo_services
    rsud, _ = svc.units.add_unit("RSUD dr. Uji Kelas C", "RSUD", _root(svc).id, tipe="b")
    assert svc.units.get(rsud.id).tipe == "B"
    none, _ = svc.units.add_unit("RSUD Lain Kelas C", "RSUD", _root(svc).id, tipe="")
    assert svc.units.get(none.id).tipe == ""  # given empty: none, the name is not read


def test_update_unit_sets_keeps_and_clears_the_type(demo_services):
    svc = demo_services
    rsud, _ = svc.units.add_unit("RSUD Daerah", "RSUD", _root(svc).id)
    assert rsud.tipe == ""
    saved, changes = svc.units.update_unit(rsud.id, rsud.nama, rsud.jenis, rsud.parent_id,
                                           False, tipe="D")
    assert saved.tipe == "D" and changes.units
    kept, _ = svc.units.update_unit(rsud.id, "RSUD Daerah Baru", rsud.jenis, rsud.parent_id,
                                    False)  # tipe not given: kept
    assert kept.tipe == "D"
    moved, _ = svc.units.update_unit(rsud.id, kept.nama, JenisUnit.LAINNYA, rsud.parent_id,
                                     False)  # no longer an RSUD: a type means nothing there
    assert svc.units.get(rsud.id).tipe == moved.tipe == ""


@pytest.mark.parametrize(("jenis", "tipe"), [("RSUD", "E"), ("UPTD", "Kelas 1"),
                                              ("Seksi", "C"), ("Puskesmas", "A")])
def test_an_unknown_type_or_a_type_on_another_jenis_is_refused(demo_services, jenis, tipe):
    svc = demo_services
    root = _root(svc)
    before = svc.agency.struktur().units
    with pytest.raises(ValidationError) as err:
        svc.units.add_unit("Unit Uji", jenis, root.id, tipe=tipe)
    assert err.value.field == "tipe"
    rsud, _ = svc.units.add_unit("RSUD Uji", "RSUD", root.id)
    with pytest.raises(ValidationError) as err:
        svc.units.update_unit(rsud.id, rsud.nama, jenis, rsud.parent_id, False, tipe=tipe)
    assert err.value.field == "tipe"
    assert len(svc.agency.struktur().units) == len(before) + 1
    assert svc.units.get(rsud.id).jenis is JenisUnit.RSUD  # nothing of the refused change saved


def test_daftar_lists_the_type(demo_services):
    svc = demo_services
    svc.units.add_unit("RSUD dr. Uji Kelas B", "RSUD", _root(svc).id)
    row = next(r for r in svc.units.daftar() if r.nama == "RSUD dr. Uji Kelas B")
    assert row.tipe == "B" and row.as_json()["tipe"] == "B"
    other = next(r for r in svc.units.daftar() if r.nama == "Sekretariat")
    assert other.as_json()["tipe"] is None


def test_import_sets_the_type_of_new_rsud_and_uptd_from_their_names(services, make_xlsx):
    services.agency.create_agency(PerangkatDaerah(nama=PD, pemda="Kabupaten Uji"))
    rows = [[KADIS, "Kadis", "Kepala Dinas", "JPT Pratama", PD, ""],
            ["198001012005011001", "Direktur", "Direktur RSUD", "Administrator",
             "RSUD dr. Soedarso Kelas B", KADIS],
            ["198501012010011001", "Kepala UPTD", "Kepala UPTD Laboratorium Kesehatan",
             "Pengawas", "UPTD Laboratorium Kesehatan Tipe A", KADIS],
            ["198601012010011001", "Kepala RS", "Kepala RSUD Pratama", "Pengawas",
             "RSUD Tipe D Pratama", KADIS],
            ["199001012015011001", "Staf", "Pengadministrasi Umum", "Pelaksana",
             "Seksi Kelas A", KADIS]]
    result, _ = services.impor.run(make_xlsx([HEADER, *rows]))
    assert result.galat == []
    by_name = {u.nama: u for u in services.agency.struktur().units}
    assert by_name["RSUD dr. Soedarso Kelas B"].jenis is JenisUnit.RSUD
    assert by_name["RSUD dr. Soedarso Kelas B"].tipe == "B"
    assert by_name["UPTD Laboratorium Kesehatan Tipe A"].tipe == "A"
    assert by_name["RSUD Tipe D Pratama"].tipe == "D"
    assert by_name["Seksi Kelas A"].tipe == ""
