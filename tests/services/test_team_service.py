"""TeamService on the demo agency: demo teams, saving with rules, members, workload, audit."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from sistemkerja_desktop.db.models import AuditRow
from sistemkerja_desktop.domain.errors import ConflictError, InvalidTransition, ValidationError
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.tim import Anggota, PeranTim, Persetujuan, StatusTim, Tim
from sistemkerja_desktop.domain.tim_rules import TimMelanggarAturan
from sistemkerja_desktop.services.team_dto import FilterKandidat

YULIANA, FAJAR, KADIS, SITI = ("199103032017122909", "198708182013121910",
                               "197103141999031901", "199007252018032908")


def _new(svc, members, **kw):
    unit = svc.teams.unit_by_name("Bidang Kesehatan Masyarakat")
    ids = [(svc.teams.pegawai_by_nip(n).id, r) for n, r in members]
    base = dict(nama="Tim Uji", jenis="tim-kerja", unit_pemilik_id=unit.id,
                mulai=dt.date(2026, 12, 1), selesai=dt.date(2027, 3, 31), tugas=("tugas a",),
                anggota=tuple(Anggota(i, r) for i, r in ids))
    base.update(kw)
    return Tim(**base)


def test_demo_has_four_teams_with_states(demo_services):
    teams = demo_services.teams.teams()
    assert [t.nama.split(" Tahun")[0] for t in teams][:2] == [
        "Tim Kerja Percepatan Penurunan Stunting", "Tim Kerja Surveilans dan Respons KLB"]
    assert len(teams) == 4 and all(t.status is StatusTim.AKTIF for t in teams)
    # issue #9: the demo stays issuable — every outsider approved (a pending one blocks the
    # final SK/Surat Tugas)
    assert [t.menunggu_persetujuan for t in teams] == [0, 0, 0, 0]
    assert teams[0].ketua_nip == YULIANA and len(teams[0].anggota_nip) == 6


def test_save_refuses_hard_rule_and_writes_nothing(demo_services):
    before = len(demo_services.teams.teams())
    with pytest.raises(TimMelanggarAturan) as err:
        demo_services.teams.save(_new(demo_services, [(KADIS, PeranTim.KETUA)]))
    assert "tidak dapat menjadi ketua" in err.value.message and "Pasal" in err.value.message
    assert len(demo_services.teams.teams()) == before


def test_save_returns_warnings_and_is_audited(demo_services):
    detail, changes = demo_services.teams.save(
        _new(demo_services, [(YULIANA, PeranTim.KETUA), (SITI, PeranTim.ANGGOTA)]))
    assert changes.teams
    assert detail.anggota[1].persetujuan is Persetujuan.MENUNGGU
    assert detail.lingkup.value == "Lintas unit"
    with demo_services.ctx.reading() as s:
        tables = {r.tabel for r in s.scalars(select(AuditRow).where(
            AuditRow.record_uuid == detail.tim.uuid))}
    assert tables == {"tim"}


def test_members_add_move_remove_and_approve(demo_services):
    t = demo_services.teams
    detail, _ = t.save(_new(demo_services, [(YULIANA, PeranTim.KETUA)]))
    tid = detail.tim.id
    siti = t.pegawai_by_nip(SITI).id
    detail, _ = t.add_member(tid, siti, PeranTim.ANGGOTA, "Sekretaris")
    assert detail.anggota[-1].label_peran == "Sekretaris"
    with pytest.raises(ValidationError):
        t.add_member(tid, siti)
    detail, _ = t.move_member(tid, siti, 0)
    assert detail.anggota[0].pegawai_id == siti
    # issue #9: a refusal needs its reason; an approval may come without a letter number
    with pytest.raises(ValidationError) as exc:
        t.set_persetujuan(tid, siti, Persetujuan.DITOLAK, " ")
    assert exc.value.field == "alasan_persetujuan"
    detail, _ = t.set_persetujuan(tid, siti, Persetujuan.DISETUJUI, "")
    assert detail.anggota[0].persetujuan is Persetujuan.DISETUJUI
    detail, _ = t.set_persetujuan(tid, siti, Persetujuan.DISETUJUI, "Nota dinas 12/2026")
    assert detail.anggota[0].persetujuan is Persetujuan.DISETUJUI
    assert detail.anggota[0].alasan_persetujuan == "Nota dinas 12/2026"
    detail, _ = t.remove_member(tid, siti)
    assert [a.pegawai_id for a in detail.anggota] == [t.pegawai_by_nip(YULIANA).id]


def test_status_transitions(demo_services):
    t = demo_services.teams
    detail, _ = t.save(_new(demo_services, [(YULIANA, PeranTim.KETUA)]))
    detail, _ = t.set_status(detail.tim.id, StatusTim.AKTIF)
    detail, _ = t.set_status(detail.tim.id, StatusTim.SELESAI)
    with pytest.raises(InvalidTransition):
        t.set_status(detail.tim.id, StatusTim.AKTIF)


def test_live_check_without_saving(demo_services):
    draft = _new(demo_services, [(YULIANA, PeranTim.KETUA), (FAJAR, PeranTim.KETUA)])
    codes = {f.kode for f in demo_services.teams.check(draft) if f.tingkat is Tingkat.GALAT}
    assert "KETUA_LEBIH_DARI_SATU" in codes


def test_workload_and_candidates(demo_services):
    w = demo_services.teams.workload()
    busiest = w.rows[0]
    assert busiest.maks_serentak >= 2 and busiest.tumpang_tindih
    assert w.tanpa_penugasan and all(k.jumlah_tim_aktif == 0 for k in w.tanpa_penugasan)
    idle_nips = {k.nip for k in w.tanpa_penugasan}
    assert YULIANA not in idle_nips
    kesmas = demo_services.teams.unit_by_name("Bidang Kesehatan Masyarakat")
    found = demo_services.teams.candidates(FilterKandidat(unit_id=kesmas.id, jenjang="Ahli Muda"))
    assert found and all(k.jenjang == "Ahli Muda" for k in found)
    yuli = demo_services.teams.candidates(FilterKandidat(teks="yuliana"))
    assert yuli[0].jumlah_tim_aktif == 1
    assert not demo_services.teams.candidates(FilterKandidat(teks="yuliana", maks_tim=0))


def test_overlapping_beyond_threshold_warns(demo_services):
    svc = demo_services
    p = svc.naskah.pengaturan()
    svc.naskah.simpan_pengaturan(dataclasses.replace(p, ambang_beban=1))
    detail, _ = svc.teams.save(_new(svc, [(YULIANA, PeranTim.KETUA)], status=StatusTim.AKTIF))
    assert any(f.kode == "BEBAN_KERJA_TINGGI" for f in detail.findings)


def test_a_stale_team_is_refused_and_member_changes_raise_the_version(demo_services):
    svc = demo_services
    detail, _ = svc.teams.save(_new(svc, [(YULIANA, PeranTim.KETUA)]))
    assert detail.versi >= 1
    after, _ = svc.teams.add_member(detail.tim.id, svc.teams.pegawai_by_nip(FAJAR).id)
    assert after.versi > detail.versi  # a member added elsewhere (the CLI) counts
    with pytest.raises(ConflictError) as exc:
        svc.teams.save(dataclasses.replace(detail.tim, nama="Tim Uji Baru"), versi=detail.versi)
    assert "diubah di tempat lain" in exc.value.message
    stored = svc.teams.team(detail.tim.id)
    assert stored.tim.nama == "Tim Uji" and len(stored.tim.anggota) == 2
    saved, _ = svc.teams.save(dataclasses.replace(stored.tim, nama="Tim Uji Baru"),
                              versi=stored.versi)
    assert saved.tim.nama == "Tim Uji Baru" and len(saved.tim.anggota) == 2
