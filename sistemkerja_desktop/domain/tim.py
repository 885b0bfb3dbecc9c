"""Tim Kerja / Kelompok Kerja: the team, its members and its status machine.

A team (`Tim`) is owned by a unit pemilik kinerja, runs for a period (mulai–selesai, always
required: "periode waktu tertentu"), lists its tugas (diktum KEDUA of the SK) and its members.
Members come from the pegawai register; members from outside the unit pemilik kinerja are marked
by origin and wait for approval; a refused member stays on the roster with the reason but is
left out of the rules and the documents (`anggota_naskah`).

Sources: seeds_A.md C.1 (TimKerja, AnggotaTim), C.3.5 (lifecycle); seeds_B.md D.1.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from enum import StrEnum

from sistemkerja_desktop.domain.errors import InvalidTransition
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur


class StatusTim(StrEnum):
    DRAF = "draf"
    AKTIF = "aktif"
    SELESAI = "selesai"
    DIBATALKAN = "dibatalkan"


# (from, to) pairs allowed; everything else raises InvalidTransition.
TRANSISI: frozenset[tuple[StatusTim, StatusTim]] = frozenset({
    (StatusTim.DRAF, StatusTim.AKTIF),
    (StatusTim.DRAF, StatusTim.DIBATALKAN),
    (StatusTim.AKTIF, StatusTim.SELESAI),
    (StatusTim.AKTIF, StatusTim.DIBATALKAN),
    (StatusTim.AKTIF, StatusTim.DRAF),  # back to draft to rework the roster before re-issuing
})


def transition(status: StatusTim, tujuan: StatusTim) -> StatusTim:
    if status is tujuan:
        return status
    if (status, tujuan) not in TRANSISI:
        raise InvalidTransition(f"Status tim tidak dapat diubah dari {status.value} menjadi "
                                f"{tujuan.value}")
    return tujuan


class PeranTim(StrEnum):
    KETUA = "Ketua"
    ANGGOTA = "Anggota"


class AsalAnggota(StrEnum):
    DALAM_UNIT = "Dalam unit pemilik kinerja"
    LINTAS_UNIT = "Lintas unit"
    LINTAS_PD = "Lintas Perangkat Daerah"
    LINTAS_INSTANSI = "Lintas instansi"

    @property
    def luar(self) -> bool:
        return self is not AsalAnggota.DALAM_UNIT


class Persetujuan(StrEnum):
    """Approval of a member from outside the unit pemilik kinerja. The seeds assign an outside
    person only once the request is approved; a refusal comes with its reason (KH Lampiran I
    B.2.a.2 d; BT Lampiran II C.1)(3) d; Bungo Pasal 6(3) d; Pasuruan Lampiran BAB II B.2.a 2 d).
    A DITOLAK member is kept on the roster (with the reason) but is never a member in the rules
    nor in a document (`anggota_naskah`)."""

    TIDAK_PERLU = "tidak perlu"
    MENUNGGU = "menunggu persetujuan"
    DISETUJUI = "disetujui"
    DITOLAK = "ditolak"


class FrekuensiLaporan(StrEnum):
    BULANAN = "bulanan"
    TRIWULANAN = "triwulanan"
    SEMESTERAN = "semesteran"
    TAHUNAN = "tahunan"
    BERKALA = "berkala"  # "secara berkala": frequency set in the perjanjian tim kerja


@dataclass(frozen=True, slots=True)
class Anggota:
    """One member. `jabatan_dalam_tim` is free text ('Sekretaris') shown instead of the role."""

    pegawai_id: int
    peran: PeranTim = PeranTim.ANGGOTA
    jabatan_dalam_tim: str = ""
    asal: AsalAnggota | None = None  # None: derived from the unit pemilik kinerja
    persetujuan: Persetujuan | None = None  # None: derived from the origin
    alasan_persetujuan: str = ""  # why approval is needed / the approving letter
    pengganti: bool = False  # replacement ketua (Kapuas Hulu Lampiran I B.3.f)
    alasan_pengganti: str = ""  # kekosongan jabatan / perpindahan
    sementara: bool = False  # Ketua Tim Kerja sementara (acting ketua, Pekalongan Pasal 29)
    dasar_sementara: str = ""  # its appointment by the Kepala Unit Organisasi Pemilik Kinerja
    id: int = 0
    uuid: str = ""

    @property
    def label_peran(self) -> str:
        """The role as printed: the free-text jabatan dalam tim, else "Ketua Tim Kerja
        sementara" for an acting ketua (Pekalongan Pasal 29 ayat (1)), else the role."""
        return self.label_peran_untuk("")

    def label_peran_untuk(self, jenis_nama: str) -> str:
        """`label_peran` for a kind of team: the acting ketua of a Kelompok Kerja (squad) is
        the "Ketua Kelompok Kerja (squad) sementara" (Pekalongan Pasal 29 ayat (2))."""
        if self.jabatan_dalam_tim.strip():
            return self.jabatan_dalam_tim.strip()
        if self.sementara:
            if "kelompok kerja" in jenis_nama.lower():
                return "Ketua Kelompok Kerja (squad) sementara"
            return "Ketua Tim Kerja sementara"
        return self.peran.value

    @property
    def ditolak(self) -> bool:
        return self.persetujuan is Persetujuan.DITOLAK

    @property
    def menunggu(self) -> bool:
        return self.persetujuan is Persetujuan.MENUNGGU


