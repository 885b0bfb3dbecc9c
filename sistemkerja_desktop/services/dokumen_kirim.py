"""Sharing a team's documents: the roster workbook and an email draft (.eml, X-Unsent) with the
roster and, optionally, each team's SK and Surat Tugas attached (final reprint when issued and
current, else a DRAF; never a new number)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.tim_mapping import load_tims
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.team_service import dokumen_rows

if TYPE_CHECKING:
    from sistemkerja_desktop.services.document_service import DocumentService


@dataclass(frozen=True, slots=True)
class DraftEmail:
    eml: Path
    lampiran: tuple[Path, ...]
    subjek: str


def ekspor_roster(ctx: ServiceContext, tim_ids: Sequence[int] | None, path: Path) -> int:
    with ctx.reading() as s:
        struktur = load_struktur(s)
        tims = load_tims(s, tim_ids)
        if tim_ids is not None and len(tims) != len(set(tim_ids)):
            raise NotFoundError("Tim tidak ditemukan", code="tim_tidak_ditemukan")
        docs = dokumen_rows(s, tims, struktur)
    if not tims:
        raise ValidationError("Belum ada tim untuk diekspor", code="tidak_ada_tim")
    profile = get_profile(struktur.pd.profil)
    from sistemkerja_desktop.exporters.xlsx.roster import write_roster_xlsx
    from sistemkerja_desktop.services.roster_builder import roster_tims

    write_roster_xlsx(roster_tims(tims, struktur, profile, docs), Path(path),
                      judul=f"Daftar Tim Kerja {struktur.pd.nama} {struktur.pd.pemda}")
    return len(tims)


def siapkan_email(dokumen: DocumentService, ctx: ServiceContext,
                  tim_ids: Sequence[int] | None, folder: Path, *, sertakan_pdf: bool = False,
                  kepada: str = "") -> DraftEmail:
    with ctx.reading() as s:
        struktur = load_struktur(s)
        tims = load_tims(s, tim_ids)
    if not tims:
        raise ValidationError("Belum ada tim untuk dikirim", code="tidak_ada_tim")
    stem = slug(tims[0].nama) if len(tims) == 1 else "daftar-tim-kerja"
    files = [folder / f"{stem}.xlsx"]
    ekspor_roster(ctx, [t.id for t in tims], files[0])
    if sertakan_pdf:  # final reprint when issued and current, else a DRAF; never a new number
        for t in tims:
            issued = {d.jenis for d in dokumen.dokumen(t.id) if not d.kedaluwarsa}
            sk = dokumen.jenis_sk(t.id)
            files.append(folder / f"{slug(t.nama)}-sk.pdf")
            dokumen.cetak_sk_tim(t.id, files[-1], draf=sk not in issued, jenis=sk)
            files.append(folder / f"{slug(t.nama)}-surat-tugas.pdf")
            dokumen.cetak_surat_tugas(t.id, files[-1],
                                      draf=JenisNaskah.SURAT_TUGAS not in issued)
    pd = struktur.pd
    names = "; ".join(t.nama for t in tims)
    subjek = (f"Susunan {tims[0].nama} — {pd.nama} {pd.pemda}" if len(tims) == 1
              else f"Susunan {len(tims)} Tim Kerja — {pd.nama} {pd.pemda}")
    isi = (f"Yth. Bapak/Ibu,\n\nBersama ini kami sampaikan susunan keanggotaan {names} "
           f"di lingkungan {pd.nama} {pd.pemda} sebagaimana terlampir "
           f"({len(files)} berkas).\n\nMohon dapat diteruskan kepada anggota tim yang "
           "bersangkutan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\n"
           f"Hormat kami,\n{pd.nama} {pd.pemda}\n")
    from sistemkerja_desktop.exporters.eml import write_eml_draft

    eml = write_eml_draft(folder / f"{stem}.eml", subjek=subjek, isi=isi, lampiran=files,
                          kepada=kepada, pengirim=pd.email)
    return DraftEmail(eml, tuple(files), subjek)


def slug(text: str) -> str:
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(x for x in out.split("-") if x)[:60] or "tim"
