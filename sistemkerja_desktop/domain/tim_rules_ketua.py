"""Ketua rules of a team (the profile's `AturanKetua`).

- at most one ketua; none at all (per profile); who may be ketua (kategori); the ketua of a
  cross-unit team from the unit pemilik kinerja (Bungo galat, others peringatan; Pekalongan
  cites Pasal 13(4) for the squad, Pasal 12(4) for the tematik team); Pekalongan ketua ≤ 1
  tahun (Pasal 1 angka 33);
- Kapuas Hulu replacement ketua ≥ D3 and ≥ III/b (Lampiran I B.3.f);
- Pekalongan acting ketua (Pasal 29): appointed by the Kepala Unit Organisasi Pemilik Kinerja
  while the ketua is temporarily absent, one jenjang below, above or equal to the ketua; other
  Perbup do not know the role (peringatan).

Bungo Pasal 9(2) and the Pasuruan Tim Kerja Substansi are in `tim_rules_pengawas`.
"""

from __future__ import annotations

import datetime as dt

from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.pangkat import pendidikan_level
from sistemkerja_desktop.domain.profiles import (
    JenisTim,
    KetuaSementara,
    RegulationProfile,
    SyaratKetuaPengganti,
)
from sistemkerja_desktop.domain.profiles.base import tambah_bulan
from sistemkerja_desktop.domain.tim import Tim, dalam_subtree
from sistemkerja_desktop.domain.tim_rules_anggota import _f

G, W = Tingkat.GALAT, Tingkat.PERINGATAN


def cek_ketua(tim: Tim, struktur: Struktur, profile: RegulationProfile, jenis: JenisTim | None,
              *, final: bool = False, dikecualikan: frozenset[int] = frozenset()
              ) -> list[Finding]:
    """`tim` holds the counted members only. `dikecualikan`: pegawai whose kategori is judged
    by a more specific rule (the Pasuruan Level-III Pengawas, `tim_rules_pengawas`)."""
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
    dari_pemilik_dasar = ((jenis.ketua_dari_pemilik_dasar if jenis else None)
                          or aturan.dari_pemilik_kinerja_dasar)
    for a in ketua:
        p = struktur.pegawai_by_id[a.pegawai_id]
        kategori = p.jabatan.kategori if p.jabatan else None
        if kategori not in aturan.kategori and p.id not in dikecualikan:
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
                          f"{p.nama_lengkap} berasal dari unit lain", dari_pemilik_dasar, p))
        if a.pengganti and aturan.pengganti is not None:
            out += _cek_pengganti(p, aturan.pengganti)
        if aturan.maks_bulan and tim.mulai and tim.selesai and tim.selesai > (
                tambah_bulan(tim.mulai, aturan.maks_bulan) - dt.timedelta(days=1)):
            out.append(_f("KETUA_MASA_JABATAN", G,
                          f"Penunjukan ketua tim paling lama {aturan.maks_bulan // 12} tahun",
                          aturan.maks_bulan_dasar or aturan.kategori_dasar, p))
    return out + cek_sementara(tim, struktur, profile, jenis, final=final)


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


def cek_sementara(tim: Tim, struktur: Struktur, profile: RegulationProfile,
                  jenis: JenisTim | None, *, final: bool = False) -> list[Finding]:
    """The acting ketua (`Anggota.sementara`)."""
    acting = [a for a in tim.ketua_sementara if a.pegawai_id in struktur.pegawai_by_id]
    if not acting:
        return []
    aturan = profile.ketua.sementara
    if aturan is None:
        return [_f("KETUA_SEMENTARA_TIDAK_DIKENAL", W,
                   f"{struktur.pegawai_by_id[a.pegawai_id].nama_lengkap} ditandai sebagai ketua "
                   f"sementara, padahal {profile.singkat} tidak mengenal Ketua Tim Kerja "
                   "sementara; tandai sebagai anggota atau tunjuk ketua baru",
                   profile.ketua.satu_ketua_dasar, struktur.pegawai_by_id[a.pegawai_id])
                for a in acting]
    out: list[Finding] = []
    label = acting[0].label_peran_untuk(jenis.nama if jenis else "")
    if len(acting) > 1:
        out.append(_f("KETUA_SEMENTARA_LEBIH_DARI_SATU", aturan.tingkat,
                      f"Hanya seorang {label} yang dapat ditunjuk", aturan.dasar))
    ketua = [struktur.pegawai_by_id[a.pegawai_id] for a in tim.ketua
             if a.pegawai_id in struktur.pegawai_by_id]
    for a in acting:
        p = struktur.pegawai_by_id[a.pegawai_id]
        if not ketua:
            out.append(_f("KETUA_SEMENTARA_TANPA_KETUA", aturan.tingkat,
                          f"{p.nama_lengkap} ditunjuk sebagai {label} padahal tim belum memiliki "
                          "ketua: ketua sementara ditunjuk bila ketua berhalangan sementara; "
                          "cantumkan ketua tim", aturan.dasar, p))
        else:
            out += _cek_jenjang_sementara(p, ketua[0], aturan, label)
        if not a.dasar_sementara.strip():
            out.append(_f("KETUA_SEMENTARA_TANPA_DASAR", G if final else W,
                          f"Dasar penunjukan {p.nama_lengkap} sebagai {label} oleh Kepala Unit "
                          "Organisasi Pemilik Kinerja belum dicatat", aturan.dasar, p))
    return out


def _cek_jenjang_sementara(p: Pegawai, ketua: Pegawai, aturan: KetuaSementara,
                           label: str) -> list[Finding]:
    mine = p.jabatan.jenjang if p.jabatan else None
    his = ketua.jabatan.jenjang if ketua.jabatan else None
    if mine is None or his is None:
        siapa = p if mine is None else ketua
        jab = siapa.jabatan.nama if siapa.jabatan else "tanpa jabatan"
        return [_f("KETUA_SEMENTARA_JENJANG", W,
                   f"Jenjang {siapa.nama_lengkap} ({jab}) tidak diketahui: {label} harus satu "
                   f"jenjang di bawah, di atas, atau setara dengan ketua — periksa secara manual",
                   aturan.dasar, p)]
    if abs(mine.rank - his.rank) > aturan.selisih_jenjang:
        return [_f("KETUA_SEMENTARA_JENJANG", aturan.tingkat,
                   f"{label} paling jauh {aturan.selisih_jenjang} jenjang di bawah atau di atas "
                   f"ketua; {p.nama_lengkap} ({mine.value}), ketua {ketua.nama_lengkap} "
                   f"({his.value})", aturan.dasar, p)]
    return []