@dataclass(frozen=True, slots=True)
class Tim:
    nama: str
    jenis: str  # JenisTim.kode of the profile
    unit_pemilik_id: int | None
    mulai: dt.date | None
    selesai: dt.date | None
    sasaran: str = ""  # the target / output / indikator the team serves
    pemilik_kinerja_position_id: int | None = None  # pejabat pemilik kinerja (position)
    penanggung_jawab_id: int | None = None  # pegawai
    tahun_anggaran: int | None = None
    sumber_biaya: str = ""  # "DPA Dinas Kesehatan Kabupaten Contoh Tahun Anggaran 2024"
    frekuensi_laporan: FrekuensiLaporan = FrekuensiLaporan.BULANAN
    status: StatusTim = StatusTim.DRAF
    tugas: tuple[str, ...] = ()
    anggota: tuple[Anggota, ...] = ()
    kebutuhan: tuple[tuple[str, bool], ...] = ()  # answers to the profile's "team needed?" questions
    menimbang: tuple[str, ...] = ()  # SK; empty = generated default
    mengingat: tuple[str, ...] = ()  # SK; empty = the PD's default list
    dasar: tuple[str, ...] = ()  # Surat Tugas; empty = the PD's default list
    tembusan: tuple[str, ...] = ()  # empty = the PD's default list
    id: int = 0
    uuid: str = ""

    @property
    def ketua(self) -> tuple[Anggota, ...]:
        """The (definitive) ketua: role KETUA, not an acting ketua."""
        return tuple(a for a in self.anggota if a.peran is PeranTim.KETUA and not a.sementara)

    @property
    def ketua_sementara(self) -> tuple[Anggota, ...]:
        """Acting ketua (Pekalongan Pasal 29), whatever their role."""
        return tuple(a for a in self.anggota if a.sementara)

    def aktif_pada(self, tanggal: dt.date) -> bool:
        return (self.status is StatusTim.AKTIF and self.mulai is not None
                and self.mulai <= tanggal and (self.selesai is None or tanggal <= self.selesai))

    def tambah_anggota(self, anggota: Anggota) -> Tim:
        return replace(self, anggota=(*self.anggota, anggota))

    def jawaban(self, kode: str) -> bool | None:
        return dict(self.kebutuhan).get(kode)


def dalam_subtree(struktur: Struktur, unit_id: int | None, akar_id: int | None) -> bool:
    """True if `unit_id` is `akar_id` or one of its descendants."""
    if unit_id is None or akar_id is None:
        return False
    return any(u.id == akar_id for u in struktur.ancestors(unit_id))


