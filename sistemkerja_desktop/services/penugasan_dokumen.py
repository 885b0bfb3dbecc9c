"""Printing the letters of a penugasan chain (surat permohonan, surat jawaban, surat penugasan):
a draft (DRAF watermark, nothing recorded) or a final one.

A final letter takes its number from the numbering register (JenisNaskah SURAT_PERMOHONAN /
SURAT_JAWABAN / SURAT_PENUGASAN; a pattern without its own kode unit borrows the Surat Tugas's)
in the steps of `services.penerbitan`: (1) one transaction reserves the number (*belum
selesai*) and records nomor, tanggal and file on the step that produced the letter; (2) the
PDF is written through a temporary file; (3) the number becomes *terbit*. A letter whose step
already carries a number is reprinted with it (no new number; an interrupted issuance is
finished this way). A pengajuan sukarela is the pegawai's own letter: no register number.

Readiness (`kesiapan`) before a final: the request not cancelled; a surat permohonan with the
four contents (KH Lampiran I B.2.a; BT Lampiran II C.1)(5); PK Pasal 15 ayat (6); BG Pasal 6;
PS Lampiran II B.2.a); a surat jawaban setuju once approved, a jawaban tolak once refused; a
surat penugasan once approved; a signer with name, NIP, pangkat and jabatan; the kop with its
address; every NIP listed valid."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models_tim import NomorRegisterRow, PenandatanganRow, TimRow
from sistemkerja_desktop.db.penugasan_mapping import load_permohonan, update_permohonan
from sistemkerja_desktop.domain.errors import ConflictError, SistemKerjaError, ValidationError
from sistemkerja_desktop.domain.naskah import Kesiapan, Penandatangan, kop_beralamat
from sistemkerja_desktop.domain.naskah_dok import SuratTugasNaskah
from sistemkerja_desktop.domain.nip import parse_nip
from sistemkerja_desktop.domain.penomoran import JenisNaskah, PolaNomor
from sistemkerja_desktop.domain.penugasan import JenisSurat
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.exporters.files import check_output_path
from sistemkerja_desktop.services import penerbitan
from sistemkerja_desktop.services import penugasan_naskah as pn
from sistemkerja_desktop.services import penugasan_pihak as pp
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.document_service import NaskahBelumSiap
from sistemkerja_desktop.services.naskah_settings import (
    StatusNomor,
    nomor_bebas,
    read_pengaturan,
    read_pola,
    register_nomor,
    signer_from_row,
)
from sistemkerja_desktop.services.penerbitan import PenerbitanTertunda
from sistemkerja_desktop.services.penugasan_dto import LangkahRow, PermohonanDetail

POSITIF = ("setuju", "rekomendasi", "diteruskan")


@dataclass(frozen=True, slots=True)
class HasilSurat:
    berkas: Path
    jenis: JenisNaskah
    nomor: str  # "" on a draft without a number and on a pegawai's own letter
    tanggal: dt.date
    draf: bool
    halaman: int
    kesiapan: Kesiapan
    dokumen_baru: bool  # a number was taken from the register and recorded on the step
    langkah: int  # the step the letter belongs to
    changes: Changes
    catatan_draf: str = ""


@dataclass
class _Rencana:
    k: pp.Konteks
    jenis: JenisSurat
    step: LangkahRow
    signer: Penandatangan | None
    nomor: str
    tanggal: dt.date
    ulang: bool  # the step already carries this letter: a reprint
    kesiapan: Kesiapan
    catatan_draf: str = ""
    diketik: bool = False  # the number was typed; otherwise the register takes the next free


def jenis_surat(jenis: JenisSurat | str) -> JenisSurat:
    try:
        return JenisSurat(jenis)
    except ValueError:
        raise ValidationError(f"Jenis surat '{jenis}' tidak dikenal (surat-permohonan, "
                              "surat-jawaban, surat-penugasan)", field="jenis") from None


def pola_surat(s: Session, jenis: JenisNaskah) -> PolaNomor:
    """The letter's pattern; without its own kode unit it borrows the Surat Tugas's."""
    pola = read_pola(s, jenis)
    if "kode_unit" in pola.pola and not pola.kode_unit.strip():
        pola = dataclasses.replace(pola, kode_unit=read_pola(s, JenisNaskah.SURAT_TUGAS).kode_unit)
    return pola


class PenugasanDokumenService:
    """`penugasan`: the service whose `detail(id) -> PermohonanDetail` reads a request."""

    def __init__(self, ctx: ServiceContext, penugasan: Any) -> None:
        self._ctx = ctx
        self._penugasan = penugasan

    def usul_nomor(self, jenis: JenisSurat | str, tanggal: dt.date | None = None) -> str:
        """The register's next number of this letter, as a final print would take it (not
        reserved); "" while its pattern is incomplete."""
        jn = JenisNaskah(jenis_surat(jenis).value)
        with self._ctx.reading() as s:
            pola = pola_surat(s, jn)
            return "" if pola.kurang() else nomor_bebas(s, pola, tanggal or self._ctx.today())[1]

    def kesiapan(self, permohonan_id: int, jenis: JenisSurat | str, *,
                 langkah: int | None = None, nomor: str | None = None,
                 tanggal: dt.date | None = None) -> Kesiapan:
        detail = self._penugasan.detail(permohonan_id)
        with self._ctx.reading() as s:
            return self._rencana(s, detail, jenis_surat(jenis), langkah, nomor, tanggal,
                                 draf=False).kesiapan

    def cetak(self, permohonan_id: int, jenis: JenisSurat | str, path: Path, *,
              draf: bool = False, nomor: str | None = None, tanggal: dt.date | None = None,
              langkah: int | None = None, invariant: bool = False) -> HasilSurat:
        """Write the letter to `path` (never over the data file); see the module doc."""
        path = Path(path)
        check_output_path(path, protected=(self._ctx.db.path,))  # a bad path takes no number
        kind = jenis_surat(jenis)
        detail = self._penugasan.detail(permohonan_id)
        with self._ctx.reading() as s:
            r = self._rencana(s, detail, kind, langkah, nomor, tanggal, draf=draf)
        jn = JenisNaskah(kind.value)
        if draf:
            pages = _tulis(r, path, draf=True, invariant=invariant)
            return HasilSurat(path, jn, r.nomor, r.tanggal, True, pages, r.kesiapan, False,
                              r.step.urut, Changes(), r.catatan_draf)
        if not r.kesiapan.siap:
            raise NaskahBelumSiap(r.kesiapan)
        with self._ctx.session(f"memesan nomor {jn.label}") as s:
            register_id, baru = self._catat(s, r, detail, path)
        try:
            pages = _tulis(r, path, draf=False, invariant=invariant)
        except Exception as exc:
            if register_id is None:
                raise
            raise PenerbitanTertunda(r.nomor, penerbitan.sebab(
                exc, f"Surat tidak dapat ditulis ke {path}")) from exc
        if register_id is not None:
            try:
                with self._ctx.session(f"menerbitkan {jn.label} {r.nomor}") as s:
                    penerbitan.tandai_terbit(s, register_id, path)
            except SistemKerjaError as exc:
                raise PenerbitanTertunda(r.nomor, f"{path} sudah ditulis, tetapi penerbitannya "
                                                  f"tidak dapat dicatat: {exc.message}") from exc
        return HasilSurat(path, jn, r.nomor, r.tanggal, False, pages, r.kesiapan, baru,
                          r.step.urut, Changes(dokumen=True, penugasan=True))

    # ---- planning ------------------------------------------------------------------------
    def _rencana(self, s: Session, d: PermohonanDetail, jenis: JenisSurat, urut: int | None,
                 nomor: str | None, tanggal: dt.date | None, *, draf: bool) -> _Rencana:
        struktur = load_struktur(s)
        tim = s.get(TimRow, d.ringkas.tim_id) if d.ringkas.tim_id else None
        saved = tuple(signer_from_row(r) for r in s.scalars(
            select(PenandatanganRow).where(PenandatanganRow.aktif).order_by(PenandatanganRow.id)))
        k = pp.Konteks(d, struktur, get_profile(struktur.pd.profil), read_pengaturan(s), saved,
                       tim.nama if tim is not None else "", _semua_terbit(s, d.ringkas.id))
        step = pp.langkah_surat(d, jenis, urut)
        signer = pp.penandatangan_surat(k, jenis, step)
        wanted = (nomor or "").strip()
        tanpa_nomor = pp.pemohon_tanpa_nomor(k, jenis)
        lama = _terbit(s, d.ringkas.id, jenis, step, tanpa_nomor=tanpa_nomor)
        if lama is not None and wanted and wanted != lama[0]:
            raise ValidationError(
                f"{pn.JUDUL[jenis]} langkah {step.urut} sudah bernomor {lama[0]}; cetak ulang "
                "memakai nomor itu (tanpa --nomor). Tidak ada yang ditulis.", field="nomor",
                code="nomor_berbeda")
        when = lama[1] if lama is not None else tanggal or self._ctx.today()
        usul = ""
        if lama is not None or tanpa_nomor:
            text = lama[0] if lama is not None else ""
        else:
            pola = pola_surat(s, JenisNaskah(jenis.value))
            usul = "" if pola.kurang() else nomor_bebas(s, pola, when)[1]
            text = wanted or ("" if draf else usul)
        kesiapan = _kesiapan(k, jenis, step, signer, text or wanted or usul, when,
                             tanpa_nomor=tanpa_nomor)
        return _Rencana(k, jenis, step, signer, text, when, lama is not None, kesiapan,
                        _catatan(k, jenis, step) if draf else "", diketik=bool(wanted))

    def _catat(self, s: Session, r: _Rencana, d: PermohonanDetail,
               path: Path) -> tuple[int | None, bool]:
        """Transaction 1: the number reserved (and recorded on the step when its letter
        slot is this letter's). Returns (register id to mark *terbit* once the PDF is written,
        or None; whether a number was taken)."""
        jn = JenisNaskah(r.jenis.value)
        p = load_permohonan(s, d.ringkas.id)
        step = next(x for x in p.langkah if x.urut == r.step.urut)
        register_id, baru = None, False
        if r.ulang:
            row = s.scalars(select(NomorRegisterRow).where(
                NomorRegisterRow.nomor == r.nomor)).first() if r.nomor else None
            if r.nomor and row is None:  # a number typed when the decision was recorded
                row = register_nomor(s, jn, r.nomor, r.tanggal, _perihal(r), d.ringkas.tim_id,
                                     status=StatusNomor.BELUM_SELESAI)
            if row is not None and row.status == StatusNomor.BATAL.value:
                raise ValidationError(
                    f"Nomor {row.nomor} sudah dibatalkan ({row.alasan_batal}); surat ini tidak "
                    "dapat dicetak dengan nomor itu. Tidak ada yang ditulis.", field="nomor",
                    code="nomor_batal")
            if row is not None and row.status == StatusNomor.BELUM_SELESAI.value:
                register_id = row.id  # an interrupted issuance finished by this print
        else:
            if d.ringkas.versi and p.versi != d.ringkas.versi:
                raise ConflictError(f"Permohonan #{d.ringkas.id} diubah di tempat lain sejak "
                                    "dibaca; cetak lagi. Tidak ada nomor yang diambil.")
            if not pp.pemohon_tanpa_nomor(r.k, r.jenis):
                # the number proposed when planning may have been taken by another process
                # since: unless typed, the next free one is taken inside this transaction
                nomor = r.nomor if r.diketik else nomor_bebas(
                    s, pola_surat(s, jn), r.tanggal)[1]
                row = register_nomor(s, jn, nomor, r.tanggal, _perihal(r), d.ringkas.tim_id,
                                     status=StatusNomor.BELUM_SELESAI)
                r.nomor, register_id, baru = row.nomor, row.id, True
        slot = step.surat_nomor in ("", r.nomor) and (
            step.surat in (None, r.jenis) or step.keputusan.value == "tolak")
        if slot and (step.surat_nomor, step.surat_tanggal, step.surat_berkas) != (
                r.nomor, r.tanggal, str(path)):
            done = dataclasses.replace(step, surat_nomor=r.nomor, surat_tanggal=r.tanggal,
                                       surat_berkas=str(path))
            update_permohonan(s, dataclasses.replace(p, langkah=tuple(
                done if x.urut == step.urut else x for x in p.langkah)))
        return register_id, baru


def _kunci(permohonan_id: int, jenis: JenisSurat, urut: int) -> str:
    """The register's perihal starts with it: how a letter is found again."""
    return f"{JenisNaskah(jenis.value).label} permohonan #{permohonan_id} langkah {urut}"


