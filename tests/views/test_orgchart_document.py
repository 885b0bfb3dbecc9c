"""The canvas document: moves through the QUndoStack (one step per multi-card move), undo/redo,
save, undo past a save, discard — asserted on the document and the database, as orange-canvas
tests do."""

import datetime as dt

import pytest

from sistemkerja_desktop.domain.pindah import RencanaPindah
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.views.orgchart.document import OrgChartDocument

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def doc(qapp, demo_services):
    struktur = demo_services.agency.struktur()
    d = OrgChartDocument()
    d.load(struktur, get_profile(struktur.pd.profil), TODAY)
    yield d
    d.deleteLater()


def _ids(doc, *names):
    return tuple(next(p.id for p in doc.struktur.pegawai if p.nama == n) for n in names)


def _pos(doc, nama):
    return next(p.id for p in doc.struktur.positions if p.nama == nama)


def _group_of(doc, pegawai_id):
    bagan = doc.bagan
    (node_id, _k), = bagan.kartu_pegawai[pegawai_id]
    return bagan.nodes[bagan.nodes[node_id].induk].judul


def test_a_multi_card_move_is_one_undoable_step(doc, qtbot):
    fajar, retno = _ids(doc, "Fajar Nugroho", "Retno")
    yankes = _pos(doc, "Kepala Bidang Pelayanan Kesehatan")
    with qtbot.waitSignal(doc.changed):
        doc.pindah(RencanaPindah((fajar, retno), yankes, TODAY), "Pindahkan 2 pegawai")
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Pindahkan 2 pegawai"
    assert {_group_of(doc, fajar), _group_of(doc, retno)} == {"Bidang Pelayanan Kesehatan"}
    assert doc.has_unsaved_changes() and doc.jumlah_tertunda() == 2
    doc.undo_stack.undo()
    assert _group_of(doc, fajar) == "Bidang Kesehatan Masyarakat"
    assert _group_of(doc, retno) == "Bidang Pencegahan dan Pengendalian Penyakit"
    assert not doc.has_unsaved_changes()
    doc.undo_stack.redo()
    assert _group_of(doc, retno) == "Bidang Pelayanan Kesehatan"


def test_findings_follow_the_moves(doc):
    before = {f.kode for f in doc.findings}
    assert "PPK_TIDAK_ADA" in before
    lost = next(f.pegawai_id for f in doc.findings if f.kode == "PPK_TIDAK_ADA")
    doc.pindah(RencanaPindah((lost,), _pos(doc, "Kepala UPTD Puskesmas Tanjungsari"), TODAY),
               "Tempatkan")
    assert "PPK_TIDAK_ADA" not in {f.kode for f in doc.findings}
    assert _group_of(doc, lost) == "UPTD Puskesmas Tanjungsari"
    card = doc.bagan.kartu_pegawai[lost][0][1]
    assert all(f.kode != "PPK_TIDAK_ADA" for f in doc.temuan.per_kartu.get(card.key, ()))


def test_save_then_undo_past_the_save_reverses_in_the_database(doc, demo_services):
    fajar, = _ids(doc, "Fajar Nugroho")
    yankes = _pos(doc, "Kepala Bidang Pelayanan Kesehatan")
    doc.pindah(RencanaPindah((fajar,), yankes, TODAY, "SK 1"), "Pindahkan Fajar")
    batal, rencana = doc.pending()
    catatan, _changes = demo_services.kedudukan.simpan(batal, rencana)
    doc.mark_saved(catatan, demo_services.agency.struktur())
    assert doc.undo_stack.isClean() and not doc.has_unsaved_changes()
    assert _group_of(doc, fajar) == "Bidang Pelayanan Kesehatan"

    doc.undo_stack.undo()  # past the save: a pending reversal of the saved move
    batal, rencana = doc.pending()
    assert len(batal) == 1 and rencana == []
    assert _group_of(doc, fajar) == "Bidang Kesehatan Masyarakat"
    catatan, _ = demo_services.kedudukan.simpan(batal, rencana)
    doc.mark_saved(catatan, demo_services.agency.struktur())
    db = demo_services.agency.struktur()
    assert db.ppk_of(fajar, TODAY)[0].nama == "Kepala Bidang Kesehatan Masyarakat"
    doc.undo_stack.redo()  # and forward again: applied anew from its plan
    assert doc.pending()[1][0].ppk_position_id == yankes


def test_discard_goes_back_to_the_saved_state(doc):
    fajar, retno = _ids(doc, "Fajar Nugroho", "Retno")
    yankes = _pos(doc, "Kepala Bidang Pelayanan Kesehatan")
    doc.pindah(RencanaPindah((fajar,), yankes, TODAY), "a")
    doc.pindah(RencanaPindah((retno,), yankes, TODAY), "b")
    doc.discard()
    assert not doc.has_unsaved_changes() and doc.undo_stack.index() == 0
    assert _group_of(doc, fajar) == "Bidang Kesehatan Masyarakat"


def test_discard_when_the_saved_state_left_the_stack(doc, demo_services):
    fajar, retno = _ids(doc, "Fajar Nugroho", "Retno")
    yankes = _pos(doc, "Kepala Bidang Pelayanan Kesehatan")
    doc.pindah(RencanaPindah((fajar,), yankes, TODAY), "a")
    catatan, _ = demo_services.kedudukan.simpan(*doc.pending())
    doc.mark_saved(catatan, demo_services.agency.struktur())
    doc.undo_stack.undo()
    doc.pindah(RencanaPindah((retno,), yankes, TODAY), "b")  # the saved state is unreachable
    assert doc.undo_stack.cleanIndex() == -1
    batal, rencana = doc.pending()
    assert len(batal) == 1 and len(rencana) == 1
    doc.discard()
    assert not doc.has_unsaved_changes()
    assert _group_of(doc, fajar) == "Bidang Pelayanan Kesehatan"
    assert _group_of(doc, retno) == "Bidang Pencegahan dan Pengendalian Penyakit"


def test_the_date_shows_the_past(doc, qtbot):
    fajar, = _ids(doc, "Fajar Nugroho")
    with qtbot.waitSignal(doc.changed):
        doc.set_tanggal(dt.date(2023, 6, 1))
    assert _group_of(doc, fajar) == "Bidang Pencegahan dan Pengendalian Penyakit"
    assert doc.bagan.tanggal == dt.date(2023, 6, 1)
