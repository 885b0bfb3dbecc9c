"""The way a team's results go up and who closes the work (domain.laporan_penutupan), per
profile, on the agency of `penugasan_domain_uji` (Dinas → Bidang A → Seksi A1; Bidang C led by
a vacant position; a UPTD Puskesmas mandiri)."""

from __future__ import annotations

import pytest
from penugasan_domain_uji import Agensi

from sistemkerja_desktop.domain.laporan_penutupan import rantai_penutupan, unit_penutup


def _ids(a: Agensi, unit: int) -> list[int | None]:
    return [t.pegawai_id for t in rantai_penutupan(a.profile, a.struktur, unit)]


@pytest.mark.parametrize("profil", ["kapuas-hulu", "barito-timur", "bungo", "pasuruan"])
def test_berjenjang_profiles_go_up_every_level_to_the_head_of_the_pd(profil):
    # KH Lamp I A.3 (Level 2 then Level 1), BT Lamp I (Kasi → Kabid → Kadis), BG Ps.18/21/24/30,
    # PS Lamp II D ("secara berjenjang").
    a = Agensi.buat(profil)
    assert _ids(a, a.seksi_a1) == [a.kasi_a1, a.kabid_a, a.kadis]
    assert _ids(a, a.bidang_a) == [a.kabid_a, a.kadis]
    chain = rantai_penutupan(a.profile, a.struktur, a.bidang_a)
    assert [t.terakhir for t in chain] == [False, True]
    assert chain[-1].jabatan == "Kepala Dinas Uji"


@pytest.mark.parametrize("profil", ["kapuas-hulu", "barito-timur"])
def test_a_unit_kerja_closes_its_own_work(profil):
    # KH Lamp I B.1 e–g: a unit organisasi led by an Administrator / Pengawas / JF — its head
    # accepts; the Kepala Dinas is not on the way.
    a = Agensi.buat(profil)
    assert unit_penutup(a.profile, a.struktur, a.puskesmas).id == a.puskesmas
    assert _ids(a, a.puskesmas) == [a.kapus]


@pytest.mark.parametrize("profil", ["pekalongan", "generic"])
def test_the_pimpinan_unit_organisasi_accepts_in_pekalongan_and_generic(profil):
    # PK Lamp IV 4.1.1 angka 4, 4.1.3: the PPK evaluates, the PUO accepts.
    a = Agensi.buat(profil)
    assert _ids(a, a.bidang_a) == [a.kabid_a]
    assert _ids(a, a.seksi_a1) == [a.kasi_a1, a.kabid_a]


def test_a_vacant_level_is_skipped_below_the_top():
    a = Agensi.buat("kapuas-hulu")
    assert _ids(a, a.bidang_c) == [a.kadis]


def test_a_vacant_top_is_kept_so_the_service_can_name_it():
    a = Agensi.buat("pekalongan")
    chain = rantai_penutupan(a.profile, a.struktur, a.bidang_c)
    assert len(chain) == 1 and chain[0].pegawai_id is None and chain[0].terakhir
    assert chain[0].position_id == a.pos_kabid_c


def test_no_unit_no_chain():
    a = Agensi.buat("kapuas-hulu")
    assert rantai_penutupan(a.profile, a.struktur, None) == ()
    assert rantai_penutupan(a.profile, a.struktur, 99999) == ()
