"""Pantauan (issue #11): the monitoring dashboard — active teams, reports due / overdue /
waiting for review, pending penugasan requests, workload — and its PDF for the pimpinan's
meeting.

Built on the report tracker (`LaporanService.daftar` at the date), the penugasan register
(requests *menunggu*) and the team builder's workload (its definition, read lean); the
aggregation itself is the pure `domain.pantauan.hitung` (definitions in its module doc).
Read-only: nothing is written to the data file; the PDF goes through a temporary file beside
its name and never over the data file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models import PegawaiRow
from sistemkerja_desktop.db.models_tim import AnggotaTimRow, TimRow
from sistemkerja_desktop.domain.beban_kerja import maks_serentak
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.pantauan import Pantauan, TimPantau, hitung
from sistemkerja_desktop.domain.tim import Persetujuan, StatusTim
from sistemkerja_desktop.exporters.files import check_output_path
from sistemkerja_desktop.exporters.pdf.pantauan_pdf import write_pantauan_pdf
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.laporan_service import LaporanService
from sistemkerja_desktop.services.naskah_builder import kop
from sistemkerja_desktop.services.naskah_settings import read_pengaturan
from sistemkerja_desktop.services.penugasan_service import PenugasanService


class PantauanService:
    """`laporan`, `penugasan`, `teams`: the services it reads (the container's, so that their
    caches are shared); each is built over the same context when not given."""

    def __init__(self, ctx: ServiceContext, laporan: Any = None, penugasan: Any = None,
                 teams: Any = None) -> None:
        self._ctx = ctx
        self._laporan = laporan
        self._penugasan = penugasan
        self._teams = teams

    # the sibling services, made on first use (the container may not pass them)
    def _svc_laporan(self) -> Any:
        if self._laporan is None:
            self._laporan = LaporanService(self._ctx)
        return self._laporan

    def _svc_penugasan(self) -> Any:
        if self._penugasan is None:
            self._penugasan = PenugasanService(self._ctx, self._teams)
        return self._penugasan

    def pantauan(self, tanggal: dt.date | None = None) -> Pantauan:
        """The dashboard evaluated at `tanggal` (default today)."""
        tanggal = tanggal or self._ctx.today()
        laporan = self._svc_laporan().daftar(tanggal=tanggal)
        menunggu = len(self._svc_penugasan().daftar(status="menunggu", tanggal=tanggal))
        jumlah, ambang, melebihi = self._beban(tanggal)
        return hitung(tanggal, self._tim(), laporan, permohonan_menunggu=menunggu,
                      jumlah_tim=jumlah, ambang=ambang, melebihi_ambang=melebihi)

    def ekspor_pdf(self, path: Path, tanggal: dt.date | None = None, *,
                   invariant: bool = False) -> Path:
        """The dashboard as an A4 landscape PDF (kop of the PD, figures, four charts, the
        overdue reports), written atomically; never over the open data file."""
        path = Path(path)
        check_output_path(path, protected=(self._ctx.db.path,))
        data = self.pantauan(tanggal)
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            kop_pd = kop(struktur, read_pengaturan(s))
        write_pantauan_pdf(data, path, kop=kop_pd, pd_nama=struktur.pd.nama,
                           pemda=struktur.pd.pemda, invariant=invariant)
        return path

    def _beban(self, tanggal: dt.date) -> tuple[list[int], int, int]:
        """The workload figures of `TeamService.workload` (same people, same threshold rule:
        memberships of active teams not ended by `tanggal`, a refused member is none; active
        internal JF/Pelaksana without a team count 0), read as two column queries — the full
        workload loads every team and the whole structure (0.5 s at 500 teams). Returns the
        teams running on `tanggal` per pegawai, the threshold, how many exceed it."""
        with self._ctx.reading() as s:
            ambang = read_pengaturan(s).ambang_beban
            rows = s.execute(
                select(AnggotaTimRow.pegawai_id, TimRow.mulai, TimRow.selesai)
                .join(TimRow, TimRow.id == AnggotaTimRow.tim_id)
                .join(PegawaiRow, PegawaiRow.id == AnggotaTimRow.pegawai_id)
                .where(TimRow.status == StatusTim.AKTIF.value, TimRow.selesai >= tanggal,
                       AnggotaTimRow.persetujuan != Persetujuan.DITOLAK.value)).all()
            staf = s.scalars(select(PegawaiRow.id).where(
                PegawaiRow.aktif, PegawaiRow.eksternal.is_(False),
                PegawaiRow.jabatan_kategori.in_((Kategori.FUNGSIONAL.value,
                                                 Kategori.PELAKSANA.value)))).all()
        per: dict[int, list[tuple[dt.date, dt.date]]] = {}
        for pid, mulai, selesai in rows:
            per.setdefault(pid, []).append((mulai, selesai))
        jumlah = [sum(1 for m, x in spans if m <= tanggal <= x) for spans in per.values()]
        jumlah += [0] * sum(1 for pid in staf if pid not in per)
        melebihi = sum(maks_serentak(spans) > ambang for spans in per.values())
        return jumlah, ambang, melebihi

    def _tim(self) -> list[TimPantau]:
        with self._ctx.reading() as s:
            rows = s.execute(select(TimRow.id, TimRow.nama, TimRow.mulai, TimRow.selesai,
                                    TimRow.status).where(TimRow.status == "aktif")).all()
        return [TimPantau(r.id, r.nama, r.mulai, r.selesai, r.status) for r in rows]
