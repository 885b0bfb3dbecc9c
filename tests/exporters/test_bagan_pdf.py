"""The chart PDF: tiled pages with labels, A4/F4, every name extractable, no text below 7 pt,
page count growing with the agency."""

import datetime as dt
import math

import pytest
from pypdf import PdfReader

from sistemkerja_desktop.domain.bagan import build_bagan
from sistemkerja_desktop.domain.bagan_layout import Arah, tata_letak
from sistemkerja_desktop.domain.demo import build_demo_struktur, build_generated_struktur
from sistemkerja_desktop.exporters.pdf.bagan_pdf import OpsiBaganPdf, write_bagan_pdf

TODAY = dt.date(2026, 11, 27)
MM = 72 / 25.4


@pytest.fixture(scope="module")
def demo():
    struktur = build_demo_struktur(TODAY)
    return struktur, build_bagan(struktur, TODAY)


def _write(tmp_path, bagan, name="bagan.pdf", *, arah=Arah.ATAS_BAWAH, fokus=None, **opsi):
    path = tmp_path / name
    hasil = write_bagan_pdf(bagan, tata_letak(bagan, arah=arah, fokus=fokus), path,
                            OpsiBaganPdf(**opsi), invariant=True)
    return hasil, PdfReader(path)


def _sizes(page):
    """Effective size of every text run on the page (font size × text and CTM scale)."""
    sizes = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            sizes.append(size * scale)

    page.extract_text(visitor_text=visit)
    return sizes


def test_demo_chart_is_tiled_with_labels_title_and_legend(tmp_path, demo):
    _s, bagan = demo
    hasil, reader = _write(tmp_path, bagan)
    assert hasil.halaman == len(reader.pages) > 1
    assert hasil.skala == pytest.approx(0.8)
    texts = [p.extract_text() for p in reader.pages]
    for no, text in enumerate(texts, start=1):
        assert f"hal. {no} dari {hasil.halaman}, baris " in text
        assert "BAGAN KEDUDUKAN PEJABAT FUNGSIONAL DAN PELAKSANA" in text
        assert "Dinas Kesehatan Kabupaten Contoh — keadaan per 27 November 2026" in text
        assert "JF Keterampilan" in text and "Jabatan kosong" in text
    assert reader.metadata.title.startswith("Bagan Kedudukan")
    assert "hal. 1 dari" in texts[0] and "baris 1 kolom 1" in texts[0]


def test_every_card_is_printed_whole_on_some_page(tmp_path, demo):
    struktur, bagan = demo
    _h, reader = _write(tmp_path, bagan)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    missing = [p.nama_lengkap for p in struktur.pegawai
               if p.aktif and " ".join(p.nama_lengkap.split())[:14] not in text]
    assert missing == []
    nips = [p.nip_tampil for p in struktur.pegawai if p.aktif]
    assert sum(text.count(f"NIP {nip}") for nip in nips) >= len(nips)


@pytest.mark.parametrize(("kertas", "orientasi"), [("a4", "mendatar"), ("f4", "tegak"),
                                                   ("f4", "mendatar")])
def test_no_text_below_7_pt_on_a4_and_f4(tmp_path, demo, kertas, orientasi):
    _s, bagan = demo
    hasil, reader = _write(tmp_path, bagan, kertas=kertas, orientasi=orientasi)
    assert hasil.kertas == kertas and hasil.orientasi == orientasi
    sizes = [s for page in reader.pages for s in _sizes(page)]
    assert sizes and min(sizes) >= 7.0 - 1e-6
    w, h = (float(v) for v in reader.pages[0].mediabox.upper_right)
    short, long_ = {"a4": (210, 297), "f4": (215, 330)}[kertas]
    expected = (long_ * MM, short * MM) if orientasi == "mendatar" else (short * MM, long_ * MM)
    assert (w, h) == pytest.approx(expected, abs=0.5)


def test_page_count_grows_with_the_agency(tmp_path):
    pages = []
    for n in (150, 600, 1500):
        bagan = build_bagan(build_generated_struktur(n, today=TODAY), TODAY)
        hasil, reader = _write(tmp_path, bagan, f"b{n}.pdf")
        assert len(reader.pages) == hasil.halaman
        pages.append(hasil.halaman)
    assert pages == sorted(pages) and pages[0] < pages[-1]


def test_one_branch_only_and_a_small_chart_fits_one_page(tmp_path, demo):
    _s, bagan = demo
    yankes = next(n.id for n in bagan.nodes.values() if n.judul == "Bidang Pelayanan Kesehatan")
    hasil, reader = _write(tmp_path, bagan, fokus=yankes, keterangan="Cabang: Bidang X")
    assert hasil.halaman == 1 and hasil.skala <= 1.0
    text = reader.pages[0].extract_text()
    assert "hal. 1 dari 1" in text and "baris" not in text
    assert "Cabang: Bidang X" in text and "drg. Ratna Kusumawardani" in text
    assert "Sekretaris Dinas" not in text


