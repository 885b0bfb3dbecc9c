"""KedudukanService on a real SQLite file: moves in one transaction with audit, refusals that
write nothing, exact reversal, and the canvas's batch save."""

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from sistemkerja_desktop.db.models import AuditRow, KedudukanRow
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.pindah import PindahDitolak, RencanaPindah

TMT = dt.date(2026, 12, 1)


def _find(struktur, nama):
    return next(p for p in struktur.pegawai if p.nama == nama)


def _pos(struktur, nama):
    return next(p for p in struktur.positions if p.nama == nama)


def _rows(services):
    with services.ctx.reading() as s:
        return sorted((r.pegawai_id, r.ppk_position_id, r.tmt_mulai, r.tmt_selesai, r.dasar_nomor,
                       r.uuid) for r in s.scalars(select(KedudukanRow)))


def _audit_count(services):
    with services.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditRow))


@pytest.fixture
def demo(demo_services):
    return demo_services, demo_services.agency.struktur()


def test_pindah_ends_the_old_kedudukan_and_audits_with_a_reason(demo):
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    yankes = _pos(s, "Kepala Bidang Pelayanan Kesehatan")
    hasil, changes = svc.kedudukan.pindah([fajar.id], yankes.id, tmt=TMT, dasar="SK 9/2026")
    assert changes.kedudukan and len(hasil.catatan) == 1 and hasil.peringatan == ()
    after = svc.agency.struktur()
    assert after.ppk_of(fajar.id, TMT)[0].id == yankes.id
    assert after.ppk_of(fajar.id, TMT - dt.timedelta(days=1))[0].nama == \
        "Kepala Bidang Kesehatan Masyarakat"
    new = next(k for k in after.kedudukan if k.id == hasil.catatan[0].kedudukan_baru_id)
    assert new.dasar_nomor == "SK 9/2026" and new.tmt_mulai == TMT
    with svc.ctx.reading() as session:
        entries = session.scalars(select(AuditRow).where(AuditRow.tabel == "kedudukan")
                                  .order_by(AuditRow.id.desc()).limit(2)).all()
    assert {e.aksi for e in entries} == {"tambah", "ubah"}
    assert all("pindah kedudukan 1 pegawai ke Kepala Bidang Pelayanan Kesehatan" in e.keterangan
               and "SK 9/2026" in e.keterangan for e in entries)
    changed = next(e for e in entries if e.aksi == "ubah")
    assert json.loads(changed.sesudah) == {"tmt_selesai": "2026-11-30"}


def test_a_hard_rule_refuses_and_writes_nothing(demo):
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    kosong = _pos(s, "Kepala Subbagian Perencanaan dan Pelaporan")
    before, audit = _rows(svc), _audit_count(svc)
    with pytest.raises(PindahDitolak) as exc:
        svc.kedudukan.pindah([fajar.id], kosong.id, tmt=TMT)
    assert exc.value.temuan[0].kode == "PPK_KOSONG"
    assert "Pasal" in exc.value.citation
    assert _rows(svc) == before and _audit_count(svc) == audit


def test_soft_rules_are_returned_and_the_move_proceeds(demo):
    svc, s = demo
    madya = next(p for p in s.pegawai if p.jabatan and p.jabatan.jenjang
                 and p.jabatan.jenjang.value == "Ahli Madya" and p.unit_id
                 and s.ppk_of(p.id, TMT)[0].nama == "Kepala Dinas Kesehatan")
    kabid = _pos(s, "Kepala Bidang Pelayanan Kesehatan")
    hasil, _ = svc.kedudukan.pindah([madya.id], kabid.id, tmt=TMT)
    assert [f.kode for f in hasil.peringatan] == ["JF_MADYA_UTAMA_BUKAN_JPT"]
    assert svc.agency.struktur().ppk_of(madya.id, TMT)[0].id == kabid.id


def test_batalkan_restores_the_rows_exactly(demo):
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    dadang = next(p for p in s.pegawai if len(s.ppk_of(p.id, TMT)) == 2)  # PPK ganda
    before = _rows(svc)
    hasil, _ = svc.kedudukan.pindah([fajar.id, dadang.id], _pos(s, "Sekretaris Dinas").id,
                                    tmt=dt.date(2024, 7, 1))  # before one of Dadang's rows
    assert len(hasil.catatan) == 2 and any(c.dihapus for c in hasil.catatan)
    assert _rows(svc) != before
    svc.kedudukan.batalkan(hasil.catatan)
    assert _rows(svc) == before  # uuids included: the removed row came back as itself


def test_simpan_applies_plans_in_order_and_can_reverse_them(demo):
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    before = _rows(svc)
    plans = [RencanaPindah((fajar.id,), _pos(s, "Kepala Bidang Pelayanan Kesehatan").id, TMT,
                           "SK A"),
             RencanaPindah((fajar.id,), _pos(s, "Sekretaris Dinas").id,
                           dt.date(2027, 1, 4), "SK B")]
    catatan, changes = svc.kedudukan.simpan([], plans)
    assert changes.kedudukan and [len(c) for c in catatan] == [1, 1]
    after = svc.agency.struktur()
    assert after.ppk_of(fajar.id, TMT)[0].nama == "Kepala Bidang Pelayanan Kesehatan"
    assert after.ppk_of(fajar.id, dt.date(2027, 2, 1))[0].nama == "Sekretaris Dinas"
    svc.kedudukan.simpan([c for step in catatan for c in step], [])
    assert _rows(svc) == before


def test_simpan_rechecks_hard_rules_and_rolls_back(demo):
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    before = _rows(svc)
    plans = [RencanaPindah((fajar.id,), _pos(s, "Sekretaris Dinas").id, TMT),
             RencanaPindah((fajar.id,), _pos(s, "Kepala Subbagian Perencanaan dan Pelaporan").id,
                           TMT)]
    with pytest.raises(PindahDitolak):
        svc.kedudukan.simpan([], plans)
    assert _rows(svc) == before


def test_lookups_by_nip(demo):
    svc, s = demo
    sekretaris = s.holder(_pos(s, "Sekretaris Dinas").id)
    with pytest.raises(ValidationError) as exc:  # also Plt. Kepala Bidang Kesehatan Masyarakat
        svc.kedudukan.ppk_position(sekretaris.nip)
    assert exc.value.code == "ppk_ganda" and "--ppk-jabatan" in exc.value.message
    assert svc.kedudukan.ppk_position(sekretaris.nip, "Sekretaris") == \
        _pos(s, "Sekretaris Dinas").id
    fajar = _find(s, "Fajar Nugroho")
    with pytest.raises(ValidationError) as exc:
        svc.kedudukan.ppk_position(fajar.nip)
    assert exc.value.code == "bukan_ppk"
    assert svc.kedudukan.pegawai_ids([fajar.nip_tampil]) == [fajar.id]
    with pytest.raises(NotFoundError):
        svc.kedudukan.pegawai_ids(["199001012020011999"])


def test_moving_someone_already_there_changes_nothing(demo):
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    current = s.ppk_of(fajar.id, TMT)[0]
    before = _rows(svc)
    hasil, changes = svc.kedudukan.pindah([fajar.id], current.id, tmt=TMT)
    assert hasil.tidak_berubah == (fajar.id,) and hasil.catatan == () and not changes.kedudukan
    assert _rows(svc) == before
    assert dataclasses.asdict(hasil)["peringatan"] == ()
