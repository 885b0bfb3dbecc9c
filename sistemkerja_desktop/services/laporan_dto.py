"""Frozen read models of the report tracker (issue #11): a period of a schedule, a report row
(owed or submitted), a report's page, an item of *Perlu tindakan*. `as_json()` gives the CLI's
`--json` shape (the keys the issue names, plus a few extras); dates as ISO text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


@dataclass(frozen=True, slots=True)
class PeriodeRow:
    """One period of a schedule (`laporan jadwal`)."""

    urut: int
    label: str  # "Januari 2026", "Triwulan I 2026"
    mulai: dt.date
    selesai: dt.date
    jatuh_tempo: dt.date

    def as_json(self) -> dict[str, Any]:
        return {"periode": self.label, "urut": self.urut, "mulai": _iso(self.mulai),
                "selesai": _iso(self.selesai), "jatuh_tempo": _iso(self.jatuh_tempo)}


@dataclass(frozen=True, slots=True)
class MenungguLaporan:
    """The step a sent report waits for: its role(s) as the regulation names them and the
    holder(s) on the date (several for "dan/atau" steps; `nip` is the first)."""

    peran: str  # LangkahLaporan.label
    nip: str
    nama: str
    jabatan: str
    semua_nip: tuple[str, ...] = ()  # every holder who may act

    def as_json(self) -> dict[str, Any]:
        return {"peran": self.peran, "nip": self.nip, "nama": self.nama,
                "jabatan": self.jabatan}


@dataclass(frozen=True, slots=True)
class LaporanRingkas:
    """A report owed or submitted, evaluated at a date (`laporan daftar`). `id` is None for a
    periodic report nobody has started (status belum)."""

    id: int | None
    jenis: str  # JenisLaporan value: individu / anggota / ketua
    tim_id: int | None
    tim_nama: str  # "" for an individual assignment
    permohonan_id: int | None  # the individual assignment (permohonan penugasan)
    unit: str  # path of the team's unit pemilik kinerja, or the pelapor's unit
    pelapor_id: int
    pelapor_nip: str
    pelapor_nama: str
    periode: str  # label; "Permintaan sewaktu-waktu" for an ad-hoc report
    periode_urut: int | None
    mulai: dt.date | None
    selesai: dt.date | None
    jatuh_tempo: dt.date
    status: str  # StatusLaporan value
    terlambat: bool
    hari_terlambat: int
    dikirim: dt.date | None = None
    diterima: dt.date | None = None
    progres: int | None = None
    menunggu: MenungguLaporan | None = None
    ada_permasalahan: bool = False
    diminta_oleh: str = ""  # PeranLaporan value of who asked (ad-hoc)
    versi: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "tim_id": self.tim_id, "periode": self.periode,
                "jatuh_tempo": _iso(self.jatuh_tempo), "status": self.status,
                "terlambat": self.terlambat, "hari_terlambat": self.hari_terlambat,
                "menunggu": self.menunggu.as_json() if self.menunggu else None,
                "jenis": self.jenis, "tim": self.tim_nama, "permohonan_id": self.permohonan_id,
                "periode_urut": self.periode_urut, "pelapor_nip": self.pelapor_nip,
                "pelapor": self.pelapor_nama, "dikirim": _iso(self.dikirim),
                "diterima": _iso(self.diterima), "progres": self.progres,
                "permasalahan": self.ada_permasalahan}


@dataclass(frozen=True, slots=True)
class LangkahTinjauan:
    """A step of a report's review chain as shown on its page."""

    urut: int
    peran: str  # label ("Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja")
    keterangan: str
    dasar: str  # the Pasal
    pemegang: str  # "Nama (Jabatan)" of the holder(s) on the date, "" if unknown
    keadaan: str  # "selesai" / "menunggu" / "akan datang"


