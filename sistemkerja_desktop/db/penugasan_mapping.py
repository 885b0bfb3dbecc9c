"""Rows ↔ domain `Permohonan` (issue #10). A request is written whole on creation; later
writes change its status and the steps that were decided (the steps' holders are never
rewritten: they are the record of who held the position on the request's date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models_penugasan import (
    LangkahPermohonanRow,
    PermohonanPegawaiRow,
    PermohonanRow,
)
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError
from sistemkerja_desktop.domain.penugasan import (
    Aksi,
    Arah,
    IsiPermohonan,
    JenisPenugasan,
    JenisSurat,
    Keputusan,
    Langkah,
    LingkupPenugasan,
    Permohonan,
    Pihak,
    StatusPermohonan,
    pencatat_id,
)
from sistemkerja_desktop.domain.profiles.base import Peran

CONFLICT = ("Permohonan penugasan #{id} diubah di tempat lain sejak dibuka — muat ulang, lalu "
            "ulangi. Tidak ada yang disimpan.")


def _aksi_text(aksi: Iterable[Aksi]) -> str:
    order = list(Aksi)
    return ",".join(a.value for a in sorted(aksi, key=order.index))


def _aksi(text: str) -> frozenset[Aksi]:
    return frozenset(Aksi(x) for x in text.split(",") if x)


def tembusan_text(tembusan: Iterable[Peran]) -> str:
    return "\n".join(p.value for p in tembusan)


def tembusan_of(text: str) -> tuple[Peran, ...]:
    return tuple(Peran(x) for x in text.splitlines() if x)


def langkah_from_row(r: LangkahPermohonanRow) -> Langkah:
    return Langkah(
        urut=r.urut, peran=Peran(r.peran), aksi=_aksi(r.aksi), pihak=Pihak(r.pihak),
        pegawai_id=r.pegawai_id, nip=r.nip, nama=r.nama, jabatan=r.jabatan,
        keputusan=Keputusan(r.keputusan), tanggal=r.tanggal, catatan=r.catatan,
        dicatat_oleh_id=r.dicatat_oleh_id, tembusan=tembusan_of(r.tembusan),
        surat=JenisSurat(r.surat) if r.surat else None, surat_nomor=r.surat_nomor,
        surat_tanggal=r.surat_tanggal, surat_berkas=r.surat_berkas)


def _langkah_to_row(x: Langkah, r: LangkahPermohonanRow) -> None:
    r.urut = x.urut
    r.peran = x.peran.value
    r.aksi = _aksi_text(x.aksi)
    r.pihak = x.pihak.value
    r.pegawai_id = x.pegawai_id
    r.nip, r.nama, r.jabatan = x.nip, x.nama[:300], x.jabatan[:300]
    _keputusan_to_row(x, r)
    r.tembusan = tembusan_text(x.tembusan)
    r.surat = x.surat.value if x.surat else ""


def _keputusan_to_row(x: Langkah, r: LangkahPermohonanRow) -> None:
    """What a decision writes on a step (only these change after creation)."""
    r.keputusan = x.keputusan.value
    r.tanggal = x.tanggal
    r.catatan = x.catatan
    r.dicatat_oleh_id = x.dicatat_oleh_id
    r.surat_nomor = x.surat_nomor
    r.surat_tanggal = x.surat_tanggal
    r.surat_berkas = x.surat_berkas


def permohonan_from_rows(row: PermohonanRow, pegawai_ids: tuple[int, ...],
                         langkah: tuple[Langkah, ...]) -> Permohonan:
    return Permohonan(
        jenis=JenisPenugasan(row.jenis), lingkup=LingkupPenugasan(row.lingkup),
        arah=Arah(row.arah), pegawai_ids=pegawai_ids, oleh_id=row.oleh_id,
        unit_pemohon_id=row.unit_pemohon_id, unit_tujuan_id=row.unit_tujuan_id,
        instansi=row.instansi,
        isi=IsiPermohonan(row.maksud, row.kompetensi, row.target, row.mulai, row.selesai),
        tanggal=row.tanggal, langkah=langkah, dasar=row.dasar,
        status=StatusPermohonan(row.status), tim_id=row.tim_id, lisan=row.lisan, id=row.id,
        versi=row.versi)


def _sekarang_to_row(p: Permohonan, row: PermohonanRow, diputus: dt.date | None = None) -> None:
    """The current step, who records it, and the day a closed request was closed (`diputus`,
    else its last decision)."""
    step = p.langkah_sekarang
    row.langkah_sekarang = step.urut if step else None
    row.pencatat_id = pencatat_id(p, step) if step else None
    row.diputus = None
    if p.status is not StatusPermohonan.MENUNGGU:
        row.diputus = diputus or max((x.tanggal for x in p.langkah if x.tanggal),
                                     default=p.tanggal)


def get_row(s: Session, permohonan_id: int) -> PermohonanRow:
    row = s.get(PermohonanRow, permohonan_id)
    if row is None:
        raise NotFoundError(f"Permohonan penugasan #{permohonan_id} tidak ditemukan",
                            code="permohonan_tidak_ada")
    return row


def load_permohonan(s: Session, permohonan_id: int) -> Permohonan:
    row = get_row(s, permohonan_id)
    ids = tuple(s.scalars(select(PermohonanPegawaiRow.pegawai_id)
                          .where(PermohonanPegawaiRow.permohonan_id == row.id)
                          .order_by(PermohonanPegawaiRow.urut)))
    steps = tuple(langkah_from_row(r) for r in s.scalars(
        select(LangkahPermohonanRow).where(LangkahPermohonanRow.permohonan_id == row.id)
        .order_by(LangkahPermohonanRow.urut)))
    return permohonan_from_rows(row, ids, steps)


def insert_permohonan(s: Session, p: Permohonan, *, alamat: str = "", beban_kerja: bool = False,
                      catatan_alur: str = "") -> PermohonanRow:
    """A new request with its pegawai and its whole chain."""
    row = PermohonanRow(
        jenis=p.jenis.value, lingkup=p.lingkup.value, arah=p.arah.value, status=p.status.value,
        oleh_id=p.oleh_id, unit_pemohon_id=p.unit_pemohon_id, unit_tujuan_id=p.unit_tujuan_id,
        instansi=p.instansi, tim_id=p.tim_id, maksud=p.isi.maksud.strip(),
        kompetensi=p.isi.kompetensi.strip(), target=p.isi.target.strip(), mulai=p.isi.mulai,
        selesai=p.isi.selesai, tanggal=p.tanggal, dasar=p.dasar[:500], alamat=alamat[:300],
        lisan=p.lisan, beban_kerja=beban_kerja, catatan_alur=catatan_alur)
    _sekarang_to_row(p, row)
    s.add(row)
    s.flush()
    s.add_all(PermohonanPegawaiRow(permohonan_id=row.id, urut=i, pegawai_id=pid)
              for i, pid in enumerate(p.pegawai_ids, start=1))
    for x in p.langkah:
        step = LangkahPermohonanRow(permohonan_id=row.id)
        _langkah_to_row(x, step)
        s.add(step)
    s.flush()
    return row


def update_permohonan(s: Session, p: Permohonan, *, versi: int | None = None,
                      diputus: dt.date | None = None) -> PermohonanRow:
    """Write a transition's result: the status and the decided steps. `versi`: the version the
    caller showed; a request saved elsewhere since raises ConflictError (nothing written).
    `diputus`: the day of the action that closed it (a cancellation records no step)."""
    assert p.id is not None
    row = get_row(s, p.id)
    if versi and row.versi != versi:
        raise ConflictError(CONFLICT.format(id=p.id))
    steps = {r.urut: r for r in s.scalars(select(LangkahPermohonanRow).where(
        LangkahPermohonanRow.permohonan_id == p.id))}
    for x in p.langkah:
        r = steps[x.urut]
        if langkah_from_row(r) != x:
            _keputusan_to_row(x, r)
    row.status = p.status.value  # a decision always moves the current step or closes it,
    _sekarang_to_row(p, row, diputus)  # so the request's version rises with every one
    s.flush()
    return row
