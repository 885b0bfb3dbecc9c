"""Wording that follows the profile's Perbup: the reporting clause of the SK diktum and of the
Surat Tugas 'Untuk' (recipient and frequency), the team type the SK states (Pekalongan), and
the name of the instrument (Surat Penugasan where the Perbup calls it so)."""

from __future__ import annotations

import datetime as dt

import pytest
from naskah_uji import FAJAR, RINA, YULIANA, halaman, pengaturan, struktur, teks, tim

from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import FrekuensiLaporan, PeranTim
from sistemkerja_desktop.exporters.pdf.sk_tim import write_sk_tim_pdf
from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf
from sistemkerja_desktop.services import naskah_builder as nb

K, A = PeranTim.KETUA, PeranTim.ANGGOTA
TGL = dt.date(2026, 1, 5)
KABID = "Kepala Bidang Kesehatan Masyarakat"

# profile → (SK reporting clause, Surat Tugas 'Untuk' 3) for a team reporting monthly
LAPORAN = {
    # KH Pasal 13 ayat (2) (SK: the last task of KEDUA) / Lampiran II.3 verbatim
    "kapuas-hulu": ((f"melaporkan pelaksanaan tugas tim kerja setiap bulan kepada {KABID} selaku "
                     "Pimpinan Unit Organisasi."),
                    f"Melaporkan hasilnya kepada {KABID} sebagai Pejabat Penilai Kinerja."),
    # BT Pasal 16 ayat (2): Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja
    "barito-timur": ((f"Ketua Tim melaporkan pelaksanaan tugas Tim Uji setiap bulan kepada "
                      f"{KABID} selaku Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja."),
                     (f"Melaporkan hasil pelaksanaan tugas setiap bulan kepada {KABID} selaku "
                      "Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja.")),
    # PK Pasal 25 ayat (2), Pasal 1 angka 28; triwulanan: Lampiran IV 4.1.3 angka 2 huruf d
    "pekalongan": ((f"Ketua Tim melaporkan pelaksanaan tugas Tim Uji setiap triwulan kepada "
                    f"{KABID} selaku Pimpinan Unit Organisasi Pemilik Kinerja."),
                   (f"Melaporkan hasil pelaksanaan tugas setiap triwulan kepada {KABID} selaku "
                    "Pimpinan Unit Organisasi Pemilik Kinerja.")),
    # BG Pasal 12 ayat (1) huruf b: Pimpinan Unit Organisasi selaku pemilik kinerja
    "bungo": ((f"Ketua Tim melaporkan pelaksanaan tugas Tim Uji setiap bulan kepada {KABID} "
               "selaku Pimpinan Unit Organisasi pemilik kinerja."),
              (f"Melaporkan hasil pelaksanaan tugas setiap bulan kepada {KABID} selaku Pimpinan "
               "Unit Organisasi pemilik kinerja.")),
    # PS Pasal 13 ayat (2)
    "pasuruan": ((f"Ketua Tim melaporkan pelaksanaan tugas Tim Uji setiap bulan kepada {KABID} "
                  "selaku Pimpinan Unit Organisasi."),
                 (f"Melaporkan hasil pelaksanaan tugas setiap bulan kepada {KABID} selaku "
                  "Pimpinan Unit Organisasi.")),
}


def _team(s, **kw):
    kw.setdefault("nama", "Tim Uji")
    return tim(s, [(YULIANA, K, None), (FAJAR, A, None), (RINA, A, None)], **kw)


def _sk_text(tmp_path, profil, t):
    s = struktur(profil)
    d = nb.build_sk(t, s, pengaturan(s), jenis=JenisNaskah.SK_KEPALA_PD, nomor="1",
                    tanggal=TGL, signer=None, profile=get_profile(profil))
    path = tmp_path / f"sk-{profil}.pdf"
    write_sk_tim_pdf(d, path)
    return d, teks(path)


def _st(tmp_path, profil, tims):
    s = struktur(profil)
    d = nb.build_st(tims, s, get_profile(profil), pengaturan(s), nomor="2", tanggal=TGL,
                    signer=None)
    path = tmp_path / f"st-{profil}.pdf"
    write_surat_tugas_pdf(d, path)
    return d, halaman(path)


