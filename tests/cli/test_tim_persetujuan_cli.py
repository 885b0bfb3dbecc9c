"""`sistemkerja tim anggota setujui|tolak` and `sistemkerja tim periksa` (issue #9 §1): an outside
member is assigned only after the request is approved, a refusal comes with its reason (KH
Lampiran I B.2.a.2 d; BT Lampiran II C.1)(3) d; PK Lampiran IV 4.1 b.2); BG Pasal 6(3) d; PS
Lampiran II.B.2.a a)2 d)); a final instrument is refused while a member is pending."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cli_uji import demo_db, run

from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.services.container import build_services

TIM = 2  # demo: Tim Kerja Surveilans dan Respons KLB (Bidang P2P)
YOGA = "199307062021031920"  # dr. Yoga (Puskesmas Tanjungsari): lintas unit, made pending here
AGUS = "198209092009021905"  # its ketua, from the unit pemilik kinerja itself
KADIS = "197103141999031901"  # not a member of team 2




@pytest.fixture
def db(tmp_path, capsys):
    """The demo agency with dr. Yoga's request to join team 2 still waiting for its answer."""
    path = demo_db(tmp_path, capsys)
    svc = build_services(path, create=False)
    try:
        yoga = svc.teams.pegawai_by_nip(YOGA)
        svc.teams.set_persetujuan(TIM, yoga.id, Persetujuan.MENUNGGU,
                                  "menunggu surat balasan Kepala Puskesmas")
    finally:
        svc.close()
    return path


def _member(db, nip):
    svc = build_services(db, create=False)
    try:
        return next(r for r in svc.teams.team(TIM).anggota if r.nip == nip)
    finally:
        svc.close()


def _periksa(capsys, db, tim=TIM):
    code, out, err = run(capsys, "--db", db, "tim", "periksa", tim, "--json")
    return code, json.loads(out) if out else None, err


def test_setujui_records_the_approval_and_its_dasar(capsys, db):
    assert _member(db, YOGA).persetujuan is Persetujuan.MENUNGGU
    code, out, err = run(capsys, "--db", db, "tim", "anggota", "setujui", TIM, YOGA,
                         "--dasar", "800/112/PKM-TS/2026")
    assert code == 0, err
    assert "dr. Yoga Aditya Putra" in out and "menunggu persetujuan → disetujui" in out
    assert "dasar: 800/112/PKM-TS/2026" in out
    row = _member(db, YOGA)
    assert (row.persetujuan, row.alasan_persetujuan) == (Persetujuan.DISETUJUI,
                                                         "800/112/PKM-TS/2026")


