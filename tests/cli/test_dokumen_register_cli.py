"""`sistemkerja dokumen register | lanjutkan | batalkan` (issue #8 item 3): the register with
each number's status, an interrupted issuance finished with the same number or voided with a
required reason; bad input exits 2 without a traceback."""

from __future__ import annotations

import json

import pytest
from cli_uji import demo_db, run
from pypdf import PdfReader

from sistemkerja_desktop.domain.errors import StorageError
from sistemkerja_desktop.services.document_service import DocumentService


@pytest.fixture
def db(tmp_path, capsys):
    return demo_db(tmp_path, capsys)


@pytest.fixture
def interrupted(db, tmp_path, capsys, monkeypatch):
    """An SK of team 1 whose PDF failed (disk full): its number stays *belum selesai*."""
    real = DocumentService._write

    def full(*_args):
        raise StorageError("Disk penuh")

    monkeypatch.setattr(DocumentService, "_write", full)
    code, out, err = run(capsys, "--db", db, "dokumen", "sk-tim", "1", "-o", tmp_path / "sk.pdf",
                         "--tanggal", "2026-07-16")
    monkeypatch.setattr(DocumentService, "_write", real)
    assert code == 2 and out == "" and "Traceback" not in err
    assert "Disk penuh" in err and "Nomor 100.3.3/1/Dinkes/2026 sudah dipesan" in err
    assert "sistemkerja dokumen lanjutkan" in err
    return "100.3.3/1/Dinkes/2026"


def test_register_lists_status_and_resume_finishes_with_the_same_number(
        capsys, db, tmp_path, interrupted):
    code, out, _ = run(capsys, "--db", db, "dokumen", "register", "--json")
    assert code == 0
    assert json.loads(out) == [{
        "nomor": interrupted, "jenis": "sk-kepala-pd", "tanggal": "2026-07-16",
        "perihal": "Keputusan Kepala Perangkat Daerah: Tim Kerja Percepatan Penurunan Stunting "
                   "Tahun 2026", "status": "belum_selesai", "alasan": "",
        "berkas": str(tmp_path / "sk.pdf")}]
    code, out, _ = run(capsys, "--db", db, "dokumen", "register")
    assert code == 0 and "belum selesai" in out and "1 belum selesai" in out

    code, _, err = run(capsys, "--db", db, "dokumen", "sk-tim", "1", "-o", tmp_path / "lain.pdf")
    assert code == 2 and interrupted in err and not (tmp_path / "lain.pdf").exists()
    assert f'sistemkerja dokumen batalkan "{interrupted}" --alasan' in err

    code, out, err = run(capsys, "--db", db, "dokumen", "lanjutkan", interrupted, "-o",
                         tmp_path / "sk.pdf")
    assert code == 0, err
    assert out.startswith(f"Keputusan Kepala Perangkat Daerah nomor {interrupted} diterbitkan")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "sk.pdf").pages)
    assert interrupted in text and "16 Juli 2026" in text
    code, out, _ = run(capsys, "--db", db, "dokumen", "register", "--json")
    assert [r["status"] for r in json.loads(out)] == ["terbit"]
    code, _, err = run(capsys, "--db", db, "dokumen", "lanjutkan", interrupted, "-o",
                       tmp_path / "lagi.pdf")
    assert code == 2 and "sudah terbit" in err and not (tmp_path / "lagi.pdf").exists()


def test_batalkan_needs_a_reason_and_the_number_is_never_reused(capsys, db, tmp_path,
                                                                 interrupted):
    code, _, err = run(capsys, "--db", db, "dokumen", "batalkan", interrupted)
    assert code == 2 and "--alasan" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db, "dokumen", "batalkan", interrupted, "--alasan", "")
    assert code == 2 and "Alasan pembatalan nomor wajib diisi" in err
    code, out, err = run(capsys, "--db", db, "dokumen", "batalkan", interrupted, "--alasan",
                         "salah perihal")
    assert code == 0 and f"Nomor {interrupted} dibatalkan (salah perihal)" in out
    code, out, _ = run(capsys, "--db", db, "dokumen", "register", "--json", "--jenis",
                       "sk-kepala-pd", "--tahun", "2026")
    [row] = json.loads(out)
    assert (row["status"], row["alasan"]) == ("batal", "salah perihal")
    code, out, _ = run(capsys, "--db", db, "dokumen", "sk-tim", "1", "-o", tmp_path / "b.pdf",
                       "--tanggal", "2026-07-16")
    assert code == 0 and "100.3.3/2/Dinkes/2026" in out
    code, _, err = run(capsys, "--db", db, "dokumen", "sk-tim", "2", "-o", tmp_path / "c.pdf",
                       "--nomor", interrupted)
    assert code == 2 and "sudah terdaftar" in err and not (tmp_path / "c.pdf").exists()


@pytest.mark.parametrize("args, message", [
    (("sk-tim", "99999999999999999999999", "-o", "x.pdf"), "terlalu besar"),
    (("surat-tugas", "-5", "-o", "x.pdf"), "TIM_ID"),
    (("surat-tugas", "9223372036854775807", "-o", "x.pdf"), "tidak ditemukan"),
    (("register", "--tahun", "99999999999999999999"), "tahun"),
    (("lanjutkan", "1/2/3", "-o", "x.pdf"), "tidak ada di register"),
    (("batalkan", "1/2/3", "--alasan", "x"), "tidak ada di register"),
])
def test_bad_input_exits_2_without_a_traceback(capsys, db, tmp_path, args, message):
    args = [str(tmp_path / a) if a == "x.pdf" else a for a in args]
    code, _, err = run(capsys, "--db", db, "dokumen", *args)
    assert code == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_database_is_refused_as_output_and_takes_no_number(capsys, db):
    code, _, err = run(capsys, "--db", db, "dokumen", "surat-tugas", "1", "-o", db)
    assert code == 2 and "Tidak ada yang ditulis" in err
    code, out, _ = run(capsys, "--db", db, "dokumen", "register", "--json")
    assert json.loads(out) == []
