"""Import pegawai from Excel: choose the file, check the columns, review errors and the unit
tree the import will build, import.

    result = ImportWizard.ask(parent, services)   # ImportResult, or None when nothing was written

Step 1 reads the sheet in the background (`views.common.output_task.run_output`): a progress
dialog after ~0.8 s with *Batal*; a file beyond the reader's limits (size, zip bomb, columns,
cells) is refused on the first page with the limit it hit.
Step 4 runs `services.impor.run` in the background (`views.common.tasks.run_task`) with a
progress bar; the wizard cannot be closed while it runs (the import is one transaction).
Closing it after a file was loaded but before the import ran asks *Simpan / Buang / Batal*
through `views.common.unsaved.confirm_leave` (Simpan = go on with the import).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QProgressDialog,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.impor import HeaderGuess, ImportPlan
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.import_service import ImportPreview, ImportResult
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.tasks import TaskSignals, run_task
from sistemkerja_desktop.views.common.unsaved import confirm_leave
from sistemkerja_desktop.views.common.widgets import hint
from sistemkerja_desktop.views.struktur.import_file_page import FilePage
from sistemkerja_desktop.views.struktur.import_mapping_page import MappingPage
from sistemkerja_desktop.views.struktur.import_tree import UnitTreePreview

log = logging.getLogger(__name__)

_RED = "#b3261e"
_GREEN = "#2e6b30"


class ErrorsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Pemeriksaan baris dan struktur unit"))
        self.setSubTitle(self.tr("Setiap baris diperiksa dan pohon unit disusun sebelum ada data "
                                 "yang ditulis."))
        self.setCommitPage(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.errors_list = QListWidget()
        self.errors_list.setAlternatingRowColors(True)
        self.all_or_nothing_radio = QRadioButton(self.tr(
            "Semua atau tidak sama sekali: jangan impor selama masih ada baris bermasalah"))
        self.skip_invalid_radio = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.all_or_nothing_radio)
        group.addButton(self.skip_invalid_radio)
        self.all_or_nothing_radio.setChecked(True)
        self.choice = QWidget()
        cl = QVBoxLayout(self.choice)
        cl.setContentsMargins(0, 4, 0, 0)
        cl.addWidget(self.all_or_nothing_radio)
        cl.addWidget(self.skip_invalid_radio)
        self.fix_hint = hint(self.tr(
            "Perbaiki berkas di Excel lalu kembali ke langkah pertama, atau pilih “impor baris "
            "valid saja”."))
        self.unit_tree = UnitTreePreview()
        self.problems = QWidget()
        pl = QVBoxLayout(self.problems)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.errors_list, 1)
        pl.addWidget(self.choice)
        pl.addWidget(self.fix_hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.problems)
        self.splitter.addWidget(self.unit_tree)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.splitter, 1)
        group.buttonToggled.connect(lambda *_: self._on_choice_changed())

    def initializePage(self) -> None:
        plan = self._wiz.plan
        self.errors_list.clear()
        if plan is None:
            return
        bad = len(plan.invalid_rows)
        valid = plan.total_rows - bad
        if not plan.errors:
            self.summary_label.setText(
                f"<span style='color:{_GREEN}'>✓ "
                + self.tr("Semua %1 baris valid dan siap diimpor.").replace(
                    "%1", str(plan.total_rows)) + "</span>")
        else:
            self.summary_label.setText(
                f"<span style='color:{_RED}'>"
                + self.tr("%1 baris data: %2 valid, <b>%3 baris bermasalah</b> (%4 galat).")
                .replace("%1", str(plan.total_rows)).replace("%2", str(valid))
                .replace("%3", str(bad)).replace("%4", str(len(plan.errors))) + "</span>")
        for error in plan.errors:
            item = QListWidgetItem(str(error))
            item.setToolTip(str(error))
            self.errors_list.addItem(item)
        self.errors_list.setVisible(bool(plan.errors))
        self.choice.setVisible(bool(plan.errors))
        self.fix_hint.setVisible(bool(plan.errors))
        self.problems.setVisible(bool(plan.errors))
        self.unit_tree.show_plan(plan.units)
        width = max(self.splitter.width(), 800)
        self.splitter.setSizes([width * 2 // 5, width * 3 // 5])
        self.skip_invalid_radio.setText(self.tr(
            "Impor baris valid saja (%1 baris), lewati %2 baris bermasalah").replace(
            "%1", str(valid)).replace("%2", str(bad)))
        self.skip_invalid_radio.setEnabled(valid > 0)
        self._on_choice_changed()

    def isComplete(self) -> bool:
        plan = self._wiz.plan
        if plan is None:
            return False
        if not plan.errors:
            return bool(plan.records)
        return self.skip_invalid_radio.isChecked() and len(plan.invalid_rows) < plan.total_rows

    def _on_choice_changed(self) -> None:
        self._wiz.skip_invalid = self.skip_invalid_radio.isChecked()
        self.completeChanged.emit()


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Mengimpor"))
        self.setSubTitle(self.tr("Data ditulis dalam satu transaksi: seluruhnya atau tidak "
                                 "sama sekali."))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%p%"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addSpacing(8)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.summary_label.setText("")
        self.status_label.setText(self.tr("Membaca dan menulis data pegawai…"))
        self.progress.setRange(0, 0)  # busy until the first progress report
        self._wiz.start_import()

    def isComplete(self) -> bool:
        return self._wiz.import_done

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def on_done(self, result: ImportResult | None, error: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if result is not None and result.ditulis else 0)
        if error:
            self.status_label.setText(f"<span style='color:{_RED}'>"
                                      + self.tr("Impor gagal; tidak ada data yang diubah.")
                                      + "</span>")
            self.summary_label.setText(error)
        elif result is not None and result.ditulis:
            self.status_label.setText(f"<span style='color:{_GREEN}'>✓ "
                                      + self.tr("Impor selesai.") + "</span>")
            self.summary_label.setText(
                self.tr("<table cellpadding='3'><tr><td>Ditambah</td><td><b>%1</b></td></tr>"
                        "<tr><td>Diperbarui</td><td><b>%2</b></td></tr>"
                        "<tr><td>Ditolak</td><td><b>%3</b></td></tr></table>")
                .replace("%1", str(result.ditambah)).replace("%2", str(result.diperbarui))
                .replace("%3", str(result.ditolak)))
        else:
            rejected = result.ditolak if result else 0
            self.status_label.setText(self.tr(
                "Tidak ada data yang ditulis (%1 baris ditolak).").replace("%1", str(rejected)))
        self.completeChanged.emit()


class ImportWizard(QWizard):
    """The wizard; `imported(result, changes)` is emitted when data was written."""

    imported = Signal(object, object)  # ImportResult, Changes
    import_finished = Signal()  # the background run ended (success or failure)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.preview: ImportPreview | None = None
        self.header: HeaderGuess | None = None
        self.plan: ImportPlan | None = None
        self.plan_error = ""
        self.skip_invalid = False
        self.import_result: ImportResult | None = None
        self.changes = Changes()
        self.running = False
        self.loading = False  # step 1 is reading the sheet
        self.import_done = False
        self._task: TaskSignals | None = None
        self.setWindowTitle(self.tr("Impor pegawai dari Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< Kembali")),
                             (QWizard.WizardButton.NextButton, self.tr("Lanjut >")),
                             (QWizard.WizardButton.CommitButton, self.tr("Impor")),
                             (QWizard.WizardButton.FinishButton, self.tr("Selesai")),
                             (QWizard.WizardButton.CancelButton, self.tr("Batal")),
                             (QWizard.WizardButton.HelpButton, self.tr("Bantuan"))):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.errors_page = ErrorsPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.errors_page, self.run_page):
            self.addPage(page)
        self.resize(1000, 680)

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services) -> ImportResult | None:
        """Run the wizard modally; the result when pegawai were written, else None."""
        wizard = cls(services, parent)
        try:
            wizard.exec()
            result = wizard.import_result
            return result if result is not None and result.ditulis else None
        finally:
            wizard.deleteLater()

    # ---- steps (public so tests can drive the wizard without clicking)
    def load_preview(self, path: Path) -> bool:
        """Read the sheet off the GUI thread (progress dialog after ~0.8 s, with *Batal*) and
        wait for it here, so the first page moves on only with a preview. False (and the
        reason on the first page) when the file cannot be read or the user cancelled."""
        if self.loading:
            return False
        self.file_page.show_error("")
        outcome: dict[str, object] = {}
        loop = QEventLoop(self)

        def finish(key: str, value: object) -> None:
            outcome[key] = value
            loop.quit()

        impor = self._services.impor
        self.loading = True
        self.file_page.setEnabled(False)
        try:
            run_output(self, self.tr("Membaca %1…").replace("%1", path.name),
                       lambda progress: impor.preview(path, progress=progress),
                       on_done=lambda preview: finish("preview", preview),
                       on_failure=lambda exc: finish("error", exc),
                       on_cancelled=lambda: finish("cancelled", True), cancellable=True)
            for dialog in self.findChildren(QProgressDialog, "output_progress"):
                label = dialog.labelText()  # long file names: the whole name stays readable
                dialog.setMinimumWidth(min(640, dialog.fontMetrics().horizontalAdvance(label)
                                           + 80))
            loop.exec()
        finally:
            self.loading = False
            self.file_page.setEnabled(True)
        preview = outcome.get("preview")
        if isinstance(preview, ImportPreview):
            self.preview = preview
            self.replan(preview.header)
            return True
        self.preview = None
        error = outcome.get("error")
        if "cancelled" in outcome:
            self.file_page.show_error(self.tr("Pembacaan %1 dibatalkan; tidak ada yang diimpor.")
                                      .replace("%1", path.name))
        elif isinstance(error, SistemKerjaError):
            self.file_page.show_error(error.message[:1].upper() + error.message[1:])
        else:
            log.error("Reading the import file failed", exc_info=error)  # type: ignore[arg-type]
            self.file_page.show_error(self.tr("Berkas %1 tidak dapat dibaca: terjadi kesalahan "
                                              "yang tidak terduga.").replace("%1", path.name))
        return False

    def replan(self, header: HeaderGuess) -> None:
        """Validate every row against `header` (called on each mapping change)."""
        self.header = header
        self.plan_error = ""
        if self.preview is None:
            self.plan = None
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = self._services.impor.plan(self.preview, header)
        except SistemKerjaError as exc:
            self.plan = None
            self.plan_error = exc.message[:1].upper() + exc.message[1:]
        finally:
            QApplication.restoreOverrideCursor()

    def start_import(self) -> None:
        if self.running or self.preview is None:
            return
        preview, header, skip = self.preview, self.header, self.skip_invalid
        self.running, self.import_done = True, False
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        log.info("Import started (skip_invalid=%s)", skip)
        impor = self._services.impor
        self._task = run_task(
            lambda progress: impor.run(preview.path, header=header, skip_invalid=skip,
                                       progress=progress, preview=preview),
            on_success=self._on_task_succeeded, on_failure=self._on_task_failed,
            on_progress=self.run_page.on_progress, parent=self)

    # ---- task callbacks (GUI thread)
    def _on_task_succeeded(self, outcome: tuple[ImportResult, Changes]) -> None:
        result, changes = outcome
        self.import_result, self.changes = result, changes
        self._end()
        log.info("Import done: %s added, %s updated, %s rejected", result.ditambah,
                 result.diperbarui, result.ditolak)
        self.run_page.on_done(result, "")
        if result.ditulis:
            self.imported.emit(result, changes)
        self.import_finished.emit()

    def _on_task_failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, SistemKerjaError):
            text = exc.message
        else:
            log.error("Import failed", exc_info=exc)
            text = self.tr("Terjadi kesalahan yang tidak terduga: %1").replace("%1", str(exc))
        self.run_page.on_done(None, text)
        self.import_finished.emit()

    def _end(self) -> None:
        self.running, self.import_done = False, True
        self._task = None

    # ---- unsaved work (views.common.unsaved.UnsavedEdits)
    def unsaved_description(self) -> str | None:
        """A loaded file whose import has not run yet is work the user may not want to lose."""
        if self.preview is None or self.running or self.import_done:
            return None
        return self.tr("impor pegawai dari %1 belum dijalankan").replace(
            "%1", self.preview.path.name)

    def save_unsaved(self) -> bool:
        """Go on with the import as far as the pages allow; the wizard stays open (the import
        runs in the background and shows its result), so this never lets the dialog close."""
        while self.currentPage() is not self.run_page:
            page = self.currentPage()
            if page is None or not page.isComplete():
                break
            before = page
            self.next()
            if self.currentPage() is before:  # validatePage refused
                break
        return False

    def discard_unsaved(self) -> None:
        self.preview = self.plan = self.header = None

    # ---- no closing while the transaction runs; ask before dropping a loaded file
    def reject(self) -> None:
        if self.running or self.loading:
            return
        if confirm_leave(self, self, self.tr("menutup impor")):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running or self.loading:
            event.ignore()
        else:
            super().closeEvent(event)
