"""The audit log's hash chain (issue #8): each row's `hash` is SHA-256 over the previous row's hash
and this row's canonical text, so an edit made with an outside SQLite tool shows.

FROZEN: the stored hashes depend on `canonical_text` and `chain_hash` byte for byte (migration
0004 backfilled existing rows with them). Never change their output; a new format needs a new
function and a migration that re-chains.

The canonical text covers every column but `id` and `hash`: waktu (in one text form, whether it
comes from Python at insert time or is read back as SQLite's stored text), pelaku, pengguna,
tabel, record_uuid, aksi, sebelum, sesudah, keterangan.

Besides the chain, the id of the last audit row is kept as the file's anchor (SQLite's
`user_version`, written in the same transaction), so deleting the newest rows shows too.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

WAKTU_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite
FIRST_PREVIOUS = ""  # the "previous hash" of the first row


def waktu_text(value: dt.datetime | str | None) -> str:
    """One text form of a row's time: a datetime, or SQLite's stored text of it, give the same
    string. Text that is not a time is kept as it is (so it never matches a real time)."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    # == strftime(WAKTU_FORMAT), several times faster (the hook formats every new row)
    return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def canonical_text(*, waktu: dt.datetime | str | None, pelaku: object, pengguna: object,
                   tabel: object, record_uuid: object, aksi: object, sebelum: object,
                   sesudah: object, keterangan: object) -> str:
    """The row as one JSON array (compact, UTF-8 text kept as is). Values read from the file are
    used as stored: an integer put into a text column gives a different text than the string."""
    values = [waktu_text(waktu), pelaku, pengguna, tabel, record_uuid, aksi, sebelum, sesudah,
              keterangan]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"), default=repr)


def chain_hash(previous: str, canonical: str) -> str:
    return hashlib.sha256((previous + canonical).encode("utf-8")).hexdigest()


# ---- verification --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ChainRow:
    """An audit row as stored (`waktu` as its stored text)."""

    id: int
    waktu: str
    pelaku: object
    pengguna: object
    tabel: object
    record_uuid: object
    aksi: object
    sebelum: object
    sesudah: object
    keterangan: object
    hash: object

    def canonical(self) -> str:
        return canonical_text(waktu=self.waktu, pelaku=self.pelaku, pengguna=self.pengguna,
                              tabel=self.tabel, record_uuid=self.record_uuid, aksi=self.aksi,
                              sebelum=self.sebelum, sesudah=self.sesudah,
                              keterangan=self.keterangan)


class Kerusakan(enum.StrEnum):
    DIUBAH = "diubah"  # the row's content (or its hash) is not what was written
    HILANG = "hilang"  # one or more rows before this one were deleted
    TAMBAHAN = "tambahan"  # a row after the last one the application wrote
    EKOR_HILANG = "ekor_hilang"  # the newest rows were deleted
    TANPA_JANGKAR = "tanpa_jangkar"  # rows exist but the file's anchor is missing


@dataclass(frozen=True, slots=True)
class ChainBreak:
    kind: Kerusakan
    id: int  # the first broken row (for EKOR_HILANG: the last row that is still there, or 0)
    waktu: str
    tabel: str
    aksi: str
    hilang_dari: int = 0  # the missing ids, for HILANG / EKOR_HILANG
    hilang_sampai: int = 0

    def pesan(self) -> str:
        """Indonesian, naming the row."""
        rincian = f"{self.waktu}, tabel {self.tabel}, aksi {self.aksi}"
        baris = f"baris id {self.id} ({rincian})"
        rentang = (f"id {self.hilang_dari}" if self.hilang_dari == self.hilang_sampai
                   else f"id {self.hilang_dari}–{self.hilang_sampai}")
        match self.kind:
            case Kerusakan.DIUBAH:
                return (f"{baris}: isinya tidak sama dengan yang dicatat aplikasi (diubah di "
                        "luar aplikasi).")
            case Kerusakan.HILANG:
                return (f"baris {rentang} dihapus (terlihat pada baris berikutnya, id "
                        f"{self.id}: {rincian}).")
            case Kerusakan.TAMBAHAN:
                return f"{baris}: ditambahkan di luar aplikasi."
            case Kerusakan.EKOR_HILANG:
                return (f"baris terbaru {rentang} dihapus (baris terakhir yang tersisa: "
                        f"id {self.id}).")
            case Kerusakan.TANPA_JANGKAR:
                return ("penanda baris terakhir log audit tidak ada di berkas; baris terakhir "
                        f"id {self.id} tidak dapat dipastikan utuh.")
        raise AssertionError(self.kind)  # pragma: no cover


@dataclass(frozen=True, slots=True)
class ChainReport:
    rows: int  # rows checked
    breaks: int  # broken places found (the chain is resumed after each)
    first: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.first is None


def verify_chain(rows: Iterable[ChainRow], anchor: int) -> ChainReport:
    """Walk the rows in id order. `anchor`: the id of the last row the application wrote (0 for
    none). After a break the walk goes on from the stored hash, so later breaks are counted."""
    previous = FIRST_PREVIOUS
    previous_id = 0
    count = 0
    breaks: list[ChainBreak] = []
    past_anchor: ChainRow | None = None  # the first row after the anchor, if any
    for row in rows:
        count += 1
        if row.id > anchor and past_anchor is None:
            past_anchor = row
        expected = chain_hash(previous, row.canonical())
        if expected != row.hash:
            breaks.append(_classify(row, previous_id, anchor))
        previous = row.hash if isinstance(row.hash, str) else str(row.hash)
        previous_id = row.id
    if previous_id < anchor:
        breaks.append(ChainBreak(Kerusakan.EKOR_HILANG, previous_id, "", "", "",
                                 previous_id + 1, anchor))
    elif past_anchor is not None:
        if anchor == 0:
            breaks.append(ChainBreak(Kerusakan.TANPA_JANGKAR, previous_id, "", "", ""))
        elif not breaks:  # rows chained right, yet past the anchor
            breaks.append(_classify(past_anchor, past_anchor.id - 1, anchor))
    return ChainReport(rows=count, breaks=len(breaks), first=breaks[0] if breaks else None)


def _classify(row: ChainRow, previous_id: int, anchor: int) -> ChainBreak:
    common = (row.id, waktu_text(row.waktu), str(row.tabel), str(row.aksi))
    if anchor and row.id > anchor:
        return ChainBreak(Kerusakan.TAMBAHAN, *common)
    if row.id > previous_id + 1:
        return ChainBreak(Kerusakan.HILANG, *common, hilang_dari=previous_id + 1,
                          hilang_sampai=row.id - 1)
    return ChainBreak(Kerusakan.DIUBAH, *common)
