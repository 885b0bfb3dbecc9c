"""Fictional demo agency and a synthetic agency generator.

- `build_demo_struktur(today)`: "Dinas Kesehatan Kabupaten Contoh" — the 32 pegawai of
  domain_conventions.md Appendix A verbatim, 11 more hand-written pegawai (three officials, one
  JF and the deliberate problems listed in `DEMO_PROBLEMS`) and ~100 generated ones.
- `build_generated_struktur(n, seed=…, today=…)`: a larger, clean agency for benchmarks.

All names and NIPs are fictional; NIPs are format-valid (`nip.parse_nip`) with sequence numbers in
the 901–999 range, which real sequences seldom reach.
"""

from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate

from sistemkerja_desktop.domain.demo_names import (
    BIDANG,
    DESA_PREFIX,
    DESA_SUFFIX,
    JABATAN,
    KAPUS_JF,
    PEGAWAI_CONTOH,
    PEJABAT,
    POOL_PUSKESMAS,
    POOL_SEKRETARIAT,
    SUBBAGIAN,
    UPTD,
    Didik,
    Pool,
    buat_nama,
)
from sistemkerja_desktop.domain.jabatan import (
    JENJANG_PANGKAT,
    Jabatan,
    Jenjang,
    JFKategori,
    Kategori,
    jenjang_from_nama,
)
from sistemkerja_desktop.domain.nip import StatusKepegawaian, parse_nip
from sistemkerja_desktop.domain.organisasi import (
    JenisUnit,
    Kedudukan,
    Pegawai,
    Pengisian,
    PerangkatDaerah,
    Position,
    Struktur,
    Unit,
)
from sistemkerja_desktop.domain.pangkat import GOLONGAN_PNS, GOLONGAN_PPPK, Golongan

__all__ = ["DEMO_PD", "DEMO_PROBLEMS", "KEDUDUKAN_AWAL", "build_demo_struktur",
           "build_generated_struktur"]

DEMO_PD = PerangkatDaerah(
    nama="Dinas Kesehatan", pemda="Kabupaten Contoh", profil="generic", jenis="Dinas",
    alamat="Jalan Merdeka Nomor 10, Contoh", kode_pos="12345", telepon="(0123) 456789",
    laman="dinkes.contohkab.go.id", email="dinkes@contohkab.go.id", tempat_penetapan="Contoh")
KEDUDUKAN_AWAL = dt.date(2022, 1, 3)  # penetapan kedudukan after penyederhanaan birokrasi
_SK_AWAL = "800.1.3/045/Dinkes/2022"

_P_TANPA_KEDUDUKAN = "199411082020122937"
_P_DUA_KEDUDUKAN = "197904302006011938"
_P_MADYA_DI_PENGAWAS = "197212051998032941"
_P_DI_BAWAH_JF = "199107192015031942"
_P_TANPA_UNIT = "199603022022082943"
# Deliberate problems in the demo agency; everything else is meant to be clean.
DEMO_PROBLEMS: tuple[tuple[str, str], ...] = (
    (_P_TANPA_KEDUDUKAN, "JF (Perawat Ahli Pertama, mutasi masuk) belum memiliki kedudukan"),
    (_P_DUA_KEDUDUKAN, "Pelaksana memiliki dua kedudukan sekaligus (Kabid Yankes dan Kabid "
                           "SDK; kedudukan lama tidak diakhiri)"),
    ("199309142019032939", "JF di bawah jabatan kosong: Kepala Subbagian Perencanaan dan "
                           "Pelaporan tanpa pejabat dan tanpa Plt."),
    ("199501252020121940", "JF di bawah jabatan kosong: Kepala Subbagian Perencanaan dan "
                           "Pelaporan tanpa pejabat dan tanpa Plt."),
    (_P_MADYA_DI_PENGAWAS, "JF Ahli Madya ditempatkan di bawah Pejabat Pengawas (Kepala "
                           "Subbagian Keuangan dan Aset) — terlalu tinggi untuk PPK tersebut"),
    (_P_DI_BAWAH_JF, "Pelaksana di bawah pejabat fungsional yang bukan pimpinan unit kerja "
                           "mandiri dan tanpa pendelegasian (unit bukan mandiri)"),
    (_P_TANPA_UNIT, "Pegawai tanpa unit kerja"),
)

