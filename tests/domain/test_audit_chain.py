"""The audit log's hash chain: one canonical text, and what each kind of outside edit shows as."""

import dataclasses
import datetime as dt

import pytest

from sistemkerja_desktop.domain.audit_chain import (
    WAKTU_FORMAT,
    ChainRow,
    Kerusakan,
    canonical_text,
    chain_hash,
    verify_chain,
    waktu_text,
)

WAKTU = dt.datetime(2026, 12, 6, 3, 51, 12, 373281)


def _row(id_, previous, **changes):
    values = {"waktu": f"2026-12-06 03:51:{10 + id_:02d}.000000", "pelaku": "root",
              "pengguna": "Budi", "tabel": "pegawai", "record_uuid": f"uuid-{id_}",
              "aksi": "ubah", "sebelum": '{"nama": "A"}', "sesudah": '{"nama": "B"}',
              "keterangan": "uji"}
    values.update(changes)
    digest = chain_hash(previous, canonical_text(**values))
    return ChainRow(id=id_, hash=digest, **values)


def _chain(n):
    rows, previous = [], ""
    for i in range(1, n + 1):
        rows.append(_row(i, previous))
        previous = rows[-1].hash
    return rows


def test_time_has_one_text_form_from_python_or_from_the_stored_text():
    assert waktu_text(WAKTU) == "2026-12-06 03:51:12.373281" == WAKTU.strftime(WAKTU_FORMAT)
    assert waktu_text("2026-12-06 03:51:12.373281") == waktu_text(WAKTU)
    assert waktu_text(dt.datetime(2026, 12, 6, 3, 51, 12)) == "2026-12-06 03:51:12.000000"
    assert waktu_text("2026-12-06 03:51:12") == "2026-12-06 03:51:12.000000"
    assert waktu_text("bukan waktu") == "bukan waktu"


def test_the_canonical_text_and_hash_are_frozen():
    """Stored hashes depend on these bytes: a change here breaks every existing file."""
    text = canonical_text(waktu=WAKTU, pelaku="root", pengguna="Siti Ä", tabel="pegawai",
                          record_uuid="u-1", aksi="tambah", sebelum=None,
                          sesudah='{"nama": "Ä"}', keterangan="")
    assert text == ('["2026-12-06 03:51:12.373281","root","Siti Ä","pegawai","u-1","tambah",'
                    'null,"{\\"nama\\": \\"Ä\\"}",""]')
    assert chain_hash("", text) == (
        "b97893510ab1f27eb002c738312e967df71037cfed7c48b84272f969cff34814")


def test_an_intact_chain_with_its_anchor_is_ok():
    report = verify_chain(_chain(5), anchor=5)
    assert report.ok and report.rows == 5 and report.breaks == 0
    assert verify_chain([], anchor=0).ok


@pytest.mark.parametrize("field,value", [("sesudah", '{"nama": "C"}'), ("sebelum", None),
                                         ("pelaku", "orang lain"), ("pengguna", ""),
                                         ("waktu", "2025-01-01 00:00:00.000000"),
                                         ("aksi", "hapus"), ("keterangan", "x")])
def test_a_changed_field_breaks_the_chain_at_that_row(field, value):
    rows = _chain(5)
    rows[2] = dataclasses.replace(rows[2], **{field: value})
    report = verify_chain(rows, anchor=5)
    assert report.first is not None
    assert (report.first.kind, report.first.id) == (Kerusakan.DIUBAH, 3)
    assert report.breaks == 1  # the walk resumes from the stored hash: row 4 is fine
    assert "baris id 3" in report.first.pesan() and "diubah di luar aplikasi" in \
        report.first.pesan()


def test_a_deleted_row_shows_at_the_next_one_with_the_missing_ids():
    rows = _chain(6)
    del rows[2:4]  # ids 3 and 4
    first = verify_chain(rows, anchor=6).first
    assert first is not None
    assert (first.kind, first.id, first.hilang_dari, first.hilang_sampai) == (
        Kerusakan.HILANG, 5, 3, 4)
    assert "baris id 3–4 dihapus" in first.pesan()


def test_deleting_the_newest_rows_shows_through_the_anchor():
    rows = _chain(6)[:4]
    first = verify_chain(rows, anchor=6).first
    assert first is not None
    assert (first.kind, first.hilang_dari, first.hilang_sampai) == (Kerusakan.EKOR_HILANG, 5, 6)
    assert "baris terbaru id 5–6 dihapus" in first.pesan()


def test_a_forged_row_after_the_last_one_is_reported():
    rows = _chain(4)
    rows.append(dataclasses.replace(_row(5, rows[-1].hash), hash="0" * 64))
    first = verify_chain(rows, anchor=4).first
    assert first is not None and (first.kind, first.id) == (Kerusakan.TAMBAHAN, 5)
    # even with the right hash (the forger knew the formula) the anchor tells
    rows[-1] = _row(5, rows[-2].hash)
    first = verify_chain(rows, anchor=4).first
    assert first is not None and (first.kind, first.id) == (Kerusakan.TAMBAHAN, 5)


def test_rows_without_an_anchor_are_reported():
    first = verify_chain(_chain(3), anchor=0).first
    assert first is not None and first.kind is Kerusakan.TANPA_JANGKAR


def test_a_value_of_another_type_is_not_the_same_text():
    """An outside tool writing the integer 5 into a text column does not go unseen."""
    a = canonical_text(waktu=WAKTU, pelaku="5", pengguna="", tabel="t", record_uuid="u",
                       aksi="ubah", sebelum=None, sesudah=None, keterangan="")
    b = canonical_text(waktu=WAKTU, pelaku=5, pengguna="", tabel="t", record_uuid="u",
                       aksi="ubah", sebelum=None, sesudah=None, keterangan="")
    assert a != b
