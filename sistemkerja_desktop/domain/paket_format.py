"""The container of an exchange package (issue #12, first step): a zip holding a manifest and
named parts (the JSON records of each table), the SHA-256 of every part in the manifest, and an
HMAC-SHA-256 of the manifest when the office uses a shared key.

`kemas` builds the bytes; `buka` checks everything before anything is used — not a zip, not
ours, a newer format, a part missing, added, changed or cut short, a wrong or missing key, a
name that would escape a folder, a zip bomb — and refuses with an Indonesian message naming the
file and the part (`ValidationError(field="paket")`). What the records mean and how they merge
is not this module's business.

Limits as for xlsx imports (`exporters.xlsx.xlsx_batas`): at most 200 MB inflated, 10,000 parts,
no part inflating more than 100 times.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sistemkerja_desktop.domain.errors import ValidationError

FORMAT = "sistemkerja-paket"
VERSI = 1
MANIFEST = "manifest.json"
TANDA = "manifest.hmac"  # HMAC-SHA-256 (hex) of the manifest bytes, with the office key
BATAS_BYTE = 200 * 1024 * 1024
BATAS_BAGIAN = 10_000
BATAS_RASIO = 100
_KECIL = 64 * 1024  # parts this small may inflate freely (a tiny JSON of repeated keys)


@dataclass(frozen=True, slots=True)
class Manifest:
    asal: str  # who made it: the office / laptop name
    dibuat: dt.datetime
    skema: str  # the database revision the records follow
    bagian: dict[str, str] = field(default_factory=dict)  # part name → SHA-256 (hex)
    keterangan: dict[str, Any] = field(default_factory=dict)  # free facts (counts, filters)
    bertanda: bool = False  # signed with the office key

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "versi": VERSI, "asal": self.asal,
                "dibuat": self.dibuat.isoformat(timespec="seconds"), "skema": self.skema,
                "bagian": dict(sorted(self.bagian.items())), "keterangan": self.keterangan,
                "bertanda": self.bertanda}


def _tolak(nama: str, pesan: str, code: str) -> ValidationError:
    return ValidationError(f"Paket {nama} ditolak: {pesan} Tidak ada yang diimpor.",
                           field="paket", code=code)


def _nama_aman(nama: str) -> bool:
    return (bool(nama) and not nama.startswith(("/", "\\")) and ":" not in nama
            and all(p not in ("", ".", "..") for p in nama.replace("\\", "/").split("/")))


def _tanda(kunci: bytes, manifest: bytes) -> str:
    return hmac.new(kunci, manifest, hashlib.sha256).hexdigest()


def kemas(bagian: Mapping[str, bytes], *, asal: str, dibuat: dt.datetime, skema: str,
          kunci: bytes | None = None, keterangan: Mapping[str, Any] | None = None) -> bytes:
    """The package bytes: each part, the manifest with their SHA-256, and (with `kunci`) the
    manifest's HMAC. Part names are relative paths ("tim.json", "data/laporan.json")."""
    for nama in bagian:
        if not _nama_aman(nama) or nama in (MANIFEST, TANDA):
            raise ValueError(f"nama bagian tidak sah: {nama!r}")
    manifest = Manifest(asal, dibuat, skema,
                        {n: hashlib.sha256(b).hexdigest() for n, b in bagian.items()},
                        dict(keterangan or {}), bertanda=kunci is not None)
    isi = json.dumps(manifest.as_json(), ensure_ascii=False, indent=1).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, isi)
        if kunci is not None:
            z.writestr(TANDA, _tanda(kunci, isi))
        for nama in sorted(bagian):
            z.writestr(nama, bagian[nama])
    return out.getvalue()


