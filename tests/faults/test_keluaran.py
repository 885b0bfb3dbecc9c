"""Outputs never destroy data (issue #8 items 1 and 9).

1. An output path that is the open database, its -wal/-shm, or a backup is refused by every
   command that writes a file: exit 2, an Indonesian message naming the file, the database
   unchanged and still opening, no register number used.
9. Every output is written to a temporary file beside the target and renamed only when whole:
   a full disk, a killed process or a read-only folder leaves the previous file byte-identical
   and (except after a kill) nothing temporary behind; a killed export's temporary file is
   removed by a later export of the same name once it is stale.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from gangguan import ROOT, _env, as_other_user, cli, digest, disk_full
from pypdf import PdfReader

from sistemkerja_desktop.cli.main import main
from sistemkerja_desktop.exporters.files import STALE_TEMP_SECONDS


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("keluaran") / "kantor.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def db(template, tmp_path, capsys) -> Path:
    path = tmp_path / "kantor.sqlite"
    shutil.copy(template, path)
    capsys.readouterr()
    return path


def _register(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return (conn.execute("SELECT * FROM nomor_register ORDER BY id").fetchall()
                + conn.execute("SELECT id, tim_id, jenis FROM dokumen_tim ORDER BY id").fetchall())
    finally:
        conn.close()


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# ---- item 1: the data file is never an output ---------------------------------------------------

COMMANDS = {
    "sk-tim": ("dokumen", "sk-tim", "1", "-o"),
    "sk-tim draf": ("dokumen", "sk-tim", "1", "--draf", "-o"),
    "surat-tugas": ("dokumen", "surat-tugas", "1", "-o"),
    "tim roster": ("tim", "roster", "1", "-o"),
    "bagan ekspor": ("bagan", "ekspor", "-o"),
    "cadangan buat": ("cadangan", "buat", "-o"),
    "pegawai ekspor": ("pegawai", "ekspor"),
    "pantau ekspor": ("pantau", "ekspor", "-o"),  # issue #11
    "mph ekspor": ("mph", "ekspor", "-o"),
    "laporan hasil-anggota": ("laporan", "hasil-anggota", "1", "-o"),
    "paket ekspor": ("paket", "ekspor", "-o"),  # issue #12
}
TARGETS = ("{db}", "{db}-wal", "{db}-shm", "{backup}")
@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_output_on_the_data_file_is_refused(db, capsys, command, target):
    assert run(capsys, "--db", db, "cadangan", "buat")[0] == 0
    backup, = db.parent.glob("kantor.cadangan-*.sqlite")
    out_path = Path(target.format(db=db, backup=backup))
    before, backup_before, register = digest(db), digest(backup), _register(db)

    code, out, err = run(capsys, "--db", db, *COMMANDS[command], out_path)

    assert code == 2, out
    assert out_path.name in err and "Traceback" not in err and "Exception" not in err
    assert err.startswith("sistemkerja: ")
    assert digest(db) == before and digest(backup) == backup_before
    assert _register(db) == register  # no number reserved or used
    assert not Path(f"{db}-journal").exists()
    assert _temps(db.parent) == []
    code, out, _err = run(capsys, "--db", db, "pegawai", "daftar")
    assert code == 0 and len(out.splitlines()) > 100  # still opens, nothing lost


def test_a_refused_final_sk_does_not_use_up_its_number(db, tmp_path, capsys):
    assert run(capsys, "--db", db, "dokumen", "sk-tim", "1", "-o", db)[0] == 2
    code, out, err = run(capsys, "--db", db, "dokumen", "sk-tim", "1", "-o",
                         tmp_path / "sk.pdf")
    assert code == 0, err
    assert "/1/" in out  # the first number of the year, not the second
    assert PdfReader(tmp_path / "sk.pdf").pages


# ---- item 9: a full disk leaves the previous file ------------------------------------------------

@pytest.fixture
def held_open(db) -> Iterator[sqlite3.Connection]:
    """The data file open in another program (the GUI) while the CLI exports: its -shm exists at
    full size, so the child's file-size limit bites on the export, not on opening the data."""
    conn = sqlite3.connect(db)
    conn.execute("SELECT count(*) FROM pegawai").fetchone()
    yield conn
    conn.close()


FULL_DISK = {
    "bagan.pdf": ("bagan", "ekspor", "-o"),
    "bagan.png": ("bagan", "ekspor", "-o"),
    "sk-draf.pdf": ("dokumen", "sk-tim", "1", "--draf", "-o"),
    "roster.xlsx": ("tim", "roster", "1", "-o"),
    "salinan.sqlite": ("cadangan", "buat", "-o"),
    "pantau.pdf": ("pantau", "ekspor", "-o"),  # issue #11
    "mph.xlsx": ("mph", "ekspor", "-o"),
    "hasil-anggota.pdf": ("laporan", "hasil-anggota", "1", "-o"),
    "paket.skp": ("paket", "ekspor", "-o"),  # issue #12
}


