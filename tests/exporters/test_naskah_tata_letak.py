"""Layout details an official checks: the ':' of every label block sits on the text baseline,
and the optional PARAF table (paraf koordinasi) beside the signature."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from naskah_uji import FAJAR, YULIANA, pengaturan, posisi, sk, st, struktur, teks, tim
from pypdf import PdfReader

from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import PeranTim
from sistemkerja_desktop.exporters.pdf.sk_tim import write_sk_tim_pdf
from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf
from sistemkerja_desktop.services import naskah_builder as nb

PARAF = ("Kabag Hukum", "Kepala OPD", "Asisten", "Sekda")


def _colons_on_baseline(path, labels, pages=None):
    """Every label of `labels` with a ':' beside it (within 3 pt) has that ':' on the same
    baseline, in the same font size. Returns the labels so checked: the callers require all
    of them, so a missing ':' fails too."""
    checked = set()
    for page in pages if pages is not None else range(len(PdfReader(path).pages)):
        runs = posisi(path, page)
        colons = [r for r in runs if r[3] == ":"]
        for y, x, size, text in runs:
            if text not in labels:
                continue
            same_row = [c for c in colons if abs(c[0] - y) < 3 and c[1] > x]
            if not same_row:  # a title or table header of the same word
                continue
            c = min(same_row, key=lambda c: c[1])
            assert c[0] == pytest.approx(y, abs=0.01), (text, y, c)
            assert c[2] == size, (text, size, c)
            checked.add(text)
    return checked


def test_sk_colons_sit_on_the_baseline(tmp_path):
    """Menimbang / Mengingat / Menetapkan / KESATU … / Ditetapkan di, and the NOMOR / TANGGAL /
    TENTANG of the lampiran header (before: a 10 pt ':' 2 pt above the 12 pt text)."""
    path = tmp_path / "sk.pdf"
    write_sk_tim_pdf(sk(5), path)
    labels = {"Menimbang", "Mengingat", "Menetapkan", "KESATU", "KEDUA", "KETIGA", "KEEMPAT",
              "Ditetapkan di", "pada tanggal"}
    assert _colons_on_baseline(path, labels) == labels
    last = len(PdfReader(path).pages) - 1  # the lampiran header (page 1's TENTANG is a title)
    lampiran = {"NOMOR", "TANGGAL", "TENTANG"}
    assert _colons_on_baseline(path, lampiran, [last]) == lampiran


def test_surat_tugas_colons_sit_on_the_baseline(tmp_path):
    """Dasar / Kepada (Nama, NIP, …) / Untuk, and Nomor / Tanggal / Ketua Tim / Anggota of the
    lampiran."""
    body = tmp_path / "st.pdf"
    write_surat_tugas_pdf(st(2), body)
    labels = {"Dasar", "Kepada", "Untuk", "Nama", "NIP", "Pangkat/Gol.", "Jabatan"}
    assert _colons_on_baseline(body, labels) == labels
    lamp = tmp_path / "st30.pdf"
    write_surat_tugas_pdf(st(30), lamp)
    labels = {"Dasar", "Kepada", "Untuk", "Nomor", "Tanggal", "Ketua Tim", "Anggota"}
    assert _colons_on_baseline(lamp, labels) == labels


def _paraf_runs(path, page):
    runs = posisi(path, page)
    return {r[3]: r for r in runs}


@pytest.mark.parametrize("kind", ["sk", "st"])
def test_paraf_table_beside_the_signature(tmp_path, kind):
    """Perbup Barito Timur 11/2024 carries a PARAF table (KABAG HUKUM | KEPALA OPD | ASS. |
    SEKDA) on its pages: with `PengaturanNaskah.paraf` set, the SK and the Surat Tugas print a
    bordered PARAF table (No | Jabatan | Paraf) left of the signature, in small type."""
    path = tmp_path / f"{kind}.pdf"
    if kind == "sk":
        write_sk_tim_pdf(dataclasses.replace(sk(3), paraf=PARAF), path)
        signer = "HENDRA WIJAYAKUSUMA"
    else:
        write_surat_tugas_pdf(dataclasses.replace(st(2), paraf=PARAF), path)
        signer = "dr. Hendra Wijayakusuma, M.Kes."
    pages = [p.extract_text() for p in PdfReader(path).pages]
    page = next(i for i, p in enumerate(pages) if "Kabag Hukum" in p)
    runs = _paraf_runs(path, page)
    assert {"PARAF", "No", "Jabatan", "Paraf", "1.", "Kabag Hukum", "Kepala OPD", "Asisten",
            "Sekda"} <= set(runs)
    name = runs[signer]
    assert runs["Kabag Hukum"][1] < name[1] - 100  # at the left of the signature block
    assert name[0] - 30 < runs["Sekda"][0] < name[0] + 160  # beside it, not pages away
    assert runs["Kabag Hukum"][2] < 10 < name[2]  # small type
    assert signer in pages[page]


def test_no_paraf_table_by_default(tmp_path):
    path = tmp_path / "sk.pdf"
    write_sk_tim_pdf(sk(3), path)
    assert "PARAF" not in teks(path)


@pytest.mark.parametrize("profil", ["barito-timur", "kapuas-hulu"])
def test_builder_passes_the_paraf_rows_from_the_settings(tmp_path, profil):
    """BT practice (any profile may use it): the rows come from `PengaturanNaskah.paraf`."""
    s = struktur(profil)
    p = pengaturan(s, paraf=(*PARAF, "  "), kop_setda=("SETDA",))
    t = tim(s, [(YULIANA, PeranTim.KETUA, None), (FAJAR, PeranTim.ANGGOTA, None)])
    d = nb.build_sk(t, s, p, jenis=JenisNaskah.SK_KEPALA_PD, nomor="1", tanggal=dt.date(2026, 1, 5),
                    signer=None, profile=get_profile(profil))
    assert d.paraf == PARAF
    e = nb.build_st([t], s, get_profile(profil), p, nomor="1", tanggal=None, signer=None)
    assert e.paraf == PARAF
    path = tmp_path / "st.pdf"
    write_surat_tugas_pdf(e, path)
    assert "PARAF No Jabatan Paraf 1. Kabag Hukum 2. Kepala OPD 3. Asisten 4. Sekda" in teks(path)


def test_list_items_end_with_the_lists_punctuation(tmp_path):
    """Mengingat / Dasar items typed without punctuation get ';' and the last '.' (as in KH
    Lampiran II.1–3 'Undang-Undang …; Peraturan Pemerintah …;'); typed punctuation stays."""
    d = dataclasses.replace(sk(2), mengingat=("Undang-Undang Nomor 23 Tahun 2014",
                                              "Peraturan Pemerintah Nomor 30 Tahun 2019;",
                                              "Peraturan Bupati Contoh Nomor 1 Tahun 2024"))
    path = tmp_path / "sk.pdf"
    write_sk_tim_pdf(d, path)
    text = teks(path)
    assert ("Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014; 2. Peraturan Pemerintah Nomor 30 "
            "Tahun 2019; 3. Peraturan Bupati Contoh Nomor 1 Tahun 2024.") in text
