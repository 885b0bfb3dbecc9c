"""*Kinerja & MPH*: the Perjanjian Kinerja indicators as a tree by cascade, added / changed /
deleted through the dialog (refusals shown by the field, nothing typed lost), linked to teams,
and the Matriks Peran Hasil in a table with its xlsx export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.laporan import kinerja_widget as kw
from sistemkerja_desktop.views.laporan.indikator_dialog import IndikatorDialog
from sistemkerja_desktop.views.laporan.kinerja_widget import ID_ROLE, KinerjaWidget
from sistemkerja_desktop.views.laporan.mph_view import TETAP

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(qtbot, demo_services):
    w = KinerjaWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def _tree(model, parent=None):
    """{id: parent id or None} and the kode shown for each id."""
    parent = parent or QModelIndex()
    out = {}
    for row in range(model.rowCount(parent)):
        idx = model.index(row, 0, parent)
        out[idx.data(ID_ROLE)] = parent.data(ID_ROLE) if parent.isValid() else None
        out.update(_tree(model, idx))
    return out


def _row_text(w, indikator_id):
    idx = w._index_of(indikator_id)
    return [idx.siblingAtColumn(c).data() for c in range(w.model.columnCount())]


def _by_kode(services, kode, tahun=2026):
    return next(i for i in services.kinerja.daftar(tahun) if i.kode == kode)


def _fill_and_save(monkeypatch, **fields):
    """Make the next dialog's exec() type `fields` and press Simpan; records the dialogs."""
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        for name, value in fields.items():
            widget = getattr(dialog, f"{name}_edit", None) or getattr(dialog, f"{name}_combo")
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            elif hasattr(widget, "setText"):
                widget.setText(value)
            else:
                widget.setCurrentIndex(widget.findData(value))
        return dialog.simpan()

    monkeypatch.setattr(IndikatorDialog, "exec", fake_exec)
    return shown


def test_the_tree_shows_the_cascade(widget, demo_services, qtmodeltester):
    qtmodeltester.check(widget.model)
    daftar = demo_services.kinerja.daftar(2026)
    assert widget.tahun() == 2026 and daftar
    tree = _tree(widget.model)
    assert tree == {i.id: i.induk_id for i in daftar}
    child = next(i for i in daftar if i.induk_id is not None)
    assert widget.model.headerData(2, Qt.Orientation.Horizontal) == "Indikator"
    kode, sasaran, indikator, target, *_ = _row_text(widget, child.id)
    assert (kode, indikator) == (child.kode, child.indikator)
    assert target == f"{child.target} {child.satuan}".strip()
    served = next(i for i in daftar if i.tim)
    assert _row_text(widget, served.id)[6] == "; ".join(n for _, n in served.tim)
    assert f"{len(daftar)} indikator" in widget.ringkasan.text()


def test_add_an_indicator_and_a_cascaded_one(widget, demo_services, monkeypatch, qtbot):
    shown = _fill_and_save(monkeypatch, kode="IKU.9", indikator="Cakupan imunisasi dasar "
                           "lengkap", target="95", satuan="persen")
    with qtbot.waitSignal(widget.data_changed) as blocker:
        widget.tambah_button.click()
    assert blocker.args == [Changes(laporan=True)]
    baru = _by_kode(demo_services, "IKU.9")
    assert baru.induk_id is None and baru.target == "95" and shown[0].hasil == baru
    assert widget.selected_id() == baru.id
    assert _row_text(widget, baru.id)[:4] == ["IKU.9", "", "Cakupan imunisasi dasar lengkap",
                                              "95 persen"]
    # Tambah turunan… proposes the selected indicator as induk
    _fill_and_save(monkeypatch, kode="IK.9.1", indikator="Desa UCI")
    widget.turunan_button.click()
    turunan = _by_kode(demo_services, "IK.9.1")
    assert turunan.induk_id == baru.id
    assert _tree(widget.model)[turunan.id] == baru.id


def test_a_refusal_is_shown_by_its_field_and_nothing_typed_is_lost(widget, qtbot):
    dialog = widget.dialog_tambah()
    qtbot.addWidget(dialog)
    dialog.kode_edit.setText("IKU.10")
    dialog.target_edit.setText("80")
    assert not dialog.simpan()  # Indikator left empty
    assert dialog.result() == 0 and dialog.hasil is None
    assert not dialog.banner.isHidden()
    assert "Indikator" in dialog.banner.text() and "Tidak ada yang disimpan" in \
        dialog.banner.text()
    assert "c62828" in dialog.indikator_edit.styleSheet()  # the field is marked
    assert dialog.kode_edit.text() == "IKU.10" and dialog.target_edit.text() == "80"
    dialog.indikator_edit.setPlainText("Cakupan ASI eksklusif")
    assert dialog.simpan() and dialog.banner.isHidden()


