"""The Laporan tab's actions on a team: *Minta laporan…* (ad-hoc) and *Nyatakan selesai…*, each
acting as the chosen person; and the caption above the timeline (its name, the colour key)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.laporan_alur import alur_laporan
from sistemkerja_desktop.domain.tim import PeranTim
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.team_dto import TimRingkas
from sistemkerja_desktop.views.common.messages import show_error, show_info
from sistemkerja_desktop.views.laporan.labels import STATUS_WARNA, TERLAMBAT, status_label
from sistemkerja_desktop.views.laporan.permintaan import (
    MintaDialog,
    SelesaiDialog,
    alasan_tidak_bisa,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Laporan.TimAksi", text)


def caption(nama: str) -> str:
    return f"<b>{html.escape(nama)}</b>"


def legend() -> str:
    """The key of the chip colours."""
    def key(text: str, pen: str, fill: str) -> str:
        return (f"<span style='color:{pen}; background:{fill}'>&nbsp;{html.escape(text)}"
                "&nbsp;</span>")

    keys = [key(status_label(s), w.pen.name(), w.fill.name()) for s, w in STATUS_WARNA.items()]
    keys.append(key(_tr("Terlambat"), TERLAMBAT.pen.name(), TERLAMBAT.fill.name()))
    return " ".join(keys)


def _nama(services: Services, nip: str) -> str:
    try:
        return services.teams.pegawai_by_nip(nip).nama_lengkap
    except SistemKerjaError:
        return nip


def _no_person(parent: QWidget) -> None:
    show_info(parent, _tr("Pilih yang bertindak"),
              _tr("Pilih dahulu pejabat atau pegawai yang bertindak (di kiri atas)."))


def minta(parent: QWidget, services: Services, tim: TimRingkas | None, nip: str,
          today: dt.date):
    """Ask the team's ketua or a member for an ad-hoc report; (ringkas, changes) or None."""
    if tim is None:
        return None
    if not nip:
        _no_person(parent)
        return None
    try:
        detail = services.teams.team(tim.id)
        aturan = alur_laporan(services.agency.profile()).permintaan
    except SistemKerjaError as exc:
        show_error(parent, exc, _tr("Permintaan laporan tidak dapat dibuka"))
        return None
    anggota = [(a.nip, a.nama) for a in detail.anggota if a.peran != PeranTim.KETUA]
    got = MintaDialog.ask(parent, tim.nama, oleh=_nama(services, nip),
                          ketua=tim.ketua_nama or "—", anggota=anggota, aturan=aturan,
                          today=today)
    if got is None:
        return None
    try:
        return services.laporan.minta(tim.id, oleh_nip=nip, dari=got.dari, batas=got.batas,
                                      pelapor_nip=got.pelapor_nip, catatan=got.catatan,
                                      tanggal=today)
    except SistemKerjaError as exc:
        show_error(parent, exc, _tr("Laporan tidak dapat diminta"))
        return None


def selesai(parent: QWidget, services: Services, tim: TimRingkas | None, nip: str,
            today: dt.date):
    """The closing official declares the team's work selesai; (info, changes) or None. Anyone
    else, or before every report is accepted, is told why not."""
    if tim is None:
        return None
    try:
        info = services.laporan.penutupan(tim.id, tanggal=today)
    except SistemKerjaError as exc:
        show_error(parent, exc, _tr("Penutupan tidak dapat dibuka"))
        return None
    alasan = alasan_tidak_bisa(info, nip, _nama(services, nip) if nip else "")
    catatan = SelesaiDialog.ask(parent, tim.nama, info, alasan)
    if catatan is None:
        return None
    try:
        return services.laporan.nyatakan_selesai(tim.id, oleh_nip=nip or info.pemegang_nip,
                                                 catatan=catatan, tanggal=today)
    except SistemKerjaError as exc:
        show_error(parent, exc, _tr("Pekerjaan tim tidak dapat dinyatakan selesai"))
        return None


