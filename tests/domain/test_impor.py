"""domain.impor: header detection, row validation, gelar splitting."""

from __future__ import annotations

import datetime as dt

import pytest

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.impor import (
    REQUIRED,
    HeaderGuess,
    Kolom,
    RowError,
    col_letter,
    detect_header,
    kolom_for_header,
    parse_status,
    parse_table,
    parse_tanggal,
    split_gelar,
    split_unit_path,
)
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.nip import StatusKepegawaian
from sistemkerja_desktop.domain.pangkat import Golongan

NIP_A = "196804111993031009"  # PNS, laki-laki
NIP_B = "198502152010012003"  # PNS, perempuan
NIP_C = "197711232005011004"
NIP_P = "199001012023211001"  # PPPK (digit 13–14 = '21')

HEADER = ["NO", "NIP", "NAMA", "PANGKAT", "GOL", "JABATAN", "JENIS JABATAN", "JENJANG",
          "UNIT KERJA", "NIP ATASAN", "EMAIL"]


def row(nip: object = NIP_B, nama: object = "Siti Nurhaliza, S.E.", pangkat: object = "Penata",
        gol: object = "III/c", jabatan: object = "Analis Keuangan Ahli Muda",
        jenis: object = "Fungsional", jenjang: object = "Ahli Muda",
        unit: object = "Sekretariat / Subbagian Keuangan", atasan: object = NIP_A,
        email: object = "siti@example.go.id", no: object = 1) -> list[object]:
    return [no, nip, nama, pangkat, gol, jabatan, jenis, jenjang, unit, atasan, email]


def kepala() -> list[object]:
    return row(NIP_A, "dr. Budi Santoso, M.Kes.", "Pembina Utama Muda", "IV/c",
               "Kepala Dinas Kesehatan", "JPT Pratama", None, "Pimpinan", None, "budi@x.go.id")


def plan_of(*rows: list[object], header: list[object] | None = None, **kw: object):
    return parse_table([header or HEADER, *rows], **kw)


def messages(plan) -> list[str]:
    return [str(e) for e in plan.errors]


# --- header ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kolom"), [
    ("NIP", Kolom.NIP), ("NIP BARU", Kolom.NIP), ("nip_baru", Kolom.NIP), ("NIPBARU", Kolom.NIP),
    ("NI PPPK", Kolom.NIP), ("NIP/NI PPPK", Kolom.NIP),
    ("NAMA", Kolom.NAMA), ("Nama Lengkap", Kolom.NAMA), ("NAMA PEGAWAI", Kolom.NAMA),
    ("  nama   lengkap ", Kolom.NAMA),
    ("GELAR DEPAN", Kolom.GELAR_DEPAN), ("Gelar_Belakang", Kolom.GELAR_BELAKANG),
    ("PANGKAT", Kolom.PANGKAT),
    ("GOL", Kolom.GOLONGAN), ("GOL. RUANG", Kolom.GOLONGAN), ("Gol/Ruang", Kolom.GOLONGAN),
    ("GOLONGAN", Kolom.GOLONGAN), ("PANGKAT/GOL", Kolom.GOLONGAN), ("GOL.RUANG", Kolom.GOLONGAN),
    ("JABATAN", Kolom.JABATAN), ("NAMA JABATAN", Kolom.JABATAN), ("JABATAN_NAMA", Kolom.JABATAN),
    ("JENIS JABATAN", Kolom.JENIS_JABATAN), ("JENJANG", Kolom.JENJANG),
    ("UNIT KERJA", Kolom.UNIT), ("UNOR", Kolom.UNIT), ("UNOR_NAMA", Kolom.UNIT),
    ("UNOR NAMA", Kolom.UNIT), ("SUB UNIT", Kolom.UNIT),
    ("NIP ATASAN", Kolom.NIP_ATASAN), ("NIP PPK", Kolom.NIP_ATASAN),
    ("Atasan Langsung", Kolom.NIP_ATASAN),
    ("STATUS", Kolom.STATUS), ("PENDIDIKAN", Kolom.PENDIDIKAN),
    ("Pendidikan Terakhir", Kolom.PENDIDIKAN), ("EMAIL", Kolom.EMAIL), ("E-mail", Kolom.EMAIL),
    ("TELEPON", Kolom.TELEPON), ("HP", Kolom.TELEPON), ("No. HP", Kolom.TELEPON),
    ("KOMPETENSI", Kolom.KOMPETENSI), ("TMT KEDUDUKAN", Kolom.TMT_KEDUDUKAN),
    ("DASAR KEDUDUKAN", Kolom.DASAR_KEDUDUKAN),
])
def test_alias_maps(text: str, kolom: Kolom) -> None:
    assert kolom_for_header(text) is kolom
    guess = detect_header([["NIP", "NAMA", text]] if kolom not in (Kolom.NIP, Kolom.NAMA)
                          else [[text, "NAMA" if kolom is Kolom.NIP else "NIP"]])
    assert kolom in guess.mapping


