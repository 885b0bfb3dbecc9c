"""What a report's page offers and does: the plan of its *next* bar for the person acting (who
may write, send, accept or return; otherwise who may, with the Pasal), and the actions — write
(send or keep as draf), send a draf, accept or return — each asking what it needs and going
through `services.laporan`. Errors are shown in Indonesian; nothing is recorded then."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.laporan import IsiLaporan, StatusLaporan
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.laporan_dto import (
    CapaianItem,
    LaporanDetail,
    LaporanRingkas,
    RiwayatRow,
)
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.laporan.kirim_dialog import Awal, KirimDialog, capaian_awal
from sistemkerja_desktop.views.laporan.labels import aksi_riwayat
from sistemkerja_desktop.views.laporan.linimasa import Sel
from sistemkerja_desktop.views.laporan.tinjau_dialog import TinjauDialog
from sistemkerja_desktop.views.penugasan.labels import tanggal

MUTED = "#6b6b6b"
Hasil = tuple[LaporanRingkas, Changes] | None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Laporan.Aksi", text)


@dataclass(frozen=True, slots=True)
class Rencana:
    teks: str  # rich text of the bar
    gaya: str  # "tulis" / "tunggu" / "selesai"
    tulis: bool = False
    tulis_label: str = ""
    kirim: bool = False
    tinjau: bool = False
    sebagai_nip: str = ""  # offer to act as this person instead
    sebagai_nama: str = ""


def _langkah_sekarang(d: LaporanDetail | None):
    return next((s for s in d.rute if s.keadaan == "menunggu"), None) if d else None


def rencana(_w: QWidget, sel: Sel, d: LaporanDetail | None, acting: str, belum_mulai: bool,
            nama: Callable[[str], str]) -> Rencana:
    e = html.escape
    r = d.ringkas if d is not None else sel.ringkas
    status = StatusLaporan(r.status) if r is not None else StatusLaporan.BELUM
    pelapor_nip = r.pelapor_nip if r is not None else sel.lajur.pelapor_nip
    pelapor = r.pelapor_nama if r is not None else sel.lajur.pelapor_nama
    if status is StatusLaporan.DITERIMA:
        when = tanggal(r.diterima, panjang=True) if r and r.diterima else ""
        return Rencana(_tr("<b>Diterima</b> %1: rantai tinjauan selesai.").replace(
            "%1", e(when)), "selesai")
    if status is StatusLaporan.DIKIRIM:
        m = r.menunggu if r is not None else None
        if m is None:
            return Rencana(_tr("<b>Dikirim</b>; pemegang langkah tinjauan belum diketahui."),
                           "tunggu")
        step = _langkah_sekarang(d)
        teks = _tr("Menunggu tinjauan <b>%1</b>: %2").replace("%1", e(m.peran)).replace(
            "%2", e(m.nama) + (f" ({e(m.jabatan)})" if m.jabatan else ""))
        holders = tuple(m.semua_nip) or (m.nip,)
        if not acting or acting in holders:
            return Rencana(teks, "tunggu", tinjau=True)
        dasar = f"; {_tr('dasar')}: {e(step.dasar)}" if step is not None and step.dasar else ""
        teks += "<br>" + _tr("<b>%1</b> tidak memegang langkah ini. Yang dapat bertindak: "
                             "%2 — %3 (NIP %4%5).").replace("%1", e(nama(acting))).replace(
            "%2", e(m.nama)).replace("%3", e(m.peran)).replace("%4", e(m.nip)).replace(
            "%5", dasar)
        return Rencana(teks, "tunggu", sebagai_nip=m.nip, sebagai_nama=m.nama)
    if belum_mulai and status is StatusLaporan.BELUM:
        mulai = sel.periode.mulai if sel.periode is not None else None
        return Rencana(_tr("Periode belum dimulai%1.").replace(
            "%1", _tr(" (mulai %1)").replace("%1", e(tanggal(mulai, panjang=True)))
            if mulai else ""), "selesai")
    if status is StatusLaporan.PERLU_PERBAIKAN:
        catatan = d.catatan_terakhir if d is not None else ""
        teks = _tr("<b>Dikembalikan untuk perbaikan</b>: %1").replace(
            "%1", e(catatan) or _tr("(tanpa catatan)"))
        label = _tr("Perbaiki laporan…")
    elif status is StatusLaporan.DRAF:
        teks = _tr("<b>Draf</b> tersimpan, belum dikirim.")
        label = _tr("Lanjutkan draf…")
    else:
        teks = _tr("Menunggu laporan dari <b>%1</b>").replace("%1", e(pelapor))
        label = _tr("Tulis laporan…")
    if r is not None and r.terlambat:
        teks += " · " + _tr("terlambat %1 hari").replace("%1", str(r.hari_terlambat))
    if not acting or acting == pelapor_nip:
        return Rencana(teks, "tulis", tulis=True, tulis_label=label,
                       kirim=status is StatusLaporan.DRAF)
    teks += "<br>" + _tr("Hanya pelapor, <b>%1</b> (NIP %2), yang dapat menulis dan mengirim "
                         "laporan ini; <b>%3</b> bukan pelapornya.").replace(
        "%1", e(pelapor)).replace("%2", e(pelapor_nip)).replace("%3", e(nama(acting)))
    return Rencana(teks, "tulis", sebagai_nip=pelapor_nip, sebagai_nama=pelapor)


def riwayat_html(rows: Sequence[RiwayatRow]) -> str:
    e = html.escape
    if not rows:
        return f"<i style='color:{MUTED}'>" + e(_tr("Belum ada.")) + "</i>"
    items = []
    for r in rows:
        line = (f"<span style='color:{MUTED}'>{e(tanggal(r.tanggal))}</span> · "
                f"<b>{e(aksi_riwayat(r.aksi))}</b> — {e(r.nama or r.peran)}")
        if r.nama and r.peran:
            line += f" <span style='color:{MUTED}'>({e(r.peran)})</span>"
        if r.catatan:
            line += "<br>&nbsp;&nbsp;" + e(_tr("Catatan: %1").replace("%1", r.catatan))
        items.append(line)
    return "<br>".join(items)


def indikator(services: Services, tim_id: int | None, permohonan_id: int | None
              ) -> tuple[CapaianItem, ...]:
    """The Perjanjian Kinerja indicators the team (or assignment) serves."""
    kinerja = getattr(services, "kinerja", None)
    try:
        if tim_id is not None:
            found = kinerja.indikator_tim(tim_id)
            items = [found] if found is not None else []
        elif permohonan_id is not None:
            items = [i for i in kinerja.daftar() if permohonan_id in i.permohonan_ids]
        else:
            items = []
    except (SistemKerjaError, NotImplementedError, AttributeError):  # kinerja not set up
        items = []
    return tuple(CapaianItem(i.indikator, "", i.id, i.target, i.satuan) for i in items)


def tulis(parent: QWidget, services: Services, sel: Sel, d: LaporanDetail | None,
          today: dt.date, acting: str) -> Hasil:
    r = d.ringkas if d is not None else sel.ringkas
    lane = sel.lajur
    tim_id = r.tim_id if r is not None else lane.tim_id
    pid = r.permohonan_id if r is not None else lane.permohonan_id
    oleh = acting or (r.pelapor_nip if r is not None else lane.pelapor_nip)
    sudah = d.capaian if d is not None else ()
    awal = Awal(r.progres if r is not None else None,
                d.narasi if d else "", d.permasalahan if d else "",
                d.rekomendasi if d else "", capaian_awal(indikator(services, tim_id, pid), sudah),
                d.lampiran if d else (), d.catatan_terakhir if d else "")
    judul = _tr("Laporan %1 — %2").replace("%1", sel.kolom.judul).replace(
        "%2", (r.tim_nama if r is not None else "") or lane.label.split("\n")[-1])
    due = r.jatuh_tempo if r is not None else sel.kolom.jatuh_tempo
    ket = _tr("Pelapor: %1 · jatuh tempo %2").replace(
        "%1", r.pelapor_nama if r is not None else lane.pelapor_nama).replace(
        "%2", tanggal(due, panjang=True) if due else "-")
    got = KirimDialog.ask(parent, judul, ket, awal=awal, today=today)
    if got is None:
        return None
    existing = r.id if r is not None else None
    try:
        if existing is not None:
            return services.laporan.simpan(
                laporan_id=existing, versi=r.versi, periode=r.periode_urut or r.periode,
                oleh_nip=oleh, isi=got.isi, capaian=got.capaian, tanggal=got.tanggal,
                lampiran=got.lampiran, kirim=got.kirim)
        periode = sel.periode.urut if sel.periode is not None else sel.kolom.judul
        return services.laporan.simpan(
            tim_id if pid is None else None, permohonan_id=pid, periode=periode,
            oleh_nip=oleh, isi=got.isi, capaian=got.capaian, tanggal=got.tanggal,
            lampiran=got.lampiran, kirim=got.kirim)
    except SistemKerjaError as exc:
        show_error(parent, exc, _tr("Laporan tidak dapat dikirim") if got.kirim else
                   _tr("Draf tidak dapat disimpan"))
        return None


def kirim_draf(parent: QWidget, services: Services, d: LaporanDetail, today: dt.date) -> Hasil:
    """Send a draf as it is (its content checked by the service)."""
    r = d.ringkas
    isi = IsiLaporan(r.progres, d.narasi, d.permasalahan, d.rekomendasi,
                     tuple((c.indikator, c.capaian) for c in d.capaian))
    try:
        return services.laporan.simpan(
            laporan_id=r.id, versi=r.versi, periode=r.periode_urut or r.periode,
            oleh_nip=r.pelapor_nip, isi=isi,
            capaian=tuple((c.indikator_id, c.indikator, c.capaian) for c in d.capaian),
            tanggal=today, kirim=True)
    except SistemKerjaError as exc:
        show_error(parent, exc, _tr("Laporan tidak dapat dikirim"))
        return None


def tinjau(parent: QWidget, services: Services, d: LaporanDetail, terima: bool,
           today: dt.date, acting: str) -> Hasil:
    r = d.ringkas
    m = r.menunggu
    assert m is not None
    steps = list(d.rute)
    now = next((i for i, s in enumerate(steps) if s.keadaan == "menunggu"), None)
    label = _tr("Terima") if terima else _tr("Kembalikan")
    judul = _tr("%1 laporan %2 — %3").replace("%1", label).replace("%2", r.periode).replace(
        "%3", r.pelapor_nama)
    if not terima:
        ket = _tr("Laporan kembali kepada pelapor untuk diperbaiki; setelah dikirim ulang, "
                  "tinjauan mulai lagi dari langkah pertama.")
    elif now is not None and now + 1 < len(steps):
        ket = _tr("Laporan diteruskan kepada %1.").replace("%1", steps[now + 1].peran)
    else:
        ket = _tr("Langkah terakhir: laporan dinyatakan diterima.")
    got = TinjauDialog.ask(parent, terima, judul, ket, today=today)
    if got is None:
        return None
    try:
        return services.laporan.tinjau(r.id, oleh_nip=acting or m.nip, terima=got.terima,
                                       catatan=got.catatan, tanggal=got.tanggal,
                                       versi=r.versi)
    except SistemKerjaError as exc:
        show_error(parent, exc, _tr("Tinjauan tidak dapat dicatat"))
        return None