def _terbit(s: Session, permohonan_id: int, jenis: JenisSurat, step: LangkahRow, *,
            tanpa_nomor: bool) -> tuple[str, dt.date] | None:
    """(nomor, tanggal) of this letter when it was issued already: in the register under its
    key, or recorded on its step (a number typed with the decision; a pegawai's own letter)."""
    row = s.scalars(select(NomorRegisterRow).where(
        NomorRegisterRow.jenis == jenis.value,
        NomorRegisterRow.perihal.like(_kunci(permohonan_id, jenis, step.urut) + ":%"),
        NomorRegisterRow.status != StatusNomor.BATAL.value)
        .order_by(NomorRegisterRow.id.desc())).first()
    if row is not None:
        return row.nomor, row.tanggal
    if step.surat not in ("", jenis.value):
        return None
    when = step.surat_tanggal or step.tanggal
    if step.surat_nomor and when is not None:
        other = s.scalars(select(NomorRegisterRow.jenis).where(
            NomorRegisterRow.nomor == step.surat_nomor)).first()
        return (step.surat_nomor, when) if other in (None, jenis.value) else None
    if tanpa_nomor and step.surat_tanggal is not None:
        return "", step.surat_tanggal
    return None


_KUNCI = re.compile(r" permohonan #(\d+) langkah (\d+):")


