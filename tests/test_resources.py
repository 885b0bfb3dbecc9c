from sistemkerja_desktop import paths


def test_app_icon_is_shipped():
    icon = paths.resource("icons", "sistemkerja.png")
    assert icon.exists() and icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert paths.resource("icons", "sistemkerja.ico").exists()
