"""Riwayat perubahan: the lazy table model, the filters, and before/after side by side."""

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from sqlalchemy import select

from sistemkerja_desktop.db.models import PegawaiRow
from sistemkerja_desktop.services.riwayat_service import RiwayatFilter, RiwayatService
from sistemkerja_desktop.views import riwayat_model
from sistemkerja_desktop.views.riwayat_dialog import CHANGED, RiwayatDialog
from sistemkerja_desktop.views.riwayat_model import RiwayatModel

pytestmark = pytest.mark.gui

AGUS = "198209092009021905"


@pytest.fixture
def dialog(qtbot, demo_services):
    d = RiwayatDialog(demo_services)
    qtbot.addWidget(d)
    d.show()
    return d


def _rows(d):
    return [d.model.row_at(i) for i in range(d.model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, demo_services):
    model = RiwayatModel()
    model.set_hasil(RiwayatService(demo_services.ctx).cari(RiwayatFilter()))
    qtmodeltester.check(model)


def test_rows_are_read_a_page_at_a_time(demo_services, monkeypatch):
    monkeypatch.setattr(riwayat_model, "PAGE", 50)
    model = RiwayatModel()
    hasil = RiwayatService(demo_services.ctx).cari(RiwayatFilter())
    model.set_hasil(hasil)
    assert model.rowCount() == 50 < hasil.jumlah and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert len(ids) == hasil.jumlah and ids == sorted(ids, reverse=True)


def test_opens_newest_first_with_the_count_and_the_newest_row_shown(dialog):
    rows = _rows(dialog)
    assert rows[0].id == max(r.id for r in rows)
    assert dialog.count_label.text() == f"{dialog.model.jumlah} catatan"
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0
    assert rows[0].aksi in dialog.detail_label.text()
    header = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert header == ["Waktu", "Pelaku", "Tabel", "Data", "Aksi", "Ringkasan"]


def test_typing_a_name_shows_that_persons_rows_once_typing_pauses(dialog, qtbot):
    everything = dialog.model.jumlah
    dialog.orang_edit.setText("Agus Setia")
    assert dialog.model.jumlah == everything  # not yet: typing goes on
    qtbot.waitUntil(lambda: dialog.model.jumlah < everything)
    rows = _rows(dialog)
    assert rows and {r.tabel for r in rows} >= {"pegawai", "kedudukan", "anggota_tim"}
    assert all("Agus Setiawan" in r.rujukan for r in rows if r.tabel != "tim")


def test_a_table_and_dates_narrow_the_rows(dialog, demo_services):
    dialog.tabel_combo.setCurrentIndex(dialog.tabel_combo.findData("kedudukan"))
    assert {r.tabel for r in _rows(dialog)} == {"kedudukan"}
    conn = sqlite3.connect(demo_services.db_path)
    with conn:
        conn.execute("UPDATE audit_log SET waktu = '2020-05-05 05:00:00.000000' WHERE id = "
                     "(SELECT min(id) FROM audit_log WHERE tabel = 'kedudukan')")
    conn.close()
    dialog.sejak_edit.setDate(QDate(2020, 5, 1))
    dialog.sampai_edit.setDate(QDate(2020, 5, 31))
    dialog.sejak_check.setChecked(True)
    dialog.sampai_check.setChecked(True)
    rows = _rows(dialog)
    assert len(rows) == 1 and rows[0].waktu.date() == dt.date(2020, 5, 5)


def test_dates_the_wrong_way_round_are_said_beside_the_filters(dialog):
    dialog.sejak_edit.setDate(QDate(2026, 2, 1))
    dialog.sampai_edit.setDate(QDate(2026, 1, 1))
    dialog.sejak_check.setChecked(True)
    dialog.sampai_check.setChecked(True)
    assert "sesudah tanggal sampai" in dialog.count_label.text()
    assert dialog.model.rowCount() == 0


def test_a_change_shows_before_and_after_with_the_changed_field_highlighted(
        qtbot, demo_services):
    with demo_services.ctx.session("uji") as s:
        row = s.scalars(select(PegawaiRow).where(PegawaiRow.nip == AGUS)).one()
        row.telepon = "0812 3456"
    d = RiwayatDialog(demo_services, orang=AGUS)
    qtbot.addWidget(d)
    assert d.model.row_at(0).aksi == "ubah"  # selected: the newest
    table = d.banding
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["telepon", "—", "0812 3456"]
    assert table.item(0, 2).background().color() == CHANGED and table.item(0, 2).font().bold()
    assert "19820909 200902 1 905 Agus Setiawan" in d.detail_label.text()
    # a new record: every field listed after, nothing highlighted
    d.table.selectRow(d.model.rowCount() - 1)
    assert d.model.row_at(d.model.rowCount() - 1).aksi == "tambah"
    assert table.rowCount() > 5
    assert all(table.item(i, 2).background().color() != CHANGED
               for i in range(table.rowCount()))
