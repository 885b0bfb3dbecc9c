"""`sistemkerja indikator …` and `sistemkerja mph …` (issue #11): the JSON shapes, the cascade
and links through the CLI, and the refusals — exit 2 with an Indonesian message naming the
option, nothing written (an export over the open data file included)."""

from __future__ import annotations

import json

import openpyxl
from cli_uji import demo_db, run

PUTRI = "199602212019122924"


def _j(capsys, *args):
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def test_indikator_tambah_daftar_ubah_tautkan_hapus(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    rows = _j(capsys, "--db", db, "indikator", "daftar", "--json")  # default: this year
    assert [r["kode"] for r in rows][:3] == ["IKU.1", "IK.1.1", "IK.1.2"]
    assert set(rows[0]) >= {"id", "tahun", "kode", "indikator", "target", "satuan",
                            "pemilik_position_id", "pemilik", "induk_id", "penanggung_jawab_nip",
                            "tim", "permohonan_ids", "versi"}
    tim_id = rows[1]["tim"][0]["id"]
    new = _j(capsys, "--db", db, "indikator", "tambah", "--indikator", "Cakupan imunisasi",
             "--target", "95", "--satuan", "%", "--kode", "IK.1.3", "--induk", rows[0]["id"],
             "--pj", "19960221 201912 2 924", "--pemilik", "kepala bidang kesehatan masyarakat",
             "--json")
    assert (new["induk_id"], new["penanggung_jawab_nip"], new["tingkat"]) == (
        rows[0]["id"], PUTRI, 1)
    assert new["pemilik"] == "Kepala Bidang Kesehatan Masyarakat"
    out = _j(capsys, "--db", db, "indikator", "tautkan", new["id"], "--tim", tim_id, "--json")
    assert out["indikator"]["id"] == new["id"] and out["tim_id"] == tim_id
    changed = _j(capsys, "--db", db, "indikator", "ubah", new["id"], "--target", "97",
                 "--tanpa-pj", "--versi", new["versi"], "--json")
    assert changed["target"] == "97" and changed["penanggung_jawab_nip"] is None
    code, _, err = run(capsys, "--db", db, "indikator", "ubah", new["id"], "--target", "1",
                       "--versi", new["versi"])
    assert code == 2 and "diubah di tempat lain" in err
    out = _j(capsys, "--db", db, "indikator", "tautkan", "--lepas", "--tim", tim_id, "--json")
    assert out["indikator"] is None
    assert _j(capsys, "--db", db, "indikator", "hapus", new["id"], "--json") == {
        "id": new["id"], "dihapus": True}
    code, out, _ = run(capsys, "--db", db, "indikator", "daftar")
    assert code == 0 and "IKU.1 Prevalensi stunting" in out and "Cakupan imunisasi" not in out
    assert _j(capsys, "--db", db, "indikator", "daftar", "--tahun", "2031", "--json") == []


def test_refusals_exit_2_naming_the_option(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    before = _j(capsys, "--db", db, "indikator", "daftar", "--json")
    cases = [
        (("indikator", "tambah", "--indikator", "  "), "--indikator"),
        (("indikator", "tambah", "--indikator", "x", "--pj", "199999999999999999"), "--pj"),
        (("indikator", "tambah", "--indikator", "x", "--pemilik", "Kepala Entah"), "--pemilik"),
        (("indikator", "tambah", "--indikator", "x", "--induk", "999"), "--induk"),
        (("indikator", "tambah", "--indikator", "x", "--tahun", "2025", "--induk",
          before[0]["id"]), "--induk"),
        (("indikator", "tambah", "--indikator", "x", "--tahun", "20x5"), "--tahun"),
        (("indikator", "ubah", before[0]["id"], "--induk", before[1]["id"]), "--induk"),
        (("indikator", "ubah", before[1]["id"], "--tahun", "2027"), "--tahun"),
        (("indikator", "ubah", before[0]["id"]), "sebutkan sedikitnya satu opsi"),
        (("indikator", "hapus", before[0]["id"]), "turunannya"),
        (("indikator", "tautkan", before[0]["id"]), "--tim"),
        (("indikator", "tautkan", "--tim", "1"), "--lepas"),
        (("indikator", "tautkan", before[0]["id"], "--tim", "99"), "Tim #99"),
        (("mph", "ekspor", "-o", db), "sedang dibuka"),
        (("mph", "ekspor", "-o", tmp_path), "folder"),
    ]
    for args, needle in cases:
        code, out, err = run(capsys, "--db", db, *args)
        assert code == 2, (args, err)
        assert needle in err and "Traceback" not in err, (args, err)
    assert _j(capsys, "--db", db, "indikator", "daftar", "--json") == before


def test_mph_ekspor_and_tampil(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    target = tmp_path / "mph.xlsx"
    code, out, err = run(capsys, "--db", db, "mph", "ekspor", "-o", target)
    assert code == 0, err
    assert str(target) in out
    ws = openpyxl.load_workbook(target).worksheets[0]
    assert ws["A1"].value == "MATRIKS PERAN HASIL" and ws["D5"].value == "Peran"
    m = _j(capsys, "--db", db, "mph", "tampil", "--json")
    assert m["tahun"] == 2026 and m["unit_kerja"] == "Dinas Kesehatan Kabupaten Contoh"
    assert [k["kode"] for k in m["kolom"]] == ["IKU.1", "IKU.2", "IKU.3", "IKU.4"]
    row = next(b for b in m["baris"] if b["nip"] == "199103032017122909")
    assert row["peran"] == "Ketua Tim" and len(row["sel"]) == 4 and row["sel"][0]
    assert set(m["tim"][0]) == {"tim_id", "nama", "ketua", "kolom", "baris"}
    assert m["tanpa_peran"] and set(m["tanpa_peran"][0]) == {"nip", "nama", "jabatan"}
    code, out, _ = run(capsys, "--db", db, "mph", "tampil", "--tahun", "2026")
    assert code == 0 and "MATRIKS PERAN HASIL" in out and "Yuliana Safitri" in out