@pytest.mark.slow
@pytest.mark.parametrize("name", FULL_DISK)
def test_a_full_disk_keeps_the_previous_file(db, held_open, tmp_path, name):
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    target = out_dir / name
    good = cli(db, *FULL_DISK[name], str(target))
    assert good.returncode == 0, good.stderr
    before = digest(target)
    assert target.stat().st_size > 6000  # well past the limit below

    proc = cli(db, *FULL_DISK[name], str(target), preexec_fn=disk_full(4000))

    assert proc.returncode == 2, proc.stdout + proc.stderr
    err = proc.stderr
    assert "Traceback" not in err and "Exception ignored" not in err
    assert str(target) in err
    assert "Disk penuh" in err or "disk penuh" in err
    assert "tidak berubah" in err
    assert digest(target) == before
    assert os.listdir(out_dir) == [name]  # no temporary file left


# ---- item 9: killed while writing ----------------------------------------------------------------

_KILLED_MIDWAY = """
import os, sys, time
from reportlab.pdfbase import pdfdoc

def half_then_wait(self, filename, canvas):
    data = self.GetPDFData(canvas)
    with open(filename, "wb") as fh:
        fh.write(data[: len(data) // 2])
        fh.flush()
        os.fsync(fh.fileno())
    print("setengah", flush=True)
    time.sleep(120)

pdfdoc.PDFDocument.SaveToFile = half_then_wait
from sistemkerja_desktop.cli.main import main
sys.exit(main(["--db", sys.argv[1], "bagan", "ekspor", "-o", sys.argv[2]]))
"""


@pytest.mark.slow
def test_an_export_killed_midway_never_replaces_the_file_and_its_temp_is_cleaned_later(
        db, tmp_path):
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    target = out_dir / "bagan.pdf"
    assert cli(db, "bagan", "ekspor", "-o", str(target)).returncode == 0
    before = digest(target)

    with subprocess.Popen([sys.executable, "-c", _KILLED_MIDWAY, str(db), str(target)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=_env(), cwd=ROOT) as child:
        assert child.stdout is not None and child.stderr is not None
        line = child.stdout.readline().strip()
        child.send_signal(signal.SIGKILL)  # no clean-up runs
        child.wait(timeout=30)
        assert line == "setengah", child.stderr.read()
    assert child.returncode == -signal.SIGKILL

    assert digest(target) == before  # the good file was never replaced
    left, = (p for p in out_dir.iterdir() if p.name != "bagan.pdf")
    assert left.name.startswith(".bagan-") and left.suffix == ".pdf"
    assert 0 < left.stat().st_size  # half a PDF, under a hidden temporary name
    # an hour later the next export of that name removes the stale temporary file, but not
    # one a live export (in another window) is writing right now
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(left, (old, old))
    live = out_dir / ".bagan-abcd1234.pdf"
    live.write_bytes(b"")

    assert cli(db, "bagan", "ekspor", "-o", str(target)).returncode == 0
    assert len(PdfReader(target).pages) > 1
    assert sorted(os.listdir(out_dir)) == [live.name, "bagan.pdf"]


# ---- item 9: a read-only folder ------------------------------------------------------------------

@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can reach (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="sistemkerja-keluaran-"))
    path.chmod(0o777)
    yield path
    for folder, dirs, _files in os.walk(path):
        for d in dirs:
            Path(folder, d).chmod(0o777)
    shutil.rmtree(path)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["bagan.pdf", "sk-draf.pdf", "roster.xlsx", "salinan.sqlite",
                                  "pantau.pdf", "mph.xlsx", "hasil-anggota.pdf", "paket.skp"])
def test_a_read_only_folder_is_a_clear_error_and_the_old_file_stays(template, shared_dir, name):
    db_dir = shared_dir / "data"
    db_dir.mkdir()
    db_dir.chmod(0o777)
    db = db_dir / "kantor.sqlite"
    shutil.copy(template, db)
    db.chmod(0o666)
    out_dir = shared_dir / "keluar"
    out_dir.mkdir()
    target = out_dir / name
    args = {**FULL_DISK}[name]
    assert cli(db, *args, str(target)).returncode == 0
    target.chmod(0o644)
    before = digest(target)
    out_dir.chmod(0o555)

    proc = cli(db, *args, str(target), preexec_fn=as_other_user())

    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert f"Folder {out_dir} tidak dapat ditulis" in proc.stderr
    assert digest(target) == before
    assert os.listdir(out_dir) == [name]
