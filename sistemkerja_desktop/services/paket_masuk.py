"""A received package read and checked (issue #12): where it comes from, its records per table
with their shape and types (a package passed `domain.paket_format.buka`, so it is whole and
authentic; this catches a package built wrong, or by hand), its deletions and attachment bytes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.paket_format import Manifest
from sistemkerja_desktop.services.paket_tabel import PER_NAMA, Tabel, dari_json


@dataclass
class Diterima:
    """A received package, checked: where from, and its records per table."""

    manifest: Manifest
    nama: str
    paket_id: str
    asal_id: str
    asal_nama: str
    rekaman: dict[str, list[dict[str, Any]]]
    dihapus: list[dict[str, Any]]
    isi: dict[str, bytes]


def _salah(nama: str, bagian: str, pesan: str) -> ValidationError:
    return ValidationError(f"Paket {nama} tidak dapat dipakai: {bagian}: {pesan}. Tidak ada yang "
                           "diubah.", field="paket", code="paket_isi_salah")


def baca_paket(manifest: Manifest, bagian: dict[str, bytes], nama: str) -> Diterima:
    ket = manifest.keterangan
    for key in ("paket_id", "asal_id", "asal_nama"):
        if not isinstance(ket.get(key), str) or not ket.get(key):
            raise _salah(nama, "manifest.json", f"'{key}' tidak ada")
    rekaman: dict[str, list[dict[str, Any]]] = {}
    isi: dict[str, bytes] = {}
    dihapus: list[dict[str, Any]] = []
    for part, data in bagian.items():
        if part.startswith("isi/"):
            isi[part] = data
            continue
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _salah(nama, part, f"bukan JSON ({exc})") from None
        if part == "dihapus.json":
            dihapus = _cek_dihapus(nama, part, doc)
        elif part.startswith("rekaman/"):
            tabel = doc.get("tabel") if isinstance(doc, dict) else None
            if tabel not in PER_NAMA or part != f"rekaman/{tabel}.json":
                raise _salah(nama, part, f"tabel '{tabel}' tidak dikenal")
            rekaman[tabel] = [_cek_rekaman(nama, part, PER_NAMA[tabel], i, r)
                              for i, r in enumerate(_daftar(nama, part, doc, "rekaman"), 1)]
        else:
            raise _salah(nama, part, "bagian tidak dikenal")
    return Diterima(manifest, nama, ket["paket_id"], ket["asal_id"], ket["asal_nama"],
                    rekaman, dihapus, isi)


def _daftar(nama: str, part: str, doc: Any, key: str) -> list[Any]:
    items = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise _salah(nama, part, f"'{key}' bukan daftar")
    return items


def _cek_rekaman(nama: str, part: str, t: Tabel, i: int, r: Any) -> dict[str, Any]:
    where = f"{part} rekaman ke-{i}"
    if not isinstance(r, dict) or not isinstance(r.get("uuid"), str) \
            or not isinstance(r.get("nilai"), dict):
        raise _salah(nama, where, "tidak berisi uuid dan nilai")
    kolom = {c.name: c for c in t.kolom}
    for key, value in r["nilai"].items():
        if key not in kolom:
            raise _salah(nama, where, f"kolom '{key}' tidak dikenal")
        try:
            if key in t.rujukan:
                if value is not None and (not isinstance(value, str) or len(value) > 36):
                    raise ValueError(f"bukan uuid rujukan: {value!r}")
            else:
                dari_json(kolom[key], value)
        except (TypeError, ValueError) as exc:
            raise _salah(nama, f"{where} ({r['uuid']}), kolom {key}", str(exc)) from None
    for key in ("jejak",):
        if not isinstance(r.get(key, []), list):
            raise _salah(nama, where, f"'{key}' bukan daftar")
    if not isinstance(r.get("dasar", {}), dict):
        raise _salah(nama, where, "'dasar' salah bentuk")
    return r


def _cek_dihapus(nama: str, part: str, doc: Any) -> list[dict[str, Any]]:
    out = []
    for i, d in enumerate(_daftar(nama, part, doc, "dihapus"), 1):
        if not isinstance(d, dict) or d.get("tabel") not in PER_NAMA \
                or not isinstance(d.get("uuid"), str) or not isinstance(d.get("terakhir"), dict) \
                or not isinstance(d.get("dasar", {}), dict) \
                or not isinstance(d.get("jejak", []), list):
            raise _salah(nama, f"{part} rekaman ke-{i}", "salah bentuk")
        out.append(d)
    return out
