"""Offline exchange between laptops (issue #12): `ekspor` writes a package of this file's records
(all, a unit's, a team's, or changed since a date), `periksa` shows what importing one would do
without writing, `impor` merges it in one transaction — conflicts settled field by field by the
user's choice, never silently; the provenance of each merged record kept; the same package twice
changes nothing. A tampered, truncated or foreign package is refused before anything is read
(`domain.paket_format`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid as uuid_mod
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sistemkerja_desktop.db.engine import HEAD_REVISION
from sistemkerja_desktop.db.kedudukan_invarian import periksa_sekarang
from sistemkerja_desktop.db.models import PerangkatDaerahRow
from sistemkerja_desktop.db.models_paket import PaketMasukRow
from sistemkerja_desktop.db.models_tim import TimRow
from sistemkerja_desktop.domain.errors import StorageError, ValidationError
from sistemkerja_desktop.domain.paket_format import BATAS_BYTE, buka
from sistemkerja_desktop.domain.paket_gabung import Aksi, Konflik, Pilihan
from sistemkerja_desktop.exporters.eml import write_eml_draft
from sistemkerja_desktop.exporters.files import check_output_path, write_bytes_atomic
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.paket_baca import asal_id, asal_nama, tempat_berkas
from sistemkerja_desktop.services.paket_ekspor import Cakupan, buat
from sistemkerja_desktop.services.paket_rencana import RencanaPaket, baca_paket, rencanakan
from sistemkerja_desktop.services.paket_tabel import NAMA_TABEL
from sistemkerja_desktop.services.paket_terap import keputusan, terapkan
from sistemkerja_desktop.services.team_service import TeamService

AKHIRAN = ".skp"


@dataclass(frozen=True)
class HasilEkspor:
    path: Path
    paket_id: str
    jumlah: dict[str, int]
    ukuran: int

    @property
    def total(self) -> int:
        return sum(self.jumlah.values())


@dataclass(frozen=True)
class Perubahan:
    tabel: str
    uuid: str
    aksi: str
    label: str
    kolom: tuple[str, ...]  # fields taken from them

    def as_json(self) -> dict[str, Any]:
        return {"tabel": self.tabel, "uuid": self.uuid, "aksi": self.aksi, "label": self.label,
                "kolom": list(self.kolom)}


@dataclass
class Pratinjau:
    """What importing a package does here (nothing written)."""

    nama: str
    paket_id: str
    asal: str
    dibuat: dt.datetime
    bertanda: bool
    sudah_diimpor: dt.datetime | None
    perubahan: list[Perubahan]
    konflik: list[Konflik]
    label_konflik: dict[tuple[str, str, str], str]
    masalah: list[str]
    cakupan: dict[str, Any] = field(default_factory=dict)

    def jumlah(self, aksi: str) -> int:
        return sum(1 for p in self.perubahan if p.aksi == aksi)

    def as_json(self) -> dict[str, Any]:
        return {"asal": self.asal, "dibuat": self.dibuat.isoformat(timespec="seconds"),
                "ditambah": self.jumlah("tambah"), "diubah": self.jumlah("ubah"),
                "dihapus": self.jumlah("hapus"),
                "konflik": [k.as_json() for k in self.konflik],
                "paket_id": self.paket_id, "bertanda": self.bertanda,
                "sudah_diimpor": self.sudah_diimpor.isoformat(timespec="seconds")
                if self.sudah_diimpor else None,
                "masalah": list(self.masalah), "cakupan": self.cakupan,
                "perubahan": [p.as_json() for p in self.perubahan]}


@dataclass(frozen=True)
class HasilImpor:
    pratinjau: Pratinjau
    ditambah: int
    diubah: int
    dihapus: int
    coba: bool
    sudah_diimpor: bool

    def as_json(self) -> dict[str, Any]:
        return {**self.pratinjau.as_json(), "ditambah": self.ditambah, "diubah": self.diubah,
                "dihapus": self.dihapus, "coba": self.coba,
                "diterapkan": not self.coba and not self.sudah_diimpor}


class _Coba(Exception):
    """Raised to roll a trial import back."""


class PaketService:
    def __init__(self, ctx: ServiceContext, teams: TeamService) -> None:
        self._ctx = ctx
        self._teams = teams

    # ---- ekspor ----------------------------------------------------------------------------

    def ekspor(self, path: Path, *, unit: str | None = None, tim_id: int | None = None,
               sejak: dt.date | None = None, kunci: str | None = None) -> HasilEkspor:
        path = Path(path)
        check_output_path(path, protected=(self._ctx.db.path,))
        cakupan = Cakupan(sejak=sejak, tim_id=tim_id)
        if unit:
            try:
                unit_id = self._teams.unit_by_name(unit).id
            except ValidationError as exc:
                raise ValidationError(exc.message, field="unit", code=exc.code) from None
            cakupan = Cakupan(unit_id=unit_id, tim_id=tim_id, sejak=sejak, unit_label=unit)
        asal = self._asal()
        with self._ctx.reading() as s:
            if tim_id is not None and s.get(TimRow, tim_id) is None:
                raise ValidationError(f"Tim {tim_id} tidak ada.", field="tim",
                                      code="tim_tidak_ada")
            data, paket_id, jumlah = buat(s, cakupan=cakupan, asal=asal,
                                asal_nama=asal_nama(s, self._ctx.pengguna or self._ctx.actor),
                                skema=HEAD_REVISION, dibuat=dt.datetime.now(dt.UTC),
                                kunci=_kunci(kunci))
        write_bytes_atomic(path, data, AKHIRAN, protected=(self._ctx.db.path,))
        return HasilEkspor(path, paket_id, jumlah, len(data))

    def draf_surel(self, hasil: HasilEkspor, kepada: str = "") -> Path:
        """An email draft (.eml, opened by Outlook/Thunderbird as a new message) beside the
        package, with the package attached and how to receive it."""
        pd = self._ctx_pd()
        eml = hasil.path.with_suffix(".eml")
        check_output_path(eml, protected=(self._ctx.db.path,))
        isi = (f"Yth. Bapak/Ibu,\n\nBersama ini kami kirimkan paket data Sistem Kerja dari "
               f"{pd[0]} {pd[1]} ({hasil.total} rekaman), terlampir: {hasil.path.name}.\n\n"
               "Cara menerimanya: buka Sistem Kerja Desktop, pilih Berkas › Terima paket…, "
               "pilih berkas terlampir, periksa perubahannya dan putuskan setiap konflik, lalu "
               "Impor. Dari baris perintah: sistemkerja paket periksa "
               f"{hasil.path.name}, lalu sistemkerja paket impor {hasil.path.name}.\n\n"
               f"Hormat kami,\n{pd[0]} {pd[1]}\n")
        return write_eml_draft(eml, subjek=f"Paket data Sistem Kerja — {pd[0]} {pd[1]}",
                               isi=isi, lampiran=[hasil.path], kepada=kepada, pengirim=pd[2])

    def _ctx_pd(self) -> tuple[str, str, str]:
        with self._ctx.reading() as s:
            pd = s.scalars(select(PerangkatDaerahRow).limit(1)).first()
            return (pd.nama, pd.pemda, pd.email) if pd is not None else ("", "", "")

    def _tempat(self) -> str:
        return tempat_berkas(self._ctx.db.path)

    def _asal(self) -> str:
        with self._ctx.reading() as s:
            known = asal_id(s, boleh_tulis=False, tempat=self._tempat())
        if known:
            return known
        if self._ctx.db.read_only:
            return str(uuid_mod.uuid5(uuid_mod.NAMESPACE_URL, self._tempat()))
        with self._ctx.session("Identitas pertukaran paket dibuat") as s:
            return asal_id(s, boleh_tulis=True, tempat=self._tempat())

    # ---- periksa / impor -------------------------------------------------------------------

    def periksa(self, path: Path, *, kunci: str | None = None) -> Pratinjau:
        nama, data = _baca(Path(path))
        d = baca_paket(*buka(data, nama=nama, kunci=_kunci(kunci),
                             wajib_tanda=kunci is not None), nama)
        _cek_skema(d.manifest.skema, nama)
        with self._ctx.reading() as s:
            rp = rencanakan(s, d, asal_id(s, boleh_tulis=False, tempat=self._tempat()))
            return _pratinjau(rp, self._sudah(s, d.paket_id))

    def impor(self, path: Path, *, pilihan: Mapping[tuple[str, str, str], Pilihan] | None = None,
              bawaan: Pilihan | None = None, coba: bool = False,
              kunci: str | None = None) -> HasilImpor:
        nama, data = _baca(Path(path))
        d = baca_paket(*buka(data, nama=nama, kunci=_kunci(kunci),
                             wajib_tanda=kunci is not None), nama)
        _cek_skema(d.manifest.skema, nama)
        sha = hashlib.sha256(data).hexdigest()
        result: list[HasilImpor] = []
        try:
            with self._ctx.session(f"Impor paket {nama} dari {d.asal_nama}"[:300]) as s:
                rp = rencanakan(s, d, asal_id(s, boleh_tulis=True, tempat=self._tempat()))
                pra = _pratinjau(rp, self._sudah(s, d.paket_id))
                if pra.sudah_diimpor is not None:
                    result.append(HasilImpor(pra, 0, 0, 0, coba, True))
                    raise _Coba
                if rp.masalah:
                    raise ValidationError(
                        f"Paket {nama} tidak dapat diimpor: " + "; ".join(rp.masalah[:5])
                        + (f" (dan {len(rp.masalah) - 5} lagi)" if len(rp.masalah) > 5 else "")
                        + ". Tidak ada yang diubah.", field="paket", code="paket_masalah")
                chosen = keputusan(rp, pilihan or {}, bawaan)
                counts = terapkan(s, rp, chosen, pelaku=self._ctx.actor, sha256=sha)
                result.append(HasilImpor(pra, counts["ditambah"], counts["diubah"],
                                         counts["dihapus"], coba, False))
                if coba:
                    periksa_sekarang(s)  # what the commit would check, then roll back
                    raise _Coba
        except _Coba:
            pass
        return result[0]

    def riwayat(self) -> list[dict[str, Any]]:
        """Packages imported here, newest first."""
        with self._ctx.reading() as s:
            rows = s.scalars(select(PaketMasukRow).order_by(PaketMasukRow.id.desc())).all()
            return [{"paket_id": r.paket_id, "asal": r.asal_nama, "dibuat": r.dibuat,
                     "diimpor": r.diimpor, "pelaku": r.pelaku, "ringkasan": r.ringkasan}
                    for r in rows]

    @staticmethod
    def _sudah(s: Any, paket_id: str) -> dt.datetime | None:
        row = s.scalars(select(PaketMasukRow).where(PaketMasukRow.paket_id == paket_id)).first()
        return row.diimpor if row is not None else None


def _kunci(kunci: str | None) -> bytes | None:
    return kunci.encode("utf-8") if kunci else None


def _baca(path: Path) -> tuple[str, bytes]:
    try:
        size = path.stat().st_size
        if size > BATAS_BYTE:
            raise ValidationError(f"Paket {path.name} ditolak: lebih dari "
                                  f"{BATAS_BYTE // (1024 * 1024)} MB. Tidak ada yang diimpor.",
                                  field="paket", code="paket_terlalu_besar")
        return path.name, path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"Paket {path} tidak ditemukan.", field="paket",
                              code="paket_tidak_ada") from None
    except IsADirectoryError:
        raise ValidationError(f"{path} adalah folder, bukan paket.", field="paket",
                              code="paket_tidak_ada") from None
    except OSError as exc:
        raise StorageError(f"Paket {path} tidak dapat dibaca: {exc.strerror or exc}.") from exc


def _cek_skema(skema: str, nama: str) -> None:
    def nomor(rev: str) -> int:
        head = rev.split("_", 1)[0]
        return int(head) if head.isdigit() else 10**6

    if nomor(skema) > nomor(HEAD_REVISION):
        raise ValidationError(f"Paket {nama} dibuat oleh versi aplikasi yang lebih baru (skema "
                              f"{skema}); perbarui aplikasi ini lebih dulu. Tidak ada yang "
                              "diimpor.", field="paket", code="paket_lebih_baru")


def _pratinjau(rp: RencanaPaket, sudah: dt.datetime | None) -> Pratinjau:
    d = rp.diterima
    perubahan = [Perubahan(r.tabel, r.uuid, r.aksi.value, rp.label[id(r)], tuple(sorted(r.ambil)))
                 for r in rp.rencana if r.aksi is not Aksi.SAMA]
    labels = {k.kunci: rp.label[id(r)] for r in rp.rencana for k in r.konflik}
    return Pratinjau(d.nama, d.paket_id, d.asal_nama, d.manifest.dibuat, d.manifest.bertanda,
                     sudah, perubahan, rp.konflik, labels, list(rp.masalah),
                     dict(d.manifest.keterangan.get("cakupan") or {}))


__all__ = ["AKHIRAN", "HasilEkspor", "HasilImpor", "NAMA_TABEL", "PaketService", "Pratinjau"]