@pytest.mark.parametrize("profil", sorted(LAPORAN))
def test_sk_reporting_clause_follows_the_profile(tmp_path, profil):
    """KH Ps.13(2); BT Ps.16(2); PK Ps.25(2) + Lamp IV 4.1.3 2.d; BG Ps.12(1)b; PS Ps.13(2) —
    not 'setiap bulan … selaku Pejabat Penilai Kinerja' everywhere."""
    s = struktur(profil)
    d, text = _sk_text(tmp_path, profil, _team(s))
    clause = LAPORAN[profil][0]
    assert any(clause in b.teks or clause in b.sub for b in d.diktum), [b.teks for b in d.diktum]
    assert clause in text
    if profil != "kapuas-hulu":
        assert "anggota melaporkan pelaksanaan tugas kepada Ketua Tim" in text  # anggota → ketua
    if profil != "barito-timur":
        assert "Pejabat Penilai Kinerja" not in " ".join(b.teks for b in d.diktum)


@pytest.mark.parametrize("profil", sorted(LAPORAN))
def test_surat_tugas_reporting_line_follows_the_profile(tmp_path, profil):
    """'Untuk' item 3: KH Lampiran II.3 verbatim; elsewhere the Perbup's recipient/frequency."""
    s = struktur(profil)
    d, pages = _st(tmp_path, profil, [_team(s)])
    assert d.untuk[-1].teks == LAPORAN[profil][1]
    assert LAPORAN[profil][1] in " ".join(pages)


def test_pekalongan_reports_quarterly_whatever_the_team_says():
    """PK Lampiran IV 4.1.3 angka 2 huruf d (and Lampiran V huruf a angka 4): monitored
    'secara triwulanan' — the team's own frequency does not change it; BT keeps the team's."""
    for profil, expected in (("pekalongan", "setiap triwulan"), ("barito-timur", "setiap semester")):
        s = struktur(profil)
        t = _team(s, frekuensi_laporan=FrekuensiLaporan.SEMESTERAN)
        d = nb.build_sk(t, s, pengaturan(s), jenis=JenisNaskah.SK_KEPALA_PD, nomor="1",
                        tanggal=TGL, signer=None, profile=get_profile(profil))
        assert f"Tim Uji {expected} kepada" in d.diktum[2].teks, profil


@pytest.mark.parametrize(("jenis", "nama", "bentuk"), [
    ("kelompok-kerja", "Kelompok Kerja Gizi", ("sebagai Kelompok Kerja (squad) berbasis layanan "
                                               "utama Unit Organisasi sesuai dengan tugas dan "
                                               "fungsi")),
    ("tim-kerja-tematik", "Tim Kerja Stunting", ("sebagai Tim Kerja berbasis tematik yang bersifat "
                                                 "sementara (ad hoc)"))])
def test_pekalongan_sk_states_the_team_type_pasal_12_ayat_1(tmp_path, jenis, nama, bentuk):
    """PK Pasal 12 ayat (1): a Kelompok Kerja (squad) or a Tim Kerja berbasis tematik; the SK
    says which (Diktum KESATU) and the squad's ketua is 'Ketua Kelompok Kerja'."""
    s = struktur("pekalongan")
    d, text = _sk_text(tmp_path, "pekalongan", _team(s, nama=nama, jenis=jenis))
    assert d.diktum[0].teks.startswith(f"Membentuk {nama} {bentuk} dengan susunan keanggotaan")
    assert bentuk in text
    if jenis == "kelompok-kerja":
        assert "Ketua Kelompok Kerja melaporkan" in d.diktum[2].teks


@pytest.mark.parametrize("profil", ["barito-timur", "bungo", "pasuruan", "kapuas-hulu"])
def test_single_kind_profiles_state_no_team_type(tmp_path, profil):
    s = struktur(profil)
    d, _ = _sk_text(tmp_path, profil, _team(s))
    assert " sebagai " not in d.diktum[0].teks


