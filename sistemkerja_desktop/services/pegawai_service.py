"""Pegawai: the list the Struktur screen shows, and editing one pegawai with its PPK."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import load_struktur, pegawai_to_row
from sistemkerja_desktop.db.models import KedudukanRow, PegawaiRow, PositionRow, UnitRow
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from sistemkerja_desktop.domain.jabatan import golongan_fits_jenjang
from sistemkerja_desktop.domain.nip import parse_nip
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.pindah import RencanaPindah, dibatalkan
from sistemkerja_desktop.services.base import CONFLICT_MESSAGE, ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.kedudukan_service import tulis_pindah


@dataclass(frozen=True, slots=True)
class PegawaiListRow:
    id: int
    nip: str
    nip_tampil: str
    nama: str  # with gelar
    jabatan: str
    kategori: str
    jenjang: str
    golongan: str
    status: str
    unit_id: int | None
    unit: str  # path "Bidang X / Seksi Y"
    ppk_position_id: int | None
    ppk: str  # "Kepala Bidang … (nama pemangku)" or "—"
    nip_ppk: str  # NIP of the person holding the PPK position, "" if none/vacant
    aktif: bool
    delegasi: bool = False  # the single current kedudukan records delegated authority
    delegasi_dasar: str = ""
    # (id, versi) of every kedudukan of this pegawai: the form hands it back on save, so a
    # PPK change over a move made elsewhere since is refused ("diubah di tempat lain")
    kedudukan_versi: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class PpkChoice:
    position_id: int
    label: str  # "Kepala Bidang Pelayanan Kesehatan — drg. Ratna …"


def list_rows(struktur: Struktur, tanggal: dt.date) -> list[PegawaiListRow]:
    active = struktur.kedudukan_on(tanggal)
    paths = {u.id: struktur.unit_path(u.id) for u in struktur.units}
    versi: dict[int, list[tuple[int, int]]] = {}
    for k in struktur.kedudukan:
        versi.setdefault(k.pegawai_id, []).append((k.id, k.versi))
    rows: list[PegawaiListRow] = []
    for p in struktur.pegawai:
        ked = active.get(p.id, [])
        pos = struktur.position_by_id.get(ked[0].ppk_position_id) if len(ked) == 1 else None
        holder = struktur.holder(pos.id) if pos else None
        if pos is not None:
            ppk = f"{pos.nama} — {holder.nama_lengkap if holder else 'KOSONG'}"
        else:
            ppk = "—" if not ked else f"{len(ked)} PPK (ganda)"
        rows.append(PegawaiListRow(
            id=p.id, nip=p.nip, nip_tampil=p.nip_tampil, nama=p.nama_lengkap,
            jabatan=p.jabatan.nama if p.jabatan else "",
            kategori=p.jabatan.kategori.value if p.jabatan else "",
            jenjang=p.jabatan.jenjang.value if p.jabatan and p.jabatan.jenjang else "",
            golongan=p.golongan.tampil if p.golongan else "", status=p.status.value,
            unit_id=p.unit_id, unit=paths.get(p.unit_id, "") if p.unit_id else "",
            ppk_position_id=pos.id if pos else None, ppk=ppk,
            nip_ppk=holder.nip if holder else "", aktif=p.aktif,
            delegasi=len(ked) == 1 and ked[0].delegasi,
            delegasi_dasar=ked[0].delegasi_dasar if len(ked) == 1 else "",
            kedudukan_versi=tuple(sorted(versi.get(p.id, ())))))
    return rows


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_pegawai(p: Pegawai) -> Pegawai:
    info = parse_nip(p.nip)
    nama = p.nama.strip()
    if not nama:
        raise ValidationError("Nama wajib diisi", field="nama")
    if p.jabatan is None or not p.jabatan.nama.strip():
        raise ValidationError("Jabatan wajib diisi", field="jabatan")
    if p.jabatan.jenjang is not None and p.jabatan.kategori.value != "Fungsional":
        raise ValidationError("Jenjang hanya untuk Jabatan Fungsional", field="jenjang")
    if p.golongan is not None and p.golongan.pppk != (info.status.value == "PPPK"):
        raise ValidationError(
            "Golongan tidak sesuai status: PNS memakai golongan/ruang (mis. III/b), PPPK "
            "memakai golongan I–XVII", field="golongan")
    if p.email and not _EMAIL.match(p.email):
        raise ValidationError(f"Alamat pos-el '{p.email}' tidak sah", field="email")
    return dataclasses.replace(p, nip=info.nip, status=info.status, nama=nama)


def golongan_warning(p: Pegawai) -> str | None:
    if p.golongan and p.jabatan and p.jabatan.jenjang and not golongan_fits_jenjang(
            p.golongan, p.jabatan.jenjang):
        low, high = p.jabatan.jenjang.pangkat_range
        return (f"Golongan {p.golongan.kode} di luar rentang {p.jabatan.jenjang.value} "
                f"({low}–{high})")
    return None


class PegawaiService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def rows(self, tanggal: dt.date | None = None,
             struktur: Struktur | None = None) -> list[PegawaiListRow]:
        """Pass the `struktur` already loaded (AgencyService.struktur) to avoid a second load."""
        if struktur is None:
            with self._ctx.reading() as s:
                struktur = load_struktur(s)
        return list_rows(struktur, tanggal or self._ctx.today())

    def get(self, pegawai_id: int) -> Pegawai:
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
        try:
            return struktur.pegawai_by_id[pegawai_id]
        except KeyError:
            raise NotFoundError(f"Pegawai #{pegawai_id} tidak ditemukan") from None

    def ppk_choices(self, struktur: Struktur | None = None) -> list[PpkChoice]:
        if struktur is None:
            with self._ctx.reading() as s:
                struktur = load_struktur(s)
        out = []
        for pos in struktur.positions:
            holder = struktur.holder(pos.id)
            who = holder.nama_lengkap if holder else "KOSONG"
            prefix = "Plt. " if pos.pengisian.value == "Plt." else ""
            out.append(PpkChoice(pos.id, f"{pos.nama} — {prefix}{who}"))
        return sorted(out, key=lambda c: c.label)

    def save(self, pegawai: Pegawai, *, ppk_position_id: int | None = None,
             tmt: dt.date | None = None, dasar: str = "", delegasi: bool | None = None,
             delegasi_dasar: str = "", koreksi: bool = False,
             kedudukan_versi: tuple[tuple[int, int], ...] | None = None
             ) -> tuple[Pegawai, Changes]:
        """Create (id == 0) or update a pegawai; optionally (re)place them under a PPK position.

        Optimistic versions: an update of a `pegawai` loaded with `versi` (the form's) is
        refused with ConflictError when the row was saved elsewhere since (an import, the CLI,
        another window), and so is a kedudukan change when `kedudukan_versi` (the list row's)
        no longer matches; nothing is saved then. `delegasi` (None: leave as is) records that
        the PPK acts by delegation of authority, with `delegasi_dasar` as its basis, on the
        pegawai's current kedudukan (the new one when `ppk_position_id` places them). A PPK
        change is a move (`kedudukan_service.tulis_pindah`): it never deletes a kedudukan.
        """
        p = validate_pegawai(pegawai)
        with self._ctx.session("menyimpan data pegawai") as s:
            clash = s.scalars(select(PegawaiRow).where(PegawaiRow.nip == p.nip)).first()
            if clash is not None and clash.id != p.id:
                raise ValidationError(f"NIP {p.nip_tampil} sudah dipakai oleh {clash.nama}",
                                      field="nip", code="nip_ganda")
            if p.unit_id is not None and s.get(UnitRow, p.unit_id) is None:
                raise ValidationError("Unit kerja tidak ditemukan", field="unit")
            row = s.get(PegawaiRow, p.id) if p.id else PegawaiRow()
            if row is None:
                raise NotFoundError(f"Pegawai #{p.id} tidak ditemukan")
            if p.id and p.versi and row.versi != p.versi:
                raise ConflictError(f"Data pegawai {row.nama}: {CONFLICT_MESSAGE} Tidak ada "
                                    "yang disimpan.")
            touches_ked = ppk_position_id is not None or delegasi is not None
            if p.id and touches_ked and kedudukan_versi is not None:
                now = tuple(sorted(s.execute(select(KedudukanRow.id, KedudukanRow.versi)
                                             .where(KedudukanRow.pegawai_id == p.id))))
                if now != tuple(sorted(kedudukan_versi)):
                    raise ConflictError(f"Kedudukan {row.nama}: {CONFLICT_MESSAGE} Tidak ada "
                                        "yang disimpan.")
            pegawai_to_row(p, row)
            s.add(row)
            s.flush()
            changed_ked = False
            tmt = tmt or self._ctx.today()
            if ppk_position_id is not None:
                changed_ked = self._place(s, row.id, ppk_position_id, tmt, dasar, koreksi)
            if delegasi is not None:  # on the new kedudukan, else on those in force today
                changed_ked = self._set_delegasi(
                    s, row.id, tmt if changed_ked else self._ctx.today(), delegasi,
                    delegasi_dasar) or changed_ked
            s.flush()
            p = dataclasses.replace(p, id=row.id, uuid=row.uuid, versi=row.versi)
        return p, Changes(pegawai=True, kedudukan=changed_ked)

    @staticmethod
    def _current(s: Session, pegawai_id: int, tanggal: dt.date) -> list[KedudukanRow]:
        """Kedudukan not ended before `tanggal` (in force then, or starting later)."""
        s.flush()
        return [k for k in s.scalars(select(KedudukanRow).where(
            KedudukanRow.pegawai_id == pegawai_id,
            (KedudukanRow.tmt_selesai.is_(None)) | (KedudukanRow.tmt_selesai >= tanggal)))
            if not dibatalkan(k.tmt_mulai, k.tmt_selesai)]

    @staticmethod
    def _set_delegasi(s: Session, pegawai_id: int, tanggal: dt.date, delegasi: bool,
                      dasar: str) -> bool:
        dasar = dasar.strip() if delegasi else ""
        rows = PegawaiService._current(s, pegawai_id, tanggal)
        if not rows:
            if delegasi:
                raise ValidationError("Pendelegasian kewenangan hanya dapat dicatat pada "
                                      "kedudukan: pilih PPK lebih dahulu", field="ppk")
            return False
        changed = False
        for k in rows:
            if k.delegasi != delegasi or k.delegasi_dasar != dasar:
                k.delegasi, k.delegasi_dasar = delegasi, dasar
                changed = True
        return changed

    @staticmethod
    def _place(s: Session, pegawai_id: int, position_id: int, tmt: dt.date, dasar: str,
               koreksi: bool = False) -> bool:
        if s.get(PositionRow, position_id) is None:
            raise ValidationError("Jabatan PPK tidak ditemukan", field="ppk")
        current = PegawaiService._current(s, pegawai_id, tmt)
        if len(current) == 1 and current[0].ppk_position_id == position_id \
                and current[0].tmt_mulai <= tmt:
            return False
        tulis_pindah(s, pegawai_id, RencanaPindah((pegawai_id,), position_id, tmt,
                                                  dasar.strip(), koreksi))
        return True
