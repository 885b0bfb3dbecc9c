"""`exporters.files` (issue #8 items 1 and 9): the helpers every output goes through."""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from pathlib import Path

import pytest

from sistemkerja_desktop.domain.errors import StorageError, ValidationError
from sistemkerja_desktop.exporters import files
from sistemkerja_desktop.exporters.files import (
    STALE_TEMP_SECONDS,
    atomic_output,
    check_output_path,
    remove_stale_temps,
    storage_error,
    write_bytes_atomic,
)


@pytest.mark.parametrize(("code", "expected"), [
    (errno.ENOSPC, "Disk penuh: berkas {path} tidak dapat ditulis"),
    (errno.EFBIG, "Disk penuh: berkas {path} tidak dapat ditulis"),
    (errno.EACCES, ("Folder {folder} tidak dapat ditulis (tidak ada izin), atau berkas x.pdf "
                    "sedang dibuka di aplikasi lain")),
    (errno.EPERM, "Folder {folder} tidak dapat ditulis (tidak ada izin)"),
    (errno.EROFS, "Folder {folder} tidak dapat ditulis: disk hanya-baca"),
    (errno.ENAMETOOLONG, "Nama berkas {path} terlalu panjang"),
    (errno.EIO, "Berkas {path} tidak dapat ditulis: Input/output error."),
])
def test_os_errors_become_indonesian_messages_naming_the_file(tmp_path, code, expected):
    path = tmp_path / "x.pdf"
    exc = storage_error(path, OSError(code, os.strerror(code)))
    assert isinstance(exc, StorageError)
    assert exc.message.startswith(expected.format(path=path, folder=tmp_path))
    assert exc.message.endswith("Tidak ada berkas yang ditulis.")
    path.write_bytes(b"lama")
    assert storage_error(path, OSError(code, "x")).message.endswith(
        "Berkas lama dengan nama itu tidak berubah.")


def test_a_missing_folder_is_named(tmp_path):
    path = tmp_path / "tidak-ada" / "x.pdf"
    message = storage_error(path, FileNotFoundError(errno.ENOENT, "No such file")).message
    assert message.startswith(f"Folder {path.parent} tidak ada")


def test_an_os_error_inside_the_block_names_the_target_and_removes_the_temp(tmp_path):
    target = tmp_path / "bagan.pdf"
    target.write_bytes(b"lama")
    with pytest.raises(StorageError) as info, atomic_output(target, ".pdf") as tmp:
        tmp.write_bytes(b"setengah")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert info.value.message.startswith(f"Disk penuh: berkas {target}")
    assert target.read_bytes() == b"lama"
    assert os.listdir(tmp_path) == ["bagan.pdf"]


def test_a_nested_writers_temp_files_are_removed_and_its_message_renamed(tmp_path):
    """A writer that itself writes through a temporary file named after ours (the naskah PDFs):
    its leftovers go with ours, and its message names the file the user chose."""
    target = tmp_path / "sk.pdf"
    with pytest.raises(StorageError) as info, atomic_output(target, ".pdf") as tmp:
        inner = tmp.with_name(f".{tmp.stem}-abcdefgh.tmp")
        inner.write_bytes(b"setengah")
        tmp.with_name(tmp.name + "-journal").write_bytes(b"")
        cause = OSError(errno.ENOSPC, "No space left on device")
        raise StorageError(f"Berkas {tmp} tidak dapat ditulis") from cause
    assert str(target) in info.value.message and tmp.name not in info.value.message
    assert os.listdir(tmp_path) == []


def test_outputs_are_readable_by_others_and_a_missing_folder_is_made(tmp_path):
    target = tmp_path / "baru" / "draf.eml"
    write_bytes_atomic(target, b"isi", ".eml")
    assert target.read_bytes() == b"isi"
    assert target.stat().st_mode & 0o777 == files.FILE_MODE


def test_stale_temporary_files_of_that_name_only_are_removed(tmp_path):
    target = tmp_path / "bagan.pdf"
    old = time.time() - STALE_TEMP_SECONDS - 1
    stale = tmp_path / ".bagan-k3j_9x2a.pdf"
    fresh = tmp_path / ".bagan-zz00zz00.pdf"  # a live export in another window
    other_name = tmp_path / ".roster-k3j_9x2a.pdf"
    other_suffix = tmp_path / ".bagan-k3j_9x2a.xlsx"
    users_file = tmp_path / ".bagan-catatan-saya.pdf"
    for p in (stale, fresh, other_name, other_suffix, users_file):
        p.write_bytes(b"x")
    for p in (stale, other_name, other_suffix, users_file):
        os.utime(p, (old, old))
    write_bytes_atomic(target, b"%PDF", ".pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["bagan.pdf", fresh.name, other_name.name, other_suffix.name, users_file.name])
    assert remove_stale_temps(target, ".pdf", now=time.time() + STALE_TEMP_SECONDS + 5) == [
        fresh]


def test_a_name_too_long_to_look_up_is_a_validation_error(tmp_path):
    with pytest.raises(ValidationError) as info:
        check_output_path(tmp_path / ("n" * 300 + ".pdf"))
    assert "terlalu panjang" in info.value.message


def test_a_copy_may_replace_an_older_copy_but_never_the_protected_file(tmp_path):
    db = tmp_path / "kantor.sqlite"
    older = tmp_path / "salinan.sqlite"
    for path in (db, older):
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    check_output_path(older, protected=(db,), allow_database=True)
    for refused in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{older}-wal")):
        with pytest.raises(ValidationError):
            check_output_path(refused, protected=(db,), allow_database=True)
    with pytest.raises(ValidationError):
        check_output_path(older, protected=(db,))  # not a copy: a data file


@pytest.mark.gui
def test_a_png_is_written_whole_or_not_at_all(qtbot, tmp_path, monkeypatch):
    """`render.bagan_png.write_png` (the chart PNG and the canvas's *Simpan tampilan*)."""
    from PySide6.QtGui import QColor, QImage

    from sistemkerja_desktop.render.bagan_png import write_png

    image = QImage(40, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor("#336699"))
    target = tmp_path / "bagan.png"
    write_png(image, target)
    assert QImage(str(target)).size() == image.size()
    before = target.read_bytes()

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full)
    with pytest.raises(StorageError) as info:
        write_png(QImage(80, 80, QImage.Format.Format_ARGB32), target)
    assert info.value.message.startswith(f"Disk penuh: berkas {target}")
    assert target.read_bytes() == before
    assert os.listdir(tmp_path) == ["bagan.png"]
    monkeypatch.undo()

    data = tmp_path / "kantor.png"
    conn = sqlite3.connect(data)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ValidationError):
        write_png(image, data)
    with pytest.raises(ValidationError):
        write_png(image, tmp_path / "lain.png", protected=(tmp_path / "lain.png",))
    assert sorted(os.listdir(tmp_path)) == ["bagan.png", "kantor.png"]
