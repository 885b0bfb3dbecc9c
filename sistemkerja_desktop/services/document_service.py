"""Documents of a team: readiness, SK and Surat Tugas PDFs (draft or final with a registered
number), issued-document records with the roster fingerprint, roster Excel, email draft.

Readiness: `services.naskah_kesiapan` (a final of another instrument than the profile's is
refused, a draft of it marked); the default signer: `services.penandatangan_profil`; the
Keputusan appointing a Pekalongan squad ketua (Pasal 13(2)): `cetak_sk_ketua`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models_tim import DokumenTimRow
from sistemkerja_desktop.db.tim_mapping import load_tim, load_tims
from sistemkerja_desktop.domain.errors import NotFoundError, SistemKerjaError, ValidationError
from sistemkerja_desktop.domain.naskah import Kesiapan, Penandatangan
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import RegulationProfile, get_profile
from sistemkerja_desktop.domain.tim import Tim, sidik_roster
from sistemkerja_desktop.exporters.files import check_output_path
from sistemkerja_desktop.services import dokumen_kirim, penerbitan
from sistemkerja_desktop.services import naskah_builder as nb
from sistemkerja_desktop.services import naskah_kesiapan as nk
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.dokumen_kirim import DraftEmail
from sistemkerja_desktop.services.naskah_settings import (
    PengaturanNaskah,
    RegisterRow,
    StatusNomor,
    find_nomor,
    nomor_bebas,
    read_pengaturan,
    read_pola,
    read_register,
)
from sistemkerja_desktop.services.penandatangan_profil import pilih_penandatangan
from sistemkerja_desktop.services.penerbitan import PenerbitanTertunda
from sistemkerja_desktop.services.team_dto import DokumenRow
from sistemkerja_desktop.services.team_service import dokumen_rows


class NaskahBelumSiap(ValidationError):
    """The final print is refused; `kesiapan.kurang` lists what is missing."""

    def __init__(self, kesiapan: Kesiapan, tertunda: Sequence[str] = ()) -> None:
        super().__init__("Naskah belum siap dicetak final:\n" + "\n".join(
            f"- {k}" for k in kesiapan.kurang), code="naskah_belum_siap")
        self.kesiapan = kesiapan
        self.tertunda = tuple(tertunda)  # unfinished issuances blocking it (resume or void)


@dataclass(frozen=True, slots=True)
class HasilCetak:
    berkas: Path
    jenis: JenisNaskah
    nomor: str  # "" on a draft without a number
    draf: bool
    halaman: int
    kesiapan: Kesiapan
    dokumen_baru: bool  # a number was registered and the issue recorded
    changes: Changes
    catatan_draf: str = ""  # a draft of another instrument than the profile prescribes


@dataclass
class _Konteks:
    struktur: Struktur
    profile: RegulationProfile
    pengaturan: PengaturanNaskah
    tims: list[Tim]
    signer: Penandatangan | None
    nomor: str
    tanggal: dt.date
    ulang: DokumenRow | None  # a current issued document being reprinted
    kesiapan: Kesiapan
    tertunda: tuple[str, ...] = ()  # numbers of unfinished issuances for these teams and kind
    catatan_draf: str = ""  # on a draft: not the instrument the profile prescribes


class DocumentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- reading -------------------------------------------------------------------------
    def instrumen(self, tim_id: int) -> tuple[JenisNaskah, str]:
        """The instrument the profile prescribes for the team, with its citation (refused
        members not counted in its scope)."""
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            tim = load_tim(s, tim_id)
        return nk.instrumen(tim, get_profile(struktur.pd.profil))

    def jenis_sk(self, tim_id: int) -> JenisNaskah:
        """The Keputusan to draft for a team: Sekretaris Daerah where the profile prescribes it
        (Kapuas Hulu, lintas instansi), else Kepala Perangkat Daerah."""
        doc, _ = self.instrumen(tim_id)
        return JenisNaskah.SK_SEKDA if doc is JenisNaskah.SK_SEKDA else JenisNaskah.SK_KEPALA_PD

    def penandatangan_bawaan(self, tim_id: int, jenis: JenisNaskah) -> Penandatangan | None:
        """Who signs a new `jenis` for the team when no signer is chosen (the profile's roles,
        see services.penandatangan_profil)."""
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            tim = load_tim(s, tim_id)
            return pilih_penandatangan(s, jenis, read_pengaturan(s), struktur,
                                       get_profile(struktur.pd.profil), [tim], None)

    def sk_ketua_dasar(self, tim_id: int) -> str | None:
        """The citation of the Keputusan appointing the team's ketua where the profile has one
        (Pekalongan Pasal 13(2), Kelompok Kerja), else None."""
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            tim = load_tim(s, tim_id)
        return nk.dasar_sk_ketua(tim, get_profile(struktur.pd.profil))

    def kesiapan(self, tim_ids: int | Sequence[int], jenis: JenisNaskah, *,
                 nomor: str | None = None, tanggal: dt.date | None = None,
                 penandatangan_id: int | None = None) -> Kesiapan:
        with self._ctx.reading() as s:
            return self._konteks(s, _ids(tim_ids), jenis, nomor, tanggal, penandatangan_id,
                                 draf=False).kesiapan

    def dokumen(self, tim_id: int) -> list[DokumenRow]:
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            return dokumen_rows(s, [load_tim(s, tim_id)], struktur).get(tim_id, [])

    # ---- printing ------------------------------------------------------------------------
    def cetak_sk_tim(self, tim_id: int, path: Path, *, draf: bool = False,
                     nomor: str | None = None, tanggal: dt.date | None = None,
                     penandatangan_id: int | None = None, jenis: JenisNaskah | None = None,
                     invariant: bool = False) -> HasilCetak:
        jenis = jenis or self.jenis_sk(tim_id)
        if not jenis.sk:
            raise ValidationError("Jenis naskah SK harus Keputusan", field="jenis")
        return self._cetak([tim_id], jenis, Path(path), draf, nomor, tanggal, penandatangan_id,
                           invariant)

    def cetak_surat_tugas(self, tim_ids: int | Sequence[int], path: Path, *, draf: bool = False,
                          nomor: str | None = None, tanggal: dt.date | None = None,
                          penandatangan_id: int | None = None,
                          invariant: bool = False) -> HasilCetak:
        """One Surat Tugas for one or several teams (Kapuas Hulu Lampiran II.3)."""
        return self._cetak(_ids(tim_ids), JenisNaskah.SURAT_TUGAS, Path(path), draf, nomor,
                           tanggal, penandatangan_id, invariant)

    def cetak_sk_ketua(self, tim_id: int, path: Path, *, draf: bool = False,
                       nomor: str | None = None, tanggal: dt.date | None = None,
                       penandatangan_id: int | None = None,
                       invariant: bool = False) -> HasilCetak:
        """The Keputusan Kepala Unit Organisasi Pemilik Kinerja appointing a Kelompok Kerja
        (squad) ketua (Pekalongan Pasal 13(2)); refused where the profile has none."""
        return self._cetak([tim_id], JenisNaskah.SK_KEPALA_UNIT, Path(path), draf, nomor,
                           tanggal, penandatangan_id, invariant)

    def _cetak(self, ids: list[int], jenis: JenisNaskah, path: Path, draf: bool,
               nomor: str | None, tanggal: dt.date | None, signer_id: int | None,
               invariant: bool) -> HasilCetak:
        """A draft or a reprint only writes the file. A new final issue: (1) reserve the
        number (committed, *belum selesai*), (2) write the PDF through a temporary file,
        (3) mark it *terbit* — see `services.penerbitan`."""
        check_output_path(path, protected=(self._ctx.db.path,))  # a bad path takes no number
        if draf:
            with self._ctx.reading() as s:
                k = self._konteks(s, ids, jenis, nomor, tanggal, signer_id, draf=True)
            pages = self._write(k, jenis, path, True, invariant)
            return HasilCetak(path, jenis, k.nomor, True, pages, k.kesiapan, False, Changes(),
                              k.catatan_draf)
        with self._ctx.session(f"memesan nomor {jenis.label}") as s:
            k = self._konteks(s, ids, jenis, nomor, tanggal, signer_id, draf=False)
            if not k.kesiapan.siap:
                raise NaskahBelumSiap(k.kesiapan, k.tertunda)
            register_id = None
            if k.ulang is None:
                nip = {p.id: p.nip for p in k.struktur.pegawai}
                reg = penerbitan.pesan_nomor(s, jenis, nomor, k.tanggal, k.tims, nip, k.signer,
                                             path)
                k.nomor, register_id = reg.nomor, reg.id
        if register_id is None:  # a reprint of the current document: nothing to record
            pages = self._write(k, jenis, path, False, invariant)
            return HasilCetak(path, jenis, k.nomor, False, pages, k.kesiapan, False, Changes())
        pages = self._selesaikan(k, jenis, path, register_id, invariant)
        return HasilCetak(path, jenis, k.nomor, False, pages, k.kesiapan, True,
                          Changes(dokumen=True, teams=True))

    def _selesaikan(self, k: _Konteks, jenis: JenisNaskah, path: Path, register_id: int,
                    invariant: bool) -> int:
        """Steps 2 and 3 of an issue whose number is reserved; any failure leaves the number
        *belum selesai* and says so."""
        try:
            pages = self._write(k, jenis, path, False, invariant)
        except Exception as exc:
            raise PenerbitanTertunda(k.nomor, penerbitan.sebab(exc, "Naskah tidak dapat ditulis ke "
                                                          f"{path}")) from exc
        try:
            with self._ctx.session(f"menerbitkan {jenis.label} {k.nomor}") as s:
                self._tandai_terbit(s, register_id, path)
        except SistemKerjaError as exc:
            if exc.code == "nomor_berubah":  # voided elsewhere: the file carries a void number
                path.unlink(missing_ok=True)
                raise
            raise PenerbitanTertunda(k.nomor, f"{path} sudah ditulis, tetapi penerbitannya "
                                              f"tidak dapat dicatat: {exc.message}") from exc
        return pages

    @staticmethod
    def _tandai_terbit(s: Session, register_id: int, path: Path) -> None:
        penerbitan.tandai_terbit(s, register_id, path)

    def lanjutkan(self, nomor: str, path: Path, *, invariant: bool = False) -> HasilCetak:
        """Resume an interrupted issuance: write the PDF again with the SAME number, date and
        signer, then mark it *terbit*. Refused when a team's roster changed since the number
        was reserved (void the number and issue a new document instead)."""
        path = Path(path)
        check_output_path(path, protected=(self._ctx.db.path,))
        with self._ctx.session(f"memeriksa nomor {nomor.strip()}") as s:  # refuses read-only
            reg = find_nomor(s, nomor)
            keadaan = StatusNomor(reg.status)
            if keadaan is not StatusNomor.BELUM_SELESAI:
                sebab = (f"dibatalkan ({reg.alasan_batal})" if keadaan is StatusNomor.BATAL
                         else "sudah terbit; untuk salinannya, cetak ulang dari tim")
                raise ValidationError(f"Nomor {reg.nomor} {sebab}. Tidak ada yang ditulis.",
                                      field="nomor", code="nomor_bukan_tertunda")
            docs = list(s.scalars(select(DokumenTimRow).where(
                DokumenTimRow.register_id == reg.id).order_by(DokumenTimRow.id)))
            if not docs:
                raise ValidationError(f"Nomor {reg.nomor} tidak menyimpan data naskah tim "
                                      "untuk diterbitkan lagi; batalkan nomor itu dengan "
                                      "alasan. Tidak ada yang ditulis.", field="nomor")
            jenis = JenisNaskah(reg.jenis)
            k = self._konteks_tertunda(s, reg.nomor, reg.tanggal, docs)
            register_id = reg.id
        pages = self._selesaikan(k, jenis, path, register_id, invariant)
        return HasilCetak(path, jenis, k.nomor, False, pages, k.kesiapan, True,
                          Changes(dokumen=True, teams=True))

    def _konteks_tertunda(self, s: Session, nomor: str, tanggal: dt.date,
                          docs: list[DokumenTimRow]) -> _Konteks:
        struktur = load_struktur(s)
        ids = [d.tim_id for d in docs]
        tims = load_tims(s, ids)
        tims.sort(key=lambda t: ids.index(t.id))
        nip = {p.id: p.nip for p in struktur.pegawai}
        sidik = {d.tim_id: d.sidik_roster for d in docs}
        changed = [t.nama for t in tims if sidik_roster(t, nip) != sidik[t.id]]
        if changed or len(tims) != len(ids):
            raise ValidationError(
                f"Susunan {', '.join(changed) or 'tim'} berubah sejak nomor {nomor} dipesan: "
                "naskah dengan nomor itu tidak dapat diterbitkan lagi sama seperti semula. "
                f"Batalkan nomor {nomor} dengan alasan, lalu terbitkan naskah baru. Tidak ada "
                "yang ditulis.", field="nomor", code="tim_berubah")
        return _Konteks(struktur, get_profile(struktur.pd.profil), read_pengaturan(s), tims,
                        penerbitan.from_snapshot(docs[0].penandatangan), nomor, tanggal, None,
                        Kesiapan())

    def reservasi(self, tim_id: int) -> list[RegisterRow]:
        """The team's unfinished issuances (*belum selesai*): to resume or void."""
        with self._ctx.reading() as s:
            return read_register(s, ids=penerbitan.tertunda_tim(s, tim_id))

    def _write(self, k: _Konteks, jenis: JenisNaskah, path: Path, draf: bool,
               invariant: bool) -> int:
        catatan = k.catatan_draf if draf else ""
        if jenis is JenisNaskah.SURAT_TUGAS:
            dto = nb.build_st(k.tims, k.struktur, k.profile, k.pengaturan, nomor=k.nomor,
                              tanggal=k.tanggal, signer=k.signer, draf=draf,
                              catatan_draf=catatan)
            from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf

            return write_surat_tugas_pdf(dto, path, draf=draf, invariant=invariant)
        if jenis is JenisNaskah.SK_KEPALA_UNIT:
            sk = nb.build_sk_ketua(k.tims[0], k.struktur, k.profile, k.pengaturan, nomor=k.nomor,
                                   tanggal=k.tanggal, signer=k.signer, draf=draf,
                                   catatan_draf=catatan)
        else:
            sk = nb.build_sk(k.tims[0], k.struktur, k.pengaturan, jenis=jenis, nomor=k.nomor,
                             tanggal=k.tanggal, signer=k.signer, profile=k.profile, draf=draf,
                             catatan_draf=catatan)
        from sistemkerja_desktop.exporters.pdf.sk_tim import write_sk_tim_pdf

        return write_sk_tim_pdf(sk, path, draf=draf, invariant=invariant)

    def _konteks(self, s: Session, ids: list[int], jenis: JenisNaskah, nomor: str | None,
                 tanggal: dt.date | None, signer_id: int | None, *, draf: bool) -> _Konteks:
        struktur = load_struktur(s)
        profile = get_profile(struktur.pd.profil)
        pengaturan = read_pengaturan(s)
        tims = load_tims(s, ids)
        if len(tims) != len(set(ids)):
            raise NotFoundError("Tim tidak ditemukan", code="tim_tidak_ditemukan")
        tims.sort(key=lambda t: ids.index(t.id))
        if jenis is JenisNaskah.SK_KEPALA_UNIT:
            nk.cek_sk_ketua(tims[0], profile)  # refused (even a draft) where it does not apply
        signer = pilih_penandatangan(s, jenis, pengaturan, struktur, profile, tims, signer_id)
        current = [d for d in dokumen_rows(s, tims, struktur).get(tims[0].id, [])
                   if d.jenis is jenis and not d.kedaluwarsa] if len(tims) == 1 else []
        wanted = (nomor or "").strip()
        # a reprint: no number given, or the current document's own number given again
        ulang = current[-1] if current and wanted in ("", current[-1].nomor) else None
        if ulang is not None and signer_id is None:  # a reprint shows who signed it then
            row = s.get(DokumenTimRow, ulang.id)
            signer = penerbitan.from_snapshot(row.penandatangan if row else "") or signer
        if ulang is not None:
            text, when = ulang.nomor, ulang.tanggal
        else:
            when = tanggal or self._ctx.today()
            text = wanted or ("" if draf else _usul(s, jenis, when))
        cek_nomor = text or (_usul(s, jenis, when) if draf else "")  # a final would take it
        nilai = nk.kesiapan(tims, struktur, profile, pengaturan, jenis=jenis, nomor=cek_nomor,
                            tanggal=when, signer=signer)
        siap = nilai.kesiapan
        tertunda = tuple(penerbitan.tertunda(s, ids, jenis)) if ulang is None else ()
        if tertunda:  # an interrupted issuance first: resumed or voided, never silently left
            siap = Kesiapan((*siap.kurang, *(
                f"Nomor {n} untuk {jenis.label} tim ini belum selesai diterbitkan (terputus, "
                "atau sedang diterbitkan di tempat lain): lanjutkan penerbitannya atau batalkan "
                "nomor itu lebih dahulu" for n in tertunda)), siap.peringatan)
        return _Konteks(struktur, profile, pengaturan, tims, signer, text, when, ulang, siap,
                        tertunda, nilai.catatan_draf)

    # ---- roster and email (services.dokumen_kirim) ---------------------------------------
    def ekspor_roster(self, tim_ids: Sequence[int] | None, path: Path) -> int:
        """One sheet per team plus a summary sheet; None = all teams. Returns the team count."""
        return dokumen_kirim.ekspor_roster(self._ctx, tim_ids, Path(path))

    def siapkan_email(self, tim_ids: Sequence[int] | None, folder: Path, *,
                      sertakan_pdf: bool = False, kepada: str = "") -> DraftEmail:
        """Save the roster (and optionally each team's SK and Surat Tugas — final when issued
        and current, else a DRAF) into `folder` and write an `.eml` draft (X-Unsent: 1) with
        them attached, for the user's mail program. No server involved."""
        return dokumen_kirim.siapkan_email(self, self._ctx, tim_ids, Path(folder),
                                           sertakan_pdf=sertakan_pdf, kepada=kepada)


def _ids(tim_ids: int | Sequence[int]) -> list[int]:
    ids = [tim_ids] if isinstance(tim_ids, int) else list(dict.fromkeys(tim_ids))
    if not ids:
        raise ValidationError("Pilih sedikitnya satu tim", field="tim")
    return ids


def _usul(s: Session, jenis: JenisNaskah, tanggal: dt.date) -> str:
    """The next number of the PD's register; none for a Keputusan Sekretaris Daerah (its number
    comes from the Setda's register and is typed in)."""
    if jenis is JenisNaskah.SK_SEKDA:
        return ""
    pola = read_pola(s, jenis)
    if pola.kurang():
        return ""
    return nomor_bebas(s, pola, tanggal)[1]
