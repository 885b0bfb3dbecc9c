"""Build every service over one database file, exactly as the GUI and the CLI use them."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sistemkerja_desktop.db.engine import open_database
from sistemkerja_desktop.db.server import parse_target
from sistemkerja_desktop.services import file_lock
from sistemkerja_desktop.services.agency_service import AgencyService
from sistemkerja_desktop.services.bagan_service import BaganService
from sistemkerja_desktop.services.base import PENGGUNA_ENV, ServiceContext, clean_pengguna
from sistemkerja_desktop.services.data_file_service import DataFileService
from sistemkerja_desktop.services.demo_service import DemoService
from sistemkerja_desktop.services.document_service import DocumentService
from sistemkerja_desktop.services.import_service import ImportService
from sistemkerja_desktop.services.kedudukan_service import KedudukanService
from sistemkerja_desktop.services.kinerja_service import KinerjaService
from sistemkerja_desktop.services.laporan_dokumen import LaporanDokumenService
from sistemkerja_desktop.services.laporan_service import LaporanService
from sistemkerja_desktop.services.naskah_settings import NaskahSettingsService
from sistemkerja_desktop.services.paket_service import PaketService
from sistemkerja_desktop.services.pantauan_service import PantauanService
from sistemkerja_desktop.services.pegawai_service import PegawaiService
from sistemkerja_desktop.services.penugasan_dokumen import PenugasanDokumenService
from sistemkerja_desktop.services.penugasan_service import PenugasanService
from sistemkerja_desktop.services.profil_service import ProfilService
from sistemkerja_desktop.services.team_service import TeamService
from sistemkerja_desktop.services.unit_service import UnitService


@dataclass
class Services:
    ctx: ServiceContext
    agency: AgencyService
    pegawai: PegawaiService
    impor: ImportService
    demo: DemoService
    kedudukan: KedudukanService
    bagan: BaganService
    teams: TeamService  # issue #4: team builder, workload
    naskah: NaskahSettingsService  # issue #4: kop/paper settings, signers, numbering register
    dokumen: DocumentService  # issue #4: SK / Surat Tugas PDFs, roster Excel, email draft
    units: UnitService  # unit kerja: nama, jenis, induk, kode, unit kerja mandiri
    files: DataFileService  # issue #7: copy, backup, list backups of the open data file
    profil: ProfilService  # issue #9: switch the profile, refresh the legal basis
    penugasan: PenugasanService  # issue #10: permohonan penugasan, their chains, the inbox
    penugasan_dokumen: PenugasanDokumenService  # issue #10: their letters (PDF, numbered)
    laporan: LaporanService  # issue #11: schedules, reports, their review, team closing
    kinerja: KinerjaService  # issue #11: Perjanjian Kinerja indicators, Matriks Peran Hasil
    pantauan: PantauanService  # issue #11: the monitoring dashboard and its PDF
    laporan_dokumen: LaporanDokumenService  # issue #11: the ketua's member-results report
    paket: PaketService  # issue #12: exchange packages (ekspor / periksa / impor with merge)
    # issue #8: the GUI's lock on the file (None: not taken, e.g. the CLI, a read-only folder);
    # `lock_holder`: who else has it open when this one opened read-only because of that.
    lock: file_lock.FileLock | None = None
    lock_holder: file_lock.LockHolder | None = None

    @property
    def db_path(self) -> Path:
        return self.ctx.db.path

    @property
    def read_only_reason(self) -> str:
        """Why nothing can be saved ("" = writable): folder/file read-only, damaged, in use."""
        return self.ctx.db.read_only_reason

    @property
    def damaged(self) -> bool:
        return self.ctx.db.damaged

    @property
    def upgrade_backup(self) -> Path | None:
        """The copy made before this open upgraded the schema, if it did."""
        return self.ctx.db.backup

    def may_take_over(self, now: dt.datetime | None = None) -> bool:
        """Another laptop's lock, old enough that it may be a leftover: *Ambil alih*."""
        return self.lock_holder is not None and file_lock.may_take_over(
            self.lock_holder, now or dt.datetime.now())

    def close(self) -> None:
        self.ctx.db.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def build_services(db_path: Path, *, actor: str | None = None,
                   today: Callable[[], dt.date] | None = None, create: bool = True,
                   read_only_reason: str = "", lock: bool = False,
                   take_over: bool = False, pengguna: str = "") -> Services:
    """Open the file and build the services over it. `create`: a missing file is made (only
    `init`, `demo`, *Perangkat Daerah baru*); otherwise "tidak ditemukan". `lock` (the GUI):
    take the file's lock; when another window holds it, the file opens read-only saying who
    (`take_over` takes the lock anyway). `read_only_reason`: open read-only on purpose.
    `pengguna`: the name chosen in the app (Pengaturan › Pengguna), for the audit log and the
    lock; "" = $SISTEMKERJA_PENGGUNA or only the OS user."""
    path = parse_target(db_path)  # a file's Path, or a server's address (db/server.py)
    held: file_lock.FileLock | None = None
    holder: file_lock.LockHolder | None = None
    if lock and not read_only_reason and (create or path.exists()):
        taken = file_lock.acquire(path, take_over=take_over, app_user=clean_pengguna(
            pengguna or os.environ.get(PENGGUNA_ENV, "")))
        if isinstance(taken, file_lock.FileLock):
            held = taken
        elif taken is not None:
            holder = taken
            read_only_reason = taken.describe()
    try:
        db = open_database(path, create=create, read_only_reason=read_only_reason)
    except BaseException:
        if held is not None:
            held.release()
        raise
    ctx = ServiceContext(db)
    if actor:
        ctx.actor = actor
    if pengguna:
        ctx.pengguna = clean_pengguna(pengguna)
    if today:
        ctx.today = today
    penugasan = PenugasanService(ctx)
    teams = TeamService(ctx)
    services = Services(ctx=ctx, agency=AgencyService(ctx), pegawai=PegawaiService(ctx),
                        impor=ImportService(ctx), demo=DemoService(ctx),
                        kedudukan=KedudukanService(ctx), bagan=BaganService(ctx),
                        teams=teams,
                        naskah=NaskahSettingsService(ctx), dokumen=DocumentService(ctx),
                        units=UnitService(ctx), files=DataFileService(db.path),
                        profil=ProfilService(ctx), penugasan=penugasan,
                        penugasan_dokumen=PenugasanDokumenService(ctx, penugasan),
                        laporan=LaporanService(ctx), kinerja=KinerjaService(ctx),
                        pantauan=PantauanService(ctx), laporan_dokumen=LaporanDokumenService(ctx),
                        paket=PaketService(ctx, teams), lock=held, lock_holder=holder)
    services.demo.hooks.append(services.teams.create_demo_teams)
    services.demo.hooks.append(services.kinerja.create_demo_indikator)  # after the teams
    services.demo.hooks.append(services.laporan.create_demo_laporan)  # after the teams
    return services