def test_edit_an_indicator(widget, demo_services, monkeypatch):
    info = _by_kode(demo_services, "IKU.3")
    assert widget.select(info.id)
    _fill_and_save(monkeypatch, target="60", satuan="persen")
    widget.ubah_button.click()
    after = _by_kode(demo_services, "IKU.3")
    assert (after.target, after.satuan, after.indikator) == ("60", "persen", info.indikator)
    assert _row_text(widget, info.id)[3] == "60 persen" and widget.selected_id() == info.id


def test_delete_an_indicator_and_refuse_one_with_turunan(widget, demo_services, monkeypatch):
    monkeypatch.setattr(kw, "ask_yes_no", lambda *a: True)
    errors = []
    monkeypatch.setattr(kw, "show_error", lambda parent, exc, title="": errors.append(
        exc.message))
    induk = next(i for i in demo_services.kinerja.daftar(2026) if i.induk_id is None and any(
        c.induk_id == i.id for c in demo_services.kinerja.daftar(2026)))
    widget.select(induk.id)
    assert not widget.hapus_button.click() and len(errors) == 1
    assert "turunan" in errors[0] and widget._index_of(induk.id).isValid()
    leaf = _by_kode(demo_services, "IKU.4")
    widget.select(leaf.id)
    widget.hapus_button.click()
    assert leaf.id not in {i.id for i in demo_services.kinerja.daftar(2026)}
    assert not widget._index_of(leaf.id).isValid()


def test_link_teams_to_an_indicator(widget, demo_services):
    info = _by_kode(demo_services, "IKU.1")
    team = next(t for t in demo_services.teams.teams() if "Surveilans" in t.nama)
    widget.select(info.id)
    dialog = widget.dialog_tautkan()
    dialog.set_dicentang(team.id, True)
    assert dialog.simpan() and dialog.changes == Changes(laporan=True)
    assert demo_services.kinerja.indikator_tim(team.id).id == info.id


def test_the_mph_table_is_the_service_matrix(widget, demo_services, qtmodeltester):
    mph = widget.mph
    widget.tabs.setCurrentIndex(widget.TAB_MPH)
    qtmodeltester.check(mph.model)
    expected = demo_services.kinerja.mph(2026)
    assert mph.model.rowCount() == len(expected.baris)
    assert mph.model.columnCount() >= len(TETAP) + len(expected.kolom)
    for r, baris in enumerate(expected.baris):
        assert mph.model.sel(r, 2) == baris.jabatan and mph.model.sel(r, 3) == baris.peran
        assert [mph.model.sel(r, len(TETAP) + k) for k in range(len(expected.kolom))] == \
            list(baris.sel)
    first = expected.kolom[0]
    assert first.kode in mph.model.headerData(len(TETAP), Qt.Orientation.Horizontal)
    assert mph.table.wordWrap()
    # each Tim Kerja's own matrix
    tim = expected.tim[0]
    mph.pilih_tim(tim.tim_id)
    assert mph.model.rowCount() == len(tim.baris)
    headers = [mph.model.headerData(len(TETAP) + k, Qt.Orientation.Horizontal)
               for k in range(len(tim.kolom))]
    assert headers == list(tim.kolom)
    assert tim.nama in mph.pilih_combo.currentText()


def test_mph_exports_to_xlsx(widget, monkeypatch, tmp_path, qtbot, done):
    import openpyxl

    target = tmp_path / "mph.xlsx"
    asked = []
    monkeypatch.setattr(output, "choose_output_path",
                        lambda parent, kind, title, name, protected=(): asked.append(
                            (kind, name)) or target)
    with qtbot.waitSignal(widget.mph.xlsx_exported, timeout=60000) as blocker:
        widget.mph.xlsx_button.click()
    assert asked == [("xlsx", "matriks-peran-hasil-2026.xlsx")] and blocker.args == [target]
    wb = openpyxl.load_workbook(target)
    text = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)
    assert "MATRIKS PERAN HASIL" in text.upper()
    qtbot.waitUntil(lambda: bool(done))
    assert widget.mph.xlsx_button.isEnabled()


def test_an_empty_year_says_what_to_do(widget):
    widget.set_tahun(2027)
    assert widget.model.rowCount() == 0
    assert widget.tree_stack.currentWidget() is widget.kosong
    assert "Belum ada indikator Perjanjian Kinerja tahun 2027" in widget.kosong.text()
    assert widget.mph.stack.currentWidget() is widget.mph.kosong
    assert not widget.ubah_button.isEnabled() and widget.tambah_button.isEnabled()