_K = {"JPT": Kategori.JPT_PRATAMA, "ADM": Kategori.ADMINISTRATOR, "PGW": Kategori.PENGAWAS,
      "JF": Kategori.FUNGSIONAL, "PL": Kategori.PELAKSANA}
# Demo units: (kode, nama, jenis, parent kode, leader position, leader kategori, holder row).
_DEMO_UNITS = (
    ("PIM", "Pimpinan", JenisUnit.PIMPINAN, "", "Kepala Dinas Kesehatan", "JPT", 1),
    ("SEK", "Sekretariat", JenisUnit.SEKRETARIAT, "PIM", "Sekretaris Dinas", "ADM", 2),
    ("UMPEG", SUBBAGIAN[0][0], JenisUnit.SUBBAGIAN, "SEK", "", "PGW", 3),
    ("KEU", SUBBAGIAN[1][0], JenisUnit.SUBBAGIAN, "SEK", "", "PGW", 35),
    ("PP", SUBBAGIAN[2][0], JenisUnit.SUBBAGIAN, "SEK", "", "PGW", None),  # vacant: problem (c)
    ("KESMAS", BIDANG[0][0], JenisUnit.BIDANG, "PIM", "", "ADM", 2),  # Plt.: the Sekretaris
    ("P2P", BIDANG[1][0], JenisUnit.BIDANG, "PIM", "", "ADM", 33),
    ("YANKES", BIDANG[2][0], JenisUnit.BIDANG, "PIM", "", "ADM", 4),
    ("SDK", BIDANG[3][0], JenisUnit.BIDANG, "PIM", "", "ADM", 34),
    ("PKM-SKM", "UPTD Puskesmas Sukamaju", JenisUnit.PUSKESMAS, "PIM", "", "JF", 19),
    ("PKM-TJS", "UPTD Puskesmas Tanjungsari", JenisUnit.PUSKESMAS, "PIM", "", "JF", 20),
)
_DEMO_STAFF = (("SEK", 6), ("UMPEG", 3), ("KEU", 3), ("KESMAS", 6), ("P2P", 6), ("YANKES", 6),
               ("SDK", 6), ("PKM-SKM", 32), ("PKM-TJS", 32))

_JW = {Jenjang.AHLI_PERTAMA: 4.0, Jenjang.AHLI_MUDA: 3.0, Jenjang.AHLI_MADYA: 0.3,
       Jenjang.TERAMPIL: 4.0, Jenjang.MAHIR: 2.5, Jenjang.PENYELIA: 1.5}
# Who may sit in which unit so that the generic profile has nothing to warn about: JF are
# assessed by an Administrator/JPT (Ahli Madya by the JPT), a Pengawas of a Subbagian/Seksi only
# assesses pelaksana, a Kepala UPTD (Pengawas) at most Ahli Pertama/Mahir.
_PELAKSANA_OK: frozenset[Jenjang | None] = frozenset({None})
_JF_OK: frozenset[Jenjang | None] = frozenset(_JW)
_BIDANG_OK = _JF_OK | _PELAKSANA_OK
_UPTD_OK = frozenset({Jenjang.AHLI_PERTAMA, Jenjang.TERAMPIL, Jenjang.MAHIR, None})
_PKM_OK = _BIDANG_OK - {Jenjang.AHLI_MADYA}
_START = {"SMA": 4, "D3": 6, "S1": 8, "DR": 9, "S2": 9}  # index in GOLONGAN_PNS: II/a … III/b
_CAP = {"SMA": 9, "D3": 10, "S1": 11, "DR": 11, "S2": 11}  # pelaksana caps: III/b, III/c, III/d
_AGE = {"SMA": (19, 28), "D3": (20, 30), "S1": (22, 32), "DR": (25, 34), "S2": (26, 34)}
_PPPK_GOL = {"SMA": "V", "D3": "VII"}
_TMT_MONTHS = (1, 2, 3, 3, 4, 6, 12, 12)
_GOL = tuple(Golongan.pns(k) for k in GOLONGAN_PNS)