@pytest.mark.parametrize("kolom", list(Kolom))
def test_canonical_header_maps_to_itself(kolom: Kolom) -> None:
    assert kolom_for_header(kolom.value) is kolom


@pytest.mark.parametrize("text", ["NO", "No.", "KETERANGAN", "TEMPAT LAHIR", "", None, "NIP LAMA"])
def test_other_headers_do_not_map(text: object) -> None:
    assert kolom_for_header(text) is None


def test_header_below_title_rows_merged_title_and_blank_rows() -> None:
    table: list[list[object]] = [
        ["DAFTAR URUT KEPANGKATAN PEGAWAI", None, None, None, None],  # merged A1:E1
        ["DINAS KESEHATAN KABUPATEN SUKAMAJU", None, None, None, None],
        [],
        [None, None, None, None, None],
        ["No.", "NIP Baru", "Nama Lengkap", "Unit Kerja", "Keterangan", "Jabatan"],
        [1, NIP_A, "Budi", "Sekretariat", None, "Kepala Dinas"],
    ]
    guess = detect_header(table)
    assert guess.row_index == 4
    assert guess.mapping == {Kolom.NIP: 1, Kolom.NAMA: 2, Kolom.UNIT: 3, Kolom.JABATAN: 5}
    assert guess.headers[:3] == ["No.", "NIP Baru", "Nama Lengkap"]
    assert guess.unmapped == [4]  # KETERANGAN; "No." is ignored on purpose


def test_header_row_with_most_known_columns_wins() -> None:
    table: list[list[object]] = [["NIP", "NAMA"], ["NIP", "NAMA", "JABATAN", "UNIT KERJA"]]
    assert detect_header(table).row_index == 1


def test_better_alias_wins_when_two_columns_match() -> None:
    guess = detect_header([["NAMA", "TINGKAT PENDIDIKAN", "NIP", "PENDIDIKAN"]])
    assert guess.mapping[Kolom.PENDIDIKAN] == 3
    assert guess.unmapped == [1]


def test_two_row_header_duk_style() -> None:
    table: list[list[object]] = [
        ["DAFTAR URUT KEPANGKATAN"],
        ["NO", "NIP", "NAMA", "PANGKAT", None, "JABATAN", None, "UNIT KERJA"],
        [None, None, None, "GOL. RUANG", "TMT", "NAMA", "TMT", None],
        [1, NIP_A, "Budi", "IV/c", dt.datetime(2020, 4, 1), "Kepala Dinas Kesehatan",
         dt.datetime(2021, 1, 1), "Pimpinan"],
    ]
    guess = detect_header(table)
    assert guess.row_index == 2
    assert guess.mapping[Kolom.GOLONGAN] == 3
    assert guess.mapping[Kolom.JABATAN] == 5
    assert guess.mapping[Kolom.NAMA] == 2
    assert guess.headers[5] == "JABATAN NAMA"


