"""The demo agency's Perjanjian Kinerja of the current year (fictional): four IKI of the Kepala
Dinas and the Sekretaris, two cascaded to the Kepala Bidang with a penanggung jawab each, and
each demo team (`demo_teams`) linked to the indicator it serves — so the Matriks Peran Hasil and
the Laporan area show real content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models_tim import TimRow
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes

if TYPE_CHECKING:
    from sistemkerja_desktop.services.kinerja_service import KinerjaService

# (kode, sasaran, indikator, target, satuan, owner position name, induk kode, pj NIP,
#  team name prefix served)
_INDIKATOR = (
    ("IKU.1", "Meningkatnya status gizi masyarakat", "Prevalensi stunting pada balita", "14",
     "%", "Kepala Dinas Kesehatan", None, None, None),
    ("IK.1.1", "Intervensi gizi spesifik dan sensitif terlaksana di seluruh desa lokus",
     "Persentase desa lokus stunting yang mendapat intervensi gizi terpadu", "100", "%",
     "Kepala Bidang Kesehatan Masyarakat", "IKU.1", None, "Tim Kerja Percepatan Penurunan"),
    ("IK.1.2", "Perilaku pencegahan stunting meningkat",
     "Persentase desa lokus yang melaksanakan kampanye perubahan perilaku", "80", "%",
     "Kepala Bidang Kesehatan Masyarakat", "IKU.1", "198708182013121910", None),
    ("IKU.2", "Terkendalinya penyakit menular dan kejadian luar biasa",
     "Persentase sinyal kewaspadaan dini KLB yang direspons dalam 24 jam", "100", "%",
     "Kepala Dinas Kesehatan", None, None, "Tim Kerja Surveilans"),
    ("IK.2.1", "Laporan kewaspadaan dini tepat waktu",
     "Persentase laporan mingguan kewaspadaan dini (EWARS) yang tepat waktu", "90", "%",
     "Kepala Bidang Pencegahan dan Pengendalian Penyakit", "IKU.2", "198906212014032936", None),
    ("IKU.3", "Meningkatnya mutu pelayanan kesehatan dasar",
     "Persentase UPTD Puskesmas terakreditasi paripurna", "50", "%", "Kepala Dinas Kesehatan",
     None, None, "Kelompok Kerja Akreditasi"),
    ("IKU.4", "Meningkatnya akuntabilitas kinerja Perangkat Daerah",
     "Nilai evaluasi SAKIP Dinas Kesehatan", "BB", "predikat", "Sekretaris Dinas", None,
     None, "Tim Penyusun Renja"),
)


def buat_demo(kinerja: KinerjaService, ctx: ServiceContext) -> Changes:
    tahun = ctx.today().year
    with ctx.reading() as s:
        struktur = load_struktur(s)
        tims = list(s.execute(select(TimRow.id, TimRow.nama).order_by(TimRow.id)))
    posisi = {p.nama: p.id for p in struktur.positions}
    nips = {p.nip for p in struktur.pegawai}
    ids: dict[str, int] = {}
    for kode, sasaran, teks, target, satuan, pemilik, induk, pj, tim in _INDIKATOR:
        info, _ = kinerja.tambah(
            tahun=tahun, indikator=teks, target=target, satuan=satuan, kode=kode,
            sasaran=sasaran, pemilik_position_id=posisi.get(pemilik),
            induk_id=ids.get(induk) if induk else None,
            penanggung_jawab_nip=pj if pj in nips else None)
        ids[kode] = info.id
        for tim_id, nama in tims:
            if tim and nama.startswith(tim):
                kinerja.tautkan(info.id, tim_id=tim_id)
    return Changes(laporan=True)
