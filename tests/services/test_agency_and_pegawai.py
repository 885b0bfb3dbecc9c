import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from sistemkerja_desktop.db.models import AuditRow
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
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


# ---- issue #8: a form never silently overwrites a change made elsewhere ---------------------------

def test_a_stale_pegawai_is_refused_and_the_other_change_kept(demo_services):
    """The pegawai form silently reverted a concurrent import: it now carries `versi`."""
    shown = demo_services.pegawai.get(demo_services.pegawai.rows()[0].id)
    assert shown.versi >= 1
    elsewhere, _ = demo_services.pegawai.save(dataclasses.replace(shown, email="lain@contoh.id"))
    assert elsewhere.versi == shown.versi + 1
    with pytest.raises(ConflictError) as exc:
        demo_services.pegawai.save(dataclasses.replace(shown, telepon="0812"))
    assert "diubah di tempat lain" in exc.value.message and "muat ulang" in exc.value.message
    stored = demo_services.pegawai.get(shown.id)
    assert (stored.email, stored.telepon) == ("lain@contoh.id", shown.telepon)
    again, _ = demo_services.pegawai.save(dataclasses.replace(stored, telepon="0812"))
    assert (again.email, again.telepon, again.versi) == ("lain@contoh.id", "0812",
                                                          stored.versi + 1)


def test_a_ppk_change_over_a_move_made_elsewhere_is_refused(demo_services):
    struktur = demo_services.agency.struktur()
    row = next(r for r in demo_services.pegawai.rows() if r.nama.startswith("Fajar Nugroho"))
    sekretaris = next(p for p in struktur.positions if p.nama == "Sekretaris Dinas")
    yankes = next(p for p in struktur.positions if p.nama == "Kepala Bidang Pelayanan Kesehatan")
    demo_services.kedudukan.pindah([row.id], sekretaris.id)  # the CLI, meanwhile
    with pytest.raises(ConflictError):
        demo_services.pegawai.save(demo_services.pegawai.get(row.id), ppk_position_id=yankes.id,
                                   kedudukan_versi=row.kedudukan_versi)
    today = demo_services.ctx.today()
    assert [p.id for p in demo_services.agency.struktur().ppk_of(row.id, today)] \
        == [sekretaris.id]


def test_a_ppk_change_never_deletes_a_kedudukan(demo_services):
    """`_place` deleted the kedudukan starting on/after the TMT."""
    struktur = demo_services.agency.struktur()
    p = next(x for x in struktur.pegawai if x.nama == "Fajar Nugroho")
    before = {k.uuid: k.dasar_nomor for k in struktur.kedudukan if k.pegawai_id == p.id}
    yankes = next(x for x in struktur.positions if x.nama == "Kepala Bidang Pelayanan Kesehatan")
    with pytest.raises(ValidationError) as exc:
        demo_services.pegawai.save(p, ppk_position_id=yankes.id, tmt=dt.date(2016, 12, 1))
    assert exc.value.field == "tmt" and "02-01-2024" in exc.value.message
    demo_services.pegawai.save(p, ppk_position_id=yankes.id, tmt=dt.date(2024, 1, 2))  # same day
    after = {k.uuid: k.dasar_nomor for k in demo_services.agency.struktur().kedudukan
             if k.pegawai_id == p.id}
    assert before.items() <= after.items() and len(after) == len(before) + 1