def test_pasuruan_team_instrument_is_a_surat_penugasan(tmp_path):
    """PS Lampiran BAB II huruf B angka 2: surat penugasan, no SK Tim — the document is
    titled SURAT PENUGASAN, its lampiran 'Lampiran Surat Penugasan'."""
    s = struktur("pasuruan")
    t = tim(s, [(YULIANA, K, None), *((n, A, None) for n in (
        FAJAR, RINA, "198301112011062999", "199410042021012902", "199412252020031966",
        "199207112022122932"))])
    d, pages = _st(tmp_path, "pasuruan", [t])
    assert d.judul_dokumen == "Surat Penugasan" and d.lampiran
    assert "SURAT PENUGASAN NOMOR : 2" in pages[0] and "SURAT TUGAS" not in pages[0]
    assert "Lampiran Surat Penugasan" in pages[0]  # Kepada: … Lampiran Surat Penugasan ini
    assert pages[-1].startswith("- 2 - Lampiran Surat Penugasan:")


@pytest.mark.parametrize(("profil", "judul"), [
    ("barito-timur", "Surat Penugasan"),  # BT Lampiran II huruf A angka 7
    ("pekalongan", "Surat Penugasan"),  # PK Pasal 15 ayat (4); Pasal 17 ayat (3)
    ("bungo", "Surat Penugasan"),  # BG Pasal 6 ayat (3) huruf c
    ("pasuruan", "Surat Penugasan"),  # PS Lampiran BAB II huruf B angka 2
    ("kapuas-hulu", "Surat Tugas")])  # KH Pasal 10 ayat (3): surat tugas
def test_personal_instrument_is_named_per_profile(tmp_path, profil, judul):
    """One person assigned: the personal instrument the Perbup names."""
    s = struktur(profil)
    d, pages = _st(tmp_path, profil, [tim(s, [(YULIANA, K, None)])])
    assert d.judul_dokumen == judul
    assert pages[0].split(" NOMOR")[0].endswith(judul.upper())


def test_bungo_team_surat_tugas_keeps_its_name(tmp_path):
    """BG Pasal 9 ayat (4): a team is fixed by a surat tugas of the Kepala PD/Unit Kerja."""
    s = struktur("bungo")
    d, pages = _st(tmp_path, "bungo", [_team(s)])
    assert d.judul_dokumen == "Surat Tugas" and "SURAT TUGAS NOMOR" in pages[0]


def test_pekalongan_acting_ketua_is_named_after_the_ketua(tmp_path):
    """PK Pasal 29 ayat (2): the acting ketua of a squad is printed by role — 'Ketua Kelompok
    Kerja (squad) sementara' — right after the ketua in the SK susunan and among the named
    roles of the Surat Penugasan, not as a plain Anggota."""
    import dataclasses

    s = struktur("pekalongan")
    t = _team(s, nama="Kelompok Kerja Gizi", jenis="kelompok-kerja")
    rina = next(p.id for p in s.pegawai if p.nip == RINA)
    t = dataclasses.replace(t, anggota=tuple(
        dataclasses.replace(a, sementara=True, dasar_sementara="Keputusan Kepala Bidang 800/1/2026")
        if a.pegawai_id == rina else a for a in t.anggota))
    d, text = _sk_text(tmp_path, "pekalongan", t)
    roles = [o.peran for o in d.susunan]
    assert roles[:2] == ["Ketua", "Ketua Kelompok Kerja (squad) sementara"], roles
    assert d.susunan[1].nama.startswith(next(p.nama for p in s.pegawai if p.nip == RINA))
    assert "Ketua Kelompok Kerja (squad) sementara" in text
    st_doc, pages = _st(tmp_path, "pekalongan", [t])
    tt = st_doc.tim[0]
    assert tt.ketua is not None and tt.ketua.nip.replace(" ", "") == YULIANA
    assert [(o.nip.replace(" ", ""), o.peran) for o in tt.lain] == [
        (RINA, "Ketua Kelompok Kerja (squad) sementara")]
    assert RINA not in [o.nip.replace(" ", "") for o in tt.anggota]
    assert "Ketua Kelompok Kerja (squad) sementara" in " ".join(pages)
