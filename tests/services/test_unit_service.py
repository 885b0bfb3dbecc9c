"""Units (nama, jenis, induk, kode, unit kerja mandiri) and delegasi on the kedudukan."""

import json

import pytest
from sqlalchemy import select

from sistemkerja_desktop.db.models import AuditRow
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from sistemkerja_desktop.domain.organisasi import JenisUnit

DI_BAWAH_JF = "199107192015031942"  # demo: Pelaksana under a JF who leads no unit kerja mandiri


def _unit(svc, nama):
    return next(u for u in svc.agency.struktur().units if u.nama == nama)


def _codes_for(svc, nip=None, unit_id=None):
    out = []
    struktur = svc.agency.struktur()
    for f in svc.agency.periksa():
        p = struktur.pegawai_by_id.get(f.pegawai_id) if f.pegawai_id else None
        if p is None:
            continue
        if (nip and p.nip == nip) or (unit_id is not None and p.unit_id == unit_id):
            out.append(f.kode)
    return out


def test_update_unit_changes_fields_in_one_audited_transaction(demo_services):
    svc = demo_services
    unit = _unit(svc, "UPTD Puskesmas Sukamaju")
    sek = _unit(svc, "Sekretariat")
    saved, changes = svc.units.update_unit(unit.id, "  UPTD Puskesmas  Sukamaju Baru ",
                                           JenisUnit.UPTD, sek.id, False, " PKM-1 ")
    assert changes.units and not changes.pegawai
    assert (saved.nama, saved.jenis, saved.parent_id, saved.mandiri, saved.kode) == (
        "UPTD Puskesmas Sukamaju Baru", JenisUnit.UPTD, sek.id, False, "PKM-1")
    assert svc.agency.struktur().unit_by_id[unit.id] == saved
    with svc.ctx.reading() as s:
        last = s.scalars(select(AuditRow).order_by(AuditRow.id.desc())).first()
    assert (last.tabel, last.aksi) == ("unit", "ubah")
    assert json.loads(last.sesudah)["mandiri"] is False


def test_cycles_unknown_parent_and_empty_name_are_refused(demo_services):
    svc = demo_services
    pim = _unit(svc, "Pimpinan")
    sek = _unit(svc, "Sekretariat")
    child, _ = svc.units.add_unit("Subbagian Baru", "Subbagian", sek.id)
    before = svc.agency.struktur().units
    for parent_id in (sek.id, child.id):
        with pytest.raises(ValidationError) as err:
            svc.units.update_unit(sek.id, "Sekretariat", JenisUnit.SEKRETARIAT, parent_id, False)
        assert (err.value.field, err.value.code) == ("induk", "siklus")
    with pytest.raises(ValidationError) as err:  # Pimpinan under its own grandchild
        svc.units.update_unit(pim.id, "Pimpinan", JenisUnit.PIMPINAN, child.id, False)
    assert err.value.code == "siklus"
    with pytest.raises(ValidationError) as err:
        svc.units.update_unit(sek.id, "Sekretariat", JenisUnit.SEKRETARIAT, 9999, False)
    assert err.value.field == "induk"
    with pytest.raises(ValidationError) as err:
        svc.units.update_unit(sek.id, "  ", JenisUnit.SEKRETARIAT, pim.id, False)
    assert err.value.field == "nama"
    with pytest.raises(ValidationError) as err:
        svc.units.add_unit("Seksi X", "Bukan jenis", sek.id)
    assert err.value.field == "jenis"
    with pytest.raises(NotFoundError):
        svc.units.update_unit(9999, "X", JenisUnit.SEKSI, None, False)
    assert svc.agency.struktur().units == before
    # a top-level unit is allowed
    top, _ = svc.units.update_unit(child.id, "Subbagian Baru", JenisUnit.SUBBAGIAN, None, False)
    assert top.parent_id is None


def test_add_unit(demo_services):
    svc = demo_services
    sek = _unit(svc, "Sekretariat")
    unit, changes = svc.units.add_unit("Seksi Uji", JenisUnit.SEKSI, sek.id)
    assert changes.units
    assert svc.agency.struktur().unit_by_id[unit.id].parent_id == sek.id
    assert svc.units.get(unit.id) == unit
    with pytest.raises(ValidationError):
        svc.units.add_unit("Seksi Uji", JenisUnit.SEKSI, 9999)


