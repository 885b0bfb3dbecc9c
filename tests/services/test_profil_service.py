"""Switching the agency's regulation profile (issue #9 §1 `profil pakai`, §3 "Dasar / Mengingat
follow the profile"): the legal basis that still holds the old profile's default follows the new
one, edited text is kept and reported, one audited transaction, and the change in `periksa`."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from sistemkerja_desktop.db.models import AuditRow
from sistemkerja_desktop.db.models_tim import PengaturanNaskahRow, TimRow
from sistemkerja_desktop.db.tim_mapping import join_lines, lines
from sistemkerja_desktop.domain.errors import NotFoundError
from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.periksa import periksa
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.services import profil_service
from sistemkerja_desktop.services.naskah_bawaan import PERMENPANRB_7_2022
from sistemkerja_desktop.services.naskah_settings import dasar_st_bawaan, mengingat_bawaan
from sistemkerja_desktop.services.profil_service import KeadaanDasar, PerubahanPeriksa
from tests.conftest import TODAY

# The Perbup each seed profile's defaults must cite, with its number and year.
PERBUP = {"kapuas-hulu": ("Kapuas Hulu", "Nomor 36 Tahun 2023"),
          "barito-timur": ("Barito Timur", "Nomor 11 Tahun 2024"),
          "pekalongan": ("Pekalongan", "Nomor 52 Tahun 2024"),
          "bungo": ("Bungo", "Nomor 15 Tahun 2024"),
          "pasuruan": ("Pasuruan", "Nomor 217 Tahun 2023")}
EDITED = ("Peraturan Daerah Kabupaten Contoh Nomor 1 Tahun 2020 tentang Contoh",)


def _set(services, **teams):
    """Store lists directly: `tim1_mengingat=(...)`, `settings_dasar_st=(...)`."""
    with services.ctx.session("uji") as s:
        for key, value in teams.items():
            owner, kolom = key.split("_", 1)
            if owner == "settings":
                row = s.scalars(select(PengaturanNaskahRow)).first()
            else:
                row = s.get(TimRow, int(owner.removeprefix("tim")))
            setattr(row, kolom, join_lines(value))


def _stored(services, owner, kolom):
    with services.ctx.reading() as s:
        row = (s.scalars(select(PengaturanNaskahRow)).first() if owner == "settings"
               else s.get(TimRow, owner))
        return lines(getattr(row, kolom))


def _keadaan(hasil):
    return {d.label.split(" — ")[0].split(" ")[0] + (f"#{d.tim_id}" if d.tim_id else "")
            + ":" + d.daftar: d.keadaan for d in hasil.dasar_hukum}


@pytest.mark.parametrize("kode", list(PERBUP))
def test_legal_basis_holding_the_old_default_follows_the_new_profile(demo_services, kode):
    """Issue #9 §3: Mengingat / Dasar Surat Tugas that still hold the old profile's default get
    the new profile's default, citing its Perbup with number and year; edited text is kept."""
    old_pd = demo_services.agency.get_agency()
    assert _stored(demo_services, "settings", "mengingat") == mengingat_bawaan(old_pd)
    _set(demo_services, tim1_mengingat=mengingat_bawaan(old_pd),
         tim2_dasar=dasar_st_bawaan(old_pd), tim3_mengingat=EDITED)

    hasil, changes = demo_services.profil.pakai(kode)

    new_pd = demo_services.agency.get_agency()
    assert (old_pd.profil, new_pd.profil) == ("generic", kode) and hasil.disimpan
    assert changes.agency and changes.dokumen and changes.teams
    p = demo_services.naskah.pengaturan()
    assert p.mengingat == mengingat_bawaan(new_pd) != mengingat_bawaan(old_pd)
    assert p.dasar_st == dasar_st_bawaan(new_pd)
    kabupaten, nomor = PERBUP[kode]
    for daftar in (p.mengingat, p.dasar_st):
        assert any(kabupaten in x and nomor in x for x in daftar)
    assert _stored(demo_services, 1, "mengingat") == mengingat_bawaan(new_pd)
    assert _stored(demo_services, 2, "dasar") == dasar_st_bawaan(new_pd)
    assert _stored(demo_services, 3, "mengingat") == EDITED
    assert _keadaan(hasil) == {
        "Pengaturan:mengingat": KeadaanDasar.DIGANTI, "Pengaturan:dasar_st": KeadaanDasar.DIGANTI,
        "Tim#1:mengingat": KeadaanDasar.DIGANTI, "Tim#2:dasar": KeadaanDasar.DIGANTI,
        "Tim#3:mengingat": KeadaanDasar.DISIMPAN}
    assert [d.label for d in hasil.teks_diubah] == [
        "Tim #3 Kelompok Kerja Akreditasi UPTD Puskesmas Sukamaju — Mengingat (SK)"]


