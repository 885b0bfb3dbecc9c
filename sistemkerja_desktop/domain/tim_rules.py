"""The regulation profile's team rules, checked on a whole team draft.

`cek_tim` returns `Finding`s: galat (hard — saving is refused) and peringatan (soft — shown).
Every finding quotes the profile's citation. Rules (seeds_B.md D.4 V-30..V-43, seeds_A.md A.4):

- data: nama, jenis, unit pemilik kinerja, periode (mulai–selesai) required; no pegawai twice;
- durasi per jenis tim (Pekalongan: Kelompok Kerja ≤ 1 tahun, Tim Kerja tematik 1 bulan–1 tahun);
- ketua: at most one; who may be ketua; none at all (per profile); ketua of a cross-unit team
  from the unit pemilik kinerja (Bungo galat, others peringatan); Kapuas Hulu replacement ketua
  ≥ D3 and ≥ III/b; Pekalongan ketua ≤ 1 tahun;
- Pekalongan tematik must involve lintas unit/instansi members (galat once the team is aktif);
- Barito Timur's "is a team needed?" questions (unanswered: peringatan; a "tidak": galat);
- workload: a member in more overlapping active teams than the PD's threshold (peringatan).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sistemkerja_desktop.domain.errors import RuleViolation, SistemKerjaError
from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.pangkat import pendidikan_level
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import (
    Bentuk,
    JenisDokumen,
    JenisTim,
    Lingkup,
    RegulationProfile,
    SyaratKetuaPengganti,
)
from sistemkerja_desktop.domain.profiles.base import tambah_bulan
from sistemkerja_desktop.domain.profiles.citation import VALIDASI_DATA, Citation, umum
from sistemkerja_desktop.domain.tim import AsalAnggota, StatusTim, Tim, dalam_subtree

G, W = Tingkat.GALAT, Tingkat.PERINGATAN
BEBAN_DASAR = umum("KH Lampiran I huruf B angka 2 huruf e–f; BT Lampiran II huruf A angka 5–6; "
                   "Pasuruan Lampiran BAB II huruf B angka 2 (mempertimbangkan beban kerja)")


def _f(kode: str, tingkat: Tingkat, pesan: str, dasar: Citation | str,
       p: Pegawai | None = None) -> Finding:
    return Finding(kode=kode, tingkat=tingkat, pesan=pesan, dasar=str(dasar),
                   pegawai_id=p.id if p else None, nip=p.nip if p else None,
                   unit_id=p.unit_id if p else None)


def jenis_tim(profile: RegulationProfile, kode: str) -> JenisTim | None:
    try:
        return profile.tim(kode)
    except KeyError:
        return None


def cek_tim(tim: Tim, struktur: Struktur, profile: RegulationProfile, *,
            periode_lain: Mapping[int, Sequence[tuple[str, dt.date, dt.date]]] | None = None,
            ambang_beban: int | None = None) -> list[Finding]:
    """All findings for `tim` (members' origin should already be filled, see
    `tim.lengkapi_anggota`). `periode_lain`: pegawai_id → (nama tim, mulai, selesai) of their
    other active teams, for the workload warning; `ambang_beban`: the PD's threshold."""
    out: list[Finding] = []
    out += _cek_data(tim, struktur, profile)
    jenis = jenis_tim(profile, tim.jenis)
    if jenis is not None and tim.mulai is not None:
        out += _cek_durasi(tim, jenis)
    out += _cek_ketua(tim, struktur, profile)
    if jenis is not None and jenis.lintas_unit_wajib and tim.anggota:
        if not any(a.asal is not None and a.asal.luar for a in tim.anggota):
            tingkat = G if tim.status is StatusTim.AKTIF else W
            out.append(_f("TIM_HARUS_LINTAS_UNIT", tingkat,
                          f"{jenis.nama} harus melibatkan anggota lintas unit organisasi atau "
                          "lintas instansi", jenis.dasar))
    out += _cek_kebutuhan(tim, profile)
    if periode_lain and ambang_beban:
        out += _cek_beban(tim, struktur, periode_lain, ambang_beban)
    return out


