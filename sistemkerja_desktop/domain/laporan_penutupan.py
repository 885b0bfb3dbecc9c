"""Who reviews a team's results on their way up, and who declares the work *selesai*.

The seeds review results level by level and name the official whose acceptance closes the work:

- Kapuas Hulu: "revieu atas hasil pelaksanaan tugas Tim Kerja atau individu oleh Pejabat Level 2
  dan Pejabat Level 1. Pelaksanaan dinyatakan selesai setelah Pejabat Level 1 menerima hasil
  pelaksanaan kegiatan" (Lampiran I huruf A angka 3); per unit organisasi the Level 1 is its head
  — Sekretaris Daerah, the PPT Pratama, or the Administrator / Pengawas / Pejabat Fungsional
  leading a unit such as a Puskesmas or Kecamatan (Lampiran I huruf B angka 1 huruf a–g).
- Barito Timur: each level "meninjau atau menyampaikan" to the next, the top "meninjau atau
  menerima" (Kepala Seksi → Kepala Bidang → Kepala Dinas; Kabag → Kabiro → Asisten → Sekda; RSUD
  → Direktur) (Lampiran I, tahap evaluasi per jenis Perangkat Daerah).
- Bungo: Kabag → Asisten → Sekda, Kabid → Kepala PD (Pasal 18, 21, 24, 30).
- Pasuruan: returned and accepted "secara berjenjang" at every level (Lampiran II huruf D).
- Pekalongan: the PPK evaluates and the Pimpinan Unit Organisasi accepts (Lampiran IV angka
  4.1.1 angka 4; 4.1.3) — one level; likewise the generic profile.

`rantai_penutupan` turns that into positions of this agency: the heads of the team's unit and
of each unit above it, up to the closing unit — the unit organisasi (closing role PUO), or the
unit kerja the team belongs to (a Puskesmas, RSUD, UPTD, Kecamatan … or a unit kerja mandiri)
and otherwise the Perangkat Daerah's top unit (closing role Kepala PD). Positions nobody leads
below the top are skipped; the top is kept even when vacant (the service then names it).
"""

from __future__ import annotations

from dataclasses import dataclass

from sistemkerja_desktop.domain.laporan import PeranLaporan
from sistemkerja_desktop.domain.laporan_alur import alur_laporan
from sistemkerja_desktop.domain.organisasi import Position, Struktur, Unit
from sistemkerja_desktop.domain.penugasan_peran import jabatan_posisi, unit_organisasi
from sistemkerja_desktop.domain.pola_unit import UNIT_KERJA, PetaUnit
from sistemkerja_desktop.domain.profiles.base import RegulationProfile


@dataclass(frozen=True, slots=True)
class TingkatPenutupan:
    """One level of the way up: the position, its holder on the date (None: vacant)."""

    position_id: int
    jabatan: str  # "Plt. Kepala Dinas …" as the position is filled
    pegawai_id: int | None
    nama: str
    nip: str
    terakhir: bool  # the closing official: his acceptance declares the work selesai


def unit_penutup(profile: RegulationProfile | str, struktur: Struktur,
                 unit_id: int | None) -> Unit | None:
    """The unit whose head declares the work of a team of `unit_id` selesai."""
    if unit_id is None or unit_id not in struktur.unit_by_id:
        return None
    chain = list(struktur.ancestors(unit_id))
    if alur_laporan(profile).penutupan.peran is PeranLaporan.PUO:
        return unit_organisasi(struktur, unit_id)
    for unit in chain:
        if unit.mandiri or unit.jenis in UNIT_KERJA:
            return unit
    return chain[-1]


def rantai_penutupan(profile: RegulationProfile | str, struktur: Struktur,
                     unit_id: int | None, peta: PetaUnit | None = None
                     ) -> tuple[TingkatPenutupan, ...]:
    """The levels from the team's unit up to its closing official (see the module doc)."""
    puncak = unit_penutup(profile, struktur, unit_id)
    if puncak is None or unit_id is None:
        return ()
    peta = peta or PetaUnit(struktur)
    posisi: list[Position] = []
    for unit in struktur.ancestors(unit_id):
        pos = peta.kepala(unit.id) or struktur.pimpinan_of(unit.id)
        top = unit.id == puncak.id
        if pos is not None and (top or not pos.kosong) and pos not in posisi:
            posisi.append(pos)
        if top:
            break
    out = []
    for i, pos in enumerate(posisi):
        holder = struktur.holder(pos.id)
        out.append(TingkatPenutupan(
            pos.id, jabatan_posisi(pos), holder.id if holder else None,
            holder.nama_lengkap if holder else "", holder.nip if holder else "",
            i == len(posisi) - 1))
    return tuple(out)
