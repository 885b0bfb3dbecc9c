"""The org chart (bagan kedudukan) as pure data, built from a `Struktur` as of a date.

The tree mirrors the kedudukan figures of the Perbup (seeds_A.md A.2, C.2): units with their
leading position, and under each Pejabat Penilai Kinerja (PPK) the "Kelompok JF dan Pelaksana"
placed there, grouped by jabatan. Node kinds:

- UNIT     one unit kerja with its leading position (the leader card: holder, Plt., or vacant);
- JABATAN  a PPK position that is not the unit's leader (e.g. a JF with delegated authority);
- KELOMPOK the JF/Pelaksana assessed by one PPK position, in sections per jabatan; one extra
           KELOMPOK per unit holds active pegawai who have no card anywhere else ("Tanpa PPK").

Children of a UNIT: its leader's KELOMPOK, its other positions (JABATAN), its child units, then
its "Tanpa PPK" group. Every active, non-external pegawai appears on exactly one card (on a past
date, not those whose first kedudukan starts later: not placed here yet), except someone with
two PPK at once (PPK_GANDA), who is shown in both groups so the finding can be seen:

- a pegawai who holds a position (Sekretaris, Kepala Bidang, a JF Kepala Puskesmas …) is drawn
  only as that position's leader card, never again in the group of the official assessing them
  (the tree already shows that relation; the card's `ppk_position_id` names the PPK);
- wrong data stays visible as a finding on its card (`Bagan.temuan`), not as a normal member: a
  structural official in a group who holds no position (BAGAN_STRUKTURAL_DALAM_KELOMPOK), a
  Pelaksana holding a position that assesses others (BAGAN_PPK_PELAKSANA).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.jabatan import Jabatan, JFKategori, Kategori
from sistemkerja_desktop.domain.organisasi import (
    Pegawai,
    Pengisian,
    PerangkatDaerah,
    Position,
    Struktur,
)
from sistemkerja_desktop.domain.profiles.citation import VALIDASI_DATA


class KelasJabatan(StrEnum):
    """The six colour classes of the chart's legend."""

    JPT = "JPT"
    ADMINISTRATOR = "Administrator"
    PENGAWAS = "Pengawas"
    JF_KEAHLIAN = "JF Keahlian"
    JF_KETERAMPILAN = "JF Keterampilan"
    PELAKSANA = "Pelaksana"


# Legend order and labels (Indonesian; shown on screen and printed).
LEGENDA: tuple[tuple[KelasJabatan, str], ...] = (
    (KelasJabatan.JPT, "Pimpinan Tinggi (JPT)"),
    (KelasJabatan.ADMINISTRATOR, "Administrator"),
    (KelasJabatan.PENGAWAS, "Pengawas"),
    (KelasJabatan.JF_KEAHLIAN, "JF Keahlian"),
    (KelasJabatan.JF_KETERAMPILAN, "JF Keterampilan"),
    (KelasJabatan.PELAKSANA, "Pelaksana"),
)

JUDUL_KELOMPOK = "Kelompok JF dan Pelaksana"
JUDUL_TANPA_PPK = "Tanpa Pejabat Penilai Kinerja"
TEKS_KOSONG = "Jabatan kosong"


def kelas_jabatan(kategori: Kategori, jabatan: Jabatan | None = None) -> KelasJabatan:
    if kategori in (Kategori.JPT_MADYA, Kategori.JPT_PRATAMA):
        return KelasJabatan.JPT
    if kategori is Kategori.ADMINISTRATOR:
        return KelasJabatan.ADMINISTRATOR
    if kategori is Kategori.PENGAWAS:
        return KelasJabatan.PENGAWAS
    if kategori is Kategori.PELAKSANA:
        return KelasJabatan.PELAKSANA
    if jabatan is not None and jabatan.jf_kategori is JFKategori.KETERAMPILAN:
        return KelasJabatan.JF_KETERAMPILAN
    return KelasJabatan.JF_KEAHLIAN  # also a JF whose jenjang is not recorded yet


class JenisNode(StrEnum):
    UNIT = "unit"
    JABATAN = "jabatan"
    KELOMPOK = "kelompok"