def buka(data: bytes, *, nama: str = "", kunci: bytes | None = None,
         wajib_tanda: bool = False) -> tuple[Manifest, dict[str, bytes]]:
    """Check a package and return its manifest and parts; refuse it (see the module doc)
    before anything is used. `nama`: the file name for the messages. `wajib_tanda`: an office
    that has a key accepts only packages signed with it (else a tamperer could drop the mark
    and re-hash the parts)."""
    nama = nama or "ini"
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _tolak(nama, "bukan paket Sistem Kerja (bukan arsip zip yang utuh; mungkin "
                     "terpotong saat diunduh atau dilampirkan).", "paket_rusak") from exc
    with z:
        _batas(nama, infos)
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise _tolak(nama, "ada bagian bernama ganda.", "paket_diubah")
        if MANIFEST not in names:
            raise _tolak(nama, "tidak berisi manifest; berkas ini bukan paket Sistem Kerja.",
                         "paket_asing")
        isi = _baca(z, nama, MANIFEST)
        manifest = _manifest(isi, nama)
        _periksa_tanda(z, names, isi, manifest, nama, kunci)
        if wajib_tanda and not manifest.bertanda:
            raise _tolak(nama, "tidak ditandai dengan kunci kantor, padahal kantor ini "
                         "memakai kunci.", "paket_tanpa_tanda")
        bagian: dict[str, bytes] = {}
        dibaca = len(isi)
        for n in names:
            if n in (MANIFEST, TANDA):
                continue
            if n not in manifest.bagian:
                raise _tolak(nama, f"bagian {n} tidak tercantum di manifest (ditambahkan "
                             "setelah paket dibuat).", "paket_diubah")
            bagian[n] = _baca(z, nama, n)
            dibaca += len(bagian[n])
            if dibaca > BATAS_BYTE:  # sizes in the zip's directory may lie: count what is read
                raise _tolak(nama, f"isinya melebihi batas {BATAS_BYTE // (1024 * 1024)} MB "
                             "setelah diekstrak.", "paket_terlalu_besar")
            if hashlib.sha256(bagian[n]).hexdigest() != manifest.bagian[n]:
                raise _tolak(nama, f"isi bagian {n} tidak cocok dengan sidik SHA-256 di "
                             "manifest (diubah atau rusak).", "paket_diubah")
        hilang = sorted(set(manifest.bagian) - set(bagian))
        if hilang:
            raise _tolak(nama, f"bagian {', '.join(hilang)} hilang.", "paket_diubah")
    return manifest, bagian


def _batas(nama: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > BATAS_BAGIAN:
        raise _tolak(nama, f"berisi {len(infos)} bagian, melebihi batas {BATAS_BAGIAN}.",
                     "paket_terlalu_besar")
    total = 0
    for i in infos:
        if not _nama_aman(i.filename) or i.is_dir():
            raise _tolak(nama, f"nama bagian {i.filename!r} tidak sah.", "paket_diubah")
        total += i.file_size
        if i.file_size > _KECIL and i.file_size > BATAS_RASIO * max(1, i.compress_size):
            raise _tolak(nama, f"bagian {i.filename} mengembang lebih dari {BATAS_RASIO} kali "
                         "(bom zip).", "paket_terlalu_besar")
    if total > BATAS_BYTE:
        raise _tolak(nama, f"isinya {total // (1024 * 1024)} MB setelah diekstrak, melebihi "
                     f"batas {BATAS_BYTE // (1024 * 1024)} MB.", "paket_terlalu_besar")


def _baca(z: zipfile.ZipFile, nama: str, bagian: str) -> bytes:
    try:
        with z.open(bagian) as fh:
            data = fh.read(BATAS_BYTE + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _tolak(nama, f"bagian {bagian} tidak dapat dibaca (terpotong atau rusak).",
                     "paket_rusak") from exc
    if len(data) > BATAS_BYTE:
        raise _tolak(nama, f"bagian {bagian} melebihi batas ukuran.", "paket_terlalu_besar")
    return data


def _manifest(isi: bytes, nama: str) -> Manifest:
    try:
        m = json.loads(isi.decode("utf-8"))
        if m.get("format") != FORMAT:
            raise _tolak(nama, "manifestnya bukan manifest paket Sistem Kerja.", "paket_asing")
        if not isinstance(m.get("versi"), int) or m["versi"] > VERSI:
            raise _tolak(nama, f"dibuat dengan format paket versi {m.get('versi')} yang lebih "
                         f"baru dari aplikasi ini (versi {VERSI}); perbarui aplikasi.",
                         "paket_lebih_baru")
        bagian = m["bagian"]
        if not isinstance(bagian, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in bagian.items()):
            raise TypeError("bagian")
        return Manifest(str(m["asal"]), dt.datetime.fromisoformat(m["dibuat"]), str(m["skema"]),
                        bagian, dict(m.get("keterangan") or {}), bool(m.get("bertanda")))
    except ValidationError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _tolak(nama, "manifestnya tidak terbaca.", "paket_rusak") from exc


def _periksa_tanda(z: zipfile.ZipFile, names: list[str], isi: bytes, manifest: Manifest,
                   nama: str, kunci: bytes | None) -> None:
    ada = TANDA in names
    if manifest.bertanda != ada:
        raise _tolak(nama, "tanda kunci kantor hilang atau ditambahkan setelah paket dibuat.",
                     "paket_diubah")
    if not ada:
        return  # an unsigned package: the SHA-256 of the parts still hold
    if kunci is None:
        raise _tolak(nama, "paket ini ditandai dengan kunci kantor; sebutkan kuncinya "
                     "(--kunci) untuk memeriksanya.", "paket_perlu_kunci")
    tanda = _baca(z, nama, TANDA).decode("ascii", "replace").strip()
    if not hmac.compare_digest(tanda, _tanda(kunci, isi)):
        raise _tolak(nama, "tanda kunci kantor tidak cocok: kuncinya salah, atau paket diubah "
                     "setelah ditandai.", "paket_kunci_salah")