def _semua_terbit(s: Session, permohonan_id: int) -> tuple[pp.Terbit, ...]:
    """The request's letters in the register (voided numbers left out)."""
    out = []
    for jenis, perihal, nomor, tanggal in s.execute(
            select(NomorRegisterRow.jenis, NomorRegisterRow.perihal, NomorRegisterRow.nomor,
                   NomorRegisterRow.tanggal)
            .where(NomorRegisterRow.jenis.in_([j.value for j in JenisSurat]),
                   NomorRegisterRow.perihal.like(f"% permohonan #{permohonan_id} langkah %"),
                   NomorRegisterRow.status != StatusNomor.BATAL.value)
            .order_by(NomorRegisterRow.id)):
        m = _KUNCI.search(perihal)
        if m and int(m.group(1)) == permohonan_id:
            out.append(pp.Terbit(JenisSurat(jenis), int(m.group(2)), nomor, tanggal))
    return tuple(out)


def _perihal(r: _Rencana) -> str:
    d = r.k.detail
    return (f"{_kunci(d.ringkas.id, r.jenis, r.step.urut)}: "
            f"{d.ringkas.pegawai_nama or d.ringkas.tujuan} — {d.isi.maksud}")[:500]


def _tulis(r: _Rencana, path: Path, *, draf: bool, invariant: bool) -> int:
    dto = pn.build_surat(r.k, r.jenis, r.step, nomor=r.nomor, tanggal=r.tanggal,
                         signer=r.signer, catatan_draf=r.catatan_draf)
    if isinstance(dto, SuratTugasNaskah):
        from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf

        return write_surat_tugas_pdf(dto, path, draf=draf, invariant=invariant)
    from sistemkerja_desktop.exporters.pdf.surat_dinas import write_surat_dinas_pdf

    return write_surat_dinas_pdf(dto, path, draf=draf, invariant=invariant)