class Kartu(NamedTuple):
    """One card: a person in a group, or the holder (or vacancy) of a leading position.
    (A named tuple: thousands are made per chart, and they never change.)"""

    key: str  # unique within the chart
    pegawai_id: int | None
    nama: str  # with gelar; TEKS_KOSONG for a vacant position
    nip: str  # printed form; "" when vacant
    jabatan: str  # the person's jabatan (groups) or the position's name (leader cards)
    kelas: KelasJabatan
    pengisian: str = ""  # "Plt." / "Plh." for an acting holder
    kosong: bool = False
    catatan: str = ""  # leader cards: the holder's own jabatan when it differs (a JF leader)
    ppk_position_id: int | None = None  # the PPK position: group cards sit under it; for a
    # leader card, the holder's own PPK (first kedudukan in force), if any
    dapat_dipindah: bool = False  # JF/Pelaksana cards can be dragged to another PPK


@dataclass(frozen=True, slots=True)
class Seksi:
    """The cards of one jabatan inside a KELOMPOK."""

    judul: str
    kartu: tuple[Kartu, ...]


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    jenis: JenisNode
    judul: str  # unit name, position name, or the group's title
    anak: tuple[str, ...] = ()
    induk: str | None = None
    unit_id: int | None = None
    position_id: int | None = None  # the PPK a drop on this node goes to (None: not a target)
    kartu: Kartu | None = None  # UNIT/JABATAN: the leader card
    seksi: tuple[Seksi, ...] = ()  # KELOMPOK
    tanpa_ppk: bool = False

    @property
    def semua_kartu(self) -> tuple[Kartu, ...]:
        own = (self.kartu,) if self.kartu is not None else ()
        return own + tuple(k for s in self.seksi for k in s.kartu)


@dataclass(frozen=True)
class Bagan:
    pd: PerangkatDaerah
    tanggal: dt.date
    nodes: Mapping[str, Node]
    akar: tuple[str, ...]
    ppk_node: Mapping[int, str] = field(default_factory=dict)  # position id → drop-target node
    temuan: tuple[Finding, ...] = ()  # wrong data the chart itself shows (module docstring)

    def kartu_ppk(self, kartu: Kartu) -> Kartu | None:
        """The leader card of the PPK of the person on `kartu` (None: no PPK on this chart)."""
        nid = self.ppk_node.get(kartu.ppk_position_id) \
            if kartu.ppk_position_id is not None else None
        return self.nodes[nid].kartu if nid is not None else None

    @cached_property
    def kartu_pegawai(self) -> dict[int, tuple[tuple[str, Kartu], ...]]:
        """pegawai id → every (node id, card) showing that person."""
        out: dict[int, list[tuple[str, Kartu]]] = {}
        for node in self.nodes.values():
            for kartu in node.semua_kartu:
                if kartu.pegawai_id is not None:
                    out.setdefault(kartu.pegawai_id, []).append((node.id, kartu))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _orang(self) -> dict[str, frozenset[int]]:
        """node id → pegawai on the cards of its subtree (itself included)."""
        out: dict[str, frozenset[int]] = {}
        for nid in reversed(list(self.urutan())):
            node = self.nodes[nid]
            own = {k.pegawai_id for k in node.semua_kartu if k.pegawai_id is not None}
            out[nid] = frozenset(own.union(*(out[c] for c in node.anak)))
        return out

    @cached_property
    def jumlah_orang(self) -> dict[str, int]:
        """node id → number of distinct pegawai in its subtree (itself included)."""
        return {nid: len(people) for nid, people in self._orang.items()}

    def orang_di_bawah(self, node_id: str) -> frozenset[int]:
        """The pegawai a collapsed node hides: those of its children's subtrees."""
        return frozenset().union(*(self._orang[c] for c in self.nodes[node_id].anak))

    @cached_property
    def indeks_cari(self) -> tuple[tuple[str, str, str], ...]:
        """(casefolded nama + NIP + jabatan, node id, card key) in chart order."""
        out = []
        for nid in self.urutan():
            for k in self.nodes[nid].semua_kartu:
                hay = f"{k.nama} {k.nip} {k.nip.replace(' ', '')} {k.jabatan}".casefold()
                out.append((hay, nid, k.key))
        return tuple(out)

    def cari(self, teks: str) -> list[tuple[str, str]]:
        """(node id, card key) of every card whose nama, NIP or jabatan contains all the words
        of `teks` (case-insensitive; a NIP may be typed with or without spaces)."""
        words = teks.casefold().split()
        if not words:
            return []
        return [(nid, key) for hay, nid, key in self.indeks_cari
                if all(w in hay for w in words)]

    def urutan(self, akar: Iterable[str] | None = None) -> Iterable[str]:
        """Node ids in pre-order (parents before children, siblings in order)."""
        stack = list(reversed(tuple(self.akar if akar is None else akar)))
        while stack:
            nid = stack.pop()
            yield nid
            stack.extend(reversed(self.nodes[nid].anak))

    def leluhur(self, node_id: str) -> list[str]:
        """Ancestors of a node, nearest first."""
        out: list[str] = []
        induk = self.nodes[node_id].induk
        while induk is not None:
            out.append(induk)
            induk = self.nodes[induk].induk
        return out

    def node_unit(self, unit_id: int) -> str | None:
        nid = f"u{unit_id}"
        return nid if nid in self.nodes else None


