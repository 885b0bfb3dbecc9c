"""Rows ↔ domain dataclasses. Loading uses plain column tuples for speed on large agencies."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db import kedudukan_invarian
from sistemkerja_desktop.db.models import (
    KedudukanRow,
    PegawaiRow,
    PerangkatDaerahRow,
    PositionRow,
    UnitRow,
)
from sistemkerja_desktop.domain.errors import NotFoundError
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.nip import StatusKepegawaian
from sistemkerja_desktop.domain.organisasi import (
    JenisUnit,
    Kedudukan,
    Pegawai,
    Pengisian,
    PerangkatDaerah,
    Position,
    Struktur,
    Unit,
)
from sistemkerja_desktop.domain.pangkat import Golongan, parse_golongan

PD_FIELDS = ("nama", "pemda", "profil", "jenis", "alamat", "telepon", "kode_pos", "email",
             "laman", "tempat_penetapan", "logo_path")


def pd_from_row(row: PerangkatDaerahRow) -> PerangkatDaerah:
    kop = tuple(line for line in row.kop.splitlines() if line.strip())
    return PerangkatDaerah(**{f: getattr(row, f) for f in PD_FIELDS}, kop=kop, uuid=row.uuid)


def pd_to_row(pd: PerangkatDaerah, row: PerangkatDaerahRow) -> None:
    for f in PD_FIELDS:
        setattr(row, f, getattr(pd, f))
    row.kop = "\n".join(pd.kop)


def get_pd_row(session: Session) -> PerangkatDaerahRow:
    row = session.scalars(select(PerangkatDaerahRow).order_by(PerangkatDaerahRow.id)).first()
    if row is None:
        raise NotFoundError("Belum ada Perangkat Daerah di berkas ini. Jalankan `sistemkerja init` "
                            "atau `sistemkerja demo`.")
    return row


def jabatan_of(nama: str, kategori: str, jenjang: str) -> Jabatan | None:
    if not nama:
        return None
    return Jabatan(nama=nama, kategori=Kategori(kategori) if kategori else Kategori.PELAKSANA,
                   jenjang=Jenjang(jenjang) if jenjang else None)


_PEGAWAI_COLS = (PegawaiRow.id, PegawaiRow.nip, PegawaiRow.nama, PegawaiRow.jabatan_nama,
                 PegawaiRow.jabatan_kategori, PegawaiRow.jenjang, PegawaiRow.unit_id,
                 PegawaiRow.status, PegawaiRow.gelar_depan, PegawaiRow.gelar_belakang,
                 PegawaiRow.golongan, PegawaiRow.pendidikan, PegawaiRow.email,
                 PegawaiRow.telepon, PegawaiRow.kompetensi, PegawaiRow.aktif,
                 PegawaiRow.eksternal, PegawaiRow.instansi_asal, PegawaiRow.uuid,
                 PegawaiRow.versi)


@lru_cache(maxsize=64)
def _golongan(kode: str, pppk: bool) -> Golongan:
    return parse_golongan(kode, pppk=pppk)


@lru_cache(maxsize=4096)
def _jabatan(nama: str, kategori: str, jenjang: str) -> Jabatan | None:
    return jabatan_of(nama, kategori, jenjang)


def pegawai_from_values(v: Any) -> Pegawai:
    status = StatusKepegawaian(v.status)
    golongan = None
    if v.golongan:
        golongan = _golongan(v.golongan, status is StatusKepegawaian.PPPK)
    return Pegawai(
        id=v.id, nip=v.nip, nama=v.nama,
        jabatan=_jabatan(v.jabatan_nama, v.jabatan_kategori, v.jenjang), unit_id=v.unit_id,
        status=status, gelar_depan=v.gelar_depan, gelar_belakang=v.gelar_belakang,
        golongan=golongan, pendidikan=v.pendidikan, email=v.email, telepon=v.telepon,
        kompetensi=tuple(t.strip() for t in v.kompetensi.split(",") if t.strip()),
        aktif=v.aktif, eksternal=v.eksternal, instansi_asal=v.instansi_asal, uuid=v.uuid,
        versi=v.versi)


def pegawai_to_row(p: Pegawai, row: PegawaiRow) -> None:
    row.nip = p.nip
    row.nama = p.nama
    row.gelar_depan = p.gelar_depan
    row.gelar_belakang = p.gelar_belakang
    row.status = p.status.value
    row.golongan = p.golongan.kode if p.golongan else ""
    row.pendidikan = p.pendidikan
    row.jabatan_nama = p.jabatan.nama if p.jabatan else ""
    row.jabatan_kategori = p.jabatan.kategori.value if p.jabatan else ""
    row.jenjang = p.jabatan.jenjang.value if p.jabatan and p.jabatan.jenjang else ""
    row.unit_id = p.unit_id
    row.email = p.email
    row.telepon = p.telepon
    row.kompetensi = ", ".join(p.kompetensi)
    row.aktif = p.aktif
    row.eksternal = p.eksternal
    row.instansi_asal = p.instansi_asal


def load_struktur(session: Session) -> Struktur:
    pd = pd_from_row(get_pd_row(session))
    units = tuple(
        Unit(id=r.id, nama=r.nama, jenis=JenisUnit(r.jenis), parent_id=r.parent_id,
             mandiri=r.mandiri, kode=r.kode, uuid=r.uuid,
             induk_tidak_diketahui=r.induk_tidak_diketahui, versi=r.versi, tipe=r.tipe)
        for r in session.execute(select(UnitRow.id, UnitRow.nama, UnitRow.jenis,
                                        UnitRow.parent_id, UnitRow.mandiri, UnitRow.kode,
                                        UnitRow.uuid, UnitRow.induk_tidak_diketahui,
                                        UnitRow.versi, UnitRow.tipe)
                                 .order_by(UnitRow.id)))
    positions = tuple(
        Position(id=r.id, nama=r.nama, kategori=Kategori(r.kategori), unit_id=r.unit_id,
                 pimpinan_unit=r.pimpinan_unit, pemangku_id=r.pemangku_id,
                 pengisian=Pengisian(r.pengisian), uuid=r.uuid)
        for r in session.execute(select(PositionRow.id, PositionRow.nama, PositionRow.kategori,
                                        PositionRow.unit_id, PositionRow.pimpinan_unit,
                                        PositionRow.pemangku_id, PositionRow.pengisian,
                                        PositionRow.uuid).order_by(PositionRow.id)))
    pegawai = tuple(pegawai_from_values(v) for v in
                    session.execute(select(*_PEGAWAI_COLS).order_by(PegawaiRow.id)))
    kedudukan = tuple(
        Kedudukan(id=r.id, pegawai_id=r.pegawai_id, ppk_position_id=r.ppk_position_id,
                  tmt_mulai=r.tmt_mulai, tmt_selesai=r.tmt_selesai, dasar_nomor=r.dasar_nomor,
                  dasar_tanggal=r.dasar_tanggal, delegasi=r.delegasi,
                  delegasi_dasar=r.delegasi_dasar, uuid=r.uuid, versi=r.versi)
        for r in session.execute(select(
            KedudukanRow.id, KedudukanRow.pegawai_id, KedudukanRow.ppk_position_id,
            KedudukanRow.tmt_mulai, KedudukanRow.tmt_selesai, KedudukanRow.dasar_nomor,
            KedudukanRow.dasar_tanggal, KedudukanRow.delegasi, KedudukanRow.delegasi_dasar,
            KedudukanRow.uuid, KedudukanRow.versi).order_by(KedudukanRow.id)))
    return Struktur(pd=pd, units=units, positions=positions, pegawai=pegawai,
                    kedudukan=kedudukan)


def save_struktur(session: Session, struktur: Struktur) -> None:
    """Write a whole snapshot (demo, generated agencies) into an empty database.

    Domain ids are mapped to new row ids; UUIDs are kept when the snapshot has them. The
    snapshot is written as it is: a double kedudukan in it is legacy data for `periksa` to
    report, not refused by `kedudukan_invarian`.
    """
    session.info[kedudukan_invarian.SNAPSHOT] = True
    pd_row = PerangkatDaerahRow()
    pd_to_row(struktur.pd, pd_row)
    session.add(pd_row)
    unit_ids: dict[int, int] = {}
    pending = list(struktur.units)
    while pending:  # parents before children
        progressed = False
        for u in list(pending):
            if u.parent_id is None or u.parent_id in unit_ids:
                row = UnitRow(nama=u.nama, jenis=u.jenis.value, mandiri=u.mandiri, kode=u.kode,
                              induk_tidak_diketahui=u.induk_tidak_diketahui, tipe=u.tipe,
                              parent_id=unit_ids.get(u.parent_id) if u.parent_id else None,
                              **({"uuid": u.uuid} if u.uuid else {}))
                session.add(row)
                session.flush()
                unit_ids[u.id] = row.id
                pending.remove(u)
                progressed = True
        if not progressed:
            raise ValueError("unit tree has a cycle or a missing parent")
    pegawai_rows: dict[int, PegawaiRow] = {}
    for p in struktur.pegawai:
        row = PegawaiRow(**({"uuid": p.uuid} if p.uuid else {}))
        pegawai_to_row(p, row)
        row.unit_id = unit_ids.get(p.unit_id) if p.unit_id is not None else None
        pegawai_rows[p.id] = row
    session.add_all(pegawai_rows.values())
    session.flush()
    position_rows: dict[int, PositionRow] = {}
    for pos in struktur.positions:
        holder = pegawai_rows.get(pos.pemangku_id) if pos.pemangku_id is not None else None
        position_rows[pos.id] = PositionRow(
            nama=pos.nama, kategori=pos.kategori.value,
            unit_id=unit_ids.get(pos.unit_id) if pos.unit_id is not None else None,
            pimpinan_unit=pos.pimpinan_unit, pemangku_id=holder.id if holder else None,
            pengisian=pos.pengisian.value, **({"uuid": pos.uuid} if pos.uuid else {}))
    session.add_all(position_rows.values())
    session.flush()
    session.add_all(
        KedudukanRow(pegawai_id=pegawai_rows[k.pegawai_id].id,
                     ppk_position_id=position_rows[k.ppk_position_id].id, tmt_mulai=k.tmt_mulai,
                     tmt_selesai=k.tmt_selesai, dasar_nomor=k.dasar_nomor,
                     dasar_tanggal=k.dasar_tanggal, delegasi=k.delegasi,
                     delegasi_dasar=k.delegasi_dasar, **({"uuid": k.uuid} if k.uuid else {}))
        for k in struktur.kedudukan)
    session.flush()
