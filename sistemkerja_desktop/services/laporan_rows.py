"""Read models of the report tracker built straight from the tables (issue #11).

`daftar` must stay well under 200 ms at 500 active teams × 12 periods: `muat` reads the
teams, their members, the individual assignments, the stored reports and the pegawai in a few
plain queries on the DBAPI cursor (never one per team or report); the schedules are computed in
Python (`domain.laporan.jadwal`, memoised per period and frequency); who a sent report waits for
is resolved only for sent reports, over one `Struktur` loaded when the first is met."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from sistemkerja_desktop.db.laporan_mapping import ADHOC_LABEL, rute_of
from sistemkerja_desktop.db.mapping import _jabatan as jabatan_cached
from sistemkerja_desktop.db.mapping import get_pd_row, load_struktur, pd_from_row
from sistemkerja_desktop.db.raw import kursor
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.laporan import (
    JenisLaporan,
    Periode,
    StatusLaporan,
    jadwal,
    keterlambatan,
)
from sistemkerja_desktop.domain.laporan_peran import KonteksLaporan, PeranResolver
from sistemkerja_desktop.domain.organisasi import (
    JenisUnit,
    Kedudukan,
    Pegawai,
    Pengisian,
    Position,
    Struktur,
    Unit,
)
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.profiles.base import RegulationProfile
from sistemkerja_desktop.domain.tim import FrekuensiLaporan
from sistemkerja_desktop.services.laporan_dto import LaporanRingkas, MenungguLaporan
from sistemkerja_desktop.services.penugasan_rows import nama_lengkap, unit_tree

KET, ANG, IND = JenisLaporan.KETUA, JenisLaporan.ANGGOTA, JenisLaporan.INDIVIDU
TIM_AKTIF = ("aktif", "selesai")
ANGGOTA_SAH = ("tidak perlu", "disetujui")  # a member waiting for approval owes nothing yet

_TIM = ("SELECT id, nama, unit_pemilik_id, mulai, selesai, frekuensi_laporan, status FROM tim")
_ANGGOTA = ("SELECT a.tim_id, a.pegawai_id, a.peran, a.persetujuan FROM anggota_tim a "
            "JOIN tim t ON t.id = a.tim_id{w} ORDER BY a.tim_id, a.urutan, a.id")
_TUGAS = ("SELECT p.id, p.mulai, p.selesai, CASE WHEN p.jenis = 'sukarela' AND "
          "p.unit_tujuan_id IS NOT NULL THEN p.unit_tujuan_id ELSE p.unit_pemohon_id END, "
          "pp.pegawai_id FROM permohonan_penugasan p JOIN permohonan_pegawai pp "
          "ON pp.permohonan_id = p.id WHERE p.status = 'disetujui' AND p.tim_id IS NULL{w} "
          "ORDER BY p.id, pp.urut")
_LAPORAN = ("SELECT id, jenis, tim_id, permohonan_id, pelapor_id, periode_urut, periode_label, "
            "periode_mulai, periode_selesai, jatuh_tempo, status, tahap, rute, dikirim, "
            "diterima, diminta_oleh, progres, permasalahan, versi, diminta_oleh_id FROM laporan{w} "
            "ORDER BY id")
_ORANG = ("SELECT id, nip, nama, gelar_depan, gelar_belakang, unit_id, jabatan_nama, "
          "jabatan_kategori, jenjang FROM pegawai ORDER BY id")
_UNIT = "SELECT id, nama, jenis, parent_id, mandiri, kode FROM unit ORDER BY id"
_POSISI = ("SELECT id, nama, kategori, unit_id, pimpinan_unit, pemangku_id, pengisian "
           "FROM posisi ORDER BY id")
_KEDUDUKAN = ("SELECT id, pegawai_id, ppk_position_id, tmt_mulai, tmt_selesai FROM kedudukan "
              "WHERE tmt_mulai <= ? AND (tmt_selesai IS NULL OR tmt_selesai >= ?) ORDER BY id")


def _d(text: Any) -> dt.date | None:
    if text is None or isinstance(text, dt.date):
        return text
    return _tanggal(text)


@lru_cache(maxsize=8192)
def _tanggal(text: str) -> dt.date:  # a few hundred distinct dates among thousands of rows
    return dt.date.fromisoformat(text[:10])


@dataclass(slots=True)
class Tim:
    id: int
    nama: str
    unit_id: int | None
    mulai: dt.date | None
    selesai: dt.date | None
    frekuensi: FrekuensiLaporan | None
    status: str
    ketua_id: int | None = None
    anggota: list[int] = field(default_factory=list)  # members owing reports (ketua excluded)
    semua: list[int] = field(default_factory=list)  # every member in the rules (ketua too)


@dataclass(slots=True)
class Tugas:
    """An individual assignment: an approved request without a team."""

    id: int
    mulai: dt.date
    selesai: dt.date
    unit_id: int | None
    pegawai: list[int] = field(default_factory=list)


@dataclass
class Bahan:
    """What `daftar` reads, once per call."""

    profile: RegulationProfile
    orang: dict[int, tuple[str, str, int | None, str]]  # id → nip, nama, unit, jabatan
    paths: dict[int | None, str]
    tims: dict[int, Tim]
    tugas: dict[int, Tugas]
    laporan: list[tuple]
    pegawai_mentah: list[tuple] = field(default_factory=list)
    _jadwal: dict[tuple, tuple[Periode, ...]] = field(default_factory=dict)

    def jadwal(self, mulai: dt.date, selesai: dt.date,
               frek: FrekuensiLaporan | None) -> tuple[Periode, ...]:
        key = (mulai, selesai, frek)
        if key not in self._jadwal:
            self._jadwal[key] = jadwal(self.profile, mulai, selesai, frek)
        return self._jadwal[key]


def muat(s: Session, *, tim_id: int | None = None, permohonan_id: int | None = None,
         laporan_id: int | None = None, semua_tim: bool = False) -> Bahan:
    """Read everything `daftar` needs (filtered to one team / request / report when given)."""
    profile = get_profile(get_pd_row(s).profil)
    cur = kursor(s)
    try:
        if laporan_id is not None:
            lw, lp = " WHERE id = ?", (laporan_id,)
        elif tim_id is not None:
            lw, lp = " WHERE tim_id = ?", (tim_id,)
        elif permohonan_id is not None:
            lw, lp = " WHERE permohonan_id = ?", (permohonan_id,)
        else:
            lw, lp = "", ()
        laporan = cur.execute(_LAPORAN.format(w=lw), lp).fetchall()
        if laporan_id is not None:
            tw, tp = " WHERE id = ?", ((laporan[0][2] if laporan else None),)
            pw, pp = " AND p.id = ?", ((laporan[0][3] if laporan else None),)
        elif tim_id is not None:
            tw, tp, pw, pp = " WHERE id = ?", (tim_id,), " AND 0", ()
        elif permohonan_id is not None:
            tw, tp, pw, pp = " WHERE 0", (), " AND p.id = ?", (permohonan_id,)
        else:
            tw = "" if semua_tim else " WHERE status IN ('aktif', 'selesai')"
            tp, pw, pp = (), "", ()
        tims: dict[int, Tim] = {}
        for r in cur.execute(_TIM + tw, tp):
            tims[r[0]] = Tim(r[0], r[1], r[2], _d(r[3]), _d(r[4]),
                             FrekuensiLaporan(r[5]) if r[5] else None, r[6])
        aw = tw.replace("WHERE id", "WHERE t.id").replace("WHERE status", "WHERE t.status")
        for t_id, pid, peran, setuju in cur.execute(_ANGGOTA.format(w=aw), tp):
            tim = tims.get(t_id)
            if tim is None or setuju not in ANGGOTA_SAH:
                continue
            tim.semua.append(pid)
            if peran == "Ketua" and tim.ketua_id is None:
                tim.ketua_id = pid
            else:
                tim.anggota.append(pid)
        tugas: dict[int, Tugas] = {}
        for p_id, mulai, selesai, unit_id, pid in cur.execute(_TUGAS.format(w=pw), pp):
            t = tugas.get(p_id)
            if t is None:
                t = tugas[p_id] = Tugas(p_id, _d(mulai), _d(selesai), unit_id)  # type: ignore[arg-type]
            t.pegawai.append(pid)
        mentah = cur.execute(_ORANG).fetchall()
        orang = {r[0]: (r[1], nama_lengkap(r[2], r[3], r[4]), r[5], r[6]) for r in mentah}
    finally:
        cur.close()
    units = unit_tree(s)
    paths = {u.id: units.unit_path(u.id) for u in units.units}
    return Bahan(profile, orang, paths, tims, tugas, laporan, pegawai_mentah=mentah)


def struktur_ringan(s: Session, b: Bahan, tanggal: dt.date) -> Struktur:
    """The `Struktur` role resolution needs (units, positions, pegawai with their jabatan,
    the kedudukan in force on `tanggal`), read on the DBAPI cursor: a third of
    `load_struktur`'s time at thousands of pegawai."""
    pd = pd_from_row(get_pd_row(s))
    cur = kursor(s)
    try:
        units = tuple(Unit(id=r[0], nama=r[1], jenis=JenisUnit(r[2]), parent_id=r[3],
                           mandiri=bool(r[4]), kode=r[5] or "") for r in cur.execute(_UNIT))
        positions = tuple(Position(id=r[0], nama=r[1], kategori=Kategori(r[2]), unit_id=r[3],
                                   pimpinan_unit=bool(r[4]), pemangku_id=r[5],
                                   pengisian=Pengisian(r[6])) for r in cur.execute(_POSISI))
        iso = tanggal.isoformat()
        kedudukan = tuple(Kedudukan(r[0], r[1], r[2], _d(r[3]), _d(r[4]))  # type: ignore[arg-type]
                          for r in cur.execute(_KEDUDUKAN, (iso, iso)))
    finally:
        cur.close()
    pegawai = tuple(Pegawai(r[0], r[1], r[2], jabatan_cached(r[6], r[7], r[8]), r[5],
                            gelar_depan=r[3], gelar_belakang=r[4]) for r in b.pegawai_mentah)
    return Struktur(pd, units, positions, pegawai, kedudukan)


