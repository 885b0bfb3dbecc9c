"""Reading the Perjanjian Kinerja indicators: rows → `IndikatorInfo` in cascade order (each
indicator followed by the ones cascaded from it), and the checks a write makes (field names as
the service's keyword arguments, messages in Indonesian)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models import PegawaiRow, PositionRow
from sistemkerja_desktop.db.models_laporan import DukunganRow, IndikatorRow
from sistemkerja_desktop.db.models_tim import TimRow
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.nip import normalize_nip
from sistemkerja_desktop.services.kinerja_dto import IndikatorInfo

TAHUN_MIN, TAHUN_MAX = 2000, 2100
PANJANG = {"kode": 50, "target": 200, "satuan": 100}
_LABEL = {"kode": "Kode", "target": "Target", "satuan": "Satuan"}
TIDAK_ADA = " Tidak ada yang disimpan."


def _nama(r: PegawaiRow | None) -> str:
    if r is None:
        return ""
    name = f"{r.gelar_depan} {r.nama}".strip() if r.gelar_depan else r.nama
    return f"{name}, {r.gelar_belakang}" if r.gelar_belakang else name


def info_rows(s: Session, tahun: int | None = None, ids: Iterable[int] | None = None
              ) -> list[IndikatorInfo]:
    q = select(IndikatorRow)
    if tahun is not None:
        q = q.where(IndikatorRow.tahun == tahun)
    if ids is not None:
        q = q.where(IndikatorRow.id.in_(list(ids)))
    rows = list(s.scalars(q.order_by(IndikatorRow.tahun, IndikatorRow.urut, IndikatorRow.id)))
    if not rows:
        return []
    pos = {p.id: p for p in s.scalars(select(PositionRow))}
    peg_ids = {r.penanggung_jawab_id for r in rows} | {p.pemangku_id for p in pos.values()}
    peg = {p.id: p for p in s.scalars(select(PegawaiRow).where(
        PegawaiRow.id.in_([i for i in peg_ids if i is not None])))}
    teks = {i: t for i, t in s.execute(select(IndikatorRow.id, IndikatorRow.indikator).where(
        IndikatorRow.id.in_([r.induk_id for r in rows if r.induk_id is not None])))}
    tim: dict[int, list[tuple[int, str]]] = {}
    per: dict[int, list[int]] = {}
    ids_here = [r.id for r in rows]
    for iid, tim_id, nama, pid in s.execute(
            select(DukunganRow.indikator_id, DukunganRow.tim_id, TimRow.nama,
                   DukunganRow.permohonan_id)
            .outerjoin(TimRow, TimRow.id == DukunganRow.tim_id)
            .where(DukunganRow.indikator_id.in_(ids_here)).order_by(DukunganRow.id)):
        if tim_id is not None:
            tim.setdefault(iid, []).append((tim_id, nama or ""))
        if pid is not None:
            per.setdefault(iid, []).append(pid)
    parents: dict[int, int | None] = dict(s.execute(
        select(IndikatorRow.id, IndikatorRow.induk_id).where(
            IndikatorRow.tahun.in_({r.tahun for r in rows}))).all())

    def tingkat(r: IndikatorRow) -> int:
        n, seen, cur = 0, {r.id}, r.induk_id
        while cur is not None and cur in parents and cur not in seen:
            seen.add(cur)
            cur = parents[cur]
            n += 1
        return n

    out = []
    for r in _cascade_order(rows):
        p = pos.get(r.position_id) if r.position_id is not None else None
        pj = peg.get(r.penanggung_jawab_id) if r.penanggung_jawab_id is not None else None
        out.append(IndikatorInfo(
            id=r.id, tahun=r.tahun, urut=r.urut, kode=r.kode, sasaran=r.sasaran,
            indikator=r.indikator, target=r.target, satuan=r.satuan, position_id=r.position_id,
            pemilik=p.nama if p else "",
            pemilik_nama=_nama(peg.get(p.pemangku_id)) if p and p.pemangku_id else "",
            induk_id=r.induk_id, induk=teks.get(r.induk_id, "") if r.induk_id else "",
            penanggung_jawab_nip=pj.nip if pj else "", penanggung_jawab_nama=_nama(pj),
            tim=tuple(tim.get(r.id, ())), permohonan_ids=tuple(per.get(r.id, ())),
            versi=r.versi, tingkat=tingkat(r)))
    return out


def _cascade_order(rows: list[IndikatorRow]) -> list[IndikatorRow]:
    """Year by year, each indicator followed by those cascaded from it (by urut)."""
    present = {r.id for r in rows}
    kids: dict[int | None, list[IndikatorRow]] = {}
    for r in rows:
        parent = r.induk_id if r.induk_id in present else None
        kids.setdefault(parent, []).append(r)
    out: list[IndikatorRow] = []
    seen: set[int] = set()

    def walk(r: IndikatorRow) -> None:
        if r.id in seen:
            return
        seen.add(r.id)
        out.append(r)
        for k in kids.get(r.id, ()):
            walk(k)

    for r in kids.get(None, ()):
        walk(r)
    for r in rows:  # a cycle written outside the service: still listed
        walk(r)
    return out


# ---- checks --------------------------------------------------------------------------------

def cek_tahun(tahun: object) -> int:
    if isinstance(tahun, bool) or not isinstance(tahun, int) or not (
            TAHUN_MIN <= tahun <= TAHUN_MAX):
        raise ValidationError(f"Tahun {tahun} tidak sah (antara {TAHUN_MIN} dan {TAHUN_MAX})."
                              + TIDAK_ADA, field="tahun", code="tahun_tidak_sah")
    return tahun


def cek_teks(field: str, value: str | None) -> str:
    text = " ".join(str(value or "").split())
    batas = PANJANG.get(field)
    if batas is not None and len(text) > batas:
        raise ValidationError(f"{_LABEL[field]} terlalu panjang ({len(text)} karakter; batas "
                              f"{batas})." + TIDAK_ADA, field=field, code="terlalu_panjang")
    return text


def cek_indikator(value: str | None) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError("Indikator wajib diisi." + TIDAK_ADA, field="indikator",
                              code="indikator_kosong")
    return text


def cek_pemilik(s: Session, position_id: int | None) -> int | None:
    if position_id is None:
        return None
    if s.get(PositionRow, position_id) is None:
        raise ValidationError(f"Pemilik kinerja: jabatan #{position_id} tidak ditemukan."
                              + TIDAK_ADA, field="pemilik", code="jabatan_tidak_ada")
    return position_id


def cek_penanggung_jawab(s: Session, nip: str | None) -> int | None:
    if nip is None or not str(nip).strip():
        return None
    try:
        digits = normalize_nip(str(nip))
    except ValidationError as exc:
        raise ValidationError(f"Penanggung jawab: {exc.message.rstrip('.')}." + TIDAK_ADA,
                              field="penanggung_jawab",
                              code=exc.code) from None
    pid = s.scalar(select(PegawaiRow.id).where(PegawaiRow.nip == digits))
    if pid is None:
        raise ValidationError(f"Penanggung jawab: pegawai dengan NIP {nip} tidak ditemukan."
                              + TIDAK_ADA, field="penanggung_jawab", code="nip_tidak_ada")
    return int(pid)


def cek_induk(s: Session, induk_id: int | None, tahun: int, self_id: int | None = None
              ) -> int | None:
    """The induk exists, is of the same year, and is neither the indicator itself nor one
    cascaded from it."""
    if induk_id is None:
        return None
    induk = s.get(IndikatorRow, induk_id)
    if induk is None:
        raise ValidationError(f"Induk: indikator #{induk_id} tidak ditemukan." + TIDAK_ADA,
                              field="induk", code="induk_tidak_ada")
    if induk.tahun != tahun:
        raise ValidationError(
            f"Induk: indikator #{induk_id} milik tahun {induk.tahun}, bukan {tahun}; turunan "
            "harus pada tahun yang sama dengan induknya." + TIDAK_ADA, field="induk",
            code="induk_tahun_lain")
    if self_id is not None:
        parents = dict(s.execute(select(IndikatorRow.id, IndikatorRow.induk_id)).all())
        cur: int | None = induk_id
        seen: set[int] = set()
        while cur is not None and cur not in seen:
            if cur == self_id:
                raise ValidationError(
                    "Induk tidak boleh indikator itu sendiri atau salah satu turunannya."
                    + TIDAK_ADA, field="induk", code="siklus")
            seen.add(cur)
            cur = parents.get(cur)
    return induk_id


def get_indikator(s: Session, id: int) -> IndikatorRow:
    row = s.get(IndikatorRow, id)
    if row is None:
        raise NotFoundError(f"Indikator kinerja #{id} tidak ditemukan",
                            code="indikator_tidak_ada")
    return row
