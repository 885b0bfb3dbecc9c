"""Unit kerja: add a unit, change its nama, jenis, induk, kode, Kelas/Tipe and the *mandiri* flag.

`mandiri` marks a unit kerja mandiri, led by a Pejabat Fungsional (Perbup Kapuas Hulu Pasal 7;
Perbup Batang Pasal 6 ayat (2)); `domain.periksa` and `domain.pindah` read it. Every change is
one transaction, audited by the session hook in `db/audit.py`.

`tipe` is the Kelas/Tipe of an RSUD or UPTD ("" or "A"–"D"; `domain.tipe_unit`): Pekalongan's Ahli
Madya rule reads it (Tabel 3.8, 3.9, 3.12), Barito Timur's jenjang rows (Lampiran I angka 3). Not
given on add, it comes from the name ("RSUD Kelas C" → "C").
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models import UnitRow
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from sistemkerja_desktop.domain.organisasi import JenisUnit, Unit
from sistemkerja_desktop.domain.tipe_unit import JENIS_BERTIPE, normalisasi_tipe
from sistemkerja_desktop.services.base import CONFLICT_MESSAGE, ServiceContext
from sistemkerja_desktop.services.changes import Changes


@dataclass(frozen=True, slots=True)
class UnitListRow:
    """One unit for `unit daftar`: `jalur` as in `Struktur.unit_path` (names joined with ' / '
    from the root's child down; the root, the Perangkat Daerah itself, is its own name)."""

    id: int
    nama: str
    jalur: str
    induk: str | None  # jalur of the parent
    jenis: str
    nip_kepala: str | None
    tingkat: int  # 1 for the root (or a top unit), 2 for its children, …
    induk_tidak_diketahui: bool = False
    tipe: str = ""  # Kelas/Tipe of an RSUD or UPTD as stored ("" none)

    def as_json(self) -> dict[str, object]:
        return {"nama": self.nama, "jalur": self.jalur, "induk": self.induk,
                "jenis": self.jenis, "tipe": self.tipe or None, "nip_kepala": self.nip_kepala}


def _unit(row: UnitRow) -> Unit:
    return Unit(id=row.id, nama=row.nama, jenis=JenisUnit(row.jenis), parent_id=row.parent_id,
                mandiri=row.mandiri, kode=row.kode, uuid=row.uuid,
                induk_tidak_diketahui=bool(row.induk_tidak_diketahui), versi=row.versi,
                tipe=row.tipe or "")


def _jenis(jenis: JenisUnit | str) -> JenisUnit:
    try:
        return JenisUnit(jenis)
    except ValueError:
        valid = ", ".join(j.value for j in JenisUnit)
        raise ValidationError(f"Jenis unit '{jenis}' tidak dikenal (pilihan: {valid})",
                              field="jenis") from None


def _nama(nama: str) -> str:
    nama = " ".join(nama.split())
    if not nama:
        raise ValidationError("Nama unit wajib diisi", field="nama")
    return nama


class UnitService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, unit_id: int) -> Unit:
        with self._ctx.reading() as s:
            row = s.get(UnitRow, unit_id)
            if row is None:
                raise NotFoundError(f"Unit #{unit_id} tidak ditemukan")
            return _unit(row)

    def daftar(self) -> list[UnitListRow]:
        """Every unit in tree order (parents before children, siblings by name)."""
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
        out: list[UnitListRow] = []
        seen: set[int] = set()
        stack = sorted(struktur.children.get(None, ()), key=lambda u: u.nama.casefold(),
                       reverse=True)
        depth = {u.id: 1 for u in stack}
        while stack:
            u = stack.pop()
            if u.id in seen:
                continue
            seen.add(u.id)
            seat = struktur.pimpinan_of(u.id)
            head = struktur.holder(seat.id) if seat is not None else None
            out.append(UnitListRow(
                id=u.id, nama=u.nama, jalur=struktur.unit_path(u.id),
                induk=struktur.unit_path(u.parent_id) or None if u.parent_id else None,
                jenis=u.jenis.value, nip_kepala=head.nip if head else None, tingkat=depth[u.id],
                induk_tidak_diketahui=u.induk_tidak_diketahui, tipe=u.tipe))
            kids = sorted(struktur.children.get(u.id, ()), key=lambda k: k.nama.casefold(),
                          reverse=True)
            for k in kids:
                depth[k.id] = depth[u.id] + 1
            stack.extend(kids)
        return out

    def add_unit(self, nama: str, jenis: JenisUnit | str, parent_id: int | None, *,
                 mandiri: bool = False, kode: str = "",
                 tipe: str | None = None) -> tuple[Unit, Changes]:
        """`tipe` None: the Kelas/Tipe the name tells for an RSUD/UPTD ("RSUD Kelas C" → "C")."""
        nama, jenis_unit = _nama(nama), _jenis(jenis)
        tipe_unit = normalisasi_tipe(tipe, jenis_unit, nama)
        with self._ctx.session(f"menambah unit {nama}") as s:
            if parent_id is not None and s.get(UnitRow, parent_id) is None:
                raise ValidationError("Unit induk tidak ditemukan", field="induk")
            row = UnitRow(nama=nama, jenis=jenis_unit.value, parent_id=parent_id,
                          mandiri=bool(mandiri), kode=kode.strip(), tipe=tipe_unit)
            s.add(row)
            s.flush()
            return _unit(row), Changes(units=True)

    def update_unit(self, unit_id: int, nama: str, jenis: JenisUnit | str,
                    parent_id: int | None, mandiri: bool, kode: str = "", *,
                    versi: int | None = None, tipe: str | None = None) -> tuple[Unit, Changes]:
        """Change one unit. Refuses an empty nama, an unknown induk and a cycle in the tree.
        `tipe` None keeps the stored Kelas/Tipe (cleared when the jenis is no longer RSUD/UPTD);
        a type on another jenis or outside A–D is a ValidationError (field "tipe").
        Saving also confirms the induk: an import's "induk tidak diketahui" mark is cleared.
        `versi`: the version the dialog showed; if the unit was saved elsewhere since,
        ConflictError and nothing is saved."""
        nama, jenis_unit = _nama(nama), _jenis(jenis)
        tipe_unit = None if tipe is None else normalisasi_tipe(tipe, jenis_unit, nama)
        with self._ctx.session(f"mengubah unit {nama}") as s:
            row = s.get(UnitRow, unit_id)
            if row is None:
                raise NotFoundError(f"Unit #{unit_id} tidak ditemukan")
            if versi and row.versi != versi:
                raise ConflictError(f"Unit {row.nama}: {CONFLICT_MESSAGE} Tidak ada yang "
                                    "disimpan.")
            if parent_id is not None:
                parents: dict[int, int | None] = {
                    uid: pid for uid, pid in s.execute(select(UnitRow.id, UnitRow.parent_id))}
                if parent_id not in parents:
                    raise ValidationError("Unit induk tidak ditemukan", field="induk")
                seen: set[int] = set()
                current: int | None = parent_id
                while current is not None and current not in seen:
                    if current == unit_id:
                        raise ValidationError(
                            "Unit induk tidak boleh unit itu sendiri atau salah satu sub-unitnya",
                            field="induk", code="siklus")
                    seen.add(current)
                    current = parents.get(current)
            row.nama, row.jenis, row.parent_id = nama, jenis_unit.value, parent_id
            row.mandiri, row.kode = bool(mandiri), kode.strip()
            if tipe_unit is not None:
                row.tipe = tipe_unit
            elif jenis_unit not in JENIS_BERTIPE:
                row.tipe = ""
            row.induk_tidak_diketahui = False  # the user has seen and saved the induk
            s.flush()
            return _unit(row), Changes(units=True)
