"""The three-way merge of one record (issue #12, `domain.paket_gabung`)."""

from __future__ import annotations

import pytest

from sistemkerja_desktop.domain.paket_gabung import (
    DASAR_DIHAPUS,
    DIHAPUS,
    REKAMAN,
    Aksi,
    Pilihan,
    gabung,
    hapus,
)

DASAR = {"nama": "Siti", "telepon": "1", "email": "a@x"}


def test_each_side_keeps_its_own_change_and_takes_the_other():
    kita = {**DASAR, "telepon": "2"}
    mereka = {**DASAR, "email": "b@x"}
    r = gabung("pegawai", "u", kita, mereka, DASAR)
    assert (r.aksi, r.ambil, r.konflik) == (Aksi.UBAH, {"email": "b@x"}, [])


def test_both_changed_differently_is_a_conflict_and_needs_a_choice():
    r = gabung("pegawai", "u", {**DASAR, "telepon": "2"}, {**DASAR, "telepon": "3"}, DASAR)
    assert [(k.kolom, k.milik_kita, k.milik_mereka) for k in r.konflik] == [("telepon", "2", "3")]
    with pytest.raises(KeyError):
        r.putuskan({})
    assert r.putuskan({("pegawai", "u", "telepon"): Pilihan.KITA}) == (Aksi.SAMA, {})
    assert r.putuskan({("pegawai", "u", "telepon"): Pilihan.MEREKA}) == (
        Aksi.UBAH, {"telepon": "3"})


def test_the_same_change_on_both_sides_is_no_conflict():
    r = gabung("pegawai", "u", {**DASAR, "telepon": "2"}, {**DASAR, "telepon": "2"}, DASAR)
    assert (r.aksi, r.konflik) == (Aksi.SAMA, [])


def test_without_a_base_every_difference_is_asked():
    r = gabung("pegawai", "u", {**DASAR, "telepon": "2"}, DASAR, None)
    assert [k.kolom for k in r.konflik] == ["telepon"]


def test_without_a_base_even_a_blank_here_is_asked():
    # it may have been cleared on purpose: without a base nobody can tell
    r = gabung("pegawai", "u", {**DASAR, "telepon": ""}, DASAR, None)
    assert [k.kolom for k in r.konflik] == ["telepon"]


def test_a_record_kept_against_a_deletion_comes_back():
    r = gabung("pegawai", "u", None, DASAR, DASAR_DIHAPUS)
    assert r.putuskan({}) == (Aksi.TAMBAH, DASAR)
    assert hapus("pegawai", "u", DASAR, DASAR_DIHAPUS).konflik  # no base: asked


def test_a_field_only_one_side_knows_is_left_alone():
    r = gabung("pegawai", "u", DASAR, {**DASAR, "kolom_baru": 1}, DASAR)
    assert (r.aksi, r.konflik) == (Aksi.SAMA, [])


def test_new_record_is_added_whole():
    r = gabung("pegawai", "u", None, DASAR, None)
    assert r.putuskan({}) == (Aksi.TAMBAH, DASAR)


def test_deleted_here_and_untouched_there_stays_deleted():
    assert gabung("pegawai", "u", None, DASAR, DASAR).aksi is Aksi.SAMA


def test_deleted_here_but_changed_there_is_a_record_conflict():
    r = gabung("pegawai", "u", None, {**DASAR, "telepon": "9"}, DASAR)
    [k] = r.konflik
    assert (k.kolom, k.milik_kita) == (REKAMAN, DIHAPUS)
    assert r.putuskan({k.kunci: Pilihan.KITA}) == (Aksi.SAMA, {})
    assert r.putuskan({k.kunci: Pilihan.MEREKA}) == (Aksi.TAMBAH, {**DASAR, "telepon": "9"})


def test_deleted_there_deletes_here_only_when_unchanged_here():
    assert hapus("pegawai", "u", DASAR, DASAR).putuskan({}) == (Aksi.HAPUS, {})
    r = hapus("pegawai", "u", {**DASAR, "telepon": "2"}, DASAR)
    [k] = r.konflik
    assert k.milik_mereka == DIHAPUS
    assert r.putuskan({k.kunci: Pilihan.MEREKA}) == (Aksi.HAPUS, {})
    assert r.putuskan({k.kunci: Pilihan.KITA}) == (Aksi.SAMA, {})
    assert hapus("pegawai", "u", None, DASAR).aksi is Aksi.SAMA
