"""Exchange packages with merge (issue #12): two databases edited apart merge through a package
into the union, each conflict shown once and settled only by a choice; provenance is kept; the
same package twice changes nothing; a tampered, truncated or foreign package changes nothing."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest
from sqlalchemy import func, select

from sistemkerja_desktop.db.models import AuditRow, PegawaiRow
from sistemkerja_desktop.db.models_paket import AsalRekamanRow
from sistemkerja_desktop.db.models_tim import AnggotaTimRow, NomorRegisterRow, TimRow
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.paket_gabung import Pilihan
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.paket_baca import baca_isi
from tests.conftest import TODAY


def _open(path):
    return build_services(path, today=lambda: TODAY)


def _pegawai(svc, index):
    with svc.ctx.reading() as s:
        return s.scalars(select(PegawaiRow).order_by(PegawaiRow.nip)).all()[index].uuid


def _set(svc, uuid, **values):
    with svc.ctx.session("uji") as s:
        row = s.scalars(select(PegawaiRow).where(PegawaiRow.uuid == uuid)).one()
        for k, v in values.items():
            setattr(row, k, v)


def _get(svc, uuid, kolom):
    with svc.ctx.reading() as s:
        return getattr(s.scalars(select(PegawaiRow).where(PegawaiRow.uuid == uuid)).one(), kolom)


def _records(svc):
    with svc.ctx.reading() as s:
        isi = baca_isi(s)
    return {t: {u: b.nilai for u, b in rows.items()} for t, rows in isi.baris.items()}


def _audit_count(svc):
    with svc.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditRow))


def _edit_apart(a, b):
    """A and B each change their own fields, both change one field differently, B adds a
    pegawai and removes a team member."""
    p0, p1, p2 = (_pegawai(a, i) for i in range(3))
    _set(a, p0, telepon="0811-111")
    _set(b, p1, email="siti@contoh.go.id")
    _set(a, p2, telepon="A-0812")
    _set(b, p2, telepon="B-0813")
    with b.ctx.session("uji") as s:
        unit_id = s.scalars(select(PegawaiRow.unit_id).where(PegawaiRow.uuid == p0)).one()
        s.add(PegawaiRow(nip="199001012020121001", nama="Pegawai Baru dari B", unit_id=unit_id))
        member = s.scalars(select(AnggotaTimRow).where(AnggotaTimRow.peran == "Anggota")
                           .order_by(AnggotaTimRow.id)).first()
        gone = member.uuid
        s.delete(member)
    return p0, p1, p2, gone


@pytest.fixture
def copies(tmp_path, demo_services):
    """The demo office (A, the test engine) and a second laptop B that received A's whole
    office through a package."""
    a = demo_services
    a.paket.ekspor(tmp_path / "awal.skp")
    b = _open(tmp_path / "b.sqlite")
    b.paket.impor(tmp_path / "awal.skp")
    yield a, b
    b.close()


def test_whole_office_package_recreates_every_record(copies):
    a, b = copies
    ra, rb = _records(a), _records(b)
    for tabel, rows in ra.items():
        if tabel in ("perangkat_daerah", "pengaturan_naskah"):
            continue  # one row per file: B's own row met A's
        assert rb[tabel] == rows, tabel


@pytest.mark.parametrize("start", ["paket", "salinan"])
def test_edited_apart_merge_into_the_union_with_each_conflict_once(tmp_path, demo_services,
                                                                    start):
    a = demo_services
    if start == "salinan":  # a copy of the data file: the shared audit past is the base
        if a.ctx.db.engine.dialect.name != "sqlite":
            pytest.skip("salinan berkas data: hanya SQLite (server disalin oleh admin)")
        a.close()
        shutil.copy(tmp_path / "t.sqlite", tmp_path / "b.sqlite")
        a = _open(tmp_path / "t.sqlite")
        b = _open(tmp_path / "b.sqlite")
    else:
        a.paket.ekspor(tmp_path / "awal.skp")
        b = _open(tmp_path / "b.sqlite")
        b.paket.impor(tmp_path / "awal.skp")
    p0, p1, p2, gone = _edit_apart(a, b)
    b.paket.ekspor(tmp_path / "b.skp")

    pra = a.paket.periksa(tmp_path / "b.skp")
    assert [(k.tabel, k.uuid, k.kolom, k.milik_kita, k.milik_mereka) for k in pra.konflik] == [
        ("pegawai", p2, "telepon", "A-0812", "B-0813")]
    assert pra.jumlah("tambah") == 1 and pra.jumlah("hapus") == 1
    assert {(x.tabel, x.aksi, x.kolom) for x in pra.perubahan if x.aksi == "ubah"} == {
        ("pegawai", "ubah", ("email",))}

    before = _audit_count(a)
    with pytest.raises(ValidationError) as exc:  # never settled silently
        a.paket.impor(tmp_path / "b.skp")
    assert exc.value.code == "paket_konflik" and "1 konflik" in exc.value.message
    assert "Pegawai: " in exc.value.message and ", telepon)" in exc.value.message
    assert _audit_count(a) == before and _get(a, p1, "email") != "siti@contoh.go.id"

    hasil = a.paket.impor(tmp_path / "b.skp", pilihan={("pegawai", p2, "telepon"):
                                                       Pilihan.MEREKA})
    assert (hasil.ditambah, hasil.diubah, hasil.dihapus) == (1, 2, 1)
    assert _get(a, p0, "telepon") == "0811-111"  # ours kept
    assert _get(a, p1, "email") == "siti@contoh.go.id"  # theirs taken
    assert _get(a, p2, "telepon") == "B-0813"  # the conflict, as chosen
    with a.ctx.reading() as s:
        assert s.scalars(select(AnggotaTimRow).where(AnggotaTimRow.uuid == gone)).first() is None
        prov = s.scalars(select(AsalRekamanRow).where(AsalRekamanRow.record_uuid == p2)).one()
        assert prov.asal_nama == pra.asal and '"pilih": "mereka"' in prov.rincian

    # back to B: A's own change arrives, nothing is asked again, and both hold the same records
    a.paket.ekspor(tmp_path / "a.skp")
    balik = b.paket.periksa(tmp_path / "a.skp")
    assert balik.konflik == [] and balik.masalah == []
    b.paket.impor(tmp_path / "a.skp")
    ra, rb = _records(a), _records(b)
    for tabel in ra:
        if tabel not in ("perangkat_daerah", "pengaturan_naskah"):
            assert ra[tabel] == rb[tabel], tabel
    b.close()


def test_the_same_package_twice_changes_nothing(tmp_path, copies):
    a, b = copies
    _set(b, _pegawai(b, 0), telepon="0811-999")
    b.paket.ekspor(tmp_path / "b.skp")
    a.paket.impor(tmp_path / "b.skp")
    before = (_audit_count(a), _records(a))
    again = a.paket.impor(tmp_path / "b.skp")
    assert again.sudah_diimpor and (again.ditambah, again.diubah, again.dihapus) == (0, 0, 0)
    assert a.paket.periksa(tmp_path / "b.skp").sudah_diimpor is not None
    assert (_audit_count(a), _records(a)) == before


def test_choosing_ours_keeps_ours_and_is_not_asked_again(tmp_path, copies):
    a, b = copies
    p = _pegawai(a, 4)
    _set(a, p, telepon="A")
    _set(b, p, telepon="B")
    b.paket.ekspor(tmp_path / "b.skp")
    a.paket.impor(tmp_path / "b.skp", bawaan=Pilihan.KITA)
    assert _get(a, p, "telepon") == "A"
    a.paket.ekspor(tmp_path / "a.skp")  # B receives A's decision without a new conflict
    pra = b.paket.periksa(tmp_path / "a.skp")
    assert pra.konflik == []
    b.paket.impor(tmp_path / "a.skp")
    assert _get(b, p, "telepon") == "A"


def test_trial_import_writes_nothing(tmp_path, copies):
    a, b = copies
    _set(b, _pegawai(b, 0), telepon="0811-999")
    b.paket.ekspor(tmp_path / "b.skp")
    before = (_audit_count(a), _records(a))
    hasil = a.paket.impor(tmp_path / "b.skp", coba=True)
    assert hasil.coba and hasil.diubah == 1
    assert (_audit_count(a), _records(a)) == before
    assert a.paket.periksa(tmp_path / "b.skp").sudah_diimpor is None


def _ubah_bagian(src, dst, bagian, fn):
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts[bagian] = fn(parts[bagian])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    dst.write_bytes(out.getvalue())


def test_tampered_truncated_or_foreign_packages_change_nothing(tmp_path, copies):
    a, b = copies
    _set(b, _pegawai(b, 0), telepon="0811-999")
    b.paket.ekspor(tmp_path / "b.skp")
    data = (tmp_path / "b.skp").read_bytes()
    _ubah_bagian(tmp_path / "b.skp", tmp_path / "ubah.skp", "rekaman/pegawai.json",
                 lambda x: x.replace(b"0811-999", b"0811-666"))
    (tmp_path / "potong.skp").write_bytes(data[: len(data) // 2])
    asing = io.BytesIO()
    with zipfile.ZipFile(asing, "w") as z:
        z.writestr("dokumen.txt", "bukan paket")
    (tmp_path / "asing.skp").write_bytes(asing.getvalue())
    before = (_audit_count(a), _records(a))
    for name, code in [("ubah.skp", "paket_diubah"), ("potong.skp", "paket_rusak"),
                       ("asing.skp", "paket_asing")]:
        with pytest.raises(ValidationError) as exc:
            a.paket.impor(tmp_path / name, bawaan=Pilihan.MEREKA)
        assert exc.value.code == code and name in exc.value.message
    assert (_audit_count(a), _records(a)) == before


def test_office_key_signs_and_is_required(tmp_path, copies):
    a, b = copies
    b.paket.ekspor(tmp_path / "tanda.skp", kunci="rahasia kantor")
    b.paket.ekspor(tmp_path / "polos.skp")
    assert a.paket.periksa(tmp_path / "tanda.skp", kunci="rahasia kantor").bertanda
    for name, kunci, code in [("tanda.skp", "kunci lain", "paket_kunci_salah"),
                              ("polos.skp", "rahasia kantor", "paket_tanpa_tanda")]:
        with pytest.raises(ValidationError) as exc:
            a.paket.impor(tmp_path / name, kunci=kunci)
        assert exc.value.code == code


def test_a_team_package_carries_the_team_and_what_it_needs(tmp_path, demo_services):
    a = demo_services
    with a.ctx.reading() as s:
        tim = s.scalars(select(TimRow).order_by(TimRow.id)).first()
        tim_id, tim_uuid = tim.id, tim.uuid
        other_teams = s.scalar(select(func.count()).select_from(TimRow)) - 1
    h = a.paket.ekspor(tmp_path / "tim.skp", tim_id=tim_id)
    assert h.jumlah["tim"] == 1 and other_teams > 0
    fresh = _open(tmp_path / "baru.sqlite")
    fresh.paket.impor(tmp_path / "tim.skp")
    rows = _records(fresh)
    assert list(rows["tim"]) == [tim_uuid]
    members = [m for m in _records(a)["anggota_tim"].values() if m["tim_id"] == tim_uuid]
    assert len(rows["anggota_tim"]) == len(members) > 0
    assert all(m["pegawai_id"] in rows["pegawai"] for m in rows["anggota_tim"].values())
    fresh.close()


def test_two_offices_that_imported_apart_meet_by_nip_and_never_double_a_number(tmp_path,
                                                                              demo_services):
    a = demo_services
    b = _open(tmp_path / "b.sqlite")
    b.demo.create_demo()  # the same people and numbers, created apart: other UUIDs
    b.paket.ekspor(tmp_path / "b.skp")
    pra = a.paket.periksa(tmp_path / "b.skp")
    assert not [x for x in pra.perubahan if x.tabel in ("pegawai", "unit", "tim")]
    for svc, urutan in ((a, 0), (b, 1)):  # the same official number, each for another team
        with svc.ctx.session("uji") as s:
            tim = s.scalars(select(TimRow).order_by(TimRow.nama)).all()[urutan]
            s.add(NomorRegisterRow(jenis="st", tahun=2026, urut=7, nomor="800.1/007/2026",
                                   tanggal=TODAY, perihal="Surat Tugas", tim_id=tim.id))
    b.paket.ekspor(tmp_path / "b2.skp")
    with pytest.raises(ValidationError) as exc:
        a.paket.impor(tmp_path / "b2.skp", bawaan=Pilihan.MEREKA)
    assert exc.value.code == "paket_masalah" and "tidak boleh ganda" in exc.value.message
    b.close()


def _rakit(tmp_path, name, rekaman, tabel="pegawai", dihapus=()):
    """A package built by hand (as a tamperer without the office key could): whole and
    correctly hashed, wrong inside."""
    import datetime as dt
    import json

    from sistemkerja_desktop.domain.paket_format import kemas

    bagian = {f"rekaman/{tabel}.json": json.dumps({"tabel": tabel, "rekaman": rekaman}).encode(),
              "dihapus.json": json.dumps({"dihapus": list(dihapus)}).encode()}
    data = kemas(bagian, asal="Laptop Asing", dibuat=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
                 skema="0008_paket", keterangan={"paket_id": name, "asal_id": "x",
                                                 "asal_nama": "Laptop Asing"})
    (tmp_path / f"{name}.skp").write_bytes(data)
    return tmp_path / f"{name}.skp"


@pytest.mark.parametrize("rekaman, kata", [
    ([{"uuid": "u1", "nilai": {"nip": 12345}}], "kolom nip: bukan teks"),
    ([{"uuid": "u1", "nilai": {"nama": "x" * 5000}}], "kolom nama: lebih dari 200 karakter"),
    ([{"uuid": "u1", "nilai": {"password": "x"}}], "kolom 'password' tidak dikenal"),
    ([{"uuid": "u1", "nilai": {"unit_id": 7}}], "kolom unit_id: bukan uuid rujukan"),
    ([{"nilai": {}}], "tidak berisi uuid dan nilai"),
    ([{"uuid": "u1", "nilai": {"aktif": "ya"}}], "kolom aktif: bukan benar/salah"),
])
def test_a_package_wrong_inside_is_refused_naming_the_record(tmp_path, demo_services, rekaman,
                                                             kata):
    path = _rakit(tmp_path, "salah", rekaman)
    before = (_audit_count(demo_services), _records(demo_services))
    with pytest.raises(ValidationError) as exc:
        demo_services.paket.impor(path, bawaan=Pilihan.MEREKA)
    assert exc.value.code == "paket_isi_salah" and kata in exc.value.message
    assert "salah.skp" in exc.value.message and "rekaman/pegawai.json" in exc.value.message
    assert (_audit_count(demo_services), _records(demo_services)) == before


def test_a_reference_to_nothing_is_refused(tmp_path, demo_services):
    rec = {"uuid": "baru-1", "nilai": {"nip": "199001012020121009", "nama": "Tanpa Unit",
                                       "unit_id": "tidak-ada-di-mana-pun"}}
    path = _rakit(tmp_path, "rujukan", [rec])
    with pytest.raises(ValidationError) as exc:
        demo_services.paket.impor(path)
    assert exc.value.code == "paket_masalah" and "tidak-ada-di-mana-pun" in exc.value.message


def test_a_package_from_a_newer_version_is_refused(tmp_path, demo_services):
    import datetime as dt

    from sistemkerja_desktop.domain.paket_format import kemas

    data = kemas({"dihapus.json": b'{"dihapus": []}'}, asal="Baru", skema="0042_masa_depan",
                 dibuat=dt.datetime(2027, 1, 1, tzinfo=dt.UTC),
                 keterangan={"paket_id": "p", "asal_id": "x", "asal_nama": "Baru"})
    (tmp_path / "baru.skp").write_bytes(data)
    with pytest.raises(ValidationError) as exc:
        demo_services.paket.periksa(tmp_path / "baru.skp")
    assert exc.value.code == "paket_lebih_baru"
