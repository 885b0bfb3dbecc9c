"""What the member list shows about a pegawai: name, NIP, jabatan, unit, pangkat, PPK, number of
active teams (from the structure and the workload)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.services.team_dto import Kandidat


@dataclass(frozen=True, slots=True)
class MemberInfo:
    """What the list shows about a pegawai (from the structure and the workload)."""

    pegawai_id: int
    nama: str
    nip_tampil: str = ""
    jabatan: str = ""
    unit: str = ""
    pangkat: str = ""
    jumlah_tim_aktif: int = 0
    ppk: str = ""  # "Kepala Bidang … — nama" (PegawaiListRow.ppk), "" when unknown


def member_info(struktur: Struktur, kandidat: Sequence[Kandidat],
                ppk: Mapping[int, str] | None = None) -> dict[int, MemberInfo]:
    """What the member list shows per pegawai; `ppk`: pegawai_id → their PPK."""
    counts = {k.pegawai_id: k.jumlah_tim_aktif for k in kandidat}
    out = {}
    for p in struktur.pegawai:
        unit = p.instansi_asal or "" if p.eksternal else struktur.unit_path(p.unit_id)
        out[p.id] = MemberInfo(p.id, p.nama_lengkap, p.nip_tampil,
                               p.jabatan.nama if p.jabatan else "", unit,
                               p.golongan.tampil if p.golongan else "", counts.get(p.id, 0),
                               (ppk or {}).get(p.id, ""))
    return out
