"""Building an exchange package (issue #12): which records go (all; a unit with what belongs to
it; a team with what belongs to it; changed since a date — always with the records they refer
to), each with its change stamps, origin, audit trail hashes and the values last agreed with
each peer; the deletions; attachment bytes. Packed by `domain.paket_format`."""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_mod
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models import AuditRow
from sistemkerja_desktop.db.models_paket import AsalRekamanRow, SinkronDasarRow
from sistemkerja_desktop.domain.paket_format import kemas
from sistemkerja_desktop.domain.paket_gabung import DIHAPUS
from sistemkerja_desktop.services.paket_baca import Isi, baca_isi, jejak, keadaan_pada, nilai
from sistemkerja_desktop.services.paket_tabel import ISI, KANTOR, PER_NAMA, TABEL, milik

JEJAK_MAKS = 200  # audit hashes sent per record (the newest), enough to find a shared past


@dataclass(frozen=True)
class Cakupan:
    unit_id: int | None = None
    tim_id: int | None = None
    sejak: dt.date | None = None
    unit_label: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"unit": self.unit_label or None, "tim": self.tim_id,
                "sejak": self.sejak.isoformat() if self.sejak else None}


def pilih(isi: Isi, cakupan: Cakupan) -> tuple[dict[str, set[str]], set[str]]:
    """The uuids of each table the package carries, and those within its scope (the others are
    there only because a record in scope refers to them: the receiver adds them when missing
    and never changes its own from them)."""
    if cakupan.unit_id is None and cakupan.tim_id is None:
        chosen = {t.nama: set(isi.baris[t.nama]) for t in TABEL}
    else:
        chosen = {t.nama: set() for t in TABEL}
        if cakupan.unit_id is not None:
            chosen["unit"].add(isi.uuid_of["unit"][cakupan.unit_id])
        if cakupan.tim_id is not None:
            chosen["tim"].add(isi.uuid_of["tim"][cakupan.tim_id])
        _turun(isi, chosen)
    if cakupan.sejak is not None:
        batas = cakupan.sejak.isoformat()
        for t in TABEL:
            chosen[t.nama] = {u for u in chosen[t.nama] if isi.baris[t.nama][u].diubah >= batas}
    inti = set().union(*chosen.values())
    _naik(isi, chosen)
    return chosen, inti


def _turun(isi: Isi, chosen: dict[str, set[str]]) -> None:
    """Add what belongs to the chosen records (along `paket_tabel.milik`), to a fixed point."""
    edges = [(t.nama, c, t.rujukan[c]) for t in TABEL for c in milik(t)]
    changed = True
    while changed:
        changed = False
        for tabel, kolom, target in edges:
            if not chosen[target]:
                continue
            for u, row in isi.baris[tabel].items():
                if u not in chosen[tabel] and row.nilai.get(kolom) in chosen[target]:
                    chosen[tabel].add(u)
                    changed = True


def _naik(isi: Isi, chosen: dict[str, set[str]]) -> None:
    """Add every record a chosen record refers to (the receiver needs them), to a fixed point."""
    for t in reversed(TABEL):  # referencing tables come later in the sorted order
        stack = list(chosen[t.nama])
        while stack:
            row = isi.baris[t.nama][stack.pop()]
            for kolom, target in t.rujukan.items():
                ref = row.nilai.get(kolom)
                if ref and ref not in chosen[target]:
                    chosen[target].add(ref)
                    if target == t.nama:
                        stack.append(ref)
                    else:
                        _naik_satu(isi, chosen, target, ref)


def _naik_satu(isi: Isi, chosen: dict[str, set[str]], tabel: str, uuid: str) -> None:
    t = PER_NAMA[tabel]
    row = isi.baris[tabel].get(uuid)
    if row is None:
        return
    for kolom, target in t.rujukan.items():
        ref = row.nilai.get(kolom)
        if ref and ref not in chosen[target]:
            chosen[target].add(ref)
            _naik_satu(isi, chosen, target, ref)


