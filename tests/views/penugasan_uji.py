"""A few permohonan penugasan on the demo agency (profile generic, today 27 November 2026), for
the Penugasan view tests: who is who, and `isi_permohonan(svc)` that submits them."""

from __future__ import annotations

import datetime as dt

RAHMAT = "197605122002121933"  # Kepala Bidang P2P (PUO of P2P)
SRI = "197508222000032902"  # Plt. Kepala Bidang Kesmas (PUO/PPK of Kesmas)
KADIS = "197103141999031901"  # Kepala Dinas Kesehatan
RINA = "199305142020122911"  # Rina Marlina, Kesmas
FAJAR = "198708182013121910"  # Fajar Nugroho, Kesmas
DEWI = "198804122014032906"  # Dewi Anggraeni, P2P
YULIANA = "199103032017122909"  # Yuliana Safitri, Kesmas
PUTRI = "199207112022122932"  # Putri Wulandari, Kesmas: in no team
KESMAS = "Bidang Kesehatan Masyarakat"
P2P = "Bidang Pencegahan dan Pengendalian Penyakit"
PROVINSI = "Dinas Kesehatan Provinsi Contoh"
LUAR = "199001012015011001"  # a pegawai of the province, typed from its letter

ISI = {"maksud": "Memperkuat Tim Surveilans dalam penyelidikan epidemiologi KLB campak",
       "kompetensi": "Epidemiologi lapangan; analisis data surveilans",
       "target": "Laporan penyelidikan epidemiologi selesai 14 hari sejak kasus dilaporkan",
       "mulai": dt.date(2026, 12, 1), "selesai": dt.date(2026, 12, 31)}


def isi_permohonan(svc) -> dict[str, int]:
    """Five requests, all waiting: name → id. Ages on 27 Nov 2026 in the comments."""
    p = svc.penugasan
    out = {}
    out["lama"] = p.ajukan(jenis="penunjukan", lingkup="lintas-unit", pegawai_nip=[RINA],
                           oleh_nip=RAHMAT, unit_tujuan=KESMAS, tanggal=dt.date(2026, 11, 2),
                           **ISI)[0].id  # 25 hari, waits for Rahmat
    out["baru"] = p.ajukan(jenis="penunjukan", lingkup="lintas-unit", pegawai_nip=[FAJAR],
                           oleh_nip=RAHMAT, unit_tujuan=KESMAS, tanggal=dt.date(2026, 11, 20),
                           **ISI)[0].id  # 7 hari, waits for Rahmat
    out["dalam"] = p.ajukan(jenis="penunjukan", lingkup="dalam-unit", pegawai_nip=[DEWI],
                            oleh_nip=RAHMAT, tanggal=dt.date(2026, 11, 25), **ISI)[0].id  # 2
    out["sukarela"] = p.ajukan(jenis="sukarela", lingkup="lintas-unit", pegawai_nip=[YULIANA],
                               oleh_nip=YULIANA, unit_tujuan=P2P, tanggal=dt.date(2026, 11, 10),
                               **ISI)[0].id  # 17 hari
    out["keluar"] = p.ajukan(jenis="penunjukan", lingkup="lintas-instansi",
                             pegawai_nip=[f"{LUAR}:Budi Santoso, S.KM."], oleh_nip=RAHMAT,
                             instansi=PROVINSI, tanggal=dt.date(2026, 11, 15), **ISI)[0].id  # 12
    return out