@dataclass
class Menunggu:
    """Resolves who sent reports wait for, building the `Struktur` at the first one; the same
    step of the same author's reports is resolved once."""

    s: Session
    tanggal: dt.date
    bahan: Bahan | None = None
    _resolver: PeranResolver | None = None
    memo: dict[tuple, MenungguLaporan | None] = field(default_factory=dict)

    @property
    def resolver(self) -> PeranResolver:
        if self._resolver is None:
            struktur = (struktur_ringan(self.s, self.bahan, self.tanggal)
                        if self.bahan is not None else load_struktur(self.s))
            self._resolver = PeranResolver(struktur, self.tanggal)
        return self._resolver


def konteks(b: Bahan, jenis: JenisLaporan, pelapor_id: int, tim_id: int | None,
            permohonan_id: int | None) -> KonteksLaporan:
    tim = b.tims.get(tim_id) if tim_id is not None else None
    tugas = b.tugas.get(permohonan_id) if permohonan_id is not None else None
    unit = tim.unit_id if tim else (tugas.unit_id if tugas else None)
    return KonteksLaporan(jenis, pelapor_id, tim.ketua_id if tim else None, unit,
                          tuple(tim.semua) if tim else ())


def menunggu_of(m: Menunggu, b: Bahan, r: tuple) -> MenungguLaporan | None:
    key = (r[12], r[11], r[1], r[4], r[2], r[3], r[19])
    if key not in m.memo:
        m.memo[key] = _menunggu(m, b, r)
    return m.memo[key]


