from sistemkerja_desktop import paths


def test_app_icon_is_shipped():
    icon = paths.resource("icons", "sistemkerja.png")
    assert icon.exists() and icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert paths.resource("icons", "sistemkerja.ico").exists()


def test_pdf_fonts_are_shipped_with_licences():
    for family in ("LiberationSans", "BonumNaskah"):
        for style in ("Regular", "Bold", "Italic", "BoldItalic"):
            font = paths.resource("fonts", f"{family}-{style}.ttf")
            assert font.exists() and font.read_bytes()[:4] == b"\x00\x01\x00\x00"
    assert paths.resource("fonts", "LICENSE-LiberationSans-OFL.txt").exists()
    assert paths.resource("fonts", "LICENSE-TeXGyreBonum-GUST.txt").exists()
