"""The regulation profile's team rules, checked on a whole team draft.

`cek_tim` returns `Finding`s: galat (hard — saving, or with `final=True` issuing the SK/Surat
Tugas, is refused) and peringatan (soft — shown). Every finding quotes the profile's citation.
Rules (seeds_B.md D.4 V-30..V-43, seeds_A.md A.4):

- data: nama, jenis, unit pemilik kinerja, periode (mulai–selesai) required; no pegawai twice;
- durasi per jenis tim (Pekalongan: Kelompok Kerja ≤ 1 tahun and within one tahun anggaran,
  Pasal 11(2); Tim Kerja tematik 1 bulan–1 tahun);
- members (`tim_rules_anggota`): approval of outside members (pending: peringatan, galat when
  final; refused: reported and left out of every other rule), kedudukan before assignment;
- ketua (`tim_rules_ketua`, `tim_rules_pengawas`): at most one; who may be ketua; none at all;
  from the unit pemilik kinerja; KH replacement ketua; Pekalongan ketua ≤ 1 tahun and acting
  ketua (Pasal 29); Bungo Pengawas ketua in 2-level units (Pasal 9(2)); Pasuruan Tim Kerja
  Substansi led by its Level-III Pengawas, who forms no other Tim Kerja;
- Pekalongan tematik must involve lintas unit/instansi members (galat once the team is aktif);
- Barito Timur's "is a team needed?" questions (unanswered: peringatan; a "tidak": galat);
- workload: a member in more overlapping active teams than the PD's threshold (peringatan).

The instrument a team needs is in `tim_instrumen` (`dokumen_tim`, `instrumen_tim`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from sistemkerja_desktop.domain.errors import RuleViolation, SistemKerjaError
from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.profiles import JenisTim, RegulationProfile
from sistemkerja_desktop.domain.profiles.citation import VALIDASI_DATA, umum
from sistemkerja_desktop.domain.tim import StatusTim, Tim, anggota_naskah
from sistemkerja_desktop.domain.tim_instrumen import (  # noqa: F401 - the module's API
    InstrumenTim,
    dokumen_tim,
    instrumen_ketua,
    instrumen_tim,
)
from sistemkerja_desktop.domain.tim_rules_anggota import (
    _f,
    cek_kedudukan,
    cek_persetujuan,
    tanggal,
)
from sistemkerja_desktop.domain.tim_rules_ketua import cek_ketua
from sistemkerja_desktop.domain.tim_rules_pengawas import cek_pengawas_ketua, cek_substansi

G, W = Tingkat.GALAT, Tingkat.PERINGATAN
BEBAN_DASAR = umum("KH Lampiran I huruf B angka 2 huruf e–f; BT Lampiran II huruf A angka 5–6; "
                   "Pasuruan Lampiran BAB II huruf B angka 2 (mempertimbangkan beban kerja)")


def jenis_tim(profile: RegulationProfile, kode: str) -> JenisTim | None:
    try:
        return profile.tim(kode)
    except KeyError:
        return None


def cek_tim(tim: Tim, struktur: Struktur, profile: RegulationProfile, *,
            periode_lain: Mapping[int, Sequence[tuple[str, dt.date, dt.date]]] | None = None,
            ambang_beban: int | None = None, final: bool = False) -> list[Finding]:
    """All findings for `tim` (members' origin should already be filled, see
    `tim.lengkapi_anggota`). `periode_lain`: pegawai_id → (nama tim, mulai, selesai) of their
    other active teams, for the workload warning; `ambang_beban`: the PD's threshold.
    `final`: judged for the final SK/Surat Tugas (issuance) rather than for saving a draft."""
    out = cek_persetujuan(tim, struktur, profile, final=final)
    tim = dataclasses.replace(tim, anggota=anggota_naskah(tim))  # refused members do not count
    out += _cek_data(tim, struktur, profile)
    jenis = jenis_tim(profile, tim.jenis)
    if jenis is not None and tim.mulai is not None:
        out += _cek_durasi(tim, jenis)
        out += _cek_tahun_anggaran(tim, jenis)
    out += cek_kedudukan(tim, struktur, profile, final=final)
    substansi, dikecualikan = cek_substansi(tim, struktur, profile, jenis)
    out += cek_ketua(tim, struktur, profile, jenis, final=final, dikecualikan=dikecualikan)
    out += substansi + cek_pengawas_ketua(tim, struktur, profile, final=final)
    if (jenis is not None and jenis.lintas_unit_wajib and tim.anggota
            and not any(a.asal is not None and a.asal.luar for a in tim.anggota)):
        tingkat = G if tim.status is StatusTim.AKTIF or final else W
        out.append(_f("TIM_HARUS_LINTAS_UNIT", tingkat,
                      f"{jenis.nama} harus melibatkan anggota lintas unit organisasi atau "
                      "lintas instansi", jenis.dasar))
    out += _cek_kebutuhan(tim, profile)
    if periode_lain and ambang_beban:
        out += _cek_beban(tim, struktur, periode_lain, ambang_beban)
    return out


def urut_galat(findings: Sequence[Finding]) -> list[Finding]:
    """Galat first, the order within each level kept."""
    return sorted(findings, key=lambda f: f.tingkat is not Tingkat.GALAT)


def _cek_data(tim: Tim, struktur: Struktur, profile: RegulationProfile) -> list[Finding]:
    out: list[Finding] = []
    if not tim.nama.strip():
        out.append(_f("TIM_NAMA_KOSONG", G, "Nama tim wajib diisi", VALIDASI_DATA))
    if jenis_tim(profile, tim.jenis) is None:
        pilihan = ", ".join(j.kode for j in profile.jenis_tim)
        out.append(_f("TIM_JENIS_TIDAK_DIKENAL", G,
                      f"Jenis tim '{tim.jenis}' tidak dikenal oleh {profile.singkat} (pilihan: "
                      f"{pilihan})", VALIDASI_DATA))
    if tim.unit_pemilik_id is None or tim.unit_pemilik_id not in struktur.unit_by_id:
        out.append(_f("TIM_UNIT_PEMILIK_KOSONG", G, "Unit pemilik kinerja wajib dipilih",
                      umum("KH Pasal 8 ayat (3); BT Lampiran II huruf B angka 4; Pekalongan Pasal 12 "
                           "(unit pemilik kinerja)")))
    if tim.mulai is None or tim.selesai is None:
        out.append(_f("TIM_PERIODE_KOSONG", G,
                      "Periode tim (tanggal mulai dan selesai) wajib diisi: penugasan berlaku "
                      "untuk periode waktu tertentu",
                      umum("KH Pasal 1 (Penugasan); Pasuruan Pasal 1 angka 27")))
    elif tim.selesai < tim.mulai:
        out.append(_f("TIM_PERIODE_TERBALIK", G, "Tanggal selesai lebih awal dari tanggal mulai",
                      VALIDASI_DATA))
    seen: set[int] = set()
    for a in tim.anggota:
        p = struktur.pegawai_by_id.get(a.pegawai_id)
        if p is None:
            out.append(_f("ANGGOTA_TIDAK_ADA", G, f"Pegawai #{a.pegawai_id} tidak ditemukan",
                          VALIDASI_DATA))
            continue
        if a.pegawai_id in seen:
            out.append(_f("ANGGOTA_GANDA", G, f"{p.nama_lengkap} tercantum lebih dari sekali",
                          VALIDASI_DATA, p))
        seen.add(a.pegawai_id)
        if not p.aktif:
            out.append(_f("ANGGOTA_TIDAK_AKTIF", G, f"{p.nama_lengkap} tidak aktif",
                          VALIDASI_DATA, p))
    return out


def _cek_durasi(tim: Tim, jenis: JenisTim) -> list[Finding]:
    if tim.mulai is None or tim.selesai is None or tim.selesai < tim.mulai:
        return []
    alasan = jenis.cek_durasi(tim.mulai, tim.selesai)
    if alasan is None:
        return []
    return [_f("TIM_DURASI", jenis.tingkat, alasan, jenis.dasar)]


def _cek_tahun_anggaran(tim: Tim, jenis: JenisTim) -> list[Finding]:
    """Pekalongan Pasal 11(2): a penugasan for one output "dalam satu tahun anggaran" — the
    Kelompok Kerja (squad) does not run across a year end, nor outside its tahun anggaran."""
    dasar = jenis.satu_tahun_anggaran
    if dasar is None or tim.mulai is None or tim.selesai is None or tim.selesai < tim.mulai:
        return []
    if tim.selesai.year != tim.mulai.year:
        return [_f("TIM_LINTAS_TAHUN_ANGGARAN", G,
                   f"{jenis.nama} dilaksanakan dalam satu tahun anggaran; periode "
                   f"{tanggal(tim.mulai)} s.d. {tanggal(tim.selesai)} melewati akhir tahun "
                   f"{tim.mulai.year}", dasar)]
    if tim.tahun_anggaran is not None and tim.tahun_anggaran != tim.mulai.year:
        return [_f("TIM_LINTAS_TAHUN_ANGGARAN", G,
                   f"{jenis.nama} dilaksanakan dalam satu tahun anggaran; periode tim "
                   f"({tim.mulai.year}) berada di luar Tahun Anggaran {tim.tahun_anggaran}",
                   dasar)]
    return []


def _cek_kebutuhan(tim: Tim, profile: RegulationProfile) -> list[Finding]:
    out: list[Finding] = []
    for q in profile.pertanyaan_kebutuhan_tim:
        answer = tim.jawaban(q.kode)
        if answer is None:
            out.append(_f("KEBUTUHAN_TIM_BELUM_DIJAWAB", W,
                          f"Pertanyaan kebutuhan tim belum dijawab: {q.pertanyaan}", q.dasar))
        elif not answer:
            note = next((c for c in profile.catatan if "individual" in c), "")
            out.append(_f("KEBUTUHAN_TIM_TIDAK_TERPENUHI", G,
                          f"Syarat pembentukan Tim Kerja tidak terpenuhi ({q.pertanyaan} — "
                          f"tidak). {note}".strip(), q.dasar))
    return out


def overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _cek_beban(tim: Tim, struktur: Struktur,
               periode_lain: Mapping[int, Sequence[tuple[str, dt.date, dt.date]]],
               ambang: int) -> list[Finding]:
    if tim.mulai is None or tim.selesai is None:
        return []
    out: list[Finding] = []
    mine = (tim.mulai, tim.selesai)
    for a in tim.anggota:
        others = [o for o in periode_lain.get(a.pegawai_id, ()) if overlap(mine, (o[1], o[2]))]
        if len(others) + 1 > ambang:
            p = struktur.pegawai_by_id.get(a.pegawai_id)
            if p is None:
                continue
            names = "; ".join(o[0] for o in others)
            out.append(_f("BEBAN_KERJA_TINGGI", W,
                          f"{p.nama_lengkap} akan berada di {len(others) + 1} tim yang periodenya "
                          f"bertumpang tindih (ambang {ambang}): {names}", BEBAN_DASAR, p))
    return out


def galat(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.tingkat is Tingkat.GALAT]


class TimMelanggarAturan(RuleViolation):
    """Saving refused: the team breaks hard rules of the profile (all of them listed)."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        SistemKerjaError.__init__(
            self, "; ".join(f"{f.pesan} (dasar: {f.dasar})" for f in findings),
            code="melanggar_aturan")
        self.citation = findings[0].dasar if findings else ""
        self.findings = tuple(findings)
