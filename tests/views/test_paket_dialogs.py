"""Berkas › Kirim perubahan… / Terima paket… (issue #12): the package written from the form, the
preview with conflicts side by side, Impor only once every conflict is decided, and the whole
window told to refresh after the import."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import select

from sistemkerja_desktop.db.models import PegawaiRow
from sistemkerja_desktop.domain.paket_format import buka
from sistemkerja_desktop.domain.paket_gabung import Pilihan
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.paket.kirim_dialog import KirimPaketDialog
from sistemkerja_desktop.views.paket.terima_dialog import KITA, MEREKA

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_services):
    w = MainWindow(demo_services)
    qtbot.addWidget(w)
    return w


def _ubah(svc, index, **values):
    with svc.ctx.session("uji") as s:
        row = s.scalars(select(PegawaiRow).order_by(PegawaiRow.nip)).all()[index]
        for k, v in values.items():
            setattr(row, k, v)


@pytest.fixture
def paket_b(tmp_path, demo_services):
    """A copy B of the demo file edited apart from A; B's package; two conflicts."""
    a = demo_services
    a.close()
    shutil.copy(tmp_path / "t.sqlite", tmp_path / "b.sqlite")
    a.ctx.db = build_services(tmp_path / "t.sqlite").ctx.db
    b = build_services(tmp_path / "b.sqlite")
    _ubah(a, 2, telepon="A")
    _ubah(b, 2, telepon="B")
    _ubah(a, 3, email="a@x.go.id")
    _ubah(b, 3, email="b@x.go.id")
    _ubah(b, 4, pendidikan="S2")
    b.paket.ekspor(tmp_path / "b.skp")
    b.close()
    return tmp_path / "b.skp"


def test_berkas_menu_has_the_exchange_entries(window):
    texts = [a.text() for a in window.berkas.menu.actions()]
    assert "&Kirim perubahan…" in texts and "&Terima paket…" in texts


def test_kirim_writes_one_team_with_an_email_draft(qtbot, tmp_path, demo_services):
    dialog = KirimPaketDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.per_tim.setChecked(True)
    dialog.kunci.setText("rahasia")
    assert dialog.tulis(tmp_path / "tim.skp")
    manifest, _ = buka((tmp_path / "tim.skp").read_bytes(), kunci=b"rahasia")
    assert manifest.keterangan["jumlah"]["tim"] == 1 and manifest.bertanda
    assert dialog.surel == tmp_path / "tim.eml" and b"tim.skp" in dialog.surel.read_bytes()


def test_kirim_refuses_the_data_file_as_output(qtbot, tmp_path, demo_services, monkeypatch):
    shown = []
    monkeypatch.setattr("sistemkerja_desktop.views.paket.kirim_dialog.show_error",
                        lambda *a: shown.append(a[1]))
    dialog = KirimPaketDialog(demo_services)
    qtbot.addWidget(dialog)
    assert not dialog.tulis(tmp_path / "t.sqlite")
    assert shown and dialog.result() != QDialog.DialogCode.Accepted


def test_terima_shows_conflicts_side_by_side_and_imports_when_decided(qtbot, window, paket_b):
    dialog = window.berkas.paket.pratinjau_dialog(paket_b)
    qtbot.addWidget(dialog)
    table = dialog.konflik
    assert table.rowCount() == 2
    rows = {table.item(r, 1).text(): (table.item(r, KITA).text(), table.item(r, MEREKA).text())
            for r in range(2)}
    assert rows == {"telepon": ("A", "B"), "email": ("a@x.go.id", "b@x.go.id")}
    assert dialog.ubin["ubah"].angka.text() == "1" and dialog.ubin["konflik"].angka.text() == "2"
    assert not dialog.impor_button.isEnabled()
    dialog.pilih(0, Pilihan.MEREKA)
    assert not dialog.impor_button.isEnabled() and "1 konflik" in dialog.status.text()
    dialog.pilih(1, Pilihan.KITA)
    assert dialog.impor_button.isEnabled()
    dialog.pilih_semua(Pilihan.MEREKA)  # a later choice replaces the earlier one
    assert set(dialog.pilihan().values()) == {Pilihan.MEREKA}

    trial = dialog.impor(coba=True)
    assert trial.coba and "Percobaan" in dialog.status.text()
    with qtbot.waitSignal(window.data_changed):
        dialog.impor_button.click()
    assert dialog.hasil.diubah == 3
    with window.services.ctx.reading() as s:
        rows = s.scalars(select(PegawaiRow).order_by(PegawaiRow.nip)).all()
        assert (rows[2].telepon, rows[3].email, rows[4].pendidikan) == ("B", "b@x.go.id", "S2")

    again = window.berkas.paket.pratinjau_dialog(paket_b)
    qtbot.addWidget(again)
    assert again.pratinjau.sudah_diimpor is not None and not again.impor_button.isEnabled()


def test_terima_asks_for_the_office_key(qtbot, window, tmp_path, monkeypatch, demo_services):
    demo_services.paket.ekspor(tmp_path / "tanda.skp", kunci="rahasia")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "tanda.skp"), ""))
    asked = []

    def get_text(*args, **kwargs):
        asked.append(args[2])
        return "rahasia", True

    monkeypatch.setattr("sistemkerja_desktop.views.paket.aksi.QInputDialog.getText", get_text)
    dialog = window.berkas.paket.pratinjau_dialog(tmp_path / "tanda.skp")
    qtbot.addWidget(dialog)
    assert asked and "kunci" in asked[0].lower()
    assert dialog.pratinjau.bertanda