def test_no_header_raises() -> None:
    with pytest.raises(ValidationError, match=r"tidak menemukan baris judul kolom.*NIP dan NAMA"):
        detect_header([["DAFTAR PEGAWAI"], ["NAMA", "JABATAN"], ["Budi", "Staf"]])


def test_header_beyond_max_scan_is_not_found() -> None:
    table: list[list[object]] = [[None]] * 5 + [["NIP", "NAMA"]]
    with pytest.raises(ValidationError):
        detect_header(table, max_scan=5)
    assert detect_header(table, max_scan=6).row_index == 5


def test_missing_required_column_raises() -> None:
    with pytest.raises(ValidationError, match="JABATAN, UNIT KERJA"):
        parse_table([["NIP", "NAMA"], [NIP_A, "Budi"]])
    assert REQUIRED == (Kolom.NIP, Kolom.NAMA, Kolom.JABATAN, Kolom.UNIT)


# --- NIP forms ---------------------------------------------------------------------------------

@pytest.mark.parametrize("cell", [
    "19850215 201001 2 003", "'198502152010012003", 198502152010012003, " 198502152010012003 ",
    "19850215.201001.2.003",
])
def test_nip_forms_accepted(cell: object) -> None:
    plan = plan_of(row(nip=cell))
    assert plan.errors == []
    assert plan.records[0].nip == NIP_B


@pytest.mark.parametrize(("cell", "needle"), [
    (1.98502152010012e17, "pecahan/ilmiah"),
    ("1.98502E+17", "notasi ilmiah"),
    ("1968041119930", "NIP harus 18 digit, '1968041119930' berisi 13 digit"),
    ("19680411199303100X", "selain angka"),
    ("196813411993031009", "tanggal lahir"),
])
def test_nip_forms_rejected_with_reason(cell: object, needle: str) -> None:
    plan = plan_of(row(nip=cell))
    assert plan.records == []
    assert [e.kolom for e in plan.errors] == ["NIP"]
    assert needle in plan.errors[0].pesan


# --- row errors --------------------------------------------------------------------------------

def test_errors_carry_excel_row_numbers_and_file_headers() -> None:
    header = ["No", "NIP BARU", "Nama Pegawai", "Gol. Ruang", "Nama Jabatan", "Unit Kerja",
              "E-mail"]
    table: list[list[object]] = [
        ["DAFTAR PEGAWAI"], [],
        header,
        [1, NIP_A, "Budi", "IV/c", "Pengadministrasi Umum", "Sekretariat", None],   # row 4
        [],                                                                           # row 5
        [2, "1968041119930", "Andi", "III/z", "Pengadministrasi Umum", None, "andi@"],  # row 6
        [3, NIP_C, None, "II/a", None, "Sekretariat", None],                          # row 7
    ]
    plan = parse_table(table)
    assert [r.baris for r in plan.records] == [4]
    assert plan.total_rows == 3
    assert plan.invalid_rows == {6, 7}
    got = {(e.baris, e.kolom) for e in plan.errors}
    # an empty unit is allowed (periksa reports pegawai without unit), so not an error here
    assert got == {(6, "NIP BARU"), (6, "Gol. Ruang"), (6, "E-mail"),
                   (7, "Nama Pegawai"), (7, "Nama Jabatan")}
    assert "baris 6, kolom NIP BARU: NIP harus 18 digit, '1968041119930' berisi 13 digit" in \
        messages(plan)
    assert "baris 7, kolom Nama Pegawai: NAMA wajib diisi" in messages(plan)


def test_first_row_number_offsets_rows() -> None:
    plan = plan_of(row(nip="123"), first_row_number=10)
    assert plan.errors[0].baris == 11


def test_error_column_letter_when_header_cell_is_blank() -> None:
    guess = HeaderGuess(0, {Kolom.NIP: 0, Kolom.NAMA: 1, Kolom.UNIT: 2, Kolom.JABATAN: 27},
                        ["NIP", "NAMA", "UNIT KERJA"], [])
    plan = parse_table([["NIP", "NAMA", "UNIT KERJA"], [NIP_A, "Budi", "Sekretariat"]], guess)
    assert plan.errors == [RowError(2, "AB", "JABATAN wajib diisi")]
    assert col_letter(0) == "A" and col_letter(25) == "Z" and col_letter(27) == "AB"


