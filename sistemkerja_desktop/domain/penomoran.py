"""Nomor naskah dinas: a pattern per document type, rendered and parsed.

Placeholders (domain_conventions.md §1.6): `{nomor}` (sequence; `{nomor:03d}` zero-padded),
`{klasifikasi}` (Permendagri 83/2022 code, Surat Tugas 800.1.11.1), `{kode_unit}` (unit
pengolah, e.g. Dinkes), `{bulan_romawi}`, `{bulan}`, `{tahun}`, `{sifat}`. The sequence restarts
every year per document type.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass
from enum import StrEnum

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.naskah import bulan_romawi


class JenisNaskah(StrEnum):
    """Document types the app numbers (values are the register's type codes)."""

    SURAT_TUGAS = "surat-tugas"
    SK_KEPALA_PD = "sk-kepala-pd"
    SK_SEKDA = "sk-sekda"
    # Pekalongan Pasal 13(2): the Keputusan appointing a Kelompok Kerja (squad) ketua
    SK_KEPALA_UNIT = "sk-kepala-unit"
    # The letters of a penugasan chain (issue #10; values = domain.penugasan.JenisSurat)
    SURAT_PERMOHONAN = "surat-permohonan"
    SURAT_JAWABAN = "surat-jawaban"
    SURAT_PENUGASAN = "surat-penugasan"

    @property
    def label(self) -> str:
        return {JenisNaskah.SURAT_TUGAS: "Surat Tugas",
                JenisNaskah.SK_KEPALA_PD: "Keputusan Kepala Perangkat Daerah",
                JenisNaskah.SK_SEKDA: "Keputusan Sekretaris Daerah",
                JenisNaskah.SK_KEPALA_UNIT: "Keputusan Kepala Unit Organisasi Pemilik Kinerja",
                JenisNaskah.SURAT_PERMOHONAN: "Surat Permohonan Penugasan",
                JenisNaskah.SURAT_JAWABAN: "Surat Jawaban Permohonan Penugasan",
                JenisNaskah.SURAT_PENUGASAN: "Surat Penugasan",
                }[self]

    @property
    def sk(self) -> bool:
        """A Keputusan (naskah dinas penetapan); the Surat Tugas and the letters are not."""
        return self in (JenisNaskah.SK_KEPALA_PD, JenisNaskah.SK_SEKDA,
                        JenisNaskah.SK_KEPALA_UNIT)


PLACEHOLDERS = ("nomor", "klasifikasi", "kode_unit", "bulan_romawi", "bulan", "tahun", "sifat")
KLASIFIKASI_SURAT_TUGAS = "800.1.11.1"
KLASIFIKASI_KEPUTUSAN = "100.3.3"
KLASIFIKASI_KEPEGAWAIAN = "800.1"  # Kepegawaian / Sumber Daya Manusia: the letters of a request


@dataclass(frozen=True, slots=True)
class PolaNomor:
    jenis: JenisNaskah
    pola: str = "{klasifikasi}/{nomor}/{kode_unit}/{tahun}"
    klasifikasi: str = KLASIFIKASI_SURAT_TUGAS
    kode_unit: str = ""
    sifat: str = "B"

    def validate(self) -> PolaNomor:
        fields = _fields(self.pola)
        unknown = [f for f in fields if f not in PLACEHOLDERS]
        if unknown:
            raise ValidationError(
                f"Pola nomor memuat isian tidak dikenal: {', '.join('{' + u + '}' for u in unknown)}"
                f" (yang dikenal: {', '.join('{' + p + '}' for p in PLACEHOLDERS)})",
                field="pola", code="pola_tidak_dikenal")
        if "nomor" not in fields:
            raise ValidationError("Pola nomor harus memuat {nomor}", field="pola",
                                  code="pola_tanpa_nomor")
        return self

    def kurang(self) -> list[str]:
        """Settings the pattern needs that are still empty."""
        fields = _fields(self.pola)
        out = []
        if "kode_unit" in fields and not self.kode_unit.strip():
            out.append("kode unit pengolah")
        if "klasifikasi" in fields and not self.klasifikasi.strip():
            out.append("kode klasifikasi")
        return out

    def render(self, urut: int, tanggal: dt.date) -> str:
        if urut < 1:
            raise ValidationError("Nomor urut dimulai dari 1", field="nomor")
        missing = self.kurang()
        if missing:
            raise ValidationError(f"Nomor {self.jenis.label} belum dapat dibentuk: "
                                  f"{', '.join(missing)} belum diisi di pengaturan penomoran",
                                  field="pola", code="pola_belum_lengkap")
        return self.validate().pola.format(
            nomor=urut, klasifikasi=self.klasifikasi.strip(), kode_unit=self.kode_unit.strip(),
            bulan_romawi=bulan_romawi(tanggal.month), bulan=f"{tanggal.month:02d}",
            tahun=tanggal.year, sifat=self.sifat)

    def parse(self, nomor: str) -> tuple[int, int | None] | None:
        """(urut, tahun or None) if `nomor` fits the pattern, else None."""
        regex = self._regex()
        m = regex.fullmatch(nomor.strip())
        if m is None:
            return None
        tahun = int(m.group("tahun")) if "tahun" in regex.groupindex else None
        return int(m.group("nomor")), tahun

    def _regex(self) -> re.Pattern[str]:
        out = []
        seen: set[str] = set()
        for literal, field, _spec, _conv in string.Formatter().parse(self.pola):
            out.append(re.escape(literal))
            if field is None:
                continue
            if field in seen:
                out.append(f"(?P={field})")
                continue
            seen.add(field)
            pattern = {"nomor": r"\d+", "tahun": r"\d{4}", "bulan": r"\d{2}",
                       "bulan_romawi": r"[IVX]+"}.get(field)
            if pattern is None:
                value = {"klasifikasi": self.klasifikasi, "kode_unit": self.kode_unit,
                         "sifat": self.sifat}.get(field, "")
                pattern = re.escape(value.strip()) if value.strip() else r"[^/]+"
            out.append(f"(?P<{field}>{pattern})")
        return re.compile("".join(out))


def _fields(pola: str) -> list[str]:
    try:
        return [f for _, f, _, _ in string.Formatter().parse(pola) if f is not None]
    except ValueError as exc:
        raise ValidationError(f"Pola nomor tidak sah: {exc}", field="pola",
                              code="pola_tidak_sah") from None


def pola_bawaan(jenis: JenisNaskah, kode_unit: str = "") -> PolaNomor:
    """Defaults: Surat Tugas `800.1.11.1/{nomor}/{kode_unit}/{tahun}` (the demo's
    `800.1.11.1/123/Dinkes/2024`); Keputusan Kepala PD the same with 100.3.3 (Keputusan
    Pimpinan, Permendagri 83/2022); SK Sekretaris Daerah `{nomor}/SETDA-ORG/{tahun}` (Kapuas
    Hulu Lampiran II.1; the number itself comes from the Setda's register); Keputusan Kepala
    Unit Organisasi (Pekalongan Pasal 13(2)) like the Keputusan Kepala PD, its own sequence.
    The surat permohonan and surat jawaban of a penugasan chain: 800.1 (Kepegawaian / Sumber
    Daya Manusia); the surat penugasan: 800.1.11.1 like the Surat Tugas, its own sequence (a
    number another kind already carries is skipped)."""
    if jenis in (JenisNaskah.SURAT_PERMOHONAN, JenisNaskah.SURAT_JAWABAN):
        return PolaNomor(jenis, klasifikasi=KLASIFIKASI_KEPEGAWAIAN, kode_unit=kode_unit)
    if jenis is JenisNaskah.SK_SEKDA:
        return PolaNomor(jenis, "{nomor}/SETDA-ORG/{tahun}", klasifikasi="", kode_unit="SETDA-ORG")
    if jenis in (JenisNaskah.SK_KEPALA_PD, JenisNaskah.SK_KEPALA_UNIT):
        return PolaNomor(jenis, klasifikasi=KLASIFIKASI_KEPUTUSAN, kode_unit=kode_unit)
    return PolaNomor(jenis, kode_unit=kode_unit)


def nomor_berikut(terpakai: list[int]) -> int:
    return max(terpakai, default=0) + 1
