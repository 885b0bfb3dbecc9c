"""KedudukanService on a real SQLite file: moves in one transaction with audit, refusals that
write nothing, exact reversal, and the canvas's batch save."""

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from sistemkerja_desktop.db.models import AuditRow, KedudukanRow
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
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
                                    tmt=dt.date(2024, 7, 1),  # before one of Dadang's rows
                                    koreksi=True)
    assert len(hasil.catatan) == 2
    assert {r[-1] for r in before} <= {r[-1] for r in _rows(svc)}  # nothing deleted
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


# ---- issue #8: nothing deleted, one kedudukan per date, stale edits refused ---------------------

def _pegawai_rows(services, pegawai_id):
    with services.ctx.reading() as s:
        return sorted((r.uuid, r.ppk_position_id, r.tmt_mulai, r.tmt_selesai, r.dasar_nomor)
                      for r in s.scalars(select(KedudukanRow)
                                         .where(KedudukanRow.pegawai_id == pegawai_id)))


def test_a_tmt_before_the_current_kedudukan_is_refused_and_nothing_changes(demo):
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    before, audit = _rows(svc), _audit_count(svc)
    with pytest.raises(ValidationError) as exc:
        svc.kedudukan.pindah([fajar.id], _pos(s, "Kepala Bidang Pelayanan Kesehatan").id,
                             tmt=dt.date(2016, 12, 1))
    assert exc.value.code == "tmt_sebelum_kedudukan"
    assert "TMT 01-12-2016 sebelum awal kedudukan sekarang 02-01-2024" in exc.value.message
    assert "Fajar Nugroho" in exc.value.message
    assert _rows(svc) == before and _audit_count(svc) == audit


def test_a_correction_dibatalkan_the_later_records_and_audits_before_and_after(demo):
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    yankes = _pos(s, "Kepala Bidang Pelayanan Kesehatan")
    before = _pegawai_rows(svc, fajar.id)
    hasil, _ = svc.kedudukan.pindah([fajar.id], yankes.id, tmt=dt.date(2016, 12, 1),
                                    koreksi=True)
    after = {r[0]: r for r in _pegawai_rows(svc, fajar.id)}
    for uuid, _ppk, mulai, _selesai, dasar in before:  # kept, SK kept, never in force
        assert after[uuid][4] == dasar and after[uuid][3] == mulai - dt.timedelta(days=1)
    now = svc.agency.struktur()
    for day in (dt.date(2017, 1, 1), dt.date(2023, 1, 1), TMT):
        assert [p.id for p in now.ppk_of(fajar.id, day)] == [yankes.id]
    with svc.ctx.reading() as session:
        changed = session.scalars(select(AuditRow).where(
            AuditRow.tabel == "kedudukan", AuditRow.aksi == "ubah")
            .order_by(AuditRow.id.desc()).limit(2)).all()
        assert not session.scalars(select(AuditRow).where(AuditRow.aksi == "hapus",
                                                          AuditRow.tabel == "kedudukan")).all()
    assert all("koreksi riwayat" in e.keterangan and "dibatalkan (tidak dihapus)" in e.keterangan
               for e in changed)
    assert {json.loads(e.sebelum)["tmt_selesai"] for e in changed} == {"2023-12-31", None}
    svc.kedudukan.batalkan(hasil.catatan)  # a correction is reversible too
    assert _pegawai_rows(svc, fajar.id) == before


def test_an_overlap_written_in_a_transaction_is_refused(demo):
    """The check runs in every write transaction, whatever wrote the row."""
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    before = _rows(svc)
    with pytest.raises(ValidationError) as exc, svc.ctx.session() as session:
        session.add(KedudukanRow(pegawai_id=fajar.id, tmt_mulai=dt.date(2026, 1, 1),
                                 ppk_position_id=_pos(s, "Sekretaris Dinas").id))
    assert exc.value.code == "kedudukan_ganda"
    assert "Fajar Nugroho" in exc.value.message and "sejak 01-01-2026" in exc.value.message
    assert "Tidak ada yang diubah" in exc.value.message
    assert _rows(svc) == before


def test_a_legacy_double_blocks_no_save_and_a_move_repairs_it(demo):
    svc, s = demo
    dadang = next(p for p in s.pegawai if len(s.ppk_of(p.id, TMT)) == 2)  # PPK ganda
    row = next(r for r in svc.pegawai.rows() if r.id == dadang.id)
    saved, _ = svc.pegawai.save(dataclasses.replace(svc.pegawai.get(dadang.id),
                                                    email="dadang@contoh.go.id"),
                                delegasi=True, delegasi_dasar="ST 1/2026",
                                kedudukan_versi=row.kedudukan_versi)  # touches both rows
    assert saved.email == "dadang@contoh.go.id"
    svc.kedudukan.pindah([dadang.id], _pos(s, "Sekretaris Dinas").id, tmt=TMT)
    assert [p.nama for p in svc.agency.struktur().ppk_of(dadang.id, TMT)] == ["Sekretaris Dinas"]


def test_batalkan_refuses_when_the_pegawai_was_moved_since(demo):
    """The GUI's undo of a saved move on top of a CLI change left two open kedudukan."""
    svc, s = demo
    fajar = _find(s, "Fajar Nugroho")
    hasil, _ = svc.kedudukan.pindah([fajar.id], _pos(s, "Kepala Bidang Pelayanan Kesehatan").id,
                                    tmt=TMT)
    svc.kedudukan.pindah([fajar.id], _pos(s, "Sekretaris Dinas").id, tmt=TMT)  # "the CLI"
    before = _rows(svc)
    with pytest.raises(ConflictError) as exc:
        svc.kedudukan.batalkan(hasil.catatan)
    assert "diubah di tempat lain" in exc.value.message and "Fajar Nugroho" in exc.value.message
    assert _rows(svc) == before
    assert len(svc.agency.struktur().ppk_of(fajar.id, TMT + dt.timedelta(days=30))) == 1


def test_simpan_refuses_a_chart_loaded_before_another_change(demo):
    svc, s = demo  # `s`: what the chart shows
    fajar = _find(s, "Fajar Nugroho")
    svc.kedudukan.pindah([fajar.id], _pos(s, "Sekretaris Dinas").id, tmt=TMT)  # elsewhere
    before = _rows(svc)
    plan = RencanaPindah((fajar.id,), _pos(s, "Kepala Bidang Pelayanan Kesehatan").id, TMT)
    with pytest.raises(ConflictError):
        svc.kedudukan.simpan([], [plan], dilihat=s.kedudukan)
    assert _rows(svc) == before
    fresh = svc.agency.struktur()  # reloaded: the same move saves
    svc.kedudukan.simpan([], [plan], dilihat=fresh.kedudukan)
    assert svc.agency.struktur().ppk_of(fajar.id, TMT)[0].id == plan.ppk_position_id