def test_mandiri_flag_decides_whether_a_jf_head_may_be_ppk(demo_services):
    svc = demo_services
    pkm = _unit(svc, "UPTD Puskesmas Sukamaju")
    assert pkm.mandiri
    assert "PPK_BUKAN_PEJABAT_PENILAI" not in _codes_for(svc, unit_id=pkm.id)
    svc.units.update_unit(pkm.id, pkm.nama, pkm.jenis, pkm.parent_id, False, pkm.kode)
    assert "PPK_BUKAN_PEJABAT_PENILAI" in _codes_for(svc, unit_id=pkm.id)
    svc.units.update_unit(pkm.id, pkm.nama, pkm.jenis, pkm.parent_id, True, pkm.kode)
    assert "PPK_BUKAN_PEJABAT_PENILAI" not in _codes_for(svc, unit_id=pkm.id)


def test_delegasi_is_saved_on_the_current_kedudukan(demo_services):
    svc = demo_services
    row = next(r for r in svc.pegawai.rows() if r.nip == DI_BAWAH_JF)
    assert not row.delegasi
    assert "PPK_BUKAN_PEJABAT_PENILAI" in _codes_for(svc, nip=DI_BAWAH_JF)
    pegawai = svc.pegawai.get(row.id)
    _, changes = svc.pegawai.save(pegawai, delegasi=True, delegasi_dasar=" SK 800/1/2026 ")
    assert changes.kedudukan
    row = next(r for r in svc.pegawai.rows() if r.nip == DI_BAWAH_JF)
    assert (row.delegasi, row.delegasi_dasar) == (True, "SK 800/1/2026")
    assert "PPK_BUKAN_PEJABAT_PENILAI" not in _codes_for(svc, nip=DI_BAWAH_JF)
    # the old signature leaves delegasi alone
    _, changes = svc.pegawai.save(pegawai)
    assert not changes.kedudukan
    assert next(r for r in svc.pegawai.rows() if r.nip == DI_BAWAH_JF).delegasi
    _, changes = svc.pegawai.save(pegawai, delegasi=False, delegasi_dasar="ignored")
    assert changes.kedudukan
    row = next(r for r in svc.pegawai.rows() if r.nip == DI_BAWAH_JF)
    assert (row.delegasi, row.delegasi_dasar) == (False, "")
    assert "PPK_BUKAN_PEJABAT_PENILAI" in _codes_for(svc, nip=DI_BAWAH_JF)


def test_delegasi_goes_on_the_new_kedudukan_and_needs_one(demo_services):
    svc = demo_services
    row = next(r for r in svc.pegawai.rows() if r.nip == DI_BAWAH_JF)
    other = next(c for c in svc.pegawai.ppk_choices() if c.position_id != row.ppk_position_id)
    pegawai = svc.pegawai.get(row.id)
    svc.pegawai.save(pegawai, ppk_position_id=other.position_id, delegasi=True,
                     delegasi_dasar="SK X")
    struktur = svc.agency.struktur()
    ked = [k for k in struktur.kedudukan if k.pegawai_id == row.id]
    assert [(k.ppk_position_id, k.delegasi) for k in ked if k.tmt_selesai is None] == [
        (other.position_id, True)]
    assert not any(k.delegasi for k in ked if k.tmt_selesai is not None)
    tanpa = next(r for r in svc.pegawai.rows() if r.ppk == "—")
    with pytest.raises(ValidationError) as err:
        svc.pegawai.save(svc.pegawai.get(tanpa.id), delegasi=True)
    assert err.value.field == "ppk"
    _, changes = svc.pegawai.save(svc.pegawai.get(tanpa.id), delegasi=False)
    assert not changes.kedudukan


def test_a_stale_unit_is_refused_and_the_other_change_kept(demo_services):
    svc = demo_services
    shown = _unit(svc, "Sekretariat")
    svc.units.update_unit(shown.id, "Sekretariat Dinas", shown.jenis, shown.parent_id,
                          shown.mandiri, shown.kode, versi=shown.versi)  # another window
    with pytest.raises(ConflictError) as exc:
        svc.units.update_unit(shown.id, shown.nama, shown.jenis, shown.parent_id, shown.mandiri,
                              "SEK", versi=shown.versi)
    assert "diubah di tempat lain" in exc.value.message
    stored = svc.units.get(shown.id)
    assert (stored.nama, stored.kode) == ("Sekretariat Dinas", shown.kode)
