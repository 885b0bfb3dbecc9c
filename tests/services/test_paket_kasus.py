"""Exchange packages in the cases a review found (issue #12): every case ends with both files
holding the same records after a round in each direction, with each question asked once — or a
clear Indonesian refusal where a merge cannot be made."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import select

from sistemkerja_desktop.db.models import PegawaiRow, UnitRow
from sistemkerja_desktop.db.models_tim import AnggotaTimRow, TimRow
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.paket_gabung import REKAMAN, Pilihan
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.paket_baca import baca_isi
from tests.conftest import TODAY

SKIP = ("perangkat_daerah", "pengaturan_naskah")


def _open(path):
    return build_services(path, today=lambda: TODAY)


def _records(svc):
    with svc.ctx.reading() as s:
        isi = baca_isi(s)
    return {t: {u: b.nilai for u, b in rows.items()} for t, rows in isi.baris.items()
            if t not in SKIP}


class Kirim:
    """Packages between offices, numbered, each checked before it is imported."""

    def __init__(self, folder):
        self.folder = folder
        self.n = 0

    def __call__(self, src, dst, bawaan=None, **kw):
        self.n += 1
        path = self.folder / f"p{self.n}.skp"
        src.paket.ekspor(path, **kw)
        pra = dst.paket.periksa(path)
        dst.paket.impor(path, bawaan=bawaan)
        return pra


@pytest.fixture
def kantor(tmp_path, demo_services):
    a = demo_services
    a.paket.ekspor(tmp_path / "awal.skp")
    b = _open(tmp_path / "b.sqlite")
    b.paket.impor(tmp_path / "awal.skp")
    yield a, b, Kirim(tmp_path)
    b.close()


def _tim_id(svc, urutan=0):
    """The id of a demo team in this file (ids differ between files; names do not)."""
    with svc.ctx.reading() as s:
        return s.scalars(select(TimRow.id).order_by(TimRow.nama)).all()[urutan]


def _members(svc, urutan=0):
    """NIPs of the team's members."""
    with svc.ctx.reading() as s:
        return sorted(s.scalars(select(PegawaiRow.nip).join(
            AnggotaTimRow, AnggotaTimRow.pegawai_id == PegawaiRow.id)
            .where(AnggotaTimRow.tim_id == _tim_id(svc, urutan))).all())


def _pid(svc, nip):
    with svc.ctx.reading() as s:
        return s.scalars(select(PegawaiRow.id).where(PegawaiRow.nip == nip)).one()


def _anggota(svc, urutan=0):
    """NIP of a plain member of the team."""
    with svc.ctx.reading() as s:
        return s.scalars(select(PegawaiRow.nip).join(
            AnggotaTimRow, AnggotaTimRow.pegawai_id == PegawaiRow.id).where(
            AnggotaTimRow.tim_id == _tim_id(svc, urutan), AnggotaTimRow.peran == "Anggota")
            .order_by(PegawaiRow.nip)).first()


def _outsider(svc, urutan=0):
    with svc.ctx.reading() as s:
        return s.scalars(select(PegawaiRow.nip).where(PegawaiRow.nip.not_in(
            _members(svc, urutan))).order_by(PegawaiRow.nip)).first()


def test_copies_of_one_file_each_get_their_own_identity(tmp_path, demo_services):
    a = demo_services
    if a.ctx.db.engine.dialect.name != "sqlite":
        pytest.skip("salinan berkas data: hanya SQLite (server disalin oleh admin)")
    a.paket.ekspor(tmp_path / "pertama.skp")  # A's identity is made
    a.close()
    for name in ("b", "c"):
        shutil.copy(tmp_path / "t.sqlite", tmp_path / f"{name}.sqlite")
    a, b, c = (_open(tmp_path / f"{n}.sqlite") for n in ("t", "b", "c"))
    kirim = Kirim(tmp_path)
    with c.ctx.session("uji") as s:
        first = s.scalars(select(PegawaiRow).order_by(PegawaiRow.nip)).first()
        first.telepon, nip = "0812-dari-C", first.nip
    with a.ctx.session("uji") as s:
        s.scalars(select(PegawaiRow).order_by(PegawaiRow.nip.desc())).first().email = "a@a.id"
    kirim(c, b)
    kirim(a, b)  # A never touched that telepon: C's value stays
    with b.ctx.reading() as s:
        assert s.scalars(select(PegawaiRow.telepon).where(PegawaiRow.nip == nip)).one() \
            == "0812-dari-C"
    for svc in (a, b, c):
        svc.close()


