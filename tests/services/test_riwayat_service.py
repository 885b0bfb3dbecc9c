"""RiwayatService on a real SQLite file: who acted (OS user and chosen name), rows about one
person, filters, pages, the before/after comparison, and periksa_berkas."""

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from server_uji import address, execute, query
from sqlalchemy import select

from sistemkerja_desktop.db import audit
from sistemkerja_desktop.db.models import AuditRow, KedudukanRow, PegawaiRow
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.services.base import PENGGUNA_ENV
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.riwayat_service import RiwayatFilter, RiwayatService

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "db" / "schema_0003_unit_induk.sqlite"
AGUS = "198209092009021905"  # Agus Setiawan (demo): a JF, member and lead of a team
WIB = dt.timezone(dt.timedelta(hours=7))
TMT = dt.date(2026, 12, 1)


@pytest.fixture
def riwayat(demo_services):
    return RiwayatService(demo_services.ctx, tz=WIB)


def _pid(services, nip):
    with services.ctx.reading() as s:
        return s.scalar(select(PegawaiRow.id).where(PegawaiRow.nip == nip))


def _move_agus(services):
    s = services.agency.struktur()
    yankes = next(p for p in s.positions if p.nama == "Kepala Bidang Pelayanan Kesehatan")
    services.kedudukan.pindah([_pid(services, AGUS)], yankes.id, tmt=TMT, dasar="SK 9/2026")


def _sql(services, statement, *args):
    """An outside tool's edit (sqlite3, or psycopg on a server): not through the app."""
    execute(address(services), statement, args)


def test_the_os_user_and_the_chosen_name_are_both_recorded(demo_services, riwayat):
    demo_services.ctx.actor = "budi"
    demo_services.ctx.pengguna = "  Siti   Aminah\n"
    _move_agus(demo_services)
    newest = riwayat.cari(RiwayatFilter()).halaman(n=1)[0]
    assert (newest.pelaku, newest.pengguna) == ("budi", "Siti Aminah")
    assert newest.pelaku_tampil == "Siti Aminah (budi)"


def test_the_chosen_name_of_the_cli_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(PENGGUNA_ENV, "Operator Kepegawaian")
    services = build_services(tmp_path / "cli.sqlite")
    try:
        services.demo.create_demo()
        with services.ctx.reading() as s:
            assert set(s.scalars(select(AuditRow.pengguna))) == {"Operator Kepegawaian"}
    finally:
        services.close()


def test_rows_come_newest_first_page_by_page(riwayat):
    hasil = riwayat.cari(RiwayatFilter())
    everything = hasil.semua()
    assert len(everything) == hasil.jumlah > 300
    ids = [r.id for r in everything]
    assert ids == sorted(ids, reverse=True)
    pages, last = [], None
    while page := hasil.halaman(last, 40):
        pages.extend(page)
        last = page[-1].id
    assert [r.id for r in pages] == ids


def test_a_nip_finds_the_person_their_kedudukan_memberships_and_teams_they_lead(
        demo_services, riwayat):
    _move_agus(demo_services)
    rows = riwayat.cari(RiwayatFilter(nip="19820909 200902 1 905")).semua()
    tables = [(r.tabel, r.aksi) for r in rows]
    assert ("pegawai", "tambah") in tables
    assert tables.count(("kedudukan", "tambah")) == 2 and ("kedudukan", "ubah") in tables
    assert ("anggota_tim", "tambah") in tables
    about_agus = [r for r in rows if r.tabel != "tim"]
    assert {r.nip for r in about_agus} == {AGUS}
    assert all(r.rujukan.startswith("19820909 200902 1 905 Agus Setiawan") for r in about_agus)
    member = next(r for r in rows if r.tabel == "anggota_tim")
    assert "— Tim Kerja" in member.rujukan
    # nobody else's rows
    others = riwayat.cari(RiwayatFilter(tabel="kedudukan")).jumlah
    assert sum(r.tabel == "kedudukan" for r in rows) == 3 < others


