"""Issue #9 "Readiness blocks what an official would reject", per profile: a member still
waiting for approval (listed), a Dasar/Mengingat entry without nomor and tahun (which entry), a
kop without an address line, a period outside the tahun anggaran, no signer NIP. The defaults
(`mengingat_bawaan`, `dasar_st_bawaan`) cite every regulation with its number and year."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from dokumen_uji import NAMA, PROFILES, bangun, tim_lintas_unit

from sistemkerja_desktop.domain.naskah import Penandatangan, tanpa_nomor_tahun
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.services.naskah_settings import dasar_st_bawaan, mengingat_bawaan

# the Pasal that makes an outsider's approval a condition of the assignment, per profile
PERSETUJUAN = {"kapuas-hulu": "Kapuas Hulu 36/2023, Lampiran I B.2.a.2",
               "barito-timur": "Barito Timur 11/2024, Lampiran II C.1.3",
               "pekalongan": "Pekalongan 52/2024, Pasal 15", "bungo": "Bungo 15/2024, Pasal 6(3)",
               "pasuruan": "Pasuruan 217/2023, Lampiran BAB II B.2"}


def _siap(services, profil, **kw):
    """The team with every outsider approved, judged for its own instrument."""
    ag = bangun(services, profil, **kw)
    tid = tim_lintas_unit(services, ag, profil, keys=("setuju",))
    jenis, _ = services.dokumen.instrumen(tid)
    return ag, tid, jenis


@pytest.mark.parametrize("profil", PROFILES)
def test_pending_member_blocks_the_final_and_is_named(services, profil):
    """KH Lamp I B.2.a.2 d; BT Lamp II C.1)(3)d; PK Ps.15(3)–(4); BG Ps.6(3)d; PS II.B.2.a a)2 d:
    an outsider is assigned only once approved — no longer a mere warning."""
    ag = bangun(services, profil)
    tid = tim_lintas_unit(services, ag, profil, keys=("setuju", "menunggu"))
    jenis, _ = services.dokumen.instrumen(tid)
    k = services.dokumen.kesiapan(tid, jenis)
    [line] = [x for x in k.kurang if NAMA["menunggu"] in x]
    assert "menunggu" in line.lower() and PERSETUJUAN[profil] in line, line
    assert not any(NAMA["menunggu"] in x for x in k.peringatan)
    services.teams.set_persetujuan(tid, ag.pegawai["menunggu"], Persetujuan.DISETUJUI,
                                   "Nota Dinas 2")
    assert services.dokumen.kesiapan(tid, jenis).siap


@pytest.mark.parametrize("profil", PROFILES)
def test_an_unnumbered_legal_basis_entry_is_refused_naming_it(services, profil):
    """A Dasar/Mengingat entry an official cannot look up: no "Nomor … Tahun …"."""
    _, tid, jenis = _siap(services, profil)
    assert services.dokumen.kesiapan(tid, jenis).siap
    p = services.naskah.pengaturan()
    field = "mengingat" if jenis.sk else "dasar_st"
    entries = (*getattr(p, field), "Peraturan Bupati tentang Susunan Organisasi dan Tata Kerja "
               "Dinas Uji")
    services.naskah.simpan_pengaturan(dataclasses.replace(p, **{field: entries}))
    k = services.dokumen.kesiapan(tid, jenis)
    [line] = [x for x in k.kurang if "nomor dan tahun" in x]
    assert f"butir {len(entries)}" in line and "Susunan Organisasi dan Tata Kerja" in line


@pytest.mark.parametrize("profil", PROFILES)
def test_a_kop_without_address_is_refused(services, profil):
    """Tata naskah dinas (Permendagri 1/2023; domain_conventions.md §1.3): the kop of the PD
    ends with its address; KH Pasal 10(4) binds its Lampiran II templates to it."""
    _, tid, jenis = _siap(services, profil, alamat="")
    services.agency.update_agency(dataclasses.replace(services.agency.get_agency(),
                                                      kode_pos=""))
    k = services.dokumen.kesiapan(tid, jenis)
    assert any("Kop naskah" in x and "alamat" in x for x in k.kurang), k.kurang
    services.agency.update_agency(dataclasses.replace(
        services.agency.get_agency(), alamat="Jalan Lintas Selatan Km 2", kode_pos="78711"))
    assert services.dokumen.kesiapan(tid, jenis).siap


@pytest.mark.parametrize("profil", PROFILES)
def test_a_period_outside_the_tahun_anggaran_is_refused(services, profil):
    """A team paid from one year's budget runs inside that year (PK Pasal 11 ayat (2) says it
    for every penugasan; the others by their DPA)."""
    _, tid, jenis = _siap(services, profil)
    tim = services.teams.team(tid).tim
    if profil == "pekalongan":  # Pasal 11(2) is a hard rule of the team itself: not even saved
        from sistemkerja_desktop.domain.tim_rules import TimMelanggarAturan

        with pytest.raises(TimMelanggarAturan, match=r"Pasal 11\(2\)"):
            services.teams.save(dataclasses.replace(tim, tahun_anggaran=2025))
        return
    services.teams.save(dataclasses.replace(tim, tahun_anggaran=2025))
    k = services.dokumen.kesiapan(tid, jenis)
    assert any("Tahun Anggaran 2025" in x or "tahun anggaran" in x.lower() for x in k.kurang), \
        k.kurang
    services.teams.save(dataclasses.replace(services.teams.team(tid).tim, tahun_anggaran=2026))
    assert services.dokumen.kesiapan(tid, jenis).siap


@pytest.mark.parametrize("profil", PROFILES)
def test_a_signer_without_nip_is_refused(services, profil):
    """The signature block carries the NIP (KH Lampiran II: NAMA / PANGKAT / NIP)."""
    _, tid, jenis = _siap(services, profil)
    signer, _ = services.naskah.simpan_penandatangan(Penandatangan(
        "KEPALA DINAS UJI", "Pejabat Tanpa NIP", pangkat="Pembina (IV/a)"))
    k = services.dokumen.kesiapan(tid, jenis, penandatangan_id=signer.id)
    assert any("NIP penandatangan (Pejabat Tanpa NIP)" in x for x in k.kurang)


@pytest.mark.parametrize("profil", ("generic", *PROFILES))
def test_default_legal_basis_cites_every_regulation_with_number_and_year(profil):
    pd = PerangkatDaerah("Dinas Uji", "Kabupaten Uji", profil=profil)
    for entries in (mengingat_bawaan(pd), dasar_st_bawaan(pd)):
        assert entries and tanpa_nomor_tahun(entries) == (), entries
        assert not any("Susunan Organisasi dan Tata Kerja" in e for e in entries)
    if profil != "generic":
        nomor = {"kapuas-hulu": "Nomor 36 Tahun 2023", "barito-timur": "Nomor 11 Tahun 2024",
                 "pekalongan": "Nomor 52 Tahun 2024", "bungo": "Nomor 15 Tahun 2024",
                 "pasuruan": "Nomor 217 Tahun 2023"}[profil]
        assert any(nomor in e and e.startswith("Peraturan Bupati") for e in mengingat_bawaan(pd))
        assert any(nomor in e for e in dasar_st_bawaan(pd))


def test_the_1945_constitution_needs_no_number():
    assert tanpa_nomor_tahun(("Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia "
                              "Tahun 1945", "Peraturan Bupati tentang SOTK",
                              "PermenPANRB No. 7 Tahun 2022")) == (2,)


def test_team_becomes_aktif_when_issued_and_it_is_audited(services, tmp_path):
    """After a final SK/Surat Tugas the team is Aktif: in the transaction marking the number
    terbit, recorded in the audit trail (the status change names the issuance)."""
    from sqlalchemy import select

    from sistemkerja_desktop.db.models import AuditRow

    _, tid, jenis = _siap(services, "kapuas-hulu")
    res = services.dokumen.cetak_sk_tim(tid, tmp_path / "sk.pdf", jenis=jenis,
                                        tanggal=dt.date(2026, 1, 20))
    assert res.dokumen_baru and services.teams.team(tid).tim.status.value == "aktif"
    with services.ctx.reading() as s:
        rows = [r for r in s.scalars(select(AuditRow).where(AuditRow.tabel == "tim"))
                if r.aksi == "ubah" and '"aktif"' in (r.sesudah or "")]
    assert rows and res.nomor in rows[-1].keterangan
