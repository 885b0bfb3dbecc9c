"""Issue #9 on a real data file (the demo agency): `TeamService.periksa` (the saved team judged
as for its final instrument), `set_persetujuan` (approve / refuse with reason), members without
kedudukan, the Pasuruan Tim Kerja Substansi ketua filled in on save, the acting ketua kept."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from sistemkerja_desktop.db.models_tim import AnggotaTimRow
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import Pegawai
from sistemkerja_desktop.domain.tim import Anggota, PeranTim, Persetujuan, StatusTim, Tim
from sistemkerja_desktop.domain.tim_rules import TimMelanggarAturan

YULIANA, FAJAR, SITI = "199103032017122909", "198708182013121910", "199007252018032908"
BAMBANG = "197806052003121903"  # Kepala Subbagian Umum dan Kepegawaian (Pengawas)
K, A = PeranTim.KETUA, PeranTim.ANGGOTA


def _new(svc, members, *, unit="Bidang Kesehatan Masyarakat", **kw) -> Tim:
    u = svc.teams.unit_by_name(unit)
    base = {"nama": "Tim Uji Persetujuan", "jenis": "tim-kerja", "unit_pemilik_id": u.id,
            "mulai": dt.date(2026, 2, 1), "selesai": dt.date(2026, 11, 30), "tugas": ("tugas a",),
            "anggota": tuple(Anggota(svc.teams.pegawai_by_nip(n).id, r) for n, r in members)}
    base.update(kw)
    return Tim(**base)


def _codes(findings, tingkat=None):
    return [f.kode for f in findings if tingkat is None or f.tingkat is tingkat]


def test_the_demo_teams_pass_their_own_rules_for_a_final_instrument(demo_services):
    """`sistemkerja demo` (generic profile): every demo team could be issued — no galat."""
    for t in demo_services.teams.teams():
        assert _codes(demo_services.teams.periksa(t.id), Tingkat.GALAT) == [], t.nama


def test_periksa_blocks_a_pending_member_and_lists_galat_first(demo_services):
    """KH Lamp I B.2.a.2 c–d and the other Perbup: an outside member is assigned once
    approved — the final instrument is refused while he waits."""
    t = demo_services.teams
    detail, _ = t.save(_new(demo_services, [(YULIANA, K), (FAJAR, A), (SITI, A)]))
    assert _codes(detail.findings).count("ANGGOTA_MENUNGGU_PERSETUJUAN") == 1
    assert "ANGGOTA_MENUNGGU_PERSETUJUAN" in _codes(detail.findings, Tingkat.PERINGATAN)
    found = t.periksa(detail.tim.id)
    assert found[0].kode == "ANGGOTA_MENUNGGU_PERSETUJUAN" and found[0].tingkat is Tingkat.GALAT
    assert "Siti" in found[0].pesan and "Ketentuan bersama" in found[0].dasar
    tingkat = [f.tingkat for f in found]
    assert tingkat == sorted(tingkat, key=lambda x: x is not Tingkat.GALAT)
    siti = t.pegawai_by_nip(SITI).id
    t.set_persetujuan(detail.tim.id, siti, Persetujuan.DISETUJUI, "")
    assert "ANGGOTA_MENUNGGU_PERSETUJUAN" not in _codes(t.periksa(detail.tim.id))


def test_refusal_needs_its_reason_and_the_refused_member_is_not_listed(demo_services):
    t = demo_services.teams
    detail, _ = t.save(_new(demo_services, [(YULIANA, K), (FAJAR, A), (SITI, A)]))
    tid, siti = detail.tim.id, t.pegawai_by_nip(SITI).id
    with pytest.raises(ValidationError) as exc:
        t.set_persetujuan(tid, siti, Persetujuan.DITOLAK, "  ")
    assert exc.value.field == "alasan_persetujuan"
    assert t.team(tid).anggota[2].persetujuan is Persetujuan.MENUNGGU  # nothing written
    detail, _ = t.set_persetujuan(tid, siti, Persetujuan.DITOLAK, "beban kerja  Sekretariat")
    row = detail.anggota[2]
    assert row.persetujuan is Persetujuan.DITOLAK and not row.dicantumkan
    assert row.alasan_persetujuan == "beban kerja Sekretariat"
    f = [x for x in t.periksa(tid) if x.kode == "ANGGOTA_DITOLAK"]
    assert f and f[0].tingkat is Tingkat.PERINGATAN and "tidak dicantumkan" in f[0].pesan
    assert detail.lingkup.value == "Dalam unit pemilik kinerja"
    ringkas = next(r for r in t.teams() if r.id == tid)
    assert ringkas.ditolak == 1 and ringkas.jumlah_anggota == 2
    assert SITI not in ringkas.anggota_nip
    # reopened: waiting again, with the reason approval is needed
    detail, _ = t.set_persetujuan(tid, siti, Persetujuan.MENUNGGU, "")
    assert detail.anggota[2].persetujuan is Persetujuan.MENUNGGU
    assert "perlu persetujuan" in detail.anggota[2].alasan_persetujuan


def test_a_member_from_within_the_unit_needs_no_approval(demo_services):
    t = demo_services.teams
    detail, _ = t.save(_new(demo_services, [(YULIANA, K), (FAJAR, A), (SITI, A)]))
    with pytest.raises(ValidationError) as exc:
        t.set_persetujuan(detail.tim.id, t.pegawai_by_nip(FAJAR).id, Persetujuan.DISETUJUI, "")
    assert exc.value.code == "tidak_perlu_persetujuan" and "Fajar" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        t.set_persetujuan(detail.tim.id, t.pegawai_by_nip(SITI).id, Persetujuan.TIDAK_PERLU, "")
    assert exc.value.code == "perlu_persetujuan"


def test_member_without_kedudukan_blocks_an_active_team(demo_services):
    """KH Lamp I B angka 2 "setelah penetapan kedudukan" (generic: the common core): an active
    team is refused, a draft only warns."""
    svc = demo_services
    kesmas = svc.teams.unit_by_name("Bidang Kesehatan Masyarakat")
    baru, _ = svc.pegawai.save(Pegawai(0, "199001012015011001", "Rina Baru", Jabatan(
        "Epidemiolog Kesehatan Ahli Pertama", Kategori.FUNGSIONAL, Jenjang.AHLI_PERTAMA),
        kesmas.id))
    draf, _ = svc.teams.save(_new(svc, [(YULIANA, K), (baru.nip, A)]))
    assert "ANGGOTA_TANPA_KEDUDUKAN" in _codes(draf.findings, Tingkat.PERINGATAN)
    assert "ANGGOTA_TANPA_KEDUDUKAN" in _codes(svc.teams.periksa(draf.tim.id), Tingkat.GALAT)
    with pytest.raises(TimMelanggarAturan) as exc:
        svc.teams.set_status(draf.tim.id, StatusTim.AKTIF)
    assert "Rina Baru belum memiliki kedudukan" in exc.value.message
    assert svc.teams.team(draf.tim.id).tim.status is StatusTim.DRAF


def test_pasuruan_substansi_team_gets_its_pengawas_as_ketua_on_save(demo_services):
    """Pasuruan Lampiran BAB II D.2.b l (Dinas, pola 2): the Kepala Subbagian (Level III)
    "secara otomatis menjadi Ketua Tim Kerja Substansi" — saved with him as ketua."""
    svc = demo_services
    svc.agency.update_agency(dataclasses.replace(svc.agency.get_agency(), profil="pasuruan"))
    struktur = svc.agency.struktur()
    umpeg = svc.teams.unit_by_name("Subbagian Umum dan Kepegawaian")
    staf = next(p for p in struktur.pegawai if p.unit_id == umpeg.id and p.jabatan
                and p.jabatan.is_jf_or_pelaksana and p.nip != BAMBANG)
    tim = Tim(nama="Tim Kerja Substansi Kepegawaian", jenis="tim-kerja-substansi",
              unit_pemilik_id=umpeg.id, mulai=dt.date(2026, 1, 2), selesai=dt.date(2026, 12, 31),
              anggota=(Anggota(staf.id),))
    assert "KETUA_SUBSTANSI_OTOMATIS" in _codes(svc.teams.check(tim))
    detail, _ = svc.teams.save(tim)
    assert [(r.nip, r.peran) for r in detail.anggota] == [(BAMBANG, K), (staf.nip, A)]
    assert "KETUA_SUBSTANSI_OTOMATIS" not in _codes(detail.findings)
    assert detail.dokumen_disarankan_judul == "Surat Penugasan"
    # and he cannot lead a regular Tim Kerja (Lampiran BAB II D.1.b butir 13)
    with pytest.raises(TimMelanggarAturan) as exc:
        svc.teams.save(_new(svc, [(BAMBANG, K), (staf.nip, A)],
                            unit="Subbagian Umum dan Kepegawaian"))
    assert "tidak dapat membentuk atau memimpin Tim Kerja lain" in exc.value.message


def test_pekalongan_acting_ketua_is_stored_and_labelled(demo_services):
    """Pekalongan Pasal 29: the acting ketua and his appointment survive a save."""
    svc = demo_services
    svc.agency.update_agency(dataclasses.replace(svc.agency.get_agency(), profil="pekalongan"))
    detail, _ = svc.teams.save(_new(svc, [(YULIANA, K), (FAJAR, A)], jenis="kelompok-kerja"))
    fajar = svc.teams.pegawai_by_nip(FAJAR).id
    member = next(a for a in detail.tim.anggota if a.pegawai_id == fajar)
    detail, _ = svc.teams.update_member(detail.tim.id, dataclasses.replace(
        member, sementara=True, dasar_sementara="Keputusan Kepala Bidang Kesmas 800/7/2026"))
    row = next(r for r in detail.anggota if r.pegawai_id == fajar)
    assert row.sementara and row.label_peran == "Ketua Kelompok Kerja (squad) sementara"
    assert row.dasar_sementara == "Keputusan Kepala Bidang Kesmas 800/7/2026"
    assert [a.pegawai_id for a in detail.tim.ketua] == [svc.teams.pegawai_by_nip(YULIANA).id]
    with svc.ctx.reading() as s:
        stored = s.scalars(select(AnggotaTimRow).where(
            AnggotaTimRow.tim_id == detail.tim.id, AnggotaTimRow.pegawai_id == fajar)).one()
        assert stored.sementara and stored.dasar_sementara.startswith("Keputusan")
