"""Import of a pegawai list from a table of cell values (DUK, SIASN, hand-made Excel lists).

Pure parsing and validation: the exporter reads the workbook into `list[list[object]]`,
`detect_header` finds the header row, `parse_table` validates every row and collects all
problems as `RowError`s with the Excel row number and the column header as written in the file.
Whether NIP ATASAN exists is checked by the service, not here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.impor_jalur import split_unit_path
from sistemkerja_desktop.domain.impor_tanggal import tanggal_impor
from sistemkerja_desktop.domain.jabatan import (
    Jabatan,
    Jenjang,
    Kategori,
    guess_kategori,
    jenjang_from_nama,
    parse_jenjang,
    parse_kategori,
)
from sistemkerja_desktop.domain.nip import StatusKepegawaian, format_nip, parse_nip
from sistemkerja_desktop.domain.pangkat import GOLONGAN_PPPK, Golongan, parse_golongan
from sistemkerja_desktop.domain.sel import (
    cell_opt,
    cell_text,
    norm_key,
    parse_status,
    parse_tanggal,  # noqa: F401 - re-exported (tests, older callers)
    split_gelar,
)

if TYPE_CHECKING:
    from sistemkerja_desktop.domain.impor_unit import UnitTreePlan


class Kolom(StrEnum):
    """Columns the importer understands; values are the canonical header texts of the export."""

    NIP = "NIP"
    NAMA = "NAMA"
    GELAR_DEPAN = "GELAR DEPAN"
    GELAR_BELAKANG = "GELAR BELAKANG"
    PANGKAT = "PANGKAT"
    GOLONGAN = "GOL/RUANG"
    JABATAN = "JABATAN"
    JENIS_JABATAN = "JENIS JABATAN"
    JENJANG = "JENJANG"
    UNIT = "UNIT KERJA"
    UNIT_INDUK = "UNOR INDUK"
    NIP_ATASAN = "NIP ATASAN"
    STATUS = "STATUS"
    PENDIDIKAN = "PENDIDIKAN"
    EMAIL = "EMAIL"
    TELEPON = "TELEPON"
    KOMPETENSI = "KOMPETENSI"
    TMT_KEDUDUKAN = "TMT KEDUDUKAN"
    DASAR_KEDUDUKAN = "DASAR KEDUDUKAN"


T = TypeVar("T")
REQUIRED = (Kolom.NIP, Kolom.NAMA, Kolom.JABATAN, Kolom.UNIT)

# Header spellings (after `_key`), best first: when two columns match one Kolom, the better wins.
_ALIASES: dict[Kolom, str] = {
    Kolom.NIP: "nip|nip baru|nip ni pppk|ni pppk|nip nipppk|nip 18 digit|nomor induk pegawai|"
               "nip pns|no nip",
    Kolom.NAMA: "nama|nama lengkap|nama pegawai|nama pns|nama asn|nama dan gelar|"
                "nama lengkap dan gelar|nama gelar|nama lengkap gelar",
    Kolom.GELAR_DEPAN: "gelar depan",
    Kolom.GELAR_BELAKANG: "gelar belakang",
    Kolom.PANGKAT: "pangkat|nama pangkat|pangkat terakhir",
    Kolom.GOLONGAN: "gol ruang|gol|golongan|golongan ruang|pangkat gol|pangkat golongan|"
                    "pangkat gol ruang|pangkat golongan ruang|gol akhir nama|gol akhir|"
                    "golongan akhir|gol ruang terakhir",
    Kolom.JABATAN: "jabatan|nama jabatan|jabatan nama|jabatan terakhir",
    Kolom.JENIS_JABATAN: "jenis jabatan|jenis jabatan nama|kategori jabatan",
    Kolom.JENJANG: "jenjang|jenjang jabatan|jenjang jf",
    Kolom.UNIT: "unit kerja|unor|unor nama|sub unit|sub unit kerja|unit|nama unit kerja|"
                "unit organisasi|nama unor",
    Kolom.UNIT_INDUK: "unor induk|induk unor|unit induk|unor induk nama|nama unor induk|"
                      "unit kerja induk|induk unit kerja",
    Kolom.NIP_ATASAN: "nip atasan|nip ppk|atasan langsung|nip atasan langsung|"
                      "nip pejabat penilai|nip pejabat penilai kinerja|nip penilai",
    Kolom.STATUS: "status|status pegawai|status kepegawaian|status asn|jenis asn|jenis kepegawaian",
    Kolom.PENDIDIKAN: "pendidikan|pendidikan terakhir|pendidikan nama|tingkat pendidikan|"
                      "tingkat pendidikan nama",
    Kolom.EMAIL: "email|e mail|alamat email|surel|pos el",
    Kolom.TELEPON: "telepon|hp|telp|no hp|nomor hp|no telp|no telepon|nomor telepon|telepon hp|"
                   "telp hp|no hp wa|whatsapp|wa",
    Kolom.KOMPETENSI: "kompetensi|kompetensi teknis",
    Kolom.TMT_KEDUDUKAN: "tmt kedudukan",
    Kolom.DASAR_KEDUDUKAN: "dasar kedudukan|sk kedudukan|nomor sk kedudukan",
}
_IGNORED = frozenset({"no", "no urut", "nomor", "nomor urut", "nmr", "urut"})
_BY_KEY: dict[str, tuple[Kolom, int]] = {
    a: (k, i) for k, aliases in _ALIASES.items() for i, a in enumerate(aliases.split("|"))}
_nospace: dict[str, tuple[Kolom, int] | None] = {}
for _a, _v in _BY_KEY.items():  # 'NIPBARU', 'GOL.RUANG'; drop ambiguous ones ('ni pppk'/'nip ppk')
    _k = _a.replace(" ", "")
    _nospace[_k] = None if _k in _nospace and _nospace[_k] != _v else _v
_BY_NOSPACE = {k: v for k, v in _nospace.items() if v is not None}


def _lookup(text: str) -> tuple[Kolom, int] | None:
    key = norm_key(text)
    return _BY_KEY.get(key) or _BY_NOSPACE.get(key.replace(" ", ""))


def kolom_for_header(text: object) -> Kolom | None:
    """The Kolom a header cell names ('Gol. Ruang' → GOLONGAN), or None."""
    found = _lookup(cell_text(text))
    return found[0] if found else None


def col_letter(index: int) -> str:
    """0 → 'A', 26 → 'AA'."""
    out, n = "", index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


@dataclass(frozen=True)
class HeaderGuess:
    row_index: int  # 0-based; the last header row (data starts below it)
    mapping: dict[Kolom, int]
    headers: list[str]
    unmapped: list[int]

    def label(self, kolom: Kolom) -> str:
        """The header as written in the file, the column letter, or the canonical name."""
        col = self.mapping.get(kolom)
        if col is None:
            return kolom.value
        return (self.headers[col] if col < len(self.headers) else "") or col_letter(col)


def _guess(row_index: int, headers: list[str]) -> HeaderGuess:
    best: dict[Kolom, tuple[int, int]] = {}
    for col, text in enumerate(headers):
        found = _lookup(text)
        if found and (found[0] not in best or found[1] < best[found[0]][1]):
            best[found[0]] = (col, found[1])
    mapping = {k: v[0] for k, v in sorted(best.items(), key=lambda kv: kv[1][0])}
    used = set(mapping.values())
    unmapped = [c for c, t in enumerate(headers) if t and c not in used and norm_key(t) not in _IGNORED]
    return HeaderGuess(row_index, mapping, headers, unmapped)


def _sub_header(top: list[str], sub_row: list[object]) -> list[str] | None:
    """Two-row headers ('PANGKAT' merged over 'GOL. RUANG' | 'TMT'): combined texts, or None."""
    sub = [cell_text(c) for c in sub_row]
    filled = [t for t in sub if t]
    if not filled or any(not isinstance(c, str) or not re.search(r"[A-Za-z]", c)
                         for c in sub_row if cell_text(c)):
        return None
    if not any(_lookup(t) for t in filled):
        return None
    out, group = [], ""
    for col in range(max(len(top), len(sub))):
        t = top[col] if col < len(top) else ""
        s = sub[col] if col < len(sub) else ""
        group = t or group
        if not s:
            out.append(t)
        elif group and _lookup(f"{group} {s}"):
            out.append(f"{group} {s}")
        else:
            out.append(s if _lookup(s) or not group else f"{group} {s}")
    return out


def detect_header(table: list[list[object]], max_scan: int = 30) -> HeaderGuess:
    """Find the header row among the first `max_scan` rows: it must name NIP and NAMA; the row
    naming most known columns wins (title rows, blank rows and merged titles are passed over)."""
    best: HeaderGuess | None = None
    for i, row in enumerate(table[:max_scan]):
        headers = [cell_text(c) for c in row]
        candidates = [_guess(i, headers)]
        if i + 1 < len(table) and len(candidates[0].mapping) >= 2:
            combined = _sub_header(headers, table[i + 1])
            if combined is not None:
                candidates.insert(0, _guess(i + 1, combined))
        for guess in candidates:
            if Kolom.NIP in guess.mapping and Kolom.NAMA in guess.mapping and (
                    best is None or len(guess.mapping) > len(best.mapping)):
                best = guess
    if best is None:
        raise ValidationError(f"tidak menemukan baris judul kolom pada {max_scan} baris pertama "
                              "(perlu NIP dan NAMA)", code="judul_kolom_tidak_ada")
    return best


@dataclass(frozen=True)
class PegawaiRecord:
    baris: int  # Excel row number (1-based)
    nip: str
    status: StatusKepegawaian
    nama: str
    gelar_depan: str
    gelar_belakang: str
    golongan: Golongan | None
    jabatan: Jabatan
    unit_path: tuple[str, ...]  # as written (split); `impor_unit.plan_units` resolves it
    nip_atasan: str | None = None
    unit_induk: tuple[str, ...] = ()  # UNOR INDUK, when the file has that column
    pendidikan: str = ""
    email: str = ""
    telepon: str = ""
    kompetensi: tuple[str, ...] = ()
    tmt_kedudukan: dt.date | None = None
    dasar_kedudukan: str = ""

    @property
    def nama_lengkap(self) -> str:
        name = f"{self.gelar_depan} {self.nama}".strip()
        return f"{name}, {self.gelar_belakang}" if self.gelar_belakang else name


@dataclass(frozen=True)
class RowError:
    baris: int
    kolom: str
    pesan: str

    def __str__(self) -> str:
        return f"baris {self.baris}, kolom {self.kolom}: {self.pesan}"


@dataclass(frozen=True)
class ImportPlan:
    records: list[PegawaiRecord]  # valid rows only
    errors: list[RowError]
    header: HeaderGuess
    total_rows: int  # data rows seen (blank, repeated-header and footer rows not counted)
    units: UnitTreePlan | None = None  # the unit tree, set by the service (needs the database)

    @property
    def invalid_rows(self) -> set[int]:
        return {e.baris for e in self.errors}


# --- gelar -----------------------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[A-Za-z]{2,}")
_NIP_IN_TEXT = re.compile(r"\d{8}\s?\d{6}\s?\d\s?\d{3}")


def _telepon(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = cell_opt(raw)
    if isinstance(raw, int) and text.startswith("8") and 8 <= len(text) <= 12:
        return "0" + text  # a number cell lost the leading zero: 81234567890 → 081234567890
    return text


# --- rows --------------------------------------------------------------------------------------

class _Row:
    def __init__(self, baris: int, row: list[object], header: HeaderGuess) -> None:
        self.baris, self.row, self.header = baris, row, header
        self.errors: list[RowError] = []
        self.nip: str | None = None  # the row's NIP when readable (for the duplicate check)

    def cell(self, kolom: Kolom) -> object:
        col = self.header.mapping.get(kolom)
        return self.row[col] if col is not None and col < len(self.row) else None

    def error(self, kolom: Kolom, pesan: str) -> None:
        self.errors.append(RowError(self.baris, self.header.label(kolom), pesan))

    def required(self, kolom: Kolom) -> str:
        text = cell_opt(self.cell(kolom))
        if not text:
            self.error(kolom, f"{kolom.value} wajib diisi")
        return text

    def attempt(self, kolom: Kolom, fn: Callable[..., T], *args: object, **kwargs: object
                ) -> T | None:
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            self.error(kolom, exc.message)
            return None


def _is_noise(row: list[object], nip: str, nama: str) -> bool:
    """Blank rows, section labels, repeated headers, column-number rows, footers, signatures."""
    filled = [c for c in row if cell_text(c)]
    if not filled or (not nip and not nama):
        return True
    if all(isinstance(c, int) or re.fullmatch(r"\(?\d{1,3}\)?", cell_text(c)) for c in filled):
        return True
    if any(ch.isdigit() for ch in nip):
        return nip.lower().startswith("nip") and not nama
    first = norm_key(filled[0])
    return (len(filled) == 1 or kolom_for_header(nip) is Kolom.NIP
            or kolom_for_header(nama) is Kolom.NAMA
            or first.startswith(("jumlah", "total", "mengetahui", "keterangan"))
            or norm_key(nama) in {"kosong", "lowong", "formasi kosong"})


def _golongan(r: _Row, pppk: bool) -> Golongan | None:
    gol_raw, pangkat_raw = cell_opt(r.cell(Kolom.GOLONGAN)), cell_opt(r.cell(Kolom.PANGKAT))
    if pppk and gol_raw.isdigit() and 1 <= int(gol_raw) <= len(GOLONGAN_PPPK):
        gol = Golongan(True, int(gol_raw) - 1)
    else:
        gol = r.attempt(Kolom.GOLONGAN, parse_golongan, gol_raw, pppk=pppk) if gol_raw else None
    if not pangkat_raw:
        return gol
    if not gol_raw:
        return r.attempt(Kolom.PANGKAT, parse_golongan, pangkat_raw, pppk=pppk)
    try:
        from_pangkat = parse_golongan(pangkat_raw, pppk=pppk)
    except ValidationError:
        return gol  # the golongan column carries the information; free-text pangkat is ignored
    if gol is not None and from_pangkat != gol:
        r.error(Kolom.PANGKAT, f"pangkat '{pangkat_raw}' tidak sesuai golongan {gol.kode} "
                               f"({gol.pangkat or gol.tampil})")
    return gol


_STRUKTURAL_SAJA = frozenset({"struktural", "jabatan struktural", "js"})


def _jabatan(r: _Row) -> Jabatan | None:
    nama = r.required(Kolom.JABATAN)
    jenis_raw, jenjang_raw = cell_opt(r.cell(Kolom.JENIS_JABATAN)), cell_opt(r.cell(Kolom.JENJANG))
    from_nama = jenjang_from_nama(nama) if nama else None
    if norm_key(jenis_raw) in _STRUKTURAL_SAJA and nama:
        # SIASN: "Struktural" without the level; the standard title gives it (Kepala Bidang …;
        # a bare "Sekretaris" of a Dinas/Badan is an Administrator)
        kategori = (Kategori.ADMINISTRATOR if norm_key(nama) == "sekretaris" else
                    r.attempt(Kolom.JENIS_JABATAN, guess_kategori, nama, None))
        if kategori is not None and not kategori.struktural:
            r.error(Kolom.JENIS_JABATAN, f"jabatan '{nama}' tidak dikenal sebagai jabatan "
                                         "struktural; tulis JPT Pratama/Administrator/Pengawas")
            kategori = None
    elif jenis_raw:
        kategori = r.attempt(Kolom.JENIS_JABATAN, parse_kategori, jenis_raw)
    else:
        try:
            hint = parse_jenjang(jenjang_raw) if jenjang_raw else None
        except ValidationError:
            hint = None
        kategori = (r.attempt(Kolom.JENIS_JABATAN, guess_kategori, nama, hint or from_nama)
                    if nama else None)
    if kategori is None or not nama:
        return None
    jenjang: Jenjang | None = None
    if kategori is Kategori.FUNGSIONAL:
        jenjang = r.attempt(Kolom.JENJANG, parse_jenjang, jenjang_raw) if jenjang_raw else None
        unreadable = bool(jenjang_raw) and jenjang is None
        if jenjang and from_nama and jenjang is not from_nama:
            r.error(Kolom.JENJANG, f"jenjang '{jenjang_raw}' tidak sesuai nama jabatan "
                                   f"'{nama}' ({from_nama.value})")
        jenjang = jenjang or from_nama
        if jenjang is None and not unreadable:
            r.error(Kolom.JENJANG, f"jabatan fungsional '{nama}' tanpa jenjang; isi kolom "
                                   "JENJANG (mis. Ahli Pertama, Terampil)")
    elif jenjang_raw and norm_key(jenjang_raw) not in {"pelaksana", norm_key(kategori.value)}:
        r.error(Kolom.JENJANG, f"jenjang '{jenjang_raw}' hanya untuk jabatan fungsional, "
                               f"sedangkan jenis jabatan '{nama}' adalah {kategori.value}")
    return Jabatan(nama=nama, kategori=kategori, jenjang=jenjang)


def _nama(r: _Row) -> tuple[str, str, str]:
    """Gelar from GELAR DEPAN/BELAKANG columns when present, else split from NAMA."""
    raw = r.required(Kolom.NAMA)
    if raw and not re.search(r"[^\W\d_]", raw):
        r.error(Kolom.NAMA, f"NAMA '{raw}' tidak berisi huruf")
    has_depan = Kolom.GELAR_DEPAN in r.header.mapping
    has_belakang = Kolom.GELAR_BELAKANG in r.header.mapping
    depan, nama, belakang = split_gelar(raw, depan=not has_depan, belakang=not has_belakang)
    if has_depan:
        depan = cell_opt(r.cell(Kolom.GELAR_DEPAN))
    if has_belakang:
        belakang = cell_opt(r.cell(Kolom.GELAR_BELAKANG))
    return depan, nama, belakang


def _nip_atasan(r: _Row, own: str | None) -> str | None:
    raw = cell_opt(r.cell(Kolom.NIP_ATASAN))
    if not raw:
        return None
    m = _NIP_IN_TEXT.search(raw) if isinstance(r.cell(Kolom.NIP_ATASAN), str) else None
    info = r.attempt(Kolom.NIP_ATASAN, parse_nip, m.group(0) if m else r.cell(Kolom.NIP_ATASAN))
    if info is not None and info.nip == own:
        r.error(Kolom.NIP_ATASAN, "NIP ATASAN sama dengan NIP pegawai sendiri")
    return info.nip if info else None


def _parse_row(r: _Row) -> PegawaiRecord | None:
    info = r.attempt(Kolom.NIP, parse_nip, r.cell(Kolom.NIP))
    r.nip = info.nip if info else None
    status = r.attempt(Kolom.STATUS, parse_status, r.cell(Kolom.STATUS))
    if info is not None and status is not None and status is not info.status:
        r.error(Kolom.STATUS, f"STATUS {status.value} tidak sesuai NIP "
                              f"(susunan NIP menunjukkan {info.status.value})")
    status = info.status if info else (status or StatusKepegawaian.PNS)
    depan, nama, belakang = _nama(r)
    golongan = _golongan(r, status is StatusKepegawaian.PPPK)
    jabatan = _jabatan(r)
    unit_path = split_unit_path(cell_opt(r.cell(Kolom.UNIT)))  # empty: periksa flags it
    nip_atasan = _nip_atasan(r, info.nip if info else None)
    email = cell_opt(r.cell(Kolom.EMAIL))
    if email and not _EMAIL.fullmatch(email):
        r.error(Kolom.EMAIL, f"email '{email}' tidak valid")
    tmt = r.attempt(Kolom.TMT_KEDUDUKAN, tanggal_impor, r.cell(Kolom.TMT_KEDUDUKAN))
    kompetensi = tuple(k.strip() for k in re.split(r"[,;\n]", cell_opt(r.cell(Kolom.KOMPETENSI)))
                       if k.strip())
    if r.errors or info is None or jabatan is None:
        return None
    return PegawaiRecord(
        baris=r.baris, nip=info.nip, status=status, nama=nama, gelar_depan=depan,
        gelar_belakang=belakang, golongan=golongan, jabatan=jabatan, unit_path=unit_path,
        nip_atasan=nip_atasan, pendidikan=cell_opt(r.cell(Kolom.PENDIDIKAN)), email=email,
        telepon=_telepon(r.cell(Kolom.TELEPON)), kompetensi=kompetensi, tmt_kedudukan=tmt,
        dasar_kedudukan=cell_opt(r.cell(Kolom.DASAR_KEDUDUKAN)),
        unit_induk=split_unit_path(cell_opt(r.cell(Kolom.UNIT_INDUK))))


def parse_table(table: list[list[object]], header: HeaderGuess | None = None, *,
                first_row_number: int = 1) -> ImportPlan:
    """Validate every data row below the header; `first_row_number` is the Excel row of table[0].

    Raises ValidationError when a REQUIRED column is missing from the header altogether.
    """
    header = header or detect_header(table)
    missing = [k.value for k in REQUIRED if k not in header.mapping]
    if missing:
        known = ", ".join(h for h in header.headers if h) or "-"
        raise ValidationError(f"kolom wajib tidak ditemukan: {', '.join(missing)} "
                              f"(judul kolom di berkas: {known})", code="kolom_wajib_tidak_ada")
    records: list[PegawaiRecord] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    total = 0
    for idx in range(header.row_index + 1, len(table)):
        row = list(table[idx] or ())
        r = _Row(first_row_number + idx, row, header)
        if _is_noise(row, cell_text(r.cell(Kolom.NIP)), cell_text(r.cell(Kolom.NAMA))):
            continue
        total += 1
        record = _parse_row(r)
        nip = r.nip
        if nip is not None and nip in seen:
            r.error(Kolom.NIP, f"NIP {format_nip(nip)} ganda: sudah ada di baris {seen[nip]}")
            record = None
        elif nip is not None:
            seen[nip] = r.baris
        errors.extend(r.errors)
        if record is not None:
            records.append(record)
    return ImportPlan(records=records, errors=errors, header=header, total_rows=total)