class _Factory:
    """Deterministic pegawai factory keeping NIPs (and optionally names) unique."""

    def __init__(self, rng: random.Random, today: dt.date, *, unique_names: bool) -> None:
        self.rng, self.today, self.unique_names = rng, today, unique_names
        self.nips: set[str] = set()
        self.names: set[str] = set()
        self.pegawai: list[Pegawai] = []
        self._jab: dict[tuple[str, Jenjang | None], Jabatan] = {}
        self._choices: dict[tuple[int, frozenset], tuple[list, list[float]]] = {}

    def add(self, **kw: object) -> Pegawai:
        p = Pegawai(id=len(self.pegawai) + 1, **kw)  # type: ignore[arg-type]
        self.pegawai.append(p)
        self.nips.add(p.nip)
        self.names.add(p.nama)
        return p

    def jabatan(self, base: str, jenjang: Jenjang | None) -> Jabatan:
        key = (base, jenjang)
        if key not in self._jab:
            self._jab[key] = (Jabatan(f"{base} {jenjang}", Kategori.FUNGSIONAL, jenjang) if jenjang
                              else Jabatan(base, Kategori.PELAKSANA))
        return self._jab[key]

    def choose(self, pool: Pool, allowed: frozenset) -> tuple[str, Jenjang | None]:
        key = (id(pool), allowed)
        if key not in self._choices:
            items: list[tuple[str, Jenjang | None]] = []
            weights: list[float] = []
            for base, w in pool:
                spec = JABATAN[base]
                opts = [j for j in _JW if j in allowed and (
                    spec.ahli if j.kategori is JFKategori.KEAHLIAN else spec.trampil)]
                total = sum(_JW[j] for j in opts)
                items += [(base, j) for j in opts]
                weights += [w * _JW[j] / total for j in opts]
                if spec.umum and None in allowed:
                    items.append((base, None))
                    weights.append(w)
            self._choices[key] = (items, list(accumulate(weights)))
        items, cw = self._choices[key]
        return self.rng.choices(items, cum_weights=cw)[0]

    def nama(self, female: bool) -> str:
        for _ in range(50):
            name = buat_nama(self.rng, female)
            if not self.unique_names or name not in self.names:
                break
        return name

    def person(self, unit_id: int | None, jab: Jabatan, didik: Didik, *, pppk: bool,
               gol_range: tuple[int, int] | None = None, p_female: float = 0.5,
               kompetensi: tuple[str, ...] = (), bup: int = 58,
               magister: tuple[tuple[str, str], ...] = ()) -> Pegawai:
        rng, today = self.rng, self.today
        female = rng.random() < p_female
        pendidikan, belakang = didik.pendidikan, didik.gelar_belakang
        if pppk:
            gol = Golongan(True, GOLONGAN_PPPK.index(_PPPK_GOL.get(didik.level, "IX")))
            tmt_year = rng.randint(min(max(2019, today.year - 4), today.year), today.year)
            middle = "21"
        else:
            start = _START[didik.level]
            lo, hi = gol_range or (start, _CAP[didik.level])
            idx = rng.randint(min(max(lo, start), hi), hi)
            gol = _GOL[idx]
            years = min(35, max(1, (idx - start) * 4 + rng.randint(0, 3)))
            tmt_year = today.year - years
            middle = f"{rng.choice(_TMT_MONTHS):02d}"
        if magister and jab.jenjang in (Jenjang.AHLI_MUDA, Jenjang.AHLI_MADYA) and (
                rng.random() < (0.7 if jab.jenjang is Jenjang.AHLI_MADYA else 0.2)):
            pendidikan, gelar = rng.choice(magister)
            belakang = f"{belakang}, {gelar}" if belakang else gelar
        low, high = _AGE[didik.level]
        age = rng.randint(max(low, 21), high) if pppk else rng.randint(low, high)
        birth_year = max(tmt_year - age, today.year - bup + 1)
        birth_year = min(birth_year, tmt_year - 19)
        lahir = f"{birth_year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        prefix = f"{lahir}{tmt_year}{middle}{2 if female else 1}"
        for attempt in range(1000):
            nip = f"{prefix}{rng.randint(901 if attempt < 20 else 1, 999):03d}"
            if nip not in self.nips:
                break
        return self.add(nip=nip, nama=self.nama(female), jabatan=jab, unit_id=unit_id,
                        status=StatusKepegawaian.PPPK if pppk else StatusKepegawaian.PNS,
                        gelar_depan=didik.gelar_depan, gelar_belakang=belakang, golongan=gol,
                        pendidikan=pendidikan, kompetensi=kompetensi)

    def staff(self, unit_id: int, base: str, jenjang: Jenjang | None, pppk: bool) -> Pegawai:
        spec = JABATAN[base]
        if jenjang is None:
            options = spec.umum
        else:
            options = spec.ahli if jenjang.kategori is JFKategori.KEAHLIAN else spec.trampil
        gol_range = None
        if jenjang is not None:
            lo, hi = JENJANG_PANGKAT[jenjang]
            gol_range = (GOLONGAN_PNS.index(lo), GOLONGAN_PNS.index(hi))
        return self.person(unit_id, self.jabatan(base, jenjang), self.rng.choice(options),
                           pppk=pppk, gol_range=gol_range, p_female=spec.p_female,
                           kompetensi=spec.kompetensi, magister=spec.magister,
                           bup=60 if jenjang is Jenjang.AHLI_MADYA else 58)

    def random_staff(self, unit_id: int, pool: Pool, allowed: frozenset,
                     p_pppk: float) -> Pegawai:
        base, jenjang = self.choose(pool, allowed)
        pppk = jenjang in (Jenjang.AHLI_PERTAMA, Jenjang.TERAMPIL, None) and (
            self.rng.random() < p_pppk)
        return self.staff(unit_id, base, jenjang, pppk)

    def pejabat(self, unit_id: int, role: str, nama_jabatan: str, kategori: Kategori) -> Pegawai:
        lo, hi, options, p_female, kompetensi = PEJABAT[role]
        return self.person(unit_id, Jabatan(nama_jabatan, kategori), self.rng.choice(options),
                           pppk=False, p_female=p_female, kompetensi=kompetensi,
                           gol_range=(GOLONGAN_PNS.index(lo), GOLONGAN_PNS.index(hi)),
                           bup=60 if kategori is Kategori.JPT_PRATAMA else 58)


