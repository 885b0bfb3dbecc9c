"""Clean errors everywhere (issue #8): hostile data prints, hostile consoles print, and every
error a user meets is Indonesian — never a traceback.

- a 1,000-character unbroken name (pegawai, team, unit) made a reportlab LayoutError in the SK,
  the Surat Tugas and would in the chart;
- a cp1252 console (Windows) could not print an Arabic/CJK/emoji name;
- dates like 0001-01-01 / 9999-12-31 overflowed in date arithmetic (English OverflowError).
"""

from __future__ import annotations

import argparse
import dataclasses
import errno
import re
import subprocess
import sys
from pathlib import Path

import pytest
from gangguan import ROOT, _env
from pypdf import PdfReader

from sistemkerja_desktop.cli.common import os_error_message, record_id, tanggal
from sistemkerja_desktop.services.container import build_services

LONG = "A" * 1000
INTL = "Siti محمد 王小明 김민준 😀👍"


def _text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.fixture
def hostile_services(head_db):
    """The demo with team #1's ketua, the team and its owning unit renamed to 1,000 unbroken
    characters, as the forms and the import allow."""
    svc = build_services(head_db)
    detail = svc.teams.team(1)
    ketua = svc.pegawai.get(detail.tim.anggota[0].pegawai_id)
    svc.pegawai.save(dataclasses.replace(ketua, nama="Ketua" + LONG, gelar_depan="",
                                         gelar_belakang=""))
    svc.teams.save(dataclasses.replace(svc.teams.team(1).tim, nama="Tim" + LONG,
                                       tugas=("Tugas" + LONG,)))
    unit = svc.units.get(detail.tim.unit_pemilik_id)
    svc.units.update_unit(unit.id, "Unit" + LONG, unit.jenis, unit.parent_id, unit.mandiri,
                          unit.kode)
    yield svc
    svc.close()


@pytest.mark.slow
@pytest.mark.parametrize("draf", [True, False], ids=["draf", "final"])
def test_naskah_with_a_thousand_character_name_prints(hostile_services, tmp_path, draf):
    svc = hostile_services
    sk, st = tmp_path / "sk.pdf", tmp_path / "st.pdf"
    hasil_sk = svc.dokumen.cetak_sk_tim(1, sk, draf=draf)
    hasil_st = svc.dokumen.cetak_surat_tugas(1, st, draf=draf)
    assert hasil_sk.halaman >= 2 and hasil_st.halaman >= 1
    for path in (sk, st):
        text = _text(path)
        assert "KetuaAAAAAAAAAA" in text  # the name's start, wrapped (not dropped)
        assert "TimAAAAAAAAAA" in text
    # names in tables are wrapped, never cut: the whole name is on paper
    assert _text(sk).count("A") >= 1000


@pytest.mark.slow
def test_chart_with_a_thousand_character_name_prints(hostile_services, tmp_path):
    svc = hostile_services
    path = tmp_path / "bagan.pdf"
    hasil = svc.bagan.ekspor_pdf(path, svc.bagan.bagan())
    assert hasil.halaman >= 1
    assert "KetuaAAAA" in _text(path)  # the card shows the start, cut with "…"


@pytest.mark.slow
def test_cp1252_console_prints_every_name(head_db):
    """A Windows console in cp1252: Arabic, CJK and emoji become '?' instead of a
    UnicodeEncodeError traceback."""
    svc = build_services(head_db)
    try:
        row = svc.pegawai.rows()[0]
        pegawai = svc.pegawai.get(next(p.id for p in svc.agency.struktur().pegawai
                                       if p.nip == row.nip))
        svc.pegawai.save(dataclasses.replace(pegawai, nama=INTL))
    finally:
        svc.close()
    outputs = {}
    for args in (("pegawai", "daftar"), ("periksa",), ("pegawai", "daftar", "--json"),
                 ):
        proc = _cp1252(head_db, *args)
        assert proc.returncode in (0, 1), proc.stderr
        assert "Traceback" not in proc.stderr and "UnicodeEncodeError" not in proc.stderr
        outputs[args] = proc.stdout
    assert "Siti ???? ??? ??? ??" in outputs[("pegawai", "daftar")]


def _cp1252(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`cli` as on a Windows console: the child encodes in cp1252, we decode the same."""
    return subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db",
                           str(db), *args], check=False, capture_output=True,
                          encoding="cp1252",
                          errors="strict", timeout=120, cwd=ROOT,
                          env=_env({"PYTHONIOENCODING": "cp1252"}))


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"])
def test_dates_outside_1900_2100_are_refused(text):
    with pytest.raises(argparse.ArgumentTypeError, match="di luar rentang 1900–2100"):
        tanggal(text)
    assert tanggal("2026-06-01").year == 2026


@pytest.mark.parametrize("text, words", [
    ("99999999999999999999999", "terlalu besar"), ("9" * 5000, "terlalu besar"),
    ("-1", "harus 1 atau lebih"), ("0", "harus 1 atau lebih"), ("", "bukan bilangan bulat"),
    ("١٢", "bukan bilangan bulat"), ("1e3", "bukan bilangan bulat"),
    ("+-5", "bukan bilangan bulat")])
def test_record_id_is_bounded_to_sqlite_integers(text, words):
    with pytest.raises(argparse.ArgumentTypeError, match=words):
        record_id(text)
    assert record_id(" 9223372036854775807 ") == 2**63 - 1


def test_os_errors_are_indonesian_and_name_the_file(tmp_path):
    exc = OSError(errno.ENAMETOOLONG, "File name too long", str(tmp_path / ("n" * 300)))
    text = os_error_message(exc)
    assert "namanya terlalu panjang" in text and "File name" not in text
    assert os_error_message(IsADirectoryError(errno.EISDIR, "Is a directory", "x")) == \
        "berkas x tidak dapat dipakai: itu sebuah folder, bukan berkas"


@pytest.mark.gui
def test_unexpected_error_dialog_is_indonesian_with_details_collapsed(qapp, monkeypatch, caplog):
    from PySide6.QtWidgets import QMessageBox

    from sistemkerja_desktop.views.common import messages

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    # test_architecture's import-linter run disables existing loggers (order-dependent)
    monkeypatch.setattr(messages.log, "disabled", False)
    try:
        raise ValueError("invalid literal for int() with base 10: 'x'")
    except ValueError as exc:
        messages.show_error(None, exc)
    box = shown[0]
    assert "tidak terduga" in box.text() and "invalid literal" not in box.text()
    assert "ValueError" in box.detailedText() and "Traceback" in box.detailedText()
    assert any(r.levelname == "ERROR" and r.exc_info for r in caplog.records)
    messages.show_error(None, PermissionError(errno.EACCES, "Permission denied", "/x/y.pdf"))
    assert shown[1].text() == "Berkas /x/y.pdf tidak dapat dipakai: izin ditolak."
    assert shown[1].detailedText() == ""