def test_duplicate_nip_names_first_row() -> None:
    plan = plan_of(row(atasan=None), row(nip="19850215 201001 2 003", atasan=None),
                   row(nip=NIP_C, atasan=None), row(atasan=None))
    assert [r.baris for r in plan.records] == [2, 4]
    assert [(e.baris, e.kolom) for e in plan.errors] == [(3, "NIP"), (5, "NIP")]
    assert all("sudah ada di baris 2" in e.pesan for e in plan.errors)


def test_nip_atasan_rules() -> None:
    plan = plan_of(row(atasan=NIP_B), row(nip=NIP_C, atasan="12345"),
                   row(nip=NIP_A, atasan="Kepala Seksi (19850215 201001 2 003)"),
                   row(nip=NIP_P, atasan="-", gol="IX", pangkat=None))
    assert [(e.baris, e.kolom) for e in plan.errors] == [(2, "NIP ATASAN"), (3, "NIP ATASAN")]
    assert "sama dengan NIP pegawai sendiri" in plan.errors[0].pesan
    assert [r.nip_atasan for r in plan.records] == [NIP_B, None]


@pytest.mark.parametrize("email", ["budi", "budi@", "budi@x", "a b@x.id", "a@b.c"])
def test_invalid_email(email: str) -> None:
    plan = plan_of(row(email=email))
    assert [(e.kolom, e.pesan) for e in plan.errors] == [("EMAIL", f"email '{email}' tidak valid")]


def test_row_collects_several_errors() -> None:
    plan = plan_of(row(nip="123", nama=None, gol="X/z", jabatan=None, unit=" ", email="x"))
    assert sorted(e.kolom for e in plan.errors) == ["EMAIL", "GOL", "JABATAN", "NAMA", "NIP"]


def test_empty_unit_is_kept_as_no_unit() -> None:
    plan = plan_of(row(unit=None))
    assert plan.errors == [] and plan.records[0].unit_path == ()


# --- jabatan -----------------------------------------------------------------------------------

def test_jenjang_for_pelaksana_is_an_error() -> None:
    plan = plan_of(row(jabatan="Pengadministrasi Perkantoran", jenis="Pelaksana",
                       jenjang="Ahli Muda"))
    assert [(e.kolom, e.baris) for e in plan.errors] == [("JENJANG", 2)]
    assert "hanya untuk jabatan fungsional" in plan.errors[0].pesan


def test_jenjang_disagreeing_with_jabatan_name() -> None:
    plan = plan_of(row(jabatan="Perawat Ahli Muda", jenjang="Ahli Pertama"))
    assert [e.kolom for e in plan.errors] == ["JENJANG"]


def test_fungsional_without_jenjang() -> None:
    plan = plan_of(row(jabatan="Dokter", jenjang=None))
    assert "tanpa jenjang" in plan.errors[0].pesan


def test_jenis_jabatan_guessed_when_column_absent() -> None:
    header = ["NIP", "NAMA", "JABATAN", "UNIT KERJA", "JENJANG"]
    plan = parse_table([header,
                        [NIP_A, "Budi", "Perawat Ahli Muda", "Puskesmas A", None],
                        [NIP_B, "Siti", "Pengadministrasi Umum", "Sekretariat", "-"],
                        [NIP_C, "Andi", "Pranata Komputer", "Sekretariat", "Mahir"],
                        ["197001012000031001", "Joko", "Kepala Seksi Gizi", "Bidang Kesmas", None],
                        ["197101012000031001", "Wati", "Kepala Puskesmas A", "Puskesmas A", None]])
    jab = [r.jabatan for r in plan.records]
    assert [(j.kategori, j.jenjang) for j in jab] == [
        (Kategori.FUNGSIONAL, Jenjang.AHLI_MUDA), (Kategori.PELAKSANA, None),
        (Kategori.FUNGSIONAL, Jenjang.MAHIR), (Kategori.PENGAWAS, None)]
    # a Kepala Puskesmas may be a JF with tugas tambahan or a Pengawas: the file must say
    assert [(e.baris, e.kolom) for e in plan.errors] == [(6, "JENIS JABATAN")]
    assert "tampak struktural" in plan.errors[0].pesan


