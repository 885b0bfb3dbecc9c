"""What *Riwayat perubahan* shows (issue #8): one audit row with what it is about, and the
before/after comparison. Plain data for the CLI and the GUI; no database, no Qt."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

# Audited tables, in the order a user thinks of them, with their Indonesian labels.
TABEL_LABEL: dict[str, str] = {
    "pegawai": "Pegawai",
    "kedudukan": "Kedudukan",
    "posisi": "Jabatan PPK",
    "unit": "Unit kerja",
    "perangkat_daerah": "Perangkat Daerah",
    "tim": "Tim kerja",
    "anggota_tim": "Anggota tim",
    "tugas_tim": "Tugas tim",
    "dokumen_tim": "Naskah tim",
    "nomor_register": "Register nomor",
    "pola_nomor": "Pola nomor",
    "penandatangan": "Penandatangan",
    "pengaturan_naskah": "Pengaturan naskah",
    "permohonan_penugasan": "Permohonan penugasan",
    "permohonan_pegawai": "Pegawai permohonan",
    "langkah_permohonan": "Langkah permohonan",
    "lampiran_permohonan": "Lampiran permohonan",
    "indikator_kinerja": "Indikator kinerja",
    "dukungan_indikator": "Dukungan indikator",
    "laporan": "Laporan",
    "capaian_laporan": "Capaian laporan",
    "riwayat_laporan": "Riwayat laporan",
    "lampiran_laporan": "Lampiran laporan",
    "penutupan_tim": "Penutupan tim",
}

AKSI_LABEL = {"tambah": "tambah", "ubah": "ubah", "hapus": "hapus"}
_HIDDEN = ("id", "uuid")  # keys never worth comparing (id is empty on a new record)
KOSONG = "—"
_SHOWN = 10  # integrity_check lines shown in the text report


def tabel_label(tabel: str) -> str:
    return TABEL_LABEL.get(tabel, tabel)


def tampil(value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return KOSONG
    if value is True:
        return "ya"
    if value is False:
        return "tidak"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parse_json(text: str | None) -> dict[str, Any] | None:
    """The stored before/after text; text that is not a JSON object (edited outside the
    application) is kept whole under the key "?" rather than raising."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except (ValueError, TypeError):
        return {"?": text}
    return value if isinstance(value, dict) else {"?": value}


@dataclass(frozen=True, slots=True)
class BarisBanding:
    """One field side by side; `sebelum`/`sesudah` are display text."""

    kolom: str
    sebelum: str
    sesudah: str
    berubah: bool


@dataclass(frozen=True, slots=True)
class RiwayatRow:
    id: int
    waktu: dt.datetime  # aware, local time
    pelaku: str  # the OS user
    pengguna: str  # the name chosen in the app ("" = none)
    tabel: str
    record_uuid: str
    rujukan: str  # what the row is about: "NIP nama" for a person, else a name
    nip: str  # the pegawai's NIP when the row is about a person, else ""
    aksi: str
    sebelum: dict[str, Any] | None
    sesudah: dict[str, Any] | None
    keterangan: str

    @property
    def pelaku_tampil(self) -> str:
        return f"{self.pengguna} ({self.pelaku})" if self.pengguna else self.pelaku

    @property
    def waktu_tampil(self) -> str:
        return f"{self.waktu:%d-%m-%Y %H.%M.%S}"

    def kolom(self) -> list[str]:
        keys = set(self.sebelum or {}) | set(self.sesudah or {})
        return sorted(k for k in keys if k not in _HIDDEN)

    def kolom_berubah(self) -> list[str]:
        before, after = self.sebelum or {}, self.sesudah or {}
        return [k for k in self.kolom() if before.get(k) != after.get(k)
                or (k in before) != (k in after)]

    def ringkasan(self, batas: int = 140) -> str:
        if self.aksi == "tambah":
            text = "data baru"
        elif self.aksi == "hapus":
            text = "data dihapus"
        else:
            before, after = self.sebelum or {}, self.sesudah or {}
            text = "; ".join(f"{k}: {tampil(before.get(k))} → {tampil(after.get(k))}"
                             for k in self.kolom_berubah()) or "tanpa perubahan isi"
        if self.keterangan:
            text = f"{text} — {self.keterangan}"
        return text if len(text) <= batas else text[:batas - 1] + "…"

    def banding(self, rujukan: dict[tuple[str, Any], str] | None = None) -> list[BarisBanding]:
        """The fields side by side. `rujukan` names referenced records: (key, value) → text,
        e.g. ("pegawai_id", 5) → "NIP nama"."""
        before, after = self.sebelum or {}, self.sesudah or {}
        names = rujukan or {}

        def text(key: str, source: dict[str, Any]) -> str:
            if key not in source:
                return ""
            value = source[key]
            shown = tampil(value)
            name = names.get((key, value))
            return f"{shown} ({name})" if name else shown

        changed = set(self.kolom_berubah())
        return [BarisBanding(k, text(k, before), text(k, after), k in changed)
                for k in self.kolom()]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "waktu": self.waktu.isoformat(timespec="seconds"),
                "pelaku": self.pelaku, "pengguna": self.pengguna, "tabel": self.tabel,
                "record_uuid": self.record_uuid, "rujukan": self.rujukan,
                "nip": self.nip or None, "aksi": self.aksi, "sebelum": self.sebelum,
                "sesudah": self.sesudah, "keterangan": self.keterangan}


