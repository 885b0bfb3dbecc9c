"""The demo agency's reports (fictional, issue #11), so the Laporan area shows something real:
each demo team's ketua has reported the months already due — most accepted, some late, one
returned with a note, the latest waiting for review, one month not sent at all — members
reported to the ketua every month (the latest: one waiting for the ketua, some not sent), and
the PUO asked one team for a report at any time.

Written in one transaction through the domain (`domain.laporan.tinjau` along each report's
chain, the actors resolved as the service does), not one use case per report: the demo stays
quick."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sistemkerja_desktop.db import laporan_mapping as lm
from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models_laporan import CapaianRow, RiwayatLaporanRow
from sistemkerja_desktop.domain.laporan import (
    AksiLaporan,
    IsiLaporan,
    JenisLaporan,
    Laporan,
    PeranLaporan,
    tambah_hari_kerja,
    tinjau,
)
from sistemkerja_desktop.domain.laporan_alur import buat_laporan, minta_laporan
from sistemkerja_desktop.domain.laporan_peran import KonteksLaporan, PeranResolver
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.services import laporan_rows as rows
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes

_NARASI = ("Kegiatan periode {p} berjalan sesuai rencana kerja tim; {n} dari {t} tahapan "
           "telah dilaksanakan dan didokumentasikan.")
_MASALAH = ("Data dari dua UPTD Puskesmas terlambat masuk sehingga validasi mundur satu "
            "minggu.", "Tetapkan batas kirim data tanggal 5 setiap bulan dan minta Kepala UPTD "
            "menunjuk petugas data.")
_CATATAN = "Lengkapi capaian per indikator dan lampirkan daftar hadir kegiatan."


class _Penulis:
    """Adds report rows with their history inside one session."""

    def __init__(self, s, resolver: PeranResolver, today: dt.date) -> None:
        self.s, self.r, self.today = s, resolver, today

    def _nama(self, pegawai_id: int | None) -> str:
        p = self.r.struktur.pegawai_by_id.get(pegawai_id) if pegawai_id else None
        return f"{p.nama_lengkap} (NIP {p.nip})" if p else ""

    def simpan(self, lap: Laporan, k: KonteksLaporan, langkah: list[tuple],
               capaian: tuple[tuple[str, str], ...] = (), diminta_oleh_id: int | None = None
               ) -> None:
        """`langkah`: (aksi, peran, pegawai id, tanggal, catatan) in order."""
        row = lm.new_row(lap, diminta_oleh_id=diminta_oleh_id)
        self.s.add(row)
        self.s.flush()
        for i, (aksi, peran, pid, tanggal, catatan) in enumerate(langkah, start=1):
            self.s.add(RiwayatLaporanRow(laporan_id=row.id, urut=i, aksi=aksi, peran=peran,
                                         pegawai_id=pid, nama=self._nama(pid), tanggal=tanggal,
                                         catatan=catatan))
        for i, (ind, nilai) in enumerate(capaian, start=1):
            self.s.add(CapaianRow(laporan_id=row.id, urut=i, indikator=ind, capaian=nilai))

    def jalan(self, lap: Laporan, k: KonteksLaporan, kirim: dt.date, *, sampai: int | None,
              kembalikan: bool = False) -> tuple[Laporan, list[tuple]]:
        """Send on `kirim`, then accept step by step (3 working days each) up to `sampai`
        steps (None: to the end) while the date is not past today; `kembalikan`: the first
        step returns it with a note instead."""
        log = [(AksiLaporan.KIRIM.value, PeranLaporan.PELAPOR.value, lap.pelapor_id, kirim, "")]
        lap = tinjau(lap, AksiLaporan.KIRIM, PeranLaporan.PELAPOR, kirim)
        tanggal, n = kirim, 0
        while lap.menunggu is not None and (sampai is None or n < sampai):
            tanggal = tambah_hari_kerja(tanggal, 3)
            if tanggal > self.today:
                break
            peran, h = self.r.pemegang_langkah(lap.menunggu, k)[0]
            aksi = AksiLaporan.KEMBALIKAN if kembalikan else AksiLaporan.TERIMA
            catatan = _CATATAN if kembalikan else ""
            lap = tinjau(lap, aksi, peran, tanggal, catatan=catatan)
            log.append((aksi.value, peran.value, h.pegawai_id, tanggal, catatan))
            n += 1
            if kembalikan:
                break
        return lap, log


def buat_demo_laporan(ctx: ServiceContext) -> Changes:
    today = ctx.today()
    with ctx.session("membuat laporan contoh") as s:
        struktur = load_struktur(s)
        profile = get_profile(struktur.pd.profil)
        b = rows.muat(s)
        w = _Penulis(s, PeranResolver(struktur, today), today)
        for n, tim in enumerate(b.tims.values()):
            if tim.ketua_id is None or tim.mulai is None or tim.selesai is None:
                continue
            k = KonteksLaporan(JenisLaporan.KETUA, tim.ketua_id, tim.ketua_id, tim.unit_id,
                               tuple(tim.semua))
            due = [p for p in b.jadwal(tim.mulai, tim.selesai, tim.frekuensi)
                   if p.jatuh_tempo < today]
            for i, p in enumerate(due):
                last = i == len(due) - 1
                if last and n == 1:
                    continue  # not sent: late at today
                lap = buat_laporan(profile, JenisLaporan.KETUA, tim.ketua_id, p, tim_id=tim.id)
                masalah = i == len(due) - 2 and n == 0
                lap = dataclasses.replace(lap, isi=IsiLaporan(
                    progres=min(100, round(100 * (i + 1) / (len(due) + 1))),
                    narasi=_NARASI.format(p=p.label, n=i + 1, t=len(due) + 1),
                    permasalahan=_MASALAH[0] if masalah else "",
                    rekomendasi=_MASALAH[1] if masalah else ""))
                terlambat = (i + n) % 4 == 2
                kirim = (tambah_hari_kerja(p.jatuh_tempo, 2) if terlambat
                         else tambah_hari_kerja(p.selesai, 2))
                kirim = min(kirim, today)
                lap, log = w.jalan(lap, k, kirim, sampai=0 if last and n == 0 else None,
                                   kembalikan=last and n == 2)
                w.simpan(lap, k, log, (("Capaian kegiatan periode", f"{lap.isi.progres}%"),))
            for i, p in enumerate(due):  # members report to the ketua every period due
                last = i == len(due) - 1
                for j, pid in enumerate(tim.anggota):
                    if last and j >= 2:
                        continue  # not sent yet: the ketua sees who is late
                    ka = KonteksLaporan(JenisLaporan.ANGGOTA, pid, tim.ketua_id, tim.unit_id,
                                        tuple(tim.semua))
                    lap = buat_laporan(profile, JenisLaporan.ANGGOTA, pid, p, tim_id=tim.id)
                    kirim = min(tambah_hari_kerja(p.selesai, 1 + (i + j) % 3), today)
                    lap = tinjau(lap, AksiLaporan.KIRIM, PeranLaporan.PELAPOR, kirim,
                                 isi=IsiLaporan(progres=min(100, 70 + 10 * ((i + j) % 4)),
                                                narasi=f"Tugas anggota periode {p.label} "
                                                       "dilaksanakan sesuai rencana kerja "
                                                       "individu."))
                    log = [(AksiLaporan.KIRIM.value, PeranLaporan.PELAPOR.value, pid,
                            lap.dikirim, "")]
                    tgl = tambah_hari_kerja(kirim, 1)
                    if not (last and j == 0) and tgl <= today:  # the last one waits
                        lap = tinjau(lap, AksiLaporan.TERIMA, PeranLaporan.KETUA_TIM, tgl)
                        log.append((AksiLaporan.TERIMA.value, PeranLaporan.KETUA_TIM.value,
                                    tim.ketua_id, tgl, ""))
                    w.simpan(lap, ka, log)
            if n == 3 and tim.mulai <= today <= tim.selesai:  # the PUO asks at any time
                h = w.r.pemegang(PeranLaporan.PUO_PEMILIK_KINERJA, k)
                if h.pegawai_id is not None and h.pegawai_id != tim.ketua_id:
                    lap = minta_laporan(profile, PeranLaporan.PUO, JenisLaporan.KETUA,
                                        tim.ketua_id, tambah_hari_kerja(today, 5),
                                        tim_id=tim.id)
                    w.simpan(lap, k, [("minta", PeranLaporan.PUO.value, h.pegawai_id, today,
                                       "Mohon laporan perkembangan untuk rapat pimpinan.")],
                             diminta_oleh_id=h.pegawai_id)
    return Changes(laporan=True)
