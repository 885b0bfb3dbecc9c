"""`sistemkerja bagan ekspor` and `sistemkerja kedudukan pindah`: files written, exit codes,
Indonesian reasons with the Pasal on stderr, nothing changed on refusal."""

import json

import pytest
from pypdf import PdfReader

from sistemkerja_desktop.cli.main import main


def run(capsys, *args):
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "data.sqlite"
    assert run(capsys, "--db", path, "demo")[0] == 0
    return path


def _rows(capsys, db):
    code, out, _ = run(capsys, "--db", db, "pegawai", "daftar", "--json")
    assert code == 0
    return {r["nama"]: r for r in json.loads(out)}


def test_bagan_ekspor_pdf_a4_and_f4(db, tmp_path, capsys):
    a4, f4 = tmp_path / "a4.pdf", tmp_path / "f4.pdf"
    code, out, err = run(capsys, "--db", db, "bagan", "ekspor", "-o", a4)
    assert code == 0 and err == "" and "halaman PDF (A4" in out
    code, out, _ = run(capsys, "--db", db, "bagan", "ekspor", "-o", f4, "--kertas", "f4",
                       "--orientasi", "tegak")
    assert code == 0 and "(F4 tegak" in out
    assert len(PdfReader(a4).pages) > 1
    w, h = (float(v) for v in PdfReader(f4).pages[0].mediabox.upper_right)
    assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (215, 330)


def test_bagan_ekspor_one_branch_and_a_past_date(db, tmp_path, capsys):
    path = tmp_path / "cabang.pdf"
    code, out, _ = run(capsys, "--db", db, "bagan", "ekspor", "-o", path, "--unit",
                       "bidang pencegahan dan pengendalian penyakit", "--tanggal", "2023-06-01")
    assert code == 0 and "halaman PDF" in out
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "keadaan per 1 Juni 2023" in text and "Fajar Nugroho" in text  # still in P2P then
    assert "Cabang: Bidang Pencegahan dan Pengendalian Penyakit" in text
    assert "Sekretaris Dinas" not in text


def test_bagan_ekspor_png(qapp, db, tmp_path, capsys):
    """In-process the CLI reuses the test session's QApplication (`qapp`) instead of creating a
    QGuiApplication that later widget tests could not use; the fresh-interpreter test below
    covers the CLI creating its own."""
    path = tmp_path / "bagan.png"
    code, out, _ = run(capsys, "--db", db, "bagan", "ekspor", "-o", path)
    assert code == 0 and "ditulis ke" in out
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bagan_png_from_the_cli_loads_no_views_and_no_widgets(db, tmp_path):
    """The PNG is painted with QtGui only (render.bagan_png), in a fresh interpreter."""
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    path = tmp_path / "cabang.png"
    script = (
        "import sys\n"
        "from sistemkerja_desktop.cli.main import main\n"
        f"code = main(['--db', {str(db)!r}, 'bagan', 'ekspor', '-o', {str(path)!r}, "
        "'--unit', 'Bidang Pelayanan Kesehatan'])\n"
        "bad = sorted(m for m in sys.modules if m.startswith('sistemkerja_desktop.views')\n"
        "             or m == 'PySide6.QtWidgets')\n"
        "print(code, bad)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
                         check=True).stdout
    assert out.strip().splitlines()[-1] == "0 []"
    image = QImage(str(path))
    assert image.width() >= 900 and image.height() > 200
    # not blank: the unit header colour of the chart is in the picture
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert "#e8eef5" in colours and len(colours) > 20


@pytest.mark.parametrize("args", [
    ("-o", "bagan.docx"),
    ("-o", "x.pdf", "--unit", "Bidang Tidak Ada"),
    ("-o", "x.pdf", "--unit", "Bidang"),  # several units match
    ("-o", "x.pdf", "--tanggal", "27-11-2026"),
    ("-o", "x.pdf", "--kertas", "letter"),
])
def test_bagan_ekspor_bad_input_exits_2(db, tmp_path, capsys, args):
    args = [tmp_path / a if a.endswith((".pdf", ".docx")) else a for a in args]
    code, _out, err = run(capsys, "--db", db, "bagan", "ekspor", *args)
    assert code == 2 and err
    assert not (tmp_path / "x.pdf").exists()


def test_kedudukan_pindah_moves_and_records_dasar(db, capsys):
    rows = _rows(capsys, db)
    fajar, kabid = rows["Fajar Nugroho, S.KM."], rows["drg. Ratna Kusumawardani"]
    code, out, err = run(capsys, "--db", db, "kedudukan", "pindah", fajar["nip"], "--ppk",
                         kabid["nip"], "--tmt", "2026-11-27", "--dasar", "800.1.3/77/2026")
    assert code == 0 and err == ""
    assert "1 pegawai dipindahkan ke bawah Kepala Bidang Pelayanan Kesehatan mulai " \
           "27 November 2026" in out
    assert _rows(capsys, db)["Fajar Nugroho, S.KM."]["nip_ppk"] == kabid["nip"]


