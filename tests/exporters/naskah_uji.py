"""Factories of naskah DTOs for exporter tests (uniquely named module)."""

from __future__ import annotations

import datetime as dt

from sistemkerja_desktop.domain.naskah import Penandatangan, TataLetak
from sistemkerja_desktop.domain.naskah_dok import (
    Butir,
    Kop,
    Orang,
    Pengesahan,
    SkTimNaskah,
    SuratTugasNaskah,
    TimTugas,
)

KOP = Kop(("PEMERINTAH KABUPATEN CONTOH", "DINAS KESEHATAN",
           "Jalan Merdeka Nomor 10, Contoh 12345", "Telepon (0123) 456789"))
SIGNER = Penandatangan("KEPALA DINAS KESEHATAN\nKABUPATEN CONTOH", "dr. Hendra Wijayakusuma, M.Kes.",
                       nip="197103141999031901", pangkat="Pembina Utama Muda (IV/c)")


def orang(i: int) -> Orang:
    return Orang(f"Pegawai Uji {i:03d}, S.KM.", f"19900101 2015{(i % 12) + 1:02d}1 {i % 1000:03d}",
                 "Penata (III/c)", "Epidemiolog Kesehatan Ahli Muda",
                 "Ketua" if i == 1 else "Anggota")


def sk(n: int = 5, *, nomor: str = "100.3.3/45/Dinkes/2024", t: TataLetak = TataLetak(),
       signer: Penandatangan | None = SIGNER) -> SkTimNaskah:
    return SkTimNaskah(
        kop=KOP, tata_letak=t, penetap="KEPALA DINAS KESEHATAN KABUPATEN CONTOH",
        penetap_singkat="KEPALA DINAS KESEHATAN", nomor=nomor,
        tentang="PEMBENTUKAN TIM KERJA PERCEPATAN PENURUNAN STUNTING TAHUN 2024",
        menimbang=("bahwa …;", "bahwa berdasarkan pertimbangan …;"),
        mengingat=("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",),
        diktum=(Butir("Membentuk Tim Kerja …"), Butir("Tim mempunyai tugas:", ("a", "b")),
                Butir("Biaya dibebankan pada DPA."), Butir("Keputusan ini mulai berlaku …")),
        pengesahan=Pengesahan("Contoh", dt.date(2024, 7, 16), signer, nama_bergelar=False),
        tembusan=("Yang bersangkutan.",), judul_susunan="SUSUNAN KEANGGOTAAN TIM KERJA UJI",
        susunan=tuple(orang(i + 1) for i in range(n)))


def st(n: int = 2, teams: int = 1, *, batas: int = 5) -> SuratTugasNaskah:
    tims = tuple(TimTugas(f"Tim Kerja Uji {k + 1}", orang(1), (),
                          tuple(orang(i + 2) for i in range(n - 1))) for k in range(teams))
    people = tuple(o for t in tims for o in t.semua)
    lampiran = teams > 1 or len(people) > batas
    return SuratTugasNaskah(
        kop=KOP, tata_letak=TataLetak(), nomor="800.1.11.1/123/Dinkes/2024",
        dasar=("DPA Dinas Kesehatan Kabupaten Contoh Tahun Anggaran 2024;",),
        kata_perintah="MEMBERI TUGAS",
        untuk=(Butir("Melaksanakan tugas …", ("satu", "dua")),
               Butir("Melaporkan hasilnya kepada Kepala Dinas selaku Pejabat Penilai Kinerja.")),
        tim=tims, lampiran=lampiran, penanggung_jawab="Kepala Dinas Kesehatan",
        pengesahan=Pengesahan("Contoh", dt.date(2024, 7, 16), SIGNER, nama_bergelar=True,
                              gaya_tanggal="tempat"),
        tembusan=("Arsip.",), kepada=() if lampiran else people)
