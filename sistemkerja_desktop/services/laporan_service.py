"""Report tracker use cases (issue #11).

What teams and individuals owe is computed from the profile and the team / assignment
(`domain.laporan.jadwal`), never typed; a report row exists once someone saves, sends or asks for
it. Every write is one transaction (`ctx.session`, audited): the writes themselves are in
`services.laporan_tulis` and `services.laporan_tutup`, the bulk reading in
`services.laporan_rows`. Attachments are read from disk before the transaction opens (at most
20 MB each, as for permohonan penugasan)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db import laporan_mapping as lm
from sistemkerja_desktop.db.mapping import get_pd_row, load_struktur
from sistemkerja_desktop.db.models_laporan import (
    CapaianRow,
    IndikatorRow,
    LampiranLaporanIsiRow,
    LampiranLaporanRow,
    RiwayatLaporanRow,
)
from sistemkerja_desktop.db.models_penugasan import PermohonanRow
from sistemkerja_desktop.db.models_tim import TimRow
from sistemkerja_desktop.db.raw import tanpa_gc
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.laporan import (
    IsiLaporan,
    JenisLaporan,
    StatusLaporan,
    dasar_jadwal,
    jadwal,
)
from sistemkerja_desktop.domain.laporan_alur import alur_laporan
from sistemkerja_desktop.domain.laporan_peran import eskalasi
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.profiles.base import RegulationProfile
from sistemkerja_desktop.domain.tim import FrekuensiLaporan
from sistemkerja_desktop.services import laporan_rows as rows
from sistemkerja_desktop.services import laporan_tulis as tulis
from sistemkerja_desktop.services import laporan_tutup as tutup
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.laporan_dto import (
    CapaianItem,
    Eskalasi,
    LangkahTinjauan,
    LaporanDetail,
    LaporanRingkas,
    PenungguLaporan,
    PenutupanInfo,
    PeriodeRow,
    RiwayatRow,
    TindakanLaporan,
)
from sistemkerja_desktop.services.penugasan_service import BATAS_LAMPIRAN, baca_lampiran

__all__ = ["BATAS_LAMPIRAN", "LaporanService", "STATUS_FILTER"]

STATUS_FILTER = (*(s.value for s in StatusLaporan), "terlambat")
JATUH_TEMPO_HARI = 7  # "laporan jatuh tempo": due within a week (or late)
_BELUM_KIRIM = (StatusLaporan.BELUM.value, StatusLaporan.DRAF.value)


class LaporanService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- schedule ------------------------------------------------------------------------
    def jadwal(self, tim_id: int) -> list[PeriodeRow]:
        """The team's periods (profile + team mulai/selesai + frekuensi_laporan). A team
        without dates → ValidationError naming the field."""
        with self._ctx.reading() as s:
            row = s.get(TimRow, tim_id)
            if row is None:
                raise NotFoundError(f"Tim #{tim_id} tidak ditemukan", code="tim_tidak_ditemukan")
            for f in ("mulai", "selesai"):
                if getattr(row, f) is None:
                    raise ValidationError(f"{row.nama}: tanggal {f} belum diisi", field=f)
            frek = FrekuensiLaporan(row.frekuensi_laporan) if row.frekuensi_laporan else None
            return _periode_rows(self._profile(s), row.mulai, row.selesai, frek)

    def jadwal_penugasan(self, permohonan_id: int) -> list[PeriodeRow]:
        """The periods of an individual assignment (an approved permohonan without a team)."""
        with self._ctx.reading() as s:
            row = s.get(PermohonanRow, permohonan_id)
            if row is None:
                raise NotFoundError(f"Permohonan penugasan #{permohonan_id} tidak ditemukan",
                                    code="permohonan_tidak_ada")
            if row.tim_id is not None:
                raise ValidationError(f"Permohonan penugasan #{permohonan_id} menempatkan "
                                      f"pegawai pada tim #{row.tim_id}; laporannya mengikuti "
                                      "jadwal tim", field="permohonan_id")
            if row.status != "disetujui":
                raise ValidationError(f"Permohonan penugasan #{permohonan_id} berstatus "
                                      f"{row.status}; laporan dijadwalkan setelah disetujui",
                                      field="permohonan_id")
            return _periode_rows(self._profile(s), row.mulai, row.selesai, None)

    # ---- reading -------------------------------------------------------------------------
    def daftar(self, *, tanggal: dt.date | None = None, tim_id: int | None = None,
               status: str | None = None, pelapor_nip: str | None = None,
               jenis: str | None = None, anggota: bool = False) -> list[LaporanRingkas]:
        """Reports owed or submitted, evaluated at `tanggal` (default today): per active team
        (aktif or selesai) each period begun by `tanggal` of the ketua's report, per approved
        individual assignment (permohonan disetujui without a team) each period of each of its
        pegawai, plus every stored report (ad-hoc ones included). Member reports (jenis anggota)
        only with `anggota=True` or `tim_id` given. `status`: a StatusLaporan value or
        "terlambat". Sorted by jatuh_tempo, tim, pelapor."""
        if status and status not in STATUS_FILTER:
            raise ValidationError(f"Status '{status}' tidak dikenal; pilih salah satu: "
                                  f"{', '.join(STATUS_FILTER)}", field="status")
        if jenis and jenis not in {j.value for j in JenisLaporan}:
            raise ValidationError(f"Jenis '{jenis}' tidak dikenal; pilih individu, anggota atau "
                                  "ketua", field="jenis")
        tanggal = tanggal or self._ctx.today()
        with self._ctx.reading() as s, tanpa_gc():
            b = rows.muat(s, tim_id=tim_id)
            pid = None
            if pelapor_nip:
                nip = tulis.normalize_nip(pelapor_nip)
                pid = next((i for i, o in b.orang.items() if o[0] == nip), None)
                if pid is None:
                    raise NotFoundError(f"Pegawai dengan NIP {pelapor_nip} tidak ditemukan",
                                        code="nip_tidak_ada")
            return rows.daftar_rows(s, b, tanggal, tim_id=tim_id, status=status,
                                    pelapor_id=pid, jenis=jenis, anggota=anggota)

    def detail(self, laporan_id: int, tanggal: dt.date | None = None) -> LaporanDetail:
        tanggal = tanggal or self._ctx.today()
        with self._ctx.reading() as s:
            b = rows.muat(s, laporan_id=laporan_id, semua_tim=True)
            if not b.laporan:
                raise NotFoundError(f"Laporan #{laporan_id} tidak ditemukan",
                                    code="laporan_tidak_ada")
            r = b.laporan[0]
            m = rows.Menunggu(s, tanggal)
            ringkas = rows.tersimpan(b, r, tanggal, m)
            row = lm.get_row(s, laporan_id)
            lap = lm.laporan_from_row(s, row)
            k = rows.konteks(b, lap.jenis, lap.pelapor_id, row.tim_id, row.permohonan_id)
            langkah = []
            for i, step in enumerate(lap.rute):
                if row.diminta_oleh_id is not None:
                    held = [m.resolver.orang(row.diminta_oleh_id, step.label)]
                else:
                    held = [h for _, h in m.resolver.pemegang_langkah(step, k)]
                keadaan = ("selesai" if lap.status is StatusLaporan.DITERIMA or (
                    lap.status is StatusLaporan.DIKIRIM and i < lap.tahap) else
                    "menunggu" if lap.status is StatusLaporan.DIKIRIM and i == lap.tahap
                    else "akan datang")
                langkah.append(LangkahTinjauan(
                    i + 1, step.label, step.keterangan, str(step.dasar),
                    "; ".join(f"{h.nama} ({h.jabatan})" if h.nama else h.jabatan
                              for h in held), keadaan))
            esk = ()
            if lap.isi.permasalahan.strip():
                esk = tuple(Eskalasi(t.peran, t.pemegang.nama, t.pemegang.jabatan, str(t.dasar))
                            for t in eskalasi(b.profile.kode, m.resolver, k))
            dasar = (alur_laporan(b.profile).permintaan.dasar if lap.periode is None
                     else dasar_jadwal(b.profile))
            return LaporanDetail(
                ringkas=ringkas, narasi=lap.isi.narasi, permasalahan=lap.isi.permasalahan,
                rekomendasi=lap.isi.rekomendasi, capaian=_capaian(s, laporan_id),
                rute=tuple(langkah), riwayat=_riwayat(s, laporan_id),
                lampiran=tuple((x.id, x.nama, x.ukuran) for x in s.scalars(
                    select(LampiranLaporanRow).where(LampiranLaporanRow.laporan_id == laporan_id)
                    .order_by(LampiranLaporanRow.id))),
                eskalasi=esk, catatan_terakhir=lap.catatan_terakhir, dasar_jadwal=str(dasar))

    def perlu_tindakan(self, nip: str, tanggal: dt.date | None = None
                       ) -> list[TindakanLaporan]:
        """What waits for `nip`: reports waiting for his review (tinjau), his own reports
        returned (perbaikan), and his own reports due within 7 days or late (jatuh-tempo);
        the oldest first."""
        tanggal = tanggal or self._ctx.today()
        nip = tulis.normalize_nip(nip)
        with self._ctx.reading() as s, tanpa_gc():
            semua = self._untuk(s, nip, tanggal)
        out = []
        for x in semua:
            t = _tindakan(x, nip, tanggal)
            if t is not None:
                out.append(t)
        out.sort(key=lambda t: (t.laporan.dikirim if t.jenis == "tinjau" and t.laporan.dikirim
                                else t.laporan.jatuh_tempo, t.laporan.id or 0))
        return out

    def jumlah_perlu_tindakan(self, nip: str, tanggal: dt.date | None = None) -> int:
        return len(self.perlu_tindakan(nip, tanggal))

    def penunggu(self, tanggal: dt.date | None = None) -> list[PenungguLaporan]:
        """Everyone something waits for (reviewers and authors), the most items first."""
        tanggal = tanggal or self._ctx.today()
        with self._ctx.reading() as s, tanpa_gc():
            b, semua = self._semua(s, tanggal)
        jumlah: Counter[str] = Counter()
        for x in semua:
            if x.menunggu is not None:
                jumlah.update(set(x.menunggu.semua_nip))
            elif _milik_perlu(x, tanggal):
                jumlah[x.pelapor_nip] += 1
        by_nip = {o[0]: o for o in b.orang.values()}
        out = [PenungguLaporan(n, by_nip.get(n, ("", "", None, ""))[1],
                               by_nip.get(n, ("", "", None, ""))[3], c)
               for n, c in jumlah.items() if n]
        out.sort(key=lambda p: (-p.jumlah, p.nama))
        return out

    def lampiran(self, laporan_id: int, lampiran_id: int) -> tuple[str, bytes]:
        with self._ctx.reading() as s:
            meta = s.get(LampiranLaporanRow, lampiran_id)
            isi = s.get(LampiranLaporanIsiRow, lampiran_id)
            if meta is None or isi is None or meta.laporan_id != laporan_id:
                raise NotFoundError(f"Lampiran #{lampiran_id} laporan #{laporan_id} tidak "
                                    "ditemukan", code="lampiran_tidak_ada")
            return meta.nama, bytes(isi.isi)

    # ---- writing -------------------------------------------------------------------------
    def simpan(self, tim_id: int | None = None, *, permohonan_id: int | None = None,
               periode: str | int | None = None, oleh_nip: str, isi: IsiLaporan,
               capaian: Sequence[tuple[int | None, str, str]] = (),
               tanggal: dt.date | None = None, lampiran: Sequence[Path] = (),
               kirim: bool = True, laporan_id: int | None = None,
               versi: int | None = None) -> tuple[LaporanRingkas, Changes]:
        """Save (kirim=False: draf) or send the report of `periode` (urut number, label such as
        "Triwulan I 2026" / "Maret 2026", or an ISO date inside it) by `oleh_nip`: the ketua →
        the team's report (ketua), a member → his report to the ketua (anggota), the pegawai of
        an individual assignment (`permohonan_id`) → individu. `laporan_id`: an existing report
        (ad-hoc or returned) instead of tim/periode. `capaian`: (indikator_id, indikator text,
        capaian). Errors (ValidationError/PermissionDenied, Indonesian, naming the field): not
        the ketua/member/pegawai, unknown period, period not begun, empty content, permasalahan
        without rekomendasi, progres outside 0–100, already sent/accepted."""
        if laporan_id is None and tim_id is None and permohonan_id is None:
            raise ValidationError("Sebutkan tim, permohonan penugasan atau laporan yang diisi",
                                  field="tim_id")
        berkas = baca_lampiran(lampiran)
        tanggal = tanggal or self._ctx.today()
        kata = "mengirim" if kirim else "menyimpan draf"
        with self._ctx.session(f"{kata} laporan") as s:
            struktur = load_struktur(s)
            actor = tulis.pegawai(struktur, oleh_nip)
            lid = tulis.simpan(
                s, struktur, get_profile(struktur.pd.profil), tim_id=tim_id,
                permohonan_id=permohonan_id, periode=periode, actor=actor, isi=isi,
                capaian=capaian, tanggal=tanggal, berkas=berkas, kirim=kirim,
                laporan_id=laporan_id, versi=versi)
            out = self._ringkas(s, lid, tanggal)
        return out, Changes(laporan=True)

    def tinjau(self, laporan_id: int, *, oleh_nip: str, terima: bool, catatan: str = "",
               tanggal: dt.date | None = None, versi: int | None = None
               ) -> tuple[LaporanRingkas, Changes]:
        """Accept (pass on / accept at the last step) or return with `catatan` (required). An
        `oleh_nip` who does not hold the waiting step → PermissionDenied naming who may act
        (role and holder name/NIP) and the Pasal."""
        tanggal = tanggal or self._ctx.today()
        kata = "menerima" if terima else "mengembalikan"
        with self._ctx.session(f"{kata} laporan #{laporan_id}") as s:
            struktur = load_struktur(s)
            actor = tulis.pegawai(struktur, oleh_nip)
            tulis.tinjau_laporan(s, struktur, laporan_id=laporan_id, actor=actor, terima=terima,
                                 catatan=catatan, tanggal=tanggal, versi=versi)
            out = self._ringkas(s, laporan_id, tanggal)
        return out, Changes(laporan=True)

    def minta(self, tim_id: int, *, oleh_nip: str, dari: str, batas: dt.date,
              pelapor_nip: str | None = None, catatan: str = "",
              tanggal: dt.date | None = None) -> tuple[LaporanRingkas, Changes]:
        """An ad-hoc report (permintaan sewaktu-waktu) asked by `oleh_nip` of the ketua
        (`dari="ketua"`) or a member (`dari="anggota"`, `pelapor_nip` required), due `batas`;
        refused unless the profile lets his role ask (`domain.laporan_alur.periksa_permintaan`).
        The report goes back to the one who asked for it."""
        tanggal = tanggal or self._ctx.today()
        with self._ctx.session(f"meminta laporan sewaktu-waktu tim #{tim_id}") as s:
            struktur = load_struktur(s)
            actor = tulis.pegawai(struktur, oleh_nip)
            lid = tulis.minta(s, struktur, get_profile(struktur.pd.profil), tim_id=tim_id,
                              actor=actor, dari=dari, batas=batas, pelapor_nip=pelapor_nip,
                              catatan=catatan, tanggal=tanggal)
            out = self._ringkas(s, lid, tanggal)
        return out, Changes(laporan=True)

    def penutupan(self, tim_id: int, tanggal: dt.date | None = None) -> PenutupanInfo:
        """Who may declare the team's work selesai (the profile's closing official) and
        whether it can be now (every ketua report of the schedule diterima)."""
        tanggal = tanggal or self._ctx.today()
        with self._ctx.reading() as s:
            struktur = load_struktur(s)
            return tutup.info(s, struktur, get_profile(struktur.pd.profil), tim_id, tanggal)

    def nyatakan_selesai(self, tim_id: int, *, oleh_nip: str, catatan: str = "",
                         tanggal: dt.date | None = None) -> tuple[PenutupanInfo, Changes]:
        """The closing official declares the team's work selesai (team status → selesai, a
        penutupan_tim row). Anyone else → PermissionDenied naming the official and the Pasal;
        reports not yet accepted → ValidationError listing the periods."""
        tanggal = tanggal or self._ctx.today()
        with self._ctx.session(f"menyatakan hasil tim #{tim_id} selesai") as s:
            struktur = load_struktur(s)
            profile = get_profile(struktur.pd.profil)
            actor = tulis.pegawai(struktur, oleh_nip)
            tutup.nyatakan(s, struktur, profile, tim_id, actor=actor, catatan=catatan,
                           tanggal=tanggal)
            out = tutup.info(s, struktur, profile, tim_id, tanggal)
        return out, Changes(laporan=True, teams=True)

    def create_demo_laporan(self) -> Changes:
        """The demo agency's reports (a hook of `DemoService.create_demo`, after the teams)."""
        from sistemkerja_desktop.services.demo_laporan import buat_demo_laporan

        return buat_demo_laporan(self._ctx)

    # ---- internals -----------------------------------------------------------------------
    @staticmethod
    def _profile(s: Session) -> RegulationProfile:
        return get_profile(get_pd_row(s).profil)

    def _ringkas(self, s: Session, laporan_id: int, tanggal: dt.date) -> LaporanRingkas:
        b = rows.muat(s, laporan_id=laporan_id, semua_tim=True)
        return rows.tersimpan(b, b.laporan[0], tanggal, rows.Menunggu(s, tanggal))

    def _untuk(self, s: Session, nip: str, tanggal: dt.date) -> list[LaporanRingkas]:
        """The rows that may need `nip`: every sent report (he may hold its waiting step) and
        his own, stored or owed — not the whole tracker (every member's owed periods)."""
        b = rows.muat(s)
        pid = next((i for i, o in b.orang.items() if o[0] == nip), None)
        m = rows.Menunggu(s, tanggal, b)
        out = [rows.tersimpan(b, r, tanggal, m) for r in b.laporan
               if r[10] == StatusLaporan.DIKIRIM.value and r[4] != pid]
        if pid is not None:
            out += rows.daftar_rows(s, b, tanggal, pelapor_id=pid, anggota=True, menunggu=m,
                                    anggota_belum=False)
        return out

    def _semua(self, s: Session, tanggal: dt.date) -> tuple[rows.Bahan, list[LaporanRingkas]]:
        """Every row *Perlu tindakan* may count (a member's unstarted period never does)."""
        b = rows.muat(s)
        return b, rows.daftar_rows(s, b, tanggal, anggota=True, anggota_belum=False)


