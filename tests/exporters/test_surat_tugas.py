"""Surat Tugas PDF read back with pypdf."""

from __future__ import annotations

import errno
import os
import re
import sqlite3

import pytest
from naskah_uji import st
from pypdf import PdfReader

from sistemkerja_desktop.domain.errors import StorageError, ValidationError
from sistemkerja_desktop.exporters import files
from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf


def _text(path):
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_few_names_in_the_body(tmp_path):
    path = tmp_path / "st.pdf"
    write_surat_tugas_pdf(st(2), path, invariant=True)
    text = _text(path)
    for needle in ("SURAT TUGAS", "NOMOR : 800.1.11.1/123/Dinkes/2024", "Dasar", "MEMBERI TUGAS",
                   "Kepada", "Pegawai Uji 001, S.KM.", "Pegawai Uji 002, S.KM.", "NIP",
                   "Pangkat/Gol.", "Untuk", "selaku Pejabat Penilai Kinerja",
                   "Contoh, 16 Juli 2024", "dr. Hendra Wijayakusuma, M.Kes.",
                   "Pembina Utama Muda (IV/c)", "NIP. 19710314 199903 1 901", "Tembusan"):
        assert needle in text, needle
    assert "Lampiran Surat Tugas" not in text and "DRAF" not in text


def test_many_names_go_to_the_lampiran(tmp_path):
    path = tmp_path / "st.pdf"
    pages = write_surat_tugas_pdf(st(30), path)
    text = _text(path)
    assert pages >= 2
    assert "sebagaimana tercantum dalam Lampiran" in text
    assert "Lampiran Surat Tugas" in text and "Penanggung jawab pelaksanaan tugas" in text
    assert "Ketua Tim" in text and "Anggota" in text and "Pegawai Uji 030, S.KM." in text
    assert "(Epidemiolog Kesehatan Ahli Muda)" in text


def test_several_teams_and_draft(tmp_path):
    path = tmp_path / "st.pdf"
    write_surat_tugas_pdf(st(3, teams=2), path, draf=True)
    text = _text(path)
    assert "1. Tim Kerja Uji 1" in text and "2. Tim Kerja Uji 2" in text
    assert "DRAF" in text


# ---- issue #8: the old file survives a failed write; a data file is never an output ----------

def _sqlite_file(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pegawai (nama TEXT)")
    conn.commit()
    conn.close()
    return path


def _disk_full(monkeypatch):
    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full)


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_temporary(tmp_path, monkeypatch):
    path = tmp_path / "st.pdf"
    path.write_bytes(b"isi lama")
    _disk_full(monkeypatch)
    with pytest.raises(StorageError) as info:
        write_surat_tugas_pdf(st(3), path)
    assert info.value.message.startswith(f"Disk penuh: berkas {path} tidak dapat ditulis")
    assert "tidak berubah" in info.value.message
    assert path.read_bytes() == b"isi lama"
    assert os.listdir(tmp_path) == ["st.pdf"]


def test_a_data_file_is_never_overwritten(tmp_path):
    data = _sqlite_file(tmp_path / "kantor.sqlite")
    before = data.read_bytes()
    for target in (data, tmp_path / "kantor.sqlite-wal", tmp_path / "kantor.sqlite-shm"):
        with pytest.raises(ValidationError) as info:
            write_surat_tugas_pdf(st(3), target)
        assert str(target) in info.value.message and "Tidak ada yang ditulis" in info.value.message
    assert data.read_bytes() == before
    assert os.listdir(tmp_path) == ["kantor.sqlite"]