def _cek_data(tim: Tim, struktur: Struktur, profile: RegulationProfile) -> list[Finding]:
    out: list[Finding] = []
    if not tim.nama.strip():
        out.append(_f("TIM_NAMA_KOSONG", G, "Nama tim wajib diisi", VALIDASI_DATA))
    if jenis_tim(profile, tim.jenis) is None:
        pilihan = ", ".join(j.kode for j in profile.jenis_tim)
        out.append(_f("TIM_JENIS_TIDAK_DIKENAL", G,
                      f"Jenis tim '{tim.jenis}' tidak dikenal oleh {profile.singkat} (pilihan: "
                      f"{pilihan})", VALIDASI_DATA))
    if tim.unit_pemilik_id is None or tim.unit_pemilik_id not in struktur.unit_by_id:
        out.append(_f("TIM_UNIT_PEMILIK_KOSONG", G, "Unit pemilik kinerja wajib dipilih",
                      umum("KH Pasal 8 ayat (3); BT Lampiran II huruf B angka 4; Pekalongan Pasal 12 "
                           "(unit pemilik kinerja)")))
    if tim.mulai is None or tim.selesai is None:
        out.append(_f("TIM_PERIODE_KOSONG", G,
                      "Periode tim (tanggal mulai dan selesai) wajib diisi: penugasan berlaku "
                      "untuk periode waktu tertentu",
                      umum("KH Pasal 1 (Penugasan); Pasuruan Pasal 1 angka 27")))
    elif tim.selesai < tim.mulai:
        out.append(_f("TIM_PERIODE_TERBALIK", G, "Tanggal selesai lebih awal dari tanggal mulai",
                      VALIDASI_DATA))
    seen: set[int] = set()
    for a in tim.anggota:
        p = struktur.pegawai_by_id.get(a.pegawai_id)
        if p is None:
            out.append(_f("ANGGOTA_TIDAK_ADA", G, f"Pegawai #{a.pegawai_id} tidak ditemukan",
                          VALIDASI_DATA))
            continue
        if a.pegawai_id in seen:
            out.append(_f("ANGGOTA_GANDA", G, f"{p.nama_lengkap} tercantum lebih dari sekali",
                          VALIDASI_DATA, p))
        seen.add(a.pegawai_id)
        if not p.aktif:
            out.append(_f("ANGGOTA_TIDAK_AKTIF", G, f"{p.nama_lengkap} tidak aktif",
                          VALIDASI_DATA, p))
    return out


def _cek_durasi(tim: Tim, jenis: JenisTim) -> list[Finding]:
    if tim.mulai is None or tim.selesai is None or tim.selesai < tim.mulai:
        return []
    alasan = jenis.cek_durasi(tim.mulai, tim.selesai)
    if alasan is None:
        return []
    return [_f("TIM_DURASI", jenis.tingkat, alasan, jenis.dasar)]


def _cek_ketua(tim: Tim, struktur: Struktur, profile: RegulationProfile) -> list[Finding]:
    aturan = profile.ketua
    out: list[Finding] = []
    ketua = [a for a in tim.ketua if a.pegawai_id in struktur.pegawai_by_id]
    if len(ketua) > 1:
        out.append(_f("KETUA_LEBIH_DARI_SATU", G, "Satu tim hanya memiliki seorang ketua",
                      aturan.satu_ketua_dasar))
    if not ketua and tim.anggota and aturan.tanpa_ketua is not None:
        out.append(_f("KETUA_BELUM_ADA", aturan.tanpa_ketua, "Ketua tim belum ditunjuk",
                      aturan.tanpa_ketua_dasar or aturan.satu_ketua_dasar))
    lintas = any(a.asal is not None and a.asal.luar for a in tim.anggota)
    for a in ketua:
        p = struktur.pegawai_by_id[a.pegawai_id]
        kategori = p.jabatan.kategori if p.jabatan else None
        if kategori not in aturan.kategori:
            boleh = ", ".join(sorted(k.value for k in aturan.kategori))
            out.append(_f("KETUA_KATEGORI", G,
                          f"{p.nama_lengkap} ({kategori.value if kategori else 'tanpa jabatan'}) "
                          f"tidak dapat menjadi ketua tim; ketua tim: {boleh}",
                          aturan.kategori_dasar, p))
        if lintas and not dalam_subtree(struktur, p.unit_id, tim.unit_pemilik_id):
            wajib = aturan.dari_pemilik_kinerja is G
            unit = struktur.unit_by_id.get(tim.unit_pemilik_id or -1)
            out.append(_f("KETUA_BUKAN_DARI_PEMILIK_KINERJA", aturan.dari_pemilik_kinerja,
                          f"Ketua tim lintas unit {'harus' if wajib else 'diutamakan'} berasal "
                          f"dari unit pemilik kinerja ({unit.nama if unit else '-'}); "
                          f"{p.nama_lengkap} berasal dari unit lain",
                          aturan.dari_pemilik_kinerja_dasar, p))
        if a.pengganti and aturan.pengganti is not None:
            out += _cek_pengganti(p, aturan.pengganti)
        if aturan.maks_bulan and tim.mulai and tim.selesai and tim.selesai > (
                tambah_bulan(tim.mulai, aturan.maks_bulan) - dt.timedelta(days=1)):
            out.append(_f("KETUA_MASA_JABATAN", G,
                          f"Penunjukan ketua tim paling lama {aturan.maks_bulan // 12} tahun",
                          aturan.maks_bulan_dasar or aturan.kategori_dasar, p))
    return out