# ---- building -------------------------------------------------------------------------------

def _kartu_pegawai(p: Pegawai, key: str, ppk: int | None) -> Kartu:
    jab = p.jabatan
    kategori = jab.kategori if jab is not None else Kategori.PELAKSANA
    return Kartu(key=key, pegawai_id=p.id, nama=p.nama_lengkap, nip=p.nip_tampil,
                 jabatan=jab.nama if jab is not None else "(jabatan belum diisi)",
                 kelas=kelas_jabatan(kategori, jab), ppk_position_id=ppk,
                 dapat_dipindah=jab is None or jab.is_jf_or_pelaksana)


def _kartu_pimpinan(s: Struktur, pos: Position, ppk: int | None) -> Kartu:
    holder = s.pegawai_by_id.get(pos.pemangku_id) if pos.pemangku_id is not None else None
    kelas = kelas_jabatan(pos.kategori, holder.jabatan if holder is not None else None)
    if holder is None or not holder.aktif:
        return Kartu(key=f"p{pos.id}", pegawai_id=None, nama=TEKS_KOSONG, nip="",
                     jabatan=pos.nama, kelas=kelas, kosong=True)
    label = pos.pengisian.value if pos.pengisian in (Pengisian.PLT, Pengisian.PLH) else ""
    own = holder.jabatan.nama if holder.jabatan is not None else ""
    catatan = own if own and own.casefold() not in pos.nama.casefold() \
        and holder.jabatan is not None and not holder.jabatan.kategori.struktural else ""
    return Kartu(key=f"p{pos.id}", pegawai_id=holder.id, nama=holder.nama_lengkap,
                 nip=holder.nip_tampil, jabatan=pos.nama, kelas=kelas, pengisian=label,
                 catatan=catatan, ppk_position_id=ppk)


def _urut_seksi(cards: list[tuple[Pegawai, Kartu]]) -> tuple[Seksi, ...]:
    by_jab: dict[str, list[tuple[Pegawai, Kartu]]] = {}
    for p, k in cards:
        by_jab.setdefault(k.jabatan, []).append((p, k))

    def order(item: tuple[str, list[tuple[Pegawai, Kartu]]]) -> tuple[object, ...]:
        jab = item[1][0][0].jabatan  # structural first, then JF Keahlian, JF Keterampilan,
        rank = jab.kategori.rank if jab else -1  # Pelaksana; senior jenjang first
        terampil = jab is not None and jab.jf_kategori is JFKategori.KETERAMPILAN
        jenjang = jab.jenjang.rank if jab and jab.jenjang else 0
        return (-rank, terampil, -jenjang, item[0].casefold())

    return tuple(
        Seksi(judul, tuple(k for _p, k in sorted(members,
                                                  key=lambda pk: (pk[0].nama.casefold(),
                                                                  pk[0].nip))))
        for judul, members in sorted(by_jab.items(), key=order))


