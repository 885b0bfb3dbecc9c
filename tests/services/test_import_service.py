"""Import edge cases found in review: shared jabatan names, rejected chains, JF unit heads."""

import pytest
from sqlalchemy import func, select

from sistemkerja_desktop.db.models import PegawaiRow
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah

HEADER = ["NIP", "NAMA", "GOL", "JABATAN", "JENIS JABATAN", "UNIT KERJA", "NIP ATASAN"]
KABID = ["198001172006042904", "Ratna", "IV/a", "Kepala Bidang Pelayanan", "Administrator",
         "Bidang Pelayanan", ""]


@pytest.fixture
def agency(services):
    services.agency.create_agency(PerangkatDaerah(nama="Dinas Kesehatan", pemda="Kabupaten Uji"))
    return services


def _run(services, make_xlsx, rows, **kw):
    path = make_xlsx([HEADER, *rows])
    return services.impor.run(path, **kw)[0]


def _ppk(services):
    return {r.nip: r.nip_ppk for r in services.pegawai.rows()}


def test_two_heads_with_the_same_title_keep_their_own_seats(agency, make_xlsx):
    rows = [KABID,
            ["197001012000031001", "Joko", "III/d", "Kepala Seksi", "Pengawas",
             "Bidang Pelayanan / Seksi A", "198001172006042904"],
            ["197101012000031001", "Wati", "III/d", "Kepala Seksi", "Pengawas",
             "Bidang Pelayanan / Seksi A", "198001172006042904"],
            ["199001012015031001", "Andi", "II/c", "Pengadministrasi Umum", "Pelaksana",
             "Bidang Pelayanan / Seksi A", "197001012000031001"],
            ["199101012015031001", "Budi", "II/c", "Pengadministrasi Umum", "Pelaksana",
             "Bidang Pelayanan / Seksi A", "197101012000031001"]]
    result = _run(agency, make_xlsx, rows)
    assert result.galat == [] and result.ditambah == 5
    ppk = _ppk(agency)
    assert ppk["199001012015031001"] == "197001012000031001"
    assert ppk["199101012015031001"] == "197101012000031001"
    seats = [p for p in agency.agency.struktur().positions if p.nama == "Kepala Seksi"]
    assert len(seats) == 2 and {p.pemangku_id for p in seats} != {None}


def test_rows_under_a_rejected_row_are_rejected_too(agency, make_xlsx):
    rows = [["196501011990031001", "Kepala C", "IV/a", "Kepala Bidang Umum", "Administrator",
             "Bidang Umum", "12345"],  # row 2: bad NIP ATASAN
            ["197001012000031001", "Kasi B", "III/d", "Kepala Seksi Data", "Pengawas",
             "Bidang Umum / Seksi Data", "196501011990031001"],  # row 3 → row 2
            ["199001012015031001", "Staf A", "II/c", "Pengadministrasi Umum", "Pelaksana",
             "Bidang Umum / Seksi Data", "197001012000031001"],  # row 4 → row 3
            KABID]  # row 5: fine
    result = _run(agency, make_xlsx, rows, skip_invalid=True)
    assert {e.baris for e in result.galat} == {2, 3, 4}
    assert any(e.baris == 3 and "baris 2 yang tidak valid" in e.pesan for e in result.galat)
    assert any(e.baris == 4 and "baris 3 yang tidak valid" in e.pesan for e in result.galat)
    assert result.ditambah == 1
    assert [r.nip for r in agency.pegawai.rows()] == ["198001172006042904"]


def test_a_jf_heading_a_puskesmas_makes_it_a_unit_kerja_mandiri(agency, make_xlsx):
    kapus = ["198702012015032919", "dr. Intan", "III/d", "Dokter Ahli Muda", "Fungsional",
             "UPTD Puskesmas Sukamaju", ""]
    staff = ["199305142020122911", "Rina", "II/c", "Bidan Terampil", "Fungsional",
             "UPTD Puskesmas Sukamaju", "198702012015032919"]
    result = _run(agency, make_xlsx, [kapus, staff])
    assert result.galat == []
    struktur = agency.agency.struktur()
    unit = next(u for u in struktur.units if u.nama == "UPTD Puskesmas Sukamaju")
    assert unit.mandiri
    seat = struktur.pimpinan_of(unit.id)
    assert seat is not None and seat.nama == "Kepala UPTD Puskesmas Sukamaju"
    assert seat.pengisian.value == "Tugas tambahan"
    codes = {f.kode for f in agency.agency.periksa() if f.nip == "199305142020122911"}
    assert "PPK_BUKAN_PEJABAT_PENILAI" not in codes


