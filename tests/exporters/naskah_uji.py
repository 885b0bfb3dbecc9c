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


# ---- builder scenarios on the demo structure (services.naskah_builder) ----------------------

TODAY = dt.date(2026, 11, 27)
YULIANA, FAJAR, SITI = "199103032017122909", "198708182013121910", "199007252018032908"
RINA, DEWI, HENI = "199305142020122911", "198804122014032906", "198301112011062999"
KOP_SETDA = ("PEMERINTAH KABUPATEN KAPUAS HULU", "SEKRETARIAT DAERAH",
             "Jalan Danau Luar Nomor 12 Putussibau Kode Pos 78711",
             "Telp. (0567) 21003 Fax. (0567) 21397")
PEMDA = {"kapuas-hulu": ("Kabupaten Kapuas Hulu", "Putussibau"),
         "barito-timur": ("Kabupaten Barito Timur", "Tamiang Layang"),
         "pekalongan": ("Kabupaten Pekalongan", "Kajen"), "bungo": ("Kabupaten Bungo", "Muara Bungo"),
         "pasuruan": ("Kabupaten Pasuruan", "Pasuruan"), "generic": ("Kabupaten Contoh", "Contoh")}


def struktur(profil: str):
    """The demo Dinas Kesehatan under `profil`, in that kabupaten."""
    import dataclasses

    from sistemkerja_desktop.domain.demo import build_demo_struktur

    base = build_demo_struktur(TODAY)
    pemda, tempat = PEMDA[profil]
    return dataclasses.replace(base, pd=dataclasses.replace(
        base.pd, profil=profil, pemda=pemda, tempat_penetapan=tempat))


def tim(s, members, *, nama="Tim Kerja Percepatan Penurunan Stunting", jenis="tim-kerja",
        unit="KESMAS", mulai=dt.date(2026, 1, 5), selesai=dt.date(2026, 12, 31), **kw):
    """A team of the demo structure; `members` are (nip, PeranTim, Persetujuan | None)."""
    import dataclasses

    from sistemkerja_desktop.domain.tim import Anggota, Tim, lengkapi_anggota

    pid = {p.nip: p.id for p in s.pegawai}
    uid = next(u.id for u in s.units if u.kode == unit)
    t = Tim(nama=nama, jenis=jenis, unit_pemilik_id=uid, mulai=mulai, selesai=selesai,
            sasaran="Prevalensi stunting turun menjadi 14%",
            tugas=("menyusun rencana aksi;", "menyusun laporan hasil pelaksanaan tugas."),
            anggota=tuple(Anggota(pid[nip], peran) for nip, peran, _ in members), **kw)
    t = lengkapi_anggota(t, s)
    return dataclasses.replace(t, anggota=tuple(
        dataclasses.replace(a, persetujuan=st) if st else a
        for a, (_, _, st) in zip(t.anggota, members, strict=True)))


def pengaturan(s, **kw):
    from sistemkerja_desktop.services.naskah_settings import (
        TEMBUSAN_SK,
        TEMBUSAN_ST,
        PengaturanNaskah,
        dasar_st_bawaan,
        mengingat_bawaan,
    )

    return PengaturanNaskah(mengingat=mengingat_bawaan(s.pd), dasar_st=dasar_st_bawaan(s.pd),
                            tembusan_sk=TEMBUSAN_SK, tembusan_st=TEMBUSAN_ST, **kw)


def halaman(path) -> list[str]:
    """The text of each page, whitespace collapsed."""
    import re

    from pypdf import PdfReader

    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages]


def teks(path) -> str:
    return " ".join(halaman(path))


def posisi(path, page: int = 0) -> list[tuple[float, float, float, str]]:
    """(baseline y, x, font size, text) of every text run drawn on a page (pypdf visitor)."""
    from pypdf import PdfReader

    out: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((round(y, 2), round(x, 2), float(size), text.strip()))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return out
