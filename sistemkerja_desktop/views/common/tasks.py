"""Run long work (imports, exports) off the GUI thread. The worker never touches widgets."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]


class TaskSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[ProgressFn], Any], signals: TaskSignals) -> None:
        super().__init__()
        self._fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progressed.emit)
        except BaseException as exc:  # reported to the GUI thread, shown by the caller
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


def run_task(fn: Callable[[ProgressFn], Any], *, on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None],
             on_progress: Callable[[int, int], None] | None = None,
             parent: QObject | None = None) -> TaskSignals:
    """`fn(progress)` runs in the global thread pool; callbacks run in the GUI thread."""
    signals = TaskSignals(parent)
    # `signals` lives in the GUI thread; queued connections deliver there.
    queued = Qt.ConnectionType.QueuedConnection
    signals.succeeded.connect(on_success, queued)
    signals.failed.connect(on_failure, queued)
    if on_progress is not None:
        signals.progressed.connect(on_progress, queued)
    QThreadPool.globalInstance().start(_Runnable(fn, signals))
    return signals
