"""qt_check: which Qt libraries are missing, said in Indonesian with the packages to install."""

import importlib.util
from pathlib import Path

import pytest

from sistemkerja_desktop import qt_check

ROOT = Path(__file__).resolve().parents[1]


def _loader(missing):
    return lambda soname: soname not in missing


def test_all_present_is_fine():
    assert qt_check.qt_runtime_problem({"DISPLAY": ":0"}, system="linux",
                                       can_load=_loader(set())) is None


def test_missing_xcb_cursor_names_the_package_in_indonesian():
    message = qt_check.qt_runtime_problem(
        {"DISPLAY": ":0"}, system="linux",
        can_load=_loader({"libxcb-cursor.so.0", "libxcb-icccm.so.4"}))
    assert message is not None
    assert "tidak dapat dimulai" in message and "belum terpasang" in message
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in message
    assert "xcb" in message


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "offscreen:fontengine=freetype",
                                      "wayland"])
def test_headless_and_wayland_do_not_need_xcb(platform):
    env = {"QT_QPA_PLATFORM": platform}
    assert qt_check.qt_runtime_problem(env, system="linux",
                                       can_load=_loader({"libxcb-cursor.so.0"})) is None
    message = qt_check.qt_runtime_problem(env, system="linux",
                                          can_load=_loader({"libEGL.so.1"}))
    assert message is not None and "libegl1" in message


def test_wayland_session_without_override_skips_xcb():
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert qt_check.platform_name(env) == "wayland"
    assert qt_check.platform_name({"DISPLAY": ":0"}) == "xcb"
    assert qt_check.platform_name({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"


def test_other_systems_are_not_checked():
    def fail(_soname):
        raise AssertionError("no library lookup on Windows")
    assert qt_check.qt_runtime_problem({}, system="win32", can_load=fail) is None


def test_real_lookup_of_base_libraries_offscreen():
    """Qt runs offscreen in this test session, so its base libraries are present."""
    assert qt_check.qt_runtime_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_import_error_explained():
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    message = qt_check.explain_import_error(exc)
    assert message is not None and "sudo apt-get install libegl1" in message
    assert qt_check.explain_import_error(ImportError("No module named 'PySide6'")) is None


def test_dev_py_installs_every_package_the_check_names():
    spec = importlib.util.spec_from_file_location("dev", ROOT / "packaging" / "dev.py")
    assert spec is not None and spec.loader is not None
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    named = set(qt_check.BASE_LIBRARIES.values()) | set(qt_check.XCB_LIBRARIES.values())
    assert named <= set(dev.APT_APP_PACKAGES)
    assert "libxcb-cursor0" in dev.APT_APP_PACKAGES
    assert not set(dev.APT_TEST_PACKAGES) & set(dev.APT_APP_PACKAGES)
    assert "poppler-utils" in dev.APT_TEST_PACKAGES
