"""Permohonan penugasan use cases (issue #10): submit a request on the chain its profile
prescribes (`domain.penugasan_alur`), answer it step by step (`domain.penugasan.transition`),
the register, the *Perlu tindakan* inbox, a request's page and its attachments.

Every write is one transaction (`ctx.session`, audited); a request that staffs a team changes
its members in the same transaction (`services.penugasan_tim`). Attachments are read from disk
before the transaction opens (at most 20 MB each)."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.audit import read_anchor
from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models import PegawaiRow
from sistemkerja_desktop.db.models_penugasan import (
    LampiranIsiRow,
    LampiranPermohonanRow,
    PermohonanRow,
)
from sistemkerja_desktop.db.penugasan_mapping import (
    get_row,
    insert_permohonan,
    load_permohonan,
    update_permohonan,
)
from sistemkerja_desktop.db.tim_mapping import load_tim
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError, os_error_reason
from sistemkerja_desktop.domain.nip import normalize_nip
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.penugasan import (
    Aksi,
    Arah,
    IsiPermohonan,
    JenisPenugasan,
    LingkupPenugasan,
    Permohonan,
    Pihak,
    StatusPermohonan,
    pencatat_id,
    transition,
)
from sistemkerja_desktop.domain.penugasan_alur import (
    alur_penugasan,
    buat_permohonan,
    pratinjau_alur,
)
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.services import penugasan_rows as rows
from sistemkerja_desktop.services import penugasan_tim
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.naskah_settings import read_pengaturan
from sistemkerja_desktop.services.penugasan_dto import (
    LangkahRow,
    PermohonanDetail,
    PermohonanRingkas,
)
from sistemkerja_desktop.services.penugasan_eksternal import pegawai_ids, pilih_enum
from sistemkerja_desktop.services.penugasan_register import Register
from sistemkerja_desktop.services.team_service import TeamService

BATAS_LAMPIRAN = 20 * 1024 * 1024  # bytes per attachment
_KATA = {Aksi.SETUJUI: "menyetujui", Aksi.TOLAK: "menolak", Aksi.REKOMENDASI: "merekomendasikan",
         Aksi.TERUSKAN: "meneruskan", Aksi.BATALKAN: "membatalkan"}


@dataclass(frozen=True, slots=True)
class _Berkas:
    nama: str
    isi: bytes


def baca_lampiran(paths: Sequence[Path]) -> list[_Berkas]:
    """Read the attachments (before any transaction); refuse one over 20 MB, naming it."""
    out = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                raise IsADirectoryError(errno.EISDIR, "folder", str(path))
            size = path.stat().st_size
            if size > BATAS_LAMPIRAN:
                raise ValidationError(
                    f"Lampiran {path.name} terlalu besar ({size / 1024 / 1024:.1f} MB); batas "
                    "20 MB per berkas. Perkecil pindaiannya (mis. PDF hitam-putih 150 dpi). "
                    "Tidak ada yang disimpan.", field="lampiran", code="lampiran_besar")
            out.append(_Berkas(path.name, path.read_bytes()))
        except OSError as exc:
            raise ValidationError(f"Lampiran {path} tidak dapat dibaca ({os_error_reason(exc)})."
                                  " Tidak ada yang disimpan.", field="lampiran",
                                  code="lampiran_tidak_terbaca") from exc
    return out


class PenugasanService:
    def __init__(self, ctx: ServiceContext, teams: TeamService | None = None) -> None:
        self._ctx = ctx
        self._teams = teams or TeamService(ctx)
        self._register: Register | None = None  # the register as last read (see its module)

    # ---- writing -------------------------------------------------------------------------
    def ajukan(self, *, jenis: str, lingkup: str, pegawai_nip: Sequence[str], oleh_nip: str,
               unit_tujuan: str | None = None, instansi: str = "", arah: str | None = None,
               tim_id: int | None = None, maksud: str, kompetensi: str, target: str,
               mulai: dt.date, selesai: dt.date, tanggal: dt.date | None = None,
               lampiran: Sequence[Path] = ()) -> tuple[PermohonanRingkas, Changes]:
        """Submit a request. `pegawai_nip`: NIPs ("NIP:Nama" names a pegawai of the other
        instansi on a lintas-instansi keluar request, where unknown NIPs become eksternal
        pegawai of `instansi`); `unit_tujuan`: a unit name, path "A / B" or code."""
        berkas = baca_lampiran(lampiran)
        j, lk, ar = self._jenis(jenis, lingkup, arah)
        tujuan_id = self._unit_tujuan(unit_tujuan)
        tanggal = tanggal or self._ctx.today()
        isi = IsiPermohonan(maksud, kompetensi, target, mulai, selesai)
        with self._ctx.session(f"mengajukan permohonan penugasan {j.value} {lk.value}") as s:
            struktur = load_struktur(s)
            profile = get_profile(struktur.pd.profil)
            alur = alur_penugasan(profile, j, lk, ar)  # a forbidden request: RuleViolation
            oleh = self._pegawai(struktur, oleh_nip, "oleh")
            keluar = lk is LingkupPenugasan.LINTAS_INSTANSI and ar is Arah.KELUAR
            ids, dibuat = pegawai_ids(s, struktur, pegawai_nip, instansi, keluar)
            if dibuat:
                struktur = load_struktur(s)
            tim = load_tim(s, tim_id) if tim_id is not None else None
            p = buat_permohonan(
                profile, struktur, jenis=j, lingkup=lk, arah=ar, pegawai_ids=ids,
                oleh_id=oleh.id, unit_tujuan_id=tujuan_id, instansi=instansi, isi=isi,
                tanggal=tanggal, tim_id=tim_id,
                periode_tim=(tim.mulai, tim.selesai) if tim and tim.mulai and tim.selesai
                else None, unit_pemilik_id=tim.unit_pemilik_id if tim else None)
            for x in p.langkah:
                if x.pihak is Pihak.KITA and x.pegawai_id is None:
                    raise ValidationError(
                        f"Jabatan {x.jabatan} kosong pada {tanggal:%d-%m-%Y}: langkah {x.urut} "
                        f"({x.peran.value}) tidak ada yang memutus. Isi jabatan itu (definitif, "
                        "Plt. atau Plh.), lalu ajukan lagi. Tidak ada yang disimpan.",
                        field="alur", code="jabatan_kosong")
            row = insert_permohonan(s, p, alamat=alur.alamat, beban_kerja=alur.beban_kerja,
                                    catatan_alur=alur.catatan)
            for b in berkas:
                meta = LampiranPermohonanRow(permohonan_id=row.id, nama=b.nama[:300],
                                             ukuran=len(b.isi),
                                             sha256=hashlib.sha256(b.isi).hexdigest())
                s.add(meta)
                s.flush()
                s.add(LampiranIsiRow(lampiran_id=meta.id, isi=b.isi))
            tim_berubah = tim is not None and penugasan_tim.saat_diajukan(
                self._teams, s, tim, ids, row.id, struktur)
            s.flush()
            out = self._ringkas(s, row.id)
        return out, Changes(penugasan=True, pegawai=bool(dibuat), teams=tim_berubah)

    def setujui(self, id: int, *, oleh_nip: str, catatan: str = "", nomor_surat: str = "",
                tanggal: dt.date | None = None, versi: int | None = None
                ) -> tuple[PermohonanRingkas, Changes]:
        return self._aksi(id, Aksi.SETUJUI, oleh_nip, catatan, nomor_surat, tanggal, versi)

    def tolak(self, id: int, *, oleh_nip: str, alasan: str, tanggal: dt.date | None = None,
              versi: int | None = None) -> tuple[PermohonanRingkas, Changes]:
        if not (alasan or "").strip():
            raise ValidationError("Penolakan wajib disertai alasan. Tidak ada yang diubah.",
                                  field="alasan", code="alasan_kosong")
        return self._aksi(id, Aksi.TOLAK, oleh_nip, alasan, "", tanggal, versi)

    def rekomendasi(self, id: int, *, oleh_nip: str, catatan: str = "",
                    tanggal: dt.date | None = None, versi: int | None = None
                    ) -> tuple[PermohonanRingkas, Changes]:
        return self._aksi(id, Aksi.REKOMENDASI, oleh_nip, catatan, "", tanggal, versi)

    def teruskan(self, id: int, *, oleh_nip: str, catatan: str = "",
                 tanggal: dt.date | None = None, versi: int | None = None
                 ) -> tuple[PermohonanRingkas, Changes]:
        return self._aksi(id, Aksi.TERUSKAN, oleh_nip, catatan, "", tanggal, versi)

    def batalkan(self, id: int, *, oleh_nip: str, alasan: str = "",
                 versi: int | None = None) -> tuple[PermohonanRingkas, Changes]:
        return self._aksi(id, Aksi.BATALKAN, oleh_nip, alasan, "", None, versi)

    def _aksi(self, id: int, aksi: Aksi, oleh_nip: str, catatan: str, nomor: str,
              tanggal: dt.date | None, versi: int | None) -> tuple[PermohonanRingkas, Changes]:
        tanggal = tanggal or self._ctx.today()
        with self._ctx.session(f"{_KATA[aksi]} permohonan penugasan #{id}") as s:
            p = load_permohonan(s, id)
            struktur = load_struktur(s)
            actor = self._pegawai(struktur, oleh_nip, "oleh")
            step = p.langkah_sekarang
            if step is not None and aksi is not Aksi.BATALKAN:
                last = max((x.tanggal for x in p.langkah if x.tanggal), default=p.tanggal)
                if tanggal < last:
                    raise ValidationError(
                        f"Tanggal {tanggal:%d-%m-%Y} sebelum tanggal permohonan/keputusan "
                        f"sebelumnya ({last:%d-%m-%Y}). Tidak ada yang diubah.",
                        field="tanggal")
            after = transition(p, aksi, actor.id, tanggal, catatan=catatan, surat_nomor=nomor,
                               nama_pelaku=self._menunggu(struktur, p))
            update_permohonan(s, after, versi=versi, diputus=tanggal)
            tim = False
            if after.tim_id is not None and after.status is not StatusPermohonan.MENUNGGU:
                if after.status is StatusPermohonan.DISETUJUI:
                    hasil = Persetujuan.DISETUJUI
                    alasan = penugasan_tim.dasar_persetujuan(after, tanggal)
                elif after.status is StatusPermohonan.DITOLAK:
                    hasil, alasan = Persetujuan.DITOLAK, " ".join(catatan.split())
                else:
                    hasil = Persetujuan.DITOLAK
                    alasan = (f"Permohonan penugasan #{id} dibatalkan oleh pemohon"
                              + (f": {' '.join(catatan.split())}" if catatan.strip() else ""))
                tim = penugasan_tim.saat_diputus(self._teams, s, after, hasil, alasan[:500],
                                                 struktur)
            s.flush()
            out = self._ringkas(s, id)
        return out, Changes(penugasan=True, teams=tim)

    # ---- reading -------------------------------------------------------------------------
    def daftar(self, *, status: str | None = None, untuk_nip: str | None = None,
               arah: str | None = None, lingkup: str | None = None, jenis: str | None = None,
               teks: str = "", umur_min: int | None = None, tanggal: dt.date | None = None
               ) -> list[PermohonanRingkas]:
        """The register, newest first; `untuk_nip`: what waits for that person, oldest first.
        `tanggal`: the day ages are counted to (default today). The whole register, once read,
        is filtered in memory while the data file is unchanged (`penugasan_register`); a
        filtered call without it reads only its rows (status/jenis/lingkup/arah/untuk in SQL,
        teks and umur on the rows read)."""
        filters: dict[str, object] = {}
        for key, value, enum in (("status", status, StatusPermohonan), ("arah", arah, Arah),
                                 ("lingkup", lingkup, LingkupPenugasan),
                                 ("jenis", jenis, JenisPenugasan)):
            if value:
                filters[key] = pilih_enum(enum, value, key).value
        today = tanggal or self._ctx.today()
        with self._ctx.reading() as s:
            if untuk_nip:
                filters.update(status=StatusPermohonan.MENUNGGU.value,
                               pencatat_id=self._pegawai_id(s, untuk_nip))
            key = (read_anchor(s.connection()), today)
            reg = self._register
            if (reg is None or reg.key != key) and not filters:  # the whole register: keep it
                reg = self._register = Register(key, rows.ringkas_rows(s, {}, today))
            if reg is not None and reg.key == key:
                return reg.pilih(filters, oldest_first=bool(untuk_nip), teks=teks,
                                 umur_min=umur_min)
            return rows.ringkas_rows(s, filters, today, oldest_first=bool(untuk_nip),
                                     teks=teks, umur_min=umur_min)

    def perlu_tindakan(self, nip: str, tanggal: dt.date | None = None
                       ) -> list[PermohonanRingkas]:
        """What waits for `nip` (steps they hold, and answers of the other instansi they
        record), oldest first, with its age in days."""
        return self.daftar(untuk_nip=nip, tanggal=tanggal)

    def jumlah_perlu_tindakan(self, nip: str, tanggal: dt.date | None = None) -> int:
        del tanggal  # what waits does not depend on the day; kept for the contract
        with self._ctx.reading() as s:
            pid = self._pegawai_id(s, nip)
            return int(s.scalar(select(func.count()).select_from(PermohonanRow).where(
                PermohonanRow.status == StatusPermohonan.MENUNGGU.value,
                PermohonanRow.pencatat_id == pid)) or 0)

    def detail(self, id: int) -> PermohonanDetail:
        with self._ctx.reading() as s:
            p = load_permohonan(s, id)
            row = get_row(s, id)
            struktur = load_struktur(s)
            names = {x.id: f"{x.nama_lengkap} (NIP {x.nip})" for x in struktur.pegawai}
            beban = (penugasan_tim.beban_kerja(s, p, struktur, read_pengaturan(s).ambang_beban)
                     if row.beban_kerja else ())
            return PermohonanDetail(
                ringkas=self._ringkas(s, id), isi=p.isi,
                langkah=tuple(rows.langkah_rows(p, names)), dasar=p.dasar, alamat=row.alamat,
                tembusan=rows.tembusan_alur(p),
                pegawai=tuple(rows.pegawai_ringkas(struktur.pegawai_by_id[i], struktur)
                              for i in p.pegawai_ids if i in struktur.pegawai_by_id),
                lampiran=rows.lampiran_rows(s, id), lisan=p.lisan, beban_kerja=beban,
                catatan_alur=row.catatan_alur)

    def riwayat(self, id: int) -> list[LangkahRow]:
        """The whole chain: decided steps and the ones still to come."""
        with self._ctx.reading() as s:
            p = load_permohonan(s, id)
            names = rows.nama_nip(s, [x.dicatat_oleh_id for x in p.langkah if x.dicatat_oleh_id])
            return rows.langkah_rows(p, names)

    def pratinjau(self, *, jenis: str, lingkup: str, pegawai_nip: Sequence[str], oleh_nip: str,
                  unit_tujuan: str | None = None, instansi: str = "", arah: str | None = None,
                  tim_id: int | None = None, maksud: str = "", kompetensi: str = "",
                  target: str = "", mulai: dt.date | None = None, selesai: dt.date | None = None,
                  tanggal: dt.date | None = None) -> list[LangkahRow]:
        """The chain the request would follow, with the names that would act (nothing saved;
        the contents are not checked). Unknown NIPs are left out of the preview."""
        j, lk, ar = self._jenis(jenis, lingkup, arah)
        tujuan_id = self._unit_tujuan(unit_tujuan)
        tanggal = tanggal or self._ctx.today()
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            oleh = self._pegawai(struktur, oleh_nip, "oleh")
            by_nip = {x.nip: x.id for x in struktur.pegawai}
            ids = [by_nip[n] for n in (_nip_saja(x) for x in pegawai_nip) if n in by_nip]
            tim = load_tim(s, tim_id) if tim_id is not None else None
            steps = pratinjau_alur(
                get_profile(struktur.pd.profil), struktur, jenis=j, lingkup=lk, arah=ar,
                pegawai_ids=ids, oleh_id=oleh.id, unit_tujuan_id=tujuan_id, instansi=instansi,
                isi=IsiPermohonan(maksud, kompetensi, target, mulai or tanggal,
                                  selesai or mulai or tanggal),
                tanggal=tanggal, tim_id=tim_id,
                unit_pemilik_id=tim.unit_pemilik_id if tim else None)
        return [rows.langkah_row(x, {}, i == 0) for i, x in enumerate(steps)]

    def lampiran(self, id: int, lampiran_id: int) -> tuple[str, bytes]:
        with self._ctx.reading() as s:
            meta = s.get(LampiranPermohonanRow, lampiran_id)
            isi = s.get(LampiranIsiRow, lampiran_id)
            if meta is None or isi is None or meta.permohonan_id != id:
                raise NotFoundError(f"Lampiran #{lampiran_id} permohonan penugasan #{id} tidak "
                                    "ditemukan", code="lampiran_tidak_ada")
            return meta.nama, bytes(isi.isi)

    # ---- internals -----------------------------------------------------------------------
    def _ringkas(self, s: Session, id: int) -> PermohonanRingkas:
        return rows.ringkas_rows(s, {"id": id}, self._ctx.today())[0]

    @staticmethod
    def _jenis(jenis: str, lingkup: str, arah: str | None
               ) -> tuple[JenisPenugasan, LingkupPenugasan, Arah]:
        j = pilih_enum(JenisPenugasan, jenis, "jenis")
        lk = pilih_enum(LingkupPenugasan, lingkup, "lingkup")
        default = Arah.KELUAR if lk is LingkupPenugasan.LINTAS_INSTANSI else Arah.DALAM
        return j, lk, pilih_enum(Arah, arah, "arah") if arah else default

    def _unit_tujuan(self, unit_tujuan: str | None) -> int | None:
        if not (unit_tujuan or "").strip():
            return None
        assert unit_tujuan is not None
        try:
            return self._teams.unit_by_name(unit_tujuan).id
        except NotFoundError:
            raise ValidationError(f"Unit tujuan '{unit_tujuan}' tidak ditemukan; tulis nama, "
                                  "jalur (mis. 'Bidang X / Seksi Y') atau kode unit",
                                  field="unit_tujuan", code="unit_tidak_ada") from None
        except ValidationError as exc:  # the same name in two places: the path is needed
            raise ValidationError(exc.message, field="unit_tujuan", code=exc.code) from None

    @staticmethod
    def _pegawai(struktur: Struktur, nip: str, field: str) -> Pegawai:
        digits = _nip_saja(nip)
        found = next((x for x in struktur.pegawai if x.nip == digits), None)
        if found is None:
            raise NotFoundError(f"Pegawai dengan NIP {nip} tidak ditemukan ({field})",
                                code="nip_tidak_ada")
        return found

    @staticmethod
    def _pegawai_id(s: Session, nip: str) -> int:
        pid = s.scalar(select(PegawaiRow.id).where(PegawaiRow.nip == _nip_saja(nip)))
        if pid is None:
            raise NotFoundError(f"Pegawai dengan NIP {nip} tidak ditemukan",
                                code="nip_tidak_ada")
        return int(pid)

    @staticmethod
    def _menunggu(struktur: Struktur, p: Permohonan) -> str:
        """Who the current step waits for, as the PermissionDenied message names them."""
        step = p.langkah_sekarang
        if step is None:
            return ""
        who = struktur.pegawai_by_id.get(pencatat_id(p, step) or -1)
        if step.pihak is Pihak.KITA and step.pegawai_id is not None:
            return f"{step.jabatan}: {step.nama}, NIP {step.nip}"
        pencatat = (f"{who.jabatan.nama + ' ' if who and who.jabatan else ''}"
                    f"{who.nama_lengkap}, NIP {who.nip}" if who else "pemohon")
        return f"{step.jabatan}; jawabannya dicatat dari surat oleh {pencatat}"


def _nip_saja(raw: str) -> str:
    """The NIP of "NIP" or "NIP:Nama"."""
    return normalize_nip(str(raw).split(":", 1)[0])
