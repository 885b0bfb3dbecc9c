"""Permohonan penugasan: a request by which a JF or Pelaksana is assigned work — by penunjukan
(a superior assigns) or pengajuan sukarela (the employee volunteers) — dalam unit, lintas unit or
lintas instansi, answered step by step along the chain its profile prescribes
(`domain.penugasan_alur`). Pure data and a state machine; the clock is passed in.

A request's `langkah` are the whole chain, the steps still to come included (keputusan MENUNGGU);
the current step is the first one still MENUNGGU. `transition` applies one action of one actor
and returns the new request; it raises `InvalidTransition` (nothing to act on / an action the
step does not allow), `PermissionDenied` (not the person the step waits for, naming who it waits
for) or `ValidationError` (a refusal without its reason).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sistemkerja_desktop.domain.errors import InvalidTransition, PermissionDenied, ValidationError
from sistemkerja_desktop.domain.profiles.base import Peran


class JenisPenugasan(StrEnum):
    PENUNJUKAN = "penunjukan"  # a superior assigns
    SUKARELA = "sukarela"  # the employee volunteers (pengajuan sukarela)


class LingkupPenugasan(StrEnum):
    DALAM_UNIT = "dalam-unit"
    LINTAS_UNIT = "lintas-unit"
    LINTAS_INSTANSI = "lintas-instansi"


class Arah(StrEnum):
    """Seen from this agency: a request inside it, one it sends to another instansi, or one it
    receives from another instansi (the other agency's letter registered here)."""

    DALAM = "dalam"
    KELUAR = "keluar"
    MASUK = "masuk"


class StatusPermohonan(StrEnum):
    MENUNGGU = "menunggu"
    DISETUJUI = "disetujui"
    DITOLAK = "ditolak"
    DIBATALKAN = "dibatalkan"


class Keputusan(StrEnum):
    """What a step of the chain decided (MENUNGGU: not yet)."""

    MENUNGGU = "menunggu"
    SETUJU = "setuju"
    TOLAK = "tolak"
    REKOMENDASI = "rekomendasi"
    DITERUSKAN = "diteruskan"


class Aksi(StrEnum):
    SETUJUI = "setujui"
    TOLAK = "tolak"
    REKOMENDASI = "rekomendasi"
    TERUSKAN = "teruskan"
    BATALKAN = "batalkan"  # by the pemohon, while the request waits


class JenisSurat(StrEnum):
    """The letters the chains produce."""

    PERMOHONAN = "surat-permohonan"  # pelibatan / penugasan
    JAWABAN = "surat-jawaban"  # setuju with the list of names, or tolak with the reasons
    PENUGASAN = "surat-penugasan"  # surat penugasan / Surat Tugas for the individual


class Pihak(StrEnum):
    KITA = "kita"  # a position of this agency: the person holding it acts in the app
    MEREKA = "mereka"  # the other instansi: its answer is recorded here from its letter


# What each action writes on the step it answers.
KEPUTUSAN_AKSI: dict[Aksi, Keputusan] = {
    Aksi.SETUJUI: Keputusan.SETUJU, Aksi.TOLAK: Keputusan.TOLAK,
    Aksi.REKOMENDASI: Keputusan.REKOMENDASI, Aksi.TERUSKAN: Keputusan.DITERUSKAN,
}


@dataclass(frozen=True, slots=True)
class IsiPermohonan:
    """The four contents the seeds require of a surat permohonan (KH Lampiran I B.2.a; BT
    Lampiran II C.1)(5); PK Pasal 15 ayat (6); BG Pasal 6; PS Lampiran BAB II B.2.a)."""

    maksud: str  # maksud dan tujuan
    kompetensi: str  # kompetensi/keahlian/keterampilan yang dibutuhkan
    target: str  # ekspektasi/target kinerja
    mulai: dt.date  # durasi (jangka waktu pelaksanaan tugas)
    selesai: dt.date

    def kurang(self) -> tuple[str, ...]:
        """The missing or wrong contents, in Indonesian (empty = complete)."""
        out = [label for label, value in (("maksud dan tujuan", self.maksud),
                                          ("kompetensi yang dibutuhkan", self.kompetensi),
                                          ("ekspektasi/target kinerja", self.target))
               if not value.strip()]
        if self.selesai < self.mulai:
            out.append("durasi: tanggal selesai sebelum tanggal mulai")
        return tuple(out)


@dataclass(frozen=True, slots=True)
class LangkahAlur:
    """One step of a chain, as the profile prescribes it."""

    peran: Peran
    aksi: frozenset[Aksi]  # what the step may do (TOLAK always with an alasan)
    pihak: Pihak = Pihak.KITA
    tembusan: tuple[Peran, ...] = ()
    surat: JenisSurat | None = None  # the letter this step produces, if any
    keterangan: str = ""  # e.g. "dengan rekomendasi Pimpinan Unit Organisasi"


@dataclass(frozen=True, slots=True)
class Langkah:
    """One step of a request's chain: who holds the role on the request's date, and what was
    decided (MENUNGGU: still to come)."""

    urut: int  # 1-based
    peran: Peran
    aksi: frozenset[Aksi]
    pihak: Pihak
    pegawai_id: int | None  # the person the step waits for (None: the other instansi / vacant)
    nip: str
    nama: str
    jabatan: str
    keputusan: Keputusan = Keputusan.MENUNGGU
    tanggal: dt.date | None = None
    catatan: str = ""
    dicatat_oleh_id: int | None = None  # who entered it (an answer of the other instansi)
    tembusan: tuple[Peran, ...] = ()
    surat: JenisSurat | None = None
    surat_nomor: str = ""
    surat_tanggal: dt.date | None = None
    surat_berkas: str = ""


@dataclass(frozen=True, slots=True)
class Permohonan:
    jenis: JenisPenugasan
    lingkup: LingkupPenugasan
    arah: Arah
    pegawai_ids: tuple[int, ...]  # the people to be assigned (external ones are eksternal rows)
    oleh_id: int  # who submitted it (the pemohon)
    unit_pemohon_id: int | None
    unit_tujuan_id: int | None  # target unit (lintas unit); None otherwise
    instansi: str  # the other instansi (lintas instansi); "" otherwise
    isi: IsiPermohonan
    tanggal: dt.date  # submitted
    langkah: tuple[Langkah, ...]
    dasar: str  # the Pasal of the chain
    status: StatusPermohonan = StatusPermohonan.MENUNGGU
    tim_id: int | None = None
    lisan: bool = False  # sukarela dalam unit: oral, only logged
    id: int | None = None
    versi: int = 0

    @property
    def langkah_sekarang(self) -> Langkah | None:
        if self.status is not StatusPermohonan.MENUNGGU:
            return None
        return next((x for x in self.langkah if x.keputusan is Keputusan.MENUNGGU), None)

    def umur_hari(self, today: dt.date) -> int:
        """Days since submission (for a closed request: until its last decision)."""
        end = today
        if self.status is not StatusPermohonan.MENUNGGU:
            end = max((x.tanggal for x in self.langkah if x.tanggal), default=today)
        return max(0, (end - self.tanggal).days)


def pencatat_id(p: Permohonan, step: Langkah) -> int | None:
    """Who may record `step`: its holder; a step of the other instansi (or a vacant position)
    is recorded from the letter by the pemohon on an outgoing request, and by the holder of the
    next step of ours otherwise (the one the letter reaches)."""
    if step.pihak is Pihak.KITA and step.pegawai_id is not None:
        return step.pegawai_id
    if p.arah is Arah.KELUAR or p.arah is Arah.DALAM:
        return p.oleh_id
    later = [x for x in p.langkah if x.urut > step.urut and x.pihak is Pihak.KITA
             and x.pegawai_id is not None]
    return later[0].pegawai_id if later else p.oleh_id


def transition(p: Permohonan, aksi: Aksi, actor_id: int, today: dt.date, *, catatan: str = "",
               surat_nomor: str = "", surat_tanggal: dt.date | None = None,
               nama_pelaku: str = "") -> Permohonan:
    """Apply `aksi` by `actor_id` on `today`. `nama_pelaku`: the waited-for person's name for
    the PermissionDenied message (the caller knows names; the domain only ids)."""
    if p.status is not StatusPermohonan.MENUNGGU:
        raise InvalidTransition(f"Permohonan sudah {p.status.value}: tidak ada langkah yang "
                                "menunggu")
    if aksi is Aksi.BATALKAN:
        if actor_id != p.oleh_id:
            raise PermissionDenied("Hanya pemohon yang dapat membatalkan permohonan")
        return dataclasses.replace(p, status=StatusPermohonan.DIBATALKAN)
    step = p.langkah_sekarang
    if step is None:  # pragma: no cover - a waiting request always has a waiting step
        raise InvalidTransition("Tidak ada langkah yang menunggu")
    if aksi not in step.aksi:
        boleh = ", ".join(sorted(a.value for a in step.aksi))
        raise InvalidTransition(f"Langkah {step.urut} ({step.peran.value}) tidak dapat "
                                f"'{aksi.value}' (yang dapat: {boleh})")
    waits_for = pencatat_id(p, step)
    if actor_id != waits_for:
        who = nama_pelaku or step.nama or step.peran.value
        raise PermissionDenied(f"Langkah {step.urut} menunggu {step.peran.value}"
                               f"{f' ({who})' if who != step.peran.value else ''}, bukan pegawai "
                               "yang bertindak ini")
    if aksi is Aksi.TOLAK and not catatan.strip():
        raise ValidationError("Penolakan wajib disertai alasan", field="alasan")
    done = dataclasses.replace(
        step, keputusan=KEPUTUSAN_AKSI[aksi], tanggal=today, catatan=catatan.strip(),
        dicatat_oleh_id=actor_id if actor_id != step.pegawai_id else None,
        surat_nomor=surat_nomor.strip() or step.surat_nomor,
        surat_tanggal=surat_tanggal or (today if surat_nomor.strip() else step.surat_tanggal))
    langkah = tuple(done if x.urut == step.urut else x for x in p.langkah)
    status = StatusPermohonan.MENUNGGU
    if aksi is Aksi.TOLAK:
        status = StatusPermohonan.DITOLAK
    elif all(x.keputusan is not Keputusan.MENUNGGU for x in langkah):
        status = StatusPermohonan.DISETUJUI
    return dataclasses.replace(p, langkah=langkah, status=status)