def _cek_pengganti(p: Pegawai, syarat: SyaratKetuaPengganti) -> list[Finding]:
    out: list[Finding] = []
    level = pendidikan_level(p.pendidikan)
    if level is None or level < syarat.pendidikan_min:
        out.append(_f("KETUA_PENGGANTI_PENDIDIKAN", syarat.tingkat,
                      f"Ketua pengganti paling rendah berpendidikan {syarat.pendidikan_label}; "
                      f"{p.nama_lengkap}: {p.pendidikan or 'pendidikan belum diisi'}",
                      syarat.dasar, p))
    if p.golongan is None:
        out.append(_f("KETUA_PENGGANTI_GOLONGAN", syarat.tingkat,
                      f"Pangkat/golongan {p.nama_lengkap} belum diisi; ketua pengganti paling "
                      f"rendah {syarat.golongan_min.tampil}", syarat.dasar, p))
    elif p.golongan.pppk:
        out.append(_f("KETUA_PENGGANTI_PPPK", W,
                      f"{p.nama_lengkap} adalah PPPK ({p.golongan.tampil}); syarat golongan "
                      f"{syarat.golongan_min.tampil} untuk ketua pengganti tidak mengatur PPPK — "
                      "periksa secara manual", syarat.dasar, p))
    elif p.golongan < syarat.golongan_min:
        out.append(_f("KETUA_PENGGANTI_GOLONGAN", syarat.tingkat,
                      f"Ketua pengganti paling rendah {syarat.golongan_min.tampil}; "
                      f"{p.nama_lengkap}: {p.golongan.tampil}", syarat.dasar, p))
    return out


def _cek_kebutuhan(tim: Tim, profile: RegulationProfile) -> list[Finding]:
    out: list[Finding] = []
    for q in profile.pertanyaan_kebutuhan_tim:
        answer = tim.jawaban(q.kode)
        if answer is None:
            out.append(_f("KEBUTUHAN_TIM_BELUM_DIJAWAB", W,
                          f"Pertanyaan kebutuhan tim belum dijawab: {q.pertanyaan}", q.dasar))
        elif not answer:
            note = next((c for c in profile.catatan if "individual" in c), "")
            out.append(_f("KEBUTUHAN_TIM_TIDAK_TERPENUHI", G,
                          f"Syarat pembentukan Tim Kerja tidak terpenuhi ({q.pertanyaan} — "
                          f"tidak). {note}".strip(), q.dasar))
    return out


def overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _cek_beban(tim: Tim, struktur: Struktur,
               periode_lain: Mapping[int, Sequence[tuple[str, dt.date, dt.date]]],
               ambang: int) -> list[Finding]:
    if tim.mulai is None or tim.selesai is None:
        return []
    out: list[Finding] = []
    mine = (tim.mulai, tim.selesai)
    for a in tim.anggota:
        others = [o for o in periode_lain.get(a.pegawai_id, ()) if overlap(mine, (o[1], o[2]))]
        if len(others) + 1 > ambang:
            p = struktur.pegawai_by_id.get(a.pegawai_id)
            if p is None:
                continue
            names = "; ".join(o[0] for o in others)
            out.append(_f("BEBAN_KERJA_TINGGI", W,
                          f"{p.nama_lengkap} akan berada di {len(others) + 1} tim yang periodenya "
                          f"bertumpang tindih (ambang {ambang}): {names}", BEBAN_DASAR, p))
    return out


def galat(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.tingkat is Tingkat.GALAT]


class TimMelanggarAturan(RuleViolation):
    """Saving refused: the team breaks hard rules of the profile (all of them listed)."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        SistemKerjaError.__init__(
            self, "; ".join(f"{f.pesan} (dasar: {f.dasar})" for f in findings),
            code="melanggar_aturan")
        self.citation = findings[0].dasar if findings else ""
        self.findings = tuple(findings)


_LINGKUP = {AsalAnggota.DALAM_UNIT: Lingkup.DALAM_UNIT, AsalAnggota.LINTAS_UNIT: Lingkup.LINTAS_UNIT,
            AsalAnggota.LINTAS_PD: Lingkup.LINTAS_PD,
            AsalAnggota.LINTAS_INSTANSI: Lingkup.LINTAS_INSTANSI}


def dokumen_tim(profile: RegulationProfile, jenis: JenisTim | None,
                lingkup: AsalAnggota) -> tuple[JenisNaskah, str]:
    """The instrument the profile prescribes for a team of this kind and scope, with its
    citation: Surat Tugas, Keputusan Kepala PD, or (Kapuas Hulu, lintas instansi) Keputusan
    Sekretaris Daerah. Surat penugasan / SK Tim Kerja are printed as Surat Tugas / SK."""
    if jenis is not None and jenis.dokumen is not None:
        doc, dasar = jenis.dokumen, str(jenis.dasar)
    else:
        try:
            aturan = profile.dokumen_untuk(_LINGKUP[lingkup], Bentuk.TIM)
        except KeyError:
            return JenisNaskah.SK_KEPALA_PD, str(profile.ketua.kategori_dasar)
        doc, dasar = aturan.dokumen, str(aturan.dasar)
    if doc in (JenisDokumen.SURAT_TUGAS, JenisDokumen.SURAT_PENUGASAN):
        return JenisNaskah.SURAT_TUGAS, dasar
    if doc is JenisDokumen.SK_SEKDA:
        return JenisNaskah.SK_SEKDA, dasar
    return JenisNaskah.SK_KEPALA_PD, dasar
