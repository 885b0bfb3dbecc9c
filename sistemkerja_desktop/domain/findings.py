"""Findings of the kedudukan check (`periksa`) and of the team rules (`tim_rules`).

A finding's `kode` is stable and machine-readable (it stays in `--json` and in tooltips); the
user sees `finding_label(kode)`, a short Indonesian label.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tingkat(StrEnum):
    GALAT = "galat"
    PERINGATAN = "peringatan"


@dataclass(frozen=True, slots=True)
class Finding:
    kode: str  # stable machine code, e.g. "PPK_TIDAK_ADA"
    tingkat: Tingkat
    pesan: str  # Indonesian, names the pegawai/unit concerned
    dasar: str  # citation: "Perbup Kapuas Hulu 36/2023 Pasal 7 (seed 000_…)"
    pegawai_id: int | None = None
    nip: str | None = None
    unit_id: int | None = None


# Every code emitted in domain/ (periksa, the profiles' kedudukan rules, tim_rules) has a label
# here; tests/domain/test_findings.py keeps the table complete.
LABELS: dict[str, str] = {
    # periksa: data
    "NIP_GANDA": "NIP ganda",
    "PEGAWAI_TANPA_JABATAN": "Pegawai tanpa jabatan",
    "PEGAWAI_TANPA_UNIT": "Pegawai tanpa unit",
    "GOLONGAN_TIDAK_SESUAI_JENJANG": "Golongan tidak sesuai jenjang",
    "KEDUDUKAN_PEGAWAI_TIDAK_DIKENAL": "Kedudukan: pegawai tidak dikenal",
    "KEDUDUKAN_POSISI_TIDAK_DIKENAL": "Kedudukan: jabatan PPK tidak dikenal",
    "UNIT_INDUK_TIDAK_DIKETAHUI": "Induk unit tidak diketahui",
    # periksa: PPK (universal rules)
    "PPK_TIDAK_ADA": "Belum ada PPK",
    "PPK_GANDA": "PPK ganda",
    "PPK_DIRI_SENDIRI": "PPK dirinya sendiri",
    "PPK_KOSONG": "Jabatan PPK kosong",
    "PPK_BUKAN_PEJABAT_PENILAI": "PPK bukan pejabat penilai",
    "PPK_SIKLUS": "Rantai PPK melingkar",
    # periksa: the profiles' kedudukan rules
    "JF_DI_BAWAH_PENGAWAS": "JF di bawah Pengawas",
    "JF_MADYA_UTAMA_BUKAN_JPT": "JF Madya/Utama tidak di bawah JPT",
    "JF_SETARA_PIMPINAN_JF": "JF setara pimpinan JF",
    "PPK_PENGAWAS_BAWAHAN": "PPK Pengawas bagi bawahan",
    "PPK_INSPEKTUR_PEMBANTU": "Inspektur Pembantu menilai di luar kewenangannya",
    "JF_DI_BAWAH_JPT": "JF langsung di bawah JPT",
    "JF_UTAMA_BUKAN_SEKDA": "JF Ahli Utama RSUD tidak dinilai Sekda",
    # tim_rules: data
    "TIM_NAMA_KOSONG": "Nama tim kosong",
    "TIM_JENIS_TIDAK_DIKENAL": "Jenis tim tidak dikenal",
    "TIM_UNIT_PEMILIK_KOSONG": "Unit pemilik kinerja kosong",
    "TIM_PERIODE_KOSONG": "Periode tim kosong",
    "TIM_PERIODE_TERBALIK": "Periode tim terbalik",
    "TIM_DURASI": "Durasi tim",
    "TIM_HARUS_LINTAS_UNIT": "Tim harus lintas unit",
    "ANGGOTA_TIDAK_ADA": "Anggota tidak ditemukan",
    "ANGGOTA_GANDA": "Anggota ganda",
    "ANGGOTA_TIDAK_AKTIF": "Anggota tidak aktif",
    "ANGGOTA_MENUNGGU_PERSETUJUAN": "Anggota menunggu persetujuan",
    "ANGGOTA_DITOLAK": "Anggota ditolak",
    "ANGGOTA_TANPA_KEDUDUKAN": "Anggota tanpa kedudukan",
    "TIM_LINTAS_TAHUN_ANGGARAN": "Tim melewati tahun anggaran",
    # tim_rules: ketua
    "KETUA_LEBIH_DARI_SATU": "Ketua lebih dari satu",
    "KETUA_BELUM_ADA": "Ketua belum ada",
    "KETUA_KATEGORI": "Ketua: jabatan tidak memenuhi",
    "KETUA_BUKAN_DARI_PEMILIK_KINERJA": "Ketua bukan dari unit pemilik kinerja",
    "KETUA_MASA_JABATAN": "Masa jabatan ketua",
    "KETUA_PENGGANTI_PENDIDIKAN": "Ketua pengganti: pendidikan",
    "KETUA_PENGGANTI_GOLONGAN": "Ketua pengganti: golongan",
    "KETUA_PENGGANTI_PPPK": "Ketua pengganti: PPPK",
    "KETUA_SEMENTARA_TIDAK_DIKENAL": "Ketua sementara tidak dikenal",
    "KETUA_SEMENTARA_LEBIH_DARI_SATU": "Ketua sementara lebih dari satu",
    "KETUA_SEMENTARA_TANPA_KETUA": "Ketua sementara tanpa ketua",
    "KETUA_SEMENTARA_JENJANG": "Ketua sementara: jenjang",
    "KETUA_SEMENTARA_TANPA_DASAR": "Ketua sementara tanpa dasar penunjukan",
    "KETUA_BUKAN_PENGAWAS": "Ketua bukan Pejabat Pengawas",
    "KETUA_PENGAWAS_BELUM_DITUNJUK": "Pejabat Pengawas belum ditunjuk sebagai ketua",
    "KETUA_SUBSTANSI_OTOMATIS": "Ketua Tim Kerja Substansi otomatis",
    "KETUA_SUBSTANSI_BUKAN_PENGAWAS": "Ketua Tim Kerja Substansi bukan Pengawas",
    "KETUA_PENGAWAS_SUBSTANSI": "Pengawas Level III memimpin Tim Kerja",
    "TIM_DIBENTUK_PENGAWAS_SUBSTANSI": "Tim Kerja dibentuk Pengawas Level III",
    "TIM_SUBSTANSI_TANPA_PENGAWAS": "Tim Kerja Substansi tanpa Pengawas",
    "TIM_SUBSTANSI_PENGAWAS_KOSONG": "Jabatan Pengawas Tim Kerja Substansi kosong",
    # tim_rules: kebutuhan, beban kerja
    "KEBUTUHAN_TIM_BELUM_DIJAWAB": "Kebutuhan tim belum dijawab",
    "KEBUTUHAN_TIM_TIDAK_TERPENUHI": "Kebutuhan tim tidak terpenuhi",
    "BEBAN_KERJA_TINGGI": "Beban kerja tinggi",
    # bagan: what the chart itself finds while drawing
    "BAGAN_STRUKTURAL_DALAM_KELOMPOK": "Pejabat struktural di kelompok JF dan Pelaksana",
    "BAGAN_PPK_PELAKSANA": "Pelaksana sebagai PPK",
}

# Abbreviations kept in capitals when a code without a label is prettified.
_ABBREVIATIONS = frozenset({"PPK", "NIP", "JF", "JPT", "PPPK", "PD", "SK", "UPTD", "RSUD", "OPD"})


def finding_label(kode: str) -> str:
    """The Indonesian label of a finding code: `PPK_GANDA` → "PPK ganda". An unknown code is
    prettified: `UNIT_TANPA_INDUK` → "Unit tanpa induk"."""
    label = LABELS.get(kode)
    if label is not None:
        return label
    words = [w for w in kode.strip().split("_") if w]
    if not words:
        return kode
    pretty = [w if w.upper() in _ABBREVIATIONS else w.lower() for w in words]
    first = pretty[0]
    pretty[0] = first if first.upper() in _ABBREVIATIONS else first.capitalize()
    return " ".join(pretty)
