"""Reading this file's records as an exchange sees them (issue #12): every exchanged table as
`{uuid: Baris}` with references turned into UUIDs, the audit trail of each record (its chain
hashes, and its state replayed up to a given row), and the file's exchange identity."""

from __future__ import annotations

import json
import os
import socket
import uuid as uuid_mod
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models import AuditRow, PerangkatDaerahRow
from sistemkerja_desktop.db.models_paket import MetaBerkasRow
from sistemkerja_desktop.services.paket_tabel import (
    PER_NAMA,
    TABEL,
    Tabel,
    ke_json,
    kunci_laporan,
)

ASAL_ID = "asal_id"


@dataclass
class Baris:
    id: int
    uuid: str
    nilai: dict[str, Any]  # exchanged columns, references as UUIDs
    diubah: str  # updated_at, ISO
    versi: int


@dataclass
class Isi:
    """Every exchanged record of the file, and the local id ↔ uuid of each table."""

    baris: dict[str, dict[str, Baris]]  # table → uuid → row
    uuid_of: dict[str, dict[int, str]]  # table → id → uuid

    def id_of(self, tabel: str, uuid: str) -> int | None:
        row = self.baris[tabel].get(uuid)
        return row.id if row is not None else None


def baca_isi(s: Session) -> Isi:
    raw: dict[str, list[Any]] = {}
    uuid_of: dict[str, dict[int, str]] = {}
    for t in TABEL:
        rows = s.execute(select(t.table)).mappings().all()
        raw[t.nama] = list(rows)
        uuid_of[t.nama] = {r["id"]: r["uuid"] for r in rows}
    baris: dict[str, dict[str, Baris]] = {}
    for t in TABEL:
        baris[t.nama] = {r["uuid"]: Baris(r["id"], r["uuid"], nilai(t, r, uuid_of),
                                          ke_json(r["updated_at"]), int(r["versi"] or 1))
                         for r in raw[t.nama]}
    return Isi(baris, uuid_of)


def nilai(t: Tabel, row: Any, uuid_of: dict[str, dict[int, str]]) -> dict[str, Any]:
    """A row's exchanged values (a mapping of column → Python value, references as local ids)
    with references turned into UUIDs (None when the referenced record is gone)."""
    out: dict[str, Any] = {}
    for c in t.kolom:
        v = row.get(c.name) if hasattr(row, "get") else row[c.name]
        if c.name in t.rujukan and v is not None:
            v = uuid_of[t.rujukan[c.name]].get(int(v))
        out[c.name] = ke_json(v)
    if t.nama == "laporan":
        out["kunci"] = kunci_laporan(out.get("kunci"), lambda tb, i: uuid_of[tb].get(int(i)))
    return out


# ---- the audit trail --------------------------------------------------------------------------

def jejak(s: Session, uuids: Iterable[str] | None = None) -> dict[str, list[tuple[int, str]]]:
    """Per record uuid, its audit rows (id, chain hash) in order."""
    q = select(AuditRow.record_uuid, AuditRow.id, AuditRow.hash).order_by(AuditRow.id)
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    wanted = set(uuids) if uuids is not None else None
    for rec, rid, h in s.execute(q):
        if wanted is None or rec in wanted:
            out[rec].append((rid, h))
    return out


def riwayat(s: Session, uuids: Iterable[str]) -> dict[str, list[tuple[int, str, str, str]]]:
    """Per record uuid, its audit rows (id, chain hash, aksi, values after) in order."""
    wanted = set(uuids)
    out: dict[str, list[tuple[int, str, str, str]]] = defaultdict(list)
    q = select(AuditRow.record_uuid, AuditRow.id, AuditRow.hash, AuditRow.aksi,
               AuditRow.sesudah).order_by(AuditRow.id)
    for rec, rid, h, aksi, sesudah in s.execute(q):
        if rec in wanted:
            out[rec].append((rid, h, aksi, sesudah or ""))
    return out


def keadaan_pada(rows: list[tuple[int, str, str, str]], tabel: str, sampai_id: int,
                 uuid_of: dict[str, dict[int, str]]) -> dict[str, Any] | None:
    """The record's values as they were after audit row `sampai_id`, replayed from its own audit
    rows (`riwayat`: the full values when added, then each change), references as UUIDs; None
    when the trail does not start with the record being added."""
    state: dict[str, Any] | None = None
    for rid, _h, aksi, sesudah in rows:
        if rid > sampai_id:
            break
        data = json.loads(sesudah) if sesudah else {}
        if aksi == "tambah":
            state = dict(data)
        elif aksi == "ubah" and state is not None:
            state.update(data)
        elif aksi == "hapus":
            state = None
    if state is None:
        return None
    t = PER_NAMA[tabel]
    return nilai(t, {c.name: state.get(c.name) for c in t.kolom}, uuid_of)


# ---- identity ---------------------------------------------------------------------------------

ASAL_TEMPAT = "asal_tempat"


def tempat_berkas(path: object) -> str:
    """Where this data lives: the computer and the file (or server address). A copy of the file
    on another computer or under another name is another place, so it gets its own identity."""
    return f"{_host()}|{path}"


def _host() -> str:
    try:
        return socket.gethostname()
    except OSError:
        return os.environ.get("COMPUTERNAME", "")


def asal_id(s: Session, *, boleh_tulis: bool, tempat: str) -> str:
    """This file's exchange identity, made on first use and made anew when the file turns up in
    another place (a copy: two laptops must never share one identity, or the values each agreed
    with the other would mix). "" when it has none yet and may not write one."""
    row = s.get(MetaBerkasRow, ASAL_ID)
    where = s.get(MetaBerkasRow, ASAL_TEMPAT)
    if row is not None and where is not None and where.nilai == tempat:
        return row.nilai
    if not boleh_tulis:
        return ""
    new = str(uuid_mod.uuid4())
    for key, value in ((ASAL_ID, new), (ASAL_TEMPAT, tempat)):
        found = s.get(MetaBerkasRow, key)
        if found is None:
            s.add(MetaBerkasRow(kunci=key, nilai=value))
        else:
            found.nilai = value
    s.flush()
    return new


def asal_nama(s: Session, pengguna: str) -> str:
    pd = s.scalars(select(PerangkatDaerahRow).limit(1)).first()
    host = _host()
    who = pengguna or "pengguna"
    base = pd.nama if pd is not None else "Sistem Kerja Desktop"
    return f"{base} — {who}" + (f" @ {host}" if host else "")
