import pytest
from PySide6.QtCore import Qt

from sistemkerja_desktop.views.struktur.pegawai_table_model import (
    PEGAWAI_ID_ROLE,
    Kolom,
    PegawaiFilterProxyModel,
    PegawaiTableModel,
)
from sistemkerja_desktop.views.struktur.unit_tree_model import NO_UNIT, UNIT_ID_ROLE, UnitTreeModel

pytestmark = pytest.mark.gui


@pytest.fixture
def rows(demo_services):
    return demo_services.pegawai.rows()


@pytest.fixture
def proxy(qapp, rows):
    model = PegawaiTableModel()
    model.set_rows(rows)
    proxy = PegawaiFilterProxyModel()
    proxy.setSourceModel(model)
    proxy._model = model  # keep the source alive as long as the proxy
    return proxy


def shown_ids(proxy):
    return [proxy.index(r, 0).data(PEGAWAI_ID_ROLE) for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, proxy, demo_services):
    qtmodeltester.check(proxy._model)
    proxy.set_filter_text("ahli")
    qtmodeltester.check(proxy)
    tree = UnitTreeModel()
    tree.set_units(demo_services.agency.struktur().units, {1: 3, None: 1})
    qtmodeltester.check(tree)


def test_columns_and_display(proxy, rows):
    model = proxy._model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["NIP", "Nama", "Jabatan", "Jenjang", "Gol.", "Unit", "PPK"]
    row = next(r for r in rows if r.golongan.endswith("(III/b)"))
    i = model.row_for_pegawai(row.id)
    assert model.index(i, Kolom.NIP).data() == row.nip_tampil
    assert model.index(i, Kolom.GOLONGAN).data() == "III/b"
    assert model.index(i, Kolom.GOLONGAN).data(Qt.ItemDataRole.ToolTipRole) == row.golongan
    assert model.index(i, Kolom.UNIT).data() == row.unit.split(" / ")[-1]
    assert model.index(i, Kolom.UNIT).data(Qt.ItemDataRole.ToolTipRole) == row.unit


def test_text_filter_matches_nama_jabatan_and_unit(proxy, rows):
    proxy.set_filter_text("perawat")
    expected = {r.id for r in rows if "perawat" in (r.nama + r.jabatan + r.unit).lower()}
    assert expected and set(shown_ids(proxy)) == expected
    proxy.set_filter_text("PERAWAT  pertama")  # every word must match, any case
    assert set(shown_ids(proxy)) == {r.id for r in rows if "Perawat" in r.jabatan
                                     and "Pertama" in r.jabatan}
    proxy.set_filter_text("puskesmas sukamaju")
    assert set(shown_ids(proxy)) == {r.id for r in rows if "Sukamaju" in r.unit}
    proxy.set_filter_text("")
    assert proxy.rowCount() == len(rows)


@pytest.mark.parametrize("typed", ["19790430 200601 1 938", "197904302006011938",
                                   "19790430200601", "  19790430 2006 ", "0430 200601 1 93"])
def test_nip_matches_with_or_without_spaces(proxy, rows, typed):
    target = next(r for r in rows if r.nip == "197904302006011938")
    proxy.set_filter_text(typed)
    assert shown_ids(proxy) == [target.id]


def test_no_match_gives_an_empty_table(proxy):
    proxy.set_filter_text("zzzz tidak ada")
    assert proxy.rowCount() == 0


def test_unit_filter_and_text_filter_combine(proxy, rows):
    unit_id = next(r.unit_id for r in rows if "Sukamaju" in r.unit)
    proxy.set_unit_ids({unit_id})
    assert set(shown_ids(proxy)) == {r.id for r in rows if r.unit_id == unit_id}
    proxy.set_filter_text("bidan")
    assert set(shown_ids(proxy)) == {r.id for r in rows if r.unit_id == unit_id
                                     and "bidan" in (r.nama + r.jabatan).lower()}
    proxy.set_filters("", {NO_UNIT})
    assert set(shown_ids(proxy)) == {r.id for r in rows if r.unit_id is None}


def test_sorting_by_nama_both_ways(proxy, rows):
    proxy.sort(Kolom.NAMA, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, Kolom.NAMA).data() for r in range(proxy.rowCount())]
    assert names == sorted((r.nama for r in rows), key=str.casefold)
    proxy.set_filter_text("ahli")
    proxy.sort(Kolom.NAMA, Qt.SortOrder.DescendingOrder)
    names = [proxy.index(r, Kolom.NAMA).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True) and len(names) > 10


def test_unit_tree_counts_and_subtrees(qapp, demo_services, rows):
    struktur = demo_services.agency.struktur()
    counts = {}
    for r in rows:
        counts[r.unit_id] = counts.get(r.unit_id, 0) + 1
    tree = UnitTreeModel()
    tree.set_units(struktur.units, counts)
    semua = tree.index(0, 0)
    assert semua.data() == "Semua unit" and semua.data(UNIT_ID_ROLE) is None
    assert tree.index(0, 1).data() == len(rows)
    sekretariat = next(u for u in struktur.units if u.nama == "Sekretariat")
    subtree = tree.subtree_unit_ids(sekretariat.id)
    assert subtree == {sekretariat.id} | {u.id for u in struktur.units
                                          if u.parent_id == sekretariat.id}
    index = tree.index_for_unit(sekretariat.id)
    assert index.data() == "Sekretariat"
    assert tree.total_for(sekretariat.id) == sum(1 for r in rows if r.unit_id in subtree)
    if counts.get(None):
        assert tree.index_for_unit(NO_UNIT).data() == "(tanpa unit)"