def test_unknown_jenis_jabatan() -> None:
    plan = plan_of(row(jenis="Struktural"))
    assert [e.kolom for e in plan.errors] == ["JENIS JABATAN"]


def test_struktural_row() -> None:
    plan = plan_of(kepala())
    assert plan.errors == []
    rec = plan.records[0]
    assert rec.jabatan.kategori is Kategori.JPT_PRATAMA and rec.jabatan.jenjang is None
    assert (rec.gelar_depan, rec.nama, rec.gelar_belakang) == ("dr.", "Budi Santoso", "M.Kes.")
    assert rec.nama_lengkap == "dr. Budi Santoso, M.Kes."
    assert rec.unit_path == ("Pimpinan",)


# --- pangkat / golongan / status -------------------------------------------------------------

@pytest.mark.parametrize(("pangkat", "gol", "kode"), [
    ("Penata", "III/c", "III/c"),
    (None, "III/c", "III/c"),
    ("Penata Muda Tk. I (III/b)", None, "III/b"),
    ("Penata Muda Tingkat I", None, "III/b"),
    ("Pembina / IV.a", "-", "IV/a"),
    ("tidak jelas", "III/d", "III/d"),  # free-text pangkat ignored when GOL is readable
])
def test_pangkat_and_gol(pangkat: object, gol: object, kode: str) -> None:
    plan = plan_of(row(pangkat=pangkat, gol=gol, jabatan="Pengadministrasi Umum",
                       jenis="Pelaksana", jenjang=None))
    assert plan.errors == []
    assert plan.records[0].golongan == Golongan.pns(kode)


def test_combined_pangkat_gol_column() -> None:
    header = ["NIP", "NAMA", "PANGKAT/GOL", "JABATAN", "UNIT KERJA"]
    plan = parse_table([header, [NIP_A, "Budi", "Penata Muda Tk. I (III/b)",
                                 "Pengadministrasi Umum", "Sekretariat"]])
    assert plan.errors == []
    assert plan.records[0].golongan == Golongan.pns("III/b")


def test_pangkat_disagreeing_with_gol() -> None:
    plan = plan_of(row(pangkat="Penata", gol="III/b"))
    assert [(e.kolom, e.pesan) for e in plan.errors] == [
        ("PANGKAT", "pangkat 'Penata' tidak sesuai golongan III/b (Penata Muda Tingkat I)")]


def test_golongan_optional_and_invalid() -> None:
    plan = plan_of(row(pangkat=None, gol=None), row(nip=NIP_C, pangkat=None, gol="V/a"))
    assert plan.records[0].golongan is None
    assert [(e.baris, e.kolom) for e in plan.errors] == [(3, "GOL")]


@pytest.mark.parametrize("gol", ["IX", "Golongan IX", 9, "9"])
def test_pppk_rows(gol: object) -> None:
    plan = plan_of(row(nip=NIP_P, pangkat=None, gol=gol, jabatan="Perawat Ahli Pertama",
                       jenjang=None))
    assert plan.errors == []
    rec = plan.records[0]
    assert rec.status is StatusKepegawaian.PPPK
    assert rec.golongan == Golongan(True, 8)


def test_pppk_with_pns_golongan_is_an_error() -> None:
    plan = plan_of(row(nip=NIP_P, pangkat=None, gol="III/a"))
    assert [e.kolom for e in plan.errors] == ["GOL"]


