"""`sistemkerja laporan …` (issue #11): a Kapuas Hulu team report walked through kirim → tinjau
--terima with the JSON shapes of the issue; `--oleh` not holding the step and `--kembalikan`
without `--catatan` end with exit 2 naming who may act; `daftar --tanggal` computes lateness at
the date; a member's report to the ketua; the schedule; a subprocess run never shows a
traceback."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_uji import demo_db, run

ROOT = Path(__file__).resolve().parents[2]
DAFTAR_KEYS = {"id", "tim_id", "periode", "jatuh_tempo", "status", "terlambat", "hari_terlambat",
               "menunggu"}


@pytest.fixture
def kh(tmp_path, capsys) -> Path:
    db = demo_db(tmp_path, capsys)
    assert run(capsys, "--db", db, "profil", "pakai", "kapuas-hulu")[0] == 0
    return db


def _json(capsys, *args):
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def _belum(db, capsys, tim: int = 1) -> dict:
    """The earliest ketua period of team `tim` nobody has started (status belum)."""
    rows = _json(capsys, "--db", db, "laporan", "daftar", "--tim", tim, "--json")
    for r in rows:
        assert DAFTAR_KEYS <= set(r)
    belum = [r for r in rows if r["jenis"] == "ketua" and r["id"] is None]
    assert belum, "the demo team has a period without a report"
    return belum[0]


def _tanggal_kirim(row: dict) -> dt.date:
    """On time: the due date, or today when the period is due later."""
    return min(dt.date.fromisoformat(row["jatuh_tempo"]), dt.date.today())


def test_jadwal_lists_the_periods_with_due_dates(kh, capsys):
    rows = _json(capsys, "--db", kh, "laporan", "jadwal", 1, "--json")
    assert rows and {"periode", "mulai", "selesai", "jatuh_tempo"} <= set(rows[0])
    for r in rows:
        assert r["mulai"] <= r["selesai"] < r["jatuh_tempo"]
    code, out, _ = run(capsys, "--db", kh, "laporan", "jadwal", 1)
    assert code == 0 and "JATUH TEMPO" in out and rows[0]["periode"] in out


def test_kh_team_report_kirim_then_terima(kh, capsys):
    row = _belum(kh, capsys)
    when = _tanggal_kirim(row).isoformat()
    sent = _json(capsys, "--db", kh, "laporan", "kirim", 1, "--periode", row["periode"],
                 "--oleh", "199103032017122909", "--progres", "55", "--isi",
                 "Intervensi gizi berjalan di lima desa lokus", "--masalah",
                 "Data penimbangan terlambat", "--rekomendasi", "Validasi data mingguan",
                 "--tanggal", when, "--json")
    assert DAFTAR_KEYS <= set(sent)
    assert sent["status"] == "dikirim" and sent["periode"] == row["periode"]
    assert sent["terlambat"] is False and sent["hari_terlambat"] == 0
    assert sent["progres"] == 55 and sent["permasalahan"] is True
    waiting = sent["menunggu"]
    assert {"peran", "nip"} <= set(waiting)
    # KH Pasal 13 ayat (2): the ketua reports to the PUO (of the unit pemilik kinerja)
    assert waiting["peran"].startswith("Pimpinan Unit Organisasi")
    done = _json(capsys, "--db", kh, "laporan", "tinjau", sent["id"], "--oleh", waiting["nip"],
                 "--terima", "--tanggal", when, "--json")
    assert done["id"] == sent["id"] and done["status"] == "diterima"
    assert done["menunggu"] is None and done["diterima"] == when
    detail = _json(capsys, "--db", kh, "laporan", "detail", sent["id"], "--json")
    assert [h["aksi"] for h in detail["riwayat"]][-2:] == ["kirim", "terima"]
    assert detail["rekomendasi"] == "Validasi data mingguan"
    code, out, _ = run(capsys, "--db", kh, "laporan", "detail", sent["id"])
    assert code == 0 and "Rantai tinjauan" in out and "Validasi data mingguan" in out


def test_wrong_oleh_and_kembalikan_without_catatan_name_who_may_act(kh, capsys):
    row = _belum(kh, capsys)
    when = _tanggal_kirim(row).isoformat()
    sent = _json(capsys, "--db", kh, "laporan", "kirim", 1, "--periode", row["periode"],
                 "--oleh", "199103032017122909", "--isi", "Kegiatan berjalan", "--tanggal",
                 when, "--json")
    holder = sent["menunggu"]["nip"]
    # the ketua himself may not accept his own team's report
    code, out, err = run(capsys, "--db", kh, "laporan", "tinjau", sent["id"], "--oleh",
                         "199103032017122909", "--terima", "--tanggal", when)
    assert code == 2 and out == "" and "Traceback" not in err
    assert holder in err and "Pimpinan Unit Organisasi" in err
    code, _, err = run(capsys, "--db", kh, "laporan", "tinjau", sent["id"], "--oleh", holder,
                       "--kembalikan", "--tanggal", when)
    assert code == 2 and "--catatan" in err and holder in err
    # nothing changed: still waiting for the same holder
    again = _json(capsys, "--db", kh, "laporan", "detail", sent["id"], "--json")
    assert again["status"] == "dikirim" and again["menunggu"]["nip"] == holder
    back = _json(capsys, "--db", kh, "laporan", "tinjau", sent["id"], "--oleh", holder,
                 "--kembalikan", "--catatan", "Lengkapi data desa", "--tanggal", when, "--json")
    assert back["status"] == "perlu-perbaikan"
    assert _json(capsys, "--db", kh, "laporan", "detail", sent["id"],
                 "--json")["catatan"] == "Lengkapi data desa"


def test_terima_and_kembalikan_are_exclusive_and_one_is_required(kh, capsys):
    code, _, err = run(capsys, "--db", kh, "laporan", "tinjau", 1, "--oleh",
                       "199103032017122909")
    assert code == 2 and "--terima" in err
    code, _, err = run(capsys, "--db", kh, "laporan", "tinjau", 1, "--oleh",
                       "199103032017122909", "--terima", "--kembalikan")
    assert code == 2 and "tidak boleh bersama" in err


def test_daftar_tanggal_computes_lateness_at_the_date(kh, capsys):
    row = _belum(kh, capsys)
    due = dt.date.fromisoformat(row["jatuh_tempo"])

    def at(day: dt.date) -> dict:
        rows = _json(capsys, "--db", kh, "laporan", "daftar", "--tim", 1, "--tanggal",
                     day.isoformat(), "--json")
        return next(r for r in rows if r["jenis"] == "ketua" and r["periode"] == row["periode"])

    on_due = at(due)
    assert on_due["status"] == "belum" and on_due["terlambat"] is False
    assert on_due["hari_terlambat"] == 0
    later = at(due + dt.timedelta(days=3))
    assert later["terlambat"] is True and later["hari_terlambat"] == 3
    code, out, _ = run(capsys, "--db", kh, "laporan", "daftar", "--tim", 1, "--tanggal",
                       (due + dt.timedelta(days=3)).isoformat())
    assert code == 0 and "3h" in out and "terlambat" in out


def test_daftar_status_filter(kh, capsys):
    rows = _json(capsys, "--db", kh, "laporan", "daftar", "--status", "diterima", "--json")
    assert all(r["status"] == "diterima" for r in rows)
    code, _, err = run(capsys, "--db", kh, "laporan", "daftar", "--status", "selesai")
    assert code == 2 and "pilihan tidak dikenal" in err


def test_member_report_goes_to_the_ketua(kh, capsys):
    member = "198708182013121910"  # an anggota of demo team 1
    rows = _json(capsys, "--db", kh, "laporan", "daftar", "--tim", 1, "--pelapor", member,
                 "--json")
    belum = [r for r in rows if r["jenis"] == "anggota" and r["id"] is None]
    assert belum
    when = _tanggal_kirim(belum[0]).isoformat()
    sent = _json(capsys, "--db", kh, "laporan", "kirim", 1, "--periode", belum[0]["periode"],
                 "--oleh", member, "--progres", "30", "--isi", "Menimbang 420 balita",
                 "--tanggal", when, "--json")
    assert sent["jenis"] == "anggota" and sent["menunggu"]["peran"] == "Ketua Tim Kerja"
    assert sent["menunggu"]["nip"] == "199103032017122909"
    todo = _json(capsys, "--db", kh, "laporan", "daftar", "--untuk", "199103032017122909",
                 "--tanggal", when, "--json")
    assert any(t["id"] == sent["id"] and t["tindakan"] == "tinjau" for t in todo)


def test_kirim_needs_a_period_and_valid_content(kh, capsys):
    code, _, err = run(capsys, "--db", kh, "laporan", "kirim", 1, "--oleh",
                       "199103032017122909", "--isi", "x")
    assert code == 2 and "--periode" in err
    code, _, err = run(capsys, "--db", kh, "laporan", "kirim", 1, "--periode", "1", "--oleh",
                       "199103032017122909", "--progres", "140")
    assert code == 2 and "0–100" in err
    row = _belum(kh, capsys)
    code, _, err = run(capsys, "--db", kh, "laporan", "kirim", 1, "--periode", row["periode"],
                       "--oleh", "199103032017122909", "--isi", "x", "--masalah", "y",
                       "--tanggal", _tanggal_kirim(row).isoformat())
    assert code == 2 and "rekomendasi" in err and "Traceback" not in err
    assert _belum(kh, capsys)["periode"] == row["periode"]  # nothing saved


def test_minta_refused_for_a_role_the_profile_does_not_allow(kh, capsys):
    code, _, err = run(capsys, "--db", kh, "laporan", "minta", 1, "--oleh",
                       "199103032017122909", "--ketua", "--batas", "2026-12-20")
    assert code == 2 and "Traceback" not in err and err.strip()


def test_subprocess_runs_without_traceback(kh):
    def sk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db",
                               str(kh), *args], capture_output=True, text=True, timeout=120,
                              cwd=ROOT, check=False)

    done = sk("laporan", "daftar", "--json")
    assert done.returncode == 0, done.stderr
    assert isinstance(json.loads(done.stdout), list)
    for args in (("laporan", "tinjau", "999999", "--oleh", "199103032017122909", "--terima"),
                 ("laporan", "jadwal", "999999"),
                 ("laporan", "tinjau", "1", "--oleh", "199103032017122909", "--kembalikan")):
        bad = sk(*args)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr
        assert bad.stderr.startswith("sistemkerja")


def test_selesai_only_by_the_closing_official_and_only_when_every_report_is_accepted(kh, capsys):
    # Demo team 1 (Bidang Kesehatan Masyarakat) under Kapuas Hulu: the Pejabat Level 1 (the
    # Kepala Dinas, Lampiran I huruf A angka 3) closes; the ketua may not; months not accepted
    # are listed. Nothing changes either way.
    kadis, ketua = "197103141999031901", "199103032017122909"
    code, _, err = run(capsys, "--db", kh, "laporan", "selesai", "1", "--oleh", ketua)
    assert code == 2 and "Traceback" not in err
    assert "Pejabat Level 1" in err and kadis in err and "Lampiran I A.3" in err
    code, _, err = run(capsys, "--db", kh, "laporan", "selesai", "1", "--oleh", kadis)
    assert code == 2 and "belum dapat dinyatakan selesai" in err and "Desember 2026" in err
    tim = _json(capsys, "--db", kh, "tim", "daftar", "--json")
    assert next(t for t in tim if t["id"] == 1)["status"] == "aktif"


def test_daftar_status_terlambat_lists_what_is_late_at_the_date(kh, capsys):
    late = _json(capsys, "--db", kh, "laporan", "daftar", "--status", "terlambat", "--tanggal",
                 "2026-12-06", "--json")
    assert late and all(r["terlambat"] and r["hari_terlambat"] > 0 for r in late)
    every = _json(capsys, "--db", kh, "laporan", "daftar", "--tanggal", "2026-12-06", "--json")
    assert [r for r in every if r["terlambat"]] == late
