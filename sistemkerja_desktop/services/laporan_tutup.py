"""Closing a team's work (issue #11): only the profile's closing official
(`domain.laporan_alur.alur_laporan(profile).penutupan`) declares it *selesai*, once every
ketua report of the schedule is diterima; the team's status becomes selesai in the same
transaction. The official is the last level of `domain.laporan_penutupan.rantai_penutupan` from
the team's unit pemilik kinerja (the head of its unit organisasi, unit kerja or the PD); the
levels below him pass the results on first, in order ("secara berjenjang"), unless they already
accepted the last report on its review chain."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models_laporan import PenutupanRow, RiwayatLaporanRow
from sistemkerja_desktop.db.models_tim import TimRow
from sistemkerja_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from sistemkerja_desktop.domain.laporan import (
    AksiLaporan,
    JenisLaporan,
    PeranLaporan,
    StatusLaporan,
)
from sistemkerja_desktop.domain.laporan_alur import alur_laporan
from sistemkerja_desktop.domain.laporan_penutupan import TingkatPenutupan, rantai_penutupan
from sistemkerja_desktop.domain.laporan_peran import sebut
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.penugasan_peran import Pemegang
from sistemkerja_desktop.domain.profiles.base import RegulationProfile
from sistemkerja_desktop.domain.tim import StatusTim, transition
from sistemkerja_desktop.services import laporan_rows as rows
from sistemkerja_desktop.services.laporan_dto import PenutupanInfo

TIDAK = "Tidak ada yang diubah."
_STATUS = {"belum": "belum dikirim", "draf": "masih draf", "dikirim": "menunggu tinjauan",
           "perlu-perbaikan": "dikembalikan untuk perbaikan"}


def _pemegang(profile: RegulationProfile, struktur: Struktur, tim: rows.Tim
              ) -> tuple[PeranLaporan, Pemegang, tuple[TingkatPenutupan, ...]]:
    """The closing official: the last level of `rantai_penutupan` from the team's unit (the
    head of its unit organisasi / unit kerja / the PD, per profile), with the levels."""
    peran = alur_laporan(profile).penutupan.peran
    rantai = rantai_penutupan(profile, struktur, tim.unit_id)
    if not rantai:
        return peran, Pemegang(None, "", "", peran.value), rantai
    top = rantai[-1]
    return peran, Pemegang(top.pegawai_id, top.nip, top.nama, top.jabatan,
                           position_id=top.position_id), rantai


TERUSKAN = "teruskan-hasil"  # riwayat aksi of a level passing the results on


def _terakhir(b: rows.Bahan) -> tuple | None:
    """The team's last periodic ketua report (the one the results travel up with)."""
    return max((r for r in b.laporan if r[1] == JenisLaporan.KETUA.value and r[5] is not None),
               key=lambda r: r[5], default=None)


def _sudah(s: Session, laporan: tuple | None) -> set[int]:
    """The pegawai who have dealt with the results: accepted the last report on its chain, or
    passed the results on to the next level."""
    if laporan is None:
        return set()
    rows_ = s.execute(select(RiwayatLaporanRow.aksi, RiwayatLaporanRow.pegawai_id).where(
        RiwayatLaporanRow.laporan_id == laporan[0])).all()
    return {pid for aksi, pid in rows_
            if pid is not None and aksi in (AksiLaporan.TERIMA.value, TERUSKAN)}


def _sekarang(rantai: tuple[TingkatPenutupan, ...], sudah: set[int]) -> int | None:
    """The index of the level that acts next: the first not yet dealt with (the last level
    always acts itself)."""
    for i, t in enumerate(rantai):
        if t.terakhir or t.pegawai_id not in sudah:
            return i
    return None


def _tim(s: Session, tim_id: int) -> tuple[rows.Bahan, rows.Tim]:
    b = rows.muat(s, tim_id=tim_id, semua_tim=True)
    tim = b.tims.get(tim_id)
    if tim is None:
        raise NotFoundError(f"Tim #{tim_id} tidak ditemukan", code="tim_tidak_ditemukan")
    return b, tim


