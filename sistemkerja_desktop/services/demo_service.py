"""The fictional demo agency (Dinas Kesehatan Kabupaten Contoh) and generated test agencies."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, text

from sistemkerja_desktop.db.mapping import save_struktur
from sistemkerja_desktop.db.models import AuditRow, Base, PegawaiRow, PerangkatDaerahRow, UnitRow
from sistemkerja_desktop.domain.demo import build_demo_struktur, build_generated_struktur
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes

# The audit note of the demo's creation: the marker `is_demo()` reads (the file may be renamed or
# copied anywhere; the Perangkat Daerah row and its audit entry travel with it).
DEMO_NOTE = "membuat agensi contoh"


class DemoService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        # Run after the demo agency is saved (e.g. the demo teams of issue #4); set by container.
        self.hooks: list[Callable[[], object]] = []

    def create_demo(self) -> Changes:
        """All or nothing: if a later step (the demo teams) fails, the file is emptied again —
        it was empty before, `_save` checks that."""
        changes = self._save(build_demo_struktur(self._ctx.today()), DEMO_NOTE)
        try:
            for hook in self.hooks:
                hook()
        except BaseException:
            self._wipe()
            raise
        return changes

    def is_demo(self) -> bool:
        """True when this file's Perangkat Daerah is the fictional demo agency (created by
        `create_demo`), wherever the file lives and whatever it is called."""
        with self._ctx.reading() as s:
            uuid = s.scalars(select(PerangkatDaerahRow.uuid).limit(1)).first()
            if uuid is None:
                return False
            return s.scalars(select(AuditRow.id).where(
                AuditRow.tabel == PerangkatDaerahRow.__tablename__,
                AuditRow.record_uuid == uuid, AuditRow.aksi == "tambah",
                AuditRow.keterangan == DEMO_NOTE).limit(1)).first() is not None

    def _wipe(self) -> None:
        with self._ctx.session("membatalkan agensi contoh") as s:
            # units refer to units: check the foreign keys once everything is gone (a server
            # checks them at the end of each DELETE, when the whole table is gone)
            if s.get_bind().dialect.name == "sqlite":
                s.execute(text("PRAGMA defer_foreign_keys = ON"))
            for table in reversed(Base.metadata.sorted_tables):
                s.execute(table.delete())

    def create_generated(self, n_pegawai: int, seed: int = 1) -> Changes:
        struktur = build_generated_struktur(n_pegawai, seed=seed, today=self._ctx.today())
        return self._save(struktur, "membuat agensi uji")

    def _save(self, struktur: Struktur, note: str) -> Changes:
        with self._ctx.session(note) as s:
            if any(s.scalars(select(row.id).limit(1)).first() is not None
                   for row in (PerangkatDaerahRow, UnitRow, PegawaiRow)):
                raise ValidationError("Berkas ini sudah berisi data; contoh hanya dapat dibuat "
                                      "di berkas baru (gunakan --db)", code="sudah_ada")
            save_struktur(s, struktur)
        return Changes.everything()
