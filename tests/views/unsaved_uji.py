"""Answering the one Simpan / Buang / Batal question in view tests."""

from __future__ import annotations

from sistemkerja_desktop.views.common import unsaved
from sistemkerja_desktop.views.common.unsaved import Choice


def answer(monkeypatch, *choices: Choice) -> list[str]:
    """Answer the question with `choices` in turn; returns the descriptions that were asked."""
    asked: list[str] = []
    queue = list(choices)

    def fake(parent, description, action=""):
        asked.append(description)
        return queue.pop(0)

    monkeypatch.setattr(unsaved, "ask_save_discard_cancel", fake)
    return asked
