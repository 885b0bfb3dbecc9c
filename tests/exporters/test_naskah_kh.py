"""Kapuas Hulu documents follow the Lampiran II templates, which Perbup Kapuas Hulu 36/2023
Pasal 10 ayat (4) makes binding: II.1 Keputusan Sekretaris Daerah (+ Lampiran Susunan Tim),
II.2 Keputusan Kepala Perangkat Daerah, II.3 Surat Tugas (+ Lampiran Surat Tugas)."""

from __future__ import annotations

import datetime as dt

import pytest
from naskah_uji import (
    FAJAR,
    HENI,
    KOP_SETDA,
    RINA,
    SITI,
    YULIANA,
    halaman,
    pengaturan,
    struktur,
    teks,
    tim,
)

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.naskah import Penandatangan
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import PeranTim, Persetujuan
from sistemkerja_desktop.exporters.pdf.sk_tim import write_sk_tim_pdf
from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf
from sistemkerja_desktop.services import naskah_builder as nb

K, A = PeranTim.KETUA, PeranTim.ANGGOTA
KH = get_profile("kapuas-hulu")
SEKDA = Penandatangan("SEKRETARIS DAERAH\nKABUPATEN KAPUAS HULU", "Drs. Mohd. Zaini, M.Si.",
                      nip="196805121990031004", pangkat="Pembina Utama Madya (IV/d)")
KABID = Penandatangan("KEPALA BIDANG KESEHATAN MASYARAKAT", "Sri Rahayuningsih, S.KM., M.M.",
                      nip="197508222000032902", pangkat="Pembina (IV/a)")
TGL = dt.date(2026, 1, 5)


def _lintas_instansi(s, **kw):
    return tim(s, [(YULIANA, K, None), (FAJAR, A, None), (SITI, A, Persetujuan.DISETUJUI),
                   (RINA, A, None)], **kw)


def _sk(tmp_path, jenis, *, p=None, draf=False, name="sk.pdf", **kw):
    s = struktur("kapuas-hulu")
    t = _lintas_instansi(s, **kw)
    d = nb.build_sk(t, s, p or pengaturan(s, kop_setda=KOP_SETDA), jenis=jenis,
                    nomor="100.3.3/12/SETDA-ORG/2026" if not draf else "", tanggal=TGL,
                    signer=SEKDA if jenis is JenisNaskah.SK_SEKDA else KABID, profile=KH,
                    draf=draf)
    path = tmp_path / name
    write_sk_tim_pdf(d, path, draf=draf)
    return d, halaman(path)


def test_sk_sekda_has_the_setda_kop_and_tahun_anggaran_lampiran_ii_1(tmp_path):
    """Lamp II.1: kop PEMERINTAH KABUPATEN KAPUAS HULU / SEKRETARIAT DAERAH / Jalan Danau Luar
    …; KEPUTUSAN SEKRETARIS DAERAH …, NOMOR : …; TENTANG PEMBENTUKAN TIM … TAHUN ANGGARAN …"""
    d, pages = _sk(tmp_path, JenisNaskah.SK_SEKDA, tahun_anggaran=2026)
    first = pages[0]
    assert first.startswith("PEMERINTAH KABUPATEN KAPUAS HULU SEKRETARIAT DAERAH Jalan Danau Luar "
                            "Nomor 12 Putussibau")
    assert "DINAS KESEHATAN Jalan Merdeka" not in first  # not the PD's kop
    assert "KEPUTUSAN SEKRETARIS DAERAH KABUPATEN KAPUAS HULU NOMOR : 100.3.3/12/SETDA-ORG/2026" \
        in first
    assert d.tentang == "PEMBENTUKAN TIM KERJA PERCEPATAN PENURUNAN STUNTING TAHUN ANGGARAN 2026"
    assert "SEKRETARIS DAERAH KABUPATEN KAPUAS HULU, Menimbang" in first
    text = " ".join(pages)
    assert "Menetapkan : KEPUTUSAN SEKRETARIS DAERAH TENTANG PEMBENTUKAN TIM KERJA" in text
    assert "Keputusan Sekretaris Daerah ini mulai berlaku pada tanggal ditetapkan." in text


