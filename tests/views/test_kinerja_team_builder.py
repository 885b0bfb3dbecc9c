"""The team builder's *Indikator kinerja yang didukung*: the indicators of the team's year,
the team's own selected; choosing one links the saved team at once (the draft's other edits
kept); a new team is linked after its first save."""

from __future__ import annotations

import pytest

from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.teams import indikator_tim
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def builder(qtbot, demo_services):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w.builder


def _team(services, kata):
    return next(t for t in services.teams.teams() if kata in t.nama)


def test_the_selector_lists_the_years_indicators_with_the_teams_own(builder, demo_services):
    team = _team(demo_services, "Surveilans")
    builder.load_team(team.id)
    picker = builder.indikator
    label = builder.form.kinerja_form.labelForField(picker)
    assert label is not None and label.text() == "Indikator kinerja yang didukung"
    combo = picker.combo
    assert combo.itemText(0) == "— belum dipilih —" and combo.isEnabled()
    years = range(team.mulai.year, team.selesai.year + 1)
    expected = [i.id for y in years for i in demo_services.kinerja.daftar(y)]
    assert [combo.itemData(k) for k in range(1, combo.count())] == expected
    assert combo.currentData() == demo_services.kinerja.indikator_tim(team.id).id


def test_choosing_an_indicator_links_the_team_and_keeps_the_draft(builder, demo_services,
                                                                 qtbot):
    team = _team(demo_services, "Surveilans")
    builder.load_team(team.id)
    builder.form.nama_edit.setText("Tim Kerja Surveilans (draf)")  # an unsaved edit
    combo = builder.indikator.combo
    other = next(combo.itemData(k) for k in range(1, combo.count())
                 if combo.itemData(k) != combo.currentData())
    with qtbot.waitSignal(builder.data_changed) as blocker:
        combo.setCurrentIndex(combo.findData(other))
    assert blocker.args == [Changes(laporan=True)]
    assert demo_services.kinerja.indikator_tim(team.id).id == other
    assert builder.is_dirty() and builder.form.nama_edit.text() == "Tim Kerja Surveilans (draf)"
    combo.setCurrentIndex(0)  # — belum dipilih —: the link is removed
    assert demo_services.kinerja.indikator_tim(team.id) is None


def test_a_refused_link_says_why_and_shows_the_stored_one(builder, demo_services,
                                                          monkeypatch):
    team = _team(demo_services, "Surveilans")
    builder.load_team(team.id)
    before = demo_services.kinerja.indikator_tim(team.id).id
    errors = []
    monkeypatch.setattr(indikator_tim, "show_error",
                        lambda parent, exc, title="": errors.append(exc.message))
    from sistemkerja_desktop.domain.errors import ValidationError

    def refuse(*a, **k):
        raise ValidationError("Tim berjalan di luar tahun indikator itu.", field="tim")

    monkeypatch.setattr(demo_services.kinerja, "tautkan", refuse)
    combo = builder.indikator.combo
    combo.setCurrentIndex(0)
    assert errors == ["Tim berjalan di luar tahun indikator itu."]
    assert combo.currentData() == before


def test_a_new_team_is_linked_after_its_first_save(builder):
    builder.new_team()
    picker = builder.indikator
    assert not picker.combo.isEnabled()
    assert "setelah tim disimpan" in picker.note.text()