def _menunggu(m: Menunggu, b: Bahan, r: tuple) -> MenungguLaporan | None:
    rute = rute_of(r[12])
    if not rute or r[11] >= len(rute):
        return None
    step = rute[r[11]]
    if r[19] is not None:  # an ad-hoc report goes back to the one who asked for it
        h = m.resolver.orang(r[19], step.label)
        return MenungguLaporan(step.label, h.nip, h.nama, h.jabatan, (h.nip,))
    k = konteks(b, JenisLaporan(r[1]), r[4], r[2], r[3])
    held = m.resolver.pemegang_langkah(step, k)
    filled = [h for _, h in held if h.pegawai_id is not None]
    first = filled[0] if filled else held[0][1]
    return MenungguLaporan(step.label, first.nip, first.nama, first.jabatan,
                           tuple(h.nip for h in filled))


def _unit(b: Bahan, tim_id: int | None, pelapor_id: int) -> str:
    if tim_id is not None and tim_id in b.tims:
        return b.paths.get(b.tims[tim_id].unit_id, "")
    return b.paths.get(b.orang.get(pelapor_id, ("", "", None, ""))[2], "")


def tersimpan(b: Bahan, r: tuple, tanggal: dt.date, m: Menunggu | None) -> LaporanRingkas:
    """A stored report as a row."""
    (lid, jenis, tim_id, perm_id, pelapor_id, urut, label, mulai, selesai, jt, status, _, _,
     dikirim, diterima, diminta, progres, masalah, versi, _) = r
    jt_d, kirim_d = _d(jt), _d(dikirim)
    assert jt_d is not None
    late = keterlambatan(jt_d, kirim_d, tanggal)
    nip, nama, _, _ = b.orang.get(pelapor_id, ("", "", None, ""))
    tim = b.tims.get(tim_id) if tim_id is not None else None
    return LaporanRingkas(
        id=lid, jenis=jenis, tim_id=tim_id, tim_nama=tim.nama if tim else "",
        permohonan_id=perm_id, unit=_unit(b, tim_id, pelapor_id), pelapor_id=pelapor_id,
        pelapor_nip=nip, pelapor_nama=nama, periode=label or ADHOC_LABEL, periode_urut=urut,
        mulai=_d(mulai), selesai=_d(selesai), jatuh_tempo=jt_d, status=status,
        terlambat=late.terlambat, hari_terlambat=late.hari_terlambat, dikirim=kirim_d,
        diterima=_d(diterima), progres=progres,
        menunggu=menunggu_of(m, b, r) if m is not None and status == "dikirim" else None,
        ada_permasalahan=bool(masalah), diminta_oleh=diminta or "", versi=versi)