def test_a_name_or_part_of_a_nip_finds_the_same_person(riwayat):
    by_nip = {r.id for r in riwayat.cari(RiwayatFilter(nip=AGUS)).semua()}
    assert {r.id for r in riwayat.cari(RiwayatFilter(orang="agus setia")).semua()} == by_nip
    assert {r.id for r in riwayat.cari(RiwayatFilter(orang="200902 1 905")).semua()} == by_nip
    assert riwayat.cari(RiwayatFilter(orang="tidak ada orang ini")).jumlah == 0


def test_a_deleted_record_is_still_named_and_found(demo_services, riwayat):
    agus = _pid(demo_services, AGUS)
    with demo_services.ctx.session("hapus kedudukan uji") as s:
        row = s.scalars(select(KedudukanRow).where(KedudukanRow.pegawai_id == agus)).first()
        s.delete(row)
    rows = riwayat.cari(RiwayatFilter(nip=AGUS, tabel="kedudukan")).semua()
    deleted = rows[0]
    assert deleted.aksi == "hapus" and deleted.nip == AGUS
    assert deleted.rujukan.startswith("19820909 200902 1 905 Agus Setiawan")
    assert [r.record_uuid for r in rows].count(deleted.record_uuid) == 2  # tambah, hapus


def test_dates_are_local_days(demo_services, riwayat):
    # 17.30 UTC on 1 January is 00.30 WIB on 2 January
    _sql(demo_services, "UPDATE audit_log SET waktu = '2026-01-01 17:30:00.000000' WHERE id = 1")
    day2 = riwayat.cari(RiwayatFilter(sejak=dt.date(2026, 1, 2), sampai=dt.date(2026, 1, 2)))
    assert [r.id for r in day2.semua()] == [1]
    assert day2.semua()[0].waktu == dt.datetime(2026, 1, 2, 0, 30, tzinfo=WIB)
    assert riwayat.cari(RiwayatFilter(sampai=dt.date(2026, 1, 1))).jumlah == 0
    assert 1 not in {r.id for r in riwayat.cari(RiwayatFilter(sejak=dt.date(2026, 1, 3))).semua()}


@pytest.mark.parametrize("f,words", [
    (RiwayatFilter(tabel="gaji"), "Tabel 'gaji' tidak dikenal"),
    (RiwayatFilter(sejak=dt.date(2026, 2, 1), sampai=dt.date(2026, 1, 1)), "sesudah tanggal"),
    (RiwayatFilter(nip="123"), "18 digit"),
    (RiwayatFilter(nip="199001012020121001"), "Tidak ada pegawai dengan NIP"),
])
def test_bad_filters_are_refused_in_indonesian(riwayat, f, words):
    with pytest.raises(ValidationError) as err:
        riwayat.cari(f)
    assert words in err.value.message


def test_before_and_after_side_by_side_with_references_named(demo_services, riwayat):
    _move_agus(demo_services)
    rows = riwayat.cari(RiwayatFilter(nip=AGUS, tabel="kedudukan")).halaman(n=2)
    ubah = next(r for r in rows if r.aksi == "ubah")
    [baris] = riwayat.banding(ubah)
    assert (baris.kolom, baris.sebelum, baris.sesudah, baris.berubah) == (
        "tmt_selesai", "—", "2026-11-30", True)
    assert ubah.ringkasan().startswith("tmt_selesai: — → 2026-11-30 — pindah kedudukan")
    tambah = next(r for r in rows if r.aksi == "tambah")
    fields = {b.kolom: b for b in riwayat.banding(tambah)}
    assert fields["ppk_position_id"].sesudah.endswith("(Kepala Bidang Pelayanan Kesehatan)")
    assert fields["pegawai_id"].sesudah.endswith("(19820909 200902 1 905 Agus Setiawan)")
    assert fields["tmt_mulai"].sebelum == "" and fields["tmt_mulai"].berubah
    assert "id" not in fields and "uuid" not in fields