def _menunggu(d: PermohonanDetail) -> str:
    now = next((x for x in d.langkah if x.keputusan == "menunggu"), None)
    if now is None:
        return ""
    who = f"{now.jabatan}{f' ({now.nama})' if now.nama else ''}".strip()
    return f"langkah {now.urut}: {who or now.peran}"


def _catatan(k: pp.Konteks, jenis: JenisSurat, step: LangkahRow) -> str:
    """The note a draft carries while the request is not where the letter belongs."""
    d = k.detail
    if d.ringkas.status == "menunggu" and jenis is not JenisSurat.PERMOHONAN \
            and step.keputusan == "menunggu":
        return f"Permohonan masih menunggu {_menunggu(d)}; surat ini belum dapat diterbitkan."
    if d.ringkas.status == "dibatalkan":
        return "Permohonan ini dibatalkan."
    return ""


def _kesiapan(k: pp.Konteks, jenis: JenisSurat, step: LangkahRow,
              signer: Penandatangan | None, nomor: str, tanggal: dt.date | None, *,
              tanpa_nomor: bool) -> Kesiapan:
    d = k.detail
    status = d.ringkas.status
    kurang: list[str] = []
    if status == "dibatalkan":
        kurang.append(f"Permohonan #{d.ringkas.id} dibatalkan: suratnya tidak diterbitkan")
    if jenis is JenisSurat.PERMOHONAN:
        kurang += [f"Isi surat permohonan belum lengkap: {x} ({d.dasar})"
                   for x in d.isi.kurang()]
    elif jenis is JenisSurat.JAWABAN and step.keputusan == "tolak":
        if not pp.alasan(step):
            kurang.append("Alasan penolakan belum dicatat")
    elif jenis is JenisSurat.JAWABAN:
        sendiri = step.surat == JenisSurat.JAWABAN.value and step.keputusan in POSITIF
        if status != "disetujui" and not sendiri and status != "dibatalkan":
            kurang.append(_belum(d, "Surat jawaban persetujuan"))
    elif status != "disetujui" and status != "dibatalkan":
        kurang.append(_belum(d, "Surat penugasan"))
    if not tanpa_nomor and not nomor.strip():
        kurang.append(f"Nomor {JenisNaskah(jenis.value).label} belum dapat dibentuk: isi pola "
                      "dan kode unit pengolah di pengaturan penomoran, atau masukkan nomor")
    if tanggal is None:
        kurang.append("Tanggal surat belum diisi")
    if not tanpa_nomor:
        lines = k.struktur.pd.kop_lines()
        if not any(x.strip() for x in lines):
            kurang.append("Kop naskah Perangkat Daerah belum diisi")
        elif not kop_beralamat(lines):
            kurang.append("Kop naskah Perangkat Daerah belum memuat baris alamat (jalan, nomor, "
                          "kode pos)")
    kurang += _ttd(signer, step, jenis, k)
    if jenis is not JenisSurat.JAWABAN or step.keputusan != "tolak":
        kurang += _nip_pegawai(d)
    return Kesiapan(tuple(kurang))


