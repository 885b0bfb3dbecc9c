"""The letters of a penugasan chain through `PenugasanDokumenService` on a real SQLite file
(the small agency of `dokumen_uji`), read back with pypdf: draft and final, the number taken
from the register once and recorded on the step, readiness refusals, the other instansi's
letters, the pegawai's own letter, the data file never overwritten."""

from __future__ import annotations

import datetime as dt

import pytest
from dokumen_uji import NIP, bangun
from dokumen_uji import teks_pdf as teks

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.penomoran import JenisNaskah, pola_bawaan
from sistemkerja_desktop.services.document_service import NaskahBelumSiap
from sistemkerja_desktop.services.penugasan_dokumen import PenugasanDokumenService

ISI = dict(maksud="Penyusunan profil kesehatan kabupaten tahun 2027",
           kompetensi="Analisis data epidemiologi dan statistik kesehatan",
           target="Dokumen Profil Kesehatan 2027 terbit paling lambat Juni 2027",
           mulai=dt.date(2027, 1, 4), selesai=dt.date(2027, 6, 30))
ALASAN = "Beban kerja pegawai penuh sampai akhir tahun\nKompetensi tidak sesuai kebutuhan"


def _dok(services):
    return PenugasanDokumenService(services.ctx, services.penugasan)


def _lintas_unit(services, *nips):
    r, _ = services.penugasan.ajukan(
        jenis="penunjukan", lingkup="lintas-unit", pegawai_nip=list(nips or [NIP["setuju"]]),
        oleh_nip=NIP["kabid_pel"], unit_tujuan="Bidang Program", **ISI)
    return r.id


def _register(services, jenis):
    return [r for r in services.naskah.register(jenis) if r.status.value != "batal"]


def _step(services, pid, urut):
    return next(x for x in services.penugasan.riwayat(pid) if x.urut == urut)


def test_permohonan_draft_records_nothing_final_takes_one_number_reprint_keeps_it(services,
                                                                                   tmp_path):
    bangun(services, "kapuas-hulu")
    pid = _lintas_unit(services, NIP["setuju"], NIP["menunggu"])
    dok = _dok(services)
    draf = dok.cetak(pid, "surat-permohonan", tmp_path / "draf.pdf", draf=True)
    text = teks(draf.berkas)
    assert "DRAF" in text and draf.nomor == "" and not draf.dokumen_baru
    assert "Nomor : …………………" in text
    assert not _register(services, JenisNaskah.SURAT_PERMOHONAN)
    assert _step(services, pid, 1).surat_nomor == ""

    final = dok.cetak(pid, "surat-permohonan", tmp_path / "permohonan.pdf")
    assert final.nomor == "800.1/1/DU/2026" and final.dokumen_baru and final.langkah == 1
    text = teks(final.berkas)
    for needle in ("PEMERINTAH KABUPATEN UJI", "DINAS UJI", "Nomor : 800.1/1/DU/2026",
                   "Hal : Permohonan Pelibatan Pejabat Fungsional dan/atau Pelaksana",
                   "Yth. Kepala Bidang Program Dinas Uji",  # the PPK dituju, not the recommender
                   "a. Maksud dan tujuan : Penyusunan profil kesehatan kabupaten tahun 2027",
                   "b. Kompetensi, keahlian, dan/atau keterampilan yang dibutuhkan : Analisis",
                   "c. Ekspektasi/target kinerja : Dokumen Profil Kesehatan 2027",
                   "d. Durasi pelibatan : 4 Januari 2027 sampai dengan 30 Juni 2027",
                   "Setyo Disetujui", "NIP. 19910707 201602 2 006", "Mira Menunggu",
                   "KEPALA BIDANG PELAYANAN,", "Pejabat Bidang Pelayanan", "Pembina (IV/a)",
                   "NIP. 19750202 200003 1 002"):
        assert needle in text, needle
    assert "DRAF" not in text
    step = _step(services, pid, 1)
    assert (step.surat_nomor, step.surat_tanggal) == ("800.1/1/DU/2026", services.ctx.today())
    [row] = _register(services, JenisNaskah.SURAT_PERMOHONAN)
    assert row.status.value == "terbit" and row.nomor == final.nomor

    again = dok.cetak(pid, "surat-permohonan", tmp_path / "ulang.pdf")
    assert again.nomor == final.nomor and not again.dokumen_baru
    assert len(_register(services, JenisNaskah.SURAT_PERMOHONAN)) == 1
    with pytest.raises(ValidationError, match="sudah bernomor 800.1/1/DU/2026"):
        dok.cetak(pid, "surat-permohonan", tmp_path / "lain.pdf", nomor="800.1/9/DU/2026")


