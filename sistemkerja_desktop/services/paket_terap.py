"""Applying a planned merge inside the caller's one transaction (issue #12): records added,
fields taken, records deleted (children first), attachment bytes, and the bookkeeping — the
package as imported, the provenance of every record it touched, and the values now agreed with
that peer (the base of the next merge)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.base import utcnow
from sistemkerja_desktop.db.kedudukan_invarian import izinkan_ganda
from sistemkerja_desktop.db.models_paket import (
    AsalRekamanRow,
    PaketMasukRow,
    SinkronDasarRow,
)
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.paket_gabung import DASAR_DIHAPUS, REKAMAN, Aksi, Pilihan, Rencana
from sistemkerja_desktop.services.paket_rencana import RencanaPaket
from sistemkerja_desktop.services.paket_tabel import (
    ISI,
    NAMA_TABEL,
    PER_NAMA,
    TABEL,
    dari_json,
    kunci_laporan,
)


def keputusan(rp: RencanaPaket, pilihan: Mapping[tuple[str, str, str], Pilihan],
              bawaan: Pilihan | None) -> dict[tuple[str, str, str], Pilihan]:
    """Every conflict's choice: the one given, else `bawaan`; a conflict with neither refuses
    the import (conflicts are never settled silently)."""
    out: dict[tuple[str, str, str], Pilihan] = {}
    missing = []
    for k in rp.konflik:
        choice = pilihan.get(k.kunci, bawaan)
        if choice is None:
            missing.append(k)
        else:
            out[k.kunci] = choice
    if missing:
        first = missing[0]
        nama = next((rp.label[id(r)] for r in rp.rencana if first in r.konflik),
                    f"{first.tabel} {first.uuid}")
        kolom = "seluruh data" if first.kolom == REKAMAN else first.kolom.replace("_", " ")
        raise ValidationError(
            f"Paket {rp.diterima.nama} berisi {len(missing)} konflik yang belum diputuskan "
            f"(mis. {nama}, {kolom}): pilih milik "
            "kita atau milik mereka untuk setiap konflik (CLI: --pilih kita|mereka). Tidak ada "
            "yang diubah.", field="pilih", code="paket_konflik")
    return out


class _Penerap:
    def __init__(self, s: Session, rp: RencanaPaket) -> None:
        self.s = s
        self.rp = rp
        self.baru: dict[tuple[str, str], Any] = {}  # (table, uuid) → object added now

    def obj(self, tabel: str, uuid: str) -> Any:
        if (tabel, uuid) in self.baru:
            return self.baru[(tabel, uuid)]
        model = PER_NAMA[tabel].model
        return self.s.scalars(select(model).where(model.uuid == uuid)).one()  # type: ignore[attr-defined]

    def id_of(self, tabel: str, uuid: str) -> int:
        uuid = self.rp.peta.get(uuid, uuid)
        obj = self.baru.get((tabel, uuid))
        if obj is not None:
            if obj.id is None:
                self.s.flush()
            return int(obj.id)
        model = PER_NAMA[tabel].model
        found = self.s.scalars(select(model.id).where(model.uuid == uuid)).first()  # type: ignore[attr-defined]
        if found is None:
            raise ValidationError(
                f"{NAMA_TABEL.get(tabel, tabel)} yang dirujuk paket sudah tidak ada di sini "
                "(dihapus): untuk data yang merujuknya pilih milik kita. Tidak ada yang diubah.",
                field="paket", code="paket_rujukan")
        return int(found)

    def hapus(self, r: Rencana, label: str = "") -> int:
        """Delete our record of `r` (1), or nothing when it is already gone with its parent
        (0); refused, naming it, while a record of ours still must refer to it."""
        model = PER_NAMA[r.tabel].model
        obj = self.s.scalars(select(model).where(model.uuid == r.uuid)).first()  # type: ignore[attr-defined]
        if obj is None:
            return 0
        for other in TABEL:
            for kolom, target in other.rujukan.items():
                fk = next(iter(other.table.c[kolom].foreign_keys))
                if target != r.tabel or fk.ondelete not in (None, "RESTRICT"):
                    continue
                if self.s.scalar(select(other.table.c.id).where(
                        other.table.c[kolom] == obj.id).limit(1)) is not None:
                    raise ValidationError(
                        f"{self.rp.label.get(id(r), label)} tidak dapat dihapus: masih dirujuk "
                        f"{NAMA_TABEL.get(other.nama, other.nama).lower()} di sini; pilih milik "
                        "kita untuk konflik ini. Tidak ada yang diubah.", field="paket",
                        code="paket_rujukan")
        self.s.delete(obj)
        self.s.flush()
        self.s.execute(delete(SinkronDasarRow).where(
            SinkronDasarRow.record_uuid == self.rp.mereka_uuid.get(id(r), r.uuid)))
        return 1

    def tulis(self, r: Rencana, obj: Any, nilai: Mapping[str, Any]) -> None:
        t = PER_NAMA[r.tabel]
        kolom = {c.name: c for c in t.kolom}
        for key, value in nilai.items():
            if key in t.rujukan and value is not None:
                value = self.id_of(t.rujukan[key], value)
            elif r.tabel == "laporan" and key == "kunci" and value:
                value = kunci_laporan(value, lambda tb, u: str(self.id_of(tb, u)))
            else:
                value = dari_json(kolom[key], value)
            setattr(obj, key, value)

    def isi(self, r: Rencana, obj: Any, mereka_uuid: str) -> None:
        if r.tabel not in ISI:
            return
        data = self.rp.diterima.isi.get(f"isi/{r.tabel}/{mereka_uuid}")
        if data is None:
            return
        if hashlib.sha256(data).hexdigest() != getattr(obj, "sha256", None):
            raise ValidationError(f"Isi lampiran {getattr(obj, 'nama', '')} di paket tidak cocok "
                                  "dengan sidiknya; tidak ada yang diubah.", field="paket",
                                  code="paket_lampiran")
        self.s.flush()
        table = PER_NAMA[r.tabel].table.metadata.tables[ISI[r.tabel]]
        self.s.execute(delete(table).where(table.c.lampiran_id == obj.id))
        self.s.execute(insert(table).values(lampiran_id=obj.id, isi=data))


def terapkan(s: Session, rp: RencanaPaket, pilihan: Mapping[tuple[str, str, str], Pilihan], *,
             pelaku: str, sha256: str) -> dict[str, int]:
    d = rp.diterima
    p = _Penerap(s, rp)
    counts = {"ditambah": 0, "diubah": 0, "dihapus": 0}
    dasar: dict[str, tuple[str, dict[str, Any]]] = {}
    now = utcnow()
    decided = [(r, *r.putuskan(pilihan)) for r in rp.rencana]
    # records the package replaces (deleted, and added again under a new uuid) go first
    for r, aksi, _nilai in decided:
        if aksi is Aksi.HAPUS and id(r) in rp.awal:
            counts["dihapus"] += p.hapus(r)
        if aksi is Aksi.TAMBAH and id(r) in rp.ganti:  # their move chosen over ours
            for tabel, uuid in rp.ganti[id(r)]:
                counts["dihapus"] += p.hapus(Rencana(tabel, uuid, Aksi.HAPUS), label=r.uuid)
    for r, aksi, nilai in decided:
        mu = rp.mereka_uuid[id(r)]
        if aksi is Aksi.TAMBAH:
            obj = PER_NAMA[r.tabel].model()
            obj.uuid = mu  # type: ignore[attr-defined]
            p.baru[(r.tabel, mu)] = obj
            p.tulis(r, obj, nilai)
            s.add(obj)
            p.isi(r, obj, mu)
            counts["ditambah"] += 1
        elif aksi is Aksi.UBAH:
            obj = p.obj(r.tabel, r.uuid)
            p.tulis(r, obj, nilai)
            if "sha256" in nilai:
                p.isi(r, obj, mu)
            counts["diubah"] += 1
        if aksi is not Aksi.SAMA or r.konflik:
            s.add(AsalRekamanRow(
                tabel=r.tabel, record_uuid=r.uuid, paket_id=d.paket_id, asal=d.asal_id,
                asal_nama=d.asal_nama[:300], waktu=now, aksi=aksi.value,
                rincian=json.dumps({"diambil": sorted(nilai), "konflik": [
                    {"kolom": k.kolom, "pilih": pilihan[k.kunci].value} for k in r.konflik]},
                    ensure_ascii=False)))
        if rp.nilai_mereka[id(r)]:
            dasar[mu] = (r.tabel, rp.nilai_mereka[id(r)])
        elif id(r) in rp.hapus_paket and aksi is Aksi.SAMA and any(
                k.kolom == REKAMAN for k in r.konflik):
            dasar[mu] = (r.tabel, DASAR_DIHAPUS)  # kept against their deletion
    parent_goes = {r.uuid: aksi is Aksi.HAPUS for r, aksi, _n in decided
                   if id(r) in rp.hapus_paket}
    kept_with_parent = [r for r, aksi, _n in decided if aksi is Aksi.HAPUS
                        and not parent_goes.get(rp.induk.get(id(r), ""), True)]
    kept = {id(r) for r in kept_with_parent}
    for r in kept_with_parent:  # stays with the parent kept against their deletion
        dasar[rp.mereka_uuid[id(r)]] = (r.tabel, DASAR_DIHAPUS)
    s.flush()
    _simpan_dasar(s, d.asal_id, dasar, now)
    _izin_kedudukan(s, rp, p)
    for r, aksi, _nilai in decided:  # children first (planned that way)
        if aksi is Aksi.HAPUS and id(r) not in rp.awal and id(r) not in kept:
            counts["dihapus"] += p.hapus(r)
    _tanpa_lingkaran(s)
    s.add(PaketMasukRow(paket_id=d.paket_id, asal=d.asal_id, asal_nama=d.asal_nama[:300],
                        dibuat=d.manifest.dibuat.replace(tzinfo=None), diimpor=now, sha256=sha256,
                        pelaku=pelaku[:100], ringkasan=json.dumps(
                            {**counts, "konflik": len(rp.konflik)})))
    s.flush()
    return counts


def _tanpa_lingkaran(s: Session) -> None:
    """After the merge, no unit (indicator) is its own ancestor: two laptops each moving one
    unit under the other is refused, naming them."""
    for t in TABEL:
        self_cols = [k for k, target in t.rujukan.items() if target == t.nama]
        for kolom in self_cols:
            induk = dict(s.execute(select(t.table.c.id, t.table.c[kolom])).all())
            for start in induk:
                seen, node = set(), start
                while node is not None and node not in seen:
                    seen.add(node)
                    node = induk.get(node)
                if node is not None:
                    nama = t.table.c.get("nama")
                    names = [str(s.scalar(select(nama).where(t.table.c.id == i)))
                             for i in sorted(seen)][:3] if nama is not None else []
                    raise ValidationError(
                        f"Penggabungan membuat {NAMA_TABEL.get(t.nama, t.nama).lower()} menjadi "
                        f"induk dirinya sendiri ({', '.join(names)}): kedua pihak memindahkannya "
                        "ke bawah satu sama lain. Pilih milik kita untuk salah satunya atau "
                        "perbaiki susunannya dulu. Tidak ada yang diubah.", field="paket",
                        code="paket_lingkaran")


def _simpan_dasar(s: Session, asal: str, dasar: dict[str, tuple[str, dict[str, Any]]],
                  now: dt.datetime) -> None:
    """The values now agreed with peer `asal` (their side), one row per record."""
    known = dict(s.execute(select(SinkronDasarRow.record_uuid, SinkronDasarRow.id)
                           .where(SinkronDasarRow.asal == asal)).all())
    new, changed = [], []
    for uuid, (tabel, nilai) in dasar.items():
        text = json.dumps(nilai, ensure_ascii=False, sort_keys=True)
        if uuid in known:
            changed.append({"id": known[uuid], "nilai": text, "waktu": now})
        else:
            new.append({"asal": asal, "tabel": tabel, "record_uuid": uuid, "nilai": text,
                        "waktu": now})
    if new:
        s.execute(insert(SinkronDasarRow), new)
    if changed:
        s.execute(update(SinkronDasarRow), changed)


def _izin_kedudukan(s: Session, rp: RencanaPaket, p: _Penerap) -> None:
    """Double kedudukan the sender already had may arrive (legacy data `periksa` reports)."""
    theirs: dict[str, list[tuple[dt.date, dt.date | None]]] = {}
    for rec in rp.diterima.rekaman.get("kedudukan", []):
        v = rec["nilai"]
        if v.get("pegawai_id") and v.get("tmt_mulai"):
            theirs.setdefault(v["pegawai_id"], []).append((
                dt.date.fromisoformat(v["tmt_mulai"]),
                dt.date.fromisoformat(v["tmt_selesai"]) if v.get("tmt_selesai") else None))
    for pegawai_uuid, rows in theirs.items():
        if len(rows) > 1:
            izinkan_ganda(s, p.id_of("pegawai", pegawai_uuid), rows)
