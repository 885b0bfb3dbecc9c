"""*Bantuan*: the guide per area (F1), the rule behind every finding, the shortcuts page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from sistemkerja_desktop.domain.findings import LABELS
from sistemkerja_desktop.domain.periksa import periksa
from sistemkerja_desktop.domain.profiles import list_profiles
from sistemkerja_desktop.domain.profiles.citation import VALIDASI_DATA
from sistemkerja_desktop.domain.tim import Anggota, AsalAnggota, PeranTim, Persetujuan, Tim
from sistemkerja_desktop.domain.tim_rules import cek_tim
from sistemkerja_desktop.views.bantuan import isi
from sistemkerja_desktop.views.bantuan.aturan import aturan_temuan
from sistemkerja_desktop.views.bantuan.kutipan import KUTIPAN, rujukan
from sistemkerja_desktop.views.bantuan.menu import kumpulkan_pintasan
from sistemkerja_desktop.views.bantuan.panduan import AREA_KUNCI
from sistemkerja_desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 27)

# Codes that are data checks of the application, not a rule of any Perbup (no Pasal to cite).
DATA_CHECKS = {"NIP_GANDA", "PEGAWAI_TANPA_JABATAN", "PEGAWAI_TANPA_UNIT",
               "KEDUDUKAN_PEGAWAI_TIDAK_DIKENAL", "KEDUDUKAN_POSISI_TIDAK_DIKENAL",
               "UNIT_INDUK_TIDAK_DIKETAHUI", "TIM_NAMA_KOSONG", "TIM_JENIS_TIDAK_DIKENAL",
               "TIM_PERIODE_TERBALIK", "ANGGOTA_TIDAK_ADA", "ANGGOTA_GANDA",
               "ANGGOTA_TIDAK_AKTIF", "BAGAN_STRUKTURAL_DALAM_KELOMPOK", "BAGAN_PPK_PELAKSANA"}


@pytest.fixture
def window(qtbot, demo_services):
    w = MainWindow(demo_services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.bantuan.help_window is not None:
        w.bantuan.help_window.close()


# ---- F1 and the menu ----------------------------------------------------------------------------

@pytest.mark.gui
def test_f1_on_each_area_opens_the_help_at_that_area(window, qtbot):
    assert window.bantuan.panduan_action.shortcut().toString() == "F1"
    for row, kunci in enumerate(AREA_KUNCI):
        window.show_area(row)
        assert window.pages.currentIndex() == row
        window.activateWindow()
        qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_F1)
        help_window = window.bantuan.help_window
        assert help_window is not None and help_window.isVisible()
        assert help_window.kunci == kunci
        title = window.navigation.item(row).text()
        assert help_window.nav.currentItem().text() == title
        assert help_window.browser.toPlainText().startswith(title)
        assert "Langkah biasa" in help_window.browser.toPlainText()
    # one window, reused
    assert len(window.findChildren(type(window.bantuan.help_window))) == 1


@pytest.mark.gui
def test_bantuan_menu_has_the_guide_the_shortcuts_and_about(window):
    menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Panduan…", "Pintasan &papan ketik", "&Tentang"]
    window.bantuan.pintasan_action.trigger()
    assert window.bantuan.help_window.kunci == isi.PINTASAN


# ---- the rule behind every finding --------------------------------------------------------------

def test_every_finding_code_has_a_rule_entry_with_its_pasal():
    tables = {p.kode: aturan_temuan(p) for p in list_profiles()}
    for rows in tables.values():
        assert [a.kode for a in rows] == list(LABELS)
    for kode in LABELS:
        grounds = [d for rows in tables.values() for a in rows if a.kode == kode
                   for d in a.dasar]
        assert grounds, f"{kode}: no profile has a rule for it"
        if kode in DATA_CHECKS:
            assert all(d.citation == VALIDASI_DATA for d in grounds), kode
        else:
            assert any(re.search(r"\b(Pasal|Lampiran)\b", d.teks_dasar) for d in grounds), kode
    for profile in list_profiles():
        page = isi.html_aturan(profile)
        for a in tables[profile.kode]:
            assert f'name="{a.kode}"' in page
            for d in a.dasar:
                assert isi.html.escape(d.teks_dasar, quote=False) in page


def test_a_perbup_rule_names_its_seed_and_quotes_it():
    kh = next(p for p in list_profiles() if p.kode == "kapuas-hulu")
    (ppk,) = [a for a in aturan_temuan(kh) if a.kode == "PPK_TIDAK_ADA"]
    (dasar,) = ppk.dasar
    assert dasar.citation.seed == "000_60b25756ef894e0e.txt"
    assert dasar.teks_dasar == "Perbup Kapuas Hulu 36/2023, Pasal 6; Lampiran I B.1"
    text = isi.teks_polos(isi.html_aturan(kh))
    assert ("Pasal 6: \u201cPejabat Fungsional dan pelaksana berkedudukan di bawah dan "
            "bertanggung jawab secara langsung") in text
    assert "seed 000_60b25756ef894e0e.txt" in text


def _tim_variants(tim, struktur, profile):
    """The demo team, as each kind of team of the profile, and variants that break the team
    rules in several ways: (team, other teams' periods or None)."""
    r = dataclasses.replace
    ids = [a.pegawai_id for a in tim.anggota]
    struktural = next(p.id for p in struktur.pegawai if p.jabatan is not None
                      and p.jabatan.kategori.struktural and p.id not in ids)
    yield Tim(nama="", jenis="", unit_pemilik_id=None, mulai=None, selesai=None), None
    for jenis in profile.jenis_tim:
        base = r(tim, jenis=jenis.kode, kebutuhan=())
        yield base, None
        yield r(base, anggota=tuple(r(a, peran=PeranTim.KETUA) for a in base.anggota)), None
        yield r(base, anggota=tuple(r(a, peran=PeranTim.ANGGOTA) for a in base.anggota)), None
        yield r(base, anggota=(*base.anggota, Anggota(struktural, PeranTim.KETUA))), None
        yield r(base, anggota=tuple(r(a, pengganti=a.peran is PeranTim.KETUA,
                                      asal=AsalAnggota.LINTAS_UNIT,
                                      persetujuan=Persetujuan.MENUNGGU
                                      if i % 2 else Persetujuan.DITOLAK)
                                    for i, a in enumerate(base.anggota))), None
        yield r(base, anggota=tuple(r(a, sementara=i < 2) for i, a in enumerate(base.anggota))
                ), None
        yield r(base, kebutuhan=tuple((q.kode, False) for q in profile.pertanyaan_kebutuhan_tim)
                ), None
        if base.mulai is not None:
            yield r(base, selesai=base.mulai + dt.timedelta(days=1200)), None
            yield r(base, selesai=base.mulai + dt.timedelta(days=5)), None
        others = {pid: [("lain", dt.date(2026, 1, 1), dt.date(2026, 12, 31))] * 3 for pid in ids}
        yield base, others


def test_rule_entries_are_what_the_checks_cite(demo_services):
    """Every finding the real checks raise on the demo agency (and on rule-breaking variants of
    its teams), under each profile, cites exactly a dasar the help lists for that code."""
    struktur = demo_services.agency.struktur()
    teams = [demo_services.teams.team(t.id).tim for t in demo_services.teams.teams()]
    seen_codes = set()
    for profile in list_profiles():
        listed = {(a.kode, d.teks_dasar) for a in aturan_temuan(profile) for d in a.dasar}
        s = dataclasses.replace(struktur, pd=dataclasses.replace(struktur.pd,
                                                                 profil=profile.kode))
        findings = list(periksa(s, profile, TODAY))
        for tim in teams:
            for tim_v, others in _tim_variants(tim, s, profile):
                for final in (False, True):
                    findings += cek_tim(tim_v, s, profile, final=final, periode_lain=others,
                                        ambang_beban=2 if others else None)
        for f in findings:
            assert (f.kode, f.dasar) in listed, (profile.kode, f.kode, f.dasar)
            seen_codes.add(f.kode)
    assert len(seen_codes) >= 30, " ".join(sorted(seen_codes))  # the check is not vacuous


def _seed_dir() -> Path | None:
    for folder in (ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds")):
        if folder.is_dir():
            return folder
    return None


def test_every_quote_is_the_seed_text_word_for_word():
    folder = _seed_dir()
    if folder is None:
        pytest.skip("the seed texts (shared/seeds) are not beside this checkout")
    texts = {}
    for k in KUTIPAN:
        if k.seed not in texts:
            texts[k.seed] = " ".join((folder / k.seed).read_text(encoding="utf-8").split())
        for passage in k.teks:
            assert passage in texts[k.seed], (k.seed, k.rujukan, passage[:60])
    used = {(d.citation.seed, ref) for p in list_profiles() for a in aturan_temuan(p)
            for d in a.dasar if d.citation is not None and d.citation.seed
            for ref in rujukan(d.citation)}
    assert {(k.seed, k.rujukan) for k in KUTIPAN} <= used  # no quote for a reference unused


# ---- shortcuts --------------------------------------------------------------------------------

@pytest.mark.gui
def test_shortcuts_page_lists_the_actions_real_shortcuts(window):
    rows = kumpulkan_pintasan(window)
    assert isi.Pintasan("Berkas", "Buka", "Ctrl+O") in rows
    assert isi.Pintasan("Berkas", "Keluar", "Ctrl+Q") in rows
    assert isi.Pintasan("Bantuan", "Panduan", "F1") in rows
    assert isi.Pintasan("Bagan Organisasi", "Simpan", "Ctrl+S") in rows
    help_window = window.bantuan.buka(isi.PINTASAN)
    text = help_window.browser.toPlainText()
    assert "Ctrl+O" in text and "F1" in text and "Paskan seluruh bagan" in text
    # read at run time: a changed shortcut is what the page says next time
    window.quit_action.setShortcut("Ctrl+Shift+Q")
    help_window.tampilkan(isi.PINTASAN)
    assert "Ctrl+Shift+Q" in help_window.browser.toPlainText()


def test_keys_the_views_handle_themselves_are_in_their_code():
    for t in isi.TOMBOL_TAMPILAN:
        source = (ROOT / "sistemkerja_desktop" / t.modul).read_text(encoding="utf-8")
        for name in t.qt_keys:
            assert f"Qt.Key.{name}" in source, (t.modul, name, t.perintah)


# ---- the window: search, links, profiles ---------------------------------------------------------

def test_search_finds_the_pages_that_hold_a_word():
    pages = isi.semua_halaman(list_profiles()[0], [isi.Pintasan("Berkas", "Buka", "Ctrl+O")])
    assert isi.cari(pages, "matriks peran  hasil") == ["mulai", "laporan"]
    assert isi.cari(pages, "Ctrl+O") == [isi.PINTASAN]
    assert isi.cari(pages, "tidak ada di mana pun") == []
    assert isi.cari(pages, "   ") == []


@pytest.mark.gui
def test_help_window_search_links_and_profile(window, qtbot):
    help_window = window.bantuan.buka(isi.MULAI)
    help_window.search_edit.setText("Matriks Peran Hasil")
    assert help_window.search_label.text() == "Ada di: Mulai, Laporan"
    qtbot.keyClick(help_window.search_edit, Qt.Key.Key_Return)  # found on this page first
    assert help_window.kunci == isi.MULAI
    assert help_window.browser.textCursor().selectedText() == "Matriks Peran Hasil"
    qtbot.keyClick(help_window.search_edit, Qt.Key.Key_Return)
    assert help_window.kunci == "laporan"
    help_window.search_edit.setText("tidak ada di mana pun")
    assert help_window.search_label.text() == "Tidak ditemukan."

    help_window.browser.anchorClicked.emit(QUrl("#tim"))
    assert help_window.kunci == "tim"
    help_window.tampilkan(isi.ATURAN, "PPK_GANDA")
    assert help_window.profile_row.isVisibleTo(help_window)
    assert help_window.profile_combo.currentData() == "generic"  # the demo's profile
    help_window.profile_combo.setCurrentIndex(help_window.profile_combo.findData("bungo"))
    text = help_window.browser.toPlainText()
    assert "Perbup Bungo 15/2024" in text and "Pejabat Pengawas ditunjuk sebagai ketua tim" in text
    help_window.tampilkan("bagan")
    assert not help_window.profile_row.isVisibleTo(help_window)
