import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from sistemkerja_desktop.db.models import AuditRow
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.jabatan import Jabatan, Kategori
from sistemkerja_desktop.domain.organisasi import Pegawai, PerangkatDaerah
from sistemkerja_desktop.domain.pangkat import Golongan


def _audit(services):
    with services.ctx.reading() as s:
        return list(s.scalars(select(AuditRow).order_by(AuditRow.id)))


def test_create_and_update_agency_is_audited(services):
    services.ctx.actor = "budi"
    pd = services.agency.create_agency(PerangkatDaerah(nama="Dinas Sosial", pemda="Kabupaten Uji",
                                                       profil="bungo"))
    assert services.agency.has_agency()
    services.agency.update_agency(dataclasses.replace(pd, alamat="Jalan Pahlawan 1"))
    entries = _audit(services)
    assert [(e.tabel, e.aksi, e.pelaku) for e in entries] == [
        ("perangkat_daerah", "tambah", "budi"), ("perangkat_daerah", "ubah", "budi")]
    assert json.loads(entries[1].sebelum) == {"alamat": ""}
    assert json.loads(entries[1].sesudah) == {"alamat": "Jalan Pahlawan 1"}
    assert entries[0].record_uuid == pd.uuid


@pytest.mark.parametrize(("changes", "field"), [({"nama": " "}, "nama"), ({"pemda": ""}, "pemda"),
                                                ({"kode_pos": "12"}, "kode_pos")])
def test_agency_validation(services, changes, field):
    base = PerangkatDaerah(nama="Dinas X", pemda="Kabupaten Y")
    with pytest.raises(ValidationError) as err:
        services.agency.create_agency(dataclasses.replace(base, **changes))
    assert err.value.field == field
    assert not services.agency.has_agency()


def test_unknown_profile_refused(services):
    with pytest.raises(NotFoundError):
        services.agency.create_agency(PerangkatDaerah(nama="Dinas X", pemda="Kabupaten Y",
                                                      profil="jakarta"))


def test_demo_rows_and_periksa(demo_services):
    rows = demo_services.pegawai.rows()
    assert len(rows) >= 120
    assert len({r.nip for r in rows}) == len(rows)
    findings = demo_services.agency.periksa()
    assert any(f.tingkat.value == "galat" for f in findings)
    assert all(f.dasar for f in findings)


def _new(unit_id, **kw):
    base = dict(id=0, nip="199001012015031001", nama="Agus Salim",
                jabatan=Jabatan("Pranata Komputer Ahli Pertama", Kategori.FUNGSIONAL,
                                None), unit_id=unit_id, golongan=Golongan.pns("III/a"))
    base.update(kw)
    return Pegawai(**base)


def test_save_new_pegawai_with_ppk_and_history(demo_services):
    struktur = demo_services.agency.struktur()
    unit = next(u for u in struktur.units if u.nama == "Sekretariat")
    ppk = struktur.pimpinan_of(unit.id)
    p, changes = demo_services.pegawai.save(_new(unit.id), ppk_position_id=ppk.id,
                                            tmt=dt.date(2026, 1, 5), dasar="800/1/2026")
    assert p.id > 0 and changes.kedudukan
    row = next(r for r in demo_services.pegawai.rows() if r.nip == p.nip)
    assert row.ppk_position_id == ppk.id and row.unit == "Sekretariat"
    other = next(pos for pos in struktur.positions if pos.id != ppk.id and pos.pemangku_id)
    demo_services.pegawai.save(p, ppk_position_id=other.id, tmt=dt.date(2026, 6, 1))
    after = demo_services.agency.struktur()
    assert [pos.id for pos in after.ppk_of(p.id, dt.date(2026, 3, 1))] == [ppk.id]
    assert [pos.id for pos in after.ppk_of(p.id, dt.date(2026, 7, 1))] == [other.id]


def test_duplicate_nip_refused(demo_services):
    existing = demo_services.pegawai.rows()[0]
    with pytest.raises(ValidationError) as err:
        demo_services.pegawai.save(_new(None, nip=existing.nip))
    assert err.value.field == "nip" and "sudah dipakai" in err.value.message


@pytest.mark.parametrize(("kw", "field"), [
    ({"nip": "123"}, "nip"), ({"nama": ""}, "nama"), ({"jabatan": None}, "jabatan"),
    ({"golongan": Golongan(True, 8)}, "golongan"), ({"email": "bukan-email"}, "email"),
    ({"jabatan": Jabatan("Pengadministrasi", Kategori.PELAKSANA, None)}, None),
])
def test_pegawai_validation(services, kw, field):
    services.agency.create_agency(PerangkatDaerah(nama="Dinas X", pemda="Kabupaten Y"))
    if field is None:  # valid variant: saved
        assert services.pegawai.save(_new(None, **kw))[0].id > 0
        return
    with pytest.raises(ValidationError) as err:
        services.pegawai.save(_new(None, **kw))
    assert err.value.field == field
    assert services.pegawai.rows() == []


def test_demo_is_all_or_nothing(services):
    def fail():
        raise RuntimeError("gagal di tengah jalan")

    services.demo.hooks.append(fail)
    with pytest.raises(RuntimeError):
        services.demo.create_demo()
    assert not services.agency.has_agency()
    services.demo.hooks.remove(fail)
    services.demo.create_demo()  # the file is usable again
    assert len(services.pegawai.rows()) >= 120
