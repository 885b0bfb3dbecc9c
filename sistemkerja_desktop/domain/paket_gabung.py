"""The three-way merge of one record received in an exchange package (issue #12). Pure.

A record is a mapping of field → JSON value (references already as the UUIDs of the records they
point to). `dasar` is the common ancestor both sides last agreed on (known from an earlier
exchange or from the shared audit history), None when nothing is known. Per field:

- the same on both sides → nothing to do;
- only they changed it since `dasar` → take theirs; only we did → keep ours;
- both changed it to different values, or there is no `dasar` to tell → a conflict, which is
  never settled silently: the caller chooses *kita* or *mereka* per field.

A deletion on their side deletes our record only when we did not change it since their last
values; a record we deleted and they changed is a record-level conflict (`kolom` = REKAMAN).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

REKAMAN = "(rekaman)"  # the `kolom` of a conflict about the whole record (deleted vs changed)
DIHAPUS = "(dihapus)"  # how a deleted side shows in such a conflict
# A base saying "when we last agreed, this record was deleted" (a deletion refused by keeping
# the record: the keeper's record is then a change the other side takes).
DASAR_DIHAPUS: dict[str, Any] = {DIHAPUS: True}


def dasar_dihapus(dasar: Mapping[str, Any] | None) -> bool:
    return dasar is not None and dasar.get(DIHAPUS) is True


class Aksi(StrEnum):
    TAMBAH = "tambah"
    UBAH = "ubah"
    HAPUS = "hapus"
    SAMA = "sama"  # nothing to apply (perhaps only conflicts that keep ours)


class Pilihan(StrEnum):
    KITA = "kita"
    MEREKA = "mereka"


@dataclass(frozen=True)
class Konflik:
    tabel: str
    uuid: str
    kolom: str
    milik_kita: Any
    milik_mereka: Any

    @property
    def kunci(self) -> tuple[str, str, str]:
        return (self.tabel, self.uuid, self.kolom)

    def as_json(self) -> dict[str, Any]:
        return {"tabel": self.tabel, "uuid": self.uuid, "kolom": self.kolom,
                "milik_kita": self.milik_kita, "milik_mereka": self.milik_mereka}


@dataclass
class Rencana:
    """What merging one received record means here: the fields taken from them without a
    question (`ambil`) and the conflicts left to choose."""

    tabel: str
    uuid: str
    aksi: Aksi
    ambil: dict[str, Any] = field(default_factory=dict)
    konflik: list[Konflik] = field(default_factory=list)
    penuh: dict[str, Any] = field(default_factory=dict)  # their whole record (re-adding it)

    def putuskan(self, pilihan: Mapping[tuple[str, str, str], Pilihan]) -> tuple[Aksi, dict]:
        """The action and the values to write once every conflict has a choice; KeyError names
        a conflict without one."""
        for k in self.konflik:
            if k.kolom == REKAMAN:  # deleted on one side, changed on the other
                if pilihan[k.kunci] is Pilihan.KITA:
                    return Aksi.SAMA, {}
                if k.milik_mereka == DIHAPUS:
                    return Aksi.HAPUS, {}
                return Aksi.TAMBAH, dict(self.penuh)
        nilai = dict(self.ambil)
        for k in self.konflik:
            if pilihan[k.kunci] is Pilihan.MEREKA:
                nilai[k.kolom] = k.milik_mereka
        if self.aksi in (Aksi.TAMBAH, Aksi.HAPUS):
            return self.aksi, nilai
        return (Aksi.UBAH if nilai else Aksi.SAMA), nilai


_TIDAK_ADA = object()


def gabung(tabel: str, uuid: str, kita: Mapping[str, Any] | None, mereka: Mapping[str, Any],
           dasar: Mapping[str, Any] | None) -> Rencana:
    """Merge their record `mereka` into ours (`kita`, None when we have no such record)."""
    if dasar_dihapus(dasar):
        if kita is None:  # deleted when we agreed; they kept it since: theirs
            return Rencana(tabel, uuid, Aksi.TAMBAH, ambil=dict(mereka))
        dasar = None
    if kita is None:
        if dasar is not None and _sama(mereka, dasar):
            return Rencana(tabel, uuid, Aksi.SAMA)  # we deleted it, they did not touch it
        if dasar is not None:  # we deleted it, they changed it since
            return Rencana(tabel, uuid, Aksi.SAMA, penuh=dict(mereka), konflik=[
                Konflik(tabel, uuid, REKAMAN, DIHAPUS, _ringkas(mereka))])
        return Rencana(tabel, uuid, Aksi.TAMBAH, ambil=dict(mereka))
    ambil: dict[str, Any] = {}
    konflik: list[Konflik] = []
    for kolom, m in mereka.items():
        k = kita.get(kolom, _TIDAK_ADA)
        if k is _TIDAK_ADA or k == m:
            continue  # a field this side does not have (older schema), or equal
        b = dasar.get(kolom, _TIDAK_ADA) if dasar is not None else _TIDAK_ADA
        if b is not _TIDAK_ADA and m == b:
            continue  # only we changed it
        if b is not _TIDAK_ADA and k == b:
            ambil[kolom] = m  # only they changed it
            continue

        konflik.append(Konflik(tabel, uuid, kolom, k, m))
    return Rencana(tabel, uuid, Aksi.UBAH if ambil else Aksi.SAMA, ambil, konflik)


def hapus(tabel: str, uuid: str, kita: Mapping[str, Any] | None,
          terakhir: Mapping[str, Any] | None) -> Rencana:
    """They deleted the record; `terakhir` its values on their side when they deleted it."""
    if kita is None:
        return Rencana(tabel, uuid, Aksi.SAMA)
    if dasar_dihapus(terakhir):
        terakhir = None
    if terakhir is not None and _sama(kita, terakhir):
        return Rencana(tabel, uuid, Aksi.HAPUS)
    return Rencana(tabel, uuid, Aksi.SAMA, konflik=[
        Konflik(tabel, uuid, REKAMAN, _ringkas(kita), DIHAPUS)])


def ukuran(r: Rencana) -> tuple[int, int]:
    """How much a plan asks and changes: of the plans one record gets from several candidate
    bases, the one asking and changing least comes from the most recent common base (an older
    base makes changes both sides already agreed look new again)."""
    return (len(r.konflik), len(r.ambil) + (r.aksi is Aksi.HAPUS) + (r.aksi is Aksi.TAMBAH))


def _sama(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Equal on the fields both have."""
    return all(a[k] == b[k] for k in a.keys() & b.keys())


def _ringkas(nilai: Mapping[str, Any]) -> str:
    """A record in one line for a record-level conflict."""
    for key in ("nama", "label", "uraian", "nomor", "periode_label", "indikator", "jenis"):
        if nilai.get(key):
            return str(nilai[key])
    return "(diubah)"