def buat(s: Session, *, cakupan: Cakupan, asal: str, asal_nama: str, skema: str,
         dibuat: dt.datetime, kunci: bytes | None) -> tuple[bytes, str, dict[str, int]]:
    """The package bytes, its id and the number of records per table."""
    isi = baca_isi(s)
    chosen, inti = pilih(isi, cakupan)
    if cakupan.unit_id is not None or cakupan.tim_id is not None:
        for nama in KANTOR:  # the agency's own settings travel only in a whole-office package
            chosen[nama] = set()
    semua = set().union(*chosen.values())
    trail = jejak(s, semua)
    dasar = _dasar(s, semua)
    provenance = _asal_terakhir(s, semua)
    bagian: dict[str, bytes] = {}
    jumlah: dict[str, int] = {}
    for t in TABEL:
        if not chosen[t.nama]:
            continue
        rekaman = []
        for u in sorted(chosen[t.nama]):
            row = isi.baris[t.nama][u]
            prov = provenance.get(u)
            rekaman.append({
                "uuid": u, "nilai": row.nilai, "diubah": row.diubah, "versi": row.versi,
                "asal": [prov[0], prov[1]] if _lebih_baru(prov, row.diubah)
                else [asal, asal_nama],
                "jejak": [h for _, h in trail.get(u, [])][-JEJAK_MAKS:],
                "dasar": dasar.get(u, {}), **({} if u in inti else {"rujukan": True}),
            })
        bagian[f"rekaman/{t.nama}.json"] = _json({"tabel": t.nama, "rekaman": rekaman})
        jumlah[t.nama] = len(rekaman)
        if t.nama in ISI:
            bagian.update(_isi(s, t.nama, {isi.baris[t.nama][u].id: u for u in chosen[t.nama]}))
    hapus = _dihapus(s, isi, chosen, cakupan)
    bagian["dihapus.json"] = _json({"dihapus": hapus})
    paket_id = str(uuid_mod.uuid4())
    keterangan = {"paket_id": paket_id, "asal_id": asal, "asal_nama": asal_nama,
                  "cakupan": cakupan.as_json(), "jumlah": jumlah, "dihapus": len(hapus)}
    data = kemas(bagian, asal=asal_nama, dibuat=dibuat, skema=skema, kunci=kunci,
                 keterangan=keterangan)
    return data, paket_id, jumlah


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _dasar(s: Session, uuids: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = defaultdict(dict)
    for row in s.scalars(select(SinkronDasarRow)):
        if row.record_uuid in uuids:
            out[row.record_uuid][row.asal] = {"waktu": row.waktu.isoformat(),
                                              "nilai": json.loads(row.nilai)}
    return out


def _asal_terakhir(s: Session, uuids: set[str]) -> dict[str, tuple[str, str, str]]:
    """Per record the origin of the last change merged in from a package, with its time."""
    out: dict[str, tuple[str, str, str]] = {}
    for row in s.scalars(select(AsalRekamanRow).order_by(AsalRekamanRow.id)):
        if row.record_uuid in uuids:
            out[row.record_uuid] = (row.asal, row.asal_nama, row.waktu.isoformat())
    return out


def _lebih_baru(prov: tuple[str, str, str] | None, diubah: str) -> bool:
    return prov is not None and prov[2] >= diubah[:19]


def _isi(s: Session, tabel: str, ids: dict[int, str]) -> dict[str, bytes]:
    isi_table = PER_NAMA[tabel].table.metadata.tables[ISI[tabel]]
    out = {}
    for lampiran_id, data in s.execute(select(isi_table.c.lampiran_id, isi_table.c.isi)):
        if lampiran_id in ids:
            out[f"isi/{tabel}/{ids[lampiran_id]}"] = bytes(data)
    return out


def _dihapus(s: Session, isi: Isi, chosen: dict[str, set[str]],
             cakupan: Cakupan) -> list[dict[str, Any]]:
    """Records deleted here, from the audit trail — deleted themselves, or gone with a parent
    (ON DELETE CASCADE leaves no audit row of their own): their table, uuid, last values
    (references to records deleted too resolved through the trail), audit hashes, and the values
    agreed with each peer."""
    trail: dict[str, list[Any]] = defaultdict(list)
    for row in s.execute(select(AuditRow.tabel, AuditRow.record_uuid, AuditRow.id,
                                AuditRow.hash, AuditRow.aksi, AuditRow.sebelum,
                                AuditRow.sesudah, AuditRow.waktu).order_by(AuditRow.id)):
        if row.tabel in PER_NAMA and row.record_uuid not in isi.baris[row.tabel]:
            trail[row.record_uuid].append(row)
    uuid_of = {t: dict(m) for t, m in isi.uuid_of.items()}
    for uuid, rows in trail.items():  # a deleted team's id still names it
        for row in rows:
            data = json.loads(row.sebelum or row.sesudah or "{}")
            if isinstance(data.get("id"), int):
                uuid_of[row.tabel].setdefault(data["id"], uuid)
    batas = dt.datetime.combine(cakupan.sejak, dt.time()) if cakupan.sejak else None
    filtered = cakupan.unit_id is not None or cakupan.tim_id is not None
    dasar = _dasar(s, set(trail))
    out = []
    for uuid, rows in trail.items():
        tabel, last = rows[0].tabel, rows[-1]
        if (batas is not None and last.waktu < batas) or (filtered and tabel in KANTOR):
            continue
        t = PER_NAMA[tabel]
        if last.aksi == "hapus":
            data = json.loads(last.sebelum or "{}")
            values = nilai(t, {c.name: data.get(c.name) for c in t.kolom}, uuid_of)
        else:
            values = keadaan_pada([(r.id, r.hash, r.aksi, r.sesudah or "") for r in rows],
                                  tabel, last.id, uuid_of)
            if values is None:
                continue
        if filtered and not any(values.get(k) in chosen[t.rujukan[k]] for k in milik(t)):
            continue
        out.append({"tabel": tabel, "uuid": uuid, "terakhir": values,
                    "waktu": last.waktu.isoformat(), "dasar": dasar.get(uuid, {}),
                    "jejak": [r.hash for r in rows][-JEJAK_MAKS:],
                    **({} if last.aksi == "hapus" else {"ikut": True})})  # with its parent
    if not filtered:
        out += _ditolak(s, isi, set(trail))
    return out


def _ditolak(s: Session, isi: Isi, known: set[str]) -> list[dict[str, Any]]:
    """Records a peer added that this office refused (kept its own): never here, but their
    values are agreed with that peer. Sent as deletions, so the peer drops them unless it changed
    them since — the refusal reaches the other side once, not as a conflict every round."""
    out = []
    for row in s.scalars(select(SinkronDasarRow).order_by(SinkronDasarRow.id)):
        t = PER_NAMA.get(row.tabel)
        if t is None or row.record_uuid in isi.baris[row.tabel] or row.record_uuid in known:
            continue
        values = json.loads(row.nilai)
        if values.get(DIHAPUS) is True:
            continue
        out.append({"tabel": row.tabel, "uuid": row.record_uuid, "terakhir": values,
                    "waktu": row.waktu.isoformat(),
                    "dasar": {row.asal: {"waktu": row.waktu.isoformat(), "nilai": values}}})
    return out
