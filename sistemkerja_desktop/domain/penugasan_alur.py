"""The chain a permohonan penugasan follows, per profile, and building a request on it.

    alur = alur_penugasan(profile, JenisPenugasan.SUKARELA, LingkupPenugasan.LINTAS_UNIT,
                          Arah.DALAM)          # the steps, their roles and the Pasal
    p = buat_permohonan(profile, struktur, jenis=…, lingkup=…, arah=…, pegawai_ids=(…,),
                        oleh_id=…, unit_tujuan_id=…, instansi="", isi=IsiPermohonan(…),
                        tanggal=date(…))         # validated; every step's holder resolved

The chains are data (`domain.penugasan_alur_data`), written from the requesting side. For arah
MASUK (another instansi asks for our pegawai) the same seed text is seen from the receiving
side: every step changes side, and the other instansi's steps before its letter reaches us are
left out (its letter, registered with the request, is their record).

Which pegawai a request may name (`buat_permohonan`):
- dalam unit: the pegawai sit in the pemohon's unit organisasi (a sukarela: the pemohon
  himself);
- lintas unit, penunjukan: the pemohon's unit organisasi asks for pegawai of another one — the
  unit tujuan must lie in another unit organisasi and the pegawai sit in it (the addressee, the
  PPK/PUO dituju, is where they are: KH Lampiran I B.2.a.2 a));
- lintas unit, sukarela: the pegawai asks to work for another unit organisasi — the pemohon is
  the pegawai himself (only himself), and the unit tujuan (the PUO dituju, who owns the work)
  lies outside his unit organisasi;
- lintas instansi: `instansi` names the other instansi; keluar: the pegawai are theirs
  (eksternal rows, or ids this snapshot does not hold); masuk: the pegawai are ours.
Every pegawai of ours needs a PPK on `tanggal` ("setelah penetapan kedudukan"); the pegawai of
one request share the PUO/PPK a step of ours waits for (one request per answerer); a request
that staffs a team runs within the team's period (`periode_tim`). A step of ours whose position
is vacant on `tanggal` comes back with `pegawai_id` None and the position as jabatan: the service
refuses to submit such a chain, naming the position.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sistemkerja_desktop.domain.errors import RuleViolation, ValidationError
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.penugasan import (
    Arah,
    IsiPermohonan,
    JenisPenugasan,
    Langkah,
    LangkahAlur,
    LingkupPenugasan,
    Permohonan,
    Pihak,
)
from sistemkerja_desktop.domain.penugasan_alur_data import (
    ALUR,
    PYB_KITA,
    AlurPenugasan,
    Larangan,
)
from sistemkerja_desktop.domain.penugasan_peran import (
    KonteksPeran,
    pemegang_peran,
    unit_organisasi,
)
from sistemkerja_desktop.domain.pola_unit import PetaUnit
from sistemkerja_desktop.domain.profiles.base import Peran, RegulationProfile

__all__ = ["AlurPenugasan", "alur_penugasan", "buat_permohonan", "pratinjau_alur",
           "daftar_alur"]

_ARAH_SAH = {
    LingkupPenugasan.DALAM_UNIT: (Arah.DALAM,),
    LingkupPenugasan.LINTAS_UNIT: (Arah.DALAM,),
    LingkupPenugasan.LINTAS_INSTANSI: (Arah.KELUAR, Arah.MASUK),
}
_BALIK = {Pihak.KITA: Pihak.MEREKA, Pihak.MEREKA: Pihak.KITA}


def _tabel(profile: RegulationProfile) -> dict:
    return ALUR.get(profile.kode) or ALUR["generic"]


def daftar_alur(profile: RegulationProfile) -> list[tuple[JenisPenugasan, LingkupPenugasan,
                                                          AlurPenugasan | Larangan]]:
    """Every (jenis, lingkup) of the profile with its chain or its prohibition."""
    tabel = _tabel(profile)
    return [(j, lk, tabel[(j, lk)]) for j in JenisPenugasan for lk in LingkupPenugasan]


def alur_penugasan(profile: RegulationProfile, jenis: JenisPenugasan,
                   lingkup: LingkupPenugasan, arah: Arah) -> AlurPenugasan:
    """The chain `profile` prescribes (RuleViolation citing the Pasal when it forbids the
    request; ValidationError field "arah" when the arah does not fit the lingkup)."""
    jenis, lingkup, arah = JenisPenugasan(jenis), LingkupPenugasan(lingkup), Arah(arah)
    row = _tabel(profile)[(jenis, lingkup)]
    if isinstance(row, Larangan):
        raise RuleViolation(row.pesan, citation=str(row.dasar), code="penugasan_dilarang")
    if arah not in _ARAH_SAH[lingkup]:
        sah = " atau ".join(a.value for a in _ARAH_SAH[lingkup])
        raise ValidationError(f"Arah '{arah.value}' tidak sesuai dengan lingkup "
                              f"{lingkup.value} (yang sesuai: {sah})", field="arah")
    if arah is not Arah.MASUK:
        return row
    return dataclasses.replace(row, langkah=_dari_penerima(row.langkah))


def _dari_penerima(langkah: tuple[LangkahAlur, ...]) -> tuple[LangkahAlur, ...]:
    """The chain seen from the receiving instansi: sides swapped, their steps before the letter
    reaches us dropped."""
    balik = [dataclasses.replace(x, pihak=_BALIK[x.pihak]) for x in langkah]
    mulai = next((i for i, x in enumerate(balik) if x.pihak is Pihak.KITA), 0)
    return tuple(balik[mulai:])


def pratinjau_alur(profile: RegulationProfile, struktur: Struktur, *, jenis: JenisPenugasan,
                   lingkup: LingkupPenugasan, arah: Arah, pegawai_ids: Sequence[int],
                   oleh_id: int, unit_tujuan_id: int | None, instansi: str,
                   isi: IsiPermohonan | None, tanggal: dt.date, tim_id: int | None = None,
                   periode_tim: tuple[dt.date, dt.date] | None = None,
                   unit_pemilik_id: int | None = None) -> tuple[Langkah, ...]:
    """The steps a request would follow, with the holders on `tanggal`, nothing validated but
    the kind of request (RuleViolation when the profile forbids it, ValidationError field
    "arah"). A role nobody holds shows with `pegawai_id` None and the jabatan naming it."""
    del isi, tim_id, periode_tim  # same inputs as buat_permohonan; the preview ignores them
    alur = alur_penugasan(profile, jenis, lingkup, arah)
    konteks = _konteks(profile, struktur, alur, arah, pegawai_ids, oleh_id, unit_tujuan_id,
                       instansi, unit_pemilik_id)
    return _langkah(alur, struktur, konteks, tanggal)


def _konteks(profile: RegulationProfile, struktur: Struktur, alur: AlurPenugasan, arah: Arah,
             pegawai_ids: Sequence[int], oleh_id: int, unit_tujuan_id: int | None,
             instansi: str, unit_pemilik_id: int | None) -> KonteksPeran:
    ours = tuple(i for i in pegawai_ids if i in struktur.pegawai_by_id
                 and not struktur.pegawai_by_id[i].eksternal)
    return KonteksPeran(jenis=alur.jenis, arah=Arah(arah), pegawai_ids=ours or tuple(pegawai_ids),
                        oleh_id=oleh_id, unit_tujuan_id=unit_tujuan_id,
                        unit_pemilik_id=unit_pemilik_id, instansi=instansi.strip(),
                        pyb_kita=PYB_KITA.get(profile.kode, ""))


def _langkah(alur: AlurPenugasan, struktur: Struktur, k: KonteksPeran,
             tanggal: dt.date) -> tuple[Langkah, ...]:
    peta = PetaUnit(struktur)
    out: list[Langkah] = []
    for i, step in enumerate(alur.langkah, start=1):
        h = pemegang_peran(step.peran, step.pihak, struktur, k, tanggal, peta)
        out.append(Langkah(urut=i, peran=step.peran, aksi=step.aksi, pihak=h.pihak,
                           pegawai_id=h.pegawai_id, nip=h.nip, nama=h.nama, jabatan=h.jabatan,
                           tembusan=step.tembusan, surat=step.surat))
    return tuple(out)


def buat_permohonan(profile: RegulationProfile, struktur: Struktur, *, jenis: JenisPenugasan,
                    lingkup: LingkupPenugasan, arah: Arah, pegawai_ids: Sequence[int],
                    oleh_id: int, unit_tujuan_id: int | None, instansi: str,
                    isi: IsiPermohonan, tanggal: dt.date, tim_id: int | None = None,
                    periode_tim: tuple[dt.date, dt.date] | None = None,
                    unit_pemilik_id: int | None = None) -> Permohonan:
    """A new request (status menunggu) on the chain of `profile`, validated (see the module
    doc; ValidationError naming the field, RuleViolation citing the Pasal), with every step's
    holder resolved on `tanggal`. `unit_pemilik_id`: the team's unit pemilik kinerja when the
    request staffs a team (struktur holds no teams)."""
    jenis, lingkup, arah = JenisPenugasan(jenis), LingkupPenugasan(lingkup), Arah(arah)
    alur = alur_penugasan(profile, jenis, lingkup, arah)
    pegawai_ids = tuple(dict.fromkeys(pegawai_ids))
    kurang = isi.kurang()
    if kurang:
        raise ValidationError(f"Isi permohonan belum lengkap: {'; '.join(kurang)}", field="isi")
    oleh = struktur.pegawai_by_id.get(oleh_id)
    if oleh is None:
        raise ValidationError(f"Pemohon #{oleh_id} tidak dikenal", field="oleh")
    if not pegawai_ids:
        raise ValidationError("Pilih paling sedikit satu pegawai yang ditugaskan",
                              field="pegawai")
    if periode_tim is not None:
        _cek_periode(isi, periode_tim)
    unit_tujuan_id = _cek_lingkup(struktur, jenis, lingkup, arah, pegawai_ids, oleh_id,
                                  unit_tujuan_id, instansi)
    if lingkup is not LingkupPenugasan.LINTAS_INSTANSI:
        instansi = ""
    konteks = _konteks(profile, struktur, alur, arah, pegawai_ids, oleh_id, unit_tujuan_id,
                       instansi, unit_pemilik_id)
    if not (lingkup is LingkupPenugasan.LINTAS_INSTANSI and arah is Arah.KELUAR):
        _cek_kedudukan(profile, struktur, pegawai_ids, tanggal)
        _cek_satu_pemegang(struktur, alur, pegawai_ids, tanggal)
    return Permohonan(
        jenis=jenis, lingkup=lingkup, arah=arah, pegawai_ids=pegawai_ids, oleh_id=oleh_id,
        unit_pemohon_id=oleh.unit_id, unit_tujuan_id=unit_tujuan_id, instansi=instansi.strip(),
        isi=isi, tanggal=tanggal, langkah=_langkah(alur, struktur, konteks, tanggal),
        dasar=str(alur.dasar), tim_id=tim_id, lisan=alur.lisan)


def _cek_periode(isi: IsiPermohonan, periode: tuple[dt.date, dt.date]) -> None:
    mulai, selesai = periode
    if isi.mulai < mulai or isi.selesai > selesai:
        raise ValidationError(f"Durasi penugasan {isi.mulai:%d-%m-%Y} s.d. {isi.selesai:%d-%m-%Y} "
                              f"di luar periode tim kerja {mulai:%d-%m-%Y} s.d. "
                              f"{selesai:%d-%m-%Y}", field="durasi")


def _uo(struktur: Struktur, unit_id: int | None) -> int | None:
    unit = unit_organisasi(struktur, unit_id)
    return unit.id if unit is not None else None


def _nama(struktur: Struktur, pegawai_id: int) -> str:
    p = struktur.pegawai_by_id.get(pegawai_id)
    return f"{p.nama_lengkap} ({p.nip})" if p else f"#{pegawai_id}"


def _cek_lingkup(struktur: Struktur, jenis: JenisPenugasan, lingkup: LingkupPenugasan,
                 arah: Arah, pegawai_ids: tuple[int, ...], oleh_id: int,
                 unit_tujuan_id: int | None, instansi: str) -> int | None:
    """Checks the pegawai, unit tujuan and instansi against the lingkup; returns the unit tujuan
    to record (None outside lintas unit)."""
    known = struktur.pegawai_by_id
    if jenis is JenisPenugasan.SUKARELA and pegawai_ids != (oleh_id,):
        raise ValidationError("Pengajuan sukarela diajukan oleh pegawai itu sendiri: pemohon "
                              "harus satu-satunya pegawai yang ditugaskan", field="pegawai")
    if lingkup is LingkupPenugasan.LINTAS_INSTANSI:
        if not instansi.strip():
            raise ValidationError("Sebutkan instansi tujuan/pemohon untuk penugasan lintas "
                                  "instansi", field="instansi")
        if arah is Arah.MASUK:
            _cek_dikenal(struktur, pegawai_ids)
            return None
        for pid in pegawai_ids:
            p = known.get(pid)
            if p is not None and not p.eksternal:
                raise ValidationError(f"{_nama(struktur, pid)} adalah pegawai instansi ini; "
                                      "permohonan lintas instansi keluar meminta pegawai "
                                      f"{instansi.strip()}", field="pegawai")
        return None
    _cek_dikenal(struktur, pegawai_ids)
    uo_oleh = _uo(struktur, known[oleh_id].unit_id)
    if lingkup is LingkupPenugasan.DALAM_UNIT:
        for pid in pegawai_ids:
            if _uo(struktur, known[pid].unit_id) != uo_oleh:
                raise ValidationError(f"{_nama(struktur, pid)} tidak berada di unit organisasi "
                                      "pemohon; gunakan lingkup lintas unit", field="pegawai")
        return None
    if unit_tujuan_id is None or unit_tujuan_id not in struktur.unit_by_id:
        raise ValidationError("Pilih unit tujuan untuk penugasan lintas unit",
                              field="unit_tujuan")
    uo_tujuan = _uo(struktur, unit_tujuan_id)
    if uo_tujuan == uo_oleh:
        raise ValidationError("Unit tujuan berada di unit organisasi pemohon sendiri; gunakan "
                              "lingkup dalam unit", field="unit_tujuan")
    if jenis is JenisPenugasan.PENUNJUKAN:
        for pid in pegawai_ids:
            if _uo(struktur, known[pid].unit_id) != uo_tujuan:
                raise ValidationError(f"{_nama(struktur, pid)} tidak berada di unit tujuan "
                                      f"{struktur.unit_path(unit_tujuan_id)}", field="pegawai")
    return unit_tujuan_id


def _cek_dikenal(struktur: Struktur, pegawai_ids: tuple[int, ...]) -> None:
    """The pegawai are ours (known, not eksternal)."""
    for pid in pegawai_ids:
        p = struktur.pegawai_by_id.get(pid)
        if p is None:
            raise ValidationError(f"Pegawai #{pid} tidak dikenal", field="pegawai")
        if p.eksternal:
            raise ValidationError(f"{_nama(struktur, pid)} adalah pegawai instansi lain; hanya "
                                  "permohonan lintas instansi keluar yang dapat menyebut pegawai "
                                  "instansi lain", field="pegawai")


def _cek_kedudukan(profile: RegulationProfile, struktur: Struktur, pegawai_ids: tuple[int, ...],
                   tanggal: dt.date) -> None:
    dasar = profile.ketua.kedudukan_dasar
    for pid in pegawai_ids:
        if not struktur.ppk_of(pid, tanggal):
            raise ValidationError(f"{_nama(struktur, pid)} belum memiliki Pejabat Penilai "
                                  f"Kinerja pada {tanggal:%d-%m-%Y}; penugasan dilakukan setelah "
                                  f"penetapan kedudukan{f' ({dasar})' if dasar else ''}",
                                  field="pegawai")


def _cek_satu_pemegang(struktur: Struktur, alur: AlurPenugasan,
                       pegawai_ids: tuple[int, ...], tanggal: dt.date) -> None:
    """A step waits for one person: the pegawai of a chain with a PUO/PPK step of ours share
    their unit organisasi and their PPK."""
    ours = {x.peran for x in alur.langkah if x.pihak is Pihak.KITA}
    if Peran.PUO_PEGAWAI in ours:
        uo = {_uo(struktur, struktur.pegawai_by_id[pid].unit_id) for pid in pegawai_ids}
        if len(uo) > 1:
            raise ValidationError("Pegawai yang diajukan berada di unit organisasi berbeda; "
                                  "ajukan permohonan terpisah untuk setiap unit organisasi",
                                  field="pegawai")
    if Peran.PPK_PEGAWAI in ours:
        ppk = {tuple(p.id for p in struktur.ppk_of(pid, tanggal)) for pid in pegawai_ids}
        if len(ppk) > 1:
            raise ValidationError("Pegawai yang diajukan memiliki Pejabat Penilai Kinerja "
                                  "berbeda; ajukan permohonan terpisah untuk setiap Pejabat "
                                  "Penilai Kinerja", field="pegawai")
