"""Helpers of the report tracker tests (issue #11): a small agency per profile, saved into a
real SQLite file, with an active cross-unit team and an approved individual assignment.

    Dinas Uji (Kepala Dinas: Hendra Wijaya)                       ← Kepala PD
      Bidang Pelayanan (Kepala Bidang: Pejabat Pelayanan)         ← unit pemilik kinerja, PUO
        Andi Anggota (JF; PPK Kepala Bidang Pelayanan)
        Seksi Rujukan (Kepala Seksi: Sari Seksi)                  ← Pimpinan Unit Kerja
          Kurniawati (JF, ketua; PPK Kepala Seksi)
          Irma Individu (JF, individual assignment; PPK Kepala Seksi)
      Bidang Program (Kepala Bidang: Pejabat Program)             ← PUO of Setyo
        Setyo Disetujui (JF, member from another unit, approved; PPK Kepala Bidang Program)

The team and the request are written straight into the tables (the team rules and the request
chains have their own tests): the team runs 2026-02-01 – 2026-11-30 (monthly, or quarterly
where the profile fixes it), the individual assignment 2026-03-01 – 2026-06-30."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import count

from sqlalchemy import func, select

from sistemkerja_desktop.db.mapping import save_struktur
from sistemkerja_desktop.db.models import AuditRow
from sistemkerja_desktop.db.models_penugasan import PermohonanPegawaiRow, PermohonanRow
from sistemkerja_desktop.db.tim_mapping import save_tim
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.laporan import IsiLaporan
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
from sistemkerja_desktop.domain.tim import (
    Anggota,
    AsalAnggota,
    FrekuensiLaporan,
    PeranTim,
    Persetujuan,
    StatusTim,
    Tim,
)

PROFILES = ("kapuas-hulu", "barito-timur", "pekalongan", "bungo", "pasuruan")
NIP = {
    "kadis": "197103141999031001", "kabid_pel": "197502022000031002",
    "kabid_prog": "197604042001121003", "kasi": "198001012005012010",
    "ketua": "198805052014022004", "anggota": "199006062015031005",
    "setuju": "199107072016022006", "individu": "199202022017022011",
}
MULAI, SELESAI = dt.date(2026, 2, 1), dt.date(2026, 11, 30)
TUGAS_MULAI, TUGAS_SELESAI = dt.date(2026, 3, 1), dt.date(2026, 6, 30)
ISI = IsiLaporan(progres=40, narasi="Rencana kerja tersusun; pendataan berjalan.")
MASALAH = IsiLaporan(progres=30, narasi="Pendataan terlambat.",
                     permasalahan="Data puskesmas belum lengkap",
                     rekomendasi="Minta Bidang Program mengirim data bulan lalu")


@dataclass(frozen=True)
class Agensi:
    ids: dict[str, int]  # key of NIP → pegawai id
    tim_id: int
    permohonan_id: int


def bangun(services, profil: str = "kapuas-hulu", *,
           frekuensi: FrekuensiLaporan = FrekuensiLaporan.BULANAN) -> Agensi:
    ids = count(1)
    dinas, pel, seksi, prog = next(ids), next(ids), next(ids), next(ids)
    units = (Unit(dinas, "Dinas Uji", JenisUnit.PIMPINAN),
             Unit(pel, "Bidang Pelayanan", JenisUnit.BIDANG, parent_id=dinas),
             Unit(seksi, "Seksi Rujukan", JenisUnit.SEKSI, parent_id=pel),
             Unit(prog, "Bidang Program", JenisUnit.BIDANG, parent_id=dinas))
    pegawai, positions, kedudukan, by = [], [], [], {}
    jf = Jabatan("Administrator Kesehatan Ahli Pertama", Kategori.FUNGSIONAL,
                 Jenjang.AHLI_PERTAMA)

    def orang(key, nama, jabatan, unit, gol="III/b"):
        by[key] = next(ids)
        pegawai.append(Pegawai(by[key], NIP[key], nama, jabatan, unit,
                               golongan=Golongan.pns(gol), pendidikan="S-1 Kesehatan"))
        return by[key]

    pos = {}
    for key, nama, jab, kat, unit, gol in (
            ("kadis", "Hendra Wijaya", "Kepala Dinas Uji", Kategori.JPT_PRATAMA, dinas, "IV/c"),
            ("kabid_pel", "Pejabat Pelayanan", "Kepala Bidang Pelayanan", Kategori.ADMINISTRATOR,
             pel, "IV/a"),
            ("kabid_prog", "Pejabat Program", "Kepala Bidang Program", Kategori.ADMINISTRATOR,
             prog, "IV/a"),
            ("kasi", "Sari Seksi", "Kepala Seksi Rujukan", Kategori.PENGAWAS, seksi, "III/d")):
        pid = orang(key, nama, Jabatan(jab, kat), unit, gol)
        pos[key] = next(ids)
        positions.append(Position(pos[key], jab, kat, unit, pemangku_id=pid))
    for key, nama, unit, atasan in (("ketua", "Kurniawati", seksi, "kasi"),
                                    ("anggota", "Andi Anggota", pel, "kabid_pel"),
                                    ("setuju", "Setyo Disetujui", prog, "kabid_prog"),
                                    ("individu", "Irma Individu", seksi, "kasi")):
        orang(key, nama, jf, unit)
        kedudukan.append(Kedudukan(next(ids), by[key], pos[atasan], dt.date(2024, 1, 1)))
    for key, atasan in (("kasi", "kabid_pel"), ("kabid_pel", "kadis"), ("kabid_prog", "kadis")):
        kedudukan.append(Kedudukan(next(ids), by[key], pos[atasan], dt.date(2024, 1, 1)))
    pd = PerangkatDaerah("Dinas Uji", "Kabupaten Uji", profil=profil, alamat="Jalan Uji 1",
                         kode_pos="78711", tempat_penetapan="Uji")
    struktur = Struktur(pd, units, tuple(positions), tuple(pegawai), tuple(kedudukan))
    with services.ctx.session("membuat agensi uji laporan") as s:
        save_struktur(s, struktur)
    got = {k: services.teams.pegawai_by_nip(NIP[k]).id for k in NIP}
    unit_pel = services.teams.unit_by_name("Bidang Pelayanan").id
    unit_seksi = services.teams.unit_by_name("Seksi Rujukan").id
    tim = Tim(nama="Tim Kerja Uji Rujukan", jenis="tim-kerja", unit_pemilik_id=unit_pel,
              mulai=MULAI, selesai=SELESAI, sasaran="Rujukan tepat waktu 95%",
              tahun_anggaran=2026, frekuensi_laporan=frekuensi, status=StatusTim.AKTIF,
              tugas=("menyusun rencana kerja;", "melaporkan hasil."),
              anggota=(Anggota(got["ketua"], PeranTim.KETUA, asal=AsalAnggota.DALAM_UNIT,
                               persetujuan=Persetujuan.TIDAK_PERLU),
                       Anggota(got["anggota"], asal=AsalAnggota.DALAM_UNIT,
                               persetujuan=Persetujuan.TIDAK_PERLU),
                       Anggota(got["setuju"], asal=AsalAnggota.LINTAS_UNIT,
                               persetujuan=Persetujuan.DISETUJUI)))
    with services.ctx.session("membuat tim uji laporan") as s:
        tim_id = save_tim(s, tim).id
        req = PermohonanRow(
            jenis="penunjukan", lingkup="dalam-unit", arah="dalam", status="disetujui",
            oleh_id=got["kasi"], unit_pemohon_id=unit_seksi, unit_tujuan_id=None, instansi="",
            tim_id=None, maksud="Validasi data rujukan", kompetensi="Analisis data",
            target="Data rujukan valid", mulai=TUGAS_MULAI, selesai=TUGAS_SELESAI,
            tanggal=dt.date(2026, 2, 20), dasar="uji")
        s.add(req)
        s.flush()
        s.add(PermohonanPegawaiRow(permohonan_id=req.id, urut=1, pegawai_id=got["individu"]))
    return Agensi(got, tim_id, req.id)


def audit(services, tabel=None):
    with services.ctx.reading() as s:
        q = select(AuditRow).order_by(AuditRow.id)
        if tabel:
            q = q.where(AuditRow.tabel == tabel)
        return list(s.scalars(q))


def hitung(services, model):
    with services.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


def jalan(services, laporan_id, tanggal):
    """Accept report `laporan_id` step by step as whoever each step waits for. Returns the
    roles (labels) in the order they acted."""
    roles = []
    for _ in range(10):
        r = services.laporan.detail(laporan_id, tanggal).ringkas
        if r.menunggu is None:
            return roles
        roles.append(r.menunggu.peran)
        services.laporan.tinjau(laporan_id, oleh_nip=r.menunggu.nip, terima=True,
                                tanggal=tanggal)
    raise AssertionError("the chain did not end")
