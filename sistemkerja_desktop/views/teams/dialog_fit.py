"""A dialog with wrapped hints as tall as its content, no empty band: a wrapped label guesses its
height for a narrow width before the dialog is laid out, and a top-level window never shrinks by
itself. Call `fit_height_later(dialog)` from `showEvent` and whenever rows appear or disappear."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


def fit_height(window: QWidget) -> None:
    want = window.minimumSizeHint().height()
    if window.isVisible() and window.height() > want:
        window.resize(window.width(), want)


def fit_height_later(window: QWidget) -> None:
    """Once the hints know their real width (the next turn of the event loop)."""
    QTimer.singleShot(0, lambda: fit_height(window))
