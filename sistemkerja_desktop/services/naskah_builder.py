"""Fill the naskah DTOs (SK Tim, Surat Tugas, Keputusan penunjukan Ketua Kelompok Kerja) from
a team, the structure, the profile and the settings.

Who is listed: `anggota_naskah` — a member whose persetujuan is *ditolak* is never printed; one
*menunggu* is printed on a draft only, marked "(menunggu persetujuan)" (a final is refused before
it gets here: KH Lampiran I B.2.a.2 d; BG Pasal 6 ayat (3) huruf d; BT Lampiran II C.1)(3)d; PS
II.B.2.a a)2 d). Kapuas Hulu follows its Lampiran II templates (Pasal 10 ayat (4)): the SK
Sekretaris Daerah with the Setda kop, four diktum, the four-column susunan; the Surat Tugas
always with its Lampiran."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.naskah import Penandatangan
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
from sistemkerja_desktop.domain.naskah_klausul import (
    KAPUAS_HULU,
    bentuk_tim,
    judul_penugasan,
    klausul_laporan_kh,
    klausul_laporan_sk,
    klausul_laporan_st,
    pimpinan_unit_organisasi,
    tahun_anggaran,
)
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import RegulationProfile, get_profile
from sistemkerja_desktop.domain.tim import Anggota, PeranTim, Persetujuan, Tim, anggota_naskah
from sistemkerja_desktop.services.naskah_settings import PengaturanNaskah

MENUNGGU = "menunggu persetujuan"
KOP_SETDA_KOSONG = ("Kop Sekretariat Daerah belum diisi (Pengaturan Naskah): Keputusan Sekretaris "
                    "Daerah memakai kop Sekretariat Daerah")


def kop(struktur: Struktur, p: PengaturanNaskah) -> Kop:
    return Kop(struktur.pd.kop_lines(), struktur.pd.logo_path, p.garis_kop)


def _kop_sk(struktur: Struktur, p: PengaturanNaskah, jenis: JenisNaskah, *,
            draf: bool) -> tuple[Kop, str]:
    """The kop of an SK and a note for the draft. A Keputusan Sekretaris Daerah is a konsep for
    the Sekretariat Daerah: its kop (KH Lampiran II.1); on a draft without it, the PD's kop."""
    if jenis is not JenisNaskah.SK_SEKDA:
        return kop(struktur, p), ""
    lines = tuple(x for x in p.kop_setda if x.strip())
    if lines:
        return Kop(lines, struktur.pd.logo_path, p.garis_kop), ""
    if not draf:
        raise ValidationError(KOP_SETDA_KOSONG + "; isi dahulu, lalu cetak ulang. Tidak ada "
                              "berkas yang ditulis.", field="kop_setda", code="kop_setda_kosong")
    return kop(struktur, p), (KOP_SETDA_KOSONG + "; draf ini memakai kop Perangkat Daerah.")


def _catatan(*parts: str) -> str:
    """Notes joined as sentences."""
    out = [x.strip() for x in parts if x.strip()]
    return " ".join(x if x.endswith((".", "!", "?")) else x + "." for x in out)


def penetap(struktur: Struktur, jenis: JenisNaskah) -> tuple[str, str]:
    """('KEPALA DINAS KESEHATAN KABUPATEN CONTOH', 'KEPALA DINAS KESEHATAN')."""
    pemda = struktur.pd.pemda.upper()
    if jenis is JenisNaskah.SK_SEKDA:
        return f"SEKRETARIS DAERAH {pemda}", "SEKRETARIS DAERAH"
    nama = struktur.pd.nama.upper()
    return f"KEPALA {nama} {pemda}", f"KEPALA {nama}"


def orang(p: Pegawai, struktur: Struktur, peran: str = "", keterangan: str = "") -> Orang:
    asal = (f" ({p.instansi_asal})" if p.eksternal and p.instansi_asal else "")
    return Orang(nama=p.nama_lengkap, nip=p.nip_tampil,
                 pangkat=p.golongan.tampil if p.golongan else "",
                 jabatan=(p.jabatan.nama if p.jabatan else "") + asal, peran=peran,
                 keterangan=keterangan)


