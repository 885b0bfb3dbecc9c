"""Read models of the team builder built from domain objects: summaries, detail, candidates,
issued documents and active memberships (used by `TeamService` and the document service)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models_tim import DokumenTimRow
from sistemkerja_desktop.domain.beban_kerja import Keanggotaan
from sistemkerja_desktop.domain.findings import Finding
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.tim import (
    StatusTim,
    Tim,
    anggota_naskah,
    lingkup_tim,
    sidik_roster,
)
from sistemkerja_desktop.domain.tim_rules import instrumen_tim, jenis_tim
from sistemkerja_desktop.services.team_dto import (
    AnggotaRow,
    DokumenRow,
    Kandidat,
    TimDetail,
    TimRingkas,
)


def active_memberships(tims: Sequence[Tim], tanggal: dt.date | None = None) -> list[Keanggotaan]:
    """Memberships of active teams (ended ones are filtered later by `hitung_beban`). A refused
    member is no member."""
    out = []
    for t in tims:
        if t.status is StatusTim.AKTIF and t.mulai and t.selesai:
            for a in anggota_naskah(t):
                out.append(Keanggotaan(a.pegawai_id, t.id, t.nama, t.mulai, t.selesai,
                                       a.label_peran))
    return out


def dokumen_rows(s: Session, tims: Sequence[Tim], struktur: Struktur) -> dict[int, list[DokumenRow]]:
    """Issued documents only: an unfinished issuance (register status *belum selesai*, see
    services.penerbitan) is not an issued document."""
    from sistemkerja_desktop.db.models_tim import NomorRegisterRow

    nip = {p.id: p.nip for p in struktur.pegawai}
    current = {t.id: sidik_roster(t, nip) for t in tims}
    out: dict[int, list[DokumenRow]] = {}
    q = (select(DokumenTimRow)
         .join(NomorRegisterRow, NomorRegisterRow.id == DokumenTimRow.register_id)
         .where(NomorRegisterRow.status == "terbit")
         .order_by(DokumenTimRow.tanggal, DokumenTimRow.id))
    if len(tims) < 50:
        q = q.where(DokumenTimRow.tim_id.in_(list(current)))
    for r in s.scalars(q):
        if r.tim_id in current:
            jenis = JenisNaskah(r.jenis)
            out.setdefault(r.tim_id, []).append(DokumenRow(
                r.id, r.tim_id, jenis, jenis.label, r.nomor, r.tanggal,
                r.sidik_roster != current[r.tim_id], r.berkas))
    return out


def unit_label(p: Pegawai, struktur: Struktur) -> str:
    if p.eksternal:
        return p.instansi_asal or "Instansi lain"
    return struktur.unit_path(p.unit_id)


def kandidat(p: Pegawai, struktur: Struktur, n: int, over: bool) -> Kandidat:
    return Kandidat(
        p.id, p.nip, p.nip_tampil, p.nama_lengkap, p.jabatan.nama if p.jabatan else "",
        p.jabatan.kategori.value if p.jabatan else "",
        p.jabatan.jenjang.value if p.jabatan and p.jabatan.jenjang else "", p.unit_id,
        unit_label(p, struktur), p.kompetensi, p.eksternal, n, over)


def ringkas(t: Tim, struktur: Struktur, profile: RegulationProfile,
            docs: list[DokumenRow]) -> TimRingkas:
    """A list row: the ketua, then every other listed member (a refused one is counted apart)."""
    jenis = jenis_tim(profile, t.jenis)
    listed = anggota_naskah(t)
    nip = {a.pegawai_id: struktur.pegawai_by_id[a.pegawai_id].nip for a in listed
           if a.pegawai_id in struktur.pegawai_by_id}
    ketua = next(iter(t.ketua), None)
    ketua = ketua if ketua in listed else None
    kp = struktur.pegawai_by_id.get(ketua.pegawai_id) if ketua else None
    latest = docs[-1] if docs else None
    assert t.mulai is not None and t.selesai is not None and t.unit_pemilik_id is not None
    return TimRingkas(
        t.id, t.uuid, t.nama, t.jenis, jenis.nama if jenis else t.jenis, t.unit_pemilik_id,
        struktur.unit_path(t.unit_pemilik_id), t.mulai, t.selesai, t.status,
        kp.nip if kp else None, kp.nama_lengkap if kp else "",
        tuple(nip[a.pegawai_id] for a in listed if a is not ketua and a.pegawai_id in nip),
        len(listed), sum(a.menunggu for a in listed),
        latest.nomor if latest else "", any(d.kedaluwarsa for d in docs),
        ditolak=sum(a.ditolak for a in t.anggota))


def detail(s: Session, tim: Tim, struktur: Struktur, profile: RegulationProfile,
           findings: Sequence[Finding], counts: dict[int, int], versi: int) -> TimDetail:
    """The builder's view of a saved team: members (refused ones included, with the reason),
    findings, the prescribed instrument and the issued documents."""
    jenis = jenis_tim(profile, tim.jenis)
    rows = []
    for a in tim.anggota:
        p = struktur.pegawai_by_id[a.pegawai_id]
        assert a.asal is not None and a.persetujuan is not None
        rows.append(AnggotaRow(
            p.id, p.nip, p.nip_tampil, p.nama_lengkap,
            p.golongan.tampil if p.golongan else "", p.jabatan.nama if p.jabatan else "",
            unit_label(p, struktur), a.peran, a.jabatan_dalam_tim,
            a.label_peran_untuk(jenis.nama if jenis else ""), a.asal,
            a.persetujuan, a.alasan_persetujuan, a.pengganti, a.alasan_pengganti,
            counts.get(p.id, 0), a.id, sementara=a.sementara,
            dasar_sementara=a.dasar_sementara, dicantumkan=not a.ditolak))
    lingkup = lingkup_tim(tim)
    instrumen = instrumen_tim(profile, jenis, lingkup)
    pos = struktur.position_by_id.get(tim.pemilik_kinerja_position_id or -1)
    holder = struktur.holder(pos.id) if pos else None
    pj = struktur.pegawai_by_id.get(tim.penanggung_jawab_id or -1)
    return TimDetail(
        tim=tim, jenis_nama=jenis.nama if jenis else tim.jenis,
        unit_pemilik=struktur.unit_path(tim.unit_pemilik_id),
        pemilik_kinerja=f"{pos.nama} ({holder.nama_lengkap if holder else 'kosong'})"
        if pos else "", penanggung_jawab=pj.nama_lengkap if pj else "",
        anggota=tuple(rows), findings=tuple(findings),
        lingkup=lingkup, dokumen_disarankan=instrumen.naskah,
        dokumen_disarankan_dasar=instrumen.dasar,
        dokumen=tuple(dokumen_rows(s, [tim], struktur).get(tim.id, [])),
        versi=versi, dokumen_disarankan_judul=instrumen.judul,
        dokumen_disarankan_penandatangan=tuple(r.value for r in instrumen.penandatangan))