@dataclass(frozen=True, slots=True)
class HasilPeriksaBerkas:
    """`periksa-berkas`: SQLite's integrity check and the audit chain."""

    berkas: str
    integritas: tuple[str, ...]  # PRAGMA integrity_check lines; ("ok",) when whole
    baris_audit: int  # audit rows checked
    rantai_rusak: int  # broken places in the chain
    pesan_rantai: str  # the first broken place, in Indonesian ("" = intact)
    id_rusak: int | None = None
    waktu_rusak: str = ""
    tabel_rusak: str = ""
    aksi_rusak: str = ""
    jenis_rusak: str = ""
    server: bool = False  # a PostgreSQL server: no file structure to check here

    @property
    def integritas_ok(self) -> bool:
        return self.integritas == ("ok",)

    @property
    def rantai_ok(self) -> bool:
        return not self.pesan_rantai

    @property
    def ok(self) -> bool:
        return self.integritas_ok and self.rantai_ok

    def baris_laporan(self) -> list[str]:
        """The result as lines of Indonesian text."""
        lines = [f"{'Basis data' if self.server else 'Berkas data'}: {self.berkas}"]
        if self.server:
            lines.append("Struktur penyimpanan: dijaga server PostgreSQL (admin server).")
        elif self.integritas_ok:
            lines.append("Struktur berkas (SQLite integrity_check): utuh.")
        else:
            lines.append("Struktur berkas (SQLite integrity_check): RUSAK. Pesan SQLite:")
            lines.extend(f"  {line}" for line in self.integritas[:_SHOWN])
            if len(self.integritas) > _SHOWN:
                lines.append(f"  … dan {len(self.integritas) - _SHOWN} pesan lain.")
        if self.rantai_ok:
            lines.append(f"Log audit: {self.baris_audit} baris, rantai hash utuh.")
        else:
            lines.append(f"Log audit: {self.baris_audit} baris, rantai hash TERPUTUS di "
                         f"{self.rantai_rusak} tempat. Pertama: {self.pesan_rantai}")
        if self.ok:
            lines.append("Tidak ditemukan masalah.")
        elif self.server:
            lines.append("Basis data ini tidak diubah oleh pemeriksaan. Bila perubahan itu tidak "
                         "Anda kenal, minta admin server memulihkannya dari cadangan server.")
        else:
            lines.append("Berkas ini tidak diubah oleh pemeriksaan. Pulihkan dari cadangan bila "
                         "perubahan itu tidak Anda kenal (Berkas › Pulihkan dari cadangan).")
        return lines

    def as_json(self) -> dict[str, Any]:
        rusak = None if self.rantai_ok else {
            "jenis": self.jenis_rusak, "id": self.id_rusak, "waktu": self.waktu_rusak,
            "tabel": self.tabel_rusak, "aksi": self.aksi_rusak, "pesan": self.pesan_rantai}
        return {"berkas": self.berkas, "ok": self.ok,
                "integritas": {"ok": self.integritas_ok, "pesan": list(self.integritas)},
                "rantai_audit": {"ok": self.rantai_ok, "baris": self.baris_audit,
                                 "tempat_rusak": self.rantai_rusak, "pertama": rusak}}
