"""Who signs a team's SK / Surat Tugas by default: the roles the profile names for the
instrument (`AturanDokumen.penandatangan`), resolved to the holder of that position.

- Kapuas Hulu Surat Tugas, Pasal 10(3): the Pejabat Penilai Kinerja or the Pimpinan Unit
  Organisasi of the team (the holder of the pejabat pemilik kinerja position, else the head of
  the unit pemilik kinerja) — not always the Kepala Dinas;
- Barito Timur SK Tim Kerja: the Kepala PD and/or the PUO pemilik kinerja;
- Pekalongan, the Keputusan appointing a squad ketua (Pasal 13(2)): the Kepala Unit Organisasi
  pemilik kinerja;
- a Keputusan Sekretaris Daerah: the saved signer whose jabatan names the Sekretaris Daerah.

A signer derived from a position prefers a saved signer profile with the same NIP (its own
capacity, not an a.n. one). A signer chosen explicitly always wins; when no role resolves, the
default of the naskah settings, then the first saved signer, then the head of the PD."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models_tim import PenandatanganRow
from sistemkerja_desktop.domain.errors import NotFoundError
from sistemkerja_desktop.domain.naskah import BentukTtd, Penandatangan
from sistemkerja_desktop.domain.organisasi import Position, Struktur
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import (
    Bentuk,
    JenisDokumen,
    Lingkup,
    Peran,
    RegulationProfile,
)
from sistemkerja_desktop.domain.tim import AsalAnggota, Tim, lingkup_tim
from sistemkerja_desktop.services.naskah_settings import PengaturanNaskah, signer_from_row

_DOKUMEN = {
    JenisNaskah.SURAT_TUGAS: (JenisDokumen.SURAT_TUGAS, JenisDokumen.SURAT_PENUGASAN),
    JenisNaskah.SK_KEPALA_PD: (JenisDokumen.SK_KEPALA_PD, JenisDokumen.SK_TIM_KERJA),
    JenisNaskah.SK_SEKDA: (JenisDokumen.SK_SEKDA,),
    JenisNaskah.SK_KEPALA_UNIT: (JenisDokumen.SK_KEPALA_UNIT,),
}
_BAWAAN = {JenisNaskah.SK_SEKDA: (Peran.SEKDA,), JenisNaskah.SK_KEPALA_PD: (Peran.KEPALA_PD,),
           JenisNaskah.SK_KEPALA_UNIT: (Peran.PUO_PEMILIK_KINERJA,)}
_LINGKUP = {AsalAnggota.DALAM_UNIT: Lingkup.DALAM_UNIT,
            AsalAnggota.LINTAS_UNIT: Lingkup.LINTAS_UNIT, AsalAnggota.LINTAS_PD: Lingkup.LINTAS_PD,
            AsalAnggota.LINTAS_INSTANSI: Lingkup.LINTAS_INSTANSI}
_LABEL = {Peran.KEPALA_PD: "Kepala PD", Peran.PPK_PEGAWAI: "Pejabat pemilik kinerja",
          Peran.PUO_PEGAWAI: "Pimpinan unit pemilik kinerja",
          Peran.PUO_PEMILIK_KINERJA: "Pimpinan unit pemilik kinerja"}


def peran_penandatangan(profile: RegulationProfile, jenis: JenisNaskah,
                        tim: Tim) -> tuple[Peran, ...]:
    """The roles that sign `jenis` for this team, in the profile's order."""
    kinds = _DOKUMEN[jenis]
    rows = [r for r in profile.dokumen if r.dokumen in kinds and r.bentuk in (None, Bentuk.TIM)]
    lingkup = _LINGKUP[lingkup_tim(tim)]  # refused members do not widen it
    exact = [r for r in rows if r.cocok(lingkup, Bentuk.TIM)]
    row = (exact or rows or [None])[0]
    return row.penandatangan if row is not None else _BAWAAN.get(jenis, ())


