"""Inputs of a permohonan penugasan as the CLI and the form give them: enum values and the
pegawai named by NIP — on a lintas-instansi keluar request, NIPs this data file does not hold
are the other instansi's pegawai and are recorded as eksternal pegawai of that instansi (as the
team builder's outside members are: `eksternal`, `instansi_asal`, no unit), inside the
caller's transaction (a later failure removes them again)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models import PegawaiRow
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.nip import normalize_nip, parse_nip
from sistemkerja_desktop.domain.organisasi import Struktur

E = TypeVar("E", bound=StrEnum)


def pilih_enum(enum: type[E], value: str | None, field: str) -> E:
    """`enum(value)` ("dalam_unit" also reads as "dalam-unit"), else a ValidationError listing
    the choices."""
    text = str(value or "").strip().lower().replace("_", "-")
    try:
        return enum(text)
    except ValueError:
        pilihan = ", ".join(e.value for e in enum)
        raise ValidationError(f"{field} '{value}' tidak dikenal; pilihan: {pilihan}",
                              field=field) from None


def pegawai_ids(s: Session, struktur: Struktur, entries: Sequence[str], instansi: str,
                keluar: bool) -> tuple[tuple[int, ...], list[int]]:
    """The ids of the pegawai named by `entries` ("NIP" or "NIP:Nama"), in order, and the ids
    of the eksternal pegawai created for unknown NIPs (only when `keluar`)."""
    by_nip = {p.nip: p.id for p in struktur.pegawai}
    ids: list[int] = []
    dibuat: list[int] = []
    for raw in entries:
        text, _, nama = str(raw).partition(":")
        try:
            nip = normalize_nip(text)
        except ValidationError as exc:
            raise ValidationError(f"Pegawai '{raw}': {exc.message}. Tidak ada yang disimpan.",
                                  field="pegawai", code=exc.code) from None
        if nip in by_nip:
            if by_nip[nip] in ids:
                raise ValidationError(f"NIP {nip} disebut dua kali", field="pegawai",
                                      code="pegawai_ganda")
            ids.append(by_nip[nip])
            continue
        if not keluar:
            raise NotFoundError(
                f"Pegawai dengan NIP {nip} tidak ditemukan. Pegawai yang belum tercatat hanya "
                "dapat disebut pada permohonan lintas instansi keluar (pegawai instansi lain). "
                "Tidak ada yang disimpan.", code="nip_tidak_ada")
        if not instansi.strip():
            raise ValidationError("Sebutkan instansi tujuan untuk pegawai instansi lain (NIP "
                                  f"{nip})", field="instansi")
        try:
            info = parse_nip(nip)
        except ValidationError as exc:
            raise ValidationError(f"Pegawai '{raw}': {exc.message}. Tidak ada yang disimpan.",
                                  field="pegawai", code=exc.code) from None
        row = PegawaiRow(nip=nip, nama=(nama.strip() or f"Pegawai {instansi.strip()}")[:200],
                         status=info.status.value, eksternal=True,
                         instansi_asal=instansi.strip()[:200], aktif=True)
        s.add(row)
        s.flush()
        by_nip[nip] = row.id
        ids.append(row.id)
        dibuat.append(row.id)
    return tuple(ids), dibuat
