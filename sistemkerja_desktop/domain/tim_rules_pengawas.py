"""Where a Pejabat Pengawas leads a team.

Bungo Pasal 9 ayat (2): "Dalam hal Unit Organisasi mempunyai struktur organisasi dari 2 (dua)
level, maka Pejabat Pengawas ditunjuk sebagai ketua tim sesuai dengan bidang tugas." Read on the
structure the app holds: the unit pemilik kinerja is led by a Pengawas (that Pengawas is the
ketua), or it is led by an Administrator/JPT whose structural sub-units are all led by Pengawas
(two levels: its head and the Pengawas — one of them is the ketua, by bidang tugas). A unit with
an Administrator below its head has more than two levels; a unit without a Pengawas has none to
appoint: the rule does not apply there.

Pasuruan Lampiran BAB II huruf D angka 1 huruf b butir 13 (likewise D.2.b l, D.3.b l, D.4.b b 8,
D.8.b j): the Level-III Pejabat Pengawas coordinates his unit's substansi "selayaknya Ketua Tim
Kerja" and "tidak dapat membentuk Tim Kerja, dikarenakan secara otomatis menjadi Ketua Tim Kerja
Substansi". Level III = the Pengawas heading a Subbagian/Subbidang/Seksi, except under a
Kecamatan or an RSUD (pola 6–7: there the Pengawas is the PPK, and the clause is absent); the
Subbagian Tata Usaha of a Kelurahan or UPTD is pola 8 (butir j) and counts.
"""

from __future__ import annotations

import dataclasses

from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit, Pegawai, Position, Struktur
from sistemkerja_desktop.domain.profiles import JenisTim, RegulationProfile
from sistemkerja_desktop.domain.tim import (
    Anggota,
    AsalAnggota,
    PeranTim,
    Persetujuan,
    Tim,
)
from sistemkerja_desktop.domain.tim_rules_anggota import _f

G, W = Tingkat.GALAT, Tingkat.PERINGATAN
_UNIT_LEVEL_III = frozenset({JenisUnit.SUBBAGIAN, JenisUnit.SUBBIDANG, JenisUnit.SEKSI})
_POLA_PENGAWAS_PPK = frozenset({JenisUnit.KECAMATAN, JenisUnit.RSUD})  # Pasuruan pola 6–7
_POLA_8 = frozenset({JenisUnit.KELURAHAN, JenisUnit.UPTD})


# ---- Bungo Pasal 9(2) ----------------------------------------------------------------------

def pengawas_dua_level(struktur: Struktur, unit_id: int) -> list[Position]:
    """The Pengawas positions one of whom is ketua of a team owned by `unit_id` in a unit with
    a two-level structure; [] when the rule does not apply (see the module docstring)."""
    head = struktur.pimpinan_of(unit_id)
    if head is None:
        return []
    if head.kategori is Kategori.PENGAWAS:
        return [head]
    if not head.kategori.struktural:
        return []
    heads = [struktur.pimpinan_of(c.id) for c in struktur.children.get(unit_id, ())]
    structural = [h for h in heads if h is not None and h.kategori.struktural]
    if not structural or any(h.kategori is not Kategori.PENGAWAS for h in structural):
        return []
    return structural


def cek_pengawas_ketua(tim: Tim, struktur: Struktur, profile: RegulationProfile, *,
                       final: bool) -> list[Finding]:
    """Bungo Pasal 9(2); `tim` holds the counted members only."""
    dasar = profile.ketua.pengawas_ketua
    if dasar is None or tim.unit_pemilik_id not in struktur.unit_by_id:
        return []
    assert tim.unit_pemilik_id is not None
    pengawas: dict[int, tuple[Pegawai, Position]] = {}
    for pos in pengawas_dua_level(struktur, tim.unit_pemilik_id):
        holder = struktur.holder(pos.id)
        if holder is not None:
            pengawas[holder.id] = (holder, pos)
    if not pengawas:
        return []
    unit = struktur.unit_by_id[tim.unit_pemilik_id]
    nama = "; ".join(f"{p.nama_lengkap} ({pos.nama})" for p, pos in pengawas.values())
    aturan = (f"{unit.nama} mempunyai struktur 2 level: Pejabat Pengawas ditunjuk sebagai ketua "
              f"tim sesuai dengan bidang tugas ({nama})")
    ketua = [struktur.pegawai_by_id[a.pegawai_id] for a in tim.ketua
             if a.pegawai_id in struktur.pegawai_by_id]
    if not ketua:
        return [_f("KETUA_PENGAWAS_BELUM_DITUNJUK", G if final else W,
                   f"{aturan}; ketua tim belum ditunjuk", dasar)]
    return [_f("KETUA_BUKAN_PENGAWAS", G,
               f"{aturan}; {p.nama_lengkap} bukan Pejabat Pengawas unit ini", dasar, p)
            for p in ketua if p.id not in pengawas]


# ---- Pasuruan: Tim Kerja Substansi --------------------------------------------------------

def pengawas_level3(struktur: Struktur, unit_id: int | None) -> Position | None:
    """The Level-III Pejabat Pengawas heading `unit_id` (Pasuruan), else None."""
    unit = struktur.unit_by_id.get(unit_id or -1)
    if unit is None or unit.jenis not in _UNIT_LEVEL_III:
        return None
    head = struktur.pimpinan_of(unit.id)
    if head is None or head.kategori is not Kategori.PENGAWAS:
        return None
    for induk in list(struktur.ancestors(unit.id))[1:]:
        if induk.jenis in _POLA_PENGAWAS_PPK:
            return None
        if induk.jenis in _POLA_8:
            break
    return head


