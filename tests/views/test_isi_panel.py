"""The shared contents panel of a request's and a report's page: attachments listed with their
size, *Buka* writes a temporary copy and hands it to the system's viewer; a failing read is
shown, never raised; the list is replaced, not appended to."""

from __future__ import annotations

from pathlib import Path

import pytest

from sistemkerja_desktop.domain.errors import NotFoundError
from sistemkerja_desktop.views.common import isi_panel
from sistemkerja_desktop.views.common.isi_panel import IsiPanel, ukuran_label

pytestmark = pytest.mark.gui


class _Panel(IsiPanel):
    def __init__(self, files):
        super().__init__()
        self.files = files

    def open_lampiran(self, lampiran_id):
        return self.buka_salinan(lambda: self.files[lampiran_id], "uji-")


def test_attachments_listed_opened_from_a_copy_and_replaced(qtbot, monkeypatch):
    opened, errors = [], []
    monkeypatch.setattr(isi_panel.QDesktopServices, "openUrl", lambda url: opened.append(url))
    monkeypatch.setattr(isi_panel, "show_error", lambda parent, exc, title="": errors.append(exc))
    panel = _Panel({7: ("surat masuk.pdf", b"%PDF-1.4 isi")})
    qtbot.addWidget(panel)
    panel.show()
    panel.set_lampiran([(7, "surat masuk.pdf", 2048), (8, "hilang.pdf", 10)])
    assert len(panel.lampiran_buttons) == 2 and panel.lampiran_title.isVisible()
    panel.lampiran_buttons[0].click()
    path = opened[0].toLocalFile()
    assert path.endswith("surat masuk.pdf") and Path(path).read_bytes() == b"%PDF-1.4 isi"

    def gagal():  # a read that fails: shown, nothing opened
        raise NotFoundError("Lampiran tidak ditemukan")
    assert panel.buka_salinan(gagal, "uji-") is None and len(errors) == 1 and len(opened) == 1
    panel.set_lampiran([(9, "baru.xlsx", 5)])
    assert len(panel.lampiran_buttons) == 1
    panel.set_lampiran([])
    assert not panel.lampiran_buttons and not panel.lampiran_title.isVisible()


def test_sizes_as_people_read_them():
    assert [ukuran_label(n) for n in (812, 46_080, 1_572_864)] == ["812 B", "45 KB", "1,5 MB"]
