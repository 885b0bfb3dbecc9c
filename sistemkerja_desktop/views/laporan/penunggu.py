"""Who the Laporan tab acts for: the people reports wait for (to review or to write), the person
chosen last time (remembered in the app's settings; at first the one chosen in Penugasan's
*Perlu tindakan*), and the count the shell shows as a badge on the Laporan button."""

from __future__ import annotations

import datetime as dt
import logging

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.laporan_dto import PenungguLaporan
from sistemkerja_desktop.views.common.settings_store import app_settings
from sistemkerja_desktop.views.penugasan import perlu_tindakan as penugasan_pt

log = logging.getLogger(__name__)

SETTINGS_KEY = "laporan/perlu_tindakan_nip"


def penunggu(services: Services, tanggal: dt.date | None = None) -> list[PenungguLaporan]:
    return services.laporan.penunggu(tanggal=tanggal)


def remembered_nip() -> str:
    return str(app_settings().value(SETTINGS_KEY, "") or "") or penugasan_pt.remembered_nip()


def remember_nip(nip: str) -> None:
    app_settings().setValue(SETTINGS_KEY, nip)


def chosen_nip(services: Services, waiting: list[PenungguLaporan] | None = None,
               tanggal: dt.date | None = None) -> str:
    """The person remembered, when they belong to this data file; else the one with the most
    waiting; '' when nothing waits for anyone."""
    nip = remembered_nip()
    if nip:
        try:
            services.teams.pegawai_by_nip(nip)
        except SistemKerjaError:
            nip = ""  # another data file's pegawai
        else:
            return nip
    waiting = penunggu(services, tanggal) if waiting is None else waiting
    return waiting[0].nip if waiting else ""


def badge_count(services: Services) -> tuple[int, str]:
    """(reports waiting for the chosen person today, that person's NIP)."""
    try:
        nip = chosen_nip(services)
        return (services.laporan.jumlah_perlu_tindakan(nip) if nip else 0), nip
    except SistemKerjaError as exc:  # e.g. no Perangkat Daerah in this file yet
        log.info("No laporan Perlu tindakan count: %s", exc.code)
        return 0, ""
