"""Issue #9: the Kapuas Hulu Keputusan Sekretaris Daerah (lintas instansi, Pasal 10 ayat (1)) —
its number comes from the Setda register and its kop from the settings — and the Pekalongan
Keputusan appointing a Kelompok Kerja (squad) ketua (Pasal 13 ayat (2)), refused elsewhere."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from dokumen_uji import NAMA, bangun, teks_pdf, tim_lintas_unit

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.naskah import Penandatangan
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.services.document_service import NaskahBelumSiap

KOP_SETDA = ("PEMERINTAH KABUPATEN KAPUAS HULU", "SEKRETARIAT DAERAH",
             "Jalan Lintas Selatan Nomor 1 Putussibau 78711")


def _kh_lintas_instansi(services):
    ag = bangun(services, "kapuas-hulu", luar=True)
    tid = tim_lintas_unit(services, ag, "kapuas-hulu", keys=("setuju", "luar"))
    services.teams.set_persetujuan(tid, ag.pegawai["luar"], Persetujuan.DISETUJUI,
                                   "Surat Kepala Dinas Kesehatan Provinsi 800/9/2026")
    services.naskah.simpan_penandatangan(Penandatangan(
        "SEKRETARIS DAERAH\nKABUPATEN UJI", "Drs. Sukardi, M.Si.", nip="196805051990031011",
        pangkat="Pembina Utama Madya (IV/d)", label="Sekretaris Daerah"))
    return ag, tid


def test_kh_sk_sekda_needs_the_setda_number_pasal_10_1(services, tmp_path):
    """The PD drafts it; the number is entered from the Setda register, never taken from the
    PD's sequence; the readiness says so."""
    _, tid = _kh_lintas_instansi(services)
    assert services.dokumen.instrumen(tid)[0] is JenisNaskah.SK_SEKDA
    assert services.dokumen.jenis_sk(tid) is JenisNaskah.SK_SEKDA
    p = services.naskah.pengaturan()
    services.naskah.simpan_pengaturan(dataclasses.replace(p, kop_setda=KOP_SETDA))
    k = services.dokumen.kesiapan(tid, JenisNaskah.SK_SEKDA)
    assert [x for x in k.kurang if "register Sekretariat Daerah" in x] and len(k.kurang) == 1, \
        k.kurang
    with pytest.raises(NaskahBelumSiap, match="register Sekretariat Daerah"):
        services.dokumen.cetak_sk_tim(tid, tmp_path / "sk.pdf")
    with pytest.raises(ValidationError, match="register Sekretariat Daerah"):
        services.naskah.usul_nomor(JenisNaskah.SK_SEKDA)
    with pytest.raises(ValidationError, match="register Sekretariat Daerah"):
        services.naskah.catat_nomor(JenisNaskah.SK_SEKDA, None)
    assert services.naskah.register() == []
    nomor = "27/SETDA-ORG/2026"
    assert services.dokumen.kesiapan(tid, JenisNaskah.SK_SEKDA, nomor=nomor).siap
    res = services.dokumen.cetak_sk_tim(tid, tmp_path / "sk.pdf", nomor=nomor,
                                        tanggal=dt.date(2026, 1, 20))
    assert res.jenis is JenisNaskah.SK_SEKDA and res.nomor == nomor
    text = teks_pdf(tmp_path / "sk.pdf")
    assert "SEKRETARIAT DAERAH" in text and nomor in text and NAMA["luar"] in text
    [row] = services.naskah.register()
    assert (row.jenis, row.nomor, row.urut) == (JenisNaskah.SK_SEKDA, nomor, 27)
    # the PD's own Keputusan sequence is untouched
    assert services.naskah.usul_nomor(JenisNaskah.SK_KEPALA_PD).startswith("100.3.3/1/")


