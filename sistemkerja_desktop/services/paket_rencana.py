"""Reading a received package and planning its merge without writing (issue #12).

`baca_paket` checks the records' shape and types (a package passed `domain.paket_format.buka`, so
it is whole and authentic; this catches a package built wrong); `rencanakan` matches each
received record with ours (by UUID, else by natural key), finds the common base (the values last
agreed with that peer — stored here at the last import, or carried by the package from the
peer's own last import — else the state at the newest audit row both trails share, which a copy
of the file has), and merges field by field (`domain.paket_gabung`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models_paket import SinkronDasarRow
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.paket_format import Manifest
from sistemkerja_desktop.domain.paket_gabung import Aksi, Konflik, Rencana, gabung, hapus
from sistemkerja_desktop.services.paket_baca import Isi, baca_isi, keadaan_pada, riwayat
from sistemkerja_desktop.services.paket_tabel import (
    ISI,
    KUNCI_ALAMI,
    KUNCI_TUNGGAL,
    NAMA_TABEL,
    PER_NAMA,
    TABEL,
    Tabel,
    dari_json,
    kunci_laporan,
    label,
)


@dataclass
class Diterima:
    """A received package, checked: where from, and its records per table."""

    manifest: Manifest
    nama: str
    paket_id: str
    asal_id: str
    asal_nama: str
    rekaman: dict[str, list[dict[str, Any]]]
    dihapus: list[dict[str, Any]]
    isi: dict[str, bytes]


def _salah(nama: str, bagian: str, pesan: str) -> ValidationError:
    return ValidationError(f"Paket {nama} tidak dapat dipakai: {bagian}: {pesan}. Tidak ada yang "
                           "diubah.", field="paket", code="paket_isi_salah")


def baca_paket(manifest: Manifest, bagian: dict[str, bytes], nama: str) -> Diterima:
    ket = manifest.keterangan
    for key in ("paket_id", "asal_id", "asal_nama"):
        if not isinstance(ket.get(key), str) or not ket.get(key):
            raise _salah(nama, "manifest.json", f"'{key}' tidak ada")
    rekaman: dict[str, list[dict[str, Any]]] = {}
    isi: dict[str, bytes] = {}
    dihapus: list[dict[str, Any]] = []
    for part, data in bagian.items():
        if part.startswith("isi/"):
            isi[part] = data
            continue
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _salah(nama, part, f"bukan JSON ({exc})") from None
        if part == "dihapus.json":
            dihapus = _cek_dihapus(nama, part, doc)
        elif part.startswith("rekaman/"):
            tabel = doc.get("tabel") if isinstance(doc, dict) else None
            if tabel not in PER_NAMA or part != f"rekaman/{tabel}.json":
                raise _salah(nama, part, f"tabel '{tabel}' tidak dikenal")
            rekaman[tabel] = [_cek_rekaman(nama, part, PER_NAMA[tabel], i, r)
                              for i, r in enumerate(_daftar(nama, part, doc, "rekaman"), 1)]
        else:
            raise _salah(nama, part, "bagian tidak dikenal")
    return Diterima(manifest, nama, ket["paket_id"], ket["asal_id"], ket["asal_nama"],
                    rekaman, dihapus, isi)


def _daftar(nama: str, part: str, doc: Any, key: str) -> list[Any]:
    items = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise _salah(nama, part, f"'{key}' bukan daftar")
    return items


def _cek_rekaman(nama: str, part: str, t: Tabel, i: int, r: Any) -> dict[str, Any]:
    where = f"{part} rekaman ke-{i}"
    if not isinstance(r, dict) or not isinstance(r.get("uuid"), str) \
            or not isinstance(r.get("nilai"), dict):
        raise _salah(nama, where, "tidak berisi uuid dan nilai")
    kolom = {c.name: c for c in t.kolom}
    for key, value in r["nilai"].items():
        if key not in kolom:
            raise _salah(nama, where, f"kolom '{key}' tidak dikenal")
        try:
            if key in t.rujukan:
                if value is not None and (not isinstance(value, str) or len(value) > 36):
                    raise ValueError(f"bukan uuid rujukan: {value!r}")
            else:
                dari_json(kolom[key], value)
        except (TypeError, ValueError) as exc:
            raise _salah(nama, f"{where} ({r['uuid']}), kolom {key}", str(exc)) from None
    for key in ("jejak",):
        if not isinstance(r.get(key, []), list):
            raise _salah(nama, where, f"'{key}' bukan daftar")
    if not isinstance(r.get("dasar", {}), dict):
        raise _salah(nama, where, "'dasar' salah bentuk")
    return r


def _cek_dihapus(nama: str, part: str, doc: Any) -> list[dict[str, Any]]:
    out = []
    for i, d in enumerate(_daftar(nama, part, doc, "dihapus"), 1):
        if not isinstance(d, dict) or d.get("tabel") not in PER_NAMA \
                or not isinstance(d.get("uuid"), str) or not isinstance(d.get("terakhir"), dict):
            raise _salah(nama, f"{part} rekaman ke-{i}", "salah bentuk")
        out.append(d)
    return out


# ---- the plan ---------------------------------------------------------------------------------

@dataclass
class RencanaPaket:
    diterima: Diterima
    rencana: list[Rencana]  # in table order; deletions last
    mereka_uuid: dict[int, str]  # id(rencana) → the uuid in the package
    nilai_mereka: dict[int, dict[str, Any]]  # id(rencana) → their values, in our uuids
    peta: dict[str, str]  # their uuid → our uuid (records met by natural key)
    label: dict[int, str]
    masalah: list[str] = field(default_factory=list)

    @property
    def konflik(self) -> list[Konflik]:
        return [k for r in self.rencana for k in r.konflik]

    def jumlah(self, aksi: Aksi) -> int:
        return sum(1 for r in self.rencana if r.aksi is aksi)


def rencanakan(s: Session, d: Diterima, asal_kita: str) -> RencanaPaket:
    isi = baca_isi(s)
    stored = {(row.record_uuid): row for row in s.scalars(
        select(SinkronDasarRow).where(SinkronDasarRow.asal == d.asal_id))}
    semua_uuid = {r["uuid"] for rs in d.rekaman.values() for r in rs} | {
        x["uuid"] for x in d.dihapus}
    trail = riwayat(s, semua_uuid)
    peta: dict[str, str] = {}
    dalam_paket = {t: {r["uuid"] for r in rs} for t, rs in d.rekaman.items()}
    out = RencanaPaket(d, [], {}, {}, peta, {})

    def terjemah(t: Tabel, nilai: dict[str, Any]) -> dict[str, Any]:
        m = dict(nilai)
        for kolom in t.rujukan:
            if m.get(kolom) is not None:
                m[kolom] = peta.get(m[kolom], m[kolom])
        if t.nama == "laporan" and m.get("kunci"):
            m["kunci"] = kunci_laporan(m["kunci"], lambda _t, u: peta.get(u, u))
        return m

    for t in TABEL:
        alami = _indeks_alami(isi, t)
        tunggal = _indeks(isi, t, KUNCI_TUNGGAL.get(t.nama))
        for rec in _urut(t, d.rekaman.get(t.nama, [])):
            u = rec["uuid"]
            m = terjemah(t, rec["nilai"])
            ours = u if u in isi.baris[t.nama] else None
            if ours is None and alami is not None:
                ours = alami.get(_kunci(t, m, KUNCI_ALAMI[t.nama]))
                if ours is not None:
                    peta[u] = ours
                    m = terjemah(t, rec["nilai"])
            if ours is None and tunggal is not None:
                other = tunggal.get(_kunci(t, m, KUNCI_TUNGGAL[t.nama]))
                if other is not None:
                    out.masalah.append(
                        f"{NAMA_TABEL.get(t.nama, t.nama)} {m.get('nomor')}: nomor ini sudah "
                        "dipakai di sini untuk naskah lain — nomor resmi tidak boleh ganda")
            dasar = _dasar(t, u, rec, stored, asal_kita, terjemah, trail.get(u, []), isi)
            kita = isi.baris[t.nama][ours].nilai if ours is not None else None
            r = gabung(t.nama, ours or u, kita, m, dasar)
            _cek_rujukan(out, t, m, isi, dalam_paket, peta)
            out.rencana.append(r)
            out.mereka_uuid[id(r)] = u
            out.nilai_mereka[id(r)] = m
            out.label[id(r)] = label(t.nama, kita if kita and r.aksi is not Aksi.TAMBAH else m)
            if t.nama in ISI and r.aksi is Aksi.TAMBAH and f"isi/{t.nama}/{u}" not in d.isi:
                out.masalah.append(f"{label(t.nama, m)}: isi lampirannya tidak ada di paket")
    for x in reversed(d.dihapus):
        t = PER_NAMA[x["tabel"]]
        u = x["uuid"]
        kita = isi.baris[t.nama][u].nilai if u in isi.baris[t.nama] else None
        r = hapus(t.nama, u, kita, terjemah(t, x["terakhir"]))
        out.rencana.append(r)
        out.mereka_uuid[id(r)] = u
        out.nilai_mereka[id(r)] = {}
        out.label[id(r)] = label(t.nama, kita or x["terakhir"])
    return out


def _dasar(t: Tabel, u: str, rec: dict[str, Any], stored: dict[str, Any], asal_kita: str,
           terjemah: Callable[[Tabel, dict], dict], trail: list[tuple[int, str, str, str]],
           isi: Isi) -> dict[str, Any] | None:
    """The common base: the newer of the values agreed at our last import from this peer and the
    values the peer agreed at its last import from us; else the shared audit past."""
    candidates = []
    if u in stored:
        candidates.append((stored[u].waktu.isoformat(), json.loads(stored[u].nilai)))
    theirs = rec.get("dasar", {}).get(asal_kita) if asal_kita else None
    if isinstance(theirs, dict) and isinstance(theirs.get("nilai"), dict):
        candidates.append((str(theirs.get("waktu", "")), terjemah(t, theirs["nilai"])))
    if candidates:
        return max(candidates, key=lambda c: c[0])[1]
    ours = {h: rid for rid, h, _a, _s in trail}
    shared = [ours[h] for h in rec.get("jejak", []) if isinstance(h, str) and h in ours]
    if shared:
        return keadaan_pada(trail, t.nama, max(shared), isi.uuid_of)
    return None


def _urut(t: Tabel, recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records of a table that refers to itself (units, indicators): parents first."""
    self_cols = [c for c, target in t.rujukan.items() if target == t.nama]
    if not self_cols:
        return recs
    by_uuid = {r["uuid"]: r for r in recs}
    done: set[str] = set()
    out: list[dict[str, Any]] = []

    def visit(r: dict[str, Any], depth: int) -> None:
        if r["uuid"] in done or depth > len(recs):
            return
        for c in self_cols:
            parent = by_uuid.get(r["nilai"].get(c))
            if parent is not None:
                visit(parent, depth + 1)
        done.add(r["uuid"])
        out.append(r)

    for r in recs:
        visit(r, 0)
    return out


