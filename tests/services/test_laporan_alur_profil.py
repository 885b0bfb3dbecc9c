"""Issue #11: each profile's schedule and review chain end to end through LaporanService, on
the small agency of `laporan_uji` (ketua in Seksi Rujukan under Bidang Pelayanan, the unit
pemilik kinerja; an individual assignment of Irma, also in the Seksi)."""

from __future__ import annotations

import datetime as dt

import pytest
from laporan_uji import ISI, MASALAH, NIP, PROFILES, bangun, jalan

from sistemkerja_desktop.domain.tim import FrekuensiLaporan

PUO = "Pimpinan Unit Organisasi"
PUO_PK = "Pimpinan Unit Organisasi pemilik kinerja"
PPK = "Pejabat Penilai Kinerja"
PUK = "Pimpinan Unit Kerja"

# profile → (ketua report chain, individual report chain) as the roles that acted, in order
CHAIN = {
    "kapuas-hulu": ([PUO_PK], [PUO]),
    "barito-timur": ([f"{PPK} dan/atau {PUO_PK}"], [f"{PPK} dan/atau {PUO}"]),
    "pekalongan": ([PUK, PUO_PK], [PPK, PUO]),
    "bungo": ([PUO_PK], [PPK]),
    "pasuruan": ([PUO_PK], [PUO]),
}
# who the first step waits for, for each chain (key of NIP)
FIRST = {
    "kapuas-hulu": ("kabid_pel", "kabid_pel"),
    "barito-timur": ("kasi", "kasi"),  # PPK first ("dan/atau": either may act)
    "pekalongan": ("kasi", "kasi"),  # Kepala Seksi: Pimpinan Unit Kerja / PPK of Irma
    "bungo": ("kabid_pel", "kasi"),
    "pasuruan": ("kabid_pel", "kabid_pel"),
}


@pytest.mark.parametrize("profil", PROFILES)
def test_schedule_per_profile(services, profil):
    ag = bangun(services, profil, frekuensi=FrekuensiLaporan.BULANAN)
    tim = services.laporan.jadwal(ag.tim_id)
    tugas = services.laporan.jadwal_penugasan(ag.permohonan_id)
    if profil == "pekalongan":  # triwulanan fixed (Lampiran IV 4.1.3 2.d), whatever the team says
        assert [p.label for p in tim] == [f"Triwulan {r} 2026" for r in ("I", "II", "III", "IV")]
        assert (tim[0].mulai, tim[0].selesai) == (dt.date(2026, 2, 1), dt.date(2026, 3, 31))
        assert tim[-1].selesai == dt.date(2026, 11, 30)
        assert [p.label for p in tugas] == ["Triwulan I 2026", "Triwulan II 2026"]
    else:  # berkala, the team's frequency (monthly)
        assert len(tim) == 10 and tim[0].label == "Februari 2026"
        assert [p.label for p in tugas] == ["Maret 2026", "April 2026", "Mei 2026", "Juni 2026"]
    # due 5 working days after the period: Friday 2026-02-27 + 5 → Friday 2026-03-06
    if profil != "pekalongan":
        assert tim[0].jatuh_tempo == dt.date(2026, 3, 6)
    assert tim[0].as_json()["jatuh_tempo"] == tim[0].jatuh_tempo.isoformat()


def test_the_team_frequency_applies_outside_pekalongan(services):
    ag = bangun(services, "kapuas-hulu", frekuensi=FrekuensiLaporan.TRIWULANAN)
    assert [p.label for p in services.laporan.jadwal(ag.tim_id)][:2] == [
        "Triwulan I 2026", "Triwulan II 2026"]


@pytest.mark.parametrize("profil", PROFILES)
def test_ketua_report_chain_per_profile(services, profil):
    ag = bangun(services, profil)
    r, ch = services.laporan.simpan(ag.tim_id, periode=1, oleh_nip=NIP["ketua"], isi=ISI,
                                    tanggal=dt.date(2026, 4, 2))
    assert ch.laporan and r.jenis == "ketua" and r.status == "dikirim"
    assert r.menunggu.nip == NIP[FIRST[profil][0]]
    assert jalan(services, r.id, dt.date(2026, 4, 6)) == CHAIN[profil][0]
    done = services.laporan.detail(r.id, dt.date(2026, 4, 6))
    assert done.ringkas.status == "diterima" and done.ringkas.diterima == dt.date(2026, 4, 6)
    assert all(x.keadaan == "selesai" for x in done.rute)
    assert [x.aksi for x in done.riwayat] == ["kirim"] + ["terima"] * len(CHAIN[profil][0])