def _ppk(p: Pegawai, leader_pos: int, kadis_pos: int, jf_leader: Jenjang | None) -> int:
    """The PPK position for a JF/pelaksana of a unit: its leader, except an Ahli Madya (→ the
    Kepala Dinas, a JPT) and, in a unit kerja mandiri, a JF Keahlian at or above the leader's
    jenjang (→ the Kepala Dinas: Pasuruan Lampiran BAB II D.9; generic JF_SETARA_PIMPINAN_JF)."""
    jenjang = p.jabatan.jenjang if p.jabatan else None
    if jenjang is None:
        return leader_pos
    if jenjang is Jenjang.AHLI_MADYA or (
            jf_leader is not None and jenjang.kategori is JFKategori.KEAHLIAN
            and jenjang.rank >= jf_leader.rank):
        return kadis_pos
    return leader_pos


def _sk(tmt: dt.date) -> tuple[str, dt.date]:
    if tmt <= KEDUDUKAN_AWAL:
        return _SK_AWAL, KEDUDUKAN_AWAL
    return f"800.1.3/{(tmt.year * 37 + tmt.month * 11) % 90 + 5:03d}/Dinkes/{tmt.year}", tmt


def _kedudukan(kid: int, p: Pegawai, pos_id: int, today: dt.date,
               mulai: dt.date | None = None, selesai: dt.date | None = None) -> Kedudukan:
    start = mulai or min(max(KEDUDUKAN_AWAL, parse_nip(p.nip).tmt), today)
    nomor, tanggal = _sk(start)
    return Kedudukan(id=kid, pegawai_id=p.id, ppk_position_id=pos_id, tmt_mulai=start,
                     tmt_selesai=selesai, dasar_nomor=nomor, dasar_tanggal=tanggal)


