"""Keputusan Kepala Unit Organisasi Pemilik Kinerja tentang Penunjukan Ketua Kelompok Kerja
(Squad) — Perbup Pekalongan 52/2024 Pasal 13 ayat (2); an acting ketua (Ketua Tim Kerja
sementara) is appointed by the same official (Pasal 29 ayat (1)).

The naskah is an SK without lampiran: the ketua's identity stands in Diktum KESATU, his duties
in KEDUA (Pasal 13 ayat (1), (3); the report to the Pimpinan Unit Organisasi, Pasal 25 ayat (2),
quarterly: Lampiran IV angka 4.1.3 angka 2 huruf d), the term in KETIGA, entry into force in
KEEMPAT. Laid out by exporters.pdf.sk_tim like every Keputusan."""

from __future__ import annotations

import datetime as dt

from sistemkerja_desktop.domain.naskah import Penandatangan
from sistemkerja_desktop.domain.naskah import tanggal_id as tgl
from sistemkerja_desktop.domain.naskah_dok import Butir, Orang, Pengesahan, SkTimNaskah
from sistemkerja_desktop.domain.naskah_klausul import frekuensi, pelaporan, peraturan
from sistemkerja_desktop.domain.organisasi import Position, Struktur
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.tim import PeranTim, Tim, anggota_naskah
from sistemkerja_desktop.services.naskah_builder import kop, orang
from sistemkerja_desktop.services.naskah_settings import PengaturanNaskah

TITIK = "……………"


def kepala_unit_pemilik(tim: Tim, struktur: Struktur) -> Position | None:
    """The Kepala Unit Organisasi Pemilik Kinerja: the team's pejabat pemilik kinerja, else the
    head of its unit pemilik kinerja."""
    pos = struktur.position_by_id.get(tim.pemilik_kinerja_position_id or -1)
    if pos is None and tim.unit_pemilik_id is not None:
        pos = struktur.pimpinan_of(tim.unit_pemilik_id)
    return pos


def penetap_unit(tim: Tim, struktur: Struktur) -> tuple[str, str]:
    """('KEPALA BIDANG KESEHATAN MASYARAKAT DINAS KESEHATAN KABUPATEN CONTOH',
    'KEPALA BIDANG KESEHATAN MASYARAKAT'); the head of the PD when no unit head is known."""
    pd_nama, pemda = struktur.pd.nama.upper(), struktur.pd.pemda.upper()
    pos = kepala_unit_pemilik(tim, struktur)
    jabatan = pos.nama.upper() if pos else f"KEPALA {pd_nama}"
    if jabatan.endswith(pd_nama):
        return f"{jabatan} {pemda}", jabatan
    return f"{jabatan} {pd_nama} {pemda}", jabatan


def _nama_squad(tim: Tim) -> str:
    """'Kelompok Kerja (Squad) Gizi Masyarakat' — the team's name, with the kind when its name
    does not say it."""
    nama = tim.nama.strip()
    if "squad" in nama.lower():
        return nama
    if nama.lower().startswith("kelompok kerja"):
        return f"{nama[:14]} (Squad){nama[14:]}"
    return f"Kelompok Kerja (Squad) {nama}"


def _identitas(o: Orang | None) -> str:
    if o is None:
        return f"Sdr. {TITIK}, NIP {TITIK}"
    parts = [o.nama, f"NIP {o.nip}" if o.nip else "", o.pangkat, o.jabatan]
    return "Sdr. " + ", ".join(x for x in parts if x)


def susun_sk_ketua(tim: Tim, struktur: Struktur, profile: RegulationProfile,
                   p: PengaturanNaskah, *, nomor: str, tanggal: dt.date | None,
                   signer: Penandatangan | None, draf: bool = False,
                   catatan_draf: str = "") -> SkTimNaskah:
    full, singkat = penetap_unit(tim, struktur)
    squad = _nama_squad(tim)
    ketua_a = next((a for a in anggota_naskah(tim) if a.peran is PeranTim.KETUA), None)
    pg = struktur.pegawai_by_id.get(ketua_a.pegawai_id) if ketua_a else None
    ketua = orang(pg, struktur, "Ketua") if pg else None
    sementara = bool(ketua_a and ketua_a.sementara)
    jabatan_ketua = f"Ketua {'Sementara ' if sementara else ''}{squad}"
    tentang = f"PENUNJUKAN {jabatan_ketua.upper()}"
    dasar = peraturan(profile) if profile.seed else "Peraturan Bupati tentang Sistem Kerja"
    pasal = "Pasal 29 ayat (1)" if sementara else "Pasal 13 ayat (2)"
    alasan = (f"terdapat kekosongan sementara Ketua {squad} sehingga perlu ditunjuk Ketua "
              "Kelompok Kerja (squad) sementara untuk melancarkan pelaksanaan tugas"
              if sementara else
              f"dalam rangka mengelola {squad} dalam pelaksanaan tugas perlu ditunjuk Ketua "
              "Kelompok Kerja (squad)")
    menimbang = tim.menimbang or (
        f"bahwa {alasan};",
        (f"bahwa sesuai ketentuan {pasal} {dasar}, penunjukan tersebut ditetapkan dengan "
         "Keputusan Kepala Unit Organisasi Pemilik Kinerja;"),
        ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
         f"menetapkan Keputusan {singkat.title()} tentang {tentang.title()};"))
    lap = pelaporan(tim, struktur, profile)
    periode = (f" terhitung mulai tanggal {tgl(tim.mulai)} sampai dengan tanggal "
               f"{tgl(tim.selesai)}") if tim.mulai and tim.selesai else ""
    diktum = (
        Butir(f"Menunjuk {_identitas(ketua)}, sebagai {jabatan_ketua}."),
        Butir(f"{jabatan_ketua} sebagaimana dimaksud dalam Diktum KESATU bertugas:", (
            f"mengelola pelaksanaan tugas {squad};",
            (f"memberikan rekomendasi penilaian atas hasil pelaksanaan tugas para anggota {squad} "
             "yang menjadi tanggung jawabnya; dan"),
            (f"melaporkan pelaksanaan tugas {squad} {frekuensi(tim, profile)} kepada "
             f"{lap.kepada} selaku {lap.selaku}."))),
        Butir(f"Penunjukan sebagaimana dimaksud dalam Diktum KESATU berlaku selama masa kerja "
              f"{squad}{periode}."),
        Butir("Keputusan ini mulai berlaku pada tanggal ditetapkan."))
    return SkTimNaskah(
        kop=kop(struktur, p), tata_letak=p.tata_letak, penetap=full, penetap_singkat=singkat,
        nomor=nomor, tentang=tentang, menimbang=menimbang,
        mengingat=tim.mengingat or p.mengingat, diktum=diktum,
        pengesahan=Pengesahan(struktur.pd.tempat_penetapan, tanggal, signer, nama_bergelar=False,
                              tampilkan_pangkat=p.sk_tampilkan_pangkat,
                              tampilkan_nip=p.sk_tampilkan_nip, gaya_tanggal="ditetapkan"),
        tembusan=tim.tembusan or p.tembusan_sk, judul_susunan="", susunan=(),
        judul_dokumen=f"Keputusan {singkat.title()}", lampiran=False,
        paraf=tuple(x for x in p.paraf if x.strip()),
        catatan_draf=catatan_draf.strip() if draf else "")
