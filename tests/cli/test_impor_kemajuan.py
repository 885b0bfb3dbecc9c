"""cli.impor_kemajuan: reading a large sheet prints a line every few seconds; a quick read
prints nothing (issue #8 item 5)."""

from __future__ import annotations

import io

from sistemkerja_desktop.cli.impor_kemajuan import LaporanBaca


class Jam:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_quiet_while_the_read_is_quick() -> None:
    jam, out = Jam(), io.StringIO()
    laporan = LaporanBaca("daftar.xlsx", clock=jam, stream=out)
    for rows in range(1000, 20_001, 1000):
        jam.now += 0.1  # 2 s for 20,000 rows
        laporan(rows, 20_000)
    assert out.getvalue() == "" and laporan.lines == 0


def test_a_line_every_interval_on_a_long_read() -> None:
    jam, out = Jam(), io.StringIO()
    laporan = LaporanBaca("daftar.xlsx", clock=jam, stream=out)
    for rows in range(1000, 100_001, 1000):
        jam.now += 0.25  # 25 s for 100,000 rows
        laporan(rows, 100_003 if rows < 100_000 else 0)
    lines = out.getvalue().splitlines()
    assert lines[0] == "daftar.xlsx: membaca baris 12.000 dari ±100.003 …"
    assert lines[1] == "daftar.xlsx: membaca baris 24.000 dari ±100.003 …"
    assert len(lines) == 8 == laporan.lines  # every 3 s of 25 s
    assert lines[-1] == "daftar.xlsx: membaca baris 96.000 dari ±100.003 …"


def test_unknown_total_is_not_shown() -> None:
    jam, out = Jam(), io.StringIO()
    laporan = LaporanBaca("daftar.xlsx", clock=jam, stream=out)
    jam.now += 5
    laporan(40_000, 0)
    assert out.getvalue() == "daftar.xlsx: membaca baris 40.000 …\n"