def test_a_member_removed_and_added_again_arrives(kantor):
    a, b, kirim = kantor
    nip = _anggota(a)
    a.teams.remove_member(_tim_id(a), _pid(a, nip))
    a.teams.add_member(_tim_id(a), _pid(a, nip))  # a new record for the same person
    pra = kirim(a, b)
    assert pra.konflik == []
    assert _members(b) == _members(a)
    kirim(b, a)
    kirim(a, b)
    assert _records(a) == _records(b)


def test_a_member_added_on_both_sides_then_removed_is_removed_on_both(kantor):
    a, b, kirim = kantor
    nip = _outsider(a, 1)
    a.teams.add_member(_tim_id(a, 1), _pid(a, nip))
    b.teams.add_member(_tim_id(b, 1), _pid(b, nip))  # the same person, created apart
    kirim(a, b)
    kirim(b, a)
    a.teams.remove_member(_tim_id(a, 1), _pid(a, nip))
    kirim(a, b)
    assert nip not in _members(b, 1)


def test_a_deleted_team_takes_its_members_and_reports_along(kantor):
    a, b, kirim = kantor
    a.teams.remove_member(_tim_id(a, 3), _pid(a, _anggota(a, 3)))
    a.teams.delete(_tim_id(a, 3))
    pra = kirim(a, b)
    assert pra.konflik == [] and pra.jumlah("hapus") > 1
    assert _records(a) == _records(b)


def test_deleting_what_the_other_side_still_uses_is_asked(kantor):
    a, b, kirim = kantor
    nip = _outsider(b, 3)
    b.teams.add_member(_tim_id(b, 3), _pid(b, nip))
    tim_b, members = _tim_id(b, 3), _members(b, 3)
    a.teams.delete(_tim_id(a, 3))
    path = kirim.folder / "hapus.skp"
    a.paket.ekspor(path)
    pra = b.paket.periksa(path)
    [k] = [k for k in pra.konflik if k.kolom == REKAMAN]
    assert k.tabel == "tim" and "masih dipakai" in str(k.milik_kita)
    b.paket.impor(path, bawaan=Pilihan.KITA)
    with b.ctx.reading() as s:
        assert s.get(TimRow, tim_b) is not None
    assert nip in members and _members(b, 3) == members  # kept whole, not emptied
    kirim(b, a)  # the team B kept comes back to A
    assert _records(a) == _records(b)


def test_two_units_moved_under_each_other_are_refused_naming_them(kantor):
    a, b, kirim = kantor

    def move(svc, nama, induk):
        with svc.ctx.reading() as s:
            uid = s.scalars(select(UnitRow.id).where(UnitRow.nama == nama)).one()
            pid = s.scalars(select(UnitRow.id).where(UnitRow.nama == induk)).one()
        u = svc.units.get(uid)
        svc.units.update_unit(uid, u.nama, u.jenis, pid, u.mandiri, u.kode)

    move(a, "Subbagian Umum dan Kepegawaian", "Subbagian Keuangan dan Aset")
    move(b, "Subbagian Keuangan dan Aset", "Subbagian Umum dan Kepegawaian")
    with pytest.raises(ValidationError) as exc:
        kirim(b, a)
    assert exc.value.code == "paket_lingkaran" and "Subbagian Umum" in exc.value.message


