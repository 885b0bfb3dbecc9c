"""Unit kerja: add a unit, change its nama, jenis, induk, kode and the *mandiri* flag.

`mandiri` marks a unit kerja mandiri, led by a Pejabat Fungsional (Perbup Kapuas Hulu Pasal 7;
Perbup Batang Pasal 6 ayat (2)); `domain.periksa` and `domain.pindah` read it. Every change is
one transaction, audited by the session hook in `db/audit.py`.
"""

from __future__ import annotations

from sqlalchemy import select

from sistemkerja_desktop.db.models import UnitRow
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.organisasi import JenisUnit, Unit
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes


def _unit(row: UnitRow) -> Unit:
    return Unit(id=row.id, nama=row.nama, jenis=JenisUnit(row.jenis), parent_id=row.parent_id,
                mandiri=row.mandiri, kode=row.kode, uuid=row.uuid)


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

    def add_unit(self, nama: str, jenis: JenisUnit | str, parent_id: int | None, *,
                 mandiri: bool = False, kode: str = "") -> tuple[Unit, Changes]:
        nama, jenis_unit = _nama(nama), _jenis(jenis)
        with self._ctx.session(f"menambah unit {nama}") as s:
            if parent_id is not None and s.get(UnitRow, parent_id) is None:
                raise ValidationError("Unit induk tidak ditemukan", field="induk")
            row = UnitRow(nama=nama, jenis=jenis_unit.value, parent_id=parent_id,
                          mandiri=bool(mandiri), kode=kode.strip())
            s.add(row)
            s.flush()
            return _unit(row), Changes(units=True)

    def update_unit(self, unit_id: int, nama: str, jenis: JenisUnit | str,
                    parent_id: int | None, mandiri: bool, kode: str = ""
                    ) -> tuple[Unit, Changes]:
        """Change one unit. Refuses an empty nama, an unknown induk and a cycle in the tree."""
        nama, jenis_unit = _nama(nama), _jenis(jenis)
        with self._ctx.session(f"mengubah unit {nama}") as s:
            row = s.get(UnitRow, unit_id)
            if row is None:
                raise NotFoundError(f"Unit #{unit_id} tidak ditemukan")
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
            s.flush()
            return _unit(row), Changes(units=True)
