"""Text output of `sistemkerja laporan …` and `sistemkerja pantau` (without `--json`): readable
Indonesian lines and tables. The JSON output is the DTOs' own `as_json()`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sistemkerja_desktop.domain.pantauan import JATUH_TEMPO_HARI, Pantauan
from sistemkerja_desktop.services.laporan_dto import (
    LaporanDetail,
    LaporanRingkas,
    MenungguLaporan,
    PenutupanInfo,
    PeriodeRow,
    TindakanLaporan,
)

_SESUDAH = {"kirim": "dikirim", "draf": "disimpan sebagai draf", "terima": "diterima/diteruskan",
            "kembalikan": "dikembalikan untuk diperbaiki", "minta": "diminta"}


def _cut(text: str, width: int) -> str:
    return f"{text:<{width}}" if len(text) <= width else text[:width - 1] + "…"


def _tgl(d: dt.date | None) -> str:
    return d.isoformat() if d else "—"


def siapa(m: MenungguLaporan) -> str:
    """'Pimpinan Unit Organisasi: Kepala Bidang X — Nama (NIP …)', every holder of a "dan/atau"
    step after the first counted."""
    head = m.peran if not m.jabatan or m.jabatan.startswith(m.peran) else (
        f"{m.peran}: {m.jabatan}")
    who = f"{m.nama} (NIP {m.nip})" if m.nama else (m.nip or "jabatan kosong")
    lain = [n for n in m.semua_nip if n != m.nip]
    extra = f"; juga dapat bertindak: NIP {', '.join(lain)}" if lain else ""
    return f"{head} — {who}{extra}"


def _judul(r: LaporanRingkas) -> str:
    nomor = f"#{r.id}" if r.id is not None else "(belum dibuat)"
    milik = r.tim_nama or (f"penugasan #{r.permohonan_id}" if r.permohonan_id else "individu")
    return f"Laporan {nomor} {r.jenis} — {milik}, {r.periode}"


def _telat(r: LaporanRingkas) -> str:
    return f"terlambat {r.hari_terlambat} hari" if r.terlambat else "tepat waktu"


def jadwal(tim_id: int, rows: Sequence[PeriodeRow]) -> None:
    print(f"Jadwal laporan tim #{tim_id}: {len(rows)} periode")
    print(f"{'NO':>3}  {'PERIODE':<22}  {'MULAI':<10}  {'SELESAI':<10}  JATUH TEMPO")
    for r in rows:
        print(f"{r.urut:>3}  {_cut(r.label, 22)}  {_tgl(r.mulai)}  {_tgl(r.selesai)}  "
              f"{_tgl(r.jatuh_tempo)}")


def sesudah(aksi: str, r: LaporanRingkas) -> None:
    print(f"{_judul(r)}: {_SESUDAH.get(aksi, aksi)}; status {r.status}.")
    print(f"  Pelapor: {r.pelapor_nama} (NIP {r.pelapor_nip})")
    print(f"  Jatuh tempo {_tgl(r.jatuh_tempo)}"
          + (f", dikirim {_tgl(r.dikirim)} ({_telat(r)})" if r.dikirim else "")
          + (f", diterima {_tgl(r.diterima)}" if r.diterima else ""))
    if r.menunggu is not None:
        print(f"  Berikutnya menunggu tinjauan {siapa(r.menunggu)}")


def daftar(rows: Sequence[LaporanRingkas], pada: dt.date) -> None:
    print(f"{'ID':>5}  {'JATUH TEMPO':<11}  {'STATUS':<15}  {'TELAT':>5}  {'JENIS':<8}  "
          f"{'PELAPOR':<28}  {'TIM / PENUGASAN':<32}  {'PERIODE':<16}  MENUNGGU")
    for r in rows:
        ident = "—" if r.id is None else str(r.id)
        milik = r.tim_nama or (f"penugasan #{r.permohonan_id}" if r.permohonan_id else "—")
        telat = f"{r.hari_terlambat}h" if r.terlambat else ""
        m = r.menunggu
        menunggu = f"{m.peran}: {m.nama or m.jabatan}" if m is not None else "—"
        print(f"{ident:>5}  {_tgl(r.jatuh_tempo):<11}  {r.status:<15}  {telat:>5}  "
              f"{r.jenis:<8}  {_cut(r.pelapor_nama, 28)}  {_cut(milik, 32)}  "
              f"{_cut(r.periode, 16)}  {menunggu}")
    late = sum(r.terlambat for r in rows)
    print(f"{len(rows)} laporan pada {pada.isoformat()}; {late} terlambat (TELAT: hari "
          "melewati jatuh tempo).")


def perlu_tindakan(nip: str, items: Sequence[TindakanLaporan]) -> None:
    for t in items:
        r = t.laporan
        ident = "—" if r.id is None else f"#{r.id}"
        print(f"[{t.jenis}] {ident} {r.tim_nama or r.pelapor_nama}, {r.periode}: "
              f"{t.keterangan}")
    print(f"{len(items)} laporan perlu tindakan NIP {nip}.")


def detail(d: LaporanDetail) -> None:
    r = d.ringkas
    print(f"{_judul(r)}; status {r.status}")
    print(f"  Pelapor: {r.pelapor_nama} (NIP {r.pelapor_nip}); unit: {r.unit or '—'}")
    if r.mulai and r.selesai:
        print(f"  Periode {_tgl(r.mulai)} s.d. {_tgl(r.selesai)}; jatuh tempo "
              f"{_tgl(r.jatuh_tempo)}")
    else:
        print(f"  Batas penyampaian {_tgl(r.jatuh_tempo)}")
    if r.dikirim:
        print(f"  Dikirim {_tgl(r.dikirim)} ({_telat(r)})"
              + (f"; diterima {_tgl(r.diterima)}" if r.diterima else ""))
    elif r.terlambat:
        print(f"  Belum dikirim: terlambat {r.hari_terlambat} hari")
    if d.dasar_jadwal:
        print(f"  Dasar jadwal: {d.dasar_jadwal}")
    if r.progres is not None:
        print(f"  Progres: {r.progres}%")
    for label, text in (("Uraian", d.narasi), ("Permasalahan dan kendala", d.permasalahan),
                        ("Alternatif rekomendasi", d.rekomendasi)):
        if text.strip():
            print(f"  {label}: {text.strip()}")
    for c in d.capaian:
        target = f" (target {c.target}{' ' + c.satuan if c.satuan else ''})" if c.target else ""
        print(f"  Capaian — {c.indikator}{target}: {c.capaian}")
    if d.catatan_terakhir:
        print(f"  Catatan pengembalian: {d.catatan_terakhir}")
    if d.rute:
        print("  Rantai tinjauan:")
        for s in d.rute:
            mark = " ← menunggu" if s.keadaan == "menunggu" else ""
            print(f"    {s.urut}. [{s.keadaan}] {s.peran}"
                  + (f" — {s.pemegang}" if s.pemegang else "") + mark)
            print(f"       {s.keterangan} (dasar: {s.dasar})")
    if d.riwayat:
        print("  Riwayat:")
        for h in d.riwayat:
            note = f" — {h.catatan}" if h.catatan else ""
            print(f"    {_tgl(h.tanggal)} {h.aksi} oleh {h.nama or h.peran} ({h.peran}){note}")
    if d.eskalasi:
        print("  Permasalahan disampaikan kepada:")
        for i, e in enumerate(d.eskalasi, 1):
            print(f"    {i}. {e.peran}: {e.jabatan} — {e.nama or 'jabatan kosong'} "
                  f"(dasar: {e.dasar})")
    if d.lampiran:
        print("  Lampiran: " + "; ".join(f"{nama} ({ukuran:,} bita)".replace(",", ".")
                                        for _, nama, ukuran in d.lampiran))


def penutupan_json(tim_id: int, p: PenutupanInfo) -> dict[str, Any]:
    return {"tim_id": tim_id, "peran": p.peran, "sebutan": p.sebutan, "dasar": p.dasar,
            "pemegang_nip": p.pemegang_nip, "pemegang": p.pemegang_nama, "bisa": p.bisa,
            "alasan": list(p.alasan), "selesai": _tgl(p.ditutup) if p.ditutup else None,
            "oleh": p.ditutup_oleh,
            "berikut": ({"nip": p.berikut_nip, "nama": p.berikut_nama,
                         "jabatan": p.berikut_jabatan, "aksi": p.aksi} if p.aksi else None),
            "rantai": [{"jabatan": j, "nama": n, "keadaan": k} for j, n, k in p.rantai]}


def penutupan(tim_id: int, p: PenutupanInfo) -> None:
    if p.ditutup:
        print(f"Pekerjaan tim #{tim_id} dinyatakan selesai pada {_tgl(p.ditutup)} oleh "
              f"{p.ditutup_oleh or p.pemegang_nama} ({p.sebutan}; dasar: {p.dasar}).")
    elif p.aksi == "teruskan":
        print(f"Hasil tim #{tim_id} diteruskan secara berjenjang; berikutnya "
              f"{p.berikut_jabatan} — {p.berikut_nama} (NIP {p.berikut_nip}). Yang menyatakan "
              f"selesai: {p.sebutan} — {p.pemegang_nama} (dasar: {p.dasar}).")
    else:
        print(f"Tim #{tim_id} belum dinyatakan selesai; pejabat penutup: {p.sebutan} — "
              f"{p.pemegang_nama or 'jabatan kosong'} (dasar: {p.dasar}).")
    for jabatan, nama, keadaan in p.rantai:
        print(f"  [{keadaan}] {jabatan}" + (f" — {nama}" if nama else ""))
    for a in p.alasan:
        print(f"  - {a}")


# ---- pantau --------------------------------------------------------------------------------

def pantauan(d: Pantauan) -> None:
    b = d.beban
    rata = f"{b.rata_rata:.2f}".replace(".", ",")
    print(f"PANTAUAN SISTEM KERJA — keadaan per {d.tanggal.isoformat()}")
    for label, value in (
            ("Tim kerja aktif", d.tim_aktif),
            (f"Laporan jatuh tempo (≤ {JATUH_TEMPO_HARI} hari, belum dikirim)",
             d.laporan_jatuh_tempo),
            ("Laporan terlambat (belum dikirim)", d.laporan_terlambat),
            ("Laporan menunggu tinjauan", d.menunggu_tinjauan),
            ("Permohonan penugasan menunggu", d.permohonan_menunggu),
            ("Permasalahan belum tuntas", d.permasalahan_terbuka),
            ("Laporan diterima", d.laporan_diterima)):
        print(f"  {label:<52} {value:>6}")
    print(f"  Beban kerja: {b.pegawai} pegawai JF/Pelaksana, rata-rata {rata} tim, paling banyak "
          f"{b.maksimum}, {b.tanpa_tim} tanpa tim"
          + (f", {b.melebihi_ambang} melebihi ambang {b.ambang}" if b.ambang else ""))
    print("    " + "  ".join(f"{label}: {n}" for label, n in b.histogram))
    if d.terlambat_per_unit:
        print("  Terlambat per unit:")
        for unit, n in d.terlambat_per_unit[:10]:
            print(f"    {_cut(unit, 56)} {n:>5}")
    rendah = sorted(d.progres_tim, key=lambda x: x[1])[:10]
    if rendah:
        print("  Progres tim terendah:")
        for nama, p in rendah:
            print(f"    {_cut(nama, 56)} {p:>4}%")
    print("  Laporan dikirim per bulan (tepat waktu / terlambat):")
    for i in range(0, len(d.per_bulan), 6):
        print("    " + "  ".join(f"{b_}: {t}/{x}" for b_, _, t, x in d.per_bulan[i:i + 6]))
