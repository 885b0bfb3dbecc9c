"""The instrument a profile prescribes to fix a team, with its signer roles and citation.

KH Pasal 10(1)–(3) by scope (Keputusan Sekretaris Daerah lintas instansi, Keputusan Kepala PD
antar Unit Organisasi, surat tugas dalam Unit Organisasi); BT Lampiran II huruf A angka 7 (Surat
Keputusan Tim Kerja); Pekalongan Pasal 12 ayat (3) and (5) (Keputusan Kepala PD); Bungo Pasal
9 ayat (4) ([surat] tugas Kepala PD/Unit Kerja); Pasuruan Pasal 10 ayat (4) and Lampiran BAB II
huruf B angka 2 (surat penugasan; no SK Tim). `InstrumenTim.naskah` is what the app prints
(a Surat Tugas layout or a Keputusan), `dokumen`/`judul` what the Perbup calls it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import (
    AturanDokumen,
    Bentuk,
    JenisDokumen,
    JenisTim,
    Lingkup,
    Peran,
    RegulationProfile,
)
from sistemkerja_desktop.domain.tim import AsalAnggota

_LINGKUP = {AsalAnggota.DALAM_UNIT: Lingkup.DALAM_UNIT, AsalAnggota.LINTAS_UNIT: Lingkup.LINTAS_UNIT,
            AsalAnggota.LINTAS_PD: Lingkup.LINTAS_PD,
            AsalAnggota.LINTAS_INSTANSI: Lingkup.LINTAS_INSTANSI}


@dataclass(frozen=True, slots=True)
class InstrumenTim:
    naskah: JenisNaskah  # the layout the app prints
    dokumen: JenisDokumen  # the instrument as the Perbup names it
    penandatangan: tuple[Peran, ...]  # who signs, in the order to propose
    dasar: str  # str(Citation)
    catatan: str = ""

    @property
    def judul(self) -> str:
        """The document's title: "Surat Penugasan" (Pasuruan), "Surat Tugas", "Keputusan
        Kepala Perangkat Daerah", "Surat Keputusan Tim Kerja" (Barito Timur), …"""
        return self.dokumen.value


def naskah_untuk(dokumen: JenisDokumen) -> JenisNaskah:
    """The printed layout for an instrument: surat tugas/penugasan share the Surat Tugas
    layout; every Keputusan but the Sekretaris Daerah's is a Keputusan Kepala PD."""
    if dokumen in (JenisDokumen.SURAT_TUGAS, JenisDokumen.SURAT_PENUGASAN):
        return JenisNaskah.SURAT_TUGAS
    if dokumen is JenisDokumen.SK_SEKDA:
        return JenisNaskah.SK_SEKDA
    if dokumen is JenisDokumen.SK_KEPALA_UNIT:
        return JenisNaskah.SK_KEPALA_UNIT
    return JenisNaskah.SK_KEPALA_PD


def _instrumen(row: AturanDokumen) -> InstrumenTim:
    return InstrumenTim(naskah_untuk(row.dokumen), row.dokumen, row.penandatangan,
                        str(row.dasar), row.catatan)


def instrumen_tim(profile: RegulationProfile, jenis: JenisTim | None,
                  lingkup: AsalAnggota) -> InstrumenTim:
    """The instrument the profile prescribes for a team of this kind and scope (the widest
    origin of its members, `tim.lingkup_tim`)."""
    lk = _LINGKUP[lingkup]
    kode = jenis.kode if jenis else None
    rows = [r for r in profile.dokumen if r.cocok(lk, Bentuk.TIM, kode)]
    if jenis is not None and jenis.dokumen is not None:
        row = next((r for r in rows if r.dokumen is jenis.dokumen), None)
        if row is None:
            return InstrumenTim(naskah_untuk(jenis.dokumen), jenis.dokumen, (Peran.KEPALA_PD,),
                                str(jenis.dasar))
        return _instrumen(row)
    if rows:
        return _instrumen(rows[0])
    return InstrumenTim(JenisNaskah.SK_KEPALA_PD, JenisDokumen.SK_KEPALA_PD, (Peran.KEPALA_PD,),
                        str(profile.ketua.kategori_dasar))


def dokumen_tim(profile: RegulationProfile, jenis: JenisTim | None,
                lingkup: AsalAnggota) -> tuple[JenisNaskah, str]:
    """The printed kind of the prescribed instrument and its citation (`instrumen_tim`)."""
    instrumen = instrumen_tim(profile, jenis, lingkup)
    return instrumen.naskah, instrumen.dasar


def instrumen_ketua(jenis: JenisTim | None) -> InstrumenTim | None:
    """The separate Keputusan appointing the ketua, where the profile has one: Pekalongan
    Pasal 13 ayat (2), Keputusan Kepala Unit Organisasi Pemilik Kinerja for the Ketua Kelompok
    Kerja (squad). None elsewhere."""
    if jenis is None or jenis.penunjukan_ketua is None:
        return None
    return _instrumen(jenis.penunjukan_ketua)
