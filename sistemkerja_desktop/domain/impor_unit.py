"""The unit tree an import builds: every row's UNIT KERJA resolved to a path from the root.

The root is the Perangkat Daerah itself (a unit of jenis Pimpinan); paths leave it out, as users
write them: `()` is the root, `("Sekretariat", "Subbagian Umum")` a unit two levels below it.

How a row's unit is found, first rule that applies:

1. A path (`Sekretariat / Subbagian Umum`) is taken as written; a leading agency name is the
   root. Its first name may be a unit known deeper in the database (if only one).
2. A single name with an UNOR INDUK cell: under that induk (a name or a path). An induk that is
   the agency itself says nothing more than SIASN always says (its "unor induk" is the agency),
   so the rules below still apply.
3. A name written deeper in another row's path, or known once in the database: that unit (the
   user's own corrections of an earlier import are kept).
4. In a file that writes paths, a single name is a unit directly under the root.
5. Otherwise (the SIASN way: "UNOR NAMA" is the lowest unit) the parent comes from the atasan
   chain: the unit led by the NIP ATASAN of this unit's head. A head is the most senior
   structural official of the unit whose atasan is outside it (else a JF who assesses members
   of the unit: a Kepala Sekolah/Puskesmas with tugas tambahan). A unit without a head in the
   file is led by the person most of its members name as atasan (a Plt. or the next official);
   its parent is chosen among the units that person and their atasan lead, by the usual
   nesting of unit kinds (a Seksi under a Bidang, a Bidang not under a Sekretariat).
   Units whose parent cannot be found (no head, atasan unknown, a cycle) hang under the root
   and are reported in `tidak_diketahui`. Same-named units under different parents
   ("Subbagian Tata Usaha" in two UPTD) are different units.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sistemkerja_desktop.domain.impor import PegawaiRecord, RowError
from sistemkerja_desktop.domain.impor_jalur import (
    fit,
    jenis_of_path,
    name_key,
    root_keys,
    strip_root,
)
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.organisasi import guess_jenis_unit

Path = tuple[str, ...]
_MAX_DEPTH = 60  # nesting of inferred units followed at most (guards odd chains)
_JPT = (Kategori.JPT_MADYA, Kategori.JPT_PRATAMA)


@dataclass(frozen=True)
class UnitNode:
    path: Path  # () is the root
    anggota: int  # rows placed directly in this unit
    baru: bool  # not in the database yet
    induk_tidak_diketahui: bool = False

    @property
    def nama(self) -> str:
        return self.path[-1] if self.path else ""

    @property
    def jalur(self) -> str:
        return " / ".join(self.path)


@dataclass(frozen=True)
class UnitTreePlan:
    root_nama: str
    paths: dict[int, Path]  # Excel row → unit path (rows without a unit are absent)
    nodes: tuple[UnitNode, ...]  # root first, parents before children
    tidak_diketahui: frozenset[Path]  # units hung under the root for want of a parent
    errors: tuple[RowError, ...] = ()

    def pesan_tidak_diketahui(self, path: Path) -> str:
        return (f"Unit '{path[-1]}': induknya tidak dapat ditentukan dari NIP ATASAN "
                f"pimpinannya; diletakkan langsung di bawah {self.root_nama}. Periksa dan "
                "pindahkan bila perlu.")

    @property
    def peringatan(self) -> list[str]:
        return [self.pesan_tidak_diketahui(p) for p in sorted(self.tidak_diketahui)]

    def children(self) -> dict[Path, list[UnitNode]]:
        out: dict[Path, list[UnitNode]] = {}
        for node in self.nodes:
            if node.path:
                out.setdefault(node.path[:-1], []).append(node)
        return out


class _Planner:
    def __init__(self, records: Sequence[PegawaiRecord], root_nama: str, names: Iterable[str],
                 existing: Iterable[Path], known: Mapping[str, Path], label: str) -> None:
        self.records = [r for r in records if r.unit_path]
        self.root_nama, self.known, self.label = root_nama, known, label
        self.by_nip = {r.nip: r for r in records}
        self.existing = {tuple(name_key(n) for n in p) for p in existing}
        self.canon: dict[str, str] = {}
        self.by_name: dict[str, list[Path]] = {}
        for p in existing:
            for n in p:
                self.canon.setdefault(name_key(n), n)
            self.by_name.setdefault(name_key(p[-1]), []).append(p)
        self.given_keys = {name_key(n) for n in (root_nama, *names) if n}
        self.keys = set(root_keys(root_nama, *names))
        self.keys |= self._top_offices()
        self.raw = {r.baris: strip_root(r.unit_path, self.keys) for r in self.records}
        self.root_written = self._root_as_written()
        self.path_mode = any(len(p) >= 2 for p in self.raw.values())
        self.deeper: dict[str, set[Path]] = {}
        self.tops: set[str] = set()
        for p in self.raw.values():
            if len(p) >= 2:
                self.tops.add(name_key(p[0]))
                for i in range(1, len(p)):
                    self.deeper.setdefault(name_key(p[i]), set()).add(p[:i + 1])
        self.groups: dict[str, list[PegawaiRecord]] = {}
        for r in self.records:
            p = self.raw[r.baris]
            if len(p) == 1:
                self.groups.setdefault(name_key(p[0]), []).append(r)
        self.heads: dict[str, list[str]] = {g: self._heads(rs) for g, rs in self.groups.items()}
        self.acting: dict[str, str | None] = {}
        self.acting_for: dict[str, list[str]] = {}
        for g, rs in self.groups.items():
            if not self.heads[g]:
                a = self._acting(g, rs)
                self.acting[g] = a
                if a is not None:
                    self.acting_for.setdefault(a, []).append(g)
        self.done: dict[int, Path] = {}
        self.active_rows: set[int] = set()
        self.instances: dict[tuple[str, str | None], Path | None] = {}
        self.active: set[tuple[str, str | None]] = set()
        self.unknown: set[Path] = set()
        self.errors: list[RowError] = []

    # ---- preparation --------------------------------------------------------------------

    def _top_offices(self) -> set[str]:
        """A JPT with no atasan sits in the agency's own office, whatever the file calls it."""
        out: set[str] = set()
        for r in self.records:
            p = strip_root(r.unit_path, self.keys)
            if (len(p) == 1 and r.jabatan.kategori in _JPT and
                    (r.nip_atasan is None or (r.nip_atasan not in self.by_nip
                                              and r.nip_atasan not in self.known))):
                out.add(name_key(p[0]))
        return out

    def _root_as_written(self) -> str:
        """How the file names the root (the head's own row first): a new root takes it."""
        cut = [r.unit_path[len(r.unit_path) - len(self.raw[r.baris]) - 1] for r in self.records
               if len(self.raw[r.baris]) < len(r.unit_path)]
        whole = [r.unit_path[-1] for r in self.records if not self.raw[r.baris]]
        return (whole or cut or [""])[0]

    def _heads(self, rows: list[PegawaiRecord]) -> list[str]:
        inside = {r.nip for r in rows}
        outside = [r for r in rows if r.nip_atasan not in inside]
        struk = [r for r in outside if r.jabatan.kategori.struktural]
        if struk:
            top = max(r.jabatan.kategori.rank for r in struk)
            return [r.nip for r in struk if r.jabatan.kategori.rank == top]
        assessors = {r.nip_atasan for r in rows if r.nip_atasan in inside}
        return [r.nip for r in outside if r.nip in assessors]

    def _acting(self, g: str, rows: list[PegawaiRecord]) -> str | None:
        inside = {r.nip for r in rows}
        votes = Counter(r.nip_atasan for r in rows if r.nip_atasan and r.nip_atasan not in inside)
        return votes.most_common(1)[0][0] if votes else None

    def _head_of(self, r: PegawaiRecord, g: str) -> str | None:
        heads = self.heads[g]
        if not heads:
            return None
        inside = {x.nip for x in self.groups[g]}
        seen: set[str] = set()
        x: PegawaiRecord | None = r
        while x is not None and x.nip not in seen:
            if x.nip in heads:
                return x.nip
            seen.add(x.nip)
            if x.nip_atasan not in inside:
                break
            x = self.by_nip.get(x.nip_atasan) if x.nip_atasan else None
        exit_atasan = x.nip_atasan if x is not None else None
        same = [h for h in heads if self.by_nip[h].nip_atasan == exit_atasan]
        return (same or heads)[0]

    # ---- resolution ---------------------------------------------------------------------

    def _canon(self, path: Path) -> Path:
        return tuple(self.canon.setdefault(name_key(n), n) for n in path)

    def _error(self, r: PegawaiRecord, name: str, count: int) -> None:
        self.errors.append(RowError(r.baris, self.label, f"unit '{name}' ada di {count} tempat; "
                                    "tulis jalurnya, mis. 'UPTD X / Subbagian Tata Usaha'"))

    def row_path(self, r: PegawaiRecord) -> Path | None:
        """The row's unit path; None only while that row is being resolved (a cycle)."""
        if r.baris in self.done:
            return self.done[r.baris]
        if r.baris in self.active_rows:
            return None
        self.active_rows.add(r.baris)
        try:
            path = self._canon(self._resolve(r))
        finally:
            self.active_rows.discard(r.baris)
        self.done[r.baris] = path
        return path

    def _anchor(self, p: Path, r: PegawaiRecord) -> Path:
        cands = self.by_name.get(name_key(p[0]), [])
        if not cands or any(len(c) == 1 for c in cands) or name_key(p[0]) in self.tops:
            return p
        if len(cands) == 1:
            return cands[0] + p[1:]
        self._error(r, p[0], len(cands))
        return p

    def _resolve(self, r: PegawaiRecord) -> Path:
        p = self.raw[r.baris]
        if len(p) != 1:
            return self._anchor(p, r) if p else ()
        name, key = p[0], name_key(p[0])
        induk = strip_root(r.unit_induk, self.keys)
        if induk:
            parent = self._induk(induk, r)
            if parent is not None and key not in {name_key(n) for n in parent}:
                return parent + (name,)
        deeper = self.deeper.get(key, set())
        if len(deeper) == 1:
            return next(iter(deeper))
        cands = self.by_name.get(key, []) + sorted(deeper - set(self.by_name.get(key, [])))
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:
            inferred = self._infer(r, key)
            if inferred is not None and any(
                    tuple(map(name_key, c)) == tuple(map(name_key, inferred)) for c in cands):
                return inferred
            self._error(r, name, len(cands))
            return (name,)
        if key in self.tops or self.path_mode:
            return (name,)
        inferred = self._infer(r, key)
        if inferred is None:
            self.unknown.add(self._canon((name,)))
            return (name,)
        return inferred

    def _induk(self, induk: Path, r: PegawaiRecord) -> Path | None:
        if len(induk) >= 2:
            return self._anchor(induk, r)
        key = name_key(induk[0])
        group = self.groups.get(key)
        if group:
            return self.row_path(group[0])
        deeper = self.deeper.get(key, set())
        if len(deeper) == 1:
            return next(iter(deeper))
        cands = self.by_name.get(key, [])
        return cands[0] if len(cands) == 1 else induk

    # ---- inference through the atasan chain ---------------------------------------------

    def _infer(self, r: PegawaiRecord, g: str) -> Path | None:
        return self._instance(g, self._head_of(r, g))

    def _instance(self, g: str, head: str | None) -> Path | None:
        ikey = (g, head)
        if ikey in self.instances:
            return self.instances[ikey]
        if ikey in self.active or len(self.active) > _MAX_DEPTH:
            return None
        self.active.add(ikey)
        try:
            name = self.raw[self.groups[g][0].baris][0]
            if head is not None:
                cands = self._led_by(self.by_nip[head].nip_atasan)
            else:
                acting = self.acting.get(g)
                up = self.by_nip[acting].nip_atasan if acting in self.by_nip else None
                cands = self._led_by(acting) + self._led_by(up)
            parent = _best(cands, name)
            result = None if parent is None else parent + (name,)
        finally:
            self.active.discard(ikey)
        self.instances[ikey] = result
        return result

    def _led_by(self, nip: str | None) -> list[Path]:
        """The units `nip` leads or sits in: their own, and those they act for."""
        if not nip:
            return []
        r = self.by_nip.get(nip)
        if r is None:
            return [self.known[nip]] if nip in self.known else []
        out: list[Path] = []
        own = self.row_path(r)
        if own is not None:
            out.append(own)
        for g in self.acting_for.get(nip, ()):
            inst = self._instance(g, None)
            if inst is not None:
                out.append(inst)
        return out

    # ---- result ---------------------------------------------------------------------------

    def plan(self, root_exists: bool) -> UnitTreePlan:
        paths = {r.baris: p for r in self.records if (p := self.row_path(r)) is not None}
        counts = Counter(paths.values())
        every: dict[Path, None] = {(): None}
        for p in counts:
            for i in range(1, len(p) + 1):
                every.setdefault(p[:i])
        order = sorted(every, key=lambda p: tuple(n.casefold() for n in p))
        unknown = frozenset(p for p in self.unknown if p in every)
        nodes = tuple(UnitNode(
            path=p, anggota=counts.get(p, 0),
            baru=(not root_exists) if not p else tuple(map(name_key, p)) not in self.existing,
            induk_tidak_diketahui=p in unknown) for p in order)
        written = self.root_written
        if not written or name_key(written) in self.given_keys:
            written = self.root_nama  # the agency's own spelling, not the file's CAPITALS
        root_nama = self.root_nama if root_exists else written
        return UnitTreePlan(root_nama=root_nama, paths=paths, nodes=nodes,
                            tidak_diketahui=unknown, errors=tuple(self.errors))


def _best(cands: list[Path], name: str) -> Path | None:
    """The candidate parent a unit named `name` fits under best (the first among equals)."""
    key, jenis = name_key(name), guess_jenis_unit(name)
    usable = [c for c in dict.fromkeys(cands) if key not in {name_key(n) for n in c}]
    if not usable:
        return None
    return max(usable, key=lambda c: fit(jenis, jenis_of_path(c)))  # max keeps the first


def plan_units(records: Sequence[PegawaiRecord], *, root_nama: str, root_names: Iterable[str] = (),
               existing: Iterable[Path] = (), known: Mapping[str, Path] | None = None,
               root_exists: bool = False, label: str = "UNIT KERJA") -> UnitTreePlan:
    """Resolve every record's unit. `root_nama`: the root unit's name (the agency's when there
    is no root yet: a new root then takes the name the file gives it, e.g. the Kepala Dinas's
    UNOR); `existing`: paths of the units already stored (from the root's child down);
    `known`: NIP → unit path of pegawai already stored (atasan outside the file);
    `root_names`: other names of the root (the agency's own)."""
    planner = _Planner(records, root_nama, root_names, list(existing), known or {}, label)
    return planner.plan(root_exists)