class _Builder:
    def __init__(self, s: Struktur, tanggal: dt.date) -> None:
        self.s, self.tanggal = s, tanggal
        self.nodes: dict[str, Node] = {}
        self.ppk_node: dict[int, str] = {}
        self.aktif = {p.id: p for p in s.pegawai if p.aktif and not p.eksternal}
        self.shown: set[int] = set()
        self.temuan: list[Finding] = []
        # holders of a position are drawn as its leader card, and there only
        self.pemangku = {pos.pemangku_id for pos in s.positions if pos.pemangku_id in self.aktif}
        self.members: dict[int, list[Pegawai]] = {}
        self.ppk_of: dict[int, int] = {}  # pegawai id → their (first) PPK position
        for pid, ks in s.kedudukan_on(tanggal).items():
            p = self.aktif.get(pid)
            if p is None:
                continue
            for k in ks:
                if k.ppk_position_id in s.position_by_id:
                    self.ppk_of.setdefault(pid, k.ppk_position_id)
                    if pid not in self.pemangku:
                        self.members.setdefault(k.ppk_position_id, []).append(p)
        self.positions_in: dict[int | None, list[Position]] = {}
        for pos in s.positions:
            unit_id = pos.unit_id if pos.unit_id in s.unit_by_id else None
            self.positions_in.setdefault(unit_id, []).append(pos)

    def kelompok(self, pos: Position, induk: str) -> str | None:
        members = self.members.get(pos.id)
        if not members:
            return None
        nid = f"k{pos.id}"
        cards = [(p, _kartu_pegawai(p, f"g{p.id}@{pos.id}", pos.id)) for p in members]
        self.shown.update(p.id for p in members)
        for p in members:
            if p.jabatan is not None and not p.jabatan.is_jf_or_pelaksana:
                self.salah("BAGAN_STRUKTURAL_DALAM_KELOMPOK", p, Tingkat.PERINGATAN,
                           f"{p.nama_lengkap} ({p.jabatan.nama}) berjabatan struktural tetapi "
                           f"tidak memangku jabatan pimpinan mana pun, sehingga tampil dalam "
                           f"{JUDUL_KELOMPOK} di bawah {pos.nama}. Catat jabatan yang "
                           "dipangkunya di Struktur & Kedudukan.")
        holder = self.aktif.get(pos.pemangku_id) if pos.pemangku_id is not None else None
        if holder is not None and holder.jabatan is not None \
                and holder.jabatan.kategori is Kategori.PELAKSANA:
            self.salah("BAGAN_PPK_PELAKSANA", holder, Tingkat.GALAT,
                       f"{holder.nama_lengkap} ({holder.jabatan.nama}) adalah Pelaksana, tetapi "
                       f"memangku {pos.nama} yang menjadi Pejabat Penilai Kinerja bagi "
                       f"{len(members)} pegawai.")
        self.nodes[nid] = Node(nid, JenisNode.KELOMPOK, JUDUL_KELOMPOK, induk=induk,
                               unit_id=pos.unit_id, position_id=pos.id,
                               seksi=_urut_seksi(cards))
        return nid

    def salah(self, kode: str, p: Pegawai, tingkat: Tingkat, pesan: str) -> None:
        if any(f.kode == kode and f.pegawai_id == p.id for f in self.temuan):
            return  # once per person (a PPK ganda shows them in two groups)
        self.temuan.append(Finding(kode=kode, tingkat=tingkat, pesan=pesan,
                                   dasar=str(VALIDASI_DATA), pegawai_id=p.id, nip=p.nip,
                                   unit_id=p.unit_id))

    def pimpinan(self, pos: Position) -> Kartu:
        holder = pos.pemangku_id
        return _kartu_pimpinan(self.s, pos, self.ppk_of.get(holder) if holder else None)

    def jabatan(self, pos: Position, induk: str | None) -> str:
        nid = f"j{pos.id}"
        kartu = self.pimpinan(pos)
        if kartu.pegawai_id is not None:
            self.shown.add(kartu.pegawai_id)
        grp = self.kelompok(pos, nid)
        self.nodes[nid] = Node(nid, JenisNode.JABATAN, pos.nama, anak=(grp,) if grp else (),
                               induk=induk, unit_id=pos.unit_id, position_id=pos.id, kartu=kartu)
        self.ppk_node[pos.id] = nid
        return nid

    def unit(self, unit_id: int, induk: str | None) -> str:
        unit = self.s.unit_by_id[unit_id]
        nid = f"u{unit_id}"
        positions = self.positions_in.get(unit_id, [])
        lead = next((p for p in positions if p.pimpinan_unit), None)
        anak: list[str] = []
        kartu = None
        if lead is not None:
            kartu = self.pimpinan(lead)
            if kartu.pegawai_id is not None:
                self.shown.add(kartu.pegawai_id)
            self.ppk_node[lead.id] = nid
            grp = self.kelompok(lead, nid)
            if grp:
                anak.append(grp)
        anak += [self.jabatan(p, nid) for p in positions if p is not lead]
        anak += [self.unit(child.id, nid) for child in self.s.children.get(unit_id, ())]
        self.nodes[nid] = Node(nid, JenisNode.UNIT, unit.nama, anak=tuple(anak), induk=induk,
                               unit_id=unit_id, position_id=lead.id if lead else None,
                               kartu=kartu)
        return nid

    def tanpa_ppk(self) -> None:
        """Active pegawai shown nowhere yet: a group in their unit (or at the root). Someone
        whose first kedudukan starts after the date was not placed here yet: not shown."""
        first: dict[int, dt.date] = {}
        for k in self.s.kedudukan:
            if k.pegawai_id not in first or k.tmt_mulai < first[k.pegawai_id]:
                first[k.pegawai_id] = k.tmt_mulai
        left: dict[int | None, list[Pegawai]] = {}
        for p in self.aktif.values():
            if p.id not in self.shown and first.get(p.id, self.tanggal) <= self.tanggal:
                unit_id = p.unit_id if f"u{p.unit_id}" in self.nodes else None
                left.setdefault(unit_id, []).append(p)
        for unit_id, people in left.items():
            induk = f"u{unit_id}" if unit_id is not None else None
            nid = f"t{unit_id if unit_id is not None else 0}"
            cards = [(p, _kartu_pegawai(p, f"g{p.id}@-", None)) for p in people]
            self.nodes[nid] = Node(nid, JenisNode.KELOMPOK, JUDUL_TANPA_PPK, induk=induk,
                                   unit_id=unit_id, seksi=_urut_seksi(cards), tanpa_ppk=True)
            if induk is not None:
                parent = self.nodes[induk]
                self.nodes[induk] = dataclasses.replace(parent, anak=(*parent.anak, nid))