def test_penugasan_and_jawaban_wait_for_the_decision(services, tmp_path):
    bangun(services, "kapuas-hulu")
    pid = _lintas_unit(services)
    dok = _dok(services)
    with pytest.raises(NaskahBelumSiap, match="masih menunggu langkah 1"):
        dok.cetak(pid, "surat-penugasan", tmp_path / "st.pdf")
    assert not (tmp_path / "st.pdf").exists()
    assert not _register(services, JenisNaskah.SURAT_PENUGASAN)
    draf = dok.cetak(pid, "surat-penugasan", tmp_path / "st.pdf", draf=True)
    assert "Permohonan masih menunggu langkah 1" in draf.catatan_draf
    assert "Catatan draf: Permohonan masih menunggu" in teks(draf.berkas)
    with pytest.raises(NaskahBelumSiap, match="jawaban persetujuan diterbitkan setelah"):
        dok.cetak(pid, "surat-jawaban", tmp_path / "jawaban.pdf")


def test_approved_chain_gives_the_surat_penugasan_with_the_request_as_dasar(services, tmp_path):
    bangun(services, "kapuas-hulu")
    pid = _lintas_unit(services, NIP["setuju"], NIP["menunggu"])
    dok = _dok(services)
    mohon = dok.cetak(pid, "surat-permohonan", tmp_path / "permohonan.pdf")
    services.penugasan.setujui(pid, oleh_nip=NIP["kabid_pel"])
    services.penugasan.rekomendasi(pid, oleh_nip=NIP["kabid_prog"])
    services.penugasan.setujui(pid, oleh_nip=NIP["kabid_prog"])
    h = dok.cetak(pid, "surat-penugasan", tmp_path / "penugasan.pdf")
    assert h.nomor == "800.1.11.1/1/DU/2026" and h.langkah == 3 and h.halaman == 2
    text = teks(h.berkas)
    for needle in ("SURAT PENUGASAN", "NOMOR : 800.1.11.1/1/DU/2026", "MEMERINTAHKAN",
                   "Peraturan Bupati Kapuas Hulu Nomor 36 Tahun 2023",
                   f"Surat Kepala Bidang Pelayanan Dinas Uji Nomor {mohon.nomor} tanggal 27 "
                   "November 2026 hal Permohonan Pelibatan",
                   "Nama-nama sebagaimana tercantum dalam Lampiran Surat Penugasan",
                   "penyusunan profil kesehatan kabupaten tahun 2027, terhitung mulai tanggal 4 "
                   "Januari 2027 sampai dengan tanggal 30 Juni 2027",
                   "Melaporkan hasil pelaksanaan tugas kepada Kepala Bidang Pelayanan Dinas Uji",
                   "Lampiran Surat Penugasan", "Setyo Disetujui (Administrator Kesehatan Ahli",
                   "NIP 19920808 201703 1 007", "KEPALA BIDANG PROGRAM,",
                   "Tembusan: 1. Kepala Bidang Pelayanan Dinas Uji."):
        assert needle in text, needle
    assert _step(services, pid, 3).surat_nomor == h.nomor
    jawab = dok.cetak(pid, "surat-jawaban", tmp_path / "jawaban.pdf")  # same step 3
    assert jawab.langkah == 3 and jawab.nomor == "800.1/2/DU/2026"
    assert _step(services, pid, 3).surat_nomor == h.nomor  # the step keeps the penugasan's