def _keterangan(a: Anggota, draf: bool) -> str:
    return MENUNGGU if draf and a.persetujuan is Persetujuan.MENUNGGU else ""


def pejabat_penilai(tim: Tim, struktur: Struktur) -> str:
    return pimpinan_unit_organisasi(tim, struktur)


def _tentang(tim: Tim, jenis: JenisNaskah = JenisNaskah.SK_KEPALA_PD) -> str:
    """'PEMBENTUKAN TIM …'; a Keputusan Sekretaris Daerah ends 'TAHUN ANGGARAN …' when the team
    has one (KH Lampiran II.1)."""
    name = tim.nama.strip().upper()
    out = name if name.startswith("PEMBENTUKAN") else f"PEMBENTUKAN {name}"
    ta = tahun_anggaran(tim)
    if jenis is JenisNaskah.SK_SEKDA and ta and "TAHUN ANGGARAN" not in out:
        out += f" TAHUN ANGGARAN {ta}"
    return out


def menimbang(tim: Tim, struktur: Struktur, jenis: JenisNaskah) -> tuple[str, ...]:
    if tim.menimbang:
        return tim.menimbang
    _, singkat = penetap(struktur, jenis)
    sasaran = tim.sasaran.strip().rstrip(".") or f"kinerja {struktur.unit_path(tim.unit_pemilik_id)}"
    ta = tahun_anggaran(tim)
    ta_teks = f" Tahun Anggaran {ta}" if ta else ""
    return ((f"bahwa dalam rangka pencapaian kinerja \u201c{sasaran}\u201d{ta_teks} perlu "
             f"membentuk {tim.nama.strip()};"),
            ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
             f"Keputusan {singkat.title()} tentang {_tentang(tim, jenis).title()};"))


def _periode(tim: Tim) -> str:
    if not (tim.mulai and tim.selesai):
        return ""
    return (f" dengan masa kerja terhitung mulai tanggal {tgl(tim.mulai)} sampai dengan tanggal "
            f"{tgl(tim.selesai)}")


def _biaya(tim: Tim) -> str:
    ta = tahun_anggaran(tim)
    return tim.sumber_biaya.strip().rstrip(".") or (
        f"Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran {ta or '……'}")