def _level3(struktur: Struktur) -> dict[int, Position]:
    """position id → the Level-III Pengawas position, over the whole agency."""
    out: dict[int, Position] = {}
    for u in struktur.units:
        pos = pengawas_level3(struktur, u.id)
        if pos is not None:
            out[pos.id] = pos
    return out


def cek_substansi(tim: Tim, struktur: Struktur, profile: RegulationProfile,
                  jenis: JenisTim | None) -> tuple[list[Finding], frozenset[int]]:
    """The Pasuruan Level-III Pengawas rules; also the pegawai whose kategori these rules judge
    (left out of the generic KETUA_KATEGORI). `tim` holds the counted members only."""
    dasar = profile.ketua.pengawas_ketua_substansi
    if dasar is None:
        return [], frozenset()
    out: list[Finding] = []
    ketua = [struktur.pegawai_by_id[a.pegawai_id] for a in tim.ketua
             if a.pegawai_id in struktur.pegawai_by_id]
    if jenis is not None and jenis.substansi:
        if tim.unit_pemilik_id not in struktur.unit_by_id:
            return [], frozenset()
        unit = struktur.unit_by_id[tim.unit_pemilik_id or -1]
        pos = pengawas_level3(struktur, unit.id)
        if pos is None:
            return [_f("TIM_SUBSTANSI_TANPA_PENGAWAS", G,
                       f"Tim Kerja Substansi dipimpin Pejabat Pengawas (Level III) yang memimpin "
                       f"unit pemilik kinerja; {unit.nama} tidak dipimpin Pejabat Pengawas Level "
                       "III — gunakan jenis Tim Kerja", dasar)], frozenset()
        holder = struktur.holder(pos.id)
        if holder is None:
            return [_f("TIM_SUBSTANSI_PENGAWAS_KOSONG", W,
                       f"Jabatan {pos.nama} kosong: Ketua Tim Kerja Substansi {unit.nama} belum "
                       "ada", dasar)], frozenset()
        if not ketua:
            out.append(_f("KETUA_SUBSTANSI_OTOMATIS", W,
                          f"{holder.nama_lengkap} ({pos.nama}) secara otomatis menjadi Ketua Tim "
                          "Kerja Substansi; dicantumkan sebagai ketua saat tim disimpan",
                          dasar, holder))
        out += [_f("KETUA_SUBSTANSI_BUKAN_PENGAWAS", G,
                   f"Ketua Tim Kerja Substansi {unit.nama} adalah Pejabat Pengawas yang "
                   f"memimpinnya, {holder.nama_lengkap} ({pos.nama}); {p.nama_lengkap} tidak "
                   "dapat menjadi ketuanya", dasar, p) for p in ketua if p.id != holder.id]
        return out, frozenset({holder.id})
    level3 = _level3(struktur)
    by_holder = {pos.pemangku_id: pos for pos in level3.values() if pos.pemangku_id is not None}
    for p in ketua:
        pos = by_holder.get(p.id)
        if pos is not None:
            out.append(_f("KETUA_PENGAWAS_SUBSTANSI", G,
                          f"{p.nama_lengkap} ({pos.nama}) secara otomatis menjadi Ketua Tim Kerja "
                          "Substansi unitnya dan tidak dapat membentuk atau memimpin Tim Kerja "
                          "lain", dasar, p))
    pemilik = level3.get(tim.pemilik_kinerja_position_id or -1)
    if pemilik is not None:
        holder = struktur.holder(pemilik.id)
        siapa = f" ({holder.nama_lengkap})" if holder else ""
        out.append(_f("TIM_DIBENTUK_PENGAWAS_SUBSTANSI", G,
                      f"Tim Kerja tidak dapat dibentuk oleh {pemilik.nama}{siapa}: Pejabat "
                      "Pengawas Level III secara otomatis menjadi Ketua Tim Kerja Substansi; "
                      "Tim Kerja dibentuk oleh Pimpinan Unit Organisasi di atasnya", dasar))
    return out, frozenset(p.id for p in ketua if p.id in by_holder)


def isi_ketua_otomatis(tim: Tim, struktur: Struktur, profile: RegulationProfile,
                       jenis: JenisTim | None) -> Tim:
    """A Pasuruan Tim Kerja Substansi without ketua gets its Pejabat Pengawas as ketua (first
    on the roster): he is its ketua "secara otomatis". Other teams are returned unchanged."""
    if (profile.ketua.pengawas_ketua_substansi is None or jenis is None or not jenis.substansi
            or tim.ketua):
        return tim
    pos = pengawas_level3(struktur, tim.unit_pemilik_id)
    holder = struktur.holder(pos.id) if pos else None
    if holder is None:
        return tim
    rest = tuple(a for a in tim.anggota if a.pegawai_id != holder.id)
    ketua = Anggota(holder.id, PeranTim.KETUA, asal=AsalAnggota.DALAM_UNIT,
                    persetujuan=Persetujuan.TIDAK_PERLU)
    return dataclasses.replace(tim, anggota=(ketua, *rest))