def belum(b: Bahan, jenis: JenisLaporan, p: Periode, pelapor_id: int, tanggal: dt.date, *,
          tim: Tim | None = None, permohonan_id: int | None = None) -> LaporanRingkas:
    """A period nobody has started."""
    late = keterlambatan(p.jatuh_tempo, None, tanggal)
    nip, nama, _, _ = b.orang.get(pelapor_id, ("", "", None, ""))
    return LaporanRingkas(
        id=None, jenis=jenis.value, tim_id=tim.id if tim else None,
        tim_nama=tim.nama if tim else "", permohonan_id=permohonan_id,
        unit=_unit(b, tim.id if tim else None, pelapor_id), pelapor_id=pelapor_id,
        pelapor_nip=nip, pelapor_nama=nama, periode=p.label, periode_urut=p.urut,
        mulai=p.mulai, selesai=p.selesai, jatuh_tempo=p.jatuh_tempo,
        status=StatusLaporan.BELUM.value, terlambat=late.terlambat,
        hari_terlambat=late.hari_terlambat)


def terutang(b: Bahan, tanggal: dt.date, *, anggota: bool, tim_id: int | None = None,
             permohonan_id: int | None = None
             ) -> Iterator[tuple[JenisLaporan, Tim | None, int | None, int, Periode]]:
    """Every (jenis, team, request, pelapor, period) owed by `tanggal` (period begun) of the
    active teams and individual assignments."""
    for tim in b.tims.values():
        if (tim_id is not None and tim.id != tim_id) or tim.status not in TIM_AKTIF:
            continue
        if tim.mulai is None or tim.selesai is None or tim.selesai < tim.mulai:
            continue
        for p in b.jadwal(tim.mulai, tim.selesai, tim.frekuensi):
            if p.mulai > tanggal:
                break
            if tim.ketua_id is not None:
                yield KET, tim, None, tim.ketua_id, p
            if anggota:
                for pid in tim.anggota:
                    yield ANG, tim, None, pid, p
    if tim_id is not None:
        return
    for t in b.tugas.values():
        if (permohonan_id is not None and t.id != permohonan_id) or t.selesai < t.mulai:
            continue
        for p in b.jadwal(t.mulai, t.selesai, None):
            if p.mulai > tanggal:
                break
            for pid in t.pegawai:
                yield IND, None, t.id, pid, p


