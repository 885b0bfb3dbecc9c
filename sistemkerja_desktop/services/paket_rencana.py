"""Planning the merge of a received package without writing (issue #12).

Each received record meets ours by UUID, else by natural key (never a record the same package
deletes: that one is being replaced). Its common base is chosen among the candidates — the
values agreed at our last import from that peer, the values the peer agreed at its last import
from us (carried by the package), the state at the newest audit row both trails share (a copy of
the file) — as the one whose merge asks and changes least: the most recent common base; no
clocks are compared. Then `domain.paket_gabung` merges field by field.

A deletion deletes our record only when we did not change it since; when records of ours still
depend on it (added or changed here, not deleted by the package) it becomes a conflict, never a
silent cascade. Deletions are planned children first."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models_paket import SinkronDasarRow
from sistemkerja_desktop.domain.paket_gabung import (
    DIHAPUS,
    REKAMAN,
    Aksi,
    Konflik,
    Rencana,
    gabung,
    hapus,
    ukuran,
)
from sistemkerja_desktop.services.paket_baca import Isi, baca_isi, keadaan_pada, riwayat
from sistemkerja_desktop.services.paket_masuk import Diterima, baca_paket
from sistemkerja_desktop.services.paket_tabel import (
    ISI,
    KUNCI_ALAMI,
    KUNCI_TUNGGAL,
    NAMA_TABEL,
    PER_NAMA,
    TABEL,
    Tabel,
    kunci_laporan,
    label,
)

__all__ = ["Diterima", "RencanaPaket", "baca_paket", "rencanakan"]
_URUT = {t.nama: i for i, t in enumerate(TABEL)}


@dataclass
class RencanaPaket:
    diterima: Diterima
    rencana: list[Rencana]  # in table order; deletions last, children first
    mereka_uuid: dict[int, str]  # id(rencana) → the uuid in the package
    nilai_mereka: dict[int, dict[str, Any]]  # id(rencana) → their values, in our uuids
    peta: dict[str, str]  # their uuid → our uuid (records met by natural key)
    label: dict[int, str]
    masalah: list[str] = field(default_factory=list)
    awal: set[int] = field(default_factory=set)  # id(rencana) of deletions done before adding
    # id(rencana) → our records (table, uuid) deleted when their record is chosen instead
    ganti: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    hapus_paket: set[int] = field(default_factory=set)  # id(rencana) from the package's deletions
    # id(rencana) of a record that went with its parent (ON DELETE CASCADE) → the parent's uuid
    # here: it goes only if the parent does (kept with a kept parent)
    induk: dict[int, str] = field(default_factory=dict)

    @property
    def konflik(self) -> list[Konflik]:
        return [k for r in self.rencana for k in r.konflik]

    def jumlah(self, aksi: Aksi) -> int:
        return sum(1 for r in self.rencana if r.aksi is aksi)


class _Perencana:
    def __init__(self, s: Session, d: Diterima, asal_kita: str) -> None:
        self.d = d
        self.asal_kita = asal_kita
        self.isi: Isi = baca_isi(s)
        self.stored = {row.record_uuid: json.loads(row.nilai) for row in s.scalars(
            select(SinkronDasarRow).where(SinkronDasarRow.asal == d.asal_id))}
        uuids = {r["uuid"] for rs in d.rekaman.values() for r in rs} | {
            x["uuid"] for x in d.dihapus}
        self.trail = riwayat(s, uuids)
        self.peta: dict[str, str] = {}
        self.dalam_paket = {t: {r["uuid"] for r in rs} for t, rs in d.rekaman.items()}
        self.dihapus = {x["uuid"] for x in d.dihapus}
        self.out = RencanaPaket(d, [], {}, {}, self.peta, {})
        self._pakai: dict[tuple[str, str], list[tuple[str, str]]] | None = None
        self._nama: dict[str, str] = {}
        for t in TABEL:
            for u, b in self.isi.baris[t.nama].items():
                self._nama[u] = label(t.nama, b.nilai)
        for t, rs in d.rekaman.items():
            for r in rs:
                self._nama.setdefault(r["uuid"], label(t, r["nilai"]))

    # ---- helpers ------------------------------------------------------------------------------

    def terjemah(self, t: Tabel, nilai: dict[str, Any]) -> dict[str, Any]:
        m = dict(nilai)
        for kolom in t.rujukan:
            if m.get(kolom) is not None:
                m[kolom] = self.peta.get(m[kolom], m[kolom])
        if t.nama == "laporan" and m.get("kunci"):
            m["kunci"] = kunci_laporan(m["kunci"], lambda _t, u: self.peta.get(u, u))
        return m

    def label(self, t: Tabel, nilai: dict[str, Any]) -> str:
        """The record in words; one without a name of its own is named by what it refers to
        ("Anggota tim: Siti Aminah (NIP) — Tim Kerja Stunting")."""
        text = label(t.nama, nilai)
        if text != NAMA_TABEL.get(t.nama, t.nama):
            return text
        order = sorted(t.rujukan, key=lambda k: t.rujukan[k] != "pegawai")  # the person first
        refs = [self._nama[nilai[k]].split(": ", 1)[-1] for k in order
                if nilai.get(k) in self._nama]
        return f"{text}: {' — '.join(refs[:2])}" if refs else text

    def dasar(self, t: Tabel, u: str, paket_dasar: Any,
              coba: Callable[[dict[str, Any] | None], Rencana]) -> Rencana:
        """The plan from the best common base (see the module doc)."""
        candidates: list[dict[str, Any] | None] = []
        if u in self.stored:
            candidates.append(self.stored[u])
        theirs = paket_dasar.get(self.asal_kita) if self.asal_kita and isinstance(
            paket_dasar, dict) else None
        if isinstance(theirs, dict) and isinstance(theirs.get("nilai"), dict):
            candidates.append(self.terjemah(t, theirs["nilai"]))
        return min((coba(c) for c in candidates or [None]), key=ukuran)

    def leluhur(self, t: Tabel, u: str, jejak: Any) -> dict[str, Any] | None:
        rows = self.trail.get(u, [])
        ours = {h: rid for rid, h, _a, _s in rows}
        shared = [ours[h] for h in jejak if isinstance(h, str) and h in ours] \
            if isinstance(jejak, list) else []
        return keadaan_pada(rows, t.nama, max(shared), self.isi.uuid_of) if shared else None

    def catat(self, r: Rencana, u: str, m: dict[str, Any], teks: str) -> None:
        self.out.rencana.append(r)
        self.out.mereka_uuid[id(r)] = u
        self.out.nilai_mereka[id(r)] = m
        self.out.label[id(r)] = teks

    # ---- received records -------------------------------------------------------------------

    def rekaman(self) -> None:
        for t in TABEL:
            alami = _indeks(self.isi, t, KUNCI_ALAMI.get(t.nama), skip=self.dihapus)
            tunggal = _indeks(self.isi, t, KUNCI_TUNGGAL.get(t.nama))
            for rec in _urut(t, self.d.rekaman.get(t.nama, [])):
                self.satu(t, rec, alami, tunggal)

    def satu(self, t: Tabel, rec: dict[str, Any], alami: dict | None,
             tunggal: dict | None) -> None:
        u = rec["uuid"]
        m = self.terjemah(t, rec["nilai"])
        ours = u if u in self.isi.baris[t.nama] else None
        if ours is None and alami is not None:
            ours = alami.get(_kunci(t, m, KUNCI_ALAMI[t.nama]))
            if ours is not None:
                self.peta[u] = ours
                m = self.terjemah(t, rec["nilai"])
        if ours is None and tunggal is not None \
                and tunggal.get(_kunci(t, m, KUNCI_TUNGGAL[t.nama])) is not None:
            self.out.masalah.append(
                f"{NAMA_TABEL.get(t.nama, t.nama)} {m.get('nomor')}: nomor ini sudah dipakai di "
                "sini untuk naskah lain — nomor resmi tidak boleh ganda, jadi register ini tidak "
                "dapat digabung (paket per tim lain tetap dapat dikirim)")
        kita = self.isi.baris[t.nama][ours].nilai if ours is not None else None
        if kita is not None and rec.get("rujukan") is True:  # outside the package's scope
            self.catat(Rencana(t.nama, ours or u, Aksi.SAMA), u, {}, self.label(t, kita))
            return
        fallback = self.leluhur(t, u, rec.get("jejak")) if ours == u else None

        def coba(dasar: dict[str, Any] | None) -> Rencana:
            return gabung(t.nama, ours or u, kita, m, dasar if dasar is not None else fallback)

        r = self.dasar(t, u, rec.get("dasar", {}), coba)
        self._rujukan(t, m)
        teks = self.label(t, kita if kita and r.aksi is not Aksi.TAMBAH else m)
        self.catat(r, u, m, teks)
        if t.nama in ISI and r.aksi is Aksi.TAMBAH and f"isi/{t.nama}/{u}" not in self.d.isi:
            self.out.masalah.append(f"{teks}: isi lampirannya tidak ada di paket")

    def _rujukan(self, t: Tabel, m: dict[str, Any]) -> None:
        for kolom, target in t.rujukan.items():
            ref = m.get(kolom)
            if ref is None or ref in self.isi.baris[target] \
                    or ref in self.dalam_paket.get(target, ()) or ref in self.peta.values():
                continue
            self.out.masalah.append(
                f"{self.label(t, m)}: {kolom} merujuk {NAMA_TABEL.get(target, target)} {ref} "
                "yang tidak ada di sini maupun di paket")

    # ---- kedudukan: one pegawai moved on both sides ------------------------------------------

    def kedudukan(self) -> None:
        """Their new kedudukan of a pegawai for whom we also recorded a new one (both laptops
        moved the same person): one question — our move or theirs — instead of two kedudukan
        at once, which the commit would refuse."""
        sent = self.dalam_paket.get("kedudukan", set())
        if not sent:
            return
        ours_new: dict[str, list[str]] = defaultdict(list)
        for u, row in self.isi.baris["kedudukan"].items():
            if u not in sent and u not in self.peta.values() and u not in self.dihapus:
                ours_new[row.nilai["pegawai_id"]].append(u)
        for i, r in enumerate(self.out.rencana):
            if r.tabel != "kedudukan" or r.aksi is not Aksi.TAMBAH:
                continue
            m = self.out.nilai_mereka[id(r)]
            mine = ours_new.get(m.get("pegawai_id"), [])
            if not mine:
                continue
            latest = max(mine, key=lambda u: self.isi.baris["kedudukan"][u].nilai["tmt_mulai"])
            kita = self._pindah(self.isi.baris["kedudukan"][latest].nilai)
            new = Rencana(r.tabel, r.uuid, Aksi.SAMA, penuh=dict(m), konflik=[
                Konflik(r.tabel, r.uuid, REKAMAN, kita, self._pindah(m))])
            self.out.rencana[i] = new
            for mapping in (self.out.mereka_uuid, self.out.nilai_mereka, self.out.label):
                mapping[id(new)] = mapping.pop(id(r))
            self.out.ganti[id(new)] = [("kedudukan", u) for u in mine]

    def _pindah(self, k: dict[str, Any]) -> str:
        ppk = self._nama.get(k.get("ppk_position_id") or "", "").split(": ", 1)[-1]
        return f"di bawah {ppk or 'PPK'} sejak {k.get('tmt_mulai')}"

    # ---- deletions --------------------------------------------------------------------------

    def penghapusan(self) -> None:
        tambah = defaultdict(set)  # table → natural keys of records the package adds
        for r in self.out.rencana:
            t = PER_NAMA[r.tabel]
            if r.aksi is Aksi.TAMBAH and KUNCI_ALAMI.get(t.nama):
                tambah[t.nama].add(_kunci(t, self.out.nilai_mereka[id(r)], KUNCI_ALAMI[t.nama]))
        planned: set[str] = set()
        ikut: list[tuple[Rencana, Tabel, dict[str, Any]]] = []
        for x in sorted(self.d.dihapus, key=lambda x: -_URUT[x["tabel"]]):
            t = PER_NAMA[x["tabel"]]
            u = x["uuid"]
            terakhir = self.terjemah(t, x["terakhir"])
            ours = u if u in self.isi.baris[t.nama] else None
            if ours is None and KUNCI_ALAMI.get(t.nama):
                key = _kunci(t, terakhir, KUNCI_ALAMI[t.nama])
                index = _indeks(self.isi, t, KUNCI_ALAMI[t.nama], skip=self.dalam_paket.get(
                    t.nama, set()) | set(self.peta.values()))
                ours = index.get(key) if index and key is not None else None
            kita = self.isi.baris[t.nama][ours].nilai if ours is not None else None
            candidates = [terakhir]
            if ours == u:
                candidates.append(self.leluhur(t, u, x.get("jejak")))

            def coba(dasar: dict[str, Any] | None, t: Tabel = t, ours: str | None = ours,
                     kita: dict | None = kita, u: str = u) -> Rencana:
                return hapus(t.nama, ours or u, kita, dasar if dasar is not None else None)

            r = min([coba(c) for c in candidates if c is not None]
                    + [self.dasar(t, u, x.get("dasar", {}), coba)], key=ukuran)
            if r.aksi is Aksi.HAPUS:
                r = self._bergantung(t, r, planned)
            if r.aksi is Aksi.HAPUS:
                planned.add(r.uuid)
            self.catat(r, u, {}, self.label(t, kita or terakhir))
            self.out.hapus_paket.add(id(r))
            if x.get("ikut") is True:
                ikut.append((r, t, terakhir))
            if kita is not None and _kunci(t, kita, KUNCI_ALAMI.get(t.nama, ("-",))) in tambah[
                    t.nama]:
                self.out.awal.add(id(r))  # replaced by a record the package adds: delete first
        gone = {r.uuid for r in self.out.rencana if id(r) in self.out.hapus_paket}
        for r, t, terakhir in ikut:
            for kolom in t.rujukan:
                fk = next(iter(t.table.c[kolom].foreign_keys))
                if fk.ondelete == "CASCADE" and terakhir.get(kolom) in gone:
                    self.out.induk[id(r)] = terakhir[kolom]
                    break

    def _bergantung(self, t: Tabel, r: Rencana, planned: set[str]) -> Rencana:
        """A deletion with records of ours still depending on it becomes a conflict."""
        if self._pakai is None:
            self._pakai = defaultdict(list)
            for other in TABEL:
                for kolom, target in other.rujukan.items():
                    for u, row in self.isi.baris[other.nama].items():
                        if row.nilai.get(kolom) is not None:
                            self._pakai[(target, row.nilai[kolom])].append((other.nama, u))
        users: dict[str, int] = defaultdict(int)
        for tabel, u in self._pakai.get((t.nama, r.uuid), []):
            if u not in planned and u != r.uuid:
                users[NAMA_TABEL.get(tabel, tabel)] += 1
        if not users:
            return r
        dipakai = ", ".join(f"{n} {nama.lower()}" for nama, n in sorted(users.items()))
        return Rencana(r.tabel, r.uuid, Aksi.SAMA, konflik=[
            Konflik(r.tabel, r.uuid, REKAMAN, f"(masih dipakai di sini: {dipakai})", DIHAPUS)])


def rencanakan(s: Session, d: Diterima, asal_kita: str) -> RencanaPaket:
    p = _Perencana(s, d, asal_kita)
    p.rekaman()
    p.kedudukan()
    p.penghapusan()
    return p.out


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


def _indeks(isi: Isi, t: Tabel, cols: tuple[str, ...] | None,
            skip: set[str] = frozenset()) -> dict | None:  # type: ignore[assignment]
    if cols is None:
        return None
    rows = [(u, row) for u, row in isi.baris[t.nama].items() if u not in skip]
    if cols == ():  # one row per file: that row
        return {(t.nama,): rows[0][0]} if rows else {}
    out = {}
    for u, row in rows:
        key = _kunci(t, row.nilai, cols)
        if key is not None:
            out.setdefault(key, u)
    return out
