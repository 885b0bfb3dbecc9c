"""The Matriks Peran Hasil of a year (`domain.mph`) read from the data file, as the `Mph` read
model, and its .xlsx export (`exporters.xlsx.mph`).

What counts: the year's indicators; the teams active (or finished) during the year with their
approved members; approved individual assignments (permohonan penugasan not staffing a team,
not a request of another instansi for our pegawai) whose period overlaps the year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models_laporan import DukunganRow, IndikatorRow
from sistemkerja_desktop.db.models_penugasan import PermohonanPegawaiRow, PermohonanRow
from sistemkerja_desktop.db.tim_mapping import load_tims
from sistemkerja_desktop.domain import mph as dm
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.penugasan import Arah, StatusPermohonan
from sistemkerja_desktop.exporters.files import check_output_path
from sistemkerja_desktop.services import kinerja_rows
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.kinerja_dto import Mph, MphBaris, MphTim


def mph(ctx: ServiceContext, tahun: int) -> Mph:
    tahun = kinerja_rows.cek_tahun(tahun)
    awal, akhir = dt.date(tahun, 1, 1), dt.date(tahun, 12, 31)
    with ctx.reading() as s:
        struktur = load_struktur(s)
        infos = kinerja_rows.info_rows(s, tahun)
        ind = [dm.Indikator(id=r.id, indikator=r.indikator, induk_id=r.induk_id,
                            position_id=r.position_id,
                            penanggung_jawab_id=r.penanggung_jawab_id, target=r.target,
                            satuan=r.satuan, urut=r.urut)
               for r in s.scalars(select(IndikatorRow).where(IndikatorRow.tahun == tahun))]
        tims = dm.tim_tahun(load_tims(s), tahun)
        dukungan_tim: dict[int, int] = {}
        dukungan_pen: dict[int, int] = {}
        for iid, tim_id, pid in s.execute(select(
                DukunganRow.indikator_id, DukunganRow.tim_id, DukunganRow.permohonan_id)):
            if tim_id is not None:
                dukungan_tim[tim_id] = iid
            if pid is not None:
                dukungan_pen[pid] = iid
        per = list(s.execute(select(PermohonanRow.id, PermohonanRow.maksud,
                                    PermohonanRow.target, PermohonanRow.mulai,
                                    PermohonanRow.selesai).where(
            PermohonanRow.status == StatusPermohonan.DISETUJUI.value,
            PermohonanRow.tim_id.is_(None), PermohonanRow.arah != Arah.MASUK.value,
            PermohonanRow.mulai <= akhir, PermohonanRow.selesai >= awal)
            .order_by(PermohonanRow.id)))
        peg: dict[int, list[int]] = {}
        if per:
            for pid, gid in s.execute(select(PermohonanPegawaiRow.permohonan_id,
                                             PermohonanPegawaiRow.pegawai_id).where(
                    PermohonanPegawaiRow.permohonan_id.in_([p.id for p in per]))
                    .order_by(PermohonanPegawaiRow.permohonan_id, PermohonanPegawaiRow.urut)):
                peg.setdefault(pid, []).append(gid)
    penugasan = [dm.Penugasan(p.id, tuple(peg.get(p.id, ())), _uraian(p.maksud, p.target),
                              p.mulai, p.selesai) for p in per]
    m = dm.bangun(struktur, ind, tims, penugasan, dukungan_tim, dukungan_pen)
    by_id = {i.id: i for i in infos}
    return Mph(
        tahun=tahun, judul_unit=f"{struktur.pd.nama} {struktur.pd.pemda}".strip(),
        kolom=tuple(by_id[k] for k in m.kolom),
        baris=tuple(_baris(struktur, k + 1, b) for k, b in enumerate(m.baris)),
        tim=tuple(MphTim(t.tim_id, t.nama, _nama_nip(struktur, t.ketua_id), t.kolom,
                         tuple(_baris(struktur, k + 1, b) for k, b in enumerate(t.baris)))
                  for t in m.tim),
        tanpa_peran=tuple(_baris(struktur, k + 1, dm.Baris(pid, (), ()))
                          for k, pid in enumerate(m.tanpa_peran)))


def ekspor(ctx: ServiceContext, path: Path, tahun: int) -> Path:
    protected = (ctx.db.path,)
    check_output_path(path, protected=protected)  # before any reading: a bad name says so
    data = mph(ctx, tahun)
    from sistemkerja_desktop.exporters.xlsx.mph import write_mph_xlsx

    write_mph_xlsx(data, path, protected=protected)
    return path


def _uraian(maksud: str, target: str) -> str:
    maksud, target = " ".join(maksud.split()), " ".join(target.split())
    return f"{maksud} (target: {target})" if target else maksud


def _nama_nip(struktur: Struktur, pid: int | None) -> str:
    p = struktur.pegawai_by_id.get(pid) if pid is not None else None
    return f"{p.nama_lengkap} (NIP {p.nip_tampil})" if p else ""


def _baris(struktur: Struktur, no: int, b: dm.Baris) -> MphBaris:
    p = struktur.pegawai_by_id.get(b.pegawai_id)
    if p is None:
        return MphBaris(no, "", f"pegawai #{b.pegawai_id}", "", ", ".join(b.peran), b.sel,
                        b.lainnya)
    jabatan = p.jabatan.nama if p.jabatan else ""
    if p.eksternal and p.instansi_asal:
        jabatan = f"{jabatan} ({p.instansi_asal})" if jabatan else p.instansi_asal
    return MphBaris(no, p.nip, p.nama_lengkap, jabatan, ", ".join(b.peran), b.sel, b.lainnya,
                    struktur.unit_path(p.unit_id))
