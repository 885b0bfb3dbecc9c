"""Issue #9 in the documents tab: the profile's instrument is offered first and selected, the
other kind is labelled as not the profile's instrument (KH Pasal 10(1)–(3)); a Keputusan
Sekretaris Daerah asks for the Setda number; the Pekalongan squad ketua's Keputusan (Pasal 13(2))
is offered only there. Rendered offscreen to tests/…/dokumen-panel-*.png."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from dokumen_uji import bangun, tim_lintas_unit  # noqa: E402

pytestmark = pytest.mark.gui


def _panel(qtbot, services, tid, size=(1180, 800)):
    w = TeamsWidget(services)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    w.select_team(tid)
    w.builder.tabs.setCurrentIndex(w.builder.TAB_DOKUMEN)
    return w, w.builder.documents


def _order(panel):
    lay = panel.kinds.layout()
    return [lay.itemAt(i).widget() for i in range(lay.count())]


def test_kh_dalam_unit_offers_the_surat_tugas_first_pasal_10_3(qtbot, services, tmp_path):
    ag = bangun(services, "kapuas-hulu")
    tid = tim_lintas_unit(services, ag, "kapuas-hulu", keys=(), nama="Tim Kerja Dalam Unit")
    w, panel = _panel(qtbot, services, tid)
    assert _order(panel)[0] is panel.st_radio and panel.st_radio.isChecked()
    assert panel.current_jenis() is JenisNaskah.SURAT_TUGAS
    assert panel.st_radio.text() == "Surat Tugas"
    assert panel.sk_radio.text().endswith("bukan instrumen profil")
    assert "Pasal 10(3)" in panel.sk_radio.toolTip()
    assert "Pasal 10(3)" in panel.profile_label.text()
    assert panel.ketua_radio.isHidden()
    assert any("Siap dicetak final" in t for t in panel.readiness_texts())
    panel.set_kind(JenisNaskah.SK_KEPALA_PD)
    assert any("bukan instrumen" in t for t in panel.readiness_texts())
    assert not panel.final_button.isEnabled() and panel.draft_button.isEnabled()
    qtbot.wait(50)
    w.grab().save(str(tmp_path / "dokumen-panel-kh.png"))


def test_kh_lintas_unit_offers_the_sk_first_pasal_10_2(qtbot, services):
    ag = bangun(services, "kapuas-hulu")
    tid = tim_lintas_unit(services, ag, "kapuas-hulu", keys=("setuju",))
    _, panel = _panel(qtbot, services, tid)
    assert _order(panel)[0] is panel.sk_radio and panel.sk_radio.isChecked()
    assert panel.current_jenis() is JenisNaskah.SK_KEPALA_PD
    assert panel.st_radio.text() == "Surat Tugas — bukan instrumen profil"


def test_kh_sk_sekda_asks_for_the_setda_number(qtbot, services, tmp_path):
    ag = bangun(services, "kapuas-hulu", luar=True)
    tid = tim_lintas_unit(services, ag, "kapuas-hulu", keys=("luar",))
    services.teams.set_persetujuan(tid, ag.pegawai["luar"], Persetujuan.DISETUJUI, "")
    w, panel = _panel(qtbot, services, tid)
    assert panel.current_jenis() is JenisNaskah.SK_SEKDA
    assert panel.nomor_edit.placeholderText() == "nomor dari register Sekretariat Daerah"
    assert "Sekretariat Daerah" in panel.nomor_hint.text()
    assert any("register Sekretariat Daerah" in t for t in panel.readiness_texts())
    qtbot.wait(50)
    w.grab().save(str(tmp_path / "dokumen-panel-sekda.png"))


def test_pk_squad_offers_the_ketua_keputusan_pasal_13_2(qtbot, services, tmp_path):
    ag = bangun(services, "pekalongan")
    tid = tim_lintas_unit(services, ag, "pekalongan", keys=("setuju",))
    w, panel = _panel(qtbot, services, tid)
    assert not panel.ketua_radio.isHidden()
    assert "Pasal 13(2)" in panel.ketua_radio.toolTip()
    panel.set_kind(JenisNaskah.SK_KEPALA_UNIT)
    assert panel.current_jenis() is JenisNaskah.SK_KEPALA_UNIT
    assert panel.nomor_edit.placeholderText() == "100.3.3/1/DU/2026"
    qtbot.wait(50)
    w.grab().save(str(tmp_path / "dokumen-panel-pk.png"))


def test_generic_profile_only_advises(qtbot, demo_services):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.select_team(1)
    panel = w.builder.documents
    assert panel.sk_radio.isChecked()
    assert panel.st_radio.text() == "Surat Tugas — bukan yang disarankan profil"
    panel.set_kind(JenisNaskah.SURAT_TUGAS)
    assert panel.kesiapan is not None and panel.kesiapan.siap


def test_summary_counts_the_people_the_naskah_lists_and_nothing_is_clipped(qtbot, demo_services):
    """A refused member is never printed and a pending one only on a draft: the summary says so
    instead of counting every row; at 1366×768 the number hint is shown whole."""
    svc = demo_services
    pid = {n: svc.teams.pegawai_by_nip(n).id for n in ("199307062021031920", "198808302014032921")}
    svc.teams.set_persetujuan(2, pid["199307062021031920"], Persetujuan.MENUNGGU, "")
    svc.teams.set_persetujuan(2, pid["198808302014032921"], Persetujuan.DITOLAK, "dibutuhkan BIAN")
    w, panel = _panel(qtbot, svc, 2, size=(1366, 768))
    rows = len(svc.teams.team(2).anggota)
    text = panel.profile_label.text()
    assert (f"Susunan tim: {rows - 1} orang (1 menunggu persetujuan, hanya pada draf; "
            "1 ditolak, tidak dicantumkan).") in text
    qtbot.wait(100)
    hint = panel.nomor_hint
    assert hint.text() and hint.parentWidget().height() >= hint.geometry().bottom() + 1
    assert hint.height() >= hint.minimumHeight()
