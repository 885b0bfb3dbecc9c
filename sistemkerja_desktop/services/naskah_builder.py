"""Fill the naskah DTOs (SK Tim, Surat Tugas) from a team, the structure and the settings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sistemkerja_desktop.domain.naskah import CekOrang, Kesiapan, Penandatangan, periksa_kesiapan
from sistemkerja_desktop.domain.naskah import tanggal_id as tgl
from sistemkerja_desktop.domain.naskah_dok import (
    Butir,
    Kop,
    Orang,
    Pengesahan,
    SkTimNaskah,
    SuratTugasNaskah,
    TimTugas,
)
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.tim import FrekuensiLaporan, PeranTim, Persetujuan, Tim
from sistemkerja_desktop.domain.tim_rules import jenis_tim
from sistemkerja_desktop.services.naskah_settings import PengaturanNaskah

_FREKUENSI = {FrekuensiLaporan.BULANAN: "setiap bulan",
              FrekuensiLaporan.TRIWULANAN: "setiap triwulan",
              FrekuensiLaporan.SEMESTERAN: "setiap semester",
              FrekuensiLaporan.TAHUNAN: "setiap tahun", FrekuensiLaporan.BERKALA: "secara berkala"}


def kop(struktur: Struktur, p: PengaturanNaskah) -> Kop:
    return Kop(struktur.pd.kop_lines(), struktur.pd.logo_path, p.garis_kop)


def penetap(struktur: Struktur, jenis: JenisNaskah) -> tuple[str, str]:
    """('KEPALA DINAS KESEHATAN KABUPATEN CONTOH', 'KEPALA DINAS KESEHATAN')."""
    pemda = struktur.pd.pemda.upper()
    if jenis is JenisNaskah.SK_SEKDA:
        return f"SEKRETARIS DAERAH {pemda}", "SEKRETARIS DAERAH"
    nama = struktur.pd.nama.upper()
    return f"KEPALA {nama} {pemda}", f"KEPALA {nama}"


def orang(p: Pegawai, struktur: Struktur, peran: str = "") -> Orang:
    asal = (f" ({p.instansi_asal})" if p.eksternal and p.instansi_asal else "")
    return Orang(nama=p.nama_lengkap, nip=p.nip_tampil,
                 pangkat=p.golongan.tampil if p.golongan else "",
                 jabatan=(p.jabatan.nama if p.jabatan else "") + asal, peran=peran)


def pejabat_penilai(tim: Tim, struktur: Struktur) -> str:
    """'Kepala Bidang Kesehatan Masyarakat' — the pejabat pemilik kinerja of the team, else the
    head of the unit pemilik kinerja, else the head of the PD."""
    pos = struktur.position_by_id.get(tim.pemilik_kinerja_position_id or -1)
    if pos is None and tim.unit_pemilik_id is not None:
        pos = struktur.pimpinan_of(tim.unit_pemilik_id)
    return pos.nama if pos else f"Kepala {struktur.pd.nama}"


def _tentang(tim: Tim) -> str:
    name = tim.nama.strip().upper()
    return name if name.startswith("PEMBENTUKAN") else f"PEMBENTUKAN {name}"


def menimbang(tim: Tim, struktur: Struktur, jenis: JenisNaskah) -> tuple[str, ...]:
    if tim.menimbang:
        return tim.menimbang
    _, singkat = penetap(struktur, jenis)
    sasaran = tim.sasaran.strip().rstrip(".") or f"kinerja {struktur.unit_path(tim.unit_pemilik_id)}"
    ta = f" Tahun Anggaran {tim.tahun_anggaran}" if tim.tahun_anggaran else ""
    return (f"bahwa dalam rangka pencapaian kinerja \u201c{sasaran}\u201d{ta} perlu membentuk "
            f"{tim.nama.strip()};",
            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
            f"Keputusan {singkat.title()} tentang {_tentang(tim).title()};")


def diktum(tim: Tim, struktur: Struktur, jenis: JenisNaskah) -> tuple[Butir, ...]:
    nama = tim.nama.strip()
    out = [Butir(f"Membentuk {nama} dengan susunan keanggotaan sebagaimana tercantum dalam "
                 "Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
           Butir(f"{nama} sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:",
                 tuple(tim.tugas)),
           Butir(f"Dalam melaksanakan tugas, {nama} bertanggung jawab dan melaporkan hasil "
                 f"pelaksanaan tugas {_FREKUENSI[tim.frekuensi_laporan]} kepada "
                 f"{pejabat_penilai(tim, struktur)}.")]
    if tim.sumber_biaya.strip() or tim.tahun_anggaran:
        sumber = tim.sumber_biaya.strip().rstrip(".") or (
            f"Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {tim.tahun_anggaran}")
        out.append(Butir("Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan ini "
                         f"dibebankan pada {sumber}."))
    siapa = "Keputusan Sekretaris Daerah ini" if jenis is JenisNaskah.SK_SEKDA else "Keputusan ini"
    periode = (f" dengan masa kerja tim terhitung mulai tanggal {tgl(tim.mulai)} sampai dengan "
               f"tanggal {tgl(tim.selesai)}") if tim.mulai and tim.selesai else ""
    out.append(Butir(f"{siapa} mulai berlaku pada tanggal ditetapkan{periode}."))
    return tuple(out)


def susunan(tim: Tim, struktur: Struktur) -> tuple[Orang, ...]:
    """Penanggung Jawab (when set), then the members in roster order (ketua first)."""
    out = []
    pj = struktur.pegawai_by_id.get(tim.penanggung_jawab_id or -1)
    if pj is not None and all(a.pegawai_id != pj.id for a in tim.anggota):
        out.append(orang(pj, struktur, "Penanggung Jawab"))
    members = sorted(tim.anggota, key=lambda a: a.peran is not PeranTim.KETUA)
    out += [orang(struktur.pegawai_by_id[a.pegawai_id], struktur, a.label_peran)
            for a in members if a.pegawai_id in struktur.pegawai_by_id]
    return tuple(out)


def build_sk(tim: Tim, struktur: Struktur, p: PengaturanNaskah, *, jenis: JenisNaskah,
             nomor: str, tanggal: dt.date | None, signer: Penandatangan | None) -> SkTimNaskah:
    full, singkat = penetap(struktur, jenis)
    tentang = _tentang(tim)
    return SkTimNaskah(
        kop=kop(struktur, p), tata_letak=p.tata_letak, penetap=full, penetap_singkat=singkat,
        nomor=nomor, tentang=tentang, menimbang=menimbang(tim, struktur, jenis),
        mengingat=tim.mengingat or p.mengingat, diktum=diktum(tim, struktur, jenis),
        pengesahan=Pengesahan(struktur.pd.tempat_penetapan, tanggal, signer, nama_bergelar=False,
                              tampilkan_pangkat=p.sk_tampilkan_pangkat,
                              tampilkan_nip=p.sk_tampilkan_nip, gaya_tanggal="ditetapkan"),
        tembusan=tim.tembusan or p.tembusan_sk,
        judul_susunan=f"SUSUNAN KEANGGOTAAN {tim.nama.strip().upper()}",
        susunan=susunan(tim, struktur), judul_dokumen=f"Keputusan {singkat.title()}")


def tim_tugas(tim: Tim, struktur: Struktur) -> TimTugas:
    ketua, lain, anggota = None, [], []
    for a in tim.anggota:
        p = struktur.pegawai_by_id.get(a.pegawai_id)
        if p is None:
            continue
        if a.peran is PeranTim.KETUA and ketua is None:
            ketua = orang(p, struktur, "Ketua Tim")
        elif a.jabatan_dalam_tim.strip():
            lain.append(orang(p, struktur, a.label_peran))
        else:
            anggota.append(orang(p, struktur, "Anggota"))
    return TimTugas(tim.nama.strip(), ketua, tuple(lain), tuple(anggota))


def kata_perintah(profile: RegulationProfile, p: PengaturanNaskah) -> str:
    if p.kata_perintah_st.strip():
        return p.kata_perintah_st.strip().upper()
    return "MEMERINTAHKAN" if profile.kode == "kapuas-hulu" else "MEMBERI TUGAS"


def build_st(tims: Sequence[Tim], struktur: Struktur, profile: RegulationProfile,
             p: PengaturanNaskah, *, nomor: str, tanggal: dt.date | None,
             signer: Penandatangan | None) -> SuratTugasNaskah:
    teams = tuple(tim_tugas(t, struktur) for t in tims)
    people = tuple(o for team in teams for o in team.semua)
    lampiran = len(tims) > 1 or len(people) > p.batas_nama_badan
    first = tims[0]
    if len(tims) == 1:
        sasaran = first.sasaran.strip().rstrip(".")
        periode = (f" terhitung mulai tanggal {tgl(first.mulai)} sampai dengan tanggal "
                   f"{tgl(first.selesai)}") if first.mulai and first.selesai else ""
        teks = (f"Melaksanakan tugas dalam {first.nama.strip()} guna pencapaian kinerja"
                f"{' ' + chr(8220) + sasaran + chr(8221) if sasaran else ''}{periode}"
                f"{', sebagaimana terlampir' if lampiran else ''}, dengan uraian tugas:")
        satu = Butir(teks, tuple(first.tugas)) if first.tugas else Butir(teks.rstrip(":") + ";")
    else:
        satu = Butir("Melaksanakan tugas dalam Tim Kerja guna pencapaian kinerja masing-masing "
                     "tim sebagaimana terlampir;")
    untuk = (satu, Butir("Melaksanakan perintah ini dengan penuh tanggung jawab;"),
             Butir(f"Melaporkan hasilnya kepada {pejabat_penilai(first, struktur)} selaku "
                   "Pejabat Penilai Kinerja."))
    pj = struktur.pegawai_by_id.get(first.penanggung_jawab_id or -1)
    penanggung = (f"{pj.nama_lengkap} ({pj.jabatan.nama})" if pj and pj.jabatan
                  else pejabat_penilai(first, struktur))
    return SuratTugasNaskah(
        kop=kop(struktur, p), tata_letak=p.tata_letak, nomor=nomor,
        dasar=first.dasar or p.dasar_st, kata_perintah=kata_perintah(profile, p), untuk=untuk,
        tim=teams, lampiran=lampiran, penanggung_jawab=penanggung,
        pengesahan=Pengesahan(struktur.pd.tempat_penetapan, tanggal, signer, nama_bergelar=True,
                              gaya_tanggal=p.gaya_tanggal_st),
        tembusan=first.tembusan or p.tembusan_st, kepada=() if lampiran else people)


def kesiapan(tims: Sequence[Tim], struktur: Struktur, profile: RegulationProfile, *,
             nomor: str, tanggal: dt.date | None, signer: Penandatangan | None,
             dasar: tuple[str, ...], dasar_label: str, pelanggaran: tuple[str, ...]) -> Kesiapan:
    people = []
    for t in tims:
        for a in t.anggota:
            pg = struktur.pegawai_by_id.get(a.pegawai_id)
            if pg is not None:
                people.append(CekOrang(pg.nama_lengkap, pg.nip,
                                       a.persetujuan is Persetujuan.MENUNGGU))
    tugas = tuple(x for t in tims for x in t.tugas)
    result = periksa_kesiapan(nomor=nomor, penandatangan=signer, orang=tuple(people),
                              dasar=dasar, dasar_label=dasar_label, tugas=tugas, tanggal=tanggal,
                              pelanggaran=pelanggaran)
    for t in tims:
        if jenis_tim(profile, t.jenis) is None:
            result = dataclasses.replace(result, kurang=(*result.kurang,
                                                         f"Jenis tim {t.jenis} tidak dikenal"))
    return result
