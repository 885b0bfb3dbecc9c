"""Write an output file off the GUI thread with a progress dialog (shown after ~0.8 s), then
name the file with *Buka* / *Buka folder* (`output.show_output_done`). One helper for every
export and print of the Struktur and Tim Kerja areas.

    run_output(self, self.tr("Menulis roster…"), lambda progress: service.write(path),
               on_done=lambda n: show_output_done(self, path, text(n)),
               on_failure=lambda exc: show_error(self, exc, title))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.tasks import ProgressFn, TaskSignals, run_task


class Cancelled(Exception):
    """Raised by the work when the user pressed *Batal* (see `run_output(cancellable=True)`)."""


def run_output(parent: QWidget, label: str, work: Callable[[ProgressFn], Any], *,
               on_done: Callable[[Any], None], on_failure: Callable[[BaseException], None],
               on_cancelled: Callable[[], None] | None = None,
               cancellable: bool = False) -> TaskSignals:
    """Run `work(progress)` in the thread pool; `progress(done, total)` feeds the dialog.
    With `cancellable`, the work should call `progress` between steps: after *Batal* the next
    call raises `Cancelled`, and `on_cancelled` runs instead of `on_failure`."""
    dialog = output.progress_dialog(parent, label, 0, cancellable)
    dialog.setObjectName("output_progress")
    cancel_requested = False

    def request_cancel() -> None:
        nonlocal cancel_requested
        cancel_requested = True

    if cancellable:
        dialog.canceled.connect(request_cancel)

    def finish() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def on_progress(done: int, total: int) -> None:
        if total > 0 and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total > 0 else 0)

    def guarded(progress: ProgressFn) -> Any:
        def report(done: int, total: int) -> None:
            if cancel_requested:
                raise Cancelled
            progress(done, total)

        return work(report)

    def succeeded(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, Cancelled) and on_cancelled is not None:
            on_cancelled()
        else:
            on_failure(exc)

    return run_task(guarded, on_success=succeeded, on_failure=failed,
                    on_progress=on_progress, parent=parent)