def test_sk_tahun_anggaran_comes_from_the_period_never_today(tmp_path):
    """The TA is the team's, else the year its period lies in; a period over two years
    without TA leaves the blank of the template (Lamp II.1 'Tahun Anggaran ……'), never the
    current year (today is 27 November 2026 in the tests)."""
    d, _ = _sk(tmp_path, JenisNaskah.SK_SEKDA, mulai=dt.date(2025, 2, 1),
               selesai=dt.date(2025, 11, 30))
    assert d.tentang.endswith("TAHUN ANGGARAN 2025")
    assert "Tahun Anggaran 2025" in d.diktum[2].teks and "Tahun Anggaran 2025" in d.menimbang[0]
    d, pages = _sk(tmp_path, JenisNaskah.SK_SEKDA, mulai=dt.date(2025, 7, 1),
                   selesai=dt.date(2026, 6, 30), name="dua.pdf")
    assert "TAHUN ANGGARAN" not in d.tentang
    assert d.diktum[2].teks.endswith("Tahun Anggaran …….")
    assert "2026" not in d.diktum[2].teks and "Anggaran 2026" not in " ".join(pages)


def test_sk_sekda_final_refused_without_the_setda_kop_draft_uses_pd_kop(tmp_path):
    """Lamp II.1: the konsep for the Sekretariat Daerah carries its kop (a final without it is
    refused by the readiness check first, and by the builder too); a draft may fall back to
    the PD's kop, with a note."""
    s = struktur("kapuas-hulu")
    p = pengaturan(s)
    with pytest.raises(ValidationError) as err:
        _sk(tmp_path, JenisNaskah.SK_SEKDA, p=p)
    assert err.value.code == "kop_setda_kosong" and not (tmp_path / "sk.pdf").exists()
    d, pages = _sk(tmp_path, JenisNaskah.SK_SEKDA, p=p, draf=True)
    assert "PEMERINTAH KABUPATEN KAPUAS HULU DINAS KESEHATAN Jalan Merdeka" in pages[0]
    assert "SEKRETARIAT DAERAH" not in pages[0]
    assert "Catatan draf: Kop Sekretariat Daerah belum diisi" in pages[0]
    assert "draf ini memakai kop Perangkat Daerah." in d.catatan_draf


@pytest.mark.parametrize("jenis", [JenisNaskah.SK_SEKDA, JenisNaskah.SK_KEPALA_PD])
def test_kh_sk_has_the_templates_four_diktum(tmp_path, jenis):
    """Lamp II.1–2: KESATU membentuk (+ lampiran), KEDUA tugas, KETIGA biaya APBD, KEEMPAT
    'mulai berlaku pada tanggal ditetapkan' — no fifth diktum; the reporting duty (Pasal 13
    ayat (2)) is the last task of KEDUA, the term of the team stands in KESATU."""
    d, pages = _sk(tmp_path, jenis, tahun_anggaran=2026)
    text = " ".join(pages)
    assert len(d.diktum) == 4 and "KELIMA" not in text
    assert d.diktum[0].teks.startswith("Membentuk Tim Kerja Percepatan Penurunan Stunting dengan "
                                       "masa kerja terhitung mulai tanggal 5 Januari 2026")
    assert "dengan susunan Tim sebagaimana tercantum dalam Lampiran" in d.diktum[0].teks
    assert d.diktum[1].teks == ("Tim sebagaimana dimaksud pada Diktum KESATU ini mempunyai tugas "
                                "sebagai berikut:")
    assert d.diktum[1].sub[-2] == "menyusun laporan hasil pelaksanaan tugas;"  # was '.'
    assert d.diktum[1].sub[-1] == ("melaporkan pelaksanaan tugas tim kerja setiap bulan kepada "
                                   "Kepala Bidang Kesehatan Masyarakat selaku Pimpinan Unit "
                                   "Organisasi.")
    assert d.diktum[2].teks == ("Biaya sebagai akibat ditetapkannya Keputusan ini dibebankan pada "
                                "Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2026.")
    assert d.diktum[3].teks.endswith("ini mulai berlaku pada tanggal ditetapkan.")
    assert "KEEMPAT : Keputusan" in text


def test_kh_susunan_table_and_lampiran_signature_lampiran_ii_1(tmp_path):
    """Lamp II.1 lampiran: NOMOR | NAMA | JABATAN DALAM TIM | JABATAN DALAM DINAS with the
    1 2 3 4 row; signed with the jabatan, NAMA, PANGKAT, NIP — no second 'Ditetapkan di'."""
    d, pages = _sk(tmp_path, JenisNaskah.SK_SEKDA, tahun_anggaran=2026)
    lampiran = next(p for p in pages if "SUSUNAN TIM KERJA PERCEPATAN" in p)
    assert "NOMOR NAMA JABATAN DALAM TIM JABATAN DALAM DINAS 1 2 3 4 1." in lampiran
    assert "1. Yuliana Safitri, S.Gz. NIP. 19910303 201712 2 909 Ketua Nutrisionis Ahli Muda" \
        in lampiran
    assert lampiran.rstrip().endswith("SEKRETARIS DAERAH KABUPATEN KAPUAS HULU, MOHD. ZAINI "
                                      "Pembina Utama Madya (IV/d) NIP. 19680512 199003 1 004")
    assert " ".join(pages).count("Ditetapkan di") == 1
    assert not d.kolom_nip