def info(s: Session, struktur: Struktur, profile: RegulationProfile, tim_id: int,
         tanggal: dt.date, bahan: tuple[rows.Bahan, rows.Tim] | None = None) -> PenutupanInfo:
    b, tim = bahan or _tim(s, tim_id)
    p = alur_laporan(profile).penutupan
    peran, h, rantai = _pemegang(profile, struktur, tim)
    done = s.scalars(select(PenutupanRow).where(PenutupanRow.tim_id == tim_id)).first()
    alasan: list[str] = []
    if done is None:
        if tim.status != StatusTim.AKTIF.value:
            alasan.append(f"tim berstatus {tim.status} (hanya tim aktif yang dapat dinyatakan "
                          "selesai)")
        if tim.mulai is None or tim.selesai is None:
            alasan.append("tim belum memiliki periode")
        else:
            stored = {r[5]: r[10] for r in b.laporan
                      if r[1] == JenisLaporan.KETUA.value and r[5] is not None}
            for per in b.jadwal(tim.mulai, tim.selesai, tim.frekuensi):
                st = stored.get(per.urut, StatusLaporan.BELUM.value)
                if st != StatusLaporan.DITERIMA.value:
                    alasan.append(f"laporan {per.label} {_STATUS.get(st, st)}")
        if h.pegawai_id is None:
            alasan.append(f"{p.sebutan} ({h.jabatan}) belum ada pemegangnya")
    now = _sekarang(rantai, _sudah(s, _terakhir(b))) if done is None and not alasan else None
    if done is not None:
        keadaan = ["selesai"] * len(rantai)
    elif now is None:
        keadaan = ["akan datang"] * len(rantai)
    else:
        keadaan = ["selesai"] * now + ["menunggu"] + ["akan datang"] * (len(rantai) - now - 1)
    nxt = rantai[now] if now is not None else None
    return PenutupanInfo(
        peran=peran.value, sebutan=p.sebutan, dasar=str(p.dasar), pemegang_nip=h.nip,
        pemegang_nama=h.nama, bisa=nxt is not None, alasan=tuple(alasan),
        ditutup=done.tanggal if done else None,
        ditutup_oleh=f"{done.nama} ({done.jabatan})" if done else "",
        rantai=tuple((x.jabatan, x.nama, k) for x, k in zip(rantai, keadaan, strict=True)),
        berikut_nip=nxt.nip if nxt else "", berikut_nama=nxt.nama if nxt else "",
        berikut_jabatan=nxt.jabatan if nxt else "",
        aksi=("terima" if nxt.terakhir else "teruskan") if nxt else "")


def nyatakan(s: Session, struktur: Struktur, profile: RegulationProfile, tim_id: int, *,
             actor: Pegawai, catatan: str, tanggal: dt.date) -> None:
    """The level that acts next deals with the team's results: a level below the closing
    official passes them on (a riwayat row on the last report), the closing official declares
    the work selesai (team status selesai, a penutupan_tim row)."""
    b, tim = _tim(s, tim_id)
    p = alur_laporan(profile).penutupan
    peran, h, _ = _pemegang(profile, struktur, tim)
    now = info(s, struktur, profile, tim_id, tanggal, (b, tim))
    if now.ditutup is not None:
        raise ValidationError(f"{tim.nama} sudah dinyatakan selesai pada "
                              f"{now.ditutup:%d-%m-%Y} oleh {now.ditutup_oleh}. {TIDAK}",
                              field="tim_id", code="sudah_selesai")
    if actor.nip != now.berikut_nip or not now.bisa:
        if now.bisa:
            langkah = ("menyatakan selesai" if now.aksi == "terima" else
                       "meneruskan hasilnya (berjenjang) sebelum " + p.sebutan)
            raise PermissionDenied(
                f"Hasil {tim.nama} sekarang menunggu {now.berikut_jabatan} — "
                f"{now.berikut_nama} (NIP {now.berikut_nip}) untuk {langkah}; yang menyatakan "
                f"selesai: {p.sebutan} — {sebut(peran, h)} (dasar: {p.dasar}); "
                f"{actor.nama_lengkap} (NIP {actor.nip}) tidak berwenang. {TIDAK}")
        if h.pegawai_id != actor.id:
            raise PermissionDenied(
                f"Hasil {tim.nama} hanya dapat dinyatakan selesai oleh {p.sebutan} — "
                f"{sebut(peran, h)} (dasar: {p.dasar}); {actor.nama_lengkap} (NIP {actor.nip}) "
                f"tidak berwenang. {TIDAK}")
        raise ValidationError(f"{tim.nama} belum dapat dinyatakan selesai: "
                              f"{'; '.join(now.alasan)}. {TIDAK}", field="laporan",
                              code="laporan_belum_diterima")
    if now.aksi == "teruskan":
        last = _terakhir(b)
        assert last is not None  # every report accepted → the last one exists
        urut = s.scalar(select(func.max(RiwayatLaporanRow.urut)).where(
            RiwayatLaporanRow.laporan_id == last[0])) or 0
        s.add(RiwayatLaporanRow(
            laporan_id=last[0], urut=urut + 1, aksi=TERUSKAN, peran=now.berikut_jabatan[:100],
            pegawai_id=actor.id, nama=f"{actor.nama_lengkap} (NIP {actor.nip})"[:300],
            tanggal=tanggal, catatan=catatan.strip() or "Hasil pelaksanaan kegiatan diteruskan "
            "secara berjenjang"))
        s.flush()
        return
    row = s.get(TimRow, tim_id)
    assert row is not None
    row.status = transition(StatusTim(row.status), StatusTim.SELESAI).value
    s.add(PenutupanRow(tim_id=tim_id, pegawai_id=actor.id, nama=actor.nama_lengkap[:300],
                       jabatan=h.jabatan[:300], peran=peran.value, tanggal=tanggal,
                       catatan=catatan.strip()))
    s.flush()
