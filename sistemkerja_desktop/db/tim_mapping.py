"""Team rows ↔ `domain.tim.Tim`. Bulk loading uses column tuples (50 teams / 5,000 members)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.base import utcnow
from sistemkerja_desktop.db.models_tim import AnggotaTimRow, TimRow, TugasTimRow
from sistemkerja_desktop.domain.errors import NotFoundError
from sistemkerja_desktop.domain.tim import (
    Anggota,
    AsalAnggota,
    FrekuensiLaporan,
    PeranTim,
    Persetujuan,
    StatusTim,
    Tim,
)


def lines(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.splitlines() if x.strip())


def join_lines(items: Iterable[str]) -> str:
    return "\n".join(x.strip().replace("\n", " ") for x in items if x.strip())


def _tim_from(r: TimRow, tugas: tuple[str, ...], anggota: tuple[Anggota, ...]) -> Tim:
    kebutuhan = tuple(sorted(json.loads(r.kebutuhan).items())) if r.kebutuhan else ()
    return Tim(
        id=r.id, uuid=r.uuid, nama=r.nama, jenis=r.jenis, sasaran=r.sasaran,
        unit_pemilik_id=r.unit_pemilik_id,
        pemilik_kinerja_position_id=r.pemilik_kinerja_position_id,
        penanggung_jawab_id=r.penanggung_jawab_id, mulai=r.mulai, selesai=r.selesai,
        tahun_anggaran=r.tahun_anggaran, sumber_biaya=r.sumber_biaya,
        frekuensi_laporan=FrekuensiLaporan(r.frekuensi_laporan), status=StatusTim(r.status),
        tugas=tugas, anggota=anggota, kebutuhan=kebutuhan, menimbang=lines(r.menimbang),
        mengingat=lines(r.mengingat), dasar=lines(r.dasar), tembusan=lines(r.tembusan))


def load_tims(session: Session, ids: Iterable[int] | None = None) -> list[Tim]:
    """Teams (all, or those in `ids`) with their tugas and members, ordered by id."""
    q = select(TimRow).order_by(TimRow.id)
    wanted = None if ids is None else sorted(set(ids))
    if wanted is not None:
        q = q.where(TimRow.id.in_(wanted))
    rows = list(session.scalars(q))
    if not rows:
        return []
    tim_ids = [r.id for r in rows]
    tugas: dict[int, list[str]] = {}
    tq = select(TugasTimRow.tim_id, TugasTimRow.uraian).order_by(TugasTimRow.tim_id,
                                                                  TugasTimRow.urutan)
    aq = select(AnggotaTimRow.tim_id, AnggotaTimRow.id, AnggotaTimRow.uuid,
                AnggotaTimRow.pegawai_id, AnggotaTimRow.peran, AnggotaTimRow.jabatan_dalam_tim,
                AnggotaTimRow.asal, AnggotaTimRow.persetujuan, AnggotaTimRow.alasan_persetujuan,
                AnggotaTimRow.pengganti, AnggotaTimRow.alasan_pengganti,
                AnggotaTimRow.sementara, AnggotaTimRow.dasar_sementara).order_by(
        AnggotaTimRow.tim_id, AnggotaTimRow.urutan, AnggotaTimRow.id)
    if wanted is not None:
        tq = tq.where(TugasTimRow.tim_id.in_(tim_ids))
        aq = aq.where(AnggotaTimRow.tim_id.in_(tim_ids))
    for tim_id, uraian in session.execute(tq):
        tugas.setdefault(tim_id, []).append(uraian)
    anggota: dict[int, list[Anggota]] = {}
    for v in session.execute(aq):
        anggota.setdefault(v.tim_id, []).append(Anggota(
            id=v.id, uuid=v.uuid, pegawai_id=v.pegawai_id, peran=PeranTim(v.peran),
            jabatan_dalam_tim=v.jabatan_dalam_tim, asal=AsalAnggota(v.asal),
            persetujuan=Persetujuan(v.persetujuan), alasan_persetujuan=v.alasan_persetujuan,
            pengganti=v.pengganti, alasan_pengganti=v.alasan_pengganti,
            sementara=v.sementara, dasar_sementara=v.dasar_sementara))
    return [_tim_from(r, tuple(tugas.get(r.id, ())), tuple(anggota.get(r.id, ())))
            for r in rows]


def load_tim(session: Session, tim_id: int) -> Tim:
    found = load_tims(session, [tim_id])
    if not found:
        raise NotFoundError(f"Tim #{tim_id} tidak ditemukan", code="tim_tidak_ditemukan")
    return found[0]


def save_tim(session: Session, tim: Tim) -> TimRow:
    """Insert (id 0) or update a team with its tugas and members. Members are matched by
    pegawai so their rows (and audit history) survive a reorder or a role change."""
    row = session.get(TimRow, tim.id) if tim.id else TimRow()
    if row is None:
        raise NotFoundError(f"Tim #{tim.id} tidak ditemukan", code="tim_tidak_ditemukan")
    assert tim.mulai is not None and tim.selesai is not None and tim.unit_pemilik_id is not None
    row.nama = tim.nama.strip()
    row.jenis = tim.jenis
    row.sasaran = tim.sasaran.strip()
    row.unit_pemilik_id = tim.unit_pemilik_id
    row.pemilik_kinerja_position_id = tim.pemilik_kinerja_position_id
    row.penanggung_jawab_id = tim.penanggung_jawab_id
    row.mulai, row.selesai = tim.mulai, tim.selesai
    row.tahun_anggaran = tim.tahun_anggaran
    row.sumber_biaya = tim.sumber_biaya.strip()
    row.frekuensi_laporan = tim.frekuensi_laporan.value
    row.status = tim.status.value
    row.kebutuhan = json.dumps(dict(tim.kebutuhan), sort_keys=True) if tim.kebutuhan else ""
    row.menimbang = join_lines(tim.menimbang)
    row.mengingat = join_lines(tim.mengingat)
    row.dasar = join_lines(tim.dasar)
    row.tembusan = join_lines(tim.tembusan)
    if row.id is not None:  # every save of a team (its tugas, its members) raises its versi
        row.updated_at = utcnow()
    session.add(row)
    session.flush()
    _save_tugas(session, row.id, tim.tugas)
    _save_anggota(session, row.id, tim.anggota)
    return row


def _save_tugas(session: Session, tim_id: int, tugas: tuple[str, ...]) -> None:
    existing = list(session.scalars(select(TugasTimRow).where(TugasTimRow.tim_id == tim_id)
                                    .order_by(TugasTimRow.urutan)))
    wanted = [t.strip() for t in tugas if t.strip()]
    for i, text in enumerate(wanted):
        if i < len(existing):
            if existing[i].uraian != text:
                existing[i].uraian = text
            if existing[i].urutan != i:
                existing[i].urutan = i
        else:
            session.add(TugasTimRow(tim_id=tim_id, urutan=i, uraian=text))
    for extra in existing[len(wanted):]:
        session.delete(extra)


def _save_anggota(session: Session, tim_id: int, anggota: tuple[Anggota, ...]) -> None:
    existing = {r.pegawai_id: r for r in session.scalars(
        select(AnggotaTimRow).where(AnggotaTimRow.tim_id == tim_id))}
    keep: set[int] = set()
    for i, a in enumerate(anggota):
        assert a.asal is not None and a.persetujuan is not None
        row = existing.get(a.pegawai_id) or AnggotaTimRow(tim_id=tim_id, pegawai_id=a.pegawai_id)
        values = dict(urutan=i, peran=a.peran.value, jabatan_dalam_tim=a.jabatan_dalam_tim.strip(),
                      asal=a.asal.value, persetujuan=a.persetujuan.value,
                      alasan_persetujuan=a.alasan_persetujuan.strip(), pengganti=a.pengganti,
                      alasan_pengganti=a.alasan_pengganti.strip(), sementara=a.sementara,
                      dasar_sementara=a.dasar_sementara.strip())
        for key, value in values.items():
            if getattr(row, key, None) != value:
                setattr(row, key, value)
        session.add(row)
        keep.add(a.pegawai_id)
    for pid, row in existing.items():
        if pid not in keep:
            session.delete(row)
    session.flush()