def test_left_right_direction_also_tiles_legibly(tmp_path, demo):
    _s, bagan = demo
    hasil, reader = _write(tmp_path, bagan, arah=Arah.KIRI_KANAN, kertas="f4")
    assert hasil.halaman == len(reader.pages) >= 1
    assert min(s for p in reader.pages for s in _sizes(p)) >= 7.0 - 1e-6


def test_unknown_paper_is_a_bug_not_a_silent_default(tmp_path, demo):
    _s, bagan = demo
    with pytest.raises(ValueError):
        _write(tmp_path, bagan, kertas="letter")


@pytest.fixture(scope="module")
def besar():
    return build_bagan(build_generated_struktur(1500, today=TODAY), TODAY)


def test_a_group_split_over_pages_repeats_its_heading_and_no_page_has_an_empty_frame(
        tmp_path, besar):
    from sistemkerja_desktop.exporters.pdf import bagan_pdf

    hasil, reader = _write(tmp_path, besar, "besar.pdf")
    texts = [" ".join(p.extract_text().split()) for p in reader.pages]
    continued = [t for t in texts if "Kelompok JF dan Pelaksana" in t and "(lanjutan)" in t]
    assert continued  # a large group crosses page cuts
    assert all("NIP " in t for t in texts)  # every printed page holds cards
    # the rule itself: a group's frame is only drawn on a tile holding some of its cards
    letak = tata_letak(besar)
    elemen = bagan_pdf._elemen(besar, letak)
    r = bagan_pdf._rencana(letak, elemen, OpsiBaganPdf())
    buckets = bagan_pdf._bagi(besar, letak, r, elemen)
    frames = 0
    for items in buckets.values():
        cards = {letak.kartu_node[obj.key] for _k, jenis, obj in items if jenis == "kartu"}
        for _k, jenis, obj in items:
            if jenis == "kelompok":
                frames += 1
                assert obj in cards
    assert frames > hasil.halaman / 2


def test_title_block_page_map_and_legend_are_drawn_once_and_reused(tmp_path, besar):
    hasil, reader = _write(tmp_path, besar, "besar.pdf")
    assert hasil.halaman > 20
    forms = set()
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"]
        forms |= {xobjects[name].indirect_reference.idnum for name in xobjects}
    assert len(forms) == 2  # "kepala" (title, empty page map) and "kaki" (legend)
    # each page highlights its own cell of the page map
    first, last = (" ".join(p.extract_text().split()) for p in (reader.pages[0],
                                                                  reader.pages[-1]))
    assert "baris 1 kolom 1" in first and f"hal. {hasil.halaman} dari {hasil.halaman}" in last


class _Stop(Exception):
    pass


def test_an_export_stopped_midway_leaves_the_old_file_and_no_temporary_one(tmp_path, demo):
    """Written through a temporary file: cancelling (or failing) after the first pages keeps the
    file that was there and leaves nothing half-written beside it."""
    _s, bagan = demo
    letak = tata_letak(bagan, arah=Arah.ATAS_BAWAH)
    target = tmp_path / "bagan.pdf"
    target.write_bytes(b"%PDF lama")

    def stop(done, total):
        raise _Stop

    with pytest.raises(_Stop):
        write_bagan_pdf(bagan, letak, target, progress=stop)
    assert target.read_bytes() == b"%PDF lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bagan.pdf"]
    hasil = write_bagan_pdf(bagan, letak, target)
    assert len(PdfReader(target).pages) == hasil.halaman
    assert target.stat().st_mode & 0o044  # readable by others: the chart is for sharing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bagan.pdf"]


def test_a_full_disk_keeps_the_old_chart_and_says_so_in_indonesian(tmp_path, demo, monkeypatch):
    import errno

    from sistemkerja_desktop.domain.errors import StorageError
    from sistemkerja_desktop.exporters import files

    _s, bagan = demo
    target = tmp_path / "bagan.pdf"
    target.write_bytes(b"%PDF lama")

    def full(src, dst):
        raise OSError(errno.EFBIG, "File too large")

    monkeypatch.setattr(files.os, "replace", full)
    with pytest.raises(StorageError) as info:
        write_bagan_pdf(bagan, tata_letak(bagan), target)
    assert info.value.message.startswith(f"Disk penuh: berkas {target} tidak dapat ditulis")
    assert target.read_bytes() == b"%PDF lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bagan.pdf"]


def test_the_open_database_and_its_side_files_are_refused(tmp_path, demo):
    from sistemkerja_desktop.domain.errors import ValidationError

    _s, bagan = demo
    db = tmp_path / "kantor.pdf"  # a data file with an output's name: refused by its name
    for target in (db, tmp_path / "kantor.pdf-wal", tmp_path / "kantor.pdf-shm"):
        with pytest.raises(ValidationError) as info:
            write_bagan_pdf(bagan, tata_letak(bagan), target, protected=(db,))
        assert "sedang dibuka" in info.value.message and target.name in info.value.message
    assert list(tmp_path.iterdir()) == []