def test_import_needs_a_perangkat_daerah(services, make_xlsx):
    with pytest.raises(NotFoundError):
        _run(services, make_xlsx, [KABID])
    with services.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(PegawaiRow)) == 0


def test_a_unit_name_used_in_two_places_needs_its_path(agency, make_xlsx):
    for uptd in ("UPTD Puskesmas A", "UPTD Puskesmas B"):
        parent, _ = agency.units.add_unit(uptd, "Puskesmas", None)
        agency.units.add_unit("Subbagian Tata Usaha", "Subbagian", parent.id)
    staff = ["199001012015031001", "Andi", "II/c", "Pengadministrasi Umum", "Pelaksana",
             "Subbagian Tata Usaha", ""]
    result = _run(agency, make_xlsx, [staff])
    assert [e.baris for e in result.galat] == [2]
    assert "2 tempat" in result.galat[0].pesan
    ok = [*staff[:5], "UPTD Puskesmas B / Subbagian Tata Usaha", ""]
    assert _run(agency, make_xlsx, [ok]).galat == []
    row = agency.pegawai.rows()[0]
    assert row.unit == "UPTD Puskesmas B / Subbagian Tata Usaha"


def test_team_owner_unit_name_used_in_two_places_is_refused(agency):
    from sistemkerja_desktop.domain.errors import ValidationError

    for uptd in ("UPTD Puskesmas A", "UPTD Puskesmas B"):
        parent, _ = agency.units.add_unit(uptd, "Puskesmas", None)
        agency.units.add_unit("Subbagian Tata Usaha", "Subbagian", parent.id)
    with pytest.raises(ValidationError) as err:
        agency.teams.unit_by_name("Subbagian Tata Usaha")
    assert "beberapa tempat" in err.value.message
    assert agency.teams.unit_by_name("UPTD Puskesmas A / Subbagian Tata Usaha").nama == \
        "Subbagian Tata Usaha"


# --- issue #8: the whole sheet or nothing -----------------------------------------------------

def _pelaksana(i):
    return [f"1980{1 + i // 1000:02d}01200501{1 + i % 2}{i % 1000:03d}", f"Pegawai {i}", "II/c",
            "Pengadministrasi Umum", "Pelaksana", "Sekretariat", ""]


def test_rows_after_1500_blank_rows_are_imported(agency, tmp_path):
    """Item 6: 60 rows, 1,500 blank rows, 73 rows: 133 pegawai (the old reader stopped at the
    gap, imported 60 and said nothing)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i in range(60):
        ws.append(_pelaksana(i))
    for i in range(60, 133):
        for col, value in enumerate(_pelaksana(i), 1):
            ws.cell(row=1 + 1500 + i + 1, column=col, value=value)
    path = tmp_path / "berlubang.xlsx"
    wb.save(path)
    result, _ = agency.impor.run(path)
    assert (result.ditambah, result.ditolak, result.galat, result.ditulis) == (133, 0, [], True)
    assert len(agency.pegawai.rows()) == 133


def test_reading_progress_reaches_the_caller(agency, make_xlsx):
    path = make_xlsx([HEADER, *(_pelaksana(i) for i in range(2100))])
    calls = []
    result, _ = agency.impor.run(path, dry_run=True, read_progress=lambda d, t: calls.append(d))
    assert result.ditambah == 2100
    assert calls == [1000, 2000, 2101]


def test_a_file_beyond_the_limits_writes_nothing(agency, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER + [f"K{i}" for i in range(300)])  # 307 columns
    ws.append(_pelaksana(1))
    path = tmp_path / "lebar.xlsx"
    wb.save(path)
    with pytest.raises(ValidationError, match=r"'lebar.xlsx'.*melebihi batas 300 kolom.*Tidak "
                                              "ada yang diimpor"):
        agency.impor.run(path)
    assert agency.pegawai.rows() == []
