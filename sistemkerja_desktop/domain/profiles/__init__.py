"""Regulation profiles: one per Perbup Sistem Kerja, plus `generic`.

    PROFILES["pekalongan"].aturan_kedudukan      # jenjang placement rows (first violated wins)
    get_profile("bungo").ketua.dari_pemilik_kinerja   # Tingkat.GALAT
    get_profile("kapuas-hulu").dokumen_untuk(Lingkup.LINTAS_UNIT, Bentuk.TIM).dokumen
"""

from __future__ import annotations

from sistemkerja_desktop.domain.errors import NotFoundError
from sistemkerja_desktop.domain.profiles import (
    barito_timur,
    bungo,
    generic,
    kapuas_hulu,
    pasuruan,
    pekalongan,
)
from sistemkerja_desktop.domain.profiles.base import (
    KODE_DASAR,
    AturanDasar,
    AturanDokumen,
    AturanKedudukan,
    AturanKetua,
    AturanPimpinanJF,
    Bentuk,
    JenisDokumen,
    JenisTim,
    KetuaSementara,
    Lingkup,
    Pemantauan,
    Peran,
    PeriodePemantauan,
    PertanyaanTim,
    RegulationProfile,
    Severity,
    SyaratKetuaPengganti,
)
from sistemkerja_desktop.domain.profiles.citation import SEED_SINGKAT, Citation, singkat_pasal

PROFILES: dict[str, RegulationProfile] = {
    p.kode: p for p in (generic.PROFILE, kapuas_hulu.PROFILE, barito_timur.PROFILE,
                        pekalongan.PROFILE, bungo.PROFILE, pasuruan.PROFILE)
}

DEFAULT_PROFILE = "generic"


def get_profile(kode: str) -> RegulationProfile:
    try:
        return PROFILES[kode]
    except KeyError:
        valid = ", ".join(PROFILES)
        raise NotFoundError(f"profil regulasi '{kode}' tidak dikenal; pilihan yang tersedia: "
                            f"{valid}", code="profil_tidak_dikenal") from None


def list_profiles() -> list[RegulationProfile]:
    """Stable order: generic first, then by seed file."""
    return list(PROFILES.values())


__all__ = [
    "DEFAULT_PROFILE", "KODE_DASAR", "PROFILES", "SEED_SINGKAT",
    "AturanDasar", "AturanDokumen", "AturanKedudukan", "AturanKetua", "AturanPimpinanJF", "Bentuk",
    "Citation", "JenisDokumen", "JenisTim", "KetuaSementara", "Lingkup", "Pemantauan", "Peran",
    "PeriodePemantauan", "PertanyaanTim", "RegulationProfile", "Severity", "SyaratKetuaPengganti",
    "get_profile", "list_profiles", "singkat_pasal",
]
