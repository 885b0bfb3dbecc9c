"""`sistemkerja profil pakai KODE` (issue #9 §1, §3): switches the agency's profile as the settings
dialog does — the legal basis still holding the old default follows the new profile, edited text
is kept and reported — and prints what changes in `periksa`. `profil daftar` needs no database
(tests/cli/test_cli.py::test_profil_daftar_lists_all_codes)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cli_uji import demo_db, run
from sqlalchemy import select

from sistemkerja_desktop.cli.main import main
from sistemkerja_desktop.db.models import AuditRow
from sistemkerja_desktop.db.models_tim import TimRow
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.naskah_settings import dasar_st_bawaan, mengingat_bawaan

PROFILES = ["kapuas-hulu", "barito-timur", "pekalongan", "bungo", "pasuruan"]




@pytest.fixture
def db(tmp_path, capsys):
    return demo_db(tmp_path, capsys)


def _state(db):
    svc = build_services(db, create=False)
    try:
        with svc.ctx.reading() as s:
            audit = len(list(s.scalars(select(AuditRow.id))))
        return svc.agency.get_agency(), svc.naskah.pengaturan(), audit
    finally:
        svc.close()


def _key(f):
    return (f["kode"], f["tingkat"], f["nip"], f["pesan"])


@pytest.mark.parametrize("kode", PROFILES)
def test_pakai_switches_profile_refreshes_defaults_and_reports_periksa(capsys, db, kode):
    code, before, _ = run(capsys, "--db", db, "periksa", "--json")
    before = json.loads(before)
    code, out, err = run(capsys, "--db", db, "profil", "pakai", kode, "--json")
    assert code == 0, err
    data = json.loads(out)
    pd, p, _ = _state(db)
    assert pd.profil == kode and (data["profil_lama"], data["profil_baru"]) == ("generic", kode)
    assert p.mengingat == mengingat_bawaan(pd) and p.dasar_st == dasar_st_bawaan(pd)
    assert {(d["daftar"], d["keadaan"]) for d in data["dasar_hukum"]} == {
        ("mengingat", "diganti"), ("dasar_st", "diganti")}
    _, after, _ = run(capsys, "--db", db, "periksa", "--json")
    after = json.loads(after)
    per = data["periksa"]
    galat = sum(f["tingkat"] == "galat" for f in after)
    assert per["sesudah"] == {"galat": galat, "peringatan": len(after) - galat}
    galat = sum(f["tingkat"] == "galat" for f in before)
    assert per["sebelum"] == {"galat": galat, "peringatan": len(before) - galat}
    assert {_key(f) for f in per["muncul"]} <= {_key(f) for f in after}
    assert {_key(f) for f in per["hilang"]} <= {_key(f) for f in before}
    assert len(after) - len(per["muncul"]) == len(before) - len(per["hilang"])


def test_pakai_text_names_the_changes(capsys, db):
    code, out, err = run(capsys, "--db", db, "profil", "pakai", "pekalongan")
    assert code == 0, err
    assert out.startswith("Profil peraturan diganti: generic → pekalongan (Perbup Pekalongan "
                          "No. 52 Tahun 2024")
    assert "diganti dengan bawaan profil baru:\n    - Pengaturan naskah — Mengingat (SK)\n" \
           "    - Pengaturan naskah — Dasar Surat Tugas" in out
    assert "Periksa kedudukan: sebelum " in out
    # Pekalongan Lampiran III Tabel 3.1–3.15: Pengawas as PPK of a JF turns from warning to galat
    assert "Temuan yang muncul (" in out and "PPK_PENGAWAS_BAWAHAN" in out
    assert "[GALAT] PPK_PENGAWAS_BAWAHAN:" in out and "Temuan yang hilang (" in out
    assert "dasar: Perbup Pekalongan 52/2024" in out


def test_edited_text_is_kept_and_reported(capsys, db):
    pd, _, _ = _state(db)
    svc = build_services(db, create=False)
    with svc.ctx.session("uji") as s:
        s.get(TimRow, 1).mengingat = "\n".join(mengingat_bawaan(pd))
        s.get(TimRow, 3).dasar = "Surat Kepala Dinas Nomor 400/1/2026"
    svc.close()
    code, out, err = run(capsys, "--db", db, "profil", "pakai", "bungo")
    assert code == 0, err
    assert "disimpan apa adanya, periksa manual:\n    - Tim #3 Kelompok Kerja Akreditasi UPTD " \
           "Puskesmas Sukamaju — Dasar Surat Tugas" in out
    assert "    - Tim #1 " in out.split("disimpan apa adanya")[0]  # the old default: replaced
    assert "peringatan: 1 daftar dasar hukum berisi teks ubahan" in err
    svc = build_services(db, create=False)
    try:
        assert svc.teams.team(3).tim.dasar == ("Surat Kepala Dinas Nomor 400/1/2026",)
        assert svc.teams.team(1).tim.mengingat == mengingat_bawaan(svc.agency.get_agency())
    finally:
        svc.close()


def test_same_profile_writes_nothing(capsys, db):
    before = _state(db)
    code, out, _ = run(capsys, "--db", db, "profil", "pakai", "generic")
    assert code == 0 and "sudah generic; tidak ada yang diubah" in out
    assert _state(db) == before


def test_unknown_code_exits_2_listing_the_codes(capsys, db):
    before = _state(db)
    with pytest.raises(SystemExit) as exc:  # argparse: before the file is opened
        main(["--db", str(db), "profil", "pakai", "kapuas"])
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert "'kapuas' tidak dikenal" in err
    assert all(k in err for k in ["generic", *PROFILES])
    assert _state(db) == before


def test_pakai_needs_an_existing_database(capsys, tmp_path):
    missing = tmp_path / "tidak-ada.sqlite"
    code, out, err = run(capsys, "--db", missing, "profil", "pakai", "bungo")
    assert code == 2 and out == "" and "tidak ditemukan" in err
    assert not missing.exists()


def test_pakai_as_a_subprocess(db):
    done = subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db", str(db),
                           "profil", "pakai", "kapuas-hulu"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "generic → kapuas-hulu" in done.stdout
    assert _state(db)[0].profil == "kapuas-hulu"


@pytest.mark.parametrize("usage", [
    "profil pakai KODE [--json]",
    'tim anggota setujui TIM_ID NIP [--dasar "nomor surat"] [--json]',
    'tim anggota tolak TIM_ID NIP --alasan "…" [--json]',
    "tim periksa TIM_ID [--json]",
    "dokumen sk-ketua TIM_ID -o FILE.pdf",
])
def test_readme_documents_the_issue_9_commands(capsys, usage):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"sistemkerja [--db FILE] {usage}" in readme
    words = usage.split()[:3] if usage.startswith("tim anggota") else usage.split()[:2]
    with pytest.raises(SystemExit) as exc:
        main([*words, "-h"])
    assert exc.value.code == 0 and "Penggunaan: sistemkerja" in capsys.readouterr().out
