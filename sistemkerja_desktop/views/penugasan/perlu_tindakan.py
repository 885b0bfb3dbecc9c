"""Who *Perlu tindakan* is for: the people something waits for (the holder of a waiting step, or
who records the other instansi's answer), the person chosen last time (remembered in the app's
settings), the count the shell shows as a badge on the Penugasan button, and the reports that
wait for the same person (issue #11), shown as a link to the Laporan area."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.penugasan import StatusPermohonan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common.settings_store import app_settings

log = logging.getLogger(__name__)

SETTINGS_KEY = "penugasan/perlu_tindakan_nip"


@dataclass(frozen=True, slots=True)
class Penunggu:
    """Someone with requests waiting for them."""

    nip: str
    nama: str
    jabatan: str
    jumlah: int
    umur_terlama: int  # days the oldest waiting request has waited


def penunggu(services: Services) -> list[Penunggu]:
    """Everyone something waits for, the longest-waiting first."""
    found: dict[str, list] = {}
    for r in services.penugasan.daftar(status=StatusPermohonan.MENUNGGU.value):
        m = r.menunggu
        if m is None or not m.pencatat_nip:
            continue
        entry = found.setdefault(m.pencatat_nip, [m.pencatat_nama, "", 0, 0])
        if m.pencatat_nip == m.nip and m.jabatan:
            entry[1] = m.jabatan
        entry[2] += 1
        entry[3] = max(entry[3], r.umur_hari)
    out = [Penunggu(nip, nama, jabatan, n, umur)
           for nip, (nama, jabatan, n, umur) in found.items()]
    return sorted(out, key=lambda p: (-p.umur_terlama, p.nama.casefold()))


def remembered_nip() -> str:
    return str(app_settings().value(SETTINGS_KEY, "") or "")


def remember_nip(nip: str) -> None:
    app_settings().setValue(SETTINGS_KEY, nip)


def chosen_nip(services: Services, waiting: list[Penunggu] | None = None) -> str:
    """The person remembered, when they belong to this data file; else the one waited on
    longest; '' when nothing waits for anyone."""
    nip = remembered_nip()
    if nip:
        try:
            services.penugasan.jumlah_perlu_tindakan(nip)
        except SistemKerjaError:
            nip = ""  # another data file's pegawai
        else:
            return nip
    waiting = penunggu(services) if waiting is None else waiting
    return waiting[0].nip if waiting else ""


def badge_count(services: Services) -> tuple[int, str]:
    """(requests waiting for the chosen person, that person's NIP)."""
    try:
        nip = chosen_nip(services)
        return (services.penugasan.jumlah_perlu_tindakan(nip) if nip else 0), nip
    except SistemKerjaError as exc:  # e.g. no Perangkat Daerah in this file yet
        log.info("No Perlu tindakan count: %s", exc.code)
        return 0, ""


def laporan_menunggu(services: Services, nip: str) -> tuple[str, int | None]:
    """("2 laporan menunggu tinjauan · 1 laporan jatuh tempo", id of the oldest) of the
    reports waiting for `nip`; ("", None) when none."""
    try:
        items = services.laporan.perlu_tindakan(nip) if nip else []
    except SistemKerjaError as exc:
        log.info("No laporan items: %s", exc.code)
        return "", None
    counts = {j: sum(1 for t in items if t.jenis == j) for j in ("tinjau", "jatuh-tempo",
                                                               "perbaikan")}
    words = {"tinjau": "laporan menunggu tinjauan", "jatuh-tempo": "laporan jatuh tempo",
             "perbaikan": "laporan dikembalikan untuk perbaikan"}
    text = " · ".join(f"{n} {words[j]}" for j, n in counts.items() if n)
    return text, next((t.laporan.id for t in items if t.laporan.id is not None), None)
