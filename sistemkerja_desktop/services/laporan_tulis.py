"""The report tracker's writes (issue #11): save / send a report, review it, ask for one at any
time. Each runs inside the caller's write transaction (`ctx.session`); nothing here commits."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db import laporan_mapping as lm
from sistemkerja_desktop.db.base import utcnow
from sistemkerja_desktop.db.models_laporan import (
    LampiranLaporanIsiRow,
    LampiranLaporanRow,
    LaporanRow,
)
from sistemkerja_desktop.domain.errors import (
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from sistemkerja_desktop.domain.laporan import (
    AksiLaporan,
    IsiLaporan,
    JenisLaporan,
    Laporan,
    PeranLaporan,
    Periode,
    StatusLaporan,
    simpan_draf,
    tinjau,
)
from sistemkerja_desktop.domain.laporan_alur import alur_laporan, buat_laporan, minta_laporan
from sistemkerja_desktop.domain.laporan_peran import (
    KonteksLaporan,
    PeranResolver,
    sebut,
    urut_peran,
)
from sistemkerja_desktop.domain.nip import normalize_nip
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.profiles.base import RegulationProfile
from sistemkerja_desktop.services import laporan_rows as rows

KET, ANG, IND = JenisLaporan.KETUA, JenisLaporan.ANGGOTA, JenisLaporan.INDIVIDU
TIDAK = "Tidak ada yang diubah."


def pegawai(struktur: Struktur, nip: str, field: str = "oleh") -> Pegawai:
    digits = normalize_nip(str(nip).split(":", 1)[0])
    found = next((x for x in struktur.pegawai if x.nip == digits), None)
    if found is None:
        raise NotFoundError(f"Pegawai dengan NIP {nip} tidak ditemukan ({field})",
                            code="nip_tidak_ada")
    return found


def nama(p: Pegawai) -> str:
    return f"{p.nama_lengkap} (NIP {p.nip})"


def pilih_periode(periods: Sequence[Periode], periode: str | int) -> Periode:
    """A period by its number, its label ("Triwulan I 2026") or an ISO date inside it."""
    text = str(periode).strip()
    for p in periods:
        if text.isdigit() and int(text) == p.urut:
            return p
        if text.casefold() == p.label.casefold():
            return p
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        day = None
    for p in periods:
        if day is not None and p.mulai <= day <= p.selesai:
            return p
    ada = ", ".join(f"{p.urut} = {p.label}" for p in periods[:24]) or "tidak ada"
    raise ValidationError(f"Periode '{periode}' tidak ada dalam jadwal laporan (periode: {ada})."
                          f" {TIDAK}", field="periode", code="periode_tidak_ada")


def _pemilik(b: rows.Bahan, tim_id: int | None, permohonan_id: int | None, actor: Pegawai
             ) -> tuple[JenisLaporan, tuple[Periode, ...]]:
    """Which report `actor` writes for the team / request, and its schedule."""
    if permohonan_id is not None:
        t = b.tugas.get(permohonan_id)
        if t is None:
            raise ValidationError(f"Permohonan penugasan #{permohonan_id} bukan penugasan "
                                  "individu yang disetujui (tanpa tim); laporannya tidak "
                                  f"dijadwalkan. {TIDAK}", field="permohonan_id")
        if actor.id not in t.pegawai:
            raise PermissionDenied(f"{nama(actor)} tidak ditugaskan pada permohonan penugasan "
                                   f"#{permohonan_id}; laporannya disampaikan oleh pegawai "
                                   f"yang ditugaskan. {TIDAK}")
        return IND, b.jadwal(t.mulai, t.selesai, None)
    tim = b.tims.get(tim_id) if tim_id is not None else None
    if tim is None:
        raise NotFoundError(f"Tim #{tim_id} tidak ditemukan", code="tim_tidak_ditemukan")
    if tim.status != "aktif":
        raise ValidationError(f"{tim.nama} berstatus {tim.status}: laporan hanya dikirim oleh "
                              f"tim yang aktif. {TIDAK}", field="tim_id", code="tim_tidak_aktif")
    if tim.mulai is None or tim.selesai is None:
        raise ValidationError(f"{tim.nama} belum memiliki periode (mulai/selesai). {TIDAK}",
                              field="mulai")
    if actor.id == tim.ketua_id:
        jenis = KET
    elif actor.id in tim.anggota:
        jenis = ANG
    else:
        ketua = b.orang.get(tim.ketua_id or -1)
        siapa = f"Ketua Tim Kerja {ketua[1]} (NIP {ketua[0]})" if ketua else "Ketua Tim Kerja"
        raise PermissionDenied(f"{nama(actor)} bukan ketua atau anggota {tim.nama}; laporan tim "
                               f"disampaikan oleh {siapa}, laporan anggota oleh anggota tim. "
                               f"{TIDAK}")
    return jenis, b.jadwal(tim.mulai, tim.selesai, tim.frekuensi)


def simpan(s: Session, struktur: Struktur, profile: RegulationProfile, *,
           tim_id: int | None, permohonan_id: int | None, periode: str | int | None,
           actor: Pegawai, isi: IsiLaporan, capaian: Sequence[tuple[int | None, str, str]],
           tanggal: dt.date, berkas: Sequence, kirim: bool, laporan_id: int | None,
           versi: int | None) -> int:
    """Save or send; returns the report id."""
    if capaian:
        isi = dataclasses.replace(isi, capaian=tuple((t, c) for _, t, c in capaian))
    else:
        capaian = [(None, t, c) for t, c in isi.capaian]
    row: LaporanRow | None
    if laporan_id is not None:
        row = lm.get_row(s, laporan_id)
        lap = lm.laporan_from_row(s, row)
        if lap.pelapor_id != actor.id:
            who = struktur.pegawai_by_id.get(lap.pelapor_id)
            raise PermissionDenied(f"Laporan #{laporan_id} hanya dapat diisi dan dikirim oleh "
                                   f"pelapornya{': ' + nama(who) if who else ''}, bukan "
                                   f"{nama(actor)}. {TIDAK}")
    else:
        if periode is None or str(periode).strip() == "":
            raise ValidationError(f"Periode laporan wajib diisi. {TIDAK}", field="periode")
        b = rows.muat(s, tim_id=tim_id, permohonan_id=permohonan_id, semua_tim=True)
        jenis, periods = _pemilik(b, tim_id, permohonan_id, actor)
        p = pilih_periode(periods, periode)
        key = lm.kunci(jenis, tim_id if permohonan_id is None else None, permohonan_id,
                       actor.id, p.urut)
        row = s.scalars(select(LaporanRow).where(LaporanRow.kunci == key)).first()
        if row is not None:
            lap = lm.laporan_from_row(s, row)
        else:
            lap = buat_laporan(profile, jenis, actor.id, p,
                               tim_id=tim_id if permohonan_id is None else None)
    if row is not None:
        lm.check_versi(row, versi)
    _belum_terkirim(lap)
    if lap.periode is not None and tanggal < lap.periode.mulai:
        raise ValidationError(f"Periode {lap.periode.label} belum dimulai (mulai "
                              f"{lap.periode.mulai:%d-%m-%Y}). {TIDAK}", field="tanggal")
    if kirim:
        after = tinjau(lap, AksiLaporan.KIRIM, PeranLaporan.PELAPOR, tanggal, isi=isi)
    else:
        if isi.progres is not None and not 0 <= isi.progres <= 100:
            raise ValidationError(f"Progres harus antara 0 dan 100 persen. {TIDAK}",
                                  field="progres")
        after = simpan_draf(lap, isi)
    if row is None:
        row = lm.new_row(after, permohonan_id=permohonan_id)
        s.add(row)
        s.flush()
    else:
        lm.write_state(row, after)
        row.updated_at = utcnow()  # every save raises its versi
    lm.replace_capaian(s, row.id, capaian)
    lm.add_riwayat(s, row.id, AksiLaporan.KIRIM.value if kirim else "draf",
                   PeranLaporan.PELAPOR.value, actor.id, nama(actor), tanggal)
    for f in berkas:
        meta = LampiranLaporanRow(laporan_id=row.id, nama=f.nama[:300], ukuran=len(f.isi),
                                  sha256=hashlib.sha256(f.isi).hexdigest())
        s.add(meta)
        s.flush()
        s.add(LampiranLaporanIsiRow(lampiran_id=meta.id, isi=f.isi))
    s.flush()
    return row.id


def _belum_terkirim(lap: Laporan) -> None:
    label = lap.periode.label if lap.periode else lm.ADHOC_LABEL.lower()
    if lap.status is StatusLaporan.DIKIRIM:
        raise ValidationError(f"Laporan {label} sudah dikirim pada {lap.dikirim:%d-%m-%Y} dan "
                              f"menunggu tinjauan; tidak dapat diubah atau dikirim lagi. {TIDAK}",
                              field="periode", code="sudah_dikirim")
    if lap.status is StatusLaporan.DITERIMA:
        raise ValidationError(f"Laporan {label} sudah diterima pada {lap.diterima:%d-%m-%Y}; "
                              f"tidak dapat diubah. {TIDAK}", field="periode",
                              code="sudah_diterima")


def konteks_row(s: Session, row: LaporanRow) -> KonteksLaporan:
    b = rows.muat(s, laporan_id=row.id, semua_tim=True)
    return rows.konteks(b, JenisLaporan(row.jenis), row.pelapor_id, row.tim_id,
                        row.permohonan_id)


def tinjau_laporan(s: Session, struktur: Struktur, *, laporan_id: int, actor: Pegawai,
                   terima: bool, catatan: str, tanggal: dt.date, versi: int | None) -> None:
    row = lm.get_row(s, laporan_id)
    lm.check_versi(row, versi)
    lap = lm.laporan_from_row(s, row)
    step = lap.menunggu
    label = lap.periode.label if lap.periode else lm.ADHOC_LABEL.lower()
    if step is None:
        raise ValidationError(f"Laporan #{laporan_id} ({label}) berstatus {lap.status.value}: "
                              f"tidak ada tinjauan yang menunggu. {TIDAK}", field="laporan_id",
                              code="tidak_menunggu")
    r = PeranResolver(struktur, tanggal)
    if row.diminta_oleh_id is not None:  # an ad-hoc report: the one who asked reviews it
        held = ((next(iter(urut_peran(step.peran))), r.orang(row.diminta_oleh_id, step.label)),)
    else:
        held = r.pemegang_langkah(step, konteks_row(s, row))
    peran = next((p for p, h in held if h.pegawai_id == actor.id), None)
    siapa = "; ".join(sebut(p, h) for p, h in held)
    if peran is None:
        raise PermissionDenied(
            f"Laporan #{laporan_id} ({label}) menunggu tinjauan {step.label} — {siapa} (tahap "
            f"{lap.tahap + 1} dari {len(lap.rute)}; dasar: {step.dasar}). {nama(actor)} tidak "
            f"berwenang pada tahap ini. {TIDAK}")
    if not terima and not catatan.strip():
        raise ValidationError(f"Pengembalian laporan wajib disertai catatan perbaikan (yang "
                              f"mengembalikan: {siapa}). {TIDAK}", field="catatan",
                              code="catatan_kosong")
    aksi = AksiLaporan.TERIMA if terima else AksiLaporan.KEMBALIKAN
    after = tinjau(lap, aksi, peran, tanggal, catatan=catatan)
    lm.write_state(row, after)
    lm.add_riwayat(s, row.id, aksi.value, peran.value, actor.id, nama(actor), tanggal, catatan)
    s.flush()


_PEMINTA = (PeranLaporan.PUO, PeranLaporan.PIMPINAN_UNIT_KERJA, PeranLaporan.PPK,
            PeranLaporan.KEPALA_PD)


def minta(s: Session, struktur: Struktur, profile: RegulationProfile, *, tim_id: int,
          actor: Pegawai, dari: str, batas: dt.date, pelapor_nip: str | None, catatan: str,
          tanggal: dt.date) -> int:
    b = rows.muat(s, tim_id=tim_id, semua_tim=True)
    tim = b.tims.get(tim_id)
    if tim is None:
        raise NotFoundError(f"Tim #{tim_id} tidak ditemukan", code="tim_tidak_ditemukan")
    if tim.status != "aktif":
        raise ValidationError(f"{tim.nama} berstatus {tim.status}: laporan hanya dapat diminta "
                              f"dari tim yang aktif. {TIDAK}", field="tim_id")
    pilihan = {"ketua": KET, "anggota": ANG}
    jenis = pilihan.get(str(dari).strip().lower())
    if jenis is None:
        raise ValidationError(f"'{dari}' tidak dikenal; pilih ketua atau anggota. {TIDAK}",
                              field="dari")
    if batas < tanggal:
        raise ValidationError(f"Batas laporan ({batas:%d-%m-%Y}) sebelum tanggal permintaan "
                              f"({tanggal:%d-%m-%Y}). {TIDAK}", field="batas")
    if jenis is KET:
        if tim.ketua_id is None:
            raise ValidationError(f"{tim.nama} belum memiliki ketua. {TIDAK}", field="dari")
        pelapor_id = tim.ketua_id
        if pelapor_nip and pegawai(struktur, pelapor_nip, "pelapor").id != pelapor_id:
            raise ValidationError(f"NIP {pelapor_nip} bukan Ketua Tim Kerja {tim.nama}. "
                                  f"{TIDAK}", field="pelapor_nip")
    else:
        if not pelapor_nip:
            raise ValidationError(f"Sebutkan NIP anggota tim yang diminta laporannya. {TIDAK}",
                                  field="pelapor_nip")
        pelapor_id = pegawai(struktur, pelapor_nip, "pelapor").id
        if pelapor_id not in tim.anggota:
            raise ValidationError(f"NIP {pelapor_nip} bukan anggota {tim.nama}. {TIDAK}",
                                  field="pelapor_nip")
    k = KonteksLaporan(jenis, pelapor_id, tim.ketua_id, tim.unit_id, tuple(tim.semua))
    r = PeranResolver(struktur, tanggal)
    held = [p for p in _PEMINTA if r.pemegang(p, k).pegawai_id == actor.id
            or (p is PeranLaporan.PUO and r.pemegang(PeranLaporan.PUO_PEMILIK_KINERJA,
                                                     k).pegawai_id == actor.id)]
    izin = alur_laporan(profile).permintaan
    peran = next((p for p in held if p in izin.peminta), None)
    if peran is None:
        boleh = "; ".join(sebut(p, r.pemegang(p, k)) for p in urut_peran(izin.peminta))
        sebagai = f" sebagai {held[0].value}" if held else ""
        raise PermissionDenied(f"{nama(actor)}{sebagai} tidak berwenang meminta laporan "
                               f"sewaktu-waktu dari {tim.nama}; yang berwenang: {boleh} "
                               f"(dasar: {izin.dasar}). {TIDAK}")
    lap = minta_laporan(profile, peran, jenis, pelapor_id, batas, tim_id=tim_id)
    row = lm.new_row(lap, diminta_oleh_id=actor.id)
    s.add(row)
    s.flush()
    lm.add_riwayat(s, row.id, "minta", peran.value, actor.id, nama(actor), tanggal, catatan)
    s.flush()
    return row.id