def test_kh_sk_signature_shows_pangkat_and_nip_whatever_the_setting(tmp_path):
    """Lamp II.1–2 print NAMA / PANGKAT / NIP under the signature."""
    s = struktur("kapuas-hulu")
    p = pengaturan(s, kop_setda=KOP_SETDA, sk_tampilkan_pangkat=False, sk_tampilkan_nip=False)
    d, pages = _sk(tmp_path, JenisNaskah.SK_KEPALA_PD, p=p)
    assert d.pengesahan.tampilkan_pangkat and d.pengesahan.tampilkan_nip
    assert "Pembina (IV/a) NIP. 19750822 200003 2 902" in " ".join(pages)


def _st(tmp_path, tims, name="st.pdf"):
    s = struktur("kapuas-hulu")
    d = nb.build_st(tims(s), s, KH, pengaturan(s), nomor="800.1.11.1/123/Dinkes/2026",
                    tanggal=TGL, signer=KABID)
    path = tmp_path / name
    write_surat_tugas_pdf(d, path)
    return d, halaman(path)


def test_kh_surat_tugas_always_names_by_lampiran_lampiran_ii_3(tmp_path):
    """Lamp II.3: 'Kepada : Nama-nama berikut sebagaimana terlampir' even for two people, and
    the Lampiran Surat Tugas: Penanggung jawab pelaksanaan tugas; 1. Tim …; a. Ketua Tim;
    b. Anggota 1. … (Jabatan); Untuk 3 '… sebagai Pejabat Penilai Kinerja'."""
    d, pages = _st(tmp_path, lambda s: [tim(s, [(YULIANA, K, None), (FAJAR, A, None)],
                                            nama="Tim Kerja Gizi Masyarakat")])
    first, text = pages[0], " ".join(pages)
    assert d.lampiran and d.kepada == ()
    assert "MEMERINTAHKAN : Kepada : Nama-nama berikut sebagaimana terlampir Untuk : 1." in first
    assert "Fajar Nugroho" not in first
    assert ("3. Melaporkan hasilnya kepada Kepala Bidang Kesehatan Masyarakat sebagai Pejabat "
            "Penilai Kinerja.") in first
    lamp = pages[-1]
    assert lamp.startswith("- 2 - Lampiran Surat Tugas: Nomor : 800.1.11.1/123/Dinkes/2026 "
                           "Tanggal : 5 Januari 2026")
    assert "Penanggung jawab pelaksanaan tugas : Kepala Bidang Kesehatan Masyarakat" in lamp
    assert "1. Tim Kerja Gizi Masyarakat a. Ketua Tim : Yuliana Safitri, S.Gz. (Nutrisionis " \
           "Ahli Muda)" in lamp
    assert "b. Anggota : 1. Fajar Nugroho, S.KM. (Tenaga Promosi Kesehatan" in lamp
    assert text.count("Putussibau, 5 Januari 2026") == 1  # the lampiran is signed undated


def test_kh_surat_tugas_lists_several_teams(tmp_path):
    """Lamp II.3: '1. Tim …, 2. Tim …, 3. Tim dst' in one Surat Tugas."""
    _, pages = _st(tmp_path, lambda s: [
        tim(s, [(YULIANA, K, None), (RINA, A, None)], nama="Tim Kerja Gizi"),
        tim(s, [(FAJAR, K, None), (HENI, A, None)], nama="Tim Kerja Promosi")])
    lamp = pages[-1]
    assert "1. Tim Kerja Gizi a. Ketua Tim" in lamp and "2. Tim Kerja Promosi a. Ketua Tim" in lamp
    assert "Kepada : Nama-nama berikut sebagaimana terlampir" in pages[0]


def test_surat_tugas_elsewhere_names_few_people_in_the_body(tmp_path):
    """Outside Kapuas Hulu the national model stays: up to `batas_nama_badan` names with their
    identity in the body (domain_conventions §1.4)."""
    s = struktur("bungo")
    t = tim(s, [(YULIANA, K, None), (FAJAR, A, None)])
    d = nb.build_st([t], s, get_profile("bungo"), pengaturan(s), nomor="1", tanggal=TGL,
                    signer=KABID)
    assert not d.lampiran and len(d.kepada) == 2 and d.kepada_teks == ""
    path = tmp_path / "bg.pdf"
    write_surat_tugas_pdf(d, path)
    assert "Kepada : 1. Nama : Yuliana Safitri, S.Gz." in teks(path)