def _belum(d: PermohonanDetail, what: str) -> str:
    if d.ringkas.status == "ditolak":
        return f"{what} tidak diterbitkan: permohonan #{d.ringkas.id} ditolak"
    return (f"{what} diterbitkan setelah permohonan disetujui; permohonan #{d.ringkas.id} masih "
            f"menunggu {_menunggu(d)}")


def _ttd(signer: Penandatangan | None, step: LangkahRow, jenis: JenisSurat,
         k: pp.Konteks) -> list[str]:
    if signer is None:
        if jenis is JenisSurat.PERMOHONAN and k.sukarela:
            return [f"Pegawai pemohon {k.detail.ringkas.oleh_nama} tidak ada di data pegawai"]
        who = step.jabatan or step.peran
        return [f"Penandatangan belum ada: jabatan {who} (langkah {step.urut}) "
                f"{'belum terisi' if not step.nip else 'tidak ada di data pegawai'}"]
    out = []
    nama = signer.nama.strip() or "tanpa nama"
    if not signer.nama.strip():
        out.append("Nama penandatangan belum diisi")
    if not signer.nip.strip():
        out.append(f"NIP penandatangan ({nama}) belum diisi")
    if not signer.pangkat.strip():
        out.append(f"Pangkat/golongan penandatangan ({nama}) belum diisi")
    if not signer.jabatan.strip():
        out.append(f"Jabatan penandatangan ({nama}) belum diisi")
    return out


def _nip_pegawai(d: PermohonanDetail) -> list[str]:
    out = []
    if not d.pegawai:
        out.append("Permohonan belum menyebut pegawai")
    for p in d.pegawai:
        if not p.nip.strip():
            out.append(f"NIP pegawai {p.nama} belum diisi")
            continue
        try:
            parse_nip(p.nip)
        except ValidationError as exc:
            out.append(f"NIP pegawai {p.nama} tidak sah: {exc.message}")
    return out