def test_periksa_berkas_finds_an_outside_edit_and_changes_nothing(demo_services, riwayat):
    steps = []
    hasil = riwayat.periksa_berkas(lambda done, total: steps.append((done, total)))
    assert hasil.ok and hasil.baris_audit > 300 and steps[-1] == (2, 2)
    _sql(demo_services, "UPDATE audit_log SET sesudah = '{}' WHERE id = 7")
    hasil = riwayat.periksa_berkas()
    assert not hasil.ok and hasil.integritas_ok
    assert (hasil.id_rusak, hasil.jenis_rusak, hasil.rantai_rusak) == (7, "diubah", 1)
    assert "baris id 7" in hasil.pesan_rantai
    assert any("TERPUTUS" in line for line in hasil.baris_laporan())


def test_an_upgraded_0003_file_is_chained_and_anchored(tmp_path):
    path = tmp_path / "lama.sqlite"
    shutil.copy(SNAPSHOT, path)
    services = build_services(path)
    try:
        hasil = RiwayatService(services.ctx).periksa_berkas()
        assert hasil.ok and hasil.baris_audit == 357
        _move_agus(services)  # new rows continue the chain
        assert RiwayatService(services.ctx).periksa_berkas().ok
    finally:
        services.close()


def test_the_hook_gives_new_rows_consecutive_ids_and_the_anchor(demo_services):
    with demo_services.ctx.reading() as s:
        ids = list(s.scalars(select(AuditRow.id).order_by(AuditRow.id)))
        anchor = audit.read_anchor(s.connection())
    assert ids == list(range(1, len(ids) + 1)) and anchor == ids[-1]


def test_a_failed_write_leaves_neither_rows_nor_anchor(demo_services):
    before = RiwayatService(demo_services.ctx).periksa_berkas()
    with pytest.raises(RuntimeError), demo_services.ctx.session("gagal") as s:
        s.get(PegawaiRow, 3).telepon = "0800"
        s.flush()
        raise RuntimeError("gagal di tengah")
    after = RiwayatService(demo_services.ctx).periksa_berkas()
    assert after.ok and after.baris_audit == before.baris_audit
    assert dataclasses.asdict(after) == dataclasses.asdict(before)


def test_text_that_is_no_longer_json_is_shown_not_fatal(demo_services, riwayat):
    """An outside edit left a value that is not JSON: the history still lists it."""
    agus = _pid(demo_services, AGUS)
    ids = [i for i, sesudah in query(address(demo_services), "SELECT id, sesudah FROM audit_log "
                                     "WHERE tabel = 'kedudukan' AND sesudah IS NOT NULL")
           if json.loads(sesudah).get("pegawai_id") == agus]
    for id_ in ids:
        _sql(demo_services, "UPDATE audit_log SET sesudah = 'bukan json' WHERE id = ?", id_)
    for f in (RiwayatFilter(nip=AGUS), RiwayatFilter(orang="agus")):
        rows = riwayat.cari(f).semua()
        broken = [r for r in rows if r.tabel == "kedudukan"]
        assert [r.sesudah for r in broken] == [{"?": "bukan json"}]
        assert broken[0].nip == AGUS  # named from the kedudukan row itself
        assert [b.sesudah for b in riwayat.banding(broken[0])] == ["bukan json"]


def test_an_audit_row_a_service_adds_itself_joins_the_chain(demo_services, riwayat):
    """E.g. a noted correction: written with the changes of the same transaction."""
    with demo_services.ctx.session("koreksi") as s:
        s.add(AuditRow(tabel="kedudukan", record_uuid="u-koreksi", aksi="koreksi",
                       sebelum=None, sesudah='{"alasan": "salah ketik TMT"}'))
        s.get(PegawaiRow, 3).telepon = "0800"
    rows = riwayat.cari(RiwayatFilter()).halaman(n=2)
    assert [r.aksi for r in rows] == ["ubah", "koreksi"]
    assert rows[1].keterangan == "koreksi" and rows[1].pelaku == demo_services.ctx.actor
    assert riwayat.periksa_berkas().ok