def test_kedudukan_pindah_hard_rule_exits_2_and_changes_nothing(db, capsys):
    rows = _rows(capsys, db)
    fajar = rows["Fajar Nugroho, S.KM."]
    jf_ppk = rows["Andi Nurul Fadhilah, S.KM."]  # a JF holding a PPK seat without delegasi
    code, out, err = run(capsys, "--db", db, "kedudukan", "pindah", fajar["nip"], "--ppk",
                         jf_ppk["nip"])
    assert code == 2 and out == ""
    assert "ditolak; tidak ada yang diubah" in err
    assert "[GALAT] PPK_BUKAN_PEJABAT_PENILAI" in err and "dasar:" in err
    assert _rows(capsys, db) == rows


def test_kedudukan_pindah_soft_rule_warns_and_proceeds(db, tmp_path, capsys):
    assert run(capsys, "--db", db, "init", "--pd", "x", "--pemda", "y", "--profil",
               "generic")[0] == 2  # (demo already has an agency)
    rows = _rows(capsys, db)
    madya = next(r for r in rows.values() if r["jenjang"] == "Ahli Madya"
                 and r["ppk"].startswith("Kepala Dinas"))
    kabid = rows["drg. Ratna Kusumawardani"]
    code, out, err = run(capsys, "--db", db, "kedudukan", "pindah", madya["nip"], "--ppk",
                         kabid["nip"])
    assert code == 0 and "1 pegawai dipindahkan" in out
    assert "[PERINGATAN] JF_MADYA_UTAMA_BUKAN_JPT" in err and "dasar:" in err


def test_kedudukan_pindah_ambiguous_ppk_needs_the_position(db, capsys):
    rows = _rows(capsys, db)
    sekretaris = next(r for r in rows.values() if r["jabatan"] == "Sekretaris Dinas")
    pelaksana = next(r for r in rows.values() if r["jenis_jabatan"] == "Pelaksana")
    code, _out, err = run(capsys, "--db", db, "kedudukan", "pindah", pelaksana["nip"],
                          "--ppk", sekretaris["nip"])
    assert code == 2 and "--ppk-jabatan" in err
    code, out, _ = run(capsys, "--db", db, "kedudukan", "pindah", pelaksana["nip"], "--ppk",
                       sekretaris["nip"], "--ppk-jabatan", "Kesehatan Masyarakat")
    assert code == 0 and "Kepala Bidang Kesehatan Masyarakat" in out


def test_kedudukan_pindah_unknown_nip_exits_2(db, capsys):
    code, _out, err = run(capsys, "--db", db, "kedudukan", "pindah", "199001012020011999",
                          "--ppk", "197103141999031901")
    assert code == 2 and "tidak ditemukan" in err


def _kedudukan(db):
    """Every kedudukan row (uuid → fields) and the audit keterangan, read like another user."""
    from sqlalchemy import select

    from sistemkerja_desktop.db.models import AuditRow, KedudukanRow
    from sistemkerja_desktop.services.container import build_services

    svc = build_services(db)
    try:
        with svc.ctx.reading() as s:
            rows = {r.uuid: (r.pegawai_id, r.ppk_position_id, r.tmt_mulai, r.tmt_selesai,
                             r.dasar_nomor) for r in s.scalars(select(KedudukanRow))}
            notes = [a.keterangan for a in s.scalars(select(AuditRow).where(
                AuditRow.tabel == "kedudukan"))]
    finally:
        svc.close()
    return rows, notes


def test_kedudukan_pindah_tmt_typo_is_refused_and_deletes_no_history(db, capsys):
    """Issue #8 item 7: `--tmt 2016-12-01` (for 2026) deleted Fajar's two kedudukan with their
    SK numbers. Now refused with the dates; `--koreksi` corrects without deleting."""
    rows = _rows(capsys, db)
    fajar, kabid = rows["Fajar Nugroho, S.KM."], rows["drg. Ratna Kusumawardani"]
    before, _ = _kedudukan(db)
    code, out, err = run(capsys, "--db", db, "kedudukan", "pindah", fajar["nip"], "--ppk",
                         kabid["nip"], "--tmt", "2016-12-01", "--dasar", "800.1.3/77/2026")
    assert code == 2 and out == ""
    assert ("TMT 01-12-2016 sebelum awal kedudukan sekarang 02-01-2024 "
            "(SK 800.1.3/024/Dinkes/2024)") in err
    assert "--koreksi" in err and "Tidak ada yang diubah" in err and "Traceback" not in err
    assert _kedudukan(db)[0] == before

    code, out, err = run(capsys, "--db", db, "kedudukan", "pindah", fajar["nip"], "--ppk",
                         kabid["nip"], "--tmt", "2016-12-01", "--dasar", "800.1.3/77/2026",
                         "--koreksi")
    assert code == 0, err
    after, notes = _kedudukan(db)
    assert set(before) < set(after)  # every record kept (with its SK), one added
    fajar_rows = [after[u] for u in before if after[u][0] == before[u][0]
                  and before[u][4].startswith("800.1.3/0")]
    assert {r[4] for r in fajar_rows} >= {"800.1.3/045/Dinkes/2022", "800.1.3/024/Dinkes/2024"}
    assert any("koreksi riwayat" in n and "dibatalkan (tidak dihapus)" in n
               and "800.1.3/024/Dinkes/2024" in n for n in notes)
    assert _rows(capsys, db)["Fajar Nugroho, S.KM."]["nip_ppk"] == kabid["nip"]
