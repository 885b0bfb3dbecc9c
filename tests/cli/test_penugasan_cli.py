"""`sistemkerja penugasan …` (issue #10): a permohonan penugasan submitted and answered step by
step along its profile's chain, through the CLI only — per profile a penunjukan lintas unit
walked to approval and a pengajuan sukarela lintas unit walked to refusal, checking `riwayat
--json` roles in order and `daftar --untuk` (perlu tindakan) at every step; the error cases
(wrong actor, refusal without reason, forbidden request citing its Pasal, bad dates) exit 2 with
an Indonesian message naming the option and write nothing.

The demo agency (Dinas Kesehatan Kabupaten Contoh) switched to each profile with `profil pakai`.
Units organisasi there: the Bidang, the Sekretariat, and each UPTD Puskesmas."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_uji import demo_db, run

from sistemkerja_desktop.cli.main import main
from sistemkerja_desktop.domain.profiles.base import Peran
from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.services.container import build_services

HENDRA = "197103141999031901"  # Kepala Dinas Kesehatan: Maya's PPK
RATNA = "198001172006042904"  # Kepala Bidang Pelayanan Kesehatan
INTAN = "198702012015032919"  # Kepala UPTD Puskesmas Sukamaju
RAHMAT = "197605122002121933"  # Kepala Bidang P2P (unit pemilik kinerja of team 2)
MAYA = "198808302014032921"  # Perawat Ahli Muda, UPTD Puskesmas Sukamaju; PPK Kepala Dinas
ENDANG = "198305282008122923"  # Bidan Penyelia, UPTD Puskesmas Sukamaju; PPK Kepala UPTD
SUKAMAJU = "UPTD Puskesmas Sukamaju"
YANKES = "Bidang Pelayanan Kesehatan"
PUO_PK = Peran.PUO_PEMILIK_KINERJA.value
PUO_PG = Peran.PUO_PEGAWAI.value
PPK = Peran.PPK_PEGAWAI.value
PYB_P, PYB_T = Peran.PYB_PEMOHON.value, Peran.PYB_TUJUAN.value

ISI = ("--maksud", "Pelibatan dalam percepatan penurunan stunting",
       "--kompetensi", "keperawatan komunitas", "--target", "laporan kunjungan bulanan",
       "--mulai", "2026-03-09", "--selesai", "2026-06-30")
DIAJUKAN = "2026-03-02"
KEPUTUSAN = {"setujui": "setuju", "rekomendasi": "rekomendasi", "teruskan": "diteruskan",
             "tolak": "tolak"}

# Penunjukan lintas unit: the Kepala Bidang Pelayanan Kesehatan asks for Ns. Maya Sari of UPTD
# Puskesmas Sukamaju — (role, who acts, command) in order, as each profile's seed writes it.
PENUNJUKAN_LU = {
    "generic": [(PUO_PK, RATNA, "setujui"), (PUO_PG, INTAN, "setujui")],
    # KH Lampiran I B.2.a.2 a–e; Bungo Pasal 6(3); Pasuruan Lampiran BAB II B.2 a butir 2:
    # to the PPK dituju, with the PUO's recommendation
    "kapuas-hulu": [(PUO_PK, RATNA, "setujui"), (PUO_PG, INTAN, "rekomendasi"),
                    (PPK, HENDRA, "setujui")],
    "bungo": [(PUO_PK, RATNA, "setujui"), (PUO_PG, INTAN, "rekomendasi"),
              (PPK, HENDRA, "setujui")],
    "pasuruan": [(PUO_PK, RATNA, "setujui"), (PUO_PG, INTAN, "rekomendasi"),
                 (PPK, HENDRA, "setujui")],
    # BT Lampiran II C.1)(3): the PUO dituju answers, the pemilik kinerja sets the SK Tim
    "barito-timur": [(PUO_PK, RATNA, "setujui"), (PUO_PG, INTAN, "setujui"),
                     (PUO_PK, RATNA, "setujui")],
    # PK Pasal 15(3)–(4): the PUO mitra kerja answers after the PPK's recommendation
    "pekalongan": [(PUO_PK, RATNA, "setujui"), (PPK, HENDRA, "rekomendasi"),
                   (PUO_PG, INTAN, "setujui")],
}
# Pengajuan sukarela lintas unit: Ns. Maya Sari volunteers for the Bidang Pelayanan Kesehatan;
# the target first in KH and PS, the employee's own superior first in BT, PK and BG.
SUKARELA_LU = {
    "generic": [(PUO_PG, INTAN), (PUO_PK, RATNA)],
    "kapuas-hulu": [(PUO_PK, RATNA), (PPK, HENDRA)],  # Lampiran I B.2.b.2
    "pasuruan": [(PUO_PK, RATNA), (PPK, HENDRA)],  # Lampiran BAB II B.2 b butir 2
    "barito-timur": [(PUO_PG, INTAN), (PUO_PK, RATNA), (PUO_PG, INTAN)],  # Lamp II C.2)(3)
    "pekalongan": [(PUO_PG, INTAN), (PUO_PK, RATNA), (PUO_PG, INTAN)],  # Pasal 16(3)
    "bungo": [(PPK, HENDRA), (PUO_PG, INTAN), (PUO_PK, RATNA), (PUO_PG, INTAN)],  # Pasal 7(3)
}
# Where each profile forbids a sukarela lintas instansi.
LARANGAN = {"generic": "Lampiran I huruf B angka 2 huruf b",
            "kapuas-hulu": "Perbup Kapuas Hulu 36/2023, Lampiran I B.2.b",
            "barito-timur": "Perbup Barito Timur 11/2024", "pekalongan": "Pasal 16",
            "bungo": "Pasal 7", "pasuruan": "Perbup Pasuruan 217/2023"}
PROFILES = list(PENUNJUKAN_LU)


@pytest.fixture
def db(tmp_path, capsys):
    return demo_db(tmp_path, capsys)


def _profil(capsys, db, kode):
    if kode != "generic":
        assert run(capsys, "--db", db, "profil", "pakai", kode)[0] == 0


def _json(capsys, db, *args):
    code, out, err = run(capsys, "--db", db, "penugasan", *args, "--json")
    assert code == 0, err
    # only Pasuruan's workload lines (Lampiran BAB II B.2: "mempertimbangkan beban kerja")
    assert all(line.startswith("peringatan: beban kerja: ") for line in err.splitlines())
    return json.loads(out)


def _fails(capsys, db, *args):
    """Exit 2, nothing on stdout, the Indonesian message on stderr (returned), no traceback."""
    code, out, err = run(capsys, "--db", db, "penugasan", *args)
    assert (code, out) == (2, ""), err
    assert "Traceback" not in err and err.strip()
    return err


def _ajukan(capsys, db, *args, tanggal=DIAJUKAN):
    return _json(capsys, db, "ajukan", *ISI, "--tanggal", tanggal, *args)


def _penunjukan(capsys, db):
    return _ajukan(capsys, db, "--jenis", "penunjukan", "--lingkup", "lintas-unit",
                   "--pegawai", MAYA, "--oleh", RATNA, "--unit-tujuan", SUKAMAJU)


def _sukarela(capsys, db):
    return _ajukan(capsys, db, "--jenis", "sukarela", "--lingkup", "lintas-unit",
                   "--pegawai", MAYA, "--oleh", MAYA, "--unit-tujuan", YANKES)


def _inbox(capsys, db, nip):
    return [r["id"] for r in _json(capsys, db, "daftar", "--untuk", nip)]


def _tanggal(i):
    return f"2026-03-{3 + i:02d}"


def _walk(capsys, db, pid, chain, *, tolak=False):
    """Act on every step in turn, checking before each what `riwayat` and the inboxes say."""
    nips = {nip for _, nip, _ in chain} | {MAYA}
    done = []
    for i, (peran, nip, aksi) in enumerate(chain):
        steps = _json(capsys, db, "riwayat", pid)
        assert [s["keputusan"] for s in steps] == done + ["menunggu"] * (len(chain) - i)
        assert [s["sekarang"] for s in steps] == [j == i for j in range(len(chain))]
        assert pid in _inbox(capsys, db, nip), (i, peran)
        for other in nips - {nip}:
            assert pid not in _inbox(capsys, db, other), (i, other)
        last = i == len(chain) - 1
        if last and tolak:
            aksi = "tolak"
            r = _json(capsys, db, "tolak", pid, "--oleh", nip, "--alasan",
                      "beban kerja di puskesmas sedang tinggi", "--tanggal", _tanggal(i))
        else:
            r = _json(capsys, db, aksi, pid, "--oleh", nip, "--tanggal", _tanggal(i))
        done.append(KEPUTUSAN[aksi])
        assert r["id"] == pid and r["pegawai"] == [MAYA]
        if last:
            assert r["status"] == ("ditolak" if tolak else "disetujui")
            assert r["menunggu"] is None
        else:
            assert r["status"] == "menunggu"
            nxt = chain[i + 1]
            assert (r["menunggu"]["peran"], r["menunggu"]["nip"]) == (nxt[0], nxt[1])
    for nip in nips:
        assert pid not in _inbox(capsys, db, nip)
    steps = _json(capsys, db, "riwayat", pid)
    assert [(s["peran"], s["nip"]) for s in steps] == [(p, n) for p, n, _ in chain]
    assert [s["keputusan"] for s in steps] == done
    assert [s["tanggal"] for s in steps] == [_tanggal(i) for i in range(len(chain))]
    assert all(s["jabatan"] for s in steps)
    return steps


@pytest.mark.parametrize("kode", PROFILES)
def test_chains_per_profile_to_approval_and_refusal(capsys, db, kode):
    _profil(capsys, db, kode)
    # a sukarela lintas instansi is forbidden everywhere: exit 2 citing the Pasal, nothing saved
    err = _fails(capsys, db, "ajukan", *ISI, "--jenis", "sukarela", "--lingkup",
                 "lintas-instansi", "--pegawai", MAYA, "--oleh", MAYA, "--instansi-tujuan",
                 "Dinas Kesehatan Provinsi")
    assert "Pengajuan sukarela hanya dapat dilakukan" in err and "(dasar: " in err
    assert LARANGAN[kode] in err
    assert _json(capsys, db, "daftar") == []

    chain = PENUNJUKAN_LU[kode]
    r = _penunjukan(capsys, db)
    assert (r["jenis"], r["lingkup"], r["status"], r["pegawai"]) == (
        "penunjukan", "lintas-unit", "menunggu", [MAYA])
    assert (r["menunggu"]["peran"], r["menunggu"]["nip"]) == chain[0][:2]
    assert r["menunggu"]["jabatan"] == "Kepala Bidang Pelayanan Kesehatan"
    assert set(r) >= {"id", "jenis", "lingkup", "status", "pegawai", "menunggu", "umur_hari"}
    _walk(capsys, db, r["id"], chain)

    sukarela = [(peran, nip, "setujui") for peran, nip in SUKARELA_LU[kode]]
    s = _sukarela(capsys, db)
    assert (s["jenis"], s["status"], s["menunggu"]["peran"]) == ("sukarela", "menunggu",
                                                                 sukarela[0][0])
    steps = _walk(capsys, db, s["id"], sukarela, tolak=True)
    assert steps[-1]["catatan"] == "beban kerja di puskesmas sedang tinggi"

    assert [x["id"] for x in _json(capsys, db, "daftar", "--status", "disetujui")] == [r["id"]]
    assert [x["id"] for x in _json(capsys, db, "daftar", "--status", "ditolak")] == [s["id"]]
    assert _json(capsys, db, "daftar", "--status", "menunggu") == []
    # a closed request takes no more decisions
    err = _fails(capsys, db, "setujui", r["id"], "--oleh", chain[-1][1])
    assert "sudah disetujui" in err


def test_wrong_actor_exits_2_naming_who_the_step_waits_for(capsys, db):
    _profil(capsys, db, "kapuas-hulu")
    pid = _penunjukan(capsys, db)["id"]
    before = _json(capsys, db, "riwayat", pid)
    err = _fails(capsys, db, "setujui", pid, "--oleh", INTAN)
    assert "Langkah 1 menunggu Pimpinan Unit Organisasi pemilik kinerja" in err
    assert "Kepala Bidang Pelayanan Kesehatan" in err and "drg. Ratna Kusumawardani" in err
    assert RATNA in err
    assert _json(capsys, db, "riwayat", pid) == before
    # the NIP is checked before the file is opened, naming the option
    err = _fails(capsys, db, "setujui", pid, "--oleh", "1234")
    assert "--oleh" in err and "18 digit" in err
    err = _fails(capsys, db, "setujui", pid, "--oleh", "199999999999999999")
    assert "199999999999999999 tidak ditemukan" in err
    # an action the step does not offer
    err = _fails(capsys, db, "rekomendasi", pid, "--oleh", RATNA)
    assert "tidak dapat 'rekomendasi'" in err and "setujui, tolak" in err
    assert _json(capsys, db, "riwayat", pid) == before


@pytest.mark.parametrize("alasan", [None, "", "   "])
def test_tolak_without_alasan_exits_2_and_writes_nothing(capsys, db, alasan):
    pid = _penunjukan(capsys, db)["id"]
    before = _json(capsys, db, "riwayat", pid)
    args = ["tolak", pid, "--oleh", RATNA]
    if alasan is not None:
        args += ["--alasan", alasan]
    err = _fails(capsys, db, *args)
    assert "--alasan" in err and "alasan penolakan wajib" in err
    assert _json(capsys, db, "riwayat", pid) == before
    assert _json(capsys, db, "daftar", "--status", "menunggu")[0]["id"] == pid


@pytest.mark.parametrize(("args", "expected"), [
    (("--mulai", "2026-02-30"), "argumen --mulai: tanggal '2026-02-30' tidak sah (format "
                                "YYYY-MM-DD)"),
    (("--selesai", "30-06-2026"), "argumen --selesai: tanggal '30-06-2026' tidak sah (format "
                                  "YYYY-MM-DD)"),
    (("--tanggal", "2026/03/02"), "argumen --tanggal: tanggal '2026/03/02' tidak sah"),
    (("--selesai", "2026-03-01"), "--selesai: tanggal selesai 2026-03-01 sebelum tanggal mulai"),
    (("--maksud", "  "), "--maksud: maksud dan tujuan wajib diisi"),
    (("--target", ""), "--target: ekspektasi/target kinerja wajib diisi"),
    (("--unit-tujuan", "Bidang Tidak Ada"), "--unit-tujuan: Unit tujuan 'Bidang Tidak Ada' tidak "
                                            "ditemukan"),
    (("--instansi-tujuan", "Dinas Provinsi"), "--instansi-tujuan hanya untuk --lingkup "
                                              "lintas-instansi"),
    (("--jenis", "paksa"), "argumen --jenis: pilihan tidak dikenal: 'paksa'"),
    (("--pegawai", ENDANG), "--pegawai: Endang Wulandari, A.Md.Keb. (198305282008122923) "
                            "tidak berada di unit tujuan UPTD Puskesmas Tanjungsari"),
    (("--pegawai", " , "), "--pegawai: sebutkan sedikitnya satu NIP"),
])
def test_ajukan_bad_input_exits_2_naming_the_option(capsys, db, args, expected):
    base = {"--jenis": "penunjukan", "--lingkup": "lintas-unit", "--pegawai": MAYA,
            "--oleh": RATNA, "--unit-tujuan": SUKAMAJU, "--tanggal": DIAJUKAN}
    isi = dict(zip(ISI[::2], ISI[1::2], strict=True))
    merged = {**base, **isi}
    if args[0] == "--instansi-tujuan":
        del merged["--unit-tujuan"]
    if args[0] == "--pegawai" and args[1] == ENDANG:
        merged["--unit-tujuan"] = "UPTD Puskesmas Tanjungsari"  # Endang sits at Sukamaju
    merged[args[0]] = args[1]
    err = _fails(capsys, db, "ajukan", *[x for kv in merged.items() for x in kv])
    assert expected in err
    assert _json(capsys, db, "daftar") == []


def test_step_dates_and_unknown_ids(capsys, db):
    pid = _penunjukan(capsys, db)["id"]
    err = _fails(capsys, db, "setujui", pid, "--oleh", RATNA, "--tanggal", "2026-03-01")
    assert err.startswith("sistemkerja: --tanggal: Tanggal 01-03-2026 sebelum tanggal "
                          "permohonan")
    err = _fails(capsys, db, "setujui", pid, "--oleh", RATNA, "--tanggal", "kemarin")
    assert "argumen --tanggal: tanggal 'kemarin' tidak sah (format YYYY-MM-DD)" in err
    for args in (("setujui", 99, "--oleh", RATNA), ("riwayat", 99),
                 ("tolak", 99, "--oleh", RATNA, "--alasan", "x")):
        assert "Permohonan penugasan #99 tidak ditemukan" in _fails(capsys, db, *args)
    assert "nomor '0' tidak sah" in _fails(capsys, db, "riwayat", 0)
    assert _json(capsys, db, "riwayat", pid)[0]["keputusan"] == "menunggu"


def test_batalkan_only_by_the_pemohon(capsys, db):
    pid = _penunjukan(capsys, db)["id"]
    err = _fails(capsys, db, "batalkan", pid, "--oleh", INTAN)
    assert "Hanya pemohon" in err
    r = _json(capsys, db, "batalkan", pid, "--oleh", RATNA, "--alasan", "kegiatan ditunda")
    assert (r["status"], r["menunggu"]) == ("dibatalkan", None)
    assert _inbox(capsys, db, RATNA) == []
    assert [x["id"] for x in _json(capsys, db, "daftar", "--status", "dibatalkan")] == [pid]
    assert "sudah dibatalkan" in _fails(capsys, db, "setujui", pid, "--oleh", RATNA)


def test_nomor_surat_and_catatan_are_recorded_on_the_step(capsys, db):
    _profil(capsys, db, "kapuas-hulu")
    pid = _penunjukan(capsys, db)["id"]
    _json(capsys, db, "setujui", pid, "--oleh", RATNA, "--nomor-surat", "800/12/Yankes/2026",
          "--catatan", "mohon dibantu", "--tanggal", "2026-03-03")
    _json(capsys, db, "rekomendasi", pid, "--oleh", INTAN, "--catatan", "layak",
          "--tanggal", "2026-03-04")
    steps = _json(capsys, db, "riwayat", pid)
    assert (steps[0]["surat"], steps[0]["surat_nomor"], steps[0]["surat_tanggal"]) == (
        "surat-permohonan", "800/12/Yankes/2026", "2026-03-03")
    assert steps[0]["catatan"] == "mohon dibantu" and steps[1]["catatan"] == "layak"
    assert steps[1]["keputusan"] == "rekomendasi"


def test_lintas_instansi_keluar_is_recorded_by_the_pemohon(capsys, db):
    """KH Lampiran I B.2.a.3: the other instansi's answers are entered from its letters by the
    pemohon; its pegawai are named `NIP:Nama` (a gelar keeps its comma)."""
    _profil(capsys, db, "kapuas-hulu")
    r = _ajukan(capsys, db, "--jenis", "penunjukan", "--lingkup", "lintas-instansi",
                "--instansi-tujuan", "Dinas Kesehatan Provinsi", "--oleh", RATNA, "--pegawai",
                "199001012015031001:dr. Andi Saputra, M.Kes., 199102022016032002:Budi")
    assert r["pegawai"] == ["199001012015031001", "199102022016032002"]
    pid = r["id"]
    steps = _json(capsys, db, "riwayat", pid)
    assert [s["peran"] for s in steps] == [PUO_PK, PYB_P, PYB_T, PUO_PG, PPK, PYB_T, PYB_P,
                                           PUO_PG]
    assert [s["pihak"] for s in steps] == ["kita"] + ["mereka"] * 7
    aksi = ["setujui", "teruskan", "teruskan", "rekomendasi", "setujui", "teruskan",
            "teruskan", "setujui"]
    for i, a in enumerate(aksi):
        assert _inbox(capsys, db, RATNA) == [pid]
        out = _json(capsys, db, a, pid, "--oleh", RATNA, "--tanggal", _tanggal(i))
        assert out["status"] == ("disetujui" if i == len(aksi) - 1 else "menunggu")
    steps = _json(capsys, db, "riwayat", pid)
    assert [s["keputusan"] for s in steps] == [
        "setuju", "diteruskan", "diteruskan", "rekomendasi", "setuju", "diteruskan",
        "diteruskan", "setuju"]
    assert "Ratna" in steps[1]["dicatat_oleh"] and steps[0]["dicatat_oleh"] == ""
    code, out, _ = run(capsys, "--db", db, "penugasan", "riwayat", pid)
    assert "dr. Andi Saputra, M.Kes. (NIP 199001012015031001, Dinas Kesehatan Provinsi)" in out


def test_lintas_instansi_masuk_waits_for_our_next_holder(capsys, db):
    """An incoming request (--dari-instansi): the pegawai are ours; the first step of the other
    side is entered from its letter by the holder of our next step."""
    _profil(capsys, db, "kapuas-hulu")
    r = _ajukan(capsys, db, "--jenis", "penunjukan", "--lingkup", "lintas-instansi",
                "--dari-instansi", "Dinas Kesehatan Provinsi", "--oleh", HENDRA,
                "--pegawai", MAYA)
    listed = _json(capsys, db, "daftar", "--arah", "masuk")
    assert [x["id"] for x in listed] == [r["id"]] and listed[0]["arah"] == "masuk"
    assert _json(capsys, db, "daftar", "--arah", "keluar") == []
    steps = _json(capsys, db, "riwayat", r["id"])
    assert steps[0]["pihak"] == "mereka"
    assert (steps[1]["peran"], steps[1]["nip"]) == (PUO_PG, INTAN)
    assert r["menunggu"]["pencatat_nip"] == INTAN
    assert _inbox(capsys, db, INTAN) == [r["id"]] and _inbox(capsys, db, HENDRA) == []
    err = _fails(capsys, db, "ajukan", *ISI, "--jenis", "penunjukan", "--lingkup",
                 "lintas-unit", "--dari-instansi", "X", "--oleh", HENDRA, "--pegawai", MAYA)
    assert "--dari-instansi hanya untuk --lingkup lintas-instansi" in err


def test_daftar_filters_and_untuk_oldest_first(capsys, db):
    a = _penunjukan(capsys, db)["id"]
    b = _ajukan(capsys, db, "--jenis", "penunjukan", "--lingkup", "dalam-unit", "--pegawai",
                ENDANG, "--oleh", INTAN, tanggal="2026-03-05")["id"]
    c = _sukarela(capsys, db)["id"]  # generic: waits for Intan first
    assert [x["id"] for x in _json(capsys, db, "daftar")] == [b, c, a]  # newest first
    assert _inbox(capsys, db, INTAN) == [c, b]  # oldest first
    listed = _json(capsys, db, "daftar", "--untuk", INTAN, "--tanggal", "2026-03-12")
    assert [x["umur_hari"] for x in listed] == [10, 7]
    assert [x["id"] for x in _json(capsys, db, "daftar", "--jenis", "sukarela")] == [c]
    assert [x["id"] for x in _json(capsys, db, "daftar", "--lingkup", "dalam-unit")] == [b]
    assert [x["id"] for x in _json(capsys, db, "daftar", "--cari", "Sulastri")] == []
    assert [x["id"] for x in _json(capsys, db, "daftar", "--cari", "Endang")] == [b]
    assert [x["id"] for x in _json(capsys, db, "daftar", "--cari", "19830528 200812")] == [b]
    assert [x["id"] for x in _json(capsys, db, "daftar", "--umur-min", "8", "--tanggal",
                                   "2026-03-12")] == [c, a]
    err = _fails(capsys, db, "daftar", "--status", "lama")
    assert "argumen --status: pilihan tidak dikenal: 'lama'" in err
    assert "--untuk" in _fails(capsys, db, "daftar", "--untuk", "abc")


def test_pasuruan_asks_for_the_workload(capsys, db):
    """Pasuruan Lampiran BAB II B.2: every route weighs the pegawai's workload — printed as
    `peringatan:` on stderr, with and without --json; a sukarela dalam unit is oral."""
    _profil(capsys, db, "pasuruan")
    code, out, err = run(capsys, "--db", db, "penugasan", "ajukan", *ISI, "--jenis", "sukarela",
                         "--lingkup", "dalam-unit", "--pegawai", MAYA, "--oleh", MAYA,
                         "--tanggal", DIAJUKAN)
    assert code == 0, err
    assert "Pengajuan lisan: hanya dicatat." in out
    assert err.startswith("peringatan: beban kerja: Ns. Maya Sari, S.Kep. (NIP "
                          "198808302014032921): 2 tim aktif")
    code, out, err = run(capsys, "--db", db, "penugasan", "ajukan", *ISI, "--jenis",
                         "penunjukan", "--lingkup", "lintas-unit", "--pegawai", MAYA, "--oleh",
                         RATNA, "--unit-tujuan", SUKAMAJU, "--json")
    assert code == 0 and json.loads(out)["status"] == "menunggu"
    assert err.count("peringatan: beban kerja: Ns. Maya Sari") == 1
    _profil(capsys, db, "kapuas-hulu")  # no workload step there
    code, out, err = run(capsys, "--db", db, "penugasan", "ajukan", *ISI, "--jenis",
                         "penunjukan", "--lingkup", "lintas-unit", "--pegawai", MAYA, "--oleh",
                         RATNA, "--unit-tujuan", SUKAMAJU, "--json")
    assert code == 0 and err == ""


def test_text_output(capsys, db):
    _profil(capsys, db, "kapuas-hulu")
    code, out, err = run(capsys, "--db", db, "penugasan", "ajukan", *ISI, "--jenis",
                         "penunjukan", "--lingkup", "lintas-unit", "--pegawai", MAYA, "--oleh",
                         RATNA, "--unit-tujuan", SUKAMAJU, "--tanggal", DIAJUKAN)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == ("Permohonan #1: penunjukan lintas-unit (dalam), menunggu, diajukan "
                        "2026-03-02 oleh drg. Ratna Kusumawardani (198001172006042904)")
    assert "Perbup Kapuas Hulu 36/2023" in out
    assert lines[-3].startswith("  1. [menunggu] Pimpinan Unit Organisasi pemilik kinerja: "
                                "Kepala Bidang Pelayanan Kesehatan — drg. Ratna")
    assert lines[-3].endswith("← menunggu")
    assert lines[-1] == ("  3. [menunggu] Pejabat Penilai Kinerja pegawai: Kepala Dinas "
                         "Kesehatan — dr. Hendra Wijayakusuma, M.Kes., NIP 197103141999031901")
    code, out, _ = run(capsys, "--db", db, "penugasan", "setujui", 1, "--oleh", RATNA)
    assert out.splitlines() == [
        "Permohonan #1: keputusan 'setuju' dicatat; status permohonan: menunggu.",
        "  Berikutnya menunggu langkah 2, Pimpinan Unit Organisasi tempat pegawai berada: "
        "Kepala UPTD Puskesmas Sukamaju — dr. Intan Permatasari, NIP 198702012015032919"]
    code, out, _ = run(capsys, "--db", db, "penugasan", "daftar", "--untuk", INTAN)
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "STATUS", "JENIS", "LINGKUP", "ARAH", "UMUR", "PEGAWAI",
                                "MENUNGGU"]
    assert lines[1].split()[:5] == ["1", "menunggu", "penunjukan", "lintas-unit", "dalam"]
    assert "Ns. Maya Sari" in lines[1] and "dr. Intan Permatasari" in lines[1]
    assert lines[-1] == f"1 permohonan menunggu tindakan NIP {INTAN}."
    code, out, _ = run(capsys, "--db", db, "penugasan", "riwayat", 1)
    assert code == 0 and "1. [setuju] " in out and "2. [menunggu] " in out


def test_tim_member_follows_the_request(capsys, db):
    """A request staffing team 2 (Bidang P2P) makes Endang a waiting member, then an approved
    one with the letter as dasar."""
    r = _ajukan(capsys, db, "--jenis", "penunjukan", "--lingkup", "lintas-unit", "--pegawai",
                ENDANG, "--oleh", RAHMAT, "--unit-tujuan", SUKAMAJU, "--tim", 2)
    assert r["tim_id"] == 2 and r["menunggu"]["nip"] == RAHMAT

    def member():
        svc = build_services(db, create=False)
        try:
            return next((a for a in svc.teams.team(2).anggota if a.nip == ENDANG), None)
        finally:
            svc.close()

    assert member().persetujuan is Persetujuan.MENUNGGU
    _json(capsys, db, "setujui", r["id"], "--oleh", RAHMAT, "--tanggal", "2026-03-03")
    assert member().persetujuan is Persetujuan.MENUNGGU
    _json(capsys, db, "setujui", r["id"], "--oleh", INTAN, "--nomor-surat",
          "800/77/PKM-SM/2026", "--tanggal", "2026-03-04")
    m = member()
    assert m.persetujuan is Persetujuan.DISETUJUI
    assert "800/77/PKM-SM/2026" in m.alasan_persetujuan
    err = _fails(capsys, db, "ajukan", *ISI, "--jenis", "penunjukan", "--lingkup",
                 "lintas-unit", "--pegawai", MAYA, "--oleh", RAHMAT, "--unit-tujuan", SUKAMAJU,
                 "--tim", 99)
    assert "Tim #99 tidak ditemukan" in err


def test_lampiran_is_stored(capsys, db, tmp_path):
    scan = tmp_path / "surat masuk.pdf"
    scan.write_bytes(b"%PDF-1.4 pindaian")
    r = _ajukan(capsys, db, "--jenis", "penunjukan", "--lingkup", "lintas-instansi",
                "--dari-instansi", "Dinas Kesehatan Provinsi", "--oleh", HENDRA, "--pegawai",
                MAYA, "--lampiran", scan)
    svc = build_services(db, create=False)
    try:
        (lamp,) = svc.penugasan.detail(r["id"]).lampiran
        assert svc.penugasan.lampiran(r["id"], lamp.id) == ("surat masuk.pdf",
                                                            b"%PDF-1.4 pindaian")
    finally:
        svc.close()
    err = _fails(capsys, db, "ajukan", *ISI, "--jenis", "penunjukan", "--lingkup",
                 "lintas-instansi", "--dari-instansi", "X", "--oleh", HENDRA, "--pegawai", MAYA,
                 "--lampiran", tmp_path / "tidak-ada.pdf")
    assert "--lampiran" in err and "tidak-ada.pdf" in err
    assert len(_json(capsys, db, "daftar")) == 1


def test_as_a_subprocess_exit_codes_and_no_traceback(db):
    def cli(*args):
        return subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db",
                               str(db), "penugasan", *map(str, args)], capture_output=True,
                              text=True, timeout=120, check=False)

    done = cli("ajukan", *ISI, "--jenis", "penunjukan", "--lingkup", "lintas-unit", "--pegawai",
               MAYA, "--oleh", RATNA, "--unit-tujuan", SUKAMAJU, "--json")
    assert done.returncode == 0, done.stderr
    pid = json.loads(done.stdout)["id"]
    for args, expected in (
            (("tolak", pid, "--oleh", RATNA), "alasan penolakan wajib"),
            (("setujui", pid, "--oleh", INTAN), "drg. Ratna Kusumawardani"),
            (("ajukan", *ISI, "--jenis", "sukarela", "--lingkup", "lintas-instansi",
              "--pegawai", MAYA, "--oleh", MAYA, "--instansi-tujuan", "X"), "(dasar: "),
            (("daftar", "--tanggal", "2026-13-01"), "format YYYY-MM-DD")):
        done = cli(*args)
        assert (done.returncode, done.stdout) == (2, ""), done.stderr
        assert expected in done.stderr and "Traceback" not in done.stderr
    done = cli("daftar", "--untuk", RATNA, "--json")
    assert done.returncode == 0 and [x["id"] for x in json.loads(done.stdout)] == [pid]


@pytest.mark.parametrize("usage", [
    "penugasan tolak ID --oleh NIP --alasan \"…\" [--tanggal YYYY-MM-DD] [--json]",
    "penugasan riwayat ID [--json]",
    "penugasan batalkan ID --oleh NIP [--alasan \"…\"] [--json]",
])
def test_readme_documents_the_commands(capsys, usage):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"sistemkerja [--db FILE] {usage}" in readme
    assert "### Penugasan (isu #10)" in readme
    with pytest.raises(SystemExit) as exc:
        main([*usage.split()[:2], "-h"])
    assert exc.value.code == 0 and "Penggunaan: sistemkerja penugasan" in \
        capsys.readouterr().out
