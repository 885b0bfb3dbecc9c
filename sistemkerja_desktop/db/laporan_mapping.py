"""Rows ↔ domain `Laporan` (issue #11). The review chain is copied onto the report as JSON
(`rute`: `[{"peran": [PeranLaporan values], "keterangan": …, "dasar": "Perbup …, Pasal …",
"seed": …, "pasal": …, "sumber": …}]`), so a later profile switch leaves reports under way on
their chain. `kunci` makes a periodic report unique (`jenis:tim:permohonan:pelapor:urut`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models_laporan import CapaianRow, LaporanRow, RiwayatLaporanRow
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError
from sistemkerja_desktop.domain.laporan import (
    AksiLaporan,
    IsiLaporan,
    JenisLaporan,
    LangkahLaporan,
    Laporan,
    PeranLaporan,
    Periode,
    Riwayat,
    StatusLaporan,
)
from sistemkerja_desktop.domain.profiles.citation import Citation

ADHOC_LABEL = "Permintaan sewaktu-waktu"
CONFLICT = ("Laporan #{id} diubah di tempat lain sejak dibuka — muat ulang, lalu ulangi. "
            "Tidak ada yang disimpan.")


def kunci(jenis: JenisLaporan, tim_id: int | None, permohonan_id: int | None, pelapor_id: int,
          urut: int) -> str:
    return f"{jenis.value}:{tim_id or ''}:{permohonan_id or ''}:{pelapor_id}:{urut}"


def rute_json(rute: Sequence[LangkahLaporan]) -> str:
    return json.dumps([{"peran": sorted(p.value for p in x.peran), "keterangan": x.keterangan,
                        "dasar": str(x.dasar), "seed": x.dasar.seed, "pasal": x.dasar.pasal,
                        "sumber": x.dasar.sumber} for x in rute], ensure_ascii=False)


@lru_cache(maxsize=256)
def rute_of(text: str) -> tuple[LangkahLaporan, ...]:
    """The chain of a report (memoised: most reports share a few chains)."""
    out = []
    for x in json.loads(text or "[]"):
        if "pasal" in x or "seed" in x:
            dasar = Citation(x.get("seed"), x.get("pasal", ""), sumber=x.get("sumber", ""))
        else:  # written elsewhere with the text only
            dasar = Citation(None, "", sumber=x.get("dasar", ""))
        out.append(LangkahLaporan(frozenset(PeranLaporan(p) for p in x["peran"]),
                                  x.get("keterangan", ""), dasar))
    return tuple(out)


def periode_of(row: LaporanRow) -> Periode | None:
    if row.periode_urut is None or row.periode_mulai is None or row.periode_selesai is None:
        return None
    return Periode(row.periode_urut, row.periode_label, row.periode_mulai, row.periode_selesai,
                   row.jatuh_tempo)


def get_row(s: Session, laporan_id: int) -> LaporanRow:
    row = s.get(LaporanRow, laporan_id)
    if row is None:
        raise NotFoundError(f"Laporan #{laporan_id} tidak ditemukan", code="laporan_tidak_ada")
    return row


def laporan_from_row(s: Session, row: LaporanRow) -> Laporan:
    capaian = tuple((c.indikator, c.capaian) for c in s.scalars(
        select(CapaianRow).where(CapaianRow.laporan_id == row.id).order_by(CapaianRow.urut)))
    riwayat = []
    for r in s.scalars(select(RiwayatLaporanRow).where(RiwayatLaporanRow.laporan_id == row.id)
                       .order_by(RiwayatLaporanRow.urut)):
        if r.aksi in AksiLaporan._value2member_map_:
            riwayat.append(Riwayat(AksiLaporan(r.aksi), PeranLaporan(r.peran), r.tanggal,
                                   r.catatan))
    return Laporan(
        jenis=JenisLaporan(row.jenis), pelapor_id=row.pelapor_id, rute=rute_of(row.rute),
        periode=periode_of(row),
        isi=IsiLaporan(row.progres, row.narasi, row.permasalahan, row.rekomendasi, capaian),
        tim_id=row.tim_id, status=StatusLaporan(row.status), tahap=row.tahap,
        dikirim=row.dikirim, diterima=row.diterima,
        batas=row.jatuh_tempo if row.periode_urut is None else None,
        diminta_oleh=PeranLaporan(row.diminta_oleh) if row.diminta_oleh else None,
        riwayat=tuple(riwayat), id=row.id, versi=row.versi)


def new_row(lap: Laporan, *, permohonan_id: int | None = None,
            diminta_oleh_id: int | None = None) -> LaporanRow:
    """An unsaved row for a new report (the caller adds it)."""
    p = lap.periode
    row = LaporanRow(
        jenis=lap.jenis.value, tim_id=lap.tim_id, permohonan_id=permohonan_id,
        pelapor_id=lap.pelapor_id,
        kunci=kunci(lap.jenis, lap.tim_id, permohonan_id, lap.pelapor_id, p.urut) if p else None,
        periode_urut=p.urut if p else None, periode_label=p.label if p else ADHOC_LABEL,
        periode_mulai=p.mulai if p else None, periode_selesai=p.selesai if p else None,
        jatuh_tempo=lap.jatuh_tempo, rute=rute_json(lap.rute),
        diminta_oleh=lap.diminta_oleh.value if lap.diminta_oleh else "",
        diminta_oleh_id=diminta_oleh_id)
    write_state(row, lap)
    return row


def write_state(row: LaporanRow, lap: Laporan) -> None:
    """What changes after creation: status, step, dates, content."""
    row.status = lap.status.value
    row.tahap = lap.tahap
    row.dikirim = lap.dikirim
    row.diterima = lap.diterima
    row.progres = lap.isi.progres
    row.narasi = lap.isi.narasi.strip()
    row.permasalahan = lap.isi.permasalahan.strip()
    row.rekomendasi = lap.isi.rekomendasi.strip()


def check_versi(row: LaporanRow, versi: int | None) -> None:
    if versi and row.versi != versi:
        raise ConflictError(CONFLICT.format(id=row.id))


def replace_capaian(s: Session, laporan_id: int,
                    capaian: Sequence[tuple[int | None, str, str]]) -> None:
    s.execute(delete(CapaianRow).where(CapaianRow.laporan_id == laporan_id))
    s.add_all(CapaianRow(laporan_id=laporan_id, urut=i, indikator_id=ind_id,
                         indikator=teks.strip(), capaian=nilai.strip()[:300])
              for i, (ind_id, teks, nilai) in enumerate(capaian, start=1))


def add_riwayat(s: Session, laporan_id: int, aksi: str, peran: str, pegawai_id: int | None,
                nama: str, tanggal, catatan: str = "") -> None:
    urut = int(s.scalar(select(func.coalesce(func.max(RiwayatLaporanRow.urut), 0)).where(
        RiwayatLaporanRow.laporan_id == laporan_id)) or 0) + 1
    s.add(RiwayatLaporanRow(laporan_id=laporan_id, urut=urut, aksi=aksi, peran=peran[:100],
                            pegawai_id=pegawai_id, nama=nama[:300], tanggal=tanggal,
                            catatan=catatan.strip()))
