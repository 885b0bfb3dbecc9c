"""The rule behind every finding code, per regulation profile, read from the domain's data.

Pure Python (no Qt): `aturan_temuan(profile)` lists, for each code of `findings.LABELS`, the
grounds on which the checks raise it under that profile — its tingkat and the `Citation` (seed
file and Pasal) the finding itself shows. The citations come from where the checks take them:
the profile's rule rows (`aturan_dasar`, `aturan_kedudukan`, `aturan_pimpinan_jf`), its ketua
and jenis-tim data, the shared constants of the rule modules, and — for the two team data
checks whose citation is written inside the check — from running `cek_tim` on an empty team.
tests/views/test_bantuan.py holds this table to the findings the checks really produce.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sistemkerja_desktop.domain.findings import LABELS, Tingkat, finding_label
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah, Struktur
from sistemkerja_desktop.domain.profiles import KODE_DASAR, RegulationProfile
from sistemkerja_desktop.domain.profiles.citation import KEPPRES_87_1999, VALIDASI_DATA, Citation
from sistemkerja_desktop.domain.tim import Tim
from sistemkerja_desktop.domain.tim_rules import BEBAN_DASAR, cek_tim
from sistemkerja_desktop.domain.tim_rules_anggota import KEDUDUKAN_UMUM, PERSETUJUAN_UMUM

GALAT = "galat"
PERINGATAN = "peringatan"
DRAF_FINAL = "peringatan pada draf, galat pada tim aktif atau naskah final"

KEDUDUKAN, TIM, BAGAN = "Pemeriksaan kedudukan", "Tim Kerja", "Bagan Organisasi"

_DATA_KEDUDUKAN = ("NIP_GANDA", "PEGAWAI_TANPA_JABATAN", "PEGAWAI_TANPA_UNIT",
                   "KEDUDUKAN_PEGAWAI_TIDAK_DIKENAL", "KEDUDUKAN_POSISI_TIDAK_DIKENAL")
_DATA_TIM = ("TIM_NAMA_KOSONG", "TIM_JENIS_TIDAK_DIKENAL", "TIM_PERIODE_TERBALIK",
             "ANGGOTA_TIDAK_ADA", "ANGGOTA_GANDA", "ANGGOTA_TIDAK_AKTIF")


@dataclass(frozen=True, slots=True)
class Dasar:
    """One ground on which a code is raised: tingkat, citation, and the rule in words."""

    tingkat: str
    citation: Citation | None
    teks_dasar: str  # exactly what the finding shows as its dasar
    uraian: str = ""
    berlaku: str = ""  # where it applies ("Kelompok Kerja (squad)", …)

    @property
    def ketentuan_perbup(self) -> bool:
        """A Perbup (seed) rule, as opposed to a data check or a national regulation."""
        return self.citation is not None and self.citation.seed is not None


@dataclass(frozen=True, slots=True)
class AturanTemuan:
    kode: str
    label: str
    kelompok: str  # KEDUDUKAN, TIM or BAGAN
    dasar: tuple[Dasar, ...]  # empty: the profile has no such rule

    @property
    def validasi_data(self) -> bool:
        return bool(self.dasar) and all(d.citation == VALIDASI_DATA for d in self.dasar)


def _tingkat(t: Tingkat | None) -> str:
    return GALAT if t is Tingkat.GALAT else PERINGATAN


def _d(tingkat: str, citation: Citation | None, uraian: str = "", berlaku: str = "",
       teks: str | None = None) -> Dasar:
    return Dasar(tingkat, citation, str(citation) if teks is None else teks, uraian, berlaku)


def _dari_cek_tim(profile: RegulationProfile) -> dict[str, str]:
    """The dasar text of the team data checks, from the check itself on an empty team."""
    pd = PerangkatDaerah(nama="-", pemda="-", profil=profile.kode)
    kosong = Tim(nama="", jenis="", unit_pemilik_id=None, mulai=None, selesai=None)
    return {f.kode: f.dasar for f in cek_tim(kosong, Struktur(pd), profile)}


def _kedudukan(p: RegulationProfile) -> dict[str, list[Dasar]]:
    out: dict[str, list[Dasar]] = {k: [_d(GALAT, VALIDASI_DATA)] for k in _DATA_KEDUDUKAN}
    out["GOLONGAN_TIDAK_SESUAI_JENJANG"] = [_d(PERINGATAN, KEPPRES_87_1999,
                                               "pangkat/golongan sesuai rentang jenjang JF")]
    out["UNIT_INDUK_TIDAK_DIKETAHUI"] = [_d(PERINGATAN, VALIDASI_DATA)]
    for kode in KODE_DASAR:
        rule = p.dasar(kode)
        out[kode] = [_d(_tingkat(rule.tingkat), rule.dasar, rule.uraian)]
    rows: Iterable = (*p.aturan_kedudukan, *filter(None, [p.aturan_pimpinan_jf]))
    for row in rows:
        out.setdefault(row.kode, []).append(_d(_tingkat(row.tingkat), row.dasar, row.uraian))
    return out


def _ketua(p: RegulationProfile) -> dict[str, list[Dasar]]:
    k = p.ketua
    out: dict[str, list[Dasar]] = {
        "KETUA_LEBIH_DARI_SATU": [_d(GALAT, k.satu_ketua_dasar, "satu tim hanya memiliki "
                                                               "seorang ketua")],
        "KETUA_KATEGORI": [_d(GALAT, k.kategori_dasar, "ketua tim: " + ", ".join(
            sorted(x.value for x in k.kategori)))],
    }
    pemilik = [_d(_tingkat(k.dari_pemilik_kinerja), k.dari_pemilik_kinerja_dasar,
                  "ketua tim lintas unit " + ("harus" if k.dari_pemilik_kinerja is Tingkat.GALAT
                                              else "diutamakan") + " dari unit pemilik kinerja")]
    pemilik += [_d(_tingkat(k.dari_pemilik_kinerja), j.ketua_dari_pemilik_dasar, berlaku=j.nama)
                for j in p.jenis_tim if j.ketua_dari_pemilik_dasar is not None]
    out["KETUA_BUKAN_DARI_PEMILIK_KINERJA"] = pemilik
    if k.tanpa_ketua is not None:
        out["KETUA_BELUM_ADA"] = [_d(_tingkat(k.tanpa_ketua),
                                     k.tanpa_ketua_dasar or k.satu_ketua_dasar)]
    if k.maks_bulan:
        out["KETUA_MASA_JABATAN"] = [_d(GALAT, k.maks_bulan_dasar or k.kategori_dasar,
                                        f"penunjukan ketua paling lama {k.maks_bulan // 12} "
                                        "tahun")]
    if k.pengganti is not None:
        s = k.pengganti
        out["KETUA_PENGGANTI_PENDIDIKAN"] = [_d(_tingkat(s.tingkat), s.dasar,
                                                f"paling rendah {s.pendidikan_label}")]
        out["KETUA_PENGGANTI_GOLONGAN"] = [_d(_tingkat(s.tingkat), s.dasar,
                                              f"paling rendah {s.golongan_min.tampil}")]
        out["KETUA_PENGGANTI_PPPK"] = [_d(PERINGATAN, s.dasar, "syarat golongan tidak "
                                                               "mengatur PPPK")]
    if k.sementara is None:
        out["KETUA_SEMENTARA_TIDAK_DIKENAL"] = [_d(PERINGATAN, k.satu_ketua_dasar,
                                                   f"{p.singkat} tidak mengenal ketua "
                                                   "sementara")]
    else:
        s2 = k.sementara
        t = _tingkat(s2.tingkat)
        out["KETUA_SEMENTARA_LEBIH_DARI_SATU"] = [_d(t, s2.dasar)]
        out["KETUA_SEMENTARA_TANPA_KETUA"] = [_d(t, s2.dasar)]
        out["KETUA_SEMENTARA_JENJANG"] = [_d(t, s2.dasar, f"paling jauh {s2.selisih_jenjang} "
                                                          "jenjang di bawah atau di atas ketua")]
        out["KETUA_SEMENTARA_TANPA_DASAR"] = [_d(DRAF_FINAL, s2.dasar)]
    if k.pengawas_ketua is not None:
        out["KETUA_BUKAN_PENGAWAS"] = [_d(GALAT, k.pengawas_ketua)]
        out["KETUA_PENGAWAS_BELUM_DITUNJUK"] = [_d(DRAF_FINAL, k.pengawas_ketua)]
    if k.pengawas_ketua_substansi is not None:
        c = k.pengawas_ketua_substansi
        for kode, t in (("KETUA_SUBSTANSI_OTOMATIS", PERINGATAN),
                        ("KETUA_SUBSTANSI_BUKAN_PENGAWAS", GALAT),
                        ("KETUA_PENGAWAS_SUBSTANSI", GALAT),
                        ("TIM_DIBENTUK_PENGAWAS_SUBSTANSI", GALAT),
                        ("TIM_SUBSTANSI_TANPA_PENGAWAS", GALAT),
                        ("TIM_SUBSTANSI_PENGAWAS_KOSONG", PERINGATAN)):
            out[kode] = [_d(t, c)]
    return out


def _tim(p: RegulationProfile) -> dict[str, list[Dasar]]:
    dicek = _dari_cek_tim(p)
    out: dict[str, list[Dasar]] = {k: [_d(GALAT, VALIDASI_DATA)] for k in _DATA_TIM}
    for kode in ("TIM_UNIT_PEMILIK_KOSONG", "TIM_PERIODE_KOSONG"):
        out[kode] = [_d(GALAT, None, teks=dicek[kode])]
    persetujuan = p.ketua.persetujuan_dasar or PERSETUJUAN_UMUM
    out["ANGGOTA_MENUNGGU_PERSETUJUAN"] = [_d(DRAF_FINAL, persetujuan)]
    out["ANGGOTA_DITOLAK"] = [_d(PERINGATAN, persetujuan)]
    out["ANGGOTA_TANPA_KEDUDUKAN"] = [_d(DRAF_FINAL, p.ketua.kedudukan_dasar or KEDUDUKAN_UMUM,
                                         "penugasan dilakukan setelah penetapan kedudukan")]
    for j in p.jenis_tim:
        batas = _durasi(j.min_bulan, j.maks_bulan)
        out.setdefault("TIM_DURASI", []).append(_d(_tingkat(j.tingkat), j.dasar, batas, j.nama))
        if j.satu_tahun_anggaran is not None:
            out.setdefault("TIM_LINTAS_TAHUN_ANGGARAN", []).append(
                _d(GALAT, j.satu_tahun_anggaran, "dalam satu tahun anggaran", j.nama))
        if j.lintas_unit_wajib:
            out.setdefault("TIM_HARUS_LINTAS_UNIT", []).append(
                _d(DRAF_FINAL, j.dasar, "melibatkan anggota lintas unit atau lintas instansi",
                   j.nama))
    for q in p.pertanyaan_kebutuhan_tim:
        out.setdefault("KEBUTUHAN_TIM_BELUM_DIJAWAB", []).append(
            _d(PERINGATAN, q.dasar, q.pertanyaan))
        out.setdefault("KEBUTUHAN_TIM_TIDAK_TERPENUHI", []).append(_d(GALAT, q.dasar,
                                                                      q.pertanyaan))
    out["BEBAN_KERJA_TINGGI"] = [_d(PERINGATAN, BEBAN_DASAR, "ambang jumlah tim yang "
                                                            "bertumpang tindih (pengaturan PD)")]
    return out | _ketua(p)


def _durasi(min_bulan: int | None, maks_bulan: int | None) -> str:
    def teks(n: int) -> str:
        return f"{n // 12} tahun" if n % 12 == 0 else f"{n} bulan"

    if min_bulan and maks_bulan:
        return f"paling singkat {teks(min_bulan)}, paling lama {teks(maks_bulan)}"
    if maks_bulan:
        return f"paling lama {teks(maks_bulan)}"
    return "periode waktu tertentu (ada tanggal selesai)"


_BAGAN = {"BAGAN_STRUKTURAL_DALAM_KELOMPOK": PERINGATAN, "BAGAN_PPK_PELAKSANA": GALAT}


def kelompok(kode: str) -> str:
    if kode.startswith("BAGAN_"):
        return BAGAN
    if kode.startswith(("TIM_", "ANGGOTA_", "KETUA_", "KEBUTUHAN_", "BEBAN_")):
        return TIM
    return KEDUDUKAN


def aturan_temuan(profile: RegulationProfile) -> list[AturanTemuan]:
    """Every finding code (LABELS order), with this profile's grounds for it."""
    grounds = _kedudukan(profile) | _tim(profile)
    grounds |= {k: [_d(t, VALIDASI_DATA)] for k, t in _BAGAN.items()}
    return [AturanTemuan(kode, finding_label(kode), kelompok(kode),
                         tuple(grounds.get(kode, ()))) for kode in LABELS]