def _fixed_pegawai(f: _Factory, row: tuple[str, ...], unit_id: int | None) -> Pegawai:
    depan, nama, belakang, nip, gol, jab_nama, kat, _unit, pendidikan = row
    kategori = _K[kat]
    jenjang = jenjang_from_nama(jab_nama) if kategori is Kategori.FUNGSIONAL else None
    base = jab_nama[: -len(jenjang)].strip() if jenjang else jab_nama
    kompetensi = (JABATAN[base].kompetensi if base in JABATAN
                  else PEJABAT[{"JPT": "kadis", "ADM": "kabid", "PGW": "kasubbag"}[kat]][4])
    status = parse_nip(nip).status
    golongan = (Golongan(True, GOLONGAN_PPPK.index(gol)) if status is StatusKepegawaian.PPPK
                else Golongan.pns(gol))
    return f.add(nip=nip, nama=nama, gelar_depan=depan, gelar_belakang=belakang,
                 jabatan=Jabatan(jab_nama, kategori, jenjang), unit_id=unit_id, status=status,
                 golongan=golongan, pendidikan=pendidikan, kompetensi=kompetensi)


def build_demo_struktur(today: dt.date) -> Struktur:
    """Dinas Kesehatan Kabupaten Contoh: ~140 pegawai, deliberate problems in `DEMO_PROBLEMS`."""
    f = _Factory(random.Random(20240716), today, unique_names=True)
    uid = {row[0]: i for i, row in enumerate(_DEMO_UNITS, start=1)}
    units = tuple(Unit(id=uid[kode], nama=nama, jenis=jenis, parent_id=uid.get(parent),
                       mandiri=jenis is JenisUnit.PUSKESMAS, kode=kode)
                  for kode, nama, jenis, parent, *_ in _DEMO_UNITS)
    for row in PEGAWAI_CONTOH:
        _fixed_pegawai(f, row, uid.get(row[7]))
    positions = [Position(id=uid[kode], nama=jab or f"Kepala {nama}", kategori=_K[kat],
                          unit_id=uid[kode], pemangku_id=holder,
                          pengisian=(Pengisian.TUGAS_TAMBAHAN if kat == "JF" else Pengisian.PLT
                                     if kode == "KESMAS" else Pengisian.DEFINITIF))
                 for kode, nama, _j, _p, jab, kat, holder in _DEMO_UNITS]
    jf_ppk = Position(id=len(positions) + 1, nama="Epidemiolog Kesehatan Ahli Muda",
                      kategori=Kategori.FUNGSIONAL, unit_id=uid["P2P"], pimpinan_unit=False,
                      pemangku_id=36)
    positions.append(jf_ppk)
    pools = {"SEK": POOL_SEKRETARIAT, "UMPEG": SUBBAGIAN[0][2], "KEU": SUBBAGIAN[1][2],
             "KESMAS": BIDANG[0][2], "P2P": BIDANG[1][2], "YANKES": BIDANG[2][2],
             "SDK": BIDANG[3][2]}
    for kode, count in _DEMO_STAFF:
        pkm = kode.startswith("PKM")
        allowed = (_PKM_OK if pkm else _JF_OK if kode == "SEK"
                   else _PELAKSANA_OK if kode in ("UMPEG", "KEU") else _BIDANG_OK)
        for _ in range(count):
            f.random_staff(uid[kode], POOL_PUSKESMAS if pkm else pools[kode], allowed,
                           0.25 if pkm else 0.15)

    override = {_P_MADYA_DI_PENGAWAS: uid["KEU"], _P_DI_BAWAH_JF: jf_ppk.id,
                _P_TANPA_UNIT: uid["UMPEG"]}
    leaders = {pos.pemangku_id for pos in positions if pos.pimpinan_unit}
    jf_leader = {pos.unit_id: f.pegawai[pos.pemangku_id - 1].jabatan.jenjang  # type: ignore
                 for pos in positions if pos.kategori is Kategori.FUNGSIONAL and pos.pimpinan_unit}
    pindah = dt.date(2024, 1, 2)
    ked: list[Kedudukan] = []
    for p in f.pegawai:
        assert p.jabatan is not None
        if not p.jabatan.is_jf_or_pelaksana or p.nip == _P_TANPA_KEDUDUKAN:
            continue
        if p.nip in override:
            ppk = override[p.nip]
        elif p.id in leaders:
            ppk = uid["PIM"]
        else:
            assert p.unit_id is not None
            # the leader position of unit n has id n
            ppk = _ppk(p, p.unit_id, uid["PIM"], jf_leader.get(p.unit_id))
        if p.nama == "Fajar Nugroho" and today >= pindah:  # moved from P2P to Kesmas
            ked.append(_kedudukan(len(ked) + 1, p, uid["P2P"], today,
                                  selesai=pindah - dt.timedelta(days=2)))
            ked.append(_kedudukan(len(ked) + 1, p, ppk, today, mulai=pindah))
            continue
        ked.append(_kedudukan(len(ked) + 1, p, ppk, today))
        if p.nip == _P_DUA_KEDUDUKAN:  # a second, concurrent kedudukan
            ked.append(_kedudukan(len(ked) + 1, p, uid["SDK"], today,
                                  mulai=min(dt.date(2024, 7, 1), today)))
    return Struktur(pd=DEMO_PD, units=units, positions=tuple(positions), pegawai=tuple(f.pegawai),
                    kedudukan=tuple(ked))


