"""A workbook save that fails midway (here: a file-size limit, as a full disk) raises the
OSError for the caller's Indonesian message and prints nothing else on stderr — no "Exception
ignored in <generator …>" from openpyxl's suspended sheet writers — for a normal and a
write-only workbook alike."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

_ANAK = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    import openpyxl
    from sistemkerja_desktop.exporters.xlsx.simpan import simpan
    wb = openpyxl.Workbook(write_only={write_only})
    ws = wb.create_sheet("Data")
    for i in range(20000):
        ws.append([f"baris {{i}}", i, "isi yang cukup panjang " * 3])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))
    try:
        simpan(wb, Path(sys.argv[1]))
    except OSError as exc:
        print("OSError", exc.errno)
        del exc, wb, ws
""")


@pytest.mark.parametrize("write_only", [False, True])
def test_a_failed_save_prints_nothing_but_our_own(tmp_path, write_only):
    proc = subprocess.run([sys.executable, "-c", _ANAK.format(write_only=write_only),
                           str(tmp_path / "x.xlsx")], capture_output=True, text=True, timeout=120)
    assert proc.stdout.startswith("OSError"), proc.stdout + proc.stderr
    assert proc.stderr == ""