def diktum(tim: Tim, struktur: Struktur, jenis: JenisNaskah,
           profile: RegulationProfile | None = None) -> tuple[Butir, ...]:
    profile = profile or get_profile(struktur.pd.profil)
    if profile.kode == KAPUAS_HULU:
        return _diktum_kh(tim, struktur, jenis, profile)
    nama = tim.nama.strip()
    bentuk = bentuk_tim(tim, profile)
    sebagai = f" sebagai {bentuk}" if bentuk else ""
    out = [Butir(f"Membentuk {nama}{sebagai} dengan susunan keanggotaan sebagaimana tercantum "
                 "dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
           Butir(f"{nama} sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:",
                 tuple(tim.tugas)),
           Butir(klausul_laporan_sk(tim, struktur, profile))]
    if tim.sumber_biaya.strip() or tahun_anggaran(tim):
        out.append(Butir("Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan ini "
                         f"dibebankan pada {_biaya(tim)}."))
    siapa = "Keputusan Sekretaris Daerah ini" if jenis is JenisNaskah.SK_SEKDA else "Keputusan ini"
    out.append(Butir(f"{siapa} mulai berlaku pada tanggal ditetapkan{_periode(tim)}."))
    return tuple(out)


def _diktum_kh(tim: Tim, struktur: Struktur, jenis: JenisNaskah,
               profile: RegulationProfile) -> tuple[Butir, ...]:
    """KH Lampiran II.1–2: KESATU membentuk (+ masa kerja), KEDUA tugas (+ the reporting duty,
    Pasal 13 ayat (2)), KETIGA biaya, KEEMPAT mulai berlaku pada tanggal ditetapkan."""
    nama = tim.nama.strip()
    siapa = "Keputusan Sekretaris Daerah ini" if jenis is JenisNaskah.SK_SEKDA else "Keputusan ini"
    periode = _periode(tim)
    tugas = [x.strip() for x in tim.tugas if x.strip()]
    if tugas and tugas[-1].endswith("."):  # the reporting duty follows as the last task
        tugas[-1] = tugas[-1][:-1] + ";"
    return (Butir(f"Membentuk {nama}{periode}{',' if periode else ''} dengan susunan Tim "
                  "sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan "
                  "dari Keputusan ini."),
            Butir("Tim sebagaimana dimaksud pada Diktum KESATU ini mempunyai tugas sebagai "
                  "berikut:", (*tugas, klausul_laporan_kh(tim, struktur, profile))),
            Butir(f"Biaya sebagai akibat ditetapkannya Keputusan ini dibebankan pada "
                  f"{_biaya(tim)}."),
            Butir(f"{siapa} mulai berlaku pada tanggal ditetapkan."))


def susunan(tim: Tim, struktur: Struktur, *, draf: bool = False) -> tuple[Orang, ...]:
    """Penanggung Jawab (when set), then the members in roster order (ketua first)."""
    out = []
    members = anggota_naskah(tim)
    pj = struktur.pegawai_by_id.get(tim.penanggung_jawab_id or -1)
    if pj is not None and all(a.pegawai_id != pj.id for a in tim.anggota):
        out.append(orang(pj, struktur, "Penanggung Jawab"))
    ordered = sorted(members, key=lambda a: (a.peran is not PeranTim.KETUA or a.sementara,
                                             not a.sementara))
    out += [orang(struktur.pegawai_by_id[a.pegawai_id], struktur, _label(a, tim),
                  _keterangan(a, draf))
            for a in ordered if a.pegawai_id in struktur.pegawai_by_id]
    return tuple(out)


def _label(a: Anggota, tim: Tim) -> str:
    """The printed role; a squad's acting ketua is the "Ketua Kelompok Kerja (squad)
    sementara" (Pekalongan Pasal 29)."""
    return a.label_peran_untuk(tim.jenis.replace("-", " "))


def _judul_susunan(tim: Tim, kh: bool) -> str:
    name = tim.nama.strip().upper()
    if kh:  # KH Lampiran II.1: "SUSUNAN TIM ……"
        return f"SUSUNAN {name}"
    return f"SUSUNAN KEANGGOTAAN {name}"


def build_sk(tim: Tim, struktur: Struktur, p: PengaturanNaskah, *, jenis: JenisNaskah,
             nomor: str, tanggal: dt.date | None, signer: Penandatangan | None,
             profile: RegulationProfile | None = None, draf: bool = False,
             catatan_draf: str = "") -> SkTimNaskah:
    """The Keputusan pembentukan tim. `draf` lists members still *menunggu persetujuan*,
    marked; `catatan_draf` is printed on a draft (e.g. not the instrument the Perbup
    prescribes). A Keputusan Sekretaris Daerah without the Setda kop is refused on a final."""
    profile = profile or get_profile(struktur.pd.profil)
    kh = profile.kode == KAPUAS_HULU
    full, singkat = penetap(struktur, jenis)
    the_kop, note = _kop_sk(struktur, p, jenis, draf=draf)
    return SkTimNaskah(
        kop=the_kop, tata_letak=p.tata_letak, penetap=full, penetap_singkat=singkat,
        nomor=nomor, tentang=_tentang(tim, jenis), menimbang=menimbang(tim, struktur, jenis),
        mengingat=tim.mengingat or p.mengingat, diktum=diktum(tim, struktur, jenis, profile),
        pengesahan=Pengesahan(struktur.pd.tempat_penetapan, tanggal, signer, nama_bergelar=False,
                              tampilkan_pangkat=p.sk_tampilkan_pangkat or kh,
                              tampilkan_nip=p.sk_tampilkan_nip or kh, gaya_tanggal="ditetapkan"),
        tembusan=tim.tembusan or p.tembusan_sk,
        judul_susunan=_judul_susunan(tim, kh),
        susunan=susunan(tim, struktur, draf=draf), judul_dokumen=f"Keputusan {singkat.title()}",
        nomor_label="NOMOR :" if kh and jenis is JenisNaskah.SK_SEKDA else "NOMOR",
        kolom_nip=not kh, paraf=tuple(x for x in p.paraf if x.strip()),
        catatan_draf=_catatan(catatan_draf, note) if draf else "")


def tim_tugas(tim: Tim, struktur: Struktur, *, draf: bool = False) -> TimTugas:
    ketua, lain, anggota = None, [], []
    for a in anggota_naskah(tim):
        p = struktur.pegawai_by_id.get(a.pegawai_id)
        if p is None:
            continue
        ket = _keterangan(a, draf)
        if a.peran is PeranTim.KETUA and not a.sementara and ketua is None:
            ketua = orang(p, struktur, "Ketua Tim", ket)
        elif a.jabatan_dalam_tim.strip() or a.sementara:  # named roles, the acting ketua
            lain.append(orang(p, struktur, _label(a, tim), ket))
        else:
            anggota.append(orang(p, struktur, "Anggota", ket))
    return TimTugas(tim.nama.strip(), ketua, tuple(lain), tuple(anggota))


def kata_perintah(profile: RegulationProfile, p: PengaturanNaskah) -> str:
    if p.kata_perintah_st.strip():
        return p.kata_perintah_st.strip().upper()
    return "MEMERINTAHKAN" if profile.kode == KAPUAS_HULU else "MEMBERI TUGAS"


def build_st(tims: Sequence[Tim], struktur: Struktur, profile: RegulationProfile,
             p: PengaturanNaskah, *, nomor: str, tanggal: dt.date | None,
             signer: Penandatangan | None, draf: bool = False,
             catatan_draf: str = "") -> SuratTugasNaskah:
    """The Surat Tugas (or Surat Penugasan) for one or more teams. Kapuas Hulu (Lampiran II.3):
    always "Kepada : Nama-nama berikut sebagaimana terlampir" and the Lampiran Surat Tugas."""
    kh = profile.kode == KAPUAS_HULU
    teams = tuple(tim_tugas(t, struktur, draf=draf) for t in tims)
    people = tuple(o for team in teams for o in team.semua)
    lampiran = kh or len(tims) > 1 or len(people) > p.batas_nama_badan
    judul = judul_penugasan(tuple(tims), profile, individu=len(tims) == 1 and len(people) == 1)
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
             Butir(klausul_laporan_st(first, struktur, profile)))
    pj = struktur.pegawai_by_id.get(first.penanggung_jawab_id or -1)
    penanggung = (f"{pj.nama_lengkap} ({pj.jabatan.nama})" if pj and pj.jabatan
                  else pimpinan_unit_organisasi(first, struktur))
    return SuratTugasNaskah(
        kop=kop(struktur, p), tata_letak=p.tata_letak, nomor=nomor,
        dasar=first.dasar or p.dasar_st, kata_perintah=kata_perintah(profile, p), untuk=untuk,
        tim=teams, lampiran=lampiran, penanggung_jawab=penanggung,
        pengesahan=Pengesahan(struktur.pd.tempat_penetapan, tanggal, signer, nama_bergelar=True,
                              gaya_tanggal=p.gaya_tanggal_st),
        tembusan=first.tembusan or p.tembusan_st, judul_dokumen=judul,
        kepada=() if lampiran else people,
        kepada_teks="Nama-nama berikut sebagaimana terlampir" if kh else "",
        paraf=tuple(x for x in p.paraf if x.strip()),
        catatan_draf=catatan_draf.strip() if draf else "")


def build_sk_ketua(tim: Tim, struktur: Struktur, profile: RegulationProfile,
                   pengaturan: PengaturanNaskah, *, nomor: str, tanggal: dt.date | None,
                   signer: Penandatangan | None, draf: bool = False,
                   catatan_draf: str = "") -> SkTimNaskah:
    """Keputusan Kepala Unit Organisasi Pemilik Kinerja tentang Penunjukan Ketua Kelompok Kerja
    (Squad) — Pekalongan Pasal 13 ayat (2) (see services.naskah_sk_ketua)."""
    from sistemkerja_desktop.services.naskah_sk_ketua import susun_sk_ketua

    return susun_sk_ketua(tim, struktur, profile, pengaturan, nomor=nomor, tanggal=tanggal,
                          signer=signer, draf=draf, catatan_draf=catatan_draf)