def _desa_names(rng: random.Random, count: int) -> list[str]:
    base = [p + s for p in DESA_PREFIX for s in DESA_SUFFIX]
    rng.shuffle(base)
    out: list[str] = []
    roman = ("", " II", " III", " IV", " V", " VI", " VII", " VIII", " IX", " X")
    for i in range(count):
        r, k = divmod(i, len(base))
        out.append(base[k] + (roman[r] if r < len(roman) else f" {r + 1}"))
    return out


def build_generated_struktur(n_pegawai: int, *, seed: int = 1, today: dt.date) -> Struktur:
    """A clean synthetic Dinas Kesehatan with exactly `n_pegawai` pegawai (at least 20).

    About one unit per 40 pegawai: Sekretariat with three Subbagian, four Bidang (with three
    Seksi each from 600 pegawai), UPTD from 800 pegawai, and Puskesmas for the rest. Every
    JF/pelaksana has exactly one kedudukan; some Kasubbag/Kasi/Kabid seats are held by a Plt.
    Deterministic for equal (n_pegawai, seed, today). NIP sequence numbers stay in 901–999
    unless a NIP collides repeatedly; then any 001–999 is used (still format-valid, unique).
    """
    if n_pegawai < 20:
        raise ValueError("n_pegawai minimal 20")
    rng = random.Random(seed)
    f = _Factory(rng, today, unique_names=False)
    units: list[Unit] = []
    positions: list[Position] = []
    ked: list[Kedudukan] = []
    # unit, pool, allowed jenjang, weight, P(PPPK), leader position, jenjang of a JF leader
    plan: list[tuple[int, Pool, frozenset, float, float, int, Jenjang | None]] = []

    with_seksi = n_pegawai >= 600
    n_uptd = min(len(UPTD), n_pegawai // 800)
    n_pkm = max(2, round(n_pegawai / 40) - 9 - (12 if with_seksi else 0) - n_uptd)

    def unit(nama: str, jenis: JenisUnit, parent: int | None, kode: str) -> int:
        units.append(Unit(id=len(units) + 1, nama=nama, jenis=jenis, parent_id=parent,
                          mandiri=jenis is JenisUnit.PUSKESMAS, kode=kode))
        return len(units)

    def seat(uid: int, kategori: Kategori, role: str, plt_of: int | None = None,
             nama: str = "") -> int:
        nama = nama or f"Kepala {units[uid - 1].nama}"
        pengisian = Pengisian.DEFINITIF
        if plt_of is not None and rng.random() < 0.08:
            holder, pengisian = positions[plt_of - 1].pemangku_id, Pengisian.PLT
        else:
            holder = f.pejabat(uid, role, nama, kategori).id
        positions.append(Position(id=len(positions) + 1, nama=nama, kategori=kategori,
                                  unit_id=uid, pemangku_id=holder, pengisian=pengisian))
        return len(positions)

    pim = unit("Pimpinan", JenisUnit.PIMPINAN, None, "PIM")
    kadis = seat(pim, Kategori.JPT_PRATAMA, "kadis", nama="Kepala Dinas Kesehatan")
    sek = unit("Sekretariat", JenisUnit.SEKRETARIAT, pim, "SEK")
    sek_pos = seat(sek, Kategori.ADMINISTRATOR, "sekretaris", nama="Sekretaris Dinas")
    plan.append((sek, POOL_SEKRETARIAT, _JF_OK, 6.0, 0.1, sek_pos, None))
    for nama, kode, pool in SUBBAGIAN:
        u = unit(nama, JenisUnit.SUBBAGIAN, sek, kode)
        plan.append((u, pool, _PELAKSANA_OK, 3.0, 0.2,
                     seat(u, Kategori.PENGAWAS, "kasubbag", sek_pos), None))
    for nama, kode, pool, seksi in BIDANG:
        b = unit(nama, JenisUnit.BIDANG, pim, kode)
        kabid = seat(b, Kategori.ADMINISTRATOR, "kabid", sek_pos)
        plan.append((b, pool, _JF_OK if with_seksi else _BIDANG_OK, 10.0, 0.1, kabid, None))
        for i, (snama, spool) in enumerate(seksi if with_seksi else (), start=1):
            s = unit(snama, JenisUnit.SEKSI, b, f"{kode}-{i}")
            plan.append((s, spool, _PELAKSANA_OK, 3.0, 0.2,
                         seat(s, Kategori.PENGAWAS, "kasi", kabid), None))
    for nama, pool in UPTD[:n_uptd]:
        u = unit(nama, JenisUnit.UPTD, pim, f"UPTD-{len(units)}")
        plan.append((u, pool, _UPTD_OK, 20.0, 0.25, seat(u, Kategori.PENGAWAS, "ka_uptd"), None))
    for desa in _desa_names(rng, n_pkm):
        u = unit(f"UPTD Puskesmas {desa}", JenisUnit.PUSKESMAS, pim, f"PKM-{len(units)}")
        jenjang = Jenjang.AHLI_MUDA
        kapus = f.staff(u, rng.choice(KAPUS_JF), jenjang, False)
        ked.append(_kedudukan(len(ked) + 1, kapus, kadis, today))
        positions.append(Position(id=len(positions) + 1, nama=f"Kepala {units[u - 1].nama}",
                                  kategori=Kategori.FUNGSIONAL, unit_id=u, pemangku_id=kapus.id,
                                  pengisian=Pengisian.TUGAS_TAMBAHAN))
        plan.append((u, POOL_PUSKESMAS, _PKM_OK, 38.0, 0.25, len(positions), jenjang))

    # Largest-remainder split of the remaining pegawai over the units' weights.
    n_staff = n_pegawai - len(f.pegawai)
    total_w = sum(row[3] for row in plan)
    shares = [n_staff * row[3] / total_w for row in plan]
    counts = [int(x) for x in shares]
    for i in sorted(range(len(plan)), key=lambda i: counts[i] - shares[i])[:n_staff - sum(counts)]:
        counts[i] += 1
    for (uid, pool, allowed, _w, p_pppk, leader, jf_leader), count in zip(plan, counts,
                                                                        strict=True):
        for _ in range(count):
            p = f.random_staff(uid, pool, allowed, p_pppk)
            ked.append(_kedudukan(len(ked) + 1, p, _ppk(p, leader, kadis, jf_leader), today))
    return Struktur(pd=PerangkatDaerah(nama="Dinas Kesehatan", pemda="Kabupaten Contoh Raya",
                                       alamat="Jalan Pahlawan Nomor 1, Contoh Raya",
                                       tempat_penetapan="Contoh Raya"),
                    units=tuple(units), positions=tuple(positions), pegawai=tuple(f.pegawai),
                    kedudukan=tuple(ked))