@dataclass(frozen=True, slots=True)
class RiwayatRow:
    aksi: str  # kirim / terima / kembalikan / minta / draf / selesai
    peran: str
    nama: str
    tanggal: dt.date
    catatan: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"aksi": self.aksi, "peran": self.peran, "nama": self.nama,
                "tanggal": _iso(self.tanggal), "catatan": self.catatan}


@dataclass(frozen=True, slots=True)
class CapaianItem:
    indikator: str
    capaian: str
    indikator_id: int | None = None
    target: str = ""
    satuan: str = ""


@dataclass(frozen=True, slots=True)
class Eskalasi:
    """Who a report's permasalahan & kendala goes to, in order (the PUO; lintas unit: the PUO
    pemilik kinerja, then each member's PUO)."""

    peran: str
    nama: str
    jabatan: str
    dasar: str


@dataclass(frozen=True, slots=True)
class LaporanDetail:
    ringkas: LaporanRingkas
    narasi: str
    permasalahan: str
    rekomendasi: str
    capaian: tuple[CapaianItem, ...]
    rute: tuple[LangkahTinjauan, ...]
    riwayat: tuple[RiwayatRow, ...]
    lampiran: tuple[tuple[int, str, int], ...]  # (id, nama, ukuran)
    eskalasi: tuple[Eskalasi, ...]
    catatan_terakhir: str  # the last return note ("" if none)
    dasar_jadwal: str  # why the schedule has its frequency (the Pasal)

    def as_json(self) -> dict[str, Any]:
        out = self.ringkas.as_json()
        out.update({"narasi": self.narasi, "permasalahan_kendala": self.permasalahan,
                    "rekomendasi": self.rekomendasi,
                    "capaian": [{"indikator": c.indikator, "capaian": c.capaian}
                                for c in self.capaian],
                    "rute": [{"urut": r.urut, "peran": r.peran, "dasar": r.dasar,
                              "pemegang": r.pemegang, "keadaan": r.keadaan} for r in self.rute],
                    "riwayat": [r.as_json() for r in self.riwayat],
                    "eskalasi": [{"peran": e.peran, "nama": e.nama, "jabatan": e.jabatan}
                                 for e in self.eskalasi],
                    "catatan": self.catatan_terakhir})
        return out


@dataclass(frozen=True, slots=True)
class TindakanLaporan:
    """An item of *Perlu tindakan* for one person."""

    jenis: str  # "tinjau" (waits for his review) / "jatuh-tempo" (his report due or late) /
    #             "perbaikan" (his report returned with a note)
    laporan: LaporanRingkas
    keterangan: str  # one line in Indonesian ("Menunggu tinjauan Anda sejak 3 hari")


@dataclass(frozen=True, slots=True)
class PenungguLaporan:
    """Someone reports wait for (to review, or to write)."""

    nip: str
    nama: str
    jabatan: str
    jumlah: int


@dataclass(frozen=True, slots=True)
class PenutupanInfo:
    """Who may declare a team's work selesai, and whether it can be now."""

    peran: str  # PeranLaporan value
    sebutan: str  # as the regulation names the official
    dasar: str
    pemegang_nip: str
    pemegang_nama: str
    bisa: bool
    alasan: tuple[str, ...] = field(default=())  # why not yet (reports not accepted …)
    ditutup: dt.date | None = None  # already declared selesai on
    ditutup_oleh: str = ""
    # The levels the results pass on their way up (domain.laporan_penutupan):
    # (jabatan, nama, keadaan "selesai" / "menunggu" / "akan datang"), the closing official last.
    rantai: tuple[tuple[str, str, str], ...] = ()
    # Who acts next on the way up (berjenjang): a level below the closing official passes the
    # results on ("teruskan"), the closing official accepts them ("terima" = selesai).
    berikut_nip: str = ""
    berikut_nama: str = ""
    berikut_jabatan: str = ""
    aksi: str = ""  # "teruskan" / "terima" / "" (nothing to do yet, or closed)