def test_setujui_without_dasar_is_accepted(capsys, db):
    """Contract 6: an approval may be recorded before its letter number is known."""
    code, out, err = run(capsys, "--db", db, "tim", "anggota", "setujui", TIM, YOGA, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["nip"] == YOGA and data["sebelum"] == "menunggu persetujuan"
    assert data["persetujuan"] == "disetujui" and data["dasar"] == ""
    assert _member(db, YOGA).persetujuan is Persetujuan.DISETUJUI


@pytest.mark.parametrize("alasan", [None, "", "   "])
def test_tolak_without_alasan_exits_2_and_changes_nothing(capsys, db, alasan):
    args = ["--db", db, "tim", "anggota", "tolak", TIM, YOGA]
    if alasan is not None:
        args += ["--alasan", alasan]
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert "Alasan penolakan wajib disebutkan" in err and "--alasan" in err
    assert _member(db, YOGA).persetujuan is Persetujuan.MENUNGGU


def test_tolak_records_the_refusal_with_its_reason(capsys, db):
    code, out, err = run(capsys, "--db", db, "tim", "anggota", "tolak", TIM, YOGA, "--alasan",
                         "  sedang bertugas   di posko banjir ")
    assert code == 0, err
    assert "menunggu persetujuan → ditolak" in out
    assert "alasan: sedang bertugas di posko banjir" in out
    assert "tidak dicantumkan" in out
    row = _member(db, YOGA)
    assert (row.persetujuan, row.alasan_persetujuan) == (Persetujuan.DITOLAK,
                                                         "sedang bertugas di posko banjir")


@pytest.mark.parametrize(("tim", "nip", "expected"), [
    (TIM, KADIS, ("NIP 19710314 199903 1 901 (dr. Hendra Wijayakusuma, M.Kes.) bukan anggota "
                  "tim #2")),
    (TIM, AGUS, "berasal dari dalam unit pemilik kinerja"),
    (TIM, "199999999999999999", "NIP 199999999999999999 tidak ditemukan"),
    (99, YOGA, "Tim #99 tidak ditemukan"),
])
@pytest.mark.parametrize("aksi", [["setujui"], ["tolak", "--alasan", "tidak ada formasi"]])
def test_wrong_member_or_team_exits_2_naming_it(capsys, db, tim, nip, expected, aksi):
    code, out, err = run(capsys, "--db", db, "tim", "anggota", aksi[0], tim, nip, *aksi[1:])
    assert code == 2 and out == ""
    assert expected in err
    if "dalam unit" in expected:
        assert "tidak memerlukan persetujuan" in err
    assert _member(db, YOGA).persetujuan is Persetujuan.MENUNGGU


def test_periksa_pending_member_is_a_galat_for_the_final_instrument(capsys, db):
    code, findings, _ = _periksa(capsys, db)
    assert code == 1
    assert all(set(f) == {"kode", "tingkat", "pesan", "dasar"} for f in findings)
    assert all(f["tingkat"] in ("galat", "peringatan") for f in findings)
    pending = [f for f in findings if f["kode"] == "ANGGOTA_MENUNGGU_PERSETUJUAN"]
    assert len(pending) == 1 and pending[0]["tingkat"] == "galat"
    assert "Yoga" in pending[0]["pesan"] and pending[0]["dasar"]
    assert findings[0]["tingkat"] == "galat"  # galat first

    code, out, _ = run(capsys, "--db", db, "tim", "periksa", TIM)
    assert code == 1
    lines = out.strip().splitlines()
    assert len(lines) == len(findings) + 1  # one line each, then the count
    assert any(line.startswith("[GALAT] ANGGOTA_MENUNGGU_PERSETUJUAN: ") and "dasar:" in line
               for line in lines)
    galat = sum(f["tingkat"] == "galat" for f in findings)
    assert lines[-1] == f"{galat} galat, {len(findings) - galat} peringatan."


def test_periksa_after_approval_and_refusal(capsys, db):
    assert run(capsys, "--db", db, "tim", "anggota", "setujui", TIM, YOGA, "--dasar", "x")[0] == 0
    code, findings, _ = _periksa(capsys, db)
    assert not any(f["kode"] == "ANGGOTA_MENUNGGU_PERSETUJUAN" for f in findings)
    assert code == (1 if any(f["tingkat"] == "galat" for f in findings) else 0)

    assert run(capsys, "--db", db, "tim", "anggota", "tolak", TIM, YOGA, "--alasan",
               "beban kerja")[0] == 0
    code, findings, _ = _periksa(capsys, db)
    ditolak = [f for f in findings if f["kode"] == "ANGGOTA_DITOLAK"]
    assert len(ditolak) == 1 and ditolak[0]["tingkat"] == "peringatan"
    assert "beban kerja" in ditolak[0]["pesan"]
    assert code == (1 if any(f["tingkat"] == "galat" for f in findings) else 0)


def test_periksa_unknown_team_exits_2(capsys, db):
    code, out, err = run(capsys, "--db", db, "tim", "periksa", 99)
    assert code == 2 and out == "" and "Tim #99 tidak ditemukan" in err


@pytest.mark.parametrize("kode", ["kapuas-hulu", "barito-timur", "pekalongan", "bungo",
                                  "pasuruan"])
def test_outside_member_flow_per_profile(capsys, db, kode):
    """Per profile (KH Lamp I B.2.a.2 d; BT Lamp II C.1)(3) d; PK Lamp IV 4.1 b.2); BG Pasal
    6(3) d; PS Lamp II.B.2.a a)2 d)): pending blocks the final instrument; a refusal needs its
    reason and leaves a peringatan; an approval clears the pending galat."""
    assert run(capsys, "--db", db, "profil", "pakai", kode)[0] == 0
    code, findings, _ = _periksa(capsys, db)
    assert code == 1
    assert [f["tingkat"] for f in findings
            if f["kode"] == "ANGGOTA_MENUNGGU_PERSETUJUAN"] == ["galat"]
    assert run(capsys, "--db", db, "tim", "anggota", "tolak", TIM, YOGA)[0] == 2
    assert run(capsys, "--db", db, "tim", "anggota", "tolak", TIM, YOGA, "--alasan",
               "formasi penuh")[0] == 0
    _, findings, _ = _periksa(capsys, db)
    assert [f["tingkat"] for f in findings if f["kode"] == "ANGGOTA_DITOLAK"] == ["peringatan"]
    assert run(capsys, "--db", db, "tim", "anggota", "setujui", TIM, YOGA, "--dasar",
               "B/12/2026")[0] == 0
    code, findings, _ = _periksa(capsys, db)
    kodes = {f["kode"] for f in findings}
    assert not kodes & {"ANGGOTA_MENUNGGU_PERSETUJUAN", "ANGGOTA_DITOLAK"}
    assert code == (1 if any(f["tingkat"] == "galat" for f in findings) else 0)


def test_as_a_subprocess(db):
    done = subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db", str(db),
                           "tim", "periksa", str(TIM), "--json"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert any(f["kode"] == "ANGGOTA_MENUNGGU_PERSETUJUAN" for f in json.loads(done.stdout))
    done = subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db", str(db),
                           "tim", "anggota", "tolak", str(TIM), YOGA], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 2 and "Alasan penolakan wajib" in done.stderr
