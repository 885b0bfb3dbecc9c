"""Issue #9 scenario, per profile: a cross-unit team with one approved, one pending and one
refused outsider. The profile's final instrument is refused while one is pending (the readiness
names him); the other instrument's final is refused citing the Pasal; once the pending one is
approved the right final issues: the refused one is not in the PDF, the approved ones are, and
the team is Aktif.

Instruments (lintas unit): KH Keputusan Kepala PD (Pasal 10 ayat (2)); BT SK Tim Kerja
(Lampiran II huruf A angka 7); PK Keputusan Kepala PD (Pasal 12 ayat (3), Kelompok Kerja); BG
Surat Tugas (Pasal 9 ayat (4)); PS surat penugasan (Lampiran BAB II huruf B angka 2). Only
approved people are assigned: KH Lampiran I B.2.a.2 d; BG Pasal 6 ayat (3) huruf d; BT
Lampiran II C.1)(3)d; PS II.B.2.a a)2 d; PK Pasal 15 ayat (3)–(4)."""

from __future__ import annotations

import pytest
from dokumen_uji import NAMA, PROFILES, bangun, teks_pdf, tim_lintas_unit

from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.tim import Persetujuan, StatusTim
from sistemkerja_desktop.services.document_service import NaskahBelumSiap

# profile → (the instrument, the citation the refusal of the other kind quotes)
INSTRUMEN = {
    "kapuas-hulu": (JenisNaskah.SK_KEPALA_PD, "Perbup Kapuas Hulu 36/2023, Pasal 10(2)"),
    "barito-timur": (JenisNaskah.SK_KEPALA_PD, "Perbup Barito Timur 11/2024, Lampiran II A.7"),
    "pekalongan": (JenisNaskah.SK_KEPALA_PD, "Perbup Pekalongan 52/2024, Pasal 12(3)"),
    "bungo": (JenisNaskah.SURAT_TUGAS, "Perbup Bungo 15/2024, Pasal 9(4)"),
    "pasuruan": (JenisNaskah.SURAT_TUGAS, "Perbup Pasuruan 217/2023, Pasal 10(4); Lampiran BAB "
                                          "II B.2"),
}


def _cetak(svc, jenis, tid, path, **kw):
    if jenis is JenisNaskah.SURAT_TUGAS:
        return svc.dokumen.cetak_surat_tugas(tid, path, **kw)
    return svc.dokumen.cetak_sk_tim(tid, path, jenis=jenis, **kw)


@pytest.mark.parametrize("profil", PROFILES)
def test_scenario_cross_unit_team_issues_the_profiles_instrument(services, tmp_path, profil):
    ag = bangun(services, profil)
    tid = tim_lintas_unit(services, ag, profil)
    jenis, pasal = INSTRUMEN[profil]
    lain = JenisNaskah.SK_KEPALA_PD if jenis is JenisNaskah.SURAT_TUGAS \
        else JenisNaskah.SURAT_TUGAS
    assert services.dokumen.instrumen(tid)[0] is jenis
    assert services.teams.team(tid).tim.status is StatusTim.DRAF

    # 1. the profile's final is refused while Mira still waits; the readiness names her
    k = services.dokumen.kesiapan(tid, jenis)
    waiting = [x for x in k.kurang if NAMA["menunggu"] in x]
    assert waiting and not k.siap, k.kurang
    assert not any(NAMA["tolak"] in x for x in k.kurang)  # refused: not judged, not listed
    with pytest.raises(NaskahBelumSiap) as err:
        _cetak(services, jenis, tid, tmp_path / "a.pdf")
    assert NAMA["menunggu"] in err.value.message
    assert not (tmp_path / "a.pdf").exists() and services.naskah.register() == []

    # 2. the other kind's final is refused citing the Pasal of the profile's instrument
    k_lain = services.dokumen.kesiapan(tid, lain)
    salah = [x for x in k_lain.kurang if "bukan instrumen" in x]
    assert salah and pasal in salah[0] and jenis.label in salah[0], k_lain.kurang

    # 3. Mira approved: the right final issues; Toni (refused) is not in it
    services.teams.set_persetujuan(tid, ag.pegawai["menunggu"], Persetujuan.DISETUJUI, "")
    with pytest.raises(NaskahBelumSiap, match="bukan instrumen"):
        _cetak(services, lain, tid, tmp_path / "lain.pdf")
    out = tmp_path / "final.pdf"
    res = _cetak(services, jenis, tid, out)
    assert res.dokumen_baru and not res.draf and res.kesiapan.siap
    text = teks_pdf(out)
    for key in ("ketua", "anggota", "setuju", "menunggu"):
        assert NAMA[key] in text, key
    assert NAMA["tolak"] not in text and "DRAF" not in text
    assert "menunggu persetujuan" not in text
    assert services.teams.team(tid).tim.status is StatusTim.AKTIF
    [row] = services.naskah.register()
    assert row.jenis is jenis and row.nomor == res.nomor


@pytest.mark.parametrize("profil", PROFILES)
def test_a_draft_of_the_other_instrument_is_marked(services, tmp_path, profil):
    """Draft allowed, marked (catatan_draf) with the Pasal; the pending member marked too."""
    ag = bangun(services, profil)
    tid = tim_lintas_unit(services, ag, profil)
    jenis, pasal = INSTRUMEN[profil]
    lain = JenisNaskah.SK_KEPALA_PD if jenis is JenisNaskah.SURAT_TUGAS \
        else JenisNaskah.SURAT_TUGAS
    res = _cetak(services, lain, tid, tmp_path / "draf.pdf", draf=True)
    assert res.draf and pasal in res.catatan_draf and "Bukan instrumen" in res.catatan_draf
    text = teks_pdf(tmp_path / "draf.pdf")
    assert "DRAF" in text and "Bukan instrumen" in text
    assert NAMA["menunggu"] in text and "menunggu persetujuan" in text
    assert NAMA["tolak"] not in text
    own = _cetak(services, jenis, tid, tmp_path / "own.pdf", draf=True)
    assert own.catatan_draf == ""
    assert services.naskah.register() == []
    assert services.teams.team(tid).tim.status is StatusTim.DRAF  # a draft fixes nothing
