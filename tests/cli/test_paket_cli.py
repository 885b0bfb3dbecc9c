"""`sistemkerja paket ekspor|periksa|impor` (issue #12): the JSON shape the issue names, a
conflict without --pilih refused (exit 2) with nothing written, --coba, a tampered package and an
output over the data file refused, and no traceback from a subprocess."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile

from cli_uji import demo_db, run
from sqlalchemy import select

from sistemkerja_desktop.db.models import PegawaiRow
from sistemkerja_desktop.services.container import build_services


def _nip(db, nip_index):

    con = sqlite3.connect(db)
    nip = con.execute("SELECT nip FROM pegawai ORDER BY nip LIMIT 1 OFFSET ?",
                      (nip_index,)).fetchone()[0]
    con.close()
    return nip


def _ubah(capsys, db, nip, telepon):
    # the CLI has no pegawai edit; the service does it as the GUI form would
    svc = build_services(db)
    with svc.ctx.session("uji") as s:
        s.scalars(select(PegawaiRow).where(PegawaiRow.nip == nip)).one().telepon = telepon
    svc.close()


def _two(tmp_path, capsys):
    a = demo_db(tmp_path, capsys, "a.sqlite")
    assert run(capsys, "--db", a, "paket", "ekspor", "-o", tmp_path / "awal.skp")[0] == 0
    b = tmp_path / "b.sqlite"
    code, out, err = run(capsys, "--db", b, "init", "--pd", "Dinas Kesehatan", "--pemda",
                         "Kabupaten Uji", "--profil", "generic")
    assert code == 0, err
    code, out, err = run(capsys, "--db", b, "paket", "impor", tmp_path / "awal.skp")
    assert code == 2 and "7 konflik" in err  # our own Perangkat Daerah row differs: asked
    code, out, err = run(capsys, "--db", b, "paket", "impor", tmp_path / "awal.skp", "--pilih",
                         "mereka")
    assert code == 0, err
    return a, b


def test_periksa_and_impor_json_with_a_conflict(tmp_path, capsys):
    a, b = _two(tmp_path, capsys)
    nip = _nip(a, 2)
    _ubah(capsys, a, nip, "0811-A")
    _ubah(capsys, b, nip, "0811-B")
    code, out, err = run(capsys, "--db", b, "paket", "ekspor", "-o", tmp_path / "b.skp")
    assert code == 0 and "b.skp" in out, err

    code, out, err = run(capsys, "--db", a, "paket", "periksa", tmp_path / "b.skp", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert {"asal", "dibuat", "ditambah", "diubah", "dihapus", "konflik"} <= set(d)
    assert [(k["tabel"], k["kolom"], k["milik_kita"], k["milik_mereka"]) for k in d["konflik"]] \
        == [("pegawai", "telepon", "0811-A", "0811-B")]
    assert set(d["konflik"][0]) == {"tabel", "uuid", "kolom", "milik_kita", "milik_mereka"}

    before = (tmp_path / "a.sqlite").read_bytes()
    code, out, err = run(capsys, "--db", a, "paket", "impor", tmp_path / "b.skp")
    assert code == 2 and "konflik" in err and "Traceback" not in err
    assert (tmp_path / "a.sqlite").read_bytes() == before

    code, out, err = run(capsys, "--db", a, "paket", "impor", tmp_path / "b.skp", "--coba",
                         "--pilih", "mereka", "--json")
    assert code == 0 and json.loads(out)["coba"] is True, err
    code, out, err = run(capsys, "--db", a, "paket", "impor", tmp_path / "b.skp", "--pilih",
                         "mereka")
    assert code == 0 and "1 konflik diputuskan" in out, err
    code, out, err = run(capsys, "--db", a, "paket", "impor", tmp_path / "b.skp", "--pilih",
                         "mereka")
    assert code == 0 and "sudah diimpor" in out


def test_tampered_package_and_bad_output_are_refused(tmp_path, capsys):
    a = demo_db(tmp_path, capsys, "a.sqlite")
    assert run(capsys, "--db", a, "paket", "ekspor", "-o", tmp_path / "a.skp")[0] == 0
    with zipfile.ZipFile(tmp_path / "a.skp") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["rekaman/pegawai.json"] = parts["rekaman/pegawai.json"].replace(b"a", b"b", 1)
    with zipfile.ZipFile(tmp_path / "ubah.skp", "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    shutil.copy(a, tmp_path / "salinan.sqlite")
    for args in (["paket", "impor", tmp_path / "ubah.skp"],
                 ["paket", "periksa", tmp_path / "tidak-ada.skp"],
                 ["paket", "ekspor", "-o", a],
                 ["paket", "ekspor", "-o", tmp_path / "x.skp", "--unit", "Tidak Ada Unit"]):
        code, out, err = run(capsys, "--db", a, *args)
        assert code == 2 and err.startswith("sistemkerja: "), (args, err)
    proc = subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db",
                           str(tmp_path / "salinan.sqlite"), "paket", "impor",
                           str(tmp_path / "ubah.skp")], capture_output=True, text=True)
    assert proc.returncode == 2 and "ditolak" in proc.stderr and "Traceback" not in proc.stderr


def test_unit_package_is_smaller_than_the_whole_office(tmp_path, capsys):
    a = demo_db(tmp_path, capsys, "a.sqlite")
    code, out, err = run(capsys, "--db", a, "paket", "ekspor", "-o", tmp_path / "semua.skp")
    assert code == 0, err
    semua = int(out.split(": ")[1].split(" rekaman")[0])
    unit = "Bidang Kesehatan Masyarakat"
    code, out, err = run(capsys, "--db", a, "paket", "ekspor", "-o", tmp_path / "unit.skp",
                         "--unit", unit, "--sejak", "2020-01-01")
    assert code == 0, err
    assert 0 < int(out.split(": ")[1].split(" rekaman")[0]) <= semua
