"""`sistemkerja dokumen surat-permohonan|surat-jawaban|surat-penugasan ID -o FILE.pdf`: the
letters of a permohonan penugasan from the command line (exit 0 / 2, Indonesian messages, the
PDF read back, the register)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from cli_uji import run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from dokumen_uji import NIP, bangun  # noqa: E402
from dokumen_uji import teks_pdf as teks  # noqa: E402

from sistemkerja_desktop.services.container import build_services  # noqa: E402

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def berkas(tmp_path) -> tuple[Path, int]:
    """A Kapuas Hulu data file with one lintas-unit request (its id)."""
    db = tmp_path / "kh.sqlite"
    svc = build_services(db, create=True, today=lambda: TODAY)
    try:
        bangun(svc, "kapuas-hulu")
        r, _ = svc.penugasan.ajukan(
            jenis="penunjukan", lingkup="lintas-unit", pegawai_nip=[NIP["setuju"]],
            oleh_nip=NIP["kabid_pel"], unit_tujuan="Bidang Program",
            maksud="Penyusunan profil kesehatan", kompetensi="Analisis data",
            target="Profil terbit Juni 2027", mulai=dt.date(2027, 1, 4),
            selesai=dt.date(2027, 6, 30))
    finally:
        svc.close()
    return db, r.id


def test_draft_then_final_then_reprint(berkas, tmp_path, capsys):
    db, pid = berkas
    out = tmp_path / "draf.pdf"
    code, stdout, _ = run(capsys, "--db", db, "dokumen", "surat-permohonan", pid, "-o", out,
                          "--draf")
    assert code == 0 and "Draf Surat Permohonan Penugasan (langkah 1) ditulis" in stdout
    assert "DRAF" in teks(out)
    final = tmp_path / "permohonan.pdf"
    code, stdout, _ = run(capsys, "--db", db, "dokumen", "surat-permohonan", pid, "-o", final,
                          "--tanggal", "2026-12-01")
    assert code == 0, stdout
    assert "nomor 800.1/1/DU/2026 (langkah 1) diterbitkan" in stdout
    text = teks(final)
    assert "Uji, 1 Desember 2026" in text and "Nomor : 800.1/1/DU/2026" in text
    assert "Yth. Kepala Bidang Program Dinas Uji" in text and "DRAF" not in text
    code, stdout, _ = run(capsys, "--db", db, "dokumen", "surat-permohonan", pid, "-o",
                          tmp_path / "lagi.pdf")
    assert code == 0 and "nomor 800.1/1/DU/2026 (langkah 1) dicetak ulang" in stdout
    code, stdout, _ = run(capsys, "--db", db, "dokumen", "register", "--jenis",
                          "surat-permohonan", "--json")
    rows = json.loads(stdout)
    assert code == 0 and [r["nomor"] for r in rows] == ["800.1/1/DU/2026"]
    assert rows[0]["status"] == "terbit" and rows[0]["tanggal"] == "2026-12-01"
    code, stdout, _ = run(capsys, "--db", db, "penugasan", "riwayat", pid, "--json")
    assert json.loads(stdout)[0]["surat_nomor"] == "800.1/1/DU/2026"


def test_not_ready_and_bad_output_exit_2_without_a_number(berkas, tmp_path, capsys):
    db, pid = berkas
    code, _, stderr = run(capsys, "--db", db, "dokumen", "surat-penugasan", pid, "-o",
                          tmp_path / "st.pdf")
    assert code == 2 and "Naskah belum siap dicetak final" in stderr
    assert "masih menunggu langkah 1" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "st.pdf").exists()
    size = db.stat().st_size
    code, _, stderr = run(capsys, "--db", db, "dokumen", "surat-permohonan", pid, "-o", db)
    assert code == 2 and "sistemkerja:" in stderr and db.stat().st_size == size
    code, stdout, _ = run(capsys, "--db", db, "dokumen", "register", "--json")
    assert json.loads(stdout) == []
    code, _, stderr = run(capsys, "--db", db, "dokumen", "surat-jawaban", 999, "-o",
                          tmp_path / "j.pdf")
    assert code == 2 and "#999 tidak ditemukan" in stderr


def test_refusal_letter_from_the_command_line(berkas, tmp_path, capsys):
    db, pid = berkas
    assert run(capsys, "--db", db, "penugasan", "setujui", pid, "--oleh", NIP["kabid_pel"])[0] \
        == 0
    assert run(capsys, "--db", db, "penugasan", "tolak", pid, "--oleh", NIP["kabid_prog"],
               "--alasan", "beban kerja penuh")[0] == 0
    out = tmp_path / "tolak.pdf"
    code, stdout, _ = run(capsys, "--db", db, "dokumen", "surat-jawaban", pid, "-o", out,
                          "--tanggal", "2027-01-05")
    assert code == 0 and "Surat Jawaban Permohonan Penugasan nomor 800.1/1/DU/2027" in stdout
    text = teks(out)
    assert "tidak dapat kami setujui dengan alasan sebagai berikut: beban kerja penuh" in text
