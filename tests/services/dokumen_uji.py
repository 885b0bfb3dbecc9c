"""A small agency per regulation profile for the document tests (issue #9), saved into a real
SQLite file through `save_struktur`, and a cross-unit team built through `TeamService`.

    Dinas Uji (Kepala Dinas, JPT Pratama)
      Bidang Pelayanan (Kepala Bidang, Administrator)   ← unit pemilik kinerja of the team
        JF Ahli Pertama: Kurniawati (ketua), Andi Anggota
      Bidang Program (Kepala Bidang, Administrator)
        JF Ahli Pertama: Setyo Disetujui, Mira Menunggu, Toni Ditolak

Every JF sits under its Kepala Bidang (kedudukan from 2024-01-01): jenjang-correct in each
profile (Ahli Pertama under an Administrator). Bidang have one structural level, so no profile
asks for a Pengawas as ketua (Bungo Pasal 9(2))."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import count

from pypdf import PdfReader

from sistemkerja_desktop.db.mapping import save_struktur
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import (
    JenisUnit,
    Kedudukan,
    Pegawai,
    PerangkatDaerah,
    Position,
    Struktur,
    Unit,
)
from sistemkerja_desktop.domain.pangkat import Golongan
from sistemkerja_desktop.domain.penomoran import JenisNaskah, pola_bawaan
from sistemkerja_desktop.domain.tim import Anggota, PeranTim, Persetujuan, Tim

PROFILES = ("kapuas-hulu", "barito-timur", "pekalongan", "bungo", "pasuruan")
JENIS = {"pekalongan": "kelompok-kerja"}  # the others: tim-kerja

NIP = {
    "kadis": "197103141999031001", "kabid_pel": "197502022000031002",
    "kabid_prog": "197604042001121003", "ketua": "198805052014022004",
    "anggota": "199006062015031005", "setuju": "199107072016022006",
    "menunggu": "199208082017031007", "tolak": "199309092018022008",
    "luar": "198501012010011009",
}
NAMA = {"ketua": "Kurniawati", "anggota": "Andi Anggota", "setuju": "Setyo Disetujui",
        "menunggu": "Mira Menunggu", "tolak": "Toni Ditolak", "luar": "Lukas Luaran"}
MULAI, SELESAI = dt.date(2026, 2, 1), dt.date(2026, 11, 30)


@dataclass(frozen=True)
class Agensi:
    pegawai: dict[str, int]  # key of NIP → pegawai id
    pelayanan: int  # unit id
    program: int
    kabid_pel_pos: int  # position id


def bangun(services, profil: str, *, alamat: str = "Jalan Merdeka Nomor 1",
           luar: bool = False) -> Agensi:
    """Save the agency; `luar`: also an ASN of another instansi (Kapuas Hulu Pasal 10(1))."""
    ids = count(1)
    dinas, pel, prog = next(ids), next(ids), next(ids)
    units = (Unit(dinas, "Dinas Uji", JenisUnit.PIMPINAN),
             Unit(pel, "Bidang Pelayanan", JenisUnit.BIDANG, parent_id=dinas),
             Unit(prog, "Bidang Program", JenisUnit.BIDANG, parent_id=dinas))
    pegawai, positions, kedudukan = [], [], []

    def orang(key, nama, jabatan, unit, gol, **kw):
        pid = next(ids)
        pegawai.append(Pegawai(pid, NIP[key], nama, jabatan, unit, golongan=Golongan.pns(gol),
                               pendidikan="S-1 Kesehatan Masyarakat", **kw))
        return pid

    kadis = orang("kadis", "Hendra Wijaya", Jabatan("Kepala Dinas Uji", Kategori.JPT_PRATAMA),
                  dinas, "IV/c", gelar_depan="dr.", gelar_belakang="M.Kes.")
    positions.append(Position(next(ids), "Kepala Dinas Uji", Kategori.JPT_PRATAMA, dinas,
                              pemangku_id=kadis))
    heads = {}
    for key, unit, nama in (("kabid_pel", pel, "Kepala Bidang Pelayanan"),
                            ("kabid_prog", prog, "Kepala Bidang Program")):
        pid = orang(key, f"Pejabat {nama[7:]}", Jabatan(nama, Kategori.ADMINISTRATOR), unit,
                    "IV/a")
        heads[unit] = next(ids)
        positions.append(Position(heads[unit], nama, Kategori.ADMINISTRATOR, unit,
                                  pemangku_id=pid))
    jf = Jabatan("Administrator Kesehatan Ahli Pertama", Kategori.FUNGSIONAL,
                 Jenjang.AHLI_PERTAMA)
    by_key = {"kadis": kadis}
    for key, unit in (("ketua", pel), ("anggota", pel), ("setuju", prog), ("menunggu", prog),
                      ("tolak", prog)):
        by_key[key] = orang(key, NAMA[key], jf, unit, "III/b")
        kedudukan.append(Kedudukan(next(ids), by_key[key], heads[unit], dt.date(2024, 1, 1)))
    if luar:
        by_key["luar"] = orang("luar", NAMA["luar"], jf, None, "III/b", eksternal=True,
                               instansi_asal="Dinas Kesehatan Provinsi Kalimantan Barat")
    pd = PerangkatDaerah("Dinas Uji", "Kabupaten Uji", profil=profil, alamat=alamat,
                         kode_pos="78711", tempat_penetapan="Uji")
    struktur = Struktur(pd, units, tuple(positions), tuple(pegawai), tuple(kedudukan))
    with services.ctx.session("membuat agensi uji dokumen") as s:
        save_struktur(s, struktur)
    for jenis in (JenisNaskah.SURAT_TUGAS, JenisNaskah.SK_KEPALA_PD, JenisNaskah.SK_KEPALA_UNIT):
        services.naskah.simpan_pola_nomor(_pola(jenis))
    got = {k: services.teams.pegawai_by_nip(NIP[k]).id for k in by_key}
    unit_pel = services.teams.unit_by_name("Bidang Pelayanan").id
    unit_prog = services.teams.unit_by_name("Bidang Program").id
    detail_pos = next(p for p in _struktur(services).positions
                      if p.nama == "Kepala Bidang Pelayanan")
    return Agensi(got, unit_pel, unit_prog, detail_pos.id)


def _pola(jenis):
    import dataclasses

    return dataclasses.replace(pola_bawaan(jenis), kode_unit="DU")


def _struktur(services):
    from sistemkerja_desktop.db.mapping import load_struktur

    with services.ctx.reading() as s:
        return load_struktur(s)


def tim_lintas_unit(services, ag: Agensi, profil: str, *, keys=("setuju", "menunggu", "tolak"),
                    **kw) -> int:
    """Save the cross-unit team (ketua and one member of the unit pemilik kinerja, the others
    from Bidang Program); `setuju` approved, `tolak` refused with its reason, `menunggu` left
    waiting. Returns the team id."""
    p = ag.pegawai
    base = dict(nama="Tim Kerja Uji Lintas Unit", jenis=JENIS.get(profil, "tim-kerja"),
                unit_pemilik_id=ag.pelayanan, mulai=MULAI, selesai=SELESAI,
                sasaran="Cakupan layanan naik 10%", pemilik_kinerja_position_id=ag.kabid_pel_pos,
                tahun_anggaran=2026, tugas=("menyusun rencana kerja;", "melaporkan hasil."),
                anggota=(Anggota(p["ketua"], PeranTim.KETUA), Anggota(p["anggota"]),
                         *(Anggota(p[k]) for k in keys)))
    base.update(kw)
    detail, _ = services.teams.save(Tim(**base))
    tid = detail.tim.id
    if "setuju" in keys:
        services.teams.set_persetujuan(tid, p["setuju"], Persetujuan.DISETUJUI,
                                       "Nota Dinas Kepala Bidang Program 800/1/2026")
    if "tolak" in keys:
        services.teams.set_persetujuan(tid, p["tolak"], Persetujuan.DITOLAK,
                                       "beban kerja penuh sampai akhir tahun")
    return tid


def teks_pdf(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))