def test_refusal_gives_the_jawaban_tolak_with_its_reasons_and_no_penugasan(services, tmp_path):
    bangun(services, "kapuas-hulu")
    pid = _lintas_unit(services, NIP["tolak"])
    services.penugasan.setujui(pid, oleh_nip=NIP["kabid_pel"])
    services.penugasan.tolak(pid, oleh_nip=NIP["kabid_prog"], alasan=ALASAN)
    dok = _dok(services)
    h = dok.cetak(pid, "surat-jawaban", tmp_path / "tolak.pdf")
    assert h.langkah == 2 and h.nomor == "800.1/1/DU/2026"
    text = teks(h.berkas)
    for needle in ("Hal : Jawaban Permohonan Pelibatan", "Yth. Kepala Bidang Pelayanan Dinas Uji",
                   "permohonan pelibatan Toni Ditolak tidak dapat kami setujui dengan alasan",
                   "1. Beban kerja pegawai penuh sampai akhir tahun;",
                   "2. Kompetensi tidak sesuai kebutuhan.", "KEPALA BIDANG PROGRAM,"):
        assert needle in text, needle
    assert _step(services, pid, 2).surat_nomor == h.nomor
    with pytest.raises(NaskahBelumSiap, match="tidak diterbitkan: permohonan #\\d+ ditolak"):
        dok.cetak(pid, "surat-penugasan", tmp_path / "st.pdf")


def test_pekalongan_lintas_instansi_goes_to_bupati_up_sekda(services, tmp_path):
    bangun(services, "pekalongan")
    r, _ = services.penugasan.ajukan(
        jenis="penunjukan", lingkup="lintas-instansi", oleh_nip=NIP["kabid_pel"],
        pegawai_nip=["198501012010011009:Lukas Luaran, S.KM."],
        instansi="Dinas Kesehatan Provinsi Jawa Tengah", **ISI)
    dok = _dok(services)
    h = dok.cetak(r.id, "surat-permohonan", tmp_path / "pk.pdf")
    text = teks(h.berkas)
    for needle in ("Yth. Bupati Uji u.p. Sekretaris Daerah di Tempat",
                   "pelibatan Pejabat Fungsional dan/atau Pelaksana dari Dinas Kesehatan "
                   "Provinsi Jawa Tengah",
                   "d. Jangka waktu pelaksanaan tugas : 4 Januari 2027",  # PK Pasal 15(6) d
                   "Lukas Luaran, S.KM.", "NIP. 19850101 201001 1 009",
                   "Tembusan: 1. Pejabat Penilai Kinerja pegawai yang bersangkutan."):
        assert needle in text, needle
    with pytest.raises(ValidationError, match="surat instansi lain tidak dicetak"):
        dok.cetak(r.id, "surat-jawaban", tmp_path / "jawaban.pdf", draf=True)


def test_pekalongan_jawaban_setuju_and_penugasan_share_a_step_each_keeps_its_number(services,
                                                                                   tmp_path):
    bangun(services, "pekalongan")
    pid = _lintas_unit(services, NIP["setuju"], NIP["menunggu"])
    services.penugasan.setujui(pid, oleh_nip=NIP["kabid_pel"])
    services.penugasan.rekomendasi(pid, oleh_nip=NIP["kabid_prog"])
    services.penugasan.setujui(pid, oleh_nip=NIP["kabid_prog"],
                               catatan="Dilibatkan paling banyak 2 hari kerja per minggu")
    dok = _dok(services)
    jawab = dok.cetak(pid, "surat-jawaban", tmp_path / "jawaban.pdf")
    text = teks(jawab.berkas)
    for needle in ("kami menyetujui pelibatan Pejabat Fungsional dan/atau Pelaksana untuk "
                   "penyusunan profil kesehatan", "No. Nama / NIP Pangkat/Gol. Jabatan",
                   "1. Setyo Disetujui", "2. Mira Menunggu", "Penata Muda Tingkat I (III/b)",
                   "Dengan catatan: dilibatkan paling banyak 2 hari kerja per minggu."):
        assert needle in text, needle
    assert "Unit Kerja" not in text  # every name is from the unit asked
    tugas = dok.cetak(pid, "surat-penugasan", tmp_path / "penugasan.pdf")
    assert tugas.langkah == jawab.langkah == 3
    assert _step(services, pid, 3).surat_nomor == tugas.nomor
    assert f"Nomor {jawab.nomor}" in teks(tugas.berkas)  # the jawaban is a Dasar
    assert "Kepada : 1. Nama : Setyo Disetujui" in teks(tugas.berkas)  # not KH: in the body
    again = dok.cetak(pid, "surat-jawaban", tmp_path / "jawaban2.pdf")
    assert again.nomor == jawab.nomor and not again.dokumen_baru
    assert len(_register(services, JenisNaskah.SURAT_JAWABAN)) == 1