def test_finished_or_cancelled_teams_keep_the_legal_basis_they_were_issued_under(demo_services):
    """A team that is selesai or dibatalkan is a closed record: switching the profile does not
    rewrite its Mengingat / Dasar, even where they hold the old default."""
    old_pd = demo_services.agency.get_agency()
    _set(demo_services, tim1_mengingat=mengingat_bawaan(old_pd),
         tim2_mengingat=mengingat_bawaan(old_pd), tim3_dasar=dasar_st_bawaan(old_pd))
    with demo_services.ctx.session("uji") as s:
        s.get(TimRow, 1).status = "selesai"
        s.get(TimRow, 3).status = "dibatalkan"
    hasil, _ = demo_services.profil.pakai("bungo")
    assert _stored(demo_services, 1, "mengingat") == mengingat_bawaan(old_pd)
    assert _stored(demo_services, 3, "dasar") == dasar_st_bawaan(old_pd)
    assert _stored(demo_services, 2, "mengingat") == mengingat_bawaan(
        demo_services.agency.get_agency())
    assert {d.tim_id for d in hasil.dasar_hukum if d.tim_id} == {2}


def test_switch_between_two_seed_profiles_leaves_no_trace_of_the_old_perbup(demo_services):
    demo_services.profil.pakai("kapuas-hulu")
    demo_services.profil.pakai("pasuruan")
    p = demo_services.naskah.pengaturan()
    assert not any("Kapuas Hulu" in x for x in (*p.mengingat, *p.dasar_st))
    assert any("Pasuruan" in x and "Nomor 217 Tahun 2023" in x for x in p.mengingat)


def test_stored_empty_list_follows_the_profile_by_itself(demo_services):
    _set(demo_services, settings_mengingat=())
    hasil, _ = demo_services.profil.pakai("bungo")
    assert _keadaan(hasil)["Pengaturan:mengingat"] is KeadaanDasar.OTOMATIS
    assert _stored(demo_services, "settings", "mengingat") == ()  # still empty: nothing written
    pd = demo_services.agency.get_agency()
    assert demo_services.naskah.pengaturan().mengingat == mengingat_bawaan(pd)


@pytest.mark.parametrize("ganti", [False, True])
def test_edited_settings_text_is_kept_unless_replacing_is_asked(demo_services, ganti):
    _set(demo_services, settings_dasar_st=EDITED)
    pd = dataclasses.replace(demo_services.agency.get_agency(), profil="barito-timur")
    rencana = demo_services.profil.rencana(pd)
    assert [d.label for d in rencana.teks_diubah] == ["Pengaturan naskah — Dasar Surat Tugas"]
    hasil, _ = demo_services.profil.simpan(pd, ganti_diubah=ganti)
    keadaan = _keadaan(hasil)["Pengaturan:dasar_st"]
    if ganti:
        assert keadaan is KeadaanDasar.DITIMPA
        assert demo_services.naskah.pengaturan().dasar_st == dasar_st_bawaan(hasil.baru)
    else:
        assert keadaan is KeadaanDasar.DISIMPAN
        assert demo_services.naskah.pengaturan().dasar_st == EDITED


def test_preview_writes_nothing(demo_services):
    with demo_services.ctx.reading() as s:
        before = len(list(s.scalars(select(AuditRow.id))))
    pd = demo_services.agency.get_agency()
    rencana = demo_services.profil.rencana(dataclasses.replace(pd, profil="pekalongan"))
    assert not rencana.disimpan and rencana.baru.profil == "pekalongan"
    assert demo_services.agency.get_agency() == pd
    assert demo_services.naskah.pengaturan().mengingat == mengingat_bawaan(pd)
    with demo_services.ctx.reading() as s:
        assert len(list(s.scalars(select(AuditRow.id)))) == before


def test_switch_is_one_audited_transaction(demo_services, monkeypatch):
    old_pd = demo_services.agency.get_agency()
    _set(demo_services, tim1_mengingat=mengingat_bawaan(old_pd))

    def broken(*_args):
        raise RuntimeError("disk hilang")

    monkeypatch.setattr(profil_service, "pd_to_row", broken)  # fails after the lists changed
    with pytest.raises(RuntimeError):
        demo_services.profil.pakai("kapuas-hulu")
    assert demo_services.agency.get_agency().profil == "generic"
    assert demo_services.naskah.pengaturan().mengingat == mengingat_bawaan(old_pd)
    assert _stored(demo_services, 1, "mengingat") == mengingat_bawaan(old_pd)
    monkeypatch.undo()

    demo_services.profil.pakai("kapuas-hulu")
    with demo_services.ctx.reading() as s:
        rows = list(s.scalars(select(AuditRow).where(
            AuditRow.keterangan == "mengganti profil peraturan generic → kapuas-hulu")))
    assert {r.tabel for r in rows} == {"perangkat_daerah", "pengaturan_naskah", "tim"}