def test_status_column() -> None:
    header = [*HEADER, "STATUS"]
    plan = parse_table([header, [*row(), "CPNS"], [*row(nip=NIP_P, gol="IX", pangkat=None), "PPPK"],
                        [*row(nip=NIP_C), "PPPK"], [*row(nip=NIP_A, atasan=None), "honorer"]])
    assert [r.status for r in plan.records] == [StatusKepegawaian.PNS, StatusKepegawaian.PPPK]
    assert [(e.baris, e.kolom) for e in plan.errors] == [(4, "STATUS"), (5, "STATUS")]
    assert "susunan NIP menunjukkan PNS" in plan.errors[0].pesan


@pytest.mark.parametrize(("text", "status"), [
    ("PNS", StatusKepegawaian.PNS), ("cpns", StatusKepegawaian.PNS),
    ("Pegawai Negeri Sipil", StatusKepegawaian.PNS), ("PPPK", StatusKepegawaian.PPPK),
    ("P3K", StatusKepegawaian.PPPK), ("", None), ("-", None),
])
def test_parse_status(text: str, status: StatusKepegawaian | None) -> None:
    assert parse_status(text) is status


# --- gelar -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ("dr. Intan Permatasari", ("dr.", "Intan Permatasari", "")),
    ("Siti Nurhaliza, S.E., M.M.", ("", "Siti Nurhaliza", "S.E., M.M.")),
    ("Ns. Maya Sari, S.Kep.", ("Ns.", "Maya Sari", "S.Kep.")),
    ("Prof. Dr. dr. Ahmad Yani, Sp.PD-KGEH, M.Kes.",
     ("Prof. Dr. dr.", "Ahmad Yani", "Sp.PD-KGEH, M.Kes.")),
    ("Dra.Hj. Ratna Sari", ("Dra. Hj.", "Ratna Sari", "")),
    ("Drs Sutrisno", ("Drs", "Sutrisno", "")),
    ("H. Muhammad Ali, S.Pd", ("H.", "Muhammad Ali", "S.Pd")),
    ("Andi Kurniawan S.Kom", ("", "Andi Kurniawan", "S.Kom")),
    ("SUTRISNO, SE, MM", ("", "SUTRISNO", "SE, MM")),
    ("Dewi Lestari,A.Md.Keb", ("", "Dewi Lestari", "A.Md.Keb")),
    ("  Budi   Santoso ", ("", "Budi Santoso", "")),
    ("Hadi Pranoto", ("", "Hadi Pranoto", "")),
    ("Irwan Dinata", ("", "Irwan Dinata", "")),
    ("Drajat Nugroho", ("", "Drajat Nugroho", "")),
    ("Nurhaliza, Siti", ("", "Nurhaliza, Siti", "")),
    ("Ahmad M.", ("", "Ahmad M.", "")),
    ("dr.", ("", "dr.", "")),
])
def test_split_gelar(raw: str, expected: tuple[str, str, str]) -> None:
    assert split_gelar(raw) == expected


def test_split_gelar_one_side_only() -> None:
    assert split_gelar("dr. Intan, Sp.A", depan=False) == ("", "dr. Intan", "Sp.A")
    assert split_gelar("dr. Intan, Sp.A", belakang=False) == ("dr.", "Intan, Sp.A", "")


def test_gelar_columns_present_are_used_and_name_kept() -> None:
    header = ["NIP", "GELAR DEPAN", "NAMA", "GELAR BELAKANG", "JABATAN", "UNIT KERJA"]
    plan = parse_table([header,
                        [NIP_A, "dr.", "Intan Permatasari", None, "Dokter Ahli Muda", "Puskesmas"],
                        [NIP_B, None, "Ir Sutami", "-", "Pengadministrasi Umum", "Sekretariat"]])
    got = [(r.gelar_depan, r.nama, r.gelar_belakang) for r in plan.records]
    assert got == [("dr.", "Intan Permatasari", ""), ("", "Ir Sutami", "")]


def test_name_without_letters() -> None:
    plan = plan_of(row(nama="12345"))
    assert [e.kolom for e in plan.errors] == ["NAMA"]


# --- noise rows and other fields -------------------------------------------------------------

