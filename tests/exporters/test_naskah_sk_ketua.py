"""Keputusan Kepala Unit Organisasi Pemilik Kinerja tentang Penunjukan Ketua Kelompok Kerja
(Squad) — Perbup Pekalongan 52/2024 Pasal 13 ayat (2); acting ketua Pasal 29 ayat (1)
(issue #9 contract 8: `naskah_builder.build_sk_ketua`)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from naskah_uji import FAJAR, RINA, SITI, YULIANA, halaman, pengaturan, struktur, tim

from sistemkerja_desktop.domain.naskah import Penandatangan
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import PeranTim, Persetujuan
from sistemkerja_desktop.exporters.pdf.sk_tim import write_sk_tim_pdf
from sistemkerja_desktop.services import naskah_builder as nb

K, A = PeranTim.KETUA, PeranTim.ANGGOTA
PK = get_profile("pekalongan")
KABID = Penandatangan("KEPALA BIDANG KESEHATAN MASYARAKAT\nDINAS KESEHATAN KABUPATEN PEKALONGAN",
                      "Sri Rahayuningsih, S.KM., M.M.", nip="197508222000032902",
                      pangkat="Pembina (IV/a)")


def _squad(s, **kw):
    return tim(s, [(YULIANA, K, None), (FAJAR, A, None), (RINA, A, None),
                   (SITI, A, Persetujuan.DITOLAK)], nama="Kelompok Kerja Gizi Masyarakat",
               jenis="kelompok-kerja", **kw)


def _build(tmp_path, t, *, draf=False):
    s = struktur("pekalongan")
    d = nb.build_sk_ketua(t, s, PK, pengaturan(s), nomor="800/3/Kesmas/2026",
                          tanggal=dt.date(2026, 1, 6), signer=KABID, draf=draf)
    path = tmp_path / "sk-ketua.pdf"
    pages = write_sk_tim_pdf(d, path, draf=draf)
    return d, halaman(path), pages


def test_sk_ketua_squad_pasal_13_ayat_2(tmp_path):
    """Penetap: the Kepala Unit Organisasi Pemilik Kinerja (the head of the squad's unit);
    TENTANG Penunjukan Ketua Kelompok Kerja (Squad) <nama>; the ketua's identity in KESATU;
    his authority to recommend the members' assessment (Pasal 13 ayat (3)); reporting every
    quarter (Pasal 25 ayat (2); Lampiran IV 4.1.3 angka 2 huruf d); no Lampiran."""
    s = struktur("pekalongan")
    d, pages, n = _build(tmp_path, _squad(s))
    text = " ".join(pages)
    assert d.penetap == ("KEPALA BIDANG KESEHATAN MASYARAKAT DINAS KESEHATAN KABUPATEN "
                         "PEKALONGAN")
    assert d.tentang == "PENUNJUKAN KETUA KELOMPOK KERJA (SQUAD) GIZI MASYARAKAT"
    assert ("KEPUTUSAN KEPALA BIDANG KESEHATAN MASYARAKAT DINAS KESEHATAN KABUPATEN PEKALONGAN "
            "NOMOR 800/3/Kesmas/2026 TENTANG PENUNJUKAN KETUA KELOMPOK KERJA (SQUAD) GIZI "
            "MASYARAKAT") in pages[0]
    assert "Pasal 13 ayat (2) Peraturan Bupati Pekalongan Nomor 52 Tahun 2024" in d.menimbang[1]
    assert d.diktum[0].teks == ("Menunjuk Sdr. Yuliana Safitri, S.Gz., NIP 19910303 201712 2 909, "
                                "Penata (III/c), Nutrisionis Ahli Muda, sebagai Ketua Kelompok "
                                "Kerja (Squad) Gizi Masyarakat.")
    assert "rekomendasi penilaian atas hasil pelaksanaan tugas para anggota" in d.diktum[1].sub[1]
    assert "setiap triwulan kepada Kepala Bidang Kesehatan Masyarakat" in d.diktum[1].sub[2]
    assert "terhitung mulai tanggal 5 Januari 2026 sampai dengan tanggal 31 Desember 2026" \
        in d.diktum[2].teks
    assert d.diktum[3].teks == "Keputusan ini mulai berlaku pada tanggal ditetapkan."
    assert "KEEMPAT : Keputusan ini mulai berlaku" in text
    assert "LAMPIRAN" not in text and not d.lampiran and n == len(pages)
    assert "SRI RAHAYUNINGSIH" in text and "NIP. 19750822 200003 2 902" in text
    assert "Siti Nurhaliza" not in text


def test_sk_ketua_sementara_pasal_29(tmp_path):
    """An acting ketua (Ketua Tim Kerja sementara) is appointed by the same Kepala Unit
    Organisasi Pemilik Kinerja (Pasal 29 ayat (1))."""
    s = struktur("pekalongan")
    t = _squad(s)
    t = dataclasses.replace(t, anggota=tuple(
        dataclasses.replace(a, sementara=True) if a.peran is K else a for a in t.anggota))
    d, pages, _ = _build(tmp_path, t, draf=True)
    assert d.tentang == "PENUNJUKAN KETUA SEMENTARA KELOMPOK KERJA (SQUAD) GIZI MASYARAKAT"
    assert "Pasal 29 ayat (1)" in d.menimbang[1] and "kekosongan sementara" in d.menimbang[0]
    assert "DRAF" in pages[0]


def test_sk_ketua_without_a_unit_head_falls_back_to_the_kepala_pd(tmp_path):
    """A squad of the PD's own office: the Kepala PD appoints (he heads that unit)."""
    s = struktur("pekalongan")
    t = _squad(s, unit="PIM")
    d, _, _ = _build(tmp_path, t)
    assert d.penetap == "KEPALA DINAS KESEHATAN KABUPATEN PEKALONGAN"
    assert d.penetap_singkat == "KEPALA DINAS KESEHATAN"