def test_saving_without_a_profile_change_leaves_the_legal_basis(demo_services):
    pd = demo_services.agency.get_agency()
    _set(demo_services, tim1_mengingat=mengingat_bawaan(pd))
    hasil, changes = demo_services.profil.simpan(dataclasses.replace(pd, alamat="Jalan Baru 1"))
    assert not hasil.profil_berubah and hasil.dasar_hukum == ()
    assert not changes.kedudukan and not changes.teams and not changes.dokumen
    assert hasil.periksa.muncul == () and hasil.periksa.hilang == ()
    assert demo_services.agency.get_agency().alamat == "Jalan Baru 1"
    assert demo_services.naskah.pengaturan().mengingat == mengingat_bawaan(pd)


def test_the_dasar_default_of_files_made_before_issue_9_still_counts_as_default(demo_services):
    """Files saved before issue #9 hold the earlier Dasar Surat Tugas default (the SOTK Perbup
    without its number): it is a default, so it follows the new profile too."""
    pd = demo_services.agency.get_agency()
    sotk = f"Peraturan Bupati tentang Susunan Organisasi dan Tata Kerja {pd.nama} {pd.pemda}"
    earlier = (sotk, PERMENPANRB_7_2022)
    _set(demo_services, settings_dasar_st=earlier, tim2_dasar=earlier)
    hasil, _ = demo_services.profil.pakai("kapuas-hulu")
    assert _keadaan(hasil)["Pengaturan:dasar_st"] is KeadaanDasar.DIGANTI
    assert _keadaan(hasil)["Tim#2:dasar"] is KeadaanDasar.DIGANTI
    new = dasar_st_bawaan(hasil.baru)
    assert demo_services.naskah.pengaturan().dasar_st == new
    assert _stored(demo_services, 2, "dasar") == new


def test_unknown_code_lists_the_codes(demo_services):
    with pytest.raises(NotFoundError) as err:
        demo_services.profil.pakai("kapuas")
    assert "kapuas-hulu" in err.value.message and "pasuruan" in err.value.message
    assert demo_services.agency.get_agency().profil == "generic"


@pytest.mark.parametrize("kode", list(PERBUP))
def test_periksa_change_is_domain_periksa_before_and_after(demo_services, kode):
    """The summary is `domain.periksa.periksa` under the old and the new profile, same data."""
    struktur = demo_services.agency.struktur()
    hasil, _ = demo_services.profil.pakai(kode)
    p = hasil.periksa
    assert list(p.sebelum) == periksa(struktur, get_profile("generic"), TODAY)
    assert list(p.sesudah) == periksa(demo_services.agency.struktur(), get_profile(kode), TODAY)
    assert list(p.sesudah) == demo_services.agency.periksa()
    assert set(p.muncul) <= set(p.sesudah) and set(p.hilang) <= set(p.sebelum)
    assert len(p.sesudah) - len(p.muncul) == len(p.sebelum) - len(p.hilang)


def test_pekalongan_makes_pengawas_ppk_of_jf_a_galat_lampiran_iii(demo_services):
    """Pekalongan Lampiran III Tabel 3.1–3.15: a Kepala Subbagian assesses only Pelaksana; the
    generic profile only warns, so the switch shows those peringatan go and galat come."""
    hasil, _ = demo_services.profil.pakai("pekalongan")
    muncul = [f for f in hasil.periksa.muncul if f.kode == "PPK_PENGAWAS_BAWAHAN"]
    hilang = [f for f in hasil.periksa.hilang if f.kode == "PPK_PENGAWAS_BAWAHAN"]
    assert muncul and all(f.tingkat is Tingkat.GALAT and "Pekalongan" in f.dasar for f in muncul)
    assert {f.pegawai_id for f in muncul} == {f.pegawai_id for f in hilang}
    assert all(f.tingkat is Tingkat.PERINGATAN for f in hilang)


def _f(kode, tingkat=Tingkat.GALAT, pegawai_id=1, dasar="Perbup A", pesan="x"):
    return Finding(kode, tingkat, pesan, dasar, pegawai_id)


def test_appear_and_disappear_are_a_multiset_difference():
    sebelum = (_f("A"), _f("A", pegawai_id=2), _f("B", Tingkat.PERINGATAN))
    sesudah = (_f("A", dasar="Perbup B", pesan="lain"), _f("B"), _f("C", pegawai_id=None))
    p = PerubahanPeriksa(sebelum, sesudah)
    assert p.muncul == (_f("B"), _f("C", pegawai_id=None))  # the citation alone is no change
    assert p.hilang == (_f("A", pegawai_id=2), _f("B", Tingkat.PERINGATAN))
    assert PerubahanPeriksa.jumlah(sesudah) == (3, 0)
    assert profil_service.per_kode([*sebelum, _f("B")]) == (("A", 2), ("B", 2))