def test_noise_rows_are_skipped_silently() -> None:
    plan = plan_of(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],                        # column numbers
        ["(1)", "(2)", "(3)"],
        [None, None, "BIDANG PELAYANAN KESEHATAN"],                   # section label
        row(),
        [None] * 11,
        HEADER,                                                       # repeated on next page
        [None, None, "KOSONG", None, None, "Perawat Ahli Muda", "Fungsional"],  # vacancy
        [None, None, None, "III/a", None, "Perawat Ahli Pertama", "Fungsional", None,
         "Puskesmas A"],                                              # vacancy, no name
        ["Jumlah", None, None, None, None, None, None, None, "2 orang"],
        [None, None, None, None, None, None, None, None, "Kepala Dinas"],
        [None, "NIP. 19680411 199303 1 009", None, None],             # signature block
    )
    assert plan.errors == []
    assert plan.total_rows == 1
    assert [r.baris for r in plan.records] == [5]


def test_row_with_name_but_no_nip_is_an_error() -> None:
    plan = plan_of(row(nip=None))
    assert [(e.kolom, e.pesan) for e in plan.errors] == [("NIP", "NIP kosong")]


def test_optional_columns() -> None:
    header = ["NIP", "NAMA", "JABATAN", "UNIT KERJA", "HP", "KOMPETENSI", "TMT KEDUDUKAN",
              "DASAR KEDUDUKAN", "PENDIDIKAN"]
    plan = parse_table([header,
                        [NIP_A, "Budi", "Pengadministrasi Umum", "Bidang P2P/ Seksi Surveilans",
                         81234567890, "Excel; SIPD, Arsip", dt.datetime(2024, 1, 2),
                         "SK 800/12/2024", "S1 Ekonomi"],
                        [NIP_B, "Siti", "Pengadministrasi Umum", "Sekretariat", "0812-3456",
                         None, "31 Januari 2024", None, None],
                        [NIP_C, "Andi", "Pengadministrasi Umum", "Sekretariat", None, None,
                         "31/02/2024", None, None]])
    a, b = plan.records
    assert a.unit_path == ("Bidang P2P", "Seksi Surveilans")
    assert a.telepon == "081234567890"
    assert a.kompetensi == ("Excel", "SIPD", "Arsip")
    assert (a.tmt_kedudukan, a.dasar_kedudukan, a.pendidikan) == (
        dt.date(2024, 1, 2), "SK 800/12/2024", "S1 Ekonomi")
    assert (b.telepon, b.tmt_kedudukan, b.kompetensi) == ("0812-3456", dt.date(2024, 1, 31), ())
    assert [(e.baris, e.kolom) for e in plan.errors] == [(4, "TMT KEDUDUKAN")]


@pytest.mark.parametrize(("text", "path"), [
    ("Bidang X / Seksi Y", ("Bidang X", "Seksi Y")),
    ("Bidang X > Seksi Y > Subseksi Z", ("Bidang X", "Seksi Y", "Subseksi Z")),
    ("Subbagian Umum/Kepegawaian", ("Subbagian Umum/Kepegawaian",)),
    ("  UPTD   Puskesmas  ", ("UPTD Puskesmas",)),
])
def test_split_unit_path(text: str, path: tuple[str, ...]) -> None:
    assert split_unit_path(text) == path


@pytest.mark.parametrize(("raw", "date"), [
    ("2024-01-31", dt.date(2024, 1, 31)), ("31-01-2024", dt.date(2024, 1, 31)),
    ("1 Agustus 2023", dt.date(2023, 8, 1)), ("1 Agt 2023", dt.date(2023, 8, 1)),
    (dt.date(2020, 5, 5), dt.date(2020, 5, 5)), (None, None), ("-", None),
])
def test_parse_tanggal(raw: object, date: dt.date | None) -> None:
    assert parse_tanggal(raw) == date


def test_parse_tanggal_rejects() -> None:
    with pytest.raises(ValidationError, match="tidak dikenal"):
        parse_tanggal("kemarin")