@pytest.mark.parametrize("profil", PROFILES)
def test_individual_report_chain_per_profile(services, profil):
    ag = bangun(services, profil)
    r, _ = services.laporan.simpan(permohonan_id=ag.permohonan_id, periode="2026-03-15",
                                   oleh_nip=NIP["individu"], isi=ISI,
                                   tanggal=dt.date(2026, 4, 1))
    assert r.jenis == "individu" and r.tim_id is None and r.permohonan_id == ag.permohonan_id
    assert r.menunggu.nip == NIP[FIRST[profil][1]]
    assert jalan(services, r.id, dt.date(2026, 4, 3)) == CHAIN[profil][1]


def test_pekalongan_individual_goes_via_the_ppk_then_the_puo(services):
    ag = bangun(services, "pekalongan")
    r, _ = services.laporan.simpan(permohonan_id=ag.permohonan_id, periode="Triwulan I 2026",
                                   oleh_nip=NIP["individu"], isi=ISI,
                                   tanggal=dt.date(2026, 4, 1))
    assert (r.menunggu.peran, r.menunggu.nama) == (PPK, "Sari Seksi")
    r, _ = services.laporan.tinjau(r.id, oleh_nip=NIP["kasi"], terima=True,
                                   tanggal=dt.date(2026, 4, 2))
    assert r.status == "dikirim" and (r.menunggu.peran, r.menunggu.nama) == (
        PUO, "Pejabat Pelayanan")
    r, _ = services.laporan.tinjau(r.id, oleh_nip=NIP["kabid_pel"], terima=True,
                                   tanggal=dt.date(2026, 4, 3))
    assert r.status == "diterima"


def test_bungo_individual_reports_to_the_ppk_not_the_puo(services):
    ag = bangun(services, "bungo")
    r, _ = services.laporan.simpan(permohonan_id=ag.permohonan_id, periode=1,
                                   oleh_nip=NIP["individu"], isi=ISI,
                                   tanggal=dt.date(2026, 4, 1))
    assert (r.menunggu.peran, r.menunggu.nip) == (PPK, NIP["kasi"])
    with pytest.raises(Exception) as err:
        services.laporan.tinjau(r.id, oleh_nip=NIP["kabid_pel"], terima=True,
                                tanggal=dt.date(2026, 4, 2))
    assert "Sari Seksi" in str(err.value) and "Pasal 11" in str(err.value)
    r, _ = services.laporan.tinjau(r.id, oleh_nip=NIP["kasi"], terima=True,
                                   tanggal=dt.date(2026, 4, 2))
    assert r.status == "diterima"


def test_barito_timur_either_holder_of_a_dan_atau_step_may_act(services):
    ag = bangun(services, "barito-timur")
    r, _ = services.laporan.simpan(ag.tim_id, periode=1, oleh_nip=NIP["ketua"], isi=ISI,
                                   tanggal=dt.date(2026, 3, 2))
    assert set(r.menunggu.semua_nip) == {NIP["kasi"], NIP["kabid_pel"]}
    r, _ = services.laporan.tinjau(r.id, oleh_nip=NIP["kabid_pel"], terima=True,
                                   tanggal=dt.date(2026, 3, 3))
    assert r.status == "diterima"


def test_member_reports_to_the_ketua(services):
    ag = bangun(services, "kapuas-hulu")
    r, _ = services.laporan.simpan(ag.tim_id, periode="Februari 2026", oleh_nip=NIP["setuju"],
                                   isi=ISI, tanggal=dt.date(2026, 3, 2))
    assert r.jenis == "anggota" and r.menunggu.nip == NIP["ketua"]
    assert r.id not in {x.id for x in services.laporan.daftar(tanggal=dt.date(2026, 3, 2))}
    assert r.id in {x.id for x in services.laporan.daftar(tanggal=dt.date(2026, 3, 2),
                                                          anggota=True)}
    assert jalan(services, r.id, dt.date(2026, 3, 3)) == ["Ketua Tim Kerja"]


def test_escalation_of_a_cross_unit_team_puo_pemilik_then_each_members_puo(services):
    ag = bangun(services, "kapuas-hulu")
    r, _ = services.laporan.simpan(ag.tim_id, periode=1, oleh_nip=NIP["ketua"], isi=MASALAH,
                                   tanggal=dt.date(2026, 3, 2))
    d = services.laporan.detail(r.id)
    assert [(e.nama, e.jabatan) for e in d.eskalasi] == [
        ("Pejabat Pelayanan", "Kepala Bidang Pelayanan"),
        ("Pejabat Program", "Kepala Bidang Program")]  # Setyo's PUO, lintas unit
    assert d.eskalasi[0].peran == PUO_PK and "Kapuas Hulu" in d.eskalasi[0].dasar
    assert d.ringkas.ada_permasalahan and d.rekomendasi == MASALAH.rekomendasi
    plain, _ = services.laporan.simpan(ag.tim_id, periode=2, oleh_nip=NIP["ketua"], isi=ISI,
                                       tanggal=dt.date(2026, 4, 2))
    assert services.laporan.detail(plain.id).eskalasi == ()
