"""Issue #8, every document writer: the old file survives a failed write and nothing temporary
is left; a data file (the database, its -wal/-shm) is never an output."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from naskah_uji import sk, st

from sistemkerja_desktop.domain.errors import StorageError, ValidationError
from sistemkerja_desktop.exporters import files
from sistemkerja_desktop.exporters.pdf.sk_tim import write_sk_tim_pdf
from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf
from sistemkerja_desktop.exporters.xlsx.roster import RosterBaris, RosterTim, write_roster_xlsx


def _roster(path):
    rows = (RosterBaris("Nama 0", "198001012005011001", "Penata (III/c)", "Perawat Ahli Muda",
                        "Anggota", "Puskesmas", "2026", ""),)
    write_roster_xlsx([RosterTim("Tim A", "Tim Kerja", "Bidang", "2026", "aktif", "Nama 0", "",
                                 rows)], path, judul="Daftar")


WRITERS = {
    "sk.pdf": lambda path: write_sk_tim_pdf(sk(5), path),
    "surat-tugas.pdf": lambda path: write_surat_tugas_pdf(st(3), path),
    "roster.xlsx": _roster,
}


@pytest.mark.parametrize("name", WRITERS)
def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_temporary(tmp_path, monkeypatch,
                                                                        name):
    path = tmp_path / name
    path.write_bytes(b"isi lama")

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(StorageError) as info:
        WRITERS[name](path)
    assert info.value.message.startswith(f"Disk penuh: berkas {path} tidak dapat ditulis")
    assert "tidak berubah" in info.value.message
    assert path.read_bytes() == b"isi lama"
    assert os.listdir(tmp_path) == [name]


@pytest.mark.parametrize("name", WRITERS)
def test_a_data_file_is_never_overwritten(tmp_path, name):
    data = tmp_path / "kantor.sqlite"
    with sqlite3.connect(data) as conn:
        conn.execute("CREATE TABLE pegawai (nama TEXT)")
    conn.close()
    before = data.read_bytes()
    for target in (data, tmp_path / "kantor.sqlite-wal", tmp_path / "kantor.sqlite-shm"):
        with pytest.raises(ValidationError) as info:
            WRITERS[name](target)
        assert str(target) in info.value.message and "Tidak ada yang ditulis" in info.value.message
    assert data.read_bytes() == before
    assert os.listdir(tmp_path) == ["kantor.sqlite"]
