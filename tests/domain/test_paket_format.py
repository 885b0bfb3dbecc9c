"""The exchange package's container (issue #12, first step): what goes in comes out; a package
tampered with, cut short, foreign, newer, signed with another key, or built to escape a folder
or to explode is refused — with an Indonesian message naming the file and the part — before any
part is handed over."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.paket_format import BATAS_RASIO, MANIFEST, TANDA, buka, kemas

DIBUAT = dt.datetime(2026, 12, 6, 9, 30)
BAGIAN = {"tim.json": json.dumps([{"uuid": "a1", "nama": "Tim Stunting"}]).encode(),
          "data/laporan.json": b"[]"}
KUNCI = b"rahasia kantor dinkes"


def _paket(**kw) -> bytes:
    return kemas(BAGIAN, asal="Puskesmas Sukamaju", dibuat=DIBUAT, skema="0007_laporan", **kw)


def _ubah(data: bytes, ganti: dict[str, bytes | None], tambah: dict[str, bytes] | None = None
          ) -> bytes:
    """The same zip with parts replaced (None: removed) or added, as a tamperer would."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in src.infolist():
            isi = ganti.get(i.filename, src.read(i.filename))
            if isi is not None:
                z.writestr(i.filename, isi)
        for n, isi in (tambah or {}).items():
            z.writestr(n, isi)
    return out.getvalue()


def _ditolak(data: bytes, code: str, *kata: str, kunci: bytes | None = None) -> str:
    with pytest.raises(ValidationError) as err:
        buka(data, nama="kirim.skp", kunci=kunci)
    pesan = str(err.value)
    assert err.value.code == code and err.value.field == "paket", pesan
    assert "kirim.skp" in pesan and "Tidak ada yang diimpor" in pesan
    for k in kata:
        assert k in pesan, (k, pesan)
    return pesan


@pytest.mark.parametrize("kunci", [None, KUNCI])
def test_what_goes_in_comes_out(kunci):
    manifest, bagian = buka(_paket(kunci=kunci, keterangan={"tim": 1}), kunci=kunci)
    assert bagian == BAGIAN
    assert (manifest.asal, manifest.dibuat, manifest.skema) == ("Puskesmas Sukamaju", DIBUAT,
                                                                "0007_laporan")
    assert manifest.keterangan == {"tim": 1} and manifest.bertanda is (kunci is not None)


def test_a_changed_part_is_refused_naming_it():
    data = _ubah(_paket(), {"tim.json": b'[{"uuid": "a1", "nama": "Tim Palsu"}]'})
    _ditolak(data, "paket_diubah", "tim.json", "SHA-256")


def test_a_part_removed_or_added_is_refused():
    _ditolak(_ubah(_paket(), {"data/laporan.json": None}), "paket_diubah", "data/laporan.json",
             "hilang")
    _ditolak(_ubah(_paket(), {}, {"pegawai.json": b"[]"}), "paket_diubah", "pegawai.json")


def test_a_manifest_rewritten_without_the_key_is_caught_by_the_hmac():
    data = _paket(kunci=KUNCI)
    m = json.loads(zipfile.ZipFile(io.BytesIO(data)).read(MANIFEST))
    m["asal"] = "Orang lain"
    forged = _ubah(data, {MANIFEST: json.dumps(m).encode()})
    _ditolak(forged, "paket_kunci_salah", "kunci", kunci=KUNCI)
    _ditolak(data, "paket_kunci_salah", kunci=b"kunci lain")
    _ditolak(data, "paket_perlu_kunci", "--kunci")
    # the mark removed (and the manifest's flag left): refused, not read as unsigned
    _ditolak(_ubah(data, {TANDA: None}), "paket_diubah", "tanda")


def test_truncated_foreign_and_newer_packages_are_refused():
    data = _paket()
    _ditolak(data[: len(data) // 2], "paket_rusak", "terpotong")
    _ditolak(b"PK\x03\x04 bukan zip", "paket_rusak")
    foreign = io.BytesIO()
    with zipfile.ZipFile(foreign, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    _ditolak(foreign.getvalue(), "paket_asing", "manifest")
    m = json.loads(zipfile.ZipFile(io.BytesIO(data)).read(MANIFEST))
    m["versi"] = 99
    _ditolak(_ubah(data, {MANIFEST: json.dumps(m).encode()}), "paket_lebih_baru", "perbarui")
    _ditolak(_ubah(data, {MANIFEST: b"{bukan json"}), "paket_rusak", "manifest")


def test_names_that_escape_a_folder_and_zip_bombs_are_refused():
    _ditolak(_ubah(_paket(), {}, {"../../evil.json": b"[]"}), "paket_diubah", "evil.json")
    bom = _ubah(_paket(), {}, {"bom.json": b" " * (BATAS_RASIO * 200_000)})
    _ditolak(bom, "paket_terlalu_besar", "bom.json", "bom zip")


def test_part_names_are_checked_when_packing():
    with pytest.raises(ValueError):
        kemas({"../x.json": b""}, asal="a", dibuat=DIBUAT, skema="s")
    with pytest.raises(ValueError):
        kemas({MANIFEST: b""}, asal="a", dibuat=DIBUAT, skema="s")


def test_an_office_with_a_key_refuses_an_unsigned_package():
    # Dropping the mark and re-hashing would pass the SHA-256 checks: the office's key decides.
    with pytest.raises(ValidationError) as err:
        buka(_paket(), nama="kirim.skp", kunci=KUNCI, wajib_tanda=True)
    assert err.value.code == "paket_tanpa_tanda" and "kunci kantor" in str(err.value)
    assert buka(_paket(kunci=KUNCI), kunci=KUNCI, wajib_tanda=True)[1] == BAGIAN