def test_kh_sk_sekda_without_the_setda_kop_is_refused(services):
    _, tid = _kh_lintas_instansi(services)
    k = services.dokumen.kesiapan(tid, JenisNaskah.SK_SEKDA, nomor="27/SETDA-ORG/2026")
    assert any("Kop Sekretariat Daerah" in x and "belum diisi" in x for x in k.kurang), k.kurang
    p = services.naskah.pengaturan()
    services.naskah.simpan_pengaturan(dataclasses.replace(p, kop_setda=KOP_SETDA[:2]))
    k = services.dokumen.kesiapan(tid, JenisNaskah.SK_SEKDA, nomor="27/SETDA-ORG/2026")
    assert any("Kop Sekretariat Daerah" in x and "alamat" in x for x in k.kurang), k.kurang


def test_kh_sk_kepala_pd_for_a_lintas_instansi_team_is_refused_pasal_10_1(services):
    _, tid = _kh_lintas_instansi(services)
    k = services.dokumen.kesiapan(tid, JenisNaskah.SK_KEPALA_PD)
    assert any("Keputusan Sekretaris Daerah" in x and "Perbup Kapuas Hulu 36/2023, Pasal 10(1)" in x
               for x in k.kurang), k.kurang


def test_pk_squad_ketua_keputusan_pasal_13_2(services, tmp_path):
    ag = bangun(services, "pekalongan")
    tid = tim_lintas_unit(services, ag, "pekalongan", keys=("setuju",))
    assert services.dokumen.sk_ketua_dasar(tid) == "Perbup Pekalongan 52/2024, Pasal 13(2)"
    res = services.dokumen.cetak_sk_ketua(tid, tmp_path / "ketua.pdf",
                                          tanggal=dt.date(2026, 1, 20))
    assert res.dokumen_baru and res.jenis is JenisNaskah.SK_KEPALA_UNIT
    assert res.nomor == "100.3.3/1/DU/2026"
    text = teks_pdf(tmp_path / "ketua.pdf")
    assert NAMA["ketua"] in text and res.nomor in text
    assert "Pejabat Bidang Pelayanan".upper() in text.upper()  # Kepala UO pemilik kinerja signs
    [row] = services.naskah.register()
    assert row.jenis is JenisNaskah.SK_KEPALA_UNIT
    # the ketua's Keputusan is not the team's instrument: the team is not made Aktif by it,
    # and its own Keputusan Kepala PD keeps its own sequence
    assert services.teams.team(tid).tim.status.value == "draf"
    # both Keputusan share the default pattern: the proposal skips the text already taken
    assert services.naskah.usul_nomor(JenisNaskah.SK_KEPALA_PD) == "100.3.3/2/DU/2026"
    sk = services.dokumen.cetak_sk_tim(tid, tmp_path / "sk.pdf", tanggal=dt.date(2026, 1, 21))
    assert sk.nomor != res.nomor and services.teams.team(tid).tim.status.value == "aktif"


@pytest.mark.parametrize("profil", ["kapuas-hulu", "barito-timur", "bungo", "pasuruan"])
def test_ketua_keputusan_is_refused_where_pasal_13_2_does_not_apply(services, tmp_path, profil):
    ag = bangun(services, profil)
    tid = tim_lintas_unit(services, ag, profil, keys=("setuju",))
    assert services.dokumen.sk_ketua_dasar(tid) is None
    for draf in (False, True):
        with pytest.raises(ValidationError, match="Pasal 13 ayat \\(2\\)") as err:
            services.dokumen.cetak_sk_ketua(tid, tmp_path / "k.pdf", draf=draf)
        assert err.value.code == "sk_ketua_tidak_berlaku"
    assert not (tmp_path / "k.pdf").exists() and services.naskah.register() == []


def test_pk_tematik_team_has_no_ketua_keputusan(services, tmp_path):
    ag = bangun(services, "pekalongan")
    tid = tim_lintas_unit(services, ag, "pekalongan", keys=("setuju",),
                          jenis="tim-kerja-tematik")
    assert services.dokumen.sk_ketua_dasar(tid) is None
    with pytest.raises(ValidationError, match="Kelompok Kerja"):
        services.dokumen.cetak_sk_ketua(tid, tmp_path / "k.pdf", draf=True)
