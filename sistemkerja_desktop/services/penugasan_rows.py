"""Read models of the permohonan penugasan built straight from the tables (issue #10).

The register and the inbox must stay fast at thousands of requests: `ringkas_rows` reads the
requests in ONE query (the current step, who may record it and the closing day are kept on the
request: `PermohonanRow.langkah_sekarang`/`pencatat_id`/`diputus`), then their pegawai, the
pemohon and recorders, and the step each waiting one is at — four queries, never one per
request (`services.penugasan_register` keeps the whole register between calls)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import get_pd_row, pd_from_row
from sistemkerja_desktop.db.models import PegawaiRow, UnitRow
from sistemkerja_desktop.db.models_penugasan import LampiranPermohonanRow
from sistemkerja_desktop.db.raw import kursor
from sistemkerja_desktop.domain.organisasi import JenisUnit, Pegawai, Struktur, Unit
from sistemkerja_desktop.domain.penugasan import Langkah, Permohonan, StatusPermohonan
from sistemkerja_desktop.services.penugasan_dto import (
    LampiranRingkas,
    LangkahRow,
    MenungguRow,
    PegawaiRingkas,
    PermohonanRingkas,
)

MENUNGGU = StatusPermohonan.MENUNGGU.value


def nama_lengkap(nama: str, gelar_depan: str, gelar_belakang: str) -> str:
    """As `Pegawai.nama_lengkap`, from the columns."""
    name = f"{gelar_depan} {nama}".strip() if gelar_depan else nama
    return f"{name}, {gelar_belakang}" if gelar_belakang else name


def unit_tree(s: Session) -> Struktur:
    """The units alone (enough for `unit_path`), without loading every pegawai."""
    units = tuple(Unit(id=r.id, nama=r.nama, jenis=JenisUnit(r.jenis), parent_id=r.parent_id)
                  for r in s.execute(select(UnitRow.id, UnitRow.nama, UnitRow.jenis,
                                            UnitRow.parent_id).order_by(UnitRow.id)))
    return Struktur(pd=pd_from_row(get_pd_row(s)), units=units)


# Columns `ringkas_rows` may filter on by equality (whitelist: they are put into the SQL text).
KOLOM_FILTER = frozenset({"id", "status", "jenis", "lingkup", "arah", "pencatat_id"})

_PERMOHONAN = ("SELECT p.id, p.jenis, p.lingkup, p.arah, p.status, p.unit_pemohon_id, "
               "p.unit_tujuan_id, p.instansi, p.tim_id, p.tanggal, p.maksud, p.versi, "
               "p.oleh_id, p.pencatat_id, p.diputus FROM permohonan_penugasan p")
_PEGAWAI = ("SELECT pp.permohonan_id, g.nip, g.nama, g.gelar_depan, g.gelar_belakang "
            "FROM permohonan_pegawai pp JOIN permohonan_penugasan p ON p.id = pp.permohonan_id "
            "JOIN pegawai g ON g.id = pp.pegawai_id")
_ORANG = ("SELECT id, nip, nama, gelar_depan, gelar_belakang FROM pegawai WHERE id IN "
          "(SELECT p.oleh_id FROM permohonan_penugasan p{w} UNION "
          "SELECT p.pencatat_id FROM permohonan_penugasan p{w})")
_LANGKAH = ("SELECT l.permohonan_id, l.urut, l.peran, l.pihak, l.nip, l.nama, l.jabatan "
            "FROM permohonan_penugasan p JOIN langkah_permohonan l "
            "ON l.permohonan_id = p.id AND l.urut = p.langkah_sekarang "
            "WHERE p.status = 'menunggu'")


def ringkas_rows(s: Session, filters: Mapping[str, object], today: dt.date, *,
                 oldest_first: bool = False, teks: str = "",
                 umur_min: int | None = None) -> list[PermohonanRingkas]:
    """The register rows, newest first (or oldest first: the inbox). `filters`: column → value
    (equality, in SQL; columns of KOLOM_FILTER); `teks` and `umur_min` are applied to the raw
    rows before any read model is built.

    Four plain queries whatever the number of requests — the requests, their pegawai, the
    pemohon and recorders, the step each waiting one is at — on the DBAPI cursor (the register
    must stay under 50 ms at 5,000 requests; the ORM's row machinery alone costs more)."""
    unknown = set(filters) - KOLOM_FILTER
    if unknown:
        raise ValueError(f"kolom filter tidak dikenal: {sorted(unknown)}")
    cond = " AND ".join(f"p.{k} = ?" for k in filters)
    params = tuple(filters.values())
    where = f" WHERE {cond}" if cond else ""
    order = "p.tanggal, p.id" if oldest_first else "p.tanggal DESC, p.id DESC"
    cur = kursor(s)
    try:
        rows = cur.execute(f"{_PERMOHONAN}{where} ORDER BY {order}", params).fetchall()
        if not rows:
            return []
        pegawai: dict[int, list[tuple[str, str]]] = {}
        for pid, nip, nama, gd, gb in cur.execute(
                f"{_PEGAWAI}{where} ORDER BY pp.permohonan_id, pp.urut", params):
            pegawai.setdefault(pid, []).append((nip, nama_lengkap(nama, gd, gb)))
        orang = {r[0]: (r[1], nama_lengkap(r[2], r[3], r[4]))
                 for r in cur.execute(_ORANG.format(w=where), params * 2)}
        step = {r[0]: r[1:] for r in cur.execute(
            f"{_LANGKAH}{' AND ' + cond if cond else ''}", params)}
    finally:
        cur.close()
    paths = _unit_paths(s)
    key = teks.lower().strip()
    out = []
    for r in rows:
        tanggal = dt.date.fromisoformat(r[9])
        end = dt.date.fromisoformat(r[14]) if r[14] else today
        umur = max(0, (end - tanggal).days)
        if umur_min is not None and umur < umur_min:
            continue
        row = _ringkas(r, tanggal, umur, step.get(r[0]), pegawai.get(r[0], ()), orang, paths)
        if not key or cocok(cari_teks(row), key):
            out.append(row)
    return out


def _unit_paths(s: Session) -> dict[int | None, str]:
    units = unit_tree(s)
    return {u.id: units.unit_path(u.id) for u in units.units}


def _ringkas(r: Any, tanggal: dt.date, umur: int, step: Any,
             pegawai: Sequence[tuple[str, str]], orang: dict[int, tuple[str, str]],
             paths: dict[int | None, str]) -> PermohonanRingkas:
    (pid, jenis, lingkup, arah, status, unit_pemohon, unit_tujuan, instansi, tim_id, _,
     maksud, versi, oleh_id, pencatat_id, _) = r
    menunggu = None
    if step is not None and status == MENUNGGU:
        c_nip, c_nama = orang.get(pencatat_id, ("", ""))
        menunggu = MenungguRow(*step, pencatat_id, c_nip, c_nama)
    o_nip, o_nama = orang.get(oleh_id, ("", ""))
    return PermohonanRingkas(
        id=pid, jenis=jenis, lingkup=lingkup, arah=arah, status=status,
        pegawai=tuple(nip for nip, _ in pegawai),
        pegawai_nama=", ".join(nama for _, nama in pegawai), oleh_nip=o_nip, oleh_nama=o_nama,
        unit_pemohon=paths.get(unit_pemohon, ""),
        tujuan=paths.get(unit_tujuan, "") if unit_tujuan else instansi, tim_id=tim_id,
        tanggal=tanggal, umur_hari=umur, menunggu=menunggu, maksud=maksud, versi=versi)


def cari_teks(r: PermohonanRingkas) -> tuple[str, str]:
    """What the search looks in: names, the target, the maksud (lowercase), and the NIPs."""
    hay = [r.pegawai_nama, r.oleh_nama, r.tujuan, r.maksud, r.unit_pemohon, f"#{r.id}"]
    nips = [*r.pegawai, r.oleh_nip]
    if r.menunggu:
        hay += [r.menunggu.nama, r.menunggu.jabatan, r.menunggu.pencatat_nama]
        nips += [r.menunggu.nip, r.menunggu.pencatat_nip]
    return "\n".join(hay).lower(), " ".join(n for n in nips if n)


def cocok(hay: tuple[str, str], key: str) -> bool:
    """`key` (lowercase) in the names/text, or its digits (spaces dropped) in a NIP."""
    digits = "".join(key.split())
    return key in hay[0] or (digits.isdigit() and digits in hay[1])


def cocok_teks(r: PermohonanRingkas, teks: str) -> bool:
    """Search by name or NIP (of the pegawai, the pemohon, the one it waits for), the target
    and the maksud; NIPs also match when typed with spaces."""
    key = teks.lower().strip()
    return not key or cocok(cari_teks(r), key)


def langkah_rows(p: Permohonan, names: dict[int, str]) -> list[LangkahRow]:
    """The whole chain, the steps still to come included; `names`: pegawai id → 'nama (NIP)'
    of whoever entered a step for someone else."""
    now = p.langkah_sekarang
    return [langkah_row(x, names, now is not None and x.urut == now.urut) for x in p.langkah]


def langkah_row(x: Langkah, names: dict[int, str], sekarang: bool = False) -> LangkahRow:
    return LangkahRow(
        urut=x.urut, peran=x.peran.value, nip=x.nip, nama=x.nama, jabatan=x.jabatan,
        keputusan=x.keputusan.value, tanggal=x.tanggal, catatan=x.catatan, pihak=x.pihak.value,
        surat=x.surat.value if x.surat else "", surat_nomor=x.surat_nomor,
        surat_tanggal=x.surat_tanggal, aksi=tuple(sorted(a.value for a in x.aksi)),
        tembusan=tuple(t.value for t in x.tembusan),
        dicatat_oleh=names.get(x.dicatat_oleh_id, "") if x.dicatat_oleh_id else "",
        sekarang=sekarang)


def nama_nip(s: Session, ids: Sequence[int]) -> dict[int, str]:
    """pegawai id → 'nama (NIP …)' for a few ids."""
    wanted = [i for i in set(ids) if i is not None]
    if not wanted:
        return {}
    return {r.id: f"{nama_lengkap(r.nama, r.gelar_depan, r.gelar_belakang)} (NIP {r.nip})"
            for r in s.execute(select(PegawaiRow.id, PegawaiRow.nama, PegawaiRow.gelar_depan,
                                      PegawaiRow.gelar_belakang, PegawaiRow.nip)
                               .where(PegawaiRow.id.in_(wanted)))}


def pegawai_ringkas(p: Pegawai, struktur: Struktur) -> PegawaiRingkas:
    unit = (p.instansi_asal or "Instansi lain") if p.eksternal else struktur.unit_path(p.unit_id)
    return PegawaiRingkas(p.nip, p.nama_lengkap, p.jabatan.nama if p.jabatan else "",
                          p.golongan.tampil if p.golongan else "", unit)


def lampiran_rows(s: Session, permohonan_id: int) -> tuple[LampiranRingkas, ...]:
    return tuple(LampiranRingkas(r.id, r.nama, r.ukuran) for r in s.execute(
        select(LampiranPermohonanRow.id, LampiranPermohonanRow.nama, LampiranPermohonanRow.ukuran)
        .where(LampiranPermohonanRow.permohonan_id == permohonan_id)
        .order_by(LampiranPermohonanRow.id)))


def tembusan_alur(p: Permohonan) -> tuple[str, ...]:
    """Every role copied along the chain, in order of first appearance."""
    return tuple(dict.fromkeys(t.value for x in p.langkah for t in x.tembusan))