def build_bagan(struktur: Struktur, tanggal: dt.date) -> Bagan:
    """The chart of `struktur` as of `tanggal` (kedudukan in force on that date)."""
    b = _Builder(struktur, tanggal)
    roots = [b.unit(u.id, None) for u in struktur.units
             if u.parent_id is None or u.parent_id not in struktur.unit_by_id]
    roots += [b.jabatan(p, None) for p in b.positions_in.get(None, [])]
    b.tanpa_ppk()
    if "t0" in b.nodes:
        roots.append("t0")
    return Bagan(pd=struktur.pd, tanggal=tanggal, nodes=b.nodes, akar=tuple(roots),
                 ppk_node=b.ppk_node, temuan=tuple(b.temuan))


# ---- findings on the chart ------------------------------------------------------------------

@dataclass(frozen=True)
class TemuanBagan:
    """Findings placed on the chart: per card, and per node (the unit/position whose leader card
    or own groups hold the cards concerned)."""

    per_kartu: Mapping[str, tuple[Finding, ...]]
    per_node: Mapping[str, tuple[Finding, ...]]
    lokasi: Mapping[int, str]  # index in the findings list → node id it is shown on


def petakan_temuan(bagan: Bagan, findings: Iterable[Finding]) -> TemuanBagan:
    per_kartu: dict[str, list[Finding]] = {}
    per_node: dict[str, list[Finding]] = {}
    lokasi: dict[int, str] = {}
    for i, f in enumerate(findings):
        places = bagan.kartu_pegawai.get(f.pegawai_id, ()) if f.pegawai_id is not None else ()
        owners: list[str] = []
        for node_id, kartu in places:
            per_kartu.setdefault(kartu.key, []).append(f)
            node = bagan.nodes[node_id]
            owner = node.induk if node.jenis is JenisNode.KELOMPOK and node.induk else node_id
            if owner not in owners:
                owners.append(owner)
        if not owners:
            unit_node = bagan.node_unit(f.unit_id) if f.unit_id is not None else None
            owners = [unit_node or (bagan.akar[0] if bagan.akar else "")]
        for owner in owners:
            if owner:
                per_node.setdefault(owner, []).append(f)
        lokasi[i] = places[0][0] if places else owners[0]
    return TemuanBagan({k: tuple(v) for k, v in per_kartu.items()},
                       {k: tuple(v) for k, v in per_node.items()}, lokasi)
