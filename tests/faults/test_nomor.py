"""Issue #8 item 3: an official number is never issued twice.

A process issuing a final Surat Tugas/SK is SIGKILLed at each point of the issuance — after the
number is reserved but before the PDF is written, after the PDF is written but before the final
commit, and inside the final transaction — and then the office carries on with the CLI: the
next letter gets another number, the interrupted one is listed *belum selesai* and is resumed
(same number and date) or voided (with a reason). Two processes issuing at once get distinct
numbers. On the old code (number, PDF and commit in one transaction) the letter after a kill
carried the killed letter's number.
"""

from __future__ import annotations

import json
import re
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from gangguan import cli, integrity, python, query
from pypdf import PdfReader

pytestmark = pytest.mark.slow

TANGGAL = "2026-07-16"

# The child patches one point of the issuance to SIGKILL itself there.
_KILL = textwrap.dedent("""
    import datetime as dt, os
    from pathlib import Path
    from sistemkerja_desktop.services.container import build_services
    from sistemkerja_desktop.services.document_service import DocumentService

    point, db, out = {args}
    real_write = DocumentService._write
    real_mark = getattr(DocumentService, "_tandai_terbit", None)  # absent before issue #8

    def write(self, k, jenis, path, draf, invariant):
        if point == "sebelum_pdf":
            os.kill(os.getpid(), 9)
        pages = real_write(self, k, jenis, path, draf, invariant)
        if point == "setelah_pdf":
            os.kill(os.getpid(), 9)
        return pages

    def mark(s, register_id, path):
        real_mark(s, register_id, path)
        s.flush()  # the UPDATE is sent; the commit never comes
        os.kill(os.getpid(), 9)

    DocumentService._write = write
    if point == "transaksi_akhir":
        DocumentService._tandai_terbit = staticmethod(mark)
    svc = build_services(db)
    {call}
    print("SELESAI TANPA DIBUNUH")
""")


def _killed(point: str, db: Path | str, out: Path, call: str) -> None:
    code = _KILL.format(args=repr((point, str(db), str(out))), call=call)
    proc = python(code)
    assert proc.returncode == -9, (proc.returncode, proc.stdout, proc.stderr)


def _st(tim_id: int) -> str:
    return (f"svc.dokumen.cetak_surat_tugas({tim_id}, Path(out), "
            f"tanggal=dt.date.fromisoformat({TANGGAL!r}))")


def _nomor_in(pdf: Path) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    found = re.search(r"NOMOR\s*:?\s*(\S+/\d{4})", text)
    assert found, text[:300]
    return found.group(1)


def _register(db: Path | str) -> dict[str, dict[str, str]]:
    proc = cli(db, "dokumen", "register", "--json")
    assert proc.returncode == 0, proc.stderr
    return {r["nomor"]: r for r in json.loads(proc.stdout)}


def _issue(db: Path | str, kind: str, tim_id: int, out: Path) -> str:
    proc = cli(db, "dokumen", kind, str(tim_id), "-o", str(out), "--tanggal", TANGGAL)
    assert proc.returncode == 0, proc.stderr
    nomor = _nomor_in(out)
    assert f"nomor {nomor} diterbitkan" in proc.stdout
    return nomor


def test_kill_after_the_pdf_is_written_never_gives_its_number_again(head_db, tmp_path):
    killed_pdf = tmp_path / "st-dibunuh.pdf"
    _killed("setelah_pdf", head_db, killed_pdf, _st(1))
    killed = _nomor_in(killed_pdf)  # the letter exists on disk with this number

    nxt = _issue(head_db, "surat-tugas", 3, tmp_path / "st-berikut.pdf")
    assert nxt != killed
    reg = _register(head_db)
    assert reg[killed]["status"] == "belum_selesai" and reg[nxt]["status"] == "terbit"
    assert reg[killed]["berkas"] == str(killed_pdf)

    # the team of the killed letter: a new final refuses and says how to go on; a draft works
    proc = cli(head_db, "dokumen", "surat-tugas", "1", "-o", str(tmp_path / "x.pdf"))
    assert proc.returncode == 2 and killed in proc.stderr
    assert f'sistemkerja dokumen lanjutkan "{killed}"' in proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "x.pdf").exists()
    assert cli(head_db, "dokumen", "surat-tugas", "1", "-o", str(tmp_path / "d.pdf"),
               "--draf").returncode == 0

    resumed = tmp_path / "st-lanjut.pdf"
    proc = cli(head_db, "dokumen", "lanjutkan", killed, "-o", str(resumed))
    assert proc.returncode == 0, proc.stderr
    assert _nomor_in(resumed) == killed and "16 Juli 2026" in " ".join(
        p.extract_text() for p in PdfReader(resumed).pages)
    reg = _register(head_db)
    assert reg[killed]["status"] == "terbit" and reg[killed]["berkas"] == str(resumed)

    # the next letter after all this continues the sequence
    last = _issue(head_db, "sk-tim", 2, tmp_path / "sk2.pdf")
    assert last not in (killed, nxt)
    assert len(reg) == 2 and sorted(_register(head_db)) == sorted({killed, nxt, last})