def _pindah_di_keduanya(a, b, folder):
    """Dewi Anggraeni moved to another PPK on each laptop; B's package and A's preview of it."""
    nip = "198804122014032906"
    a.kedudukan.pindah_nip([nip], "197508222000032902", "Sekretaris Dinas",
                           tmt=dt.date(2026, 11, 2))
    b.kedudukan.pindah_nip([nip], "198001172006042904", tmt=dt.date(2026, 11, 9))
    path = folder / "pindah.skp"
    b.paket.ekspor(path)
    return path, a.paket.periksa(path)


@pytest.mark.parametrize("pilih", [Pilihan.KITA, Pilihan.MEREKA])
def test_one_pegawai_moved_on_both_laptops_is_one_question(kantor, pilih):
    a, b, kirim = kantor
    path, pra = _pindah_di_keduanya(a, b, kirim.folder)
    rekaman = [k for k in pra.konflik if k.kolom == REKAMAN]
    assert len(rekaman) == 1 and "sejak 2026-11-02" in rekaman[0].milik_kita
    a.paket.impor(path, bawaan=pilih)  # consistent choices make a valid history
    back = kirim(a, b)
    assert back.konflik == []
    assert _records(a)["kedudukan"] == _records(b)["kedudukan"]


def test_a_trial_fails_where_the_import_would(kantor):
    a, b, kirim = kantor
    path, pra = _pindah_di_keduanya(a, b, kirim.folder)
    mixed = {k.kunci: (Pilihan.KITA if k.kolom == REKAMAN else Pilihan.MEREKA)
             for k in pra.konflik}
    with pytest.raises(ValidationError) as exc:
        a.paket.impor(path, pilihan=mixed, coba=True)
    assert exc.value.code == "kedudukan_ganda"


def test_kept_against_a_deletion_is_asked_once(kantor):
    a, b, kirim = kantor
    nip = _anggota(a)
    a.teams.remove_member(_tim_id(a), _pid(a, nip))
    with b.ctx.session("uji") as s:
        s.scalars(select(AnggotaTimRow).where(AnggotaTimRow.tim_id == _tim_id(b),
                                              AnggotaTimRow.pegawai_id == _pid(b, nip))).one() \
            .jabatan_dalam_tim = "Sekretaris"
    first = kirim(a, b, bawaan=Pilihan.KITA)  # B keeps its member
    assert [k.kolom for k in first.konflik] == [REKAMAN]
    again = kirim(b, a)
    assert again.konflik == []
    assert kirim(a, b).konflik == []
    assert _records(a) == _records(b) and nip in _members(a)


def test_a_team_package_changes_nothing_outside_the_team(kantor):
    a, b, kirim = kantor
    nip = _anggota(a)  # a member: the team's package carries the record, as a reference
    with a.ctx.session("uji") as s:
        s.scalars(select(PegawaiRow).where(PegawaiRow.nip == nip)).one().telepon = "0811-x"
    pra = kirim(a, b, tim_id=_tim_id(a))
    with b.ctx.reading() as s:
        assert s.scalars(select(PegawaiRow.telepon).where(PegawaiRow.nip == nip)).one() \
            != "0811-x"
    assert not [x for x in pra.perubahan if x.tabel == "pegawai"]


def test_clocks_do_not_decide(kantor, monkeypatch):
    a, b, kirim = kantor
    nip = "198804122014032906"
    for svc, value in ((a, "A"), (b, "B")):
        with svc.ctx.session("uji") as s:
            s.scalars(select(PegawaiRow).where(PegawaiRow.nip == nip)).one().telepon = value
    import sistemkerja_desktop.services.paket_terap as terap

    monkeypatch.setattr(terap, "utcnow", lambda: dt.datetime(2030, 1, 1))  # B's clock ahead
    kirim(b, a, bawaan=Pilihan.KITA)
    monkeypatch.undo()
    assert kirim(a, b).konflik == []
    with b.ctx.reading() as s:
        assert s.scalars(select(PegawaiRow.telepon).where(PegawaiRow.nip == nip)).one() == "A"