def _periode_rows(profile: RegulationProfile, mulai: dt.date, selesai: dt.date,
                 frek: FrekuensiLaporan | None) -> list[PeriodeRow]:
    return [PeriodeRow(p.urut, p.label, p.mulai, p.selesai, p.jatuh_tempo)
            for p in jadwal(profile, mulai, selesai, frek)]


def _milik_perlu(x: LaporanRingkas, tanggal: dt.date) -> bool:
    """An author's own report that needs him: returned, or not sent and due within a week.
    A member's report to his ketua counts once he has started it (the ketua asks for the rest;
    every member owing every month would drown the list)."""
    if x.jenis == JenisLaporan.ANGGOTA.value and x.id is None:
        return False
    if x.status == StatusLaporan.PERLU_PERBAIKAN.value:
        return True
    return x.status in _BELUM_KIRIM and (x.jatuh_tempo - tanggal).days <= JATUH_TEMPO_HARI


def _tindakan(x: LaporanRingkas, nip: str, tanggal: dt.date) -> TindakanLaporan | None:
    if x.menunggu is not None and nip in x.menunggu.semua_nip:
        sejak = x.dikirim or tanggal
        hari = max(0, (tanggal - sejak).days)
        return TindakanLaporan("tinjau", x, f"Menunggu tinjauan Anda ({x.menunggu.peran}); "
                               f"dikirim {sejak:%d-%m-%Y}, {hari} hari lalu")
    if x.pelapor_nip != nip or not _milik_perlu(x, tanggal):
        return None
    if x.status == StatusLaporan.PERLU_PERBAIKAN.value:
        return TindakanLaporan("perbaikan", x, "Dikembalikan untuk perbaikan; kirim lagi "
                               "setelah diperbaiki")
    if x.terlambat:
        ket = f"Terlambat {x.hari_terlambat} hari (jatuh tempo {x.jatuh_tempo:%d-%m-%Y})"
    elif x.jatuh_tempo == tanggal:
        ket = "Jatuh tempo hari ini"
    else:
        ket = (f"Jatuh tempo {x.jatuh_tempo:%d-%m-%Y} "
               f"({(x.jatuh_tempo - tanggal).days} hari lagi)")
    return TindakanLaporan("jatuh-tempo", x, ket)


def _capaian(s: Session, laporan_id: int) -> tuple[CapaianItem, ...]:
    q = (select(CapaianRow.indikator, CapaianRow.capaian, CapaianRow.indikator_id,
                IndikatorRow.target, IndikatorRow.satuan)
         .outerjoin(IndikatorRow, IndikatorRow.id == CapaianRow.indikator_id)
         .where(CapaianRow.laporan_id == laporan_id).order_by(CapaianRow.urut))
    return tuple(CapaianItem(r[0], r[1], r[2], r[3] or "", r[4] or "") for r in s.execute(q))


def _riwayat(s: Session, laporan_id: int) -> tuple[RiwayatRow, ...]:
    return tuple(RiwayatRow(r.aksi, r.peran, r.nama, r.tanggal, r.catatan) for r in s.scalars(
        select(RiwayatLaporanRow).where(RiwayatLaporanRow.laporan_id == laporan_id)
        .order_by(RiwayatLaporanRow.urut)))
