"""*Berkas › Buka server PostgreSQL…* (issue #12): the form gives the server database's address,
refuses a missing server or database name on the field, remembers all but the password."""

from __future__ import annotations

import pytest

from sistemkerja_desktop.views.buka_server_dialog import BukaServerDialog
from sistemkerja_desktop.views.common.settings_store import app_settings

pytestmark = pytest.mark.gui


def _dialog(qtbot):
    d = BukaServerDialog()
    qtbot.addWidget(d)
    return d


def test_the_form_gives_the_address_and_keeps_the_password_out_of_its_text(qtbot):
    d = _dialog(qtbot)
    d.host_edit.setText(" 192.168.1.10 ")
    d.port_spin.setValue(5433)
    d.database_edit.setText("dinkes")
    d.user_edit.setText("ani")
    d.password_edit.setText("rahasia")
    d._on_buttons_accepted()
    assert d.result() == d.DialogCode.Accepted
    assert str(d.target) == "postgresql://ani@192.168.1.10:5433/dinkes"
    assert d.target.url.password == "rahasia" and "rahasia" not in repr(d.target)

    again = _dialog(qtbot)  # remembered for next time, except the password
    assert (again.host_edit.text(), again.port_spin.value(), again.database_edit.text(),
            again.user_edit.text(), again.password_edit.text()) == (
        "192.168.1.10", 5433, "dinkes", "ani", "")
    assert "rahasia" not in repr({k: app_settings().value(k) for k in app_settings().allKeys()})


@pytest.mark.parametrize(("field", "words"), [("host_edit", "server wajib diisi"),
                                              ("database_edit", "basis data di server")])
def test_a_missing_name_is_shown_on_its_field_and_nothing_is_opened(qtbot, field, words):
    d = _dialog(qtbot)
    d.host_edit.setText("server-kantor")
    d.database_edit.setText("dinkes")
    getattr(d, field).setText("  ")
    d._on_buttons_accepted()
    assert d.target is None and d.result() != d.DialogCode.Accepted
    assert words in d.error_banner.text() and not d.error_banner.isHidden()
    assert getattr(d, field).styleSheet()  # framed red
