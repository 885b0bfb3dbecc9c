"""The canvas's document: the saved structure (baseline) plus the moves made on the canvas.

Moves live on the `QUndoStack` until *Simpan*. The document keeps the list of moves currently
applied (`_done`) and the list that was applied at the last save (`_saved`); what differs
between them is what *Simpan* writes: saved moves that were undone are reversed exactly (their
`CatatanPindah`), the rest are applied. The chart shown is always the baseline with those
pending differences, as of `tanggal`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from sistemkerja_desktop.domain.bagan import Bagan, TemuanBagan, build_bagan, petakan_temuan
from sistemkerja_desktop.domain.findings import Finding
from sistemkerja_desktop.domain.organisasi import Kedudukan, Struktur
from sistemkerja_desktop.domain.periksa import periksa
from sistemkerja_desktop.domain.pindah import (
    CatatanPindah,
    RencanaPindah,
    balikkan,
    cek_pindah,
    terapkan,
)
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.views.orgchart.commands import Langkah, PindahCommand

log = logging.getLogger(__name__)


class OrgChartDocument(QObject):
    changed = Signal()  # the chart to show changed (moves, date, reload)
    modified_changed = Signal(bool)  # unsaved moves exist / no longer exist

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._baseline: Struktur | None = None
        self._profile: RegulationProfile | None = None
        self._tanggal = dt.date.today()
        self._done: list[Langkah] = []
        self._saved: list[Langkah] = []
        self._cache: tuple[Struktur, Bagan, list[Finding], TemuanBagan] | None = None
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

    # ---- loading ------------------------------------------------------------------------

    def load(self, struktur: Struktur | None, profile: RegulationProfile | None,
             tanggal: dt.date) -> None:
        """A fresh document: the undo history is cleared."""
        self.undo_stack.clear()
        self._done, self._saved = [], []
        self._baseline, self._profile, self._tanggal = struktur, profile, tanggal
        self._invalidate()

    def rebase(self, struktur: Struktur | None, profile: RegulationProfile | None) -> None:
        """New saved data (another screen changed it, or a save): pending moves are kept."""
        self._baseline, self._profile = struktur, profile
        self._invalidate()

    def dilihat(self) -> tuple[Kedudukan, ...]:
        """The saved kedudukan the canvas works on (with their versions): *Simpan* hands them
        to the service, which refuses when the database has changed them since."""
        return self._baseline.kedudukan if self._baseline is not None else ()

    @property
    def loaded(self) -> bool:
        return self._baseline is not None and self._profile is not None

    @property
    def profile(self) -> RegulationProfile | None:
        return self._profile

    @property
    def tanggal(self) -> dt.date:
        return self._tanggal

    def set_tanggal(self, tanggal: dt.date) -> None:
        if tanggal != self._tanggal:
            self._tanggal = tanggal
            self._invalidate()

    # ---- derived data ---------------------------------------------------------------------

    def _derive(self) -> tuple[Struktur, Bagan, list[Finding], TemuanBagan]:
        if self._cache is None:
            assert self._baseline is not None and self._profile is not None
            batal, rencana = self.pending()
            current = terapkan(balikkan(self._baseline, batal), rencana)
            bagan = build_bagan(current, self._tanggal)
            # periksa's findings, plus the wrong data the chart shows itself (a structural
            # official inside a group, a Pelaksana as PPK): visible as badges, not as members
            findings = periksa(current, self._profile, self._tanggal) + list(bagan.temuan)
            self._cache = (current, bagan, findings, petakan_temuan(bagan, findings))
        return self._cache

    @property
    def struktur(self) -> Struktur:
        return self._derive()[0]

    @property
    def bagan(self) -> Bagan:
        return self._derive()[1]

    @property
    def findings(self) -> list[Finding]:
        return self._derive()[2]

    @property
    def temuan(self) -> TemuanBagan:
        return self._derive()[3]

    def cek(self, pegawai_ids: Sequence[int], position_id: int, tmt: dt.date,
            koreksi: bool = False) -> list[Finding]:
        assert self._profile is not None
        return cek_pindah(self.struktur, self._profile, pegawai_ids, position_id, tmt, koreksi)

    # ---- moves ------------------------------------------------------------------------------

    def pindah(self, rencana: RencanaPindah, teks: str) -> None:
        """Push one move (several pegawai = one undo step)."""
        self.undo_stack.push(PindahCommand(self, Langkah(rencana, teks)))

    def apply(self, langkah: Langkah) -> None:  # called by PindahCommand.redo
        self._done.append(langkah)
        self._invalidate()

    def unapply(self, langkah: Langkah) -> None:  # called by PindahCommand.undo
        assert self._done and self._done[-1] is langkah
        self._done.pop()
        self._invalidate()

    def _prefix(self) -> int:
        """How many moves the applied list shares with the saved one."""
        prefix = 0
        while (prefix < len(self._done) and prefix < len(self._saved)
               and self._done[prefix] is self._saved[prefix]):
            prefix += 1
        return prefix

    def pending(self) -> tuple[list[CatatanPindah], list[RencanaPindah]]:
        """(saved moves to reverse, in the order they were made; moves to apply, in order)."""
        prefix = self._prefix()
        batal = [c for step in self._saved[prefix:] for c in (step.catatan or ())]
        return batal, [step.rencana for step in self._done[prefix:]]

    def jumlah_tertunda(self) -> int:
        """Number of pegawai moves not saved yet (reversals count too)."""
        batal, rencana = self.pending()
        return len(batal) + sum(len(r.pegawai_ids) for r in rencana)

    def has_unsaved_changes(self) -> bool:
        batal, rencana = self.pending()
        return bool(batal or rencana)

    def mark_saved(self, catatan: Sequence[tuple[CatatanPindah, ...]],
                   baseline: Struktur) -> None:
        """After `KedudukanService.simpan`: attach the records to the moves just written."""
        for step, record in zip(self._done[self._prefix():], catatan, strict=True):
            step.catatan = record
        self._saved = list(self._done)
        self._baseline = baseline
        self.undo_stack.setClean()
        self._invalidate()

    def discard(self) -> None:
        """Throw the unsaved moves away (back to the last save)."""
        clean = self.undo_stack.cleanIndex()
        if clean >= 0:
            self.undo_stack.setIndex(clean)  # undo (or redo) to the saved state
        else:  # moves were made after undoing past the save: that state is off the stack
            self._done = list(self._saved)
            self.undo_stack.clear()
            self._invalidate()
            self.modified_changed.emit(False)

    # ---- internals ---------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._cache = None
        self.changed.emit()

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self.modified_changed.emit(self.has_unsaved_changes())
