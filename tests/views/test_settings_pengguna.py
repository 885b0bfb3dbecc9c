"""Pengaturan › Pengguna: the name recorded in the audit log beside the computer account."""

import pytest
from PySide6.QtWidgets import QLabel

from sistemkerja_desktop.services.riwayat_service import RiwayatFilter, RiwayatService
from sistemkerja_desktop.views.settings_dialog import (
    SettingsDialog,
    apply_saved_user_name,
    saved_user_name,
)

pytestmark = pytest.mark.gui


def test_the_chosen_name_is_kept_and_recorded_with_the_next_change(qtbot, demo_services):
    dialog = SettingsDialog(demo_services)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(SettingsDialog.TAB_PENGGUNA) == "Pengguna"
    page = dialog.tabs.widget(SettingsDialog.TAB_PENGGUNA)
    assert any(f"akun komputer ({demo_services.ctx.actor})" in label.text()
               for label in page.findChildren(QLabel))
    dialog.pengguna_edit.setText("  Siti  Aminah ")
    dialog.telepon_edit.setText("(0123) 999")  # a change, so the save writes an audit row
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert saved_user_name() == "Siti Aminah" == demo_services.ctx.pengguna
    newest = RiwayatService(demo_services.ctx).cari(RiwayatFilter(tabel="perangkat_daerah")) \
        .halaman(n=1)[0]
    assert newest.pengguna == "Siti Aminah" and newest.pelaku == demo_services.ctx.actor


def test_the_saved_name_applies_to_the_next_file_opened(services):
    from sistemkerja_desktop.views.common.settings_store import app_settings
    from sistemkerja_desktop.views.settings_dialog import PENGGUNA_KEY

    services.ctx.pengguna = ""
    apply_saved_user_name(services)
    assert services.ctx.pengguna == ""  # nothing chosen yet
    app_settings().setValue(PENGGUNA_KEY, "Budi")
    apply_saved_user_name(services)
    assert services.ctx.pengguna == "Budi"


def test_the_pengguna_tab_can_be_opened_directly(qtbot, demo_services, monkeypatch):
    seen = []
    monkeypatch.setattr(SettingsDialog, "exec",
                        lambda d: seen.append(d.tabs.currentIndex()) or 0)
    assert SettingsDialog.ask(demo_services, None, tab=SettingsDialog.TAB_PENGGUNA) is None
    assert seen == [SettingsDialog.TAB_PENGGUNA]
