"""Surat dinas PDF (surat permohonan / surat jawaban of a penugasan chain) read back with
pypdf: the kop, the Nomor/Sifat/Lampiran/Hal block, the addressee, the four contents, the
names, the reasons of a refusal, the signature, the tembusan and the DRAF mark."""

from __future__ import annotations

import dataclasses
import datetime as dt

from naskah_uji import KOP, SIGNER, halaman, posisi, teks
from pypdf import PdfReader

from sistemkerja_desktop.domain.naskah import TataLetak
from sistemkerja_desktop.domain.naskah_dok import Orang, Pengesahan
from sistemkerja_desktop.domain.naskah_surat import (
    Butiran,
    DaftarNama,
    Paragraf,
    Rincian,
    SuratDinasNaskah,
)
from sistemkerja_desktop.exporters.pdf.surat_dinas import write_surat_dinas_pdf

NOMOR = "800.1/7/Dinkes/2026"
EMPAT = (("Maksud dan tujuan", "Pelibatan dalam penyusunan profil kesehatan kabupaten"),
         ("Kompetensi yang dibutuhkan", "Analisis data epidemiologi dan statistik"),
         ("Ekspektasi/target kinerja", "Profil Kesehatan Tahun 2026 tersusun tepat waktu"),
         ("Durasi pelibatan", "2 Maret 2026 sampai dengan 30 Juni 2026"))


def orang(i: int) -> Orang:
    return Orang(f"Pegawai Surat {i:03d}, S.KM.", f"19900101 2015{(i % 12) + 1:02d} 1 {i:03d}",
                 "Penata (III/c)", "Epidemiolog Kesehatan Ahli Muda")


def permohonan(**kw) -> SuratDinasNaskah:
    base = dict(
        kop=KOP, tata_letak=TataLetak(), judul_dokumen="Surat Permohonan Pelibatan",
        nomor=NOMOR, hal="Permohonan Pelibatan Pejabat Fungsional dan/atau Pelaksana",
        kepada=("Bupati Pekalongan", "u.p. Sekretaris Daerah"),
        isi=(Paragraf("Dalam rangka pencapaian kinerja Dinas Kesehatan, dengan hormat kami "
                      "mengajukan permohonan pelibatan pegawai dengan rincian sebagai berikut:"),
             Rincian(EMPAT),
             Paragraf("Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama "
                      "Bapak/Ibu, kami ucapkan terima kasih.")),
        pengesahan=Pengesahan("Contoh", dt.date(2026, 2, 20), SIGNER, nama_bergelar=True,
                              gaya_tanggal="tempat"),
        tembusan=("Kepala Bidang Program Dinas Kesehatan", "Arsip"))
    base.update(kw)
    return SuratDinasNaskah(**base)


def test_permohonan_has_every_part_of_a_surat_dinas(tmp_path):
    path = tmp_path / "permohonan.pdf"
    assert write_surat_dinas_pdf(permohonan(), path, invariant=True) == 1
    text = teks(path)
    for needle in ("PEMERINTAH KABUPATEN CONTOH", "Jalan Merdeka Nomor 10",
                   "Contoh, 20 Februari 2026", f"Nomor : {NOMOR}", "Sifat : Biasa",
                   "Lampiran : -",
                   "Hal : Permohonan Pelibatan Pejabat Fungsional dan/atau Pelaksana",
                   "Yth. Bupati Pekalongan", "u.p. Sekretaris Daerah", "di Tempat",
                   "a. Maksud dan tujuan : Pelibatan dalam penyusunan profil kesehatan",
                   "b. Kompetensi yang dibutuhkan : Analisis data epidemiologi",
                   "c. Ekspektasi/target kinerja : Profil Kesehatan Tahun 2026",
                   "d. Durasi pelibatan : 2 Maret 2026 sampai dengan 30 Juni 2026",
                   "KEPALA DINAS KESEHATAN", "dr. Hendra Wijayakusuma, M.Kes.",
                   "Pembina Utama Muda (IV/c)", "NIP. 19710314 199903 1 901", "Tembusan:",
                   "1. Kepala Bidang Program Dinas Kesehatan;", "2. Arsip."):
        assert needle in text, needle
    assert "DRAF" not in text
    assert PdfReader(path).metadata.title == f"Surat Permohonan Pelibatan {NOMOR}"


def test_layout_date_top_right_addressee_under_hal_signature_right(tmp_path):
    path = tmp_path / "permohonan.pdf"
    write_surat_dinas_pdf(permohonan(), path, invariant=True)
    runs = posisi(path)

    def first(prefix):
        return next(r for r in runs if r[3].startswith(prefix))

    tanggal, nomor, hal, yth = first("Contoh,"), first("Nomor"), first("Hal"), first("Yth.")
    nama = first("dr. Hendra")
    assert tanggal[0] > nomor[0] > hal[0] > yth[0] > nama[0]  # top to bottom
    assert tanggal[1] > 100 * 2.83 and nama[1] == tanggal[1]  # date over the signature block
    assert nomor[1] == hal[1] == yth[1]  # the left margin
    paragraph = first("Dalam rangka")
    assert paragraph[1] > yth[1] + 30  # an indented first line
    assert all(r[2] == 12 for r in (tanggal, nomor, hal, yth, paragraph))