def test_sukarela_is_the_pegawai_own_letter_and_lisan_has_none(services, tmp_path):
    bangun(services, "kapuas-hulu")
    r, _ = services.penugasan.ajukan(
        jenis="sukarela", lingkup="lintas-unit", pegawai_nip=[NIP["setuju"]],
        oleh_nip=NIP["setuju"], unit_tujuan="Bidang Pelayanan", **ISI)
    dok = _dok(services)
    h = dok.cetak(r.id, "surat-permohonan", tmp_path / "sukarela.pdf")
    text = teks(h.berkas)
    assert h.nomor == "" and not h.dokumen_baru
    assert "PEMERINTAH KABUPATEN" not in text and "Nomor" not in text and "Sifat" not in text
    assert "Hal : Permohonan untuk Dilibatkan dalam Pelaksanaan Kinerja" in text
    assert "Yth. Kepala Bidang Pelayanan Dinas Uji" in text and "Setyo Disetujui" in text
    assert not _register(services, JenisNaskah.SURAT_PERMOHONAN)
    assert _step(services, r.id, 1).surat_tanggal == services.ctx.today()
    lisan, _ = services.penugasan.ajukan(
        jenis="sukarela", lingkup="dalam-unit", pegawai_nip=[NIP["setuju"]],
        oleh_nip=NIP["setuju"], **ISI)
    with pytest.raises(ValidationError, match="secara lisan dan hanya dicatat"):
        dok.cetak(lisan.id, "surat-permohonan", tmp_path / "lisan.pdf", draf=True)


def test_readiness_refuses_a_signer_without_pangkat_and_a_missing_kode_unit(services, tmp_path):
    bangun(services, "kapuas-hulu")
    pid = _lintas_unit(services)
    services.naskah.simpan_pola_nomor(pola_bawaan(JenisNaskah.SURAT_TUGAS))  # no kode unit
    with services.ctx.session("pangkat dihapus") as s:
        from sistemkerja_desktop.db.models import PegawaiRow

        row = s.query(PegawaiRow).filter_by(nip=NIP["kabid_pel"]).one()
        row.golongan = ""
    k = _dok(services).kesiapan(pid, "surat-permohonan")
    assert not k.siap
    assert any("Pangkat/golongan penandatangan (Pejabat Bidang Pelayanan)" in x for x in k.kurang)
    assert any("Nomor Surat Permohonan Penugasan belum dapat dibentuk" in x for x in k.kurang)
    with pytest.raises(NaskahBelumSiap, match="Pangkat/golongan penandatangan"):
        _dok(services).cetak(pid, "surat-permohonan", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.sqlite_only(reason="keluaran di atas berkas data; di server tidak ada berkasnya")
def test_output_over_the_data_file_is_refused_and_takes_no_number(services, tmp_path):
    bangun(services, "kapuas-hulu")
    pid = _lintas_unit(services)
    with pytest.raises(ValidationError):
        _dok(services).cetak(pid, "surat-permohonan", services.ctx.db.path)
    assert not _register(services, JenisNaskah.SURAT_PERMOHONAN)
    assert services.ctx.db.path.stat().st_size > 0
    assert _step(services, pid, 1).surat_nomor == ""