def asal_anggota(pegawai: Pegawai, unit_pemilik_id: int | None, struktur: Struktur) -> AsalAnggota:
    """Origin of a member relative to the unit pemilik kinerja. An external pegawai whose
    instansi names this Pemda is from another Perangkat Daerah, otherwise another instansi."""
    if pegawai.eksternal:
        pemda = struktur.pd.pemda.lower().strip()
        if pemda and pemda in pegawai.instansi_asal.lower():
            return AsalAnggota.LINTAS_PD
        return AsalAnggota.LINTAS_INSTANSI
    if unit_pemilik_id is None or dalam_subtree(struktur, pegawai.unit_id, unit_pemilik_id):
        return AsalAnggota.DALAM_UNIT
    return AsalAnggota.LINTAS_UNIT


def persetujuan_awal(asal: AsalAnggota) -> tuple[Persetujuan, str]:
    """Default approval state and the reason it is needed."""
    reason = {
        AsalAnggota.DALAM_UNIT: "",
        AsalAnggota.LINTAS_UNIT: "anggota dari unit lain: perlu persetujuan Pejabat Penilai "
                                 "Kinerja/Pimpinan Unit Organisasi tempat pegawai berada",
        AsalAnggota.LINTAS_PD: "anggota dari Perangkat Daerah lain: perlu persetujuan Kepala "
                               "Perangkat Daerah/Pimpinan Unit Organisasi asal",
        AsalAnggota.LINTAS_INSTANSI: "anggota dari instansi lain: perlu persetujuan Pejabat yang "
                                     "Berwenang instansi asal",
    }[asal]
    if asal is AsalAnggota.DALAM_UNIT:
        return Persetujuan.TIDAK_PERLU, reason
    return Persetujuan.MENUNGGU, reason


def lengkapi_anggota(tim: Tim, struktur: Struktur) -> Tim:
    """Fill the derived origin/approval of members that have none."""
    out = []
    for a in tim.anggota:
        p = struktur.pegawai_by_id.get(a.pegawai_id)
        if p is None:
            out.append(a)
            continue
        asal = a.asal or asal_anggota(p, tim.unit_pemilik_id, struktur)
        if a.persetujuan is None:
            status, alasan = persetujuan_awal(asal)
            a = replace(a, asal=asal, persetujuan=status,
                        alasan_persetujuan=a.alasan_persetujuan or alasan)
        else:
            a = replace(a, asal=asal)
        out.append(a)
    return replace(tim, anggota=tuple(out))


def anggota_naskah(tim: Tim) -> tuple[Anggota, ...]:
    """The members a document lists, in roster order: a refused (DITOLAK) member never; a
    pending (MENUNGGU) one is kept — a final print is refused while any exists, a draft marks
    them."""
    return tuple(a for a in tim.anggota if not a.ditolak)


def lingkup_tim(tim: Tim) -> AsalAnggota:
    """The widest origin among members (the team's scope: dalam unit … lintas instansi). A
    refused member does not widen it."""
    order = list(AsalAnggota)
    widest = AsalAnggota.DALAM_UNIT
    for a in anggota_naskah(tim):
        if a.asal is not None and order.index(a.asal) > order.index(widest):
            widest = a.asal
    return widest


def sidik_roster(tim: Tim, nip_by_pegawai: dict[int, str]) -> str:
    """A fingerprint of what an issued document states (who, in which role and order, the
    period, owner, target and tasks): an issued document whose stored fingerprint differs from
    the team's current one is out of date, and a new print takes a new number."""
    parts = [f"{nip_by_pegawai.get(a.pegawai_id, a.pegawai_id)}|{a.peran.value}|"
             f"{a.jabatan_dalam_tim.strip()}" + ("|sementara" if a.sementara else "")
             for a in anggota_naskah(tim)]
    # What the SK / Surat Tugas states besides the roster: period, owner, target and tasks.
    isi = [f"{tim.mulai}|{tim.selesai}|{tim.unit_pemilik_id}|{tim.sasaran.strip()}",
           *(x.strip() for x in tim.tugas)]
    return hashlib.sha256("\n".join([tim.nama.strip(), *parts, "--", *isi]).encode()
                          ).hexdigest()[:16]