def daftar_rows(s: Session, b: Bahan, tanggal: dt.date, *, tim_id: int | None = None,
                permohonan_id: int | None = None, status: str | None = None,
                pelapor_id: int | None = None, jenis: str | None = None,
                anggota: bool = False, menunggu: Menunggu | None = None,
                anggota_belum: bool = True) -> list[LaporanRingkas]:
    """`anggota_belum` False: members' stored reports only, not the periods they have not
    started (which no *Perlu tindakan* counts)."""
    ang, ket = ANG.value, KET.value  # enum attribute access costs, row after row
    anggota = anggota or tim_id is not None or jenis == ang
    ok: Callable[[str, int], bool] = lambda j, pid: (  # noqa: E731
        (jenis is None or j == jenis) and (pelapor_id is None or pid == pelapor_id)
        and (anggota or j != ang))
    # A stored status (draf, dikirim …) needs neither the other stored rows nor the owed ones.
    hanya = status if status not in (None, "", StatusLaporan.BELUM.value, "terlambat") else None
    m = menunggu or Menunggu(s, tanggal, b)
    out: list[LaporanRingkas] = []
    ada: set[tuple] = set()
    for r in b.laporan:
        if hanya is not None:
            if r[10] == hanya and ok(r[1], r[4]):
                out.append(tersimpan(b, r, tanggal, m))
            continue
        if r[5] is not None:  # a periodic report stands for its period
            ada.add((r[1], r[2], r[3], r[4] if r[1] != ket else None, r[5]))
        if ok(r[1], r[4]):
            out.append(tersimpan(b, r, tanggal, m))
    if hanya is None:
        for j, tim, perm_id, pid, p in terutang(b, tanggal, anggota=anggota and anggota_belum,
                                                tim_id=tim_id, permohonan_id=permohonan_id):
            jv = j.value
            if not ok(jv, pid):
                continue
            key = (jv, tim.id if tim else None, perm_id, None if jv == ket else pid, p.urut)
            if key not in ada:
                out.append(belum(b, j, p, pid, tanggal, tim=tim, permohonan_id=perm_id))
    if status:
        out = [x for x in out if (x.terlambat if status == "terlambat" else x.status == status)]
    urutan = {KET.value: 0, ANG.value: 1, IND.value: 2}
    out.sort(key=lambda x: (x.jatuh_tempo, x.tim_id or 0, x.permohonan_id or 0,
                            urutan.get(x.jenis, 3), x.pelapor_nama, x.id or 0))
    return out
