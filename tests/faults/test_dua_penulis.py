"""Issue #8 item 4: two writers on one data file, as real processes.

- two `kedudukan pindah` of one person started at the same instant (both wait on a barrier
  file) → one open kedudukan, no date with two, both exits meaningful (0, or 2 with a message);
- a pegawai edit (the form: loaded, then saved) racing an import → the import is not silently
  reverted: the edit that loaded the older version gets the conflict message;
- two processes each making 50 moves → integrity ok, no overlaps, one audit row per record.

The database is read back with `sqlite3` itself (psycopg on a PostgreSQL server, where the
same races run against the server's write lock), not through the code under test.
"""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
import time
from pathlib import Path

import pytest
from gangguan import ROOT, _env, cli, integrity, query

pytestmark = pytest.mark.slow

FAJAR = "198708182013121910"  # Fajar Nugroho: under Kepala Bidang Kesehatan Masyarakat
DADANG = "197904302006011938"  # the demo's deliberate legacy double kedudukan
RATNA = "198001172006042904"  # drg. Ratna: Kepala Bidang Pelayanan Kesehatan
KADIS = "197103141999031901"  # Kepala Dinas Kesehatan
# PPK seats, holders by NIP: each round moves to two seats neither of which holds them now
SEATS = (KADIS, RATNA, "197605122002121933", "197810032004032934")  # + Kabid P2P, Kabid SDK
# JF and Pelaksana any of whom may sit under either: moved together, one move's write phase is
# long enough for the other process to read in between (were reads outside its transaction).
BERSAMA = ("198209092009021905", "198804122014032906", "199201202019031907",
           "199007252018032908", "199103032017122909", "198708182013121910",
           "199305142020122911", "198909272015032912", "198511022011011913",
           "199402082020121914", "198606102010032915", "197404191998031916",
           "197909232005012917", "199503162022081918", "198702012015032919",
           "199307062021031920", "198808302014032921", "198401152009121922",
           "198305282008122923", "199602212019122924", "199108112017032925",
           "199204192018121926", "199709132021032927", "198112072010011928",
           "199405172023212929", "199003042024211930", "199808222025211931",
           "199601092024212932", "198906212014032936", "199309142019032939",
           "199501252020121940", "197212051998032941", "199107192015031942",
           "199603022022082943", "199012072015032938", "198310242011031906",
           "200002052022012944", "199507192019122946", "199208272022041915",
           "199902282025062965")

# Waits for the barrier file, then runs the CLI in this (already started, already imported)
# process: both processes leave the barrier within a millisecond of each other.
_BARRIER_CLI = """
import sys, time
from pathlib import Path
from sistemkerja_desktop.cli.main import main
go = Path(sys.argv[1])
Path(sys.argv[2]).touch()
while not go.exists():
    time.sleep(0.0005)
sys.exit(main(sys.argv[3:]))
"""


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT)


def _wait_for(path: Path, procs: list[subprocess.Popen[str]]) -> None:
    while not path.exists():
        for p in procs:
            if p.poll() is not None:
                raise AssertionError(f"process ended early: {p.communicate()}")
        time.sleep(0.01)


def _kedudukan(db: Path | str, nip: str) -> list[tuple[str, str | None]]:
    return query(db, "SELECT k.tmt_mulai, k.tmt_selesai FROM kedudukan k JOIN pegawai p "
                     "ON p.id = k.pegawai_id WHERE p.nip = ? ORDER BY k.id", (nip,))


def _in_force(rows: list[tuple[str, str | None]]) -> list[tuple[dt.date, dt.date]]:
    """(mulai, selesai) of the rows ever in force (a row ended before it starts is a record
    annulled by a correction)."""
    out = []
    for mulai, selesai in rows:
        a = dt.date.fromisoformat(mulai)
        b = dt.date.fromisoformat(selesai) if selesai else dt.date.max
        if b >= a:
            out.append((a, b))
    return out


def _overlaps(rows: list[tuple[str, str | None]]) -> list[tuple[dt.date, dt.date]]:
    spans = sorted(_in_force(rows))
    return [(a, b) for (a, b), (c, _d) in itertools.pairwise(spans) if c <= b]


def test_two_moves_of_one_person_at_once_leave_one_kedudukan(head_db: Path, tmp_path: Path):
    for round_ in range(4):  # several rounds: each a real race (neither target is a no-op)
        go, ready = tmp_path / f"go{round_}", [tmp_path / f"siap{round_}{i}" for i in (0, 1)]
        targets = SEATS[2 * round_ % 4], SEATS[(2 * round_ + 1) % 4]
        procs = [_start(_BARRIER_CLI, str(go), str(ready[i]), "--db", str(head_db),
                        "kedudukan", "pindah", *BERSAMA, "--ppk", ppk)
                 for i, ppk in enumerate(targets)]
        for r in ready:
            _wait_for(r, procs)
        go.touch()
        results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
        for out, err, code in results:
            assert "Traceback" not in err
            assert code == 0 and "dipindahkan" in out or code == 2 and err.strip(), (out, err)
        assert any(code == 0 for _o, _e, code in results)
        for nip in BERSAMA:
            rows = _kedudukan(head_db, nip)
            assert sum(1 for _m, selesai in rows if selesai is None) == 1, (nip, rows)
            assert _overlaps(rows) == [], (nip, rows)
    assert integrity(head_db) == "ok"


