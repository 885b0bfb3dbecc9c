"""A data file that cannot be opened (damaged, not a database, its upgrade failed): say why and
offer its automatic backups — *Pulihkan* the chosen one, *Buka hanya-baca* when the file can
still be read, or *Batal*. The backup list is the one of *Berkas › Pulihkan dari cadangan…*
(`RestoreDialog`), with the problem above it."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.open_recovery import (
    DAMAGED_REASON,
    OpenProblem,
    describe_failure,
    restore_after_failure,
)
from sistemkerja_desktop.views.berkas_restore_dialog import RestoreDialog
from sistemkerja_desktop.views.common.messages import show_info
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE

if TYPE_CHECKING:  # the type only: views reach the database through these objects
    from sistemkerja_desktop.services.container import Services

log = logging.getLogger(__name__)


class OpenChoice(enum.Enum):
    PULIHKAN = "pulihkan"
    HANYA_BACA = "hanya_baca"
    BATAL = "batal"


@dataclass(frozen=True)
class OpenDecision:
    choice: OpenChoice
    backup: Path | None = None


class OpenProblemDialog(RestoreDialog):
    """`ask()` returns what the user chose (BATAL when the dialog is closed)."""

    def __init__(self, problem: OpenProblem, parent: QWidget | None = None) -> None:
        super().__init__(problem.backups, problem.path, parent)
        self.setObjectName("open_problem_dialog")
        self.setWindowTitle(self.tr("Berkas data tidak dapat dibuka"))
        self.resize(720, 460)
        self.decision = OpenDecision(OpenChoice.BATAL)
        self.problem_label = QLabel(problem.message)
        self.problem_label.setObjectName("open_problem_text")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        advice = QLabel(self.tr(
            "Pilih cadangan lalu Pulihkan: berkas yang sekarang disimpan dulu sebagai "
            "%1.rusak-….sqlite (tidak ada yang dihapus), lalu cadangan dipasang dan dibuka.")
            .replace("%1", problem.path.stem) if problem.backups else self.tr(
            "Tidak ada cadangan otomatis untuk berkas ini."))
        advice.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.problem_label)
        layout.insertSpacing(1, 6)
        layout.insertWidget(4, advice)  # after RestoreDialog's heading and explanation
        self.read_only_button = None
        if problem.read_only_possible:
            self.read_only_button = self.buttons.addButton(
                self.tr("Buka hanya-baca"), QDialogButtonBox.ButtonRole.ActionRole)
            self.read_only_button.setToolTip(self.tr(
                "Lihat isinya tanpa mengubah apa pun; bagian yang rusak mungkin tidak terbaca."))
            self.read_only_button.clicked.connect(self._on_read_only_button_clicked)
        self.restore_button.setVisible(bool(problem.backups))

    def _on_read_only_button_clicked(self) -> None:
        self.decision = OpenDecision(OpenChoice.HANYA_BACA)
        self.done(QDialog.DialogCode.Rejected)  # not `accept`: that means *Pulihkan*

    def accept(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.decision = OpenDecision(OpenChoice.PULIHKAN, chosen.path)
        super().accept()

    @classmethod
    def ask_problem(cls, problem: OpenProblem, parent: QWidget | None = None) -> OpenDecision:
        dialog = cls(problem, parent)
        dialog.exec()
        return dialog.decision


def open_or_recover(open_file: Callable[[str], Services], path: Path, parent: QWidget | None,
                    show_error: Callable[[QWidget | None, BaseException, str], None],
                    title: str) -> Services | None:
    """`open_file(read_only_reason)` until it works or the user gives up: a failure that a
    backup may mend shows `OpenProblemDialog`; any other is shown with `show_error`."""
    read_only_reason = ""
    while True:
        try:
            return open_file(read_only_reason)
        except SistemKerjaError as exc:
            log.error("Database not opened (%s): %s", exc.code, path.name)
            problem = describe_failure(path, exc)
            if read_only_reason or not problem.offers_recovery:
                show_error(parent, exc, title)
                return None
        decision = OpenProblemDialog.ask_problem(problem, parent)
        if decision.choice is OpenChoice.HANYA_BACA:
            read_only_reason = DAMAGED_REASON
        elif decision.choice is OpenChoice.PULIHKAN and decision.backup is not None:
            try:
                kept = restore_after_failure(path, decision.backup)
            except SistemKerjaError as exc:
                show_error(parent, exc, QCoreApplication.translate(
                    "OpenProblemDialog", "Cadangan tidak dapat dipulihkan"))
                return None
            log.info("Restored %s after a failed open", decision.backup.name)
            if kept is not None:
                show_info(parent, QCoreApplication.translate(
                    "OpenProblemDialog", "Cadangan dipulihkan"), QCoreApplication.translate(
                    "OpenProblemDialog", "Cadangan %1 dipasang. Berkas yang tidak dapat dibuka "
                    "disimpan sebagai %2.").replace("%1", decision.backup.name)
                    .replace("%2", kept.name))
        else:
            return None
