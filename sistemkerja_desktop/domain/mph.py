"""Matriks Peran Hasil (PermenPANRB 6/2022; domain_conventions.md §4.4), built from the
Perjanjian Kinerja indicators of a year, the teams serving them and individual assignments.

*Penyelarasan satu tingkat*: the columns are the leader's IKI — the year's top-level indicators
(no induk; in practice owned by the Kepala PD or the unit heads) — the rows each pegawai with a
role, a cell that pegawai's *peran hasil* for that IKI. A cascaded indicator counts under its
top-level ancestor. Sources of a cell:
- a team serving the indicator (active, or finished, during the year): the ketua "Ketua Tim
  <tim>: <sasaran>", each other approved member "<jabatan dalam tim> <tim>: <tugas>";
- an approved individual assignment (permohonan penugasan) serving it: "Mandiri";
- a cascaded indicator: its penanggung jawab ("Mandiri"), else the holder of its owner position
  ("Pemilik Kinerja").
A member waiting for approval or refused never counts. Contributions to no indicator (a team
not linked to one) are kept apart (`lainnya`), so nobody's role disappears.

*Penyelarasan dua tingkat*: per team, the columns are the ketua's hasil kerja (the team's tugas,
else its sasaran), the rows the other members; the team records no division of tasks per
member, so each cell names the member's role in the team."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.tim import PeranTim, StatusTim, Tim, anggota_naskah

KETUA, ANGGOTA, MANDIRI, PEMILIK = "Ketua Tim", "Anggota Tim", "Mandiri", "Pemilik Kinerja"
URUTAN_PERAN = (KETUA, ANGGOTA, MANDIRI, PEMILIK)


@dataclass(frozen=True, slots=True)
class Indikator:
    id: int
    indikator: str
    induk_id: int | None = None
    position_id: int | None = None
    penanggung_jawab_id: int | None = None
    target: str = ""
    satuan: str = ""
    urut: int = 0


@dataclass(frozen=True, slots=True)
class Penugasan:
    """An approved individual assignment (not staffing a team)."""

    id: int
    pegawai_ids: tuple[int, ...]
    uraian: str  # maksud / target
    mulai: dt.date
    selesai: dt.date


@dataclass(frozen=True, slots=True)
class Baris:
    pegawai_id: int
    peran: tuple[str, ...]  # in URUTAN_PERAN order
    sel: tuple[str, ...]  # aligned with the columns
    lainnya: str = ""  # contributions to no indicator


@dataclass(frozen=True, slots=True)
class MatriksTim:
    tim_id: int
    nama: str
    ketua_id: int | None
    kolom: tuple[str, ...]
    baris: tuple[Baris, ...]


@dataclass(frozen=True, slots=True)
class Matriks:
    kolom: tuple[int, ...]  # indicator ids (top-level)
    baris: tuple[Baris, ...]
    tim: tuple[MatriksTim, ...]
    tanpa_peran: tuple[int, ...] = field(default=())  # active pegawai with no role


def tim_tahun(tims: Iterable[Tim], tahun: int) -> list[Tim]:
    """Teams active (or finished) during the year: never a draft or a cancelled team."""
    awal, akhir = dt.date(tahun, 1, 1), dt.date(tahun, 12, 31)
    return [t for t in tims if t.status in (StatusTim.AKTIF, StatusTim.SELESAI)
            and t.mulai is not None and t.mulai <= akhir
            and (t.selesai is None or t.selesai >= awal)]


def akar(indikator: Sequence[Indikator]) -> dict[int, int]:
    """Indicator id → the id of its top-level ancestor (itself when it has no induk). A broken
    chain (an induk outside the set, a cycle) ends at the last indicator reached."""
    by_id = {i.id: i for i in indikator}
    out: dict[int, int] = {}
    for i in indikator:
        seen, cur = {i.id}, i
        while cur.induk_id is not None and cur.induk_id in by_id and cur.induk_id not in seen:
            cur = by_id[cur.induk_id]
            seen.add(cur.id)
        out[i.id] = cur.id
    return out


def _hasil_tim(t: Tim) -> str:
    if t.sasaran.strip():
        return t.sasaran.strip()
    return "; ".join(x.strip().rstrip(";.") for x in t.tugas if x.strip())


def _nama_tim(nama: str) -> str:
    """"Tim Kerja X" / "Kelompok Kerja Y" as they are; any other name as "Tim <nama>"."""
    return nama if nama.lower().startswith(("tim", "kelompok", "pokja", "satgas")) \
        else f"Tim {nama}"


def _anggota(t: Tim) -> list:
    """Approved members (a refused or a pending one never counts)."""
    return [a for a in anggota_naskah(t) if not a.menunggu]


def bangun(struktur: Struktur, indikator: Sequence[Indikator], tims: Sequence[Tim],
           penugasan: Sequence[Penugasan], dukungan_tim: dict[int, int],
           dukungan_penugasan: dict[int, int]) -> Matriks:
    """The matrix of one year: `indikator` of that year, `tims` active in it (`tim_tahun`),
    `penugasan` approved individual assignments overlapping it; `dukungan_*`: tim/permohonan id
    → the indicator it serves."""
    roots = akar(indikator)
    kolom = tuple(i.id for i in sorted(indikator, key=lambda x: (x.urut, x.id))
                  if roots[i.id] == i.id)
    index = {iid: k for k, iid in enumerate(kolom)}
    cells: dict[int, dict[int | None, list[str]]] = {}  # pegawai → column (None: lainnya)
    peran: dict[int, set[str]] = {}

    def add(pid: int, iid: int | None, role: str, text: str) -> None:
        col = index.get(roots.get(iid, -1)) if iid is not None else None
        bucket = cells.setdefault(pid, {}).setdefault(col, [])
        if text not in bucket:
            bucket.append(text)
        peran.setdefault(pid, set()).add(role)

    for t in tims:
        iid = dukungan_tim.get(t.id)
        hasil = _hasil_tim(t)
        for a in _anggota(t):
            if a.peran is PeranTim.KETUA and not a.sementara:
                add(a.pegawai_id, iid, KETUA, f"Ketua {_nama_tim(t.nama)}: {hasil}".rstrip(": "))
            else:
                label = a.label_peran_untuk(t.jenis)
                label = "Anggota" if label == PeranTim.ANGGOTA.value else label
                role = KETUA if a.sementara else ANGGOTA
                add(a.pegawai_id, iid, role, f"{label} {t.nama}: {hasil}".rstrip(": "))
    for p in penugasan:
        iid = dukungan_penugasan.get(p.id)
        for pid in p.pegawai_ids:
            add(pid, iid, MANDIRI, f"Penugasan #{p.id}: {p.uraian}")
    for i in indikator:
        if i.induk_id is None and i.penanggung_jawab_id is None:
            continue  # a top-level IKI is the leader's column, not a row's role
        ukuran = " ".join(x for x in (i.target.strip(), i.satuan.strip()) if x)
        text = i.indikator.strip() + (f" (target {ukuran})" if ukuran else "")
        if i.penanggung_jawab_id is not None:
            add(i.penanggung_jawab_id, i.id, MANDIRI, text)
        elif i.position_id is not None:
            holder = struktur.holder(i.position_id)
            if holder is not None:
                add(holder.id, i.id, PEMILIK, text)

    baris = tuple(
        Baris(pid, tuple(r for r in URUTAN_PERAN if r in peran[pid]),
              tuple("\n".join(cells[pid].get(k, ())) for k in range(len(kolom))),
              "\n".join(cells[pid].get(None, ())))
        for pid in urutan_pegawai(struktur, cells))
    head = _kepala_pd(struktur)
    tanpa = tuple(pid for pid in urutan_pegawai(struktur, (
        p.id for p in struktur.pegawai if p.aktif and not p.eksternal))
        if pid not in cells and pid != head)
    return Matriks(kolom, baris, tuple(_matriks_tim(t) for t in tims), tanpa)


def _matriks_tim(t: Tim) -> MatriksTim:
    kolom = tuple(x.strip() for x in t.tugas if x.strip()) or (
        (t.sasaran.strip(),) if t.sasaran.strip() else ("Hasil kerja tim",))
    members = _anggota(t)
    ketua = next((a.pegawai_id for a in members
                  if a.peran is PeranTim.KETUA and not a.sementara), None)
    baris = []
    for a in members:
        if a.pegawai_id == ketua:
            continue
        label = a.label_peran_untuk(t.jenis)
        role = KETUA if a.sementara else ANGGOTA
        baris.append(Baris(a.pegawai_id, (role,), tuple(label for _ in kolom)))
    return MatriksTim(t.id, t.nama, ketua, kolom, tuple(baris))


def posisi_kepala_pd(struktur: Struktur) -> int | None:
    """The leading position of the top unit (the head of the Perangkat Daerah)."""
    for u in struktur.units:
        if u.parent_id is None:
            pos = struktur.pimpinan_of(u.id)
            if pos is not None:
                return pos.id
    return None


def _kepala_pd(struktur: Struktur) -> int | None:
    pos = posisi_kepala_pd(struktur)
    holder = struktur.holder(pos) if pos is not None else None
    return holder.id if holder is not None else None


def urutan_unit(struktur: Struktur) -> list[int]:
    """Unit ids depth first, each level in stored order."""
    order: list[int] = []
    seen: set[int] = set()

    def walk(parent: int | None) -> None:
        for u in sorted(struktur.children.get(parent, ()), key=lambda x: x.id):
            if u.id not in seen:
                seen.add(u.id)
                order.append(u.id)
                walk(u.id)

    walk(None)
    return order


def urutan_pegawai(struktur: Struktur, ids: Iterable[int]) -> list[int]:
    """Pegawai in the order of the organisation: units depth first (in their stored order),
    the unit's leader first, then by register order; pegawai without a unit (external members)
    last."""
    order = {u: k for k, u in enumerate(urutan_unit(struktur))}
    leaders = {pos.pemangku_id for pos in struktur.positions
               if pos.pimpinan_unit and pos.pemangku_id is not None}

    def key(pid: int) -> tuple[int, int, int]:
        p = struktur.pegawai_by_id.get(pid)
        unit = order.get(p.unit_id, len(order)) if p is not None else len(order) + 1
        return (unit, 0 if pid in leaders else 1, pid)

    return sorted(set(ids), key=key)