def _kunci(t: Tabel, nilai: dict[str, Any], cols: tuple[str, ...]) -> tuple[Any, ...] | None:
    key = tuple(nilai.get(c) for c in cols)
    if cols and all(v is None for v in key):
        return None
    if any(v in ("", None) for c, v in zip(cols, key, strict=True) if c not in t.rujukan):
        return None  # an empty natural key (no NIP, an ad-hoc report) meets nothing
    return (t.nama, *key)


def _indeks(isi: Isi, t: Tabel, cols: tuple[str, ...] | None) -> dict | None:
    if cols is None:
        return None
    out = {}
    for u, row in isi.baris[t.nama].items():
        key = _kunci(t, row.nilai, cols)
        if key is not None:
            out.setdefault(key, u)
    return out


def _indeks_alami(isi: Isi, t: Tabel) -> dict | None:
    cols = KUNCI_ALAMI.get(t.nama)
    if cols == ():  # one row per file: that row
        rows = list(isi.baris[t.nama])
        return {(t.nama,): rows[0]} if rows else {}
    return _indeks(isi, t, cols)


def _cek_rujukan(out: RencanaPaket, t: Tabel, m: dict[str, Any], isi: Isi,
                 dalam_paket: dict[str, set[str]], peta: dict[str, str]) -> None:
    for kolom, target in t.rujukan.items():
        ref = m.get(kolom)
        if ref is None or ref in isi.baris[target] or ref in dalam_paket.get(target, ()) \
                or ref in peta.values():
            continue
        out.masalah.append(f"{label(t.nama, m)}: rujukan {kolom} ke {NAMA_TABEL.get(target)} "
                           f"{ref} tidak ada di sini maupun di paket")