def pilih_penandatangan(s: Session, jenis: JenisNaskah, p: PengaturanNaskah, struktur: Struktur,
                        profile: RegulationProfile, tims: Sequence[Tim],
                        signer_id: int | None) -> Penandatangan | None:
    """The signer of a new document: chosen > the profile's roles > settings > first > Kepala PD."""
    if signer_id:
        row = s.get(PenandatanganRow, signer_id)
        if row is None:
            raise NotFoundError(f"Penandatangan #{signer_id} tidak ditemukan")
        return signer_from_row(row)
    saved = list(s.scalars(select(PenandatanganRow).where(PenandatanganRow.aktif)
                           .order_by(PenandatanganRow.id)))
    roles = peran_penandatangan(profile, jenis, tims[0]) if tims else _BAWAAN.get(jenis, ())
    for role in roles:
        found = dari_peran(role, tims[0], struktur, saved) if tims else None
        if found is not None:
            return found
    if Peran.SEKDA in roles:  # a Keputusan Sekretaris Daerah: never the PD's own signer
        return None
    wanted = p.penandatangan_st_id if jenis is JenisNaskah.SURAT_TUGAS else p.penandatangan_sk_id
    row = next((r for r in saved if r.id == wanted), None) or (saved[0] if saved else None)
    if row is not None:
        return signer_from_row(row)
    return kepala_pd(struktur)


def dari_peran(role: Peran, tim: Tim, struktur: Struktur,
               saved: Sequence[PenandatanganRow]) -> Penandatangan | None:
    if role is Peran.SEKDA:
        found = [r for r in saved if "SEKRETARIS DAERAH" in r.jabatan.upper()]
        return signer_from_row(found[0]) if found else None
    pos: Position | None = None
    if role is Peran.KEPALA_PD:
        pos = _pimpinan_pd(struktur)
    elif role is Peran.PPK_PEGAWAI:
        pos = struktur.position_by_id.get(tim.pemilik_kinerja_position_id or -1)
        if pos is None and tim.unit_pemilik_id is not None:
            pos = struktur.pimpinan_of(tim.unit_pemilik_id)
    elif role in (Peran.PUO_PEGAWAI, Peran.PUO_PEMILIK_KINERJA) and tim.unit_pemilik_id:
        pos = struktur.pimpinan_of(tim.unit_pemilik_id)
    if pos is None:
        return None
    derived = dari_jabatan(pos, struktur, _LABEL.get(role, ""))
    if derived is None:
        return None
    same = [r for r in saved if r.nip and r.nip == derived.nip and r.bentuk != BentukTtd.AN.value]
    return signer_from_row(same[0]) if same else derived


def _pimpinan_pd(struktur: Struktur) -> Position | None:
    root = next((u for u in struktur.units if u.parent_id is None), None)
    return struktur.pimpinan_of(root.id) if root else None


def dari_jabatan(pos: Position, struktur: Struktur, label: str = "") -> Penandatangan | None:
    """A signer from the holder of a position: 'KEPALA BIDANG …' over the PD's name (or the
    Pemda for the head of the PD); Plt./Plh. from how the position is filled."""
    holder = struktur.holder(pos.id)
    if holder is None:
        return None
    pd = struktur.pd
    atas = pd.pemda.upper() if pos == _pimpinan_pd(struktur) or pd.nama.upper() in \
        pos.nama.upper() else f"{pd.nama.upper()} {pd.pemda.upper()}".strip()
    bentuk = {"Plt.": BentukTtd.PLT, "Plh.": BentukTtd.PLH}.get(pos.pengisian.value,
                                                               BentukTtd.DEFINITIF)
    return Penandatangan(jabatan=f"{pos.nama.upper()}\n{atas}", nama=holder.nama_lengkap,
                         nip=holder.nip, pangkat=holder.golongan.tampil if holder.golongan else "",
                         nama_tanpa_gelar=holder.nama, bentuk=bentuk, label=label)


def kepala_pd(struktur: Struktur) -> Penandatangan | None:
    pos = _pimpinan_pd(struktur)
    return dari_jabatan(pos, struktur, "Kepala PD") if pos else None