def test_kill_before_the_pdf_leaves_a_reservation_to_void(head_db, tmp_path):
    out = tmp_path / "sk.pdf"
    _killed("sebelum_pdf", head_db, out, "svc.dokumen.cetak_sk_tim(1, Path(out), "
                                          f"tanggal=dt.date.fromisoformat({TANGGAL!r}))")
    assert not out.exists()
    [(killed, row)] = _register(head_db).items()
    assert row["status"] == "belum_selesai" and row["jenis"] == "sk-kepala-pd"

    proc = cli(head_db, "dokumen", "batalkan", killed)
    assert proc.returncode == 2 and "--alasan" in proc.stderr
    proc = cli(head_db, "dokumen", "batalkan", killed, "--alasan", "   ")
    assert proc.returncode == 2 and "Alasan pembatalan nomor wajib diisi" in proc.stderr
    proc = cli(head_db, "dokumen", "batalkan", killed, "--alasan", "aplikasi tertutup")
    assert proc.returncode == 0 and f"Nomor {killed} dibatalkan" in proc.stdout
    reg = _register(head_db)
    assert (reg[killed]["status"], reg[killed]["alasan"]) == ("batal", "aplikasi tertutup")
    proc = cli(head_db, "dokumen", "lanjutkan", killed, "-o", str(out))
    assert proc.returncode == 2 and "dibatalkan" in proc.stderr and not out.exists()

    again = _issue(head_db, "sk-tim", 1, tmp_path / "sk-baru.pdf")
    assert again != killed
    proc = cli(head_db, "dokumen", "register")
    assert proc.returncode == 0 and "batal" in proc.stdout and "aplikasi tertutup" in proc.stdout


def test_kill_inside_the_final_transaction(head_db, tmp_path):
    out = tmp_path / "st.pdf"
    _killed("transaksi_akhir", head_db, out, _st(3))
    killed = _nomor_in(out)
    assert _register(head_db)[killed]["status"] == "belum_selesai"
    other = _issue(head_db, "surat-tugas", 1, tmp_path / "st1.pdf")
    assert other != killed
    proc = cli(head_db, "dokumen", "lanjutkan", killed, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert _nomor_in(out) == killed
    assert {n: r["status"] for n, r in _register(head_db).items()} == {
        killed: "terbit", other: "terbit"}
    assert integrity(head_db) == "ok"
    nomor = [r[0] for r in query(head_db, "SELECT nomor FROM dokumen_tim")]
    assert sorted(nomor) == sorted({killed, other})


def test_two_processes_issuing_at_once_get_distinct_numbers(head_db, tmp_path):
    barrier = tmp_path / "mulai"
    code = textwrap.dedent("""
        import datetime as dt, sys, time
        from pathlib import Path
        from sistemkerja_desktop.services.container import build_services
        db, tim, out, barrier = {args}
        svc = build_services(db)
        svc.teams.teams()  # opened and ready before the start signal
        while not Path(barrier).exists():
            time.sleep(0.005)
        res = svc.dokumen.cetak_surat_tugas(tim, Path(out),
                                            tanggal=dt.date.fromisoformat({tanggal!r}))
        print(res.nomor)
    """)
    outs = {tim: tmp_path / f"st{tim}.pdf" for tim in (1, 3)}
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(python, code.format(
            args=repr((str(head_db), tim, str(out), str(barrier))), tanggal=TANGGAL))
            for tim, out in outs.items()]
        barrier.touch()
        procs = [f.result() for f in futures]
    assert all(p.returncode == 0 for p in procs), [p.stderr for p in procs]
    printed = [p.stdout.strip() for p in procs]
    assert len(set(printed)) == 2
    assert sorted(_nomor_in(out) for out in outs.values()) == sorted(printed)
    assert {n: r["status"] for n, r in _register(head_db).items()} == {
        n: "terbit" for n in printed}