# The pegawai form in a process: load the pegawai (with its versi), let the import run, then
# save an edit of another field — as a user who opened the form before the import.
_FORM = """
import dataclasses, sys, time
from pathlib import Path
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.container import build_services
svc = build_services(sys.argv[1])
shown = next(p for p in svc.agency.struktur().pegawai if p.nip == sys.argv[2])
Path(sys.argv[3]).touch()
while not Path(sys.argv[4]).exists():
    time.sleep(0.01)
try:
    svc.pegawai.save(dataclasses.replace(shown, telepon="0812 0000 1111"))
except SistemKerjaError as exc:
    print(exc.message, file=sys.stderr)
    sys.exit(2)
print("disimpan")
"""


def test_a_form_edit_racing_an_import_does_not_revert_it(head_db: Path, tmp_path: Path):
    import openpyxl

    xlsx = tmp_path / "duk.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["NIP", "NAMA", "GOL", "JABATAN", "JENIS JABATAN", "UNIT KERJA",
                      "NIP ATASAN"])
    wb.active.append([DADANG, "Dadang Supriatna Hasil Impor", "III/a",
                      "Pengadministrasi Perkantoran", "Pelaksana", "", ""])
    wb.save(xlsx)
    loaded, imported = tmp_path / "dimuat", tmp_path / "diimpor"
    form = _start(_FORM, str(head_db), DADANG, str(loaded), str(imported))
    _wait_for(loaded, [form])
    imp = cli(head_db, "pegawai", "impor", str(xlsx))
    assert imp.returncode == 0, imp.stderr
    imported.touch()
    out, err = form.communicate(timeout=120)
    assert form.returncode == 2 and "diubah di tempat lain" in err and "muat ulang" in err, \
        (out, err)
    assert "Traceback" not in err
    [(nama, telepon)] = query(head_db, "SELECT nama, telepon FROM pegawai WHERE nip = ?",
                              (DADANG,))
    assert nama == "Dadang Supriatna Hasil Impor"  # the import's change survived
    assert telepon != "0812 0000 1111"  # and the stale form saved nothing


_MOVER = """
import sys
from pathlib import Path
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.container import build_services
svc = build_services(sys.argv[1])
struktur = svc.agency.struktur()
pegawai = svc.kedudukan.pegawai_ids([sys.argv[2]], struktur)
seats = [svc.kedudukan.ppk_position(n, struktur=struktur) for n in sys.argv[3:5]]
Path(sys.argv[5]).touch()
while not Path(sys.argv[6]).exists():
    pass
moves = refused = 0
for i in range(50):
    try:
        hasil, _ = svc.kedudukan.pindah(pegawai, seats[i % 2])
    except SistemKerjaError as exc:
        refused += 1
        print(exc.message, file=sys.stderr)
        continue
    moves += len(hasil.catatan)
print(moves, refused)
"""


def test_two_processes_making_fifty_moves_each_keep_the_file_consistent(head_db: Path,
                                                                        tmp_path: Path):
    def count(sql: str) -> int:
        return int(query(head_db, sql)[0][0])

    rows_before = count("SELECT count(*) FROM kedudukan")
    audit_before = count("SELECT count(*) FROM audit_log WHERE tabel = 'kedudukan' AND "
                         "aksi = 'tambah'")
    go = tmp_path / "go"
    ready = [tmp_path / "siap0", tmp_path / "siap1"]
    procs = [_start(_MOVER, str(head_db), FAJAR, *seats, str(ready[i]), str(go))
             for i, seats in enumerate(((RATNA, KADIS), (KADIS, RATNA)))]
    for r in ready:
        _wait_for(r, procs)
    go.touch()
    moves = 0
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0 and "Traceback" not in err, (out, err)
        done, refused = (int(x) for x in out.split())
        assert refused == 0, err
        moves += done
    assert moves >= 50  # a move to where he already is changes nothing
    assert integrity(head_db) == "ok"
    rows = _kedudukan(head_db, FAJAR)
    assert _overlaps(rows) == [] and sum(1 for _m, s in rows if s is None) == 1
    assert count("SELECT count(*) FROM kedudukan") == rows_before + moves  # nothing deleted
    assert count("SELECT count(*) FROM audit_log WHERE tabel = 'kedudukan' AND "
                 "aksi = 'tambah'") == audit_before + moves
    assert count("SELECT count(*) FROM audit_log WHERE tabel = 'kedudukan' AND "
                 "aksi = 'hapus'") == 0
    unaudited = count("SELECT count(*) FROM kedudukan k WHERE NOT EXISTS (SELECT 1 FROM "
                      "audit_log a WHERE a.record_uuid = k.uuid AND a.aksi = 'tambah')")
    assert unaudited == 0
