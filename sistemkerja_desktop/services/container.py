"""Build every service over one database file, exactly as the GUI and the CLI use them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sistemkerja_desktop.db.engine import open_database
from sistemkerja_desktop.services.agency_service import AgencyService
from sistemkerja_desktop.services.bagan_service import BaganService
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.data_file_service import DataFileService
from sistemkerja_desktop.services.demo_service import DemoService
from sistemkerja_desktop.services.document_service import DocumentService
from sistemkerja_desktop.services.import_service import ImportService
from sistemkerja_desktop.services.kedudukan_service import KedudukanService
from sistemkerja_desktop.services.naskah_settings import NaskahSettingsService
from sistemkerja_desktop.services.pegawai_service import PegawaiService
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

    @property
    def db_path(self) -> Path:
        return self.ctx.db.path

    def close(self) -> None:
        self.ctx.db.dispose()


def build_services(db_path: Path, *, actor: str | None = None,
                   today: Callable[[], dt.date] | None = None) -> Services:
    db = open_database(Path(db_path))
    ctx = ServiceContext(db)
    if actor:
        ctx.actor = actor
    if today:
        ctx.today = today
    services = Services(ctx=ctx, agency=AgencyService(ctx), pegawai=PegawaiService(ctx),
                        impor=ImportService(ctx), demo=DemoService(ctx),
                        kedudukan=KedudukanService(ctx), bagan=BaganService(ctx),
                        teams=TeamService(ctx),
                        naskah=NaskahSettingsService(ctx), dokumen=DocumentService(ctx),
                        units=UnitService(ctx), files=DataFileService(db.path))
    services.demo.hooks.append(services.teams.create_demo_teams)
    return services
