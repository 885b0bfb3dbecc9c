"""Regulation profile data types: the variable points of each Perbup Sistem Kerja as data.

Every rule row carries a `Citation` (seed file + Pasal/Lampiran) and, where it can be violated,
a `Tingkat` (galat = hard, peringatan = soft). Sources: /work/shared/spec/seeds_A.md (KH, BT),
seeds_B.md (Bungo, Pasuruan, Pekalongan) and the seed texts themselves.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit, Position
from sistemkerja_desktop.domain.pangkat import Golongan
from sistemkerja_desktop.domain.pola_unit import (
    Lingkungan,
    UnitKerja,
    cocok_unit_kerja,
    nama_jabatan_cocok,
)
from sistemkerja_desktop.domain.profiles.citation import Citation

Severity = Tingkat  # galat = hard, peringatan = soft

class Lingkup(StrEnum):
    DALAM_UNIT = "Dalam unit organisasi"
    LINTAS_UNIT = "Lintas unit organisasi"
    LINTAS_PD = "Lintas Perangkat Daerah"
    LINTAS_INSTANSI = "Lintas instansi pemerintah"


class Bentuk(StrEnum):
    INDIVIDU = "Individu"
    TIM = "Tim kerja"


class JenisDokumen(StrEnum):
    SURAT_TUGAS = "Surat Tugas"
    SURAT_PENUGASAN = "Surat Penugasan"
    SK_KEPALA_PD = "Keputusan Kepala Perangkat Daerah"
    SK_SEKDA = "Keputusan Sekretaris Daerah"
    SK_TIM_KERJA = "Surat Keputusan Tim Kerja"
    SK_KEPALA_UNIT = "Keputusan Kepala Unit Organisasi Pemilik Kinerja"


class Peran(StrEnum):
    """Roles in approval flows, seen from the pegawai being assigned."""

    PEGAWAI = "Pejabat Fungsional/Pelaksana bersangkutan"
    PUO_PEMILIK_KINERJA = "Pimpinan Unit Organisasi pemilik kinerja"
    PUO_PEGAWAI = "Pimpinan Unit Organisasi tempat pegawai berada"
    PPK_PEGAWAI = "Pejabat Penilai Kinerja pegawai"
    KEPALA_PD = "Kepala Perangkat Daerah"
    SEKDA = "Sekretaris Daerah"
    PYB_PEMOHON = "Pejabat yang Berwenang instansi pemohon"
    PYB_TUJUAN = "Pejabat yang Berwenang instansi dituju"


class PeriodePemantauan(StrEnum):
    BERKALA = "Berkala"
    BULANAN = "Bulanan"
    TRIWULANAN = "Triwulanan"
    SEMESTERAN = "Semesteran"


# ---- kedudukan -----------------------------------------------------------------------------

SEMUA_JENJANG: frozenset[Jenjang] = frozenset(Jenjang)
JENJANG_KEAHLIAN: frozenset[Jenjang] = frozenset(j for j in Jenjang if j.name.startswith("AHLI"))
MADYA_KE_ATAS = frozenset({Jenjang.AHLI_MADYA, Jenjang.AHLI_UTAMA})
MUDA_KE_ATAS = frozenset({Jenjang.AHLI_MUDA, Jenjang.AHLI_MADYA, Jenjang.AHLI_UTAMA})
JPT = frozenset({Kategori.JPT_MADYA, Kategori.JPT_PRATAMA})
ADMINISTRATOR_KE_ATAS = JPT | {Kategori.ADMINISTRATOR}
STRUKTURAL = ADMINISTRATOR_KE_ATAS | {Kategori.PENGAWAS}
UNIT_PENGAWAS_BAWAH = frozenset({JenisUnit.SUBBAGIAN, JenisUnit.SUBBIDANG, JenisUnit.SEKSI})
UNIT_KERJA_KHUSUS = frozenset({JenisUnit.RSUD, JenisUnit.PUSKESMAS, JenisUnit.UPTD,
                               JenisUnit.SATUAN_PENDIDIKAN})
# A position name that names the Sekretaris Daerah (Pasuruan D.5.b k: Ahli Utama in RSUD).
NAMA_SEKDA = ("Sekretaris Daerah", "Sekda")


@dataclass(frozen=True, slots=True)
class AturanDasar:
    """A universal check; `kode` is the finding code periksa emits."""

    kode: str
    uraian: str
    tingkat: Tingkat
    dasar: Citation


@dataclass(frozen=True, slots=True)
class AturanKedudukan:
    """Which PPK may assess a jenjang (or Pelaksana), optionally per unit kerja.

    Evaluated only when the PPK position is struktural (Pengawas and up); lower PPK are handled
    by the universal rule. A kedudukan violates the row when the subject matches (`berlaku_untuk`:
    jenjang/Pelaksana and the subject's unit kerja), the row looks at that PPK (`menilai`), and
    the PPK is not accepted (`menerima`: kategori in `ppk_kategori` — and a name in `ppk_nama`
    when given — or the head of the subject's unit kerja where `ppk_kepala_unit_kerja` says so).
    Rows are ordered: the first violated row produces the finding for that kedudukan.

    Unit filters look at the NEAREST unit kerja (domain.pola_unit.Lingkungan): a Kelurahan under
    a Kecamatan is a Kelurahan, a Bidang inside an RSUD is in that RSUD.
    """

    kode: str
    uraian: str  # Indonesian, completes "… padahal <uraian>"
    jenjang: frozenset[Jenjang]
    ppk_kategori: frozenset[Kategori]  # empty: no struktural PPK accepted (see ppk_jenis_unit)
    tingkat: Tingkat
    dasar: Citation
    pelaksana: bool = False  # the row also applies to Pelaksana
    ppk_jenis_unit: frozenset[JenisUnit] = frozenset()  # only PPK positions in such units …
    ppk_bawahan_di: frozenset[JenisUnit] = frozenset()  # … or inside such a unit kerja, not its head
    hanya_unit: frozenset[JenisUnit | UnitKerja] = frozenset()  # only if the unit kerja is such
    kecuali_unit: frozenset[JenisUnit | UnitKerja] = frozenset()  # skipped if it is such
    ppk_kepala_unit_kerja: frozenset[JenisUnit] = frozenset()  # its head is accepted there too
    ppk_nama: tuple[str, ...] = ()  # accepted PPK positions are named so (e.g. NAMA_SEKDA)
    delegasi_membebaskan: bool = True  # a kedudukan with recorded delegasi is exempt

    def berlaku_untuk(self, kategori: Kategori, jenjang: Jenjang | None,
                      lingkungan: Lingkungan) -> bool:
        if kategori is Kategori.PELAKSANA:
            if not self.pelaksana:
                return False
        elif kategori is not Kategori.FUNGSIONAL or jenjang not in self.jenjang:
            return False
        if self.hanya_unit and not cocok_unit_kerja(self.hanya_unit, lingkungan):
            return False
        return not cocok_unit_kerja(self.kecuali_unit, lingkungan)

    def menilai(self, pos: Position, ppk_jenis_unit: JenisUnit | None,
                ppk_lingkungan: Lingkungan) -> bool:
        """Whether the row looks at this PPK position (its unit's jenis / its unit kerja)."""
        if not self.ppk_jenis_unit and not self.ppk_bawahan_di:
            return True
        if ppk_jenis_unit is not None and ppk_jenis_unit in self.ppk_jenis_unit:
            return True
        return (ppk_lingkungan.jenis is not None and ppk_lingkungan.jenis in self.ppk_bawahan_di
                and not ppk_lingkungan.dipimpin_oleh(pos))

    def menerima(self, pos: Position, lingkungan: Lingkungan) -> bool:
        """Whether the PPK position may assess a subject of the row in `lingkungan`."""
        if (lingkungan.jenis is not None and lingkungan.jenis in self.ppk_kepala_unit_kerja
                and lingkungan.dipimpin_oleh(pos)):
            return True
        if pos.kategori not in self.ppk_kategori:
            return False
        return not self.ppk_nama or nama_jabatan_cocok(pos.nama, self.ppk_nama)


@dataclass(frozen=True, slots=True)
class AturanPimpinanJF:
    """Under a JF pimpinan of a unit kerja mandiri, a JF of the leader's jenjang or higher."""

    kode: str
    uraian: str
    tingkat: Tingkat
    dasar: Citation
    hanya_keahlian: bool = True  # JF Keterampilan is never an exception (Pasuruan Lamp. II.D)
    delegasi_membebaskan: bool = True


# ---- ketua, tim, dokumen, alur -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SyaratKetuaPengganti:
    """Kapuas Hulu: replacement ketua (kekosongan/perpindahan) needs pendidikan and golongan."""

    pendidikan_min: int  # pangkat.pendidikan_level scale (D3 = 60)
    pendidikan_label: str
    golongan_min: Golongan
    tingkat: Tingkat
    dasar: Citation


@dataclass(frozen=True, slots=True)
class KetuaSementara:
    """Pekalongan Pasal 29: while the ketua is temporarily absent, the Kepala Unit Organisasi
    Pemilik Kinerja may appoint an acting ketua one jenjang below, above or equal to the ketua
    (`selisih_jenjang`, compared on `Jenjang.rank`)."""

    selisih_jenjang: int
    dasar: Citation
    tingkat: Tingkat = Tingkat.GALAT


@dataclass(frozen=True, slots=True)
class AturanKetua:
    """Who leads a team, and the membership rules checked with the roster."""

    kategori: frozenset[Kategori]
    kategori_dasar: Citation
    dari_pemilik_kinerja: Tingkat  # ketua of a cross-unit team from the unit pemilik kinerja
    dari_pemilik_kinerja_dasar: Citation
    satu_ketua_dasar: Citation  # at most one ketua per team (galat)
    tanpa_ketua: Tingkat | None = None  # severity of a team without ketua; None = allowed
    tanpa_ketua_dasar: Citation | None = None
    pengganti: SyaratKetuaPengganti | None = None
    sementara: KetuaSementara | None = None
    maks_bulan: int | None = None
    maks_bulan_dasar: Citation | None = None
    pengawas_ketua: Citation | None = None  # Bungo Ps.9(2): Pengawas is ketua in 2-level units
    pengawas_ketua_substansi: Citation | None = None  # Pasuruan: Level III = ketua substansi,
    # cannot form a Tim Kerja
    # An outside member is assigned only once the request is approved; a refusal states its
    # reason (KH Lampiran I B.2.a.2 c–d; BT Lampiran II C.1)(3) c–d; Bungo Pasal 6(3) c–d; …).
    persetujuan_dasar: Citation | None = None
    # Penugasan "setelah penetapan kedudukan": a JF/Pelaksana needs a PPK on the start date.
    kedudukan_dasar: Citation | None = None


def tambah_bulan(tanggal: dt.date, bulan: int) -> dt.date:
    month0 = tanggal.month - 1 + bulan
    year, month = tanggal.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(tanggal.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class JenisTim:
    """A team type with its duration bounds in calendar months (inclusive end date)."""

    kode: str
    nama: str
    dasar: Citation
    min_bulan: int | None = None
    maks_bulan: int | None = None
    tingkat: Tingkat = Tingkat.GALAT  # severity of a duration violation
    dokumen: JenisDokumen | None = None  # the instrument (details in the profile's `dokumen`)
    lintas_unit_wajib: bool = False
    alias: tuple[str, ...] = ()
    # Pekalongan Pasal 11(2): within one tahun anggaran (galat); None = not required.
    satu_tahun_anggaran: Citation | None = None
    # Overrides AturanKetua.dari_pemilik_kinerja_dasar for this kind of team.
    ketua_dari_pemilik_dasar: Citation | None = None
    # Pasuruan Tim Kerja Substansi: led by the Pejabat Pengawas (Level III) heading the unit
    # pemilik kinerja, automatically (AturanKetua.pengawas_ketua_substansi).
    substansi: bool = False
    # Pekalongan Pasal 13(2): the Keputusan appointing the ketua of this kind of team.
    penunjukan_ketua: AturanDokumen | None = None

    def cek_durasi(self, mulai: dt.date, selesai: dt.date | None) -> str | None:
        """None if fine, else an Indonesian reason. A period is always required."""
        if selesai is None:
            return f"{self.nama} harus memiliki tanggal selesai (periode waktu tertentu)"
        if selesai < mulai:
            return "tanggal selesai lebih awal dari tanggal mulai"
        if self.min_bulan and selesai < tambah_bulan(mulai, self.min_bulan) - dt.timedelta(days=1):
            return f"{self.nama} berlaku paling singkat {self.min_bulan} bulan"
        akhir = tambah_bulan(mulai, self.maks_bulan or 0) - dt.timedelta(days=1)
        if self.maks_bulan and selesai > akhir:
            return f"{self.nama} berlaku paling lama {_bulan_teks(self.maks_bulan)}"
        return None


def _bulan_teks(bulan: int) -> str:
    return f"{bulan // 12} tahun" if bulan % 12 == 0 else f"{bulan} bulan"


@dataclass(frozen=True, slots=True)
class AturanDokumen:
    """The instrument for a penugasan; None in lingkup/bentuk = any, empty `jenis_tim` = any
    kind of team. First match wins. `penandatangan`: who signs, in the order to propose."""

    dokumen: JenisDokumen
    penandatangan: tuple[Peran, ...]
    dasar: Citation
    lingkup: Lingkup | None = None
    bentuk: Bentuk | None = None
    catatan: str = ""
    jenis_tim: tuple[str, ...] = ()  # JenisTim.kode this row is for (Pekalongan squad/tematik)

    def cocok(self, lingkup: Lingkup, bentuk: Bentuk, jenis_tim: str | None = None) -> bool:
        if self.jenis_tim and jenis_tim not in self.jenis_tim:
            return False
        return self.lingkup in (None, lingkup) and self.bentuk in (None, bentuk)


@dataclass(frozen=True, slots=True)
class Pemantauan:
    periode: PeriodePemantauan
    interval_bulan: int | None  # None = "berkala", set by the PD
    dapat_diubah: bool
    dasar: Citation


@dataclass(frozen=True, slots=True)
class PertanyaanTim:
    kode: str
    pertanyaan: str
    dasar: Citation


@dataclass(frozen=True)
class RegulationProfile:
    kode: str
    nama: str
    singkat: str
    kabupaten: str
    provinsi: str
    seed: str | None
    aturan_dasar: tuple[AturanDasar, ...]
    aturan_kedudukan: tuple[AturanKedudukan, ...]
    ketua: AturanKetua
    jenis_tim: tuple[JenisTim, ...]
    pemantauan: Pemantauan
    dokumen: tuple[AturanDokumen, ...]
    sukarela_lingkup: frozenset[Lingkup]
    sukarela_lingkup_dasar: Citation
    aturan_pimpinan_jf: AturanPimpinanJF | None = None
    pertanyaan_kebutuhan_tim: tuple[PertanyaanTim, ...] = ()
    catatan: tuple[str, ...] = field(default=())

    def dasar(self, kode: str) -> AturanDasar:
        for rule in self.aturan_dasar:
            if rule.kode == kode:
                return rule
        raise KeyError(kode)

    def dokumen_untuk(self, lingkup: Lingkup, bentuk: Bentuk) -> AturanDokumen:
        for row in self.dokumen:
            if row.cocok(lingkup, bentuk):
                return row
        raise KeyError((lingkup, bentuk))

    def tim(self, kode: str) -> JenisTim:
        for row in self.jenis_tim:
            if row.kode == kode or kode in row.alias:
                return row
        raise KeyError(kode)

    def __str__(self) -> str:
        return self.nama


# Finding codes of the universal rules (periksa) — each profile supplies tingkat + citation.
KODE_DASAR = (
    "PPK_TIDAK_ADA", "PPK_GANDA", "PPK_BUKAN_PEJABAT_PENILAI", "PPK_KOSONG", "PPK_DIRI_SENDIRI",
    "PPK_SIKLUS",
)


def aturan_dasar(*, tunggal: Citation, penilai: Citation) -> tuple[AturanDasar, ...]:
    """The universal kedudukan rules, all galat.

    `tunggal`: JF/Pelaksana sit under one PPK as atasan langsung. `penilai`: the PPK is at least
    a Pengawas, or holds delegated authority, or is the JF leading a unit kerja mandiri.
    """
    g = Tingkat.GALAT
    return (
        AturanDasar("PPK_TIDAK_ADA", "JF/Pelaksana wajib berkedudukan di bawah seorang Pejabat "
                    "Penilai Kinerja", g, tunggal),
        AturanDasar("PPK_GANDA", "JF/Pelaksana hanya memiliki satu Pejabat Penilai Kinerja "
                    "sebagai atasan langsung", g, tunggal),
        AturanDasar("PPK_KOSONG", "jabatan Pejabat Penilai Kinerja harus terisi", g, tunggal),
        AturanDasar("PPK_BUKAN_PEJABAT_PENILAI", "Pejabat Penilai Kinerja paling rendah Pejabat "
                    "Pengawas, pejabat lain yang diberi pendelegasian kewenangan, atau Pejabat "
                    "Fungsional yang memimpin unit kerja mandiri", g, penilai),
        AturanDasar("PPK_DIRI_SENDIRI", "Pejabat Penilai Kinerja adalah atasan langsung, bukan "
                    "pegawai itu sendiri", g, penilai),
        AturanDasar("PPK_SIKLUS", "rantai penilaian kinerja tidak boleh melingkar (atasan "
                    "langsung)", g, penilai),
    )
