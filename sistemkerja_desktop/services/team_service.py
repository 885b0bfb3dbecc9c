"""Team builder use cases: compose, check live against the profile, save, members, approval,
status, candidates and workload. One session per method; results are frozen DTOs.

`periksa(tim_id)` judges the saved team as for its final SK/Surat Tugas (`cek_tim(final=True)`).
`set_persetujuan` records the decision on an outside member: approval (the letter optional),
refusal (its reason required); a member from within the unit pemilik kinerja needs neither.
A Pasuruan Tim Kerja Substansi without ketua gets its Level-III Pengawas on save."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import get_pd_row, load_struktur
from sistemkerja_desktop.db.models_tim import AnggotaTimRow, DokumenTimRow, TimRow
from sistemkerja_desktop.db.tim_mapping import load_tim, load_tims, save_tim
from sistemkerja_desktop.domain.beban_kerja import hitung_beban, tanpa_penugasan
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from sistemkerja_desktop.domain.findings import Finding
from sistemkerja_desktop.domain.nip import normalize_nip
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur, Unit
from sistemkerja_desktop.domain.profiles import RegulationProfile, get_profile
from sistemkerja_desktop.domain.tim import (
    Anggota,
    PeranTim,
    Persetujuan,
    StatusTim,
    Tim,
    asal_anggota,
    dalam_subtree,
    lengkapi_anggota,
    persetujuan_awal,
    transition,
)
from sistemkerja_desktop.domain.tim_rules import (
    TimMelanggarAturan,
    cek_tim,
    galat,
    jenis_tim,
    urut_galat,
)
from sistemkerja_desktop.domain.tim_rules_pengawas import isi_ketua_otomatis
from sistemkerja_desktop.services.base import CONFLICT_MESSAGE, ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.demo_teams import KADIS, SEKRETARIS, demo_teams
from sistemkerja_desktop.services.naskah_settings import (
    NaskahSettingsService,
    demo_settings,
    read_pengaturan,
)
from sistemkerja_desktop.services.team_dto import (
    BebanKerja,
    BebanRow,
    FilterKandidat,
    JenisTimInfo,
    Kandidat,
    TimDetail,
    TimPegawai,
    TimRingkas,
)
from sistemkerja_desktop.services.team_rows import (
    active_memberships,
    detail,
    dokumen_rows,
    kandidat,
    ringkas,
    unit_label,
)

_CHANGED = Changes(teams=True)


class TeamService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- reading -------------------------------------------------------------------------
    def profile(self) -> RegulationProfile:
        with self._ctx.reading() as s:
            return _profile(s)

    def jenis_tim(self) -> list[JenisTimInfo]:
        return [JenisTimInfo(j.kode, j.nama, str(j.dasar), j.min_bulan, j.maks_bulan, j.alias)
                for j in self.profile().jenis_tim]

    def teams(self) -> list[TimRingkas]:
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            profile = get_profile(struktur.pd.profil)
            tims = load_tims(s)
            docs = dokumen_rows(s, tims, struktur)
        return [ringkas(t, struktur, profile, docs.get(t.id, [])) for t in tims]

    def team(self, tim_id: int) -> TimDetail:
        with self._ctx.reading() as s:
            return self._detail(s, load_tim(s, tim_id))

    def check(self, tim: Tim) -> list[Finding]:
        """Live check of an unsaved draft (members' origin is derived when missing)."""
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            return self._findings(s, lengkapi_anggota(tim, struktur), struktur)

    def periksa(self, tim_id: int) -> list[Finding]:
        """The saved team judged as for its final SK/Surat Tugas (`cek_tim(final=True)`): a
        member still waiting for approval, or without kedudukan, is a galat. Galat first."""
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            tim = lengkapi_anggota(load_tim(s, tim_id), struktur)
            return urut_galat(self._findings(s, tim, struktur, final=True))

    # ---- writing -------------------------------------------------------------------------
    def save(self, tim: Tim, *, versi: int | None = None) -> tuple[TimDetail, Changes]:
        """Create (id 0) or update a team with its tugas and members. Hard rules of the
        profile raise `TimMelanggarAturan` (nothing is written); soft ones are in `findings`.
        `versi`: the version the builder showed (`TimDetail.versi`); if the team was saved
        elsewhere since, ConflictError and nothing is written."""
        with self._ctx.session("menyimpan tim" if tim.id else "membuat tim") as s:
            return self._simpan(s, tim, versi)

    def _simpan(self, s: Session, tim: Tim, versi: int | None = None
                ) -> tuple[TimDetail, Changes]:
        struktur = load_struktur(s)
        if tim.id:
            now = s.scalar(select(TimRow.versi).where(TimRow.id == tim.id))
            if versi and now is not None and now != versi:
                raise ConflictError(f"Tim {tim.nama}: {CONFLICT_MESSAGE} Tidak ada yang "
                                    "disimpan.")
            old = load_tim(s, tim.id)
            tim = dataclasses.replace(tim, status=transition(old.status, tim.status))
        tim = lengkapi_anggota(tim, struktur)
        profile = get_profile(struktur.pd.profil)
        tim = isi_ketua_otomatis(tim, struktur, profile, jenis_tim(profile, tim.jenis))
        errors = galat(self._findings(s, tim, struktur))
        if errors:
            raise TimMelanggarAturan(errors)
        row = save_tim(s, tim)
        return self._detail(s, load_tim(s, row.id), struktur), _CHANGED

    def _ubah(self, tim_id: int, change: Callable[[Tim], Tim]) -> tuple[TimDetail, Changes]:
        """Read, change and save one team in one write transaction: two processes adding
        members at once both keep their member (read-check-write never spans transactions)."""
        with self._ctx.session("menyimpan tim") as s:
            return self._simpan(s, change(load_tim(s, tim_id)))

    def add_member(self, tim_id: int, pegawai_id: int, peran: PeranTim = PeranTim.ANGGOTA,
                   jabatan_dalam_tim: str = "", *, pengganti: bool = False,
                   alasan_pengganti: str = "") -> tuple[TimDetail, Changes]:
        def change(tim: Tim) -> Tim:
            if any(a.pegawai_id == pegawai_id for a in tim.anggota):
                raise ValidationError("Pegawai tersebut sudah menjadi anggota tim ini",
                                      field="anggota", code="anggota_ganda")
            member = Anggota(pegawai_id, peran, jabatan_dalam_tim, pengganti=pengganti,
                             alasan_pengganti=alasan_pengganti)
            anggota = ((member, *tim.anggota) if peran is PeranTim.KETUA
                       else (*tim.anggota, member))
            return dataclasses.replace(tim, anggota=anggota)
        return self._ubah(tim_id, change)

    def update_member(self, tim_id: int, anggota: Anggota) -> tuple[TimDetail, Changes]:
        return self._ubah(tim_id, lambda tim: _ganti_anggota(tim, anggota))

    def remove_member(self, tim_id: int, pegawai_id: int) -> tuple[TimDetail, Changes]:
        def change(tim: Tim) -> Tim:
            rest = tuple(a for a in tim.anggota if a.pegawai_id != pegawai_id)
            if len(rest) == len(tim.anggota):
                raise NotFoundError("Pegawai tersebut bukan anggota tim ini")
            return dataclasses.replace(tim, anggota=rest)
        return self._ubah(tim_id, change)

    def move_member(self, tim_id: int, pegawai_id: int, index: int) -> tuple[TimDetail, Changes]:
        def change(tim: Tim) -> Tim:
            items = list(tim.anggota)
            pos = next((i for i, a in enumerate(items) if a.pegawai_id == pegawai_id), None)
            if pos is None:
                raise NotFoundError("Pegawai tersebut bukan anggota tim ini")
            items.insert(max(0, min(index, len(items) - 1)), items.pop(pos))
            return dataclasses.replace(tim, anggota=tuple(items))
        return self._ubah(tim_id, change)

    def set_persetujuan(self, tim_id: int, pegawai_id: int, persetujuan: Persetujuan,
                        alasan: str) -> tuple[TimDetail, Changes]:
        """Record the decision on an outside member (lintas unit / Perangkat Daerah /
        instansi): DISETUJUI with its letter (`alasan` may be empty), DITOLAK with its reason
        (required: a refusal states why), MENUNGGU to reopen. A member from within the unit
        pemilik kinerja needs no approval: refused (ValidationError)."""
        alasan = " ".join(alasan.split())
        if persetujuan is Persetujuan.DITOLAK and not alasan:
            raise ValidationError("Alasan penolakan wajib disebutkan: penolakan pelibatan "
                                  "anggota dari luar unit disertai alasannya",
                                  field="alasan_persetujuan", code="alasan_kosong")
        with self._ctx.session("menyimpan persetujuan anggota") as s:
            return self.persetujuan_dalam_sesi(s, tim_id, pegawai_id, persetujuan, alasan)

    def persetujuan_dalam_sesi(self, s: Session, tim_id: int, pegawai_id: int,
                               persetujuan: Persetujuan, alasan: str
                               ) -> tuple[TimDetail, Changes]:
        """`set_persetujuan` inside the caller's write transaction (a permohonan penugasan
        records its decision on the team in the same transaction; `alasan` already checked)."""
        struktur = load_struktur(s)
        tim = load_tim(s, tim_id)
        member = next((a for a in tim.anggota if a.pegawai_id == pegawai_id), None)
        if member is None:
            raise NotFoundError("Pegawai tersebut bukan anggota tim ini")
        p = struktur.pegawai_by_id.get(pegawai_id)
        nama = p.nama_lengkap if p else f"Pegawai #{pegawai_id}"
        asal = member.asal or (asal_anggota(p, tim.unit_pemilik_id, struktur) if p else None)
        if asal is None or not asal.luar:
            raise ValidationError(
                f"{nama} berasal dari dalam unit pemilik kinerja: anggota dalam unit tidak "
                "memerlukan persetujuan", field="persetujuan", code="tidak_perlu_persetujuan")
        if persetujuan is Persetujuan.TIDAK_PERLU:
            raise ValidationError(
                f"{nama} berasal dari luar unit pemilik kinerja ({asal.value}): "
                "pelibatannya memerlukan persetujuan", field="persetujuan",
                code="perlu_persetujuan")
        if persetujuan is Persetujuan.MENUNGGU and not alasan:
            alasan = persetujuan_awal(asal)[1]
        changed = _ganti_anggota(tim, dataclasses.replace(
            member, asal=asal, persetujuan=persetujuan, alasan_persetujuan=alasan))
        return self._simpan(s, changed)

    def ubah_dalam_sesi(self, s: Session, tim_id: int, change: Callable[[Tim], Tim]
                        ) -> tuple[TimDetail, Changes]:
        """Read, change and save one team inside the caller's write transaction (as `_ubah`;
        the team rules apply, a galat raises TimMelanggarAturan)."""
        return self._simpan(s, change(load_tim(s, tim_id)))

    def set_status(self, tim_id: int, status: StatusTim) -> tuple[TimDetail, Changes]:
        return self._ubah(tim_id, lambda tim: dataclasses.replace(tim, status=status))

    def delete(self, tim_id: int) -> Changes:
        with self._ctx.session("menghapus tim") as s:
            row = s.get(TimRow, tim_id)
            if row is None:
                raise NotFoundError(f"Tim #{tim_id} tidak ditemukan")
            if s.scalars(select(DokumenTimRow.id).where(DokumenTimRow.tim_id == tim_id)).first():
                raise ValidationError("Tim yang sudah memiliki SK/Surat Tugas tidak dapat "
                                      "dihapus; ubah statusnya menjadi dibatalkan",
                                      code="tim_berdokumen")
            s.delete(row)
        return _CHANGED

    # ---- lookups -------------------------------------------------------------------------
    def pegawai_by_nip(self, nip: str) -> Pegawai:
        digits = normalize_nip(nip)
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
        for p in struktur.pegawai:
            if p.nip == digits:
                return p
        raise NotFoundError(f"Pegawai dengan NIP {nip} tidak ditemukan", code="nip_tidak_ada")

    def unit_by_name(self, nama: str) -> Unit:
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
        key = " ".join(nama.lower().split())
        by_path = [u for u in struktur.units if struktur.unit_path(u.id).lower() == key
                   or (u.kode and u.kode.lower() == key)]
        found = by_path or [u for u in struktur.units if u.nama.lower() == key]
        if len(found) > 1:  # e.g. "Subbagian Tata Usaha" in two UPTD: ask for the path
            paths = "; ".join(struktur.unit_path(u.id) for u in found)
            raise ValidationError(f"Nama unit '{nama}' ada di beberapa tempat ({paths}); "
                                  "tulis jalurnya, mis. 'UPTD X / Subbagian Tata Usaha'",
                                  field="unit_pemilik", code="unit_ambigu")
        if found:
            return found[0]
        raise NotFoundError(f"Unit '{nama}' tidak ditemukan", code="unit_tidak_ada")

    def candidates(self, f: FilterKandidat | None = None) -> list[Kandidat]:
        f = f or FilterKandidat()
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            ambang = read_pengaturan(s).ambang_beban
            beban = hitung_beban(active_memberships(load_tims(s)), self._ctx.today(), ambang)
        teks, komp = f.teks.lower().strip(), f.kompetensi.lower().strip()
        out = []
        for p in struktur.pegawai:
            if not p.aktif:
                continue
            b = beban.get(p.id)
            n = b.jumlah if b else 0
            kat = p.jabatan.kategori.value if p.jabatan else ""
            jen = p.jabatan.jenjang.value if p.jabatan and p.jabatan.jenjang else ""
            if (teks and teks not in p.nama_lengkap.lower() and teks not in p.nip) \
                    or (f.unit_id is not None and not dalam_subtree(struktur, p.unit_id, f.unit_id)) \
                    or (f.kategori and kat != f.kategori) or (f.jenjang and jen != f.jenjang) \
                    or (komp and not any(komp in k.lower() for k in p.kompetensi)) \
                    or (f.maks_tim is not None and n > f.maks_tim) \
                    or (f.hanya_jf_pelaksana and not (p.jabatan and p.jabatan.is_jf_or_pelaksana)):
                continue
            out.append(kandidat(p, struktur, n, bool(b and b.melebihi_ambang)))
        return out

    def workload(self, tanggal: dt.date | None = None) -> BebanKerja:
        tanggal = tanggal or self._ctx.today()
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            ambang = read_pengaturan(s).ambang_beban
            tims = load_tims(s)
        beban = hitung_beban(active_memberships(tims), tanggal, ambang)
        names = {t.id: t.nama for t in tims}
        rows = []
        for pid, b in beban.items():
            p = struktur.pegawai_by_id.get(pid)
            if p is None:
                continue
            rows.append(BebanRow(
                pid, p.nip, p.nama_lengkap, p.jabatan.nama if p.jabatan else "",
                unit_label(p, struktur),
                tuple(TimPegawai(k.tim_id, k.tim_nama, k.mulai, k.selesai, k.peran)
                      for k in b.tim),
                tuple((names[x], names[y]) for x, y in b.tumpang_tindih), b.maks_serentak,
                b.melebihi_ambang))
        rows.sort(key=lambda r: (-r.maks_serentak, -len(r.tim), r.nama))
        idle = tuple(kandidat(p, struktur, 0, False) for p in tanpa_penugasan(struktur.pegawai,
                                                                               beban))
        return BebanKerja(tanggal, ambang, tuple(rows), idle)

    def create_demo_teams(self) -> Changes:
        """The four demo teams of the demo agency, with its numbering and signer settings."""
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
        by_nip = {p.nip: p for p in struktur.pegawai}
        if KADIS in by_nip and SEKRETARIS in by_nip:
            demo_settings(NaskahSettingsService(self._ctx), by_nip[KADIS], by_nip[SEKRETARIS],
                          struktur.pd)
        for tim in demo_teams(struktur, self._ctx.today()):
            self.save(tim)
        return Changes(teams=True, dokumen=True)

    # ---- internals -----------------------------------------------------------------------
    def _findings(self, s: Session, tim: Tim, struktur: Struktur, *,
                  final: bool = False) -> list[Finding]:
        profile = get_profile(struktur.pd.profil)
        ambang = read_pengaturan(s).ambang_beban
        others: dict[int, list[tuple[str, dt.date, dt.date]]] = {}
        ids = [a.pegawai_id for a in tim.anggota]
        if ids:
            q = (select(AnggotaTimRow.pegawai_id, TimRow.nama, TimRow.mulai, TimRow.selesai)
                 .join(TimRow, TimRow.id == AnggotaTimRow.tim_id)
                 .where(TimRow.status == StatusTim.AKTIF.value, TimRow.id != tim.id,
                        AnggotaTimRow.persetujuan != Persetujuan.DITOLAK.value,
                        AnggotaTimRow.pegawai_id.in_(ids)))
            for pid, nama, mulai, selesai in s.execute(q):
                others.setdefault(pid, []).append((nama, mulai, selesai))
        return cek_tim(tim, struktur, profile, periode_lain=others, ambang_beban=ambang,
                       final=final)

    def _detail(self, s: Session, tim: Tim, struktur: Struktur | None = None) -> TimDetail:
        struktur = struktur or load_struktur(s)
        counts: dict[int, int] = {}
        for k in hitung_beban(active_memberships(load_tims(s)), self._ctx.today(),
                              10**6).values():
            counts[k.pegawai_id] = k.jumlah
        versi = s.scalar(select(TimRow.versi).where(TimRow.id == tim.id)) or 0
        return detail(s, tim, struktur, get_profile(struktur.pd.profil),
                      self._findings(s, tim, struktur), counts, versi)


def _ganti_anggota(tim: Tim, anggota: Anggota) -> Tim:
    if not any(a.pegawai_id == anggota.pegawai_id for a in tim.anggota):
        raise NotFoundError("Pegawai tersebut bukan anggota tim ini")
    return dataclasses.replace(tim, anggota=tuple(
        anggota if a.pegawai_id == anggota.pegawai_id else a for a in tim.anggota))


def _profile(s: Session) -> RegulationProfile:
    return get_profile(get_pd_row(s).profil)
