"""Issuing a numbered SK/Surat Tugas in steps that survive a crash (issue #8 item 3).

1. `pesan_nomor` (transaction 1, committed): the number enters the register as
   `belum_selesai`, with the team document rows that remember what is being issued (teams,
   signer snapshot, roster fingerprint, file);
2. the PDF is written through a temporary file beside the target (outside any transaction);
3. `tandai_terbit` (transaction 2): the number becomes `terbit`, and a team still in *draf*
   becomes *aktif* in the same transaction (issue #9: the instrument fixes the team; audited).

A kill between the steps leaves a `belum_selesai` row: listed in the register, it is resumed
(`DocumentService.lanjutkan`, same number and date) or voided (`batalkan_nomor`, with a reason);
its number is never given to another letter. Rows of an unfinished reservation are not issued
documents: `team_service.dokumen_rows` lists only `terbit` ones.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models_tim import DokumenTimRow, NomorRegisterRow, TimRow
from sistemkerja_desktop.domain.errors import ConflictError, SistemKerjaError, StorageError
from sistemkerja_desktop.domain.naskah import BentukTtd, Penandatangan
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.tim import StatusTim, Tim, sidik_roster, transition
from sistemkerja_desktop.services.naskah_settings import StatusNomor, register_nomor

log = logging.getLogger(__name__)


class PenerbitanTertunda(StorageError):
    """The number was reserved but its PDF or the final record failed: the register keeps it
    as *belum selesai*; the message says how to resume or void it."""

    def __init__(self, nomor: str, sebab: str) -> None:
        super().__init__(f"{sebab.rstrip('.')}.\n{saran(nomor)}", code="penerbitan_tertunda")
        self.nomor = nomor


def saran(nomor: str) -> str:
    return (f"Nomor {nomor} sudah dipesan di register nomor dengan status *belum selesai* dan "
            "tidak akan diberikan kepada naskah lain. Lanjutkan penerbitannya (nomor dan tanggal "
            "yang sama), atau batalkan nomor itu dengan alasan — di Pengaturan naskah dinas → "
            "Penomoran, atau `sistemkerja dokumen lanjutkan` / `sistemkerja dokumen batalkan`.")


def sebab(exc: Exception, what: str) -> str:
    """The cause of a failed PDF, in Indonesian (a bug is logged with its traceback)."""
    if isinstance(exc, SistemKerjaError):
        return exc.message
    if isinstance(exc, OSError):
        return f"{what}: {exc.strerror or exc}"
    log.error("PDF writer failed", exc_info=exc)
    return f"{what} ({type(exc).__name__}: {exc})"


def _kelompok(jenis: JenisNaskah) -> str:
    if jenis is JenisNaskah.SK_KEPALA_UNIT:  # appoints the ketua; the team has its own SK
        return "ketua"
    return "sk" if jenis.sk else "st"


def _sama_jenis(jenis: JenisNaskah) -> list[str]:
    """The SK fixing a team count together (one team has one SK at a time); the Surat Tugas
    alone; the Keputusan appointing a squad ketua (Pekalongan Pasal 13(2)) alone."""
    return [j.value for j in JenisNaskah if _kelompok(j) == _kelompok(jenis)]


def tertunda(s: Session, tim_ids: Sequence[int], jenis: JenisNaskah) -> list[str]:
    """Numbers of unfinished issuances of this kind for any of these teams."""
    q = (select(NomorRegisterRow.nomor).join(DokumenTimRow,
                                             DokumenTimRow.register_id == NomorRegisterRow.id)
         .where(NomorRegisterRow.status == StatusNomor.BELUM_SELESAI.value,
                DokumenTimRow.tim_id.in_(list(tim_ids)),
                DokumenTimRow.jenis.in_(_sama_jenis(jenis)))
         .order_by(NomorRegisterRow.id))
    return list(dict.fromkeys(s.scalars(q)))


def tertunda_tim(s: Session, tim_id: int) -> list[int]:
    """Register ids of every unfinished issuance naming this team."""
    q = (select(NomorRegisterRow.id).join(DokumenTimRow,
                                          DokumenTimRow.register_id == NomorRegisterRow.id)
         .where(NomorRegisterRow.status == StatusNomor.BELUM_SELESAI.value,
                DokumenTimRow.tim_id == tim_id).order_by(NomorRegisterRow.id))
    return list(dict.fromkeys(s.scalars(q)))


def snapshot(signer: Penandatangan | None) -> dict[str, str]:
    if signer is None:
        return {}
    return {"jabatan": signer.jabatan, "nama": signer.nama, "nip": signer.nip,
            "pangkat": signer.pangkat, "nama_tanpa_gelar": signer.nama_tanpa_gelar,
            "bentuk": signer.bentuk.value, "jabatan_atas_nama": signer.jabatan_atas_nama}


def from_snapshot(text: str) -> Penandatangan | None:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return None
    if not data.get("nama"):
        return None
    return Penandatangan(jabatan=data.get("jabatan", ""), nama=data["nama"],
                         nip=data.get("nip", ""), pangkat=data.get("pangkat", ""),
                         nama_tanpa_gelar=data.get("nama_tanpa_gelar", ""),
                         bentuk=BentukTtd(data.get("bentuk", BentukTtd.DEFINITIF.value)),
                         jabatan_atas_nama=data.get("jabatan_atas_nama", ""))


def pesan_nomor(s: Session, jenis: JenisNaskah, nomor: str | None, tanggal: dt.date,
                tims: Sequence[Tim], nip: dict[int, str], signer: Penandatangan | None,
                path: Path) -> NomorRegisterRow:
    """Transaction 1: the number (given, or the next one) enters the register as
    `belum_selesai` with one document row per team."""
    perihal = "; ".join(t.nama for t in tims)
    reg = register_nomor(s, jenis, nomor, tanggal, f"{jenis.label}: {perihal}", tims[0].id,
                         status=StatusNomor.BELUM_SELESAI)
    snap = json.dumps(snapshot(signer), ensure_ascii=False)
    for t in tims:
        s.add(DokumenTimRow(tim_id=t.id, jenis=jenis.value, register_id=reg.id, nomor=reg.nomor,
                            tanggal=tanggal, penandatangan=snap, sidik_roster=sidik_roster(t, nip),
                            berkas=str(path)))
    s.flush()
    return reg


def tandai_terbit(s: Session, register_id: int, path: Path) -> NomorRegisterRow:
    """Transaction 2: the PDF is in place; the number becomes `terbit`. Refused (ConflictError)
    when the reservation was voided or finished elsewhere meanwhile."""
    row = s.get(NomorRegisterRow, register_id)
    if row is None or row.status != StatusNomor.BELUM_SELESAI.value:
        keadaan = "dihapus" if row is None else StatusNomor(row.status).label
        nomor = row.nomor if row is not None else f"#{register_id}"
        raise ConflictError(f"Nomor {nomor} sudah {keadaan} di tempat lain selagi naskahnya "
                            "ditulis; penerbitan ini tidak dicatat.", code="nomor_berubah")
    row.status = StatusNomor.TERBIT.value
    for d in s.scalars(select(DokumenTimRow).where(DokumenTimRow.register_id == register_id)):
        if d.berkas != str(path):
            d.berkas = str(path)
        if JenisNaskah(d.jenis) is not JenisNaskah.SK_KEPALA_UNIT:
            aktifkan(s, d.tim_id)
    s.flush()
    return row


def aktifkan(s: Session, tim_id: int) -> None:
    """A team in *draf* becomes *aktif* once its final SK/Surat Tugas is issued."""
    tim = s.get(TimRow, tim_id)
    if tim is not None and tim.status == StatusTim.DRAF.value:
        tim.status = transition(StatusTim.DRAF, StatusTim.AKTIF).value
