"""Item models of the Tim Kerja area: model tester, drag-and-drop between the candidate list
and the member list, roles ketua/anggota/jabatan dalam tim."""

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex, Qt

from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.tim import Anggota, AsalAnggota, PeranTim, Persetujuan
from sistemkerja_desktop.services.team_dto import DokumenRow
from sistemkerja_desktop.views.teams.candidate_model import (
    PEGAWAI_MIME,
    CandidateFilterProxyModel,
    CandidateModel,
    decode_pegawai_ids,
)
from sistemkerja_desktop.views.teams.document_model import IssuedDocumentModel
from sistemkerja_desktop.views.teams.member_model import MEMBER_MIME, Kolom, MemberModel
from sistemkerja_desktop.views.teams.numbering_editor import RegisterModel
from sistemkerja_desktop.views.teams.team_list_model import TeamFilterProxyModel, TeamListModel
from sistemkerja_desktop.views.teams.workload_panel import WorkloadModel

pytestmark = pytest.mark.gui


@pytest.fixture
def candidates(demo_services):
    model = CandidateModel()
    model.set_candidates(demo_services.teams.candidates())
    return model


def test_team_list_model(qtmodeltester, demo_services):
    yoga = demo_services.teams.pegawai_by_nip("199307062021031920").id  # Puskesmas: outside P2P
    demo_services.teams.set_persetujuan(2, yoga, Persetujuan.MENUNGGU, "")  # the demo approves all
    model = TeamListModel()
    model.set_teams(demo_services.teams.teams())
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    t = model.team_at(1)
    assert model.index(1, 0).data() == t.nama
    assert model.index(1, 2).data() == "Aktif"
    assert model.index(1, 3).data() == "2 Jan – 31 Des 2026"
    assert model.index(1, 5).data() == "6 anggota (1 menunggu persetujuan)"
    assert model.index(1, 6).data() == "belum ada naskah"
    proxy = TeamFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filter("surveilans", None)
    assert proxy.rowCount() == 1


def test_candidate_model_and_text_filter(qtmodeltester, candidates, demo_services):
    qtmodeltester.check(candidates)
    proxy = CandidateFilterProxyModel()
    proxy.setSourceModel(candidates)
    qtmodeltester.check(proxy)
    proxy.set_text("gizi")  # nama/jabatan/kompetensi
    assert 0 < proxy.rowCount() < candidates.rowCount()
    proxy.set_text("199305142020122911")  # a NIP
    assert proxy.rowCount() == 1


def test_member_model(qtmodeltester, demo_services):
    model = MemberModel()
    model.set_members(demo_services.teams.team(2).tim.anggota)
    qtmodeltester.check(model)
    assert model.index(0, Kolom.PERAN).data() == "Ketua"
    assert model.index(1, Kolom.PERAN).data() == "Sekretaris"


def test_other_models(qtmodeltester, demo_services):
    docs = IssuedDocumentModel()
    docs.set_documents([DokumenRow(1, 2, JenisNaskah.SURAT_TUGAS, "Surat Tugas",
                                   "800.1.11.1/1/Dinkes/2026", demo_services.ctx.today(), True,
                                   "/tmp/st.pdf")])
    qtmodeltester.check(docs)
    assert docs.index(0, 3).data() == "Kedaluwarsa"
    assert "susunan anggota tim berubah" in docs.index(0, 3).data(
        Qt.ItemDataRole.ToolTipRole).lower()
    workload = WorkloadModel()
    workload.set_rows(demo_services.teams.workload().rows)
    qtmodeltester.check(workload)
    demo_services.naskah.catat_nomor(JenisNaskah.SURAT_TUGAS, None, perihal="uji")
    register = RegisterModel()
    register.set_rows(demo_services.naskah.register())
    qtmodeltester.check(register)
    assert register.index(0, 0).data() == "800.1.11.1/1/Dinkes/2026"


def test_candidate_dragged_onto_the_member_list(candidates, demo_services):
    members = MemberModel()
    members.set_members(demo_services.teams.team(2).tim.anggota)
    already = members.pegawai_ids()
    candidates.set_members(already)
    newcomer = next(k for k in candidates.candidates if k.pegawai_id not in already)
    member_row = next(i for i, k in enumerate(candidates.candidates)
                      if k.pegawai_id == already[0])
    new_row = candidates.candidates.index(newcomer)
    # a member already in the team is neither draggable nor carried in the drag
    assert not candidates.flags(candidates.index(member_row, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    mime = candidates.mimeData([candidates.index(new_row, 0), candidates.index(member_row, 0)])
    assert decode_pegawai_ids(mime) == [newcomer.pegawai_id]
    assert members.canDropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert members.dropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert members.pegawai_ids()[1] == newcomer.pegawai_id
    assert members.anggota()[1].peran is PeranTim.ANGGOTA
    # dropping the same pegawai again adds nobody
    assert not members.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert len(members.pegawai_ids()) == len(already) + 1


def test_rows_dragged_inside_the_member_list_are_reordered(demo_services):
    members = MemberModel()
    members.set_members(demo_services.teams.team(2).tim.anggota)
    ids = members.pegawai_ids()
    mime = members.mimeData([members.index(4, 0)])
    assert mime.hasFormat(MEMBER_MIME) and not mime.hasFormat(PEGAWAI_MIME)
    assert members.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert members.pegawai_ids() == [ids[0], ids[4], ids[1], ids[2], ids[3], *ids[5:]]


def test_roles_ketua_anggota_and_free_text(demo_services):
    members = MemberModel()
    members.set_members(demo_services.teams.team(2).tim.anggota)
    old_ketua, third = members.pegawai_ids()[0], members.pegawai_ids()[2]
    assert members.setData(members.index(2, Kolom.PERAN), "Bendahara")
    assert members.anggota()[2].jabatan_dalam_tim == "Bendahara"
    assert members.index(2, Kolom.PERAN).data() == "Bendahara"
    assert members.setData(members.index(2, Kolom.PERAN), "ketua")
    assert members.pegawai_ids()[0] == third  # the new ketua heads the list
    assert [a.peran for a in members.anggota()].count(PeranTim.KETUA) == 1
    old = members.anggota()[members.row_of(old_ketua)]
    assert old.peran is PeranTim.ANGGOTA
    assert members.setData(members.index(members.row_of(third), Kolom.PERAN), "Anggota")
    assert not any(a.peran is PeranTim.KETUA for a in members.anggota())


def test_origin_and_waiting_state_are_derived_and_shown(demo_services):
    struktur = demo_services.agency.struktur()
    from sistemkerja_desktop.domain.tim import lengkapi_anggota

    tim = demo_services.teams.team(2).tim
    members = MemberModel()
    members.set_derive(lambda a: lengkapi_anggota(dataclasses.replace(tim, anggota=a),
                                                  struktur).anggota)
    members.set_members(())
    outsider = demo_services.teams.pegawai_by_nip("199602212019122924")  # Kesmas, not P2P
    members.add([outsider.id])
    shown = members.shown(0)
    assert shown.asal is AsalAnggota.LINTAS_UNIT
    assert shown.persetujuan is Persetujuan.MENUNGGU
    assert members.index(0, Kolom.PERSETUJUAN).data() == "Menunggu"
    assert "menunggu persetujuan" in members.index(0, Kolom.PERSETUJUAN).data(
        Qt.ItemDataRole.ToolTipRole).lower()
    assert members.anggota()[0] == Anggota(outsider.id)  # stored: left to derivation
