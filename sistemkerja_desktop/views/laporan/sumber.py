"""What the Laporan tab shows, read from `services.laporan` at the chosen date: the entries of
the left list (teams, people, *Perlu tindakan*) with how their reports stand, and the timeline
of one team or one person (`linimasa.susun` over the rows and the schedules)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.laporan import JenisLaporan, StatusLaporan
from sistemkerja_desktop.domain.tim import StatusTim
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.laporan_dto import LaporanRingkas, PeriodeRow
from sistemkerja_desktop.services.team_dto import TimRingkas
from sistemkerja_desktop.views.laporan.daftar_model import Entri
from sistemkerja_desktop.views.laporan.labels import (
    STATUS_WARNA,
    TERLAMBAT,
    Warna,
    belum_dikirim,
    hari_label,
    jenis_singkat,
    tindakan_singkat,
    tindakan_warna,
)
from sistemkerja_desktop.views.laporan.linimasa import Lajur, Linimasa, susun

KET, ANG, IND = JenisLaporan.KETUA.value, JenisLaporan.ANGGOTA.value, JenisLaporan.INDIVIDU.value


def _tr(text: str) -> str:
    return QCoreApplication.translate("Laporan.Sumber", text)


def ringkasan(rows: Iterable[LaporanRingkas]) -> tuple[str, Warna | None, str]:
    """(chip, its colour, "3/5 diterima") of a set of reports at a date."""
    rows = list(rows)
    late = sum(1 for r in rows if r.terlambat and belum_dikirim(r))
    back = sum(1 for r in rows if r.status == StatusLaporan.PERLU_PERBAIKAN)
    wait = sum(1 for r in rows if r.status == StatusLaporan.DIKIRIM)
    done = sum(1 for r in rows if r.status == StatusLaporan.DITERIMA)
    line = _tr("%1 dari %2 laporan diterima").replace("%1", str(done)).replace(
        "%2", str(len(rows))) if rows else _tr("Belum ada periode yang dimulai")
    if late:
        return _tr("%1 terlambat").replace("%1", str(late)), TERLAMBAT, line
    if back:
        return (_tr("%1 perbaikan").replace("%1", str(back)),
                STATUS_WARNA[StatusLaporan.PERLU_PERBAIKAN], line)
    if wait:
        return (_tr("%1 ditinjau").replace("%1", str(wait)),
                STATUS_WARNA[StatusLaporan.DIKIRIM], line)
    if rows and done == len(rows):
        return _tr("Lengkap"), STATUS_WARNA[StatusLaporan.DITERIMA], line
    if rows:
        belum = len(rows) - done
        return (_tr("%1 belum").replace("%1", str(belum)), STATUS_WARNA[StatusLaporan.BELUM],
                line)
    return "", None, line


def teams_berlaporan(services: Services) -> list[TimRingkas]:
    """The teams that owe reports (active or finished, with their dates)."""
    return [t for t in services.teams.teams()
            if t.status in (StatusTim.AKTIF, StatusTim.SELESAI) and t.mulai and t.selesai]


def entri_tim(services: Services, tanggal: dt.date) -> list[Entri]:
    per_tim: dict[int, list[LaporanRingkas]] = defaultdict(list)
    for r in services.laporan.daftar(tanggal=tanggal, jenis=KET):
        if r.tim_id is not None:
            per_tim[r.tim_id].append(r)
    out = []
    for t in sorted(teams_berlaporan(services), key=lambda t: t.nama.casefold()):
        chip, warna, line = ringkasan(per_tim.get(t.id, ()))
        head = _tr("ketua %1").replace("%1", t.ketua_nama) if t.ketua_nama else _tr(
            "tanpa ketua")
        if t.status == StatusTim.SELESAI:
            line += " · " + _tr("tim selesai")
        out.append(Entri("tim", t.id, t.nama, f"{t.unit_pemilik} · {head}", line, chip, warna,
                         t))
    return out


def entri_pegawai(services: Services, tanggal: dt.date) -> list[Entri]:
    per: dict[str, list[LaporanRingkas]] = defaultdict(list)
    for r in services.laporan.daftar(tanggal=tanggal, anggota=True):
        per[r.pelapor_nip].append(r)
    out = []
    for nip, rows in per.items():
        chip, warna, line = ringkasan(rows)
        where = sorted({r.tim_nama or _tr("Penugasan individu #%1").replace(
            "%1", str(r.permohonan_id)) for r in rows}, key=str.casefold)
        out.append(Entri("pegawai", nip, rows[0].pelapor_nama, "; ".join(where), line, chip,
                         warna, nip))
    return sorted(out, key=lambda e: e.judul.casefold())


def tempat(r: LaporanRingkas) -> str:
    return r.tim_nama or _tr("Penugasan individu #%1").replace("%1", str(r.permohonan_id))


def entri_tindakan(services: Services, nip: str, tanggal: dt.date) -> list[Entri]:
    out = []
    for t in services.laporan.perlu_tindakan(nip, tanggal=tanggal):
        r = t.laporan
        chip = tindakan_singkat(t.jenis)
        if t.jenis == "jatuh-tempo" and r.terlambat:
            chip = _tr("Terlambat %1").replace("%1", hari_label(r.hari_terlambat))
        out.append(Entri("tindakan", (r.id, r.tim_id, r.pelapor_nip, r.periode),
                         r.periode, f"{tempat(r)} · {jenis_singkat(r.jenis)}: {r.pelapor_nama}",
                         t.keterangan, chip, tindakan_warna(t.jenis, r), t))
    return out


# ---- timelines -------------------------------------------------------------------------

def _jadwal_tim(services: Services, tim_id: int) -> tuple[PeriodeRow, ...]:
    try:
        return tuple(services.laporan.jadwal(tim_id))
    except SistemKerjaError:  # a team without dates owes nothing
        return ()


def _jadwal_tugas(services: Services, permohonan_id: int) -> tuple[PeriodeRow, ...]:
    try:
        return tuple(services.laporan.jadwal_penugasan(permohonan_id))
    except SistemKerjaError:
        return ()


def linimasa_tim(services: Services, tim: TimRingkas, tanggal: dt.date) -> Linimasa:
    """The ketua's team reports, then each member's reports to the ketua."""
    jadwal = _jadwal_tim(services, tim.id)
    ketua = Lajur(("ketua",), _tr("Laporan tim (ketua)") + "\n" + (tim.ketua_nama or "—"),
                  tim.ketua_nip or "", tim.ketua_nama or "", KET, tim_id=tim.id, jadwal=jadwal)
    rows = services.laporan.daftar(tanggal=tanggal, tim_id=tim.id)

    def kunci(r: LaporanRingkas):
        return ("ketua",) if r.jenis == KET else (r.jenis, r.pelapor_nip)

    def baru(r: LaporanRingkas) -> Lajur:
        return Lajur(kunci(r), _tr("Anggota") + "\n" + r.pelapor_nama, r.pelapor_nip,
                     r.pelapor_nama, r.jenis, tim_id=tim.id, jadwal=jadwal)

    return susun([ketua] if tim.ketua_nip else [], rows, kunci, baru)


def linimasa_pegawai(services: Services, nip: str, tanggal: dt.date) -> Linimasa:
    """One lane per team (as ketua or member) and per individual assignment of the person."""
    rows = services.laporan.daftar(tanggal=tanggal, pelapor_nip=nip, anggota=True)

    def kunci(r: LaporanRingkas):
        return (r.tim_id, r.permohonan_id, r.jenis)

    def baru(r: LaporanRingkas) -> Lajur:
        if r.tim_id is not None:
            jadwal = _jadwal_tim(services, r.tim_id)
            head = _tr("Laporan tim (ketua)") if r.jenis == KET else _tr("Anggota tim")
        else:
            jadwal = _jadwal_tugas(services, r.permohonan_id) if r.permohonan_id else ()
            head = _tr("Penugasan individu")
        return Lajur(kunci(r), head + "\n" + tempat(r), r.pelapor_nip, r.pelapor_nama, r.jenis,
                     tim_id=r.tim_id, permohonan_id=r.permohonan_id, jadwal=jadwal)

    return susun([], rows, kunci, baru)