def test_jawaban_setuju_lists_the_names_in_a_table(tmp_path):
    path = tmp_path / "jawaban.pdf"
    names = tuple(orang(i) for i in range(1, 4))
    dto = permohonan(judul_dokumen="Surat Jawaban", hal="Jawaban Permohonan Pelibatan",
                     kepada=("Kepala Bidang Pelayanan Dinas Kesehatan",),
                     isi=(Paragraf("Menindaklanjuti surat Saudara, kami menyetujui dengan daftar "
                                   "nama sebagai berikut:"),
                          DaftarNama(names, unit=("Bidang P2P",) * 3),
                          Paragraf("Demikian disampaikan.")))
    write_surat_dinas_pdf(dto, path, invariant=True)
    text = teks(path)
    for needle in ("No. Nama / NIP Pangkat/Gol. Jabatan Unit Kerja",
                   "1. Pegawai Surat 001, S.KM.", "NIP. 19900101 201502 1 001",
                   "Pegawai Surat 003, S.KM.", "Penata (III/c)", "Epidemiolog Kesehatan Ahli Muda",
                   "Bidang P2P", "Yth. Kepala Bidang Pelayanan Dinas Kesehatan"):
        assert needle in text, needle


def test_jawaban_tolak_numbers_the_reasons_one_reason_unnumbered(tmp_path):
    many, one = tmp_path / "tolak.pdf", tmp_path / "tolak1.pdf"
    reasons = ("beban kerja penuh sampai akhir tahun", "kompetensi tidak sesuai")
    write_surat_dinas_pdf(permohonan(isi=(Paragraf("Kami tidak dapat menyetujui dengan alasan:"),
                                          Butiran(reasons), Paragraf("Demikian."))), many)
    text = teks(many)
    assert "1. beban kerja penuh sampai akhir tahun; 2. kompetensi tidak sesuai." in text
    write_surat_dinas_pdf(permohonan(isi=(Paragraf("Kami tidak dapat menyetujui dengan alasan:"),
                                          Butiran(reasons[:1]), Paragraf("Demikian."))), one)
    text = teks(one)
    assert "beban kerja penuh sampai akhir tahun" in text and "1. beban" not in text


def test_draft_is_marked_and_unnumbered_prints_dots(tmp_path):
    path = tmp_path / "draf.pdf"
    write_surat_dinas_pdf(permohonan(nomor="", catatan_draf="Permohonan masih menunggu."), path,
                          draf=True)
    text = teks(path)
    assert "DRAF" in text and "Catatan draf: Permohonan masih menunggu." in text
    assert "Nomor : …………………" in text
    final = tmp_path / "final.pdf"
    write_surat_dinas_pdf(permohonan(catatan_draf="Permohonan masih menunggu."), final)
    assert "Catatan draf" not in teks(final)


def test_many_names_continue_on_the_next_page_with_the_header_and_the_signature_kept(tmp_path):
    path = tmp_path / "banyak.pdf"
    dto = permohonan(isi=(Paragraf("Daftar nama:"), DaftarNama(tuple(orang(i) for i in
                                                                     range(1, 41)),
                                                               kolom_unit=False),
                          Paragraf("Demikian disampaikan.")))
    pages = write_surat_dinas_pdf(dto, path)
    assert pages >= 2
    text = halaman(path)
    assert "- 2 -" in text[1] and "Nama / NIP" in text[1]  # the table header repeats
    assert "Pegawai Surat 040, S.KM." in text[-1]
    last = text[-1]
    assert "Demikian disampaikan." in last and "dr. Hendra Wijayakusuma" in last
    assert "Unit Kerja" not in " ".join(text)


def test_signer_missing_prints_placeholders_and_f4_paper(tmp_path):
    path = tmp_path / "f4.pdf"
    dto = permohonan(tata_letak=dataclasses.replace(TataLetak(), kertas=TataLetak().kertas.F4),
                     pengesahan=Pengesahan("", None, None, nama_bergelar=True))
    write_surat_dinas_pdf(dto, path)
    text = teks(path)
    assert "NAMA" in text and "…………………, …………………" in text
    box = PdfReader(path).pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 215 and round(float(box.height) / 72 * 25.4) \
        == 330


def test_personal_letter_without_kop_nomor_and_sifat_with_an_identity(tmp_path):
    path = tmp_path / "pribadi.pdf"
    dto = permohonan(kop=dataclasses.replace(KOP, baris=()), nomor=None, sifat="",
                     isi=(Paragraf("Yang bertanda tangan di bawah ini:"),
                          Rincian((("Nama", "Setyo"), ("NIP", "19910707 201602 2 006")),
                                  huruf=False),
                          Paragraf("dengan ini mengajukan permohonan.", menjorok=False)))
    write_surat_dinas_pdf(dto, path)
    text = teks(path)
    assert "PEMERINTAH" not in text and "Nomor" not in text and "Sifat" not in text
    assert "Lampiran : - Hal : Permohonan Pelibatan" in text
    assert "Nama : Setyo NIP : 19910707 201602 2 006" in text and "a. Nama" not in text
    runs = posisi(path)
    nama = next(r for r in runs if r[3] == "Nama")
    alinea = next(r for r in runs if r[3].startswith("dengan ini"))
    lampiran = next(r for r in runs if r[3].startswith("Lampiran"))
    assert nama[1] > alinea[1] + 30 and alinea[1] == lampiran[1]  # identity inset, text flush
