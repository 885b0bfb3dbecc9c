"""The four demo teams of domain_conventions.md Appendix A, in the current year (fictional).

Every demo team is issuable (issue #9): each runs inside its tahun anggaran (the current year),
and every member from outside the unit pemilik kinerja is approved — a final SK/Surat Tugas is
refused while one still waits (`sistemkerja demo` then `sistemkerja dokumen sk-tim 2 -o x.pdf`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.tim import (
    Anggota,
    FrekuensiLaporan,
    PeranTim,
    Persetujuan,
    StatusTim,
    Tim,
    lengkapi_anggota,
)

KADIS = "197103141999031901"
SEKRETARIS = "197508222000032902"
_SETUJU = "disetujui Kepala Dinas (penunjukan)"

# (nama, jenis, unit kode, penanggung jawab NIP, ketua, sekretaris, anggota, sasaran, tugas,
#  mulai (month, day), duration months)
_TEAMS = (
    ("Tim Kerja Percepatan Penurunan Stunting Tahun {y}", "tim-kerja", "KESMAS", KADIS,
     "199103032017122909", "199007252018032908",
     ("198708182013121910", "199108112017032925", "198305282008122923", "199602212019122924",
      "199405172023212929"),
     "Prevalensi stunting turun menjadi 14%",
     ("mengoordinasikan intervensi gizi spesifik dan sensitif di puskesmas;",
      "menyusun dan memvalidasi data penimbangan balita bulanan;",
      "melaksanakan kampanye perubahan perilaku pencegahan stunting di desa lokus;",
      "melaporkan capaian intervensi kepada Kepala Dinas setiap bulan.")),
    ("Tim Kerja Surveilans dan Respons KLB", "tim-kerja", "P2P", KADIS,
     "198209092009021905", "198804122014032906",
     ("199305142020122911", "199204192018121926", "199307062021031920", "198808302014032921"),
     "Seluruh sinyal kejadian luar biasa direspons dalam 24 jam",
     ("melaksanakan surveilans berbasis kejadian dan indikator;",
      "melakukan penyelidikan epidemiologi bila terdapat sinyal KLB;",
      "menyusun laporan mingguan kewaspadaan dini.")),
    ("Kelompok Kerja Akreditasi UPTD Puskesmas Sukamaju", "kelompok-kerja", "PKM-SKM", KADIS,
     "198702012015032919", "199709132021032927",
     ("198808302014032921", "198305282008122923", "199108112017032925", "199405172023212929"),
     "UPTD Puskesmas Sukamaju terakreditasi paripurna",
     ("menyusun dokumen standar akreditasi puskesmas;",
      "melaksanakan penilaian mandiri dan menindaklanjuti hasilnya;",
      "mendampingi survei akreditasi.")),
    ("Tim Penyusun Renja dan RKA Dinas {y1}", "tim-kerja", "SEK", SEKRETARIS,
     "199007252018032908", "199201202019031907",
     ("198606102010032915", "198511022011011913", "199503162022081918", "197909232005012917"),
     "Renja dan RKA Dinas Kesehatan tersusun tepat waktu",
     ("menghimpun usulan program dan kegiatan dari bidang dan UPTD;",
      "menyusun rancangan Renja dan RKA;",
      "mengompilasi bahan pembahasan dengan TAPD.")),
)
# month, day, months: each ends by 31 December, inside the team's tahun anggaran
_PERIODS = ((1, 2, 12), (1, 2, 12), (3, 1, 10), (7, 1, 6))


def _end(start: dt.date, months: int) -> dt.date:
    month0 = start.month - 1 + months
    first_after = dt.date(start.year + month0 // 12, month0 % 12 + 1, 1)
    return first_after - dt.timedelta(days=1)


def demo_teams(struktur: Struktur, today: dt.date) -> list[Tim]:
    by_nip = {p.nip: p.id for p in struktur.pegawai}
    units = {u.kode: u for u in struktur.units}
    y = today.year
    out = []
    for spec, (month, day, months) in zip(_TEAMS, _PERIODS, strict=True):
        nama, jenis, kode, pj, ketua, sekretaris, anggota, sasaran, tugas = spec
        unit = units[kode]
        mulai = dt.date(y, month, day)
        pos = struktur.pimpinan_of(unit.id)
        members = [Anggota(by_nip[ketua], PeranTim.KETUA),
                   Anggota(by_nip[sekretaris], PeranTim.ANGGOTA, "Sekretaris"),
                   *(Anggota(by_nip[n]) for n in anggota)]
        tim = lengkapi_anggota(Tim(
            nama=nama.format(y=y, y1=y + 1), jenis=jenis, unit_pemilik_id=unit.id, mulai=mulai,
            selesai=_end(mulai, months), sasaran=sasaran,
            pemilik_kinerja_position_id=pos.id if pos else None,
            penanggung_jawab_id=by_nip[pj], tahun_anggaran=y,
            sumber_biaya=f"Dokumen Pelaksanaan Anggaran {struktur.pd.nama} {struktur.pd.pemda} "
                         f"Tahun Anggaran {y}",
            frekuensi_laporan=FrekuensiLaporan.BULANAN, status=StatusTim.AKTIF, tugas=tugas,
            anggota=tuple(members)), struktur)
        out.append(_setujui(tim))
    return out


def _setujui(tim: Tim) -> Tim:
    """Mark outside members approved (a final SK/Surat Tugas waits for every approval)."""
    return replace(tim, anggota=tuple(
        replace(a, persetujuan=Persetujuan.DISETUJUI, alasan_persetujuan=_SETUJU)
        if a.persetujuan is Persetujuan.MENUNGGU else a for a in tim.anggota))
