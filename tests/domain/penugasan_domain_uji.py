"""A small agency and helpers for the penugasan domain tests (imported as a module; keep it
stable). Named apart from `tests/services/penugasan_uji.py`: test directories share one
module namespace, so two `penugasan_uji` modules would shadow each other in a full run.

    a = Agensi.buat("kapuas-hulu")        # Dinas with two Bidang, a Sekretariat, a Puskesmas
    p = buat(a, JenisPenugasan.PENUNJUKAN, LingkupPenugasan.LINTAS_UNIT,
             pegawai=(a.jf_b,), oleh=a.kabid_a, unit_tujuan=a.bidang_b)
    p = jalan(p, [Aksi.SETUJUI, Aksi.REKOMENDASI, Aksi.SETUJUI])   # each by the one it waits for

Layout (every JF/Pelaksana has a PPK from 2024-01-01):
    Dinas Uji (Kepala Dinas, JPT)
    ├── Sekretariat (Sekretaris, Administrator) ── Subbagian Umum (Kasubbag, Pengawas)
    │        pelaksana_umum (PPK: Kasubbag)
    ├── Bidang A (Kabid A, Administrator)  jf_a, jf_a2 (PPK: Kabid A)
    │   └── Seksi A1 (Kasi A1, Pengawas)   pelaksana_a1 (PPK: Kasi A1)
    ├── Bidang B (Kabid B, Administrator)  jf_b (PPK: Kabid B), jf_b_tanpa_ppk (none)
    ├── Bidang C (Kepala Bidang C, vacant) jf_c (PPK: Kepala Dinas)
    └── UPTD Puskesmas (mandiri, led by a JF) jf_pkm (PPK: Kepala Puskesmas)
    eksternal: pegawai of another instansi (for lintas instansi keluar)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from struktur_uji import Builder

from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit, Pegawai, Struktur
from sistemkerja_desktop.domain.penugasan import (
    Aksi,
    Arah,
    IsiPermohonan,
    JenisPenugasan,
    LingkupPenugasan,
    Permohonan,
    pencatat_id,
    transition,
)
from sistemkerja_desktop.domain.penugasan_alur import buat_permohonan
from sistemkerja_desktop.domain.profiles import RegulationProfile, get_profile

TANGGAL = dt.date(2024, 6, 3)
INSTANSI = "Pemerintah Kabupaten Tetangga"


def isi(mulai: dt.date = dt.date(2024, 7, 1), selesai: dt.date = dt.date(2024, 9, 30),
        **kw: str) -> IsiPermohonan:
    """Complete contents; override any field with a keyword."""
    base = {"maksud": "Membantu penyusunan profil kesehatan",
            "kompetensi": "Analisis data kesehatan", "target": "Profil kesehatan terbit"}
    base.update(kw)
    return IsiPermohonan(base["maksud"], base["kompetensi"], base["target"], mulai, selesai)


@dataclass
class Agensi:
    profile: RegulationProfile
    struktur: Struktur
    dinas: int
    kadis: int  # the pegawai ids of the heads
    sekretariat: int
    sekretaris: int
    subbag: int
    kasubbag: int
    bidang_a: int
    kabid_a: int
    seksi_a1: int
    kasi_a1: int
    bidang_b: int
    kabid_b: int
    bidang_c: int
    puskesmas: int
    kapus: int
    jf_a: int
    jf_a2: int
    pelaksana_a1: int
    jf_b: int
    jf_b_tanpa_ppk: int
    jf_c: int
    jf_pkm: int
    pelaksana_umum: int
    eksternal: int
    pos_kabid_c: int  # the vacant position

    @classmethod
    def buat(cls, profil: str = "generic", *, sekda: bool = False) -> Agensi:
        """`sekda`: add a Sekretaris Daerah position (held) to the data, as in a Setda file."""
        b = Builder()
        dinas = b.unit("Dinas Uji", JenisUnit.PIMPINAN)
        kadis_pos = b.pejabat("Kadis", "Kepala Dinas Uji", Kategori.JPT_PRATAMA, dinas)
        sek = b.unit("Sekretariat", JenisUnit.SEKRETARIAT, dinas)
        sekretaris_pos = b.pejabat("Sekre", "Sekretaris", Kategori.ADMINISTRATOR, sek)
        subbag = b.unit("Subbagian Umum", JenisUnit.SUBBAGIAN, sek)
        kasubbag_pos = b.pejabat("Kasubbag", "Kepala Subbagian Umum", Kategori.PENGAWAS, subbag)
        bid_a = b.unit("Bidang A", JenisUnit.BIDANG, dinas)
        kabid_a_pos = b.pejabat("Kabid A", "Kepala Bidang A", Kategori.ADMINISTRATOR, bid_a)
        seksi_a1 = b.unit("Seksi A1", JenisUnit.SEKSI, bid_a)
        kasi_pos = b.pejabat("Kasi A1", "Kepala Seksi A1", Kategori.PENGAWAS, seksi_a1)
        bid_b = b.unit("Bidang B", JenisUnit.BIDANG, dinas)
        kabid_b_pos = b.pejabat("Kabid B", "Kepala Bidang B", Kategori.ADMINISTRATOR, bid_b)
        bid_c = b.unit("Bidang C", JenisUnit.BIDANG, dinas)
        kabid_c_pos = b.posisi("Kepala Bidang C", Kategori.ADMINISTRATOR, bid_c)  # vacant
        pkm = b.unit("UPTD Puskesmas Uji", JenisUnit.PUSKESMAS, dinas, mandiri=True)
        kapus = b.jf("Kapus", Jenjang.AHLI_MUDA, pkm, jf="Dokter")
        kapus_pos = b.posisi("Kepala UPTD Puskesmas Uji", Kategori.FUNGSIONAL, pkm,
                             pemangku=kapus)
        if sekda:
            setda = b.unit("Sekretariat Daerah", JenisUnit.LAINNYA)
            b.pejabat("Sekda", "Sekretaris Daerah", Kategori.JPT_MADYA, setda)
        jf_a = b.jf("JF A", Jenjang.AHLI_MUDA, bid_a)
        jf_a2 = b.jf("JF A2", Jenjang.AHLI_PERTAMA, bid_a)
        pel_a1 = b.pelaksana("Pelaksana A1", seksi_a1)
        jf_b = b.jf("JF B", Jenjang.AHLI_MUDA, bid_b)
        jf_b0 = b.jf("JF B Tanpa PPK", Jenjang.AHLI_PERTAMA, bid_b)
        jf_c = b.jf("JF C", Jenjang.AHLI_MUDA, bid_c)
        jf_pkm = b.jf("JF Puskesmas", Jenjang.AHLI_PERTAMA, pkm, jf="Perawat")
        pel_umum = b.pelaksana("Pelaksana Umum", subbag)
        for peg, pos in ((jf_a, kabid_a_pos), (jf_a2, kabid_a_pos), (pel_a1, kasi_pos),
                         (jf_b, kabid_b_pos), (jf_c, kadis_pos), (jf_pkm, kapus_pos),
                         (pel_umum, kasubbag_pos), (kapus, kadis_pos)):
            b.ppk(peg, pos)
        ext = b.orang("Tamu Luar", Jabatan("Analis Kebijakan Ahli Muda", Kategori.FUNGSIONAL,
                                            Jenjang.AHLI_MUDA), None, eksternal=True)
        pos = {p.id: p for p in b.positions}
        struktur = b.build(profil)
        return cls(get_profile(profil), struktur, dinas, pos[kadis_pos].pemangku_id or 0, sek,
                   pos[sekretaris_pos].pemangku_id or 0, subbag,
                   pos[kasubbag_pos].pemangku_id or 0, bid_a, pos[kabid_a_pos].pemangku_id or 0,
                   seksi_a1, pos[kasi_pos].pemangku_id or 0, bid_b,
                   pos[kabid_b_pos].pemangku_id or 0, bid_c, pkm, kapus, jf_a, jf_a2, pel_a1,
                   jf_b, jf_b0, jf_c, jf_pkm, pel_umum, ext, kabid_c_pos)

    def pegawai(self, pegawai_id: int) -> Pegawai:
        return self.struktur.pegawai_by_id[pegawai_id]


def buat(a: Agensi, jenis: JenisPenugasan, lingkup: LingkupPenugasan, *,
         pegawai: tuple[int, ...], oleh: int, unit_tujuan: int | None = None,
         instansi: str = "", arah: Arah | None = None, tanggal: dt.date = TANGGAL,
         **kw) -> Permohonan:
    """A request on `a` (arah default: dalam, keluar for lintas instansi)."""
    if arah is None:
        arah = Arah.KELUAR if lingkup is LingkupPenugasan.LINTAS_INSTANSI else Arah.DALAM
    if lingkup is LingkupPenugasan.LINTAS_INSTANSI and not instansi:
        instansi = INSTANSI
    kw.setdefault("isi", isi())
    return buat_permohonan(a.profile, a.struktur, jenis=jenis, lingkup=lingkup, arah=arah,
                           pegawai_ids=pegawai, oleh_id=oleh, unit_tujuan_id=unit_tujuan,
                           instansi=instansi, tanggal=tanggal, **kw)


def jalan(p: Permohonan, aksi: list[Aksi], *, mulai: dt.date = TANGGAL,
          catatan: str = "catatan") -> Permohonan:
    """Apply `aksi` in turn, each by whoever the current step waits for, one day apart."""
    for i, a in enumerate(aksi, start=1):
        step = p.langkah_sekarang
        assert step is not None, f"no step waits for action {i} ({a})"
        actor = pencatat_id(p, step)
        assert actor is not None
        p = transition(p, a, actor, mulai + dt.timedelta(days=i), catatan=catatan)
    return p
