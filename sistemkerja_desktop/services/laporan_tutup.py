"""Closing a team's work (issue #11): only the profile's closing official
(`domain.laporan_alur.alur_laporan(profile).penutupan`) declares it *selesai*, once every
ketua report of the schedule is diterima; the team's status becomes selesai in the same
transaction. The official is the last level of `domain.laporan_penutupan.rantai_penutupan` from
the team's unit pemilik kinerja (the head of its unit organisasi, unit kerja or the PD)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models_laporan import PenutupanRow
from sistemkerja_desktop.db.models_tim import TimRow
from sistemkerja_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from sistemkerja_desktop.domain.laporan import JenisLaporan, PeranLaporan, StatusLaporan
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


def info(s: Session, struktur: Struktur, profile: RegulationProfile, tim_id: int,
         tanggal: dt.date) -> PenutupanInfo:
    b = rows.muat(s, tim_id=tim_id, semua_tim=True)
    tim = b.tims.get(tim_id)
    if tim is None:
        raise NotFoundError(f"Tim #{tim_id} tidak ditemukan", code="tim_tidak_ditemukan")
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
    bisa = done is None and not alasan
    keadaan = ["selesai" if done is not None else "akan datang"] * len(rantai)
    if bisa and rantai:
        keadaan = ["selesai"] * (len(rantai) - 1) + ["menunggu"]
    return PenutupanInfo(
        peran=peran.value, sebutan=p.sebutan, dasar=str(p.dasar), pemegang_nip=h.nip,
        pemegang_nama=h.nama, bisa=bisa, alasan=tuple(alasan),
        ditutup=done.tanggal if done else None,
        ditutup_oleh=f"{done.nama} ({done.jabatan})" if done else "",
        rantai=tuple((x.jabatan, x.nama, k) for x, k in zip(rantai, keadaan, strict=True)))


def nyatakan(s: Session, struktur: Struktur, profile: RegulationProfile, tim_id: int, *,
             actor: Pegawai, catatan: str, tanggal: dt.date) -> None:
    b = rows.muat(s, tim_id=tim_id, semua_tim=True)
    tim = b.tims.get(tim_id)
    if tim is None:
        raise NotFoundError(f"Tim #{tim_id} tidak ditemukan", code="tim_tidak_ditemukan")
    p = alur_laporan(profile).penutupan
    peran, h, _ = _pemegang(profile, struktur, tim)
    if h.pegawai_id != actor.id:
        raise PermissionDenied(
            f"Hasil {tim.nama} hanya dapat dinyatakan selesai oleh {p.sebutan} — "
            f"{sebut(peran, h)} (dasar: {p.dasar}); {actor.nama_lengkap} (NIP {actor.nip}) "
            f"tidak berwenang. {TIDAK}")
    now = info(s, struktur, profile, tim_id, tanggal)
    if now.ditutup is not None:
        raise ValidationError(f"{tim.nama} sudah dinyatakan selesai pada "
                              f"{now.ditutup:%d-%m-%Y} oleh {now.ditutup_oleh}. {TIDAK}",
                              field="tim_id", code="sudah_selesai")
    if not now.bisa:
        raise ValidationError(f"{tim.nama} belum dapat dinyatakan selesai: "
                              f"{'; '.join(now.alasan)}. {TIDAK}", field="laporan",
                              code="laporan_belum_diterima")
    row = s.get(TimRow, tim_id)
    assert row is not None
    row.status = transition(StatusTim(row.status), StatusTim.SELESAI).value
    s.add(PenutupanRow(tim_id=tim_id, pegawai_id=actor.id, nama=actor.nama_lengkap[:300],
                       jabatan=h.jabatan[:300], peran=peran.value, tanggal=tanggal,
                       catatan=catatan.strip()))
    s.flush()
