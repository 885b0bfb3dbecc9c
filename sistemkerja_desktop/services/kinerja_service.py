"""The agency's Perjanjian Kinerja indicators per year (issue #11): the owner position (pemilik
kinerja), indicator, target and unit of measure, cascaded (`induk`, same year, no cycle) to a
penanggung jawab; the team or individual assignment (permohonan penugasan) serving each; and
the Matriks Peran Hasil built from them (`services.mph`).

Every write is one audited transaction (`ctx.session`); a ValidationError names its field
(`tahun`, `indikator`, `kode`, `target`, `satuan`, `pemilik`, `induk`, `penanggung_jawab`,
`tim`, `permohonan`) and nothing is saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models_laporan import DukunganRow, IndikatorRow
from sistemkerja_desktop.db.models_penugasan import PermohonanRow
from sistemkerja_desktop.db.models_tim import TimRow
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from sistemkerja_desktop.domain.mph import posisi_kepala_pd, urutan_unit
from sistemkerja_desktop.services import kinerja_rows as rows
from sistemkerja_desktop.services import mph as mph_mod
from sistemkerja_desktop.services.base import CONFLICT_MESSAGE, ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.kinerja_dto import IndikatorInfo, Mph

_TETAP: Any = object()  # "not given": ubah keeps the stored value
_CHANGES = Changes(laporan=True)


class KinerjaService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- reading -------------------------------------------------------------------------
    def daftar(self, tahun: int | None = None) -> list[IndikatorInfo]:
        """The indicators of `tahun` (None: every year), each followed by those cascaded from
        it."""
        with self._ctx.reading() as s:
            return rows.info_rows(s, tahun)

    def detail(self, id: int) -> IndikatorInfo:
        with self._ctx.reading() as s:
            rows.get_indikator(s, id)
            return rows.info_rows(s, ids=[id])[0]

    def tahun_tersedia(self) -> list[int]:
        """Years with indicators, and the current year, ascending."""
        with self._ctx.reading() as s:
            years = set(s.scalars(select(IndikatorRow.tahun).distinct()))
        return sorted(years | {self._ctx.today().year})

    def indikator_tim(self, tim_id: int) -> IndikatorInfo | None:
        """The indicator the team serves, or None."""
        with self._ctx.reading() as s:
            iid = s.scalar(select(DukunganRow.indikator_id).where(DukunganRow.tim_id == tim_id))
            return rows.info_rows(s, ids=[iid])[0] if iid is not None else None

    def indikator_penugasan(self, permohonan_id: int) -> IndikatorInfo | None:
        with self._ctx.reading() as s:
            iid = s.scalar(select(DukunganRow.indikator_id).where(
                DukunganRow.permohonan_id == permohonan_id))
            return rows.info_rows(s, ids=[iid])[0] if iid is not None else None

    def pilihan_pemilik(self) -> list[tuple[int, str]]:
        """Positions that may own an indicator, leading positions first (in the order of the
        organisation): (position_id, "Kepala Dinas Kesehatan — dr. Hendra …" / "… (kosong)")."""
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
        order = {u: k for k, u in enumerate(urutan_unit(struktur))}
        out = []
        for p in sorted(struktur.positions, key=lambda p: (
                not p.pimpinan_unit, order.get(p.unit_id, len(order)), p.id)):
            holder = struktur.holder(p.id)
            out.append((p.id, f"{p.nama} — {holder.nama_lengkap}" if holder
                        else f"{p.nama} (kosong)"))
        return out

    def cari_pemilik(self, teks: str) -> int:
        """A position id from its number or its name ("Kepala Bidang …", case-insensitive);
        ValidationError (field "pemilik") naming the choices when none or several match."""
        text = " ".join(str(teks).split())
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
        if text.isdigit() and int(text) in struktur.position_by_id:
            return int(text)
        found = [p for p in struktur.positions if p.nama.casefold() == text.casefold()]
        if len(found) == 1:
            return found[0].id
        if len(found) > 1:
            pilihan = ", ".join(f"#{p.id}" for p in found)
            raise ValidationError(f"Pemilik kinerja '{text}': ada {len(found)} jabatan dengan "
                                  f"nama itu ({pilihan}); sebutkan nomornya." + rows.TIDAK_ADA,
                                  field="pemilik", code="jabatan_ganda")
        raise ValidationError(f"Pemilik kinerja '{text}': jabatan tidak ditemukan; tulis nomor "
                              "atau nama jabatan (mis. 'Kepala Dinas Kesehatan')."
                              + rows.TIDAK_ADA, field="pemilik", code="jabatan_tidak_ada")

    def mph(self, tahun: int | None = None) -> Mph:
        """The Matriks Peran Hasil of `tahun` (default: the current year)."""
        return mph_mod.mph(self._ctx, tahun or self._ctx.today().year)

    def ekspor_mph(self, path: Path, tahun: int | None = None) -> Path:
        """The matrix as .xlsx, written atomically; never over the open data file."""
        return mph_mod.ekspor(self._ctx, Path(path), tahun or self._ctx.today().year)

    # ---- writing -------------------------------------------------------------------------
    def tambah(self, *, tahun: int, indikator: str, target: str = "", satuan: str = "",
               kode: str = "", sasaran: str = "", pemilik_position_id: int | None = None,
               induk_id: int | None = None, penanggung_jawab_nip: str | None = None
               ) -> tuple[IndikatorInfo, Changes]:
        """Add an indicator at the end of its year. Without an owner, a top-level indicator
        belongs to the head of the Perangkat Daerah (its IKI)."""
        tahun = rows.cek_tahun(tahun)
        teks = rows.cek_indikator(indikator)
        vals = {k: rows.cek_teks(k, v) for k, v in (("kode", kode), ("target", target),
                                                    ("satuan", satuan))}
        with self._ctx.session(f"menambah indikator kinerja {tahun}: {teks[:80]}") as s:
            induk = rows.cek_induk(s, induk_id, tahun)
            pemilik = rows.cek_pemilik(s, pemilik_position_id)
            if pemilik is None and induk is None:
                pemilik = posisi_kepala_pd(load_struktur(s))
            pj = rows.cek_penanggung_jawab(s, penanggung_jawab_nip)
            urut = (s.scalar(select(func.max(IndikatorRow.urut)).where(
                IndikatorRow.tahun == tahun)) or 0) + 1
            row = IndikatorRow(tahun=tahun, urut=urut, indikator=teks,
                               sasaran=" ".join((sasaran or "").split()), position_id=pemilik,
                               induk_id=induk, penanggung_jawab_id=pj, **vals)
            s.add(row)
            s.flush()
            out = rows.info_rows(s, ids=[row.id])[0]
        return out, _CHANGES

    def ubah(self, id: int, *, versi: int | None = None, tahun: int = _TETAP,
             indikator: str = _TETAP, target: str = _TETAP, satuan: str = _TETAP,
             kode: str = _TETAP, sasaran: str = _TETAP, pemilik_position_id: int | None = _TETAP,
             induk_id: int | None = _TETAP, penanggung_jawab_nip: str | None = _TETAP
             ) -> tuple[IndikatorInfo, Changes]:
        """Change the fields given (None removes the owner, induk or penanggung jawab).
        `versi`: the version the form showed; saved elsewhere since → ConflictError. A year
        change keeps the cascade whole: refused while the indicator has an induk or turunan of
        the old year."""
        with self._ctx.session(f"mengubah indikator kinerja #{id}") as s:
            row = rows.get_indikator(s, id)
            if versi and row.versi != versi:
                raise ConflictError(f"Indikator kinerja #{id}: {CONFLICT_MESSAGE} Tidak ada "
                                    "yang disimpan.")
            new_tahun = row.tahun if tahun is _TETAP else rows.cek_tahun(tahun)
            new_induk = row.induk_id if induk_id is _TETAP else induk_id
            if new_tahun != row.tahun:
                anak = s.scalar(select(func.count()).select_from(IndikatorRow).where(
                    IndikatorRow.induk_id == id)) or 0
                if anak:
                    raise ValidationError(
                        f"Tahun tidak dapat diubah: indikator ini punya {anak} turunan tahun "
                        f"{row.tahun}; turunan harus pada tahun yang sama dengan induknya."
                        + rows.TIDAK_ADA, field="tahun", code="turunan_tahun_lain")
                if induk_id is _TETAP and row.induk_id is not None:
                    raise ValidationError(
                        f"Tahun tidak dapat diubah: induknya (#{row.induk_id}) tahun "
                        f"{row.tahun}; lepaskan dulu dari induknya atau pilih induk tahun "
                        f"{new_tahun}." + rows.TIDAK_ADA, field="tahun", code="induk_tahun_lain")
            row.induk_id = rows.cek_induk(s, new_induk, new_tahun, self_id=id)
            if new_tahun != row.tahun:
                row.urut = (s.scalar(select(func.max(IndikatorRow.urut)).where(
                    IndikatorRow.tahun == new_tahun)) or 0) + 1
                row.tahun = new_tahun
            if indikator is not _TETAP:
                row.indikator = rows.cek_indikator(indikator)
            for name, value in (("kode", kode), ("target", target), ("satuan", satuan)):
                if value is not _TETAP:
                    setattr(row, name, rows.cek_teks(name, value))
            if sasaran is not _TETAP:
                row.sasaran = " ".join((sasaran or "").split())
            if pemilik_position_id is not _TETAP:
                row.position_id = rows.cek_pemilik(s, pemilik_position_id)
            if penanggung_jawab_nip is not _TETAP:
                row.penanggung_jawab_id = rows.cek_penanggung_jawab(s, penanggung_jawab_nip)
            s.flush()
            out = rows.info_rows(s, ids=[id])[0]
        return out, _CHANGES

    def hapus(self, id: int, *, versi: int | None = None) -> Changes:
        """Delete an indicator and its links to teams/assignments. Refused while indicators
        are cascaded from it (delete or move them first); capaian already reported keep their
        text."""
        with self._ctx.session(f"menghapus indikator kinerja #{id}") as s:
            row = rows.get_indikator(s, id)
            if versi and row.versi != versi:
                raise ConflictError(f"Indikator kinerja #{id}: {CONFLICT_MESSAGE} Tidak ada "
                                    "yang dihapus.")
            anak = [i for (i,) in s.execute(select(IndikatorRow.id).where(
                IndikatorRow.induk_id == id).order_by(IndikatorRow.id))]
            if anak:
                daftar = ", ".join(f"#{i}" for i in anak)
                raise ValidationError(
                    f"Indikator #{id} tidak dapat dihapus: turunannya ({daftar}) masih "
                    "merujuknya. Hapus turunan itu atau pindahkan ke induk lain dulu. Tidak ada "
                    "yang dihapus.", field="turunan", code="punya_turunan")
            for d in s.scalars(select(DukunganRow).where(DukunganRow.indikator_id == id)):
                s.delete(d)
            s.flush()
            s.delete(row)
        return _CHANGES

    def tautkan(self, indikator_id: int | None, *, tim_id: int | None = None,
                permohonan_id: int | None = None) -> Changes:
        """Link a team or an individual assignment (one of them) to the indicator it serves,
        replacing its previous link; `indikator_id` None removes the link. The indicator's
        year must fall within the team's/assignment's period."""
        if (tim_id is None) == (permohonan_id is None):
            raise ValidationError("Sebutkan tepat satu: tim atau permohonan penugasan."
                                  + rows.TIDAK_ADA, field="tim", code="tautan_ganda")
        sasaran = f"tim #{tim_id}" if tim_id is not None else f"penugasan #{permohonan_id}"
        with self._ctx.session(f"menautkan {sasaran} ke indikator #{indikator_id}") as s:
            if tim_id is not None:
                t = s.get(TimRow, tim_id)
                if t is None:
                    raise NotFoundError(f"Tim #{tim_id} tidak ditemukan", code="tim_tidak_ada")
                field, nama, mulai, selesai = "tim", f"Tim {t.nama}", t.mulai, t.selesai
                cond = DukunganRow.tim_id == tim_id
            else:
                p = s.get(PermohonanRow, permohonan_id)
                if p is None:
                    raise NotFoundError(f"Permohonan penugasan #{permohonan_id} tidak "
                                        "ditemukan", code="permohonan_tidak_ada")
                field, nama = "permohonan", f"Permohonan penugasan #{permohonan_id}"
                mulai, selesai = p.mulai, p.selesai
                cond = DukunganRow.permohonan_id == permohonan_id
            link = s.scalar(select(DukunganRow).where(cond))
            if indikator_id is None:
                if link is not None:
                    s.delete(link)
                return _CHANGES
            ind = rows.get_indikator(s, indikator_id)
            _cek_periode(ind.tahun, mulai, selesai, nama, field)
            if link is None:
                s.add(DukunganRow(indikator_id=ind.id, tim_id=tim_id,
                                  permohonan_id=permohonan_id))
            elif link.indikator_id != ind.id:
                link.indikator_id = ind.id
        return _CHANGES

    def create_demo_indikator(self) -> Changes:
        """The demo agency's indicators of the current year, linked to its demo teams (run
        after `TeamService.create_demo_teams`)."""
        from sistemkerja_desktop.services.demo_kinerja import buat_demo

        return buat_demo(self, self._ctx)


def _cek_periode(tahun: int, mulai: dt.date | None, selesai: dt.date | None, nama: str,
                 field: str) -> None:
    if mulai is None:
        return
    akhir = selesai or mulai
    if not (mulai.year <= tahun <= akhir.year):
        raise ValidationError(
            f"{nama} berjalan {mulai:%d-%m-%Y} s.d. {akhir:%d-%m-%Y}, tidak pada tahun {tahun} "
            "indikator itu; pilih indikator tahun yang sesuai." + rows.TIDAK_ADA, field=field,
            code="tahun_tidak_sesuai")
