"""Issue #8 item 5: a hostile or huge .xlsx can never exhaust the machine or be half-read.

Each file is crafted here with zipfile (no Excel needed) and imported by the real CLI in a
subprocess whose address space is limited to 1.5 GB (RLIMIT_AS): a regression fails the test
(MemoryError, a traceback, a timeout) instead of sending the machine into the OOM killer. The
old reader took 4 GB for a 2 MB attachment and minutes of CPU before failing.
"""

from __future__ import annotations

import re
import resource
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from gangguan import cli, digest

pytestmark = pytest.mark.slow

BATAS_MEMORI = 1536 * 1024 * 1024
HEADER = ["NIP", "NAMA", "JABATAN", "UNIT KERJA"]
GOOD = ["199001012015031001", "Andi Saputra", "Pengadministrasi Umum", "Sekretariat"]

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_CT_WB = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (BATAS_MEMORI, BATAS_MEMORI))


def letters(col: int) -> str:
    out, n = "", col + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def row(n: int, values: Iterable[object]) -> str:
    cells = []
    for col, v in enumerate(values):
        ref = f"{letters(col)}{n}"
        if isinstance(v, str):
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
        elif v is not None:
            cells.append(f'<c r="{ref}"><v>{v}</v></c>')
    return f'<row r="{n}">{"".join(cells)}</row>'


def build_xlsx(path: Path, sheet_data: Iterable[str], *, dimension: str | None = None,
               shared_strings: Iterable[str] | None = None, prolog: str = "") -> Path:
    """A minimal workbook: one sheet 'DUK' whose <sheetData> is `sheet_data` (chunks of XML,
    streamed into the zip so a 250 MB part never sits in the test's memory)."""
    sst = shared_strings is not None
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", (
            f'<?xml version="1.0"?><Types xmlns="{_PKG}/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            f'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_CT_WB}"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT_SHEET}"/>'
            + (f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT_SST}"/>'
               if sst else "") + "</Types>"))
        z.writestr("_rels/.rels", (
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG}/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"))
        z.writestr("xl/workbook.xml", (
            f'<?xml version="1.0"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            '<sheet name="DUK" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        z.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG}/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            + (f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" '
               'Target="sharedStrings.xml"/>' if sst else "") + "</Relationships>"))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0"?>{prolog}<worksheet xmlns="{_MAIN}">'.encode())
            if dimension:
                fh.write(f'<dimension ref="{dimension}"/>'.encode())
            fh.write(b"<sheetData>")
            for chunk in sheet_data:
                fh.write(chunk.encode())
            fh.write(b"</sheetData></worksheet>")
        if shared_strings is not None:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
                fh.write(f'<?xml version="1.0"?><sst xmlns="{_MAIN}">'.encode())
                for chunk in shared_strings:
                    fh.write(chunk.encode())
                fh.write(b"</sst>")
    return path


def repeated(piece: str, total_bytes: int) -> Iterable[str]:
    block = piece * max(1, 65_536 // len(piece))
    for _ in range(total_bytes // len(block) + 1):
        yield block


@pytest.fixture(scope="module")
def kantor(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("kantor") / "kantor.sqlite"
    proc = cli(db, "demo")
    assert proc.returncode == 0, proc.stderr
    return db


def impor_dibatasi(db: Path, path: Path) -> tuple[int, str, str]:
    """`pegawai impor` of `path` in a process limited to 1.5 GB; (exit code, stdout, stderr).
    The database must come out unchanged."""
    before = digest(db)
    proc = cli(db, "pegawai", "impor", str(path), timeout=120, preexec_fn=_limit_memory)
    assert digest(db) == before, "the refused import changed the database"
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr, proc.stderr
    assert "MemoryError" not in proc.stderr and "Warning" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stdout, proc.stderr


def bom_zip(path: Path) -> Path:
    """About 1 MB on disk, 250 MB of identical rows once inflated."""
    rows = '<row><c t="inlineStr"><is><t>x</t></is></c><c><v>1</v></c></row>'
    return build_xlsx(path, [row(1, HEADER), *repeated(rows, 250 * 1024 * 1024)])


def bom_rasio(path: Path) -> Path:
    """Under 200 MB inflated, but 1,000 times smaller packed: nothing an office writes."""
    rows = '<row><c t="inlineStr"><is><t>x</t></is></c><c><v>1</v></c></row>'
    return build_xlsx(path, [row(1, HEADER), *repeated(rows, 150 * 1024 * 1024)])


def dimensi_raksasa(path: Path) -> Path:
    return build_xlsx(path, [row(1, HEADER), row(2, GOOD)], dimension="A1:XFD1048576")


def kolom_400(path: Path) -> Path:
    return build_xlsx(path, [row(1, HEADER + [f"K{i}" for i in range(396)]),
                             row(2, GOOD + [1] * 396)])


def bom_shared_strings(path: Path) -> Path:
    """Two cells on the sheet; a 300 MB shared-string table behind them."""
    return build_xlsx(path, [row(1, HEADER), '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'],
                      shared_strings=repeated("<si><t>x</t></si>", 300 * 1024 * 1024))


def bom_entitas(path: Path) -> Path:
    """'Billion laughs': ten entities each expanding to ten of the previous one."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    return build_xlsx(path, [row(1, HEADER), ('<row r="2"><c r="A2" t="inlineStr"><is><t>'
                             "&lol9;</t></is></c></row>")],
                      prolog=f"<!DOCTYPE lolz [{entities}]>")


def baris_di_luar_excel(path: Path) -> Path:
    """A row numbered past Excel's last row: the reader must not walk a billion empty rows."""
    return build_xlsx(path, [row(1, HEADER), row(2, GOOD),
                             row(2_000_000_000, ["199001012015031002", "Budi", "Staf", "X"])])


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "bom_zip": (bom_zip, (r"berukuran 2\d\d MB setelah dibuka, melebihi batas 200 MB setelah "
                         "dibuka")),
    "bom_rasio": (bom_rasio, (r"bagian xl/worksheets/sheet1.xml mengembang [\d.]+ kali saat "
                             r"dibuka .*melebihi batas 100 kali")),
    "dimensi": (dimensi_raksasa, (r"lembar 'DUK' menyatakan rentang A1:XFD1048576 \(16.384 "
                                 r"kolom\), melebihi batas 300 kolom")),
    "kolom_400": (kolom_400, (r"lembar 'DUK', baris 1: berisi data sampai kolom OJ \(kolom "
                             r"ke-400\), melebihi batas 300 kolom")),
    "shared_strings": (bom_shared_strings, "setelah dibuka, melebihi batas 200 MB"),
    "entitas": (bom_entitas, "berisi deklarasi entitas XML"),
    "baris": (baris_di_luar_excel, r"lebih dari 1.048.576 baris"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_workbook_is_refused_with_the_limit_it_hit(kantor: Path, tmp_path: Path,
                                                          case: str) -> None:
    make, message = CASES[case]
    path = make(tmp_path / f"{case}.xlsx")
    code, out, err = impor_dibatasi(kantor, path)
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # one message, no openpyxl noise
    assert lines[0].startswith(f"sistemkerja: berkas '{path.name}'")
    assert re.search(message, lines[0]), lines[0]
    assert lines[0].endswith("Tidak ada yang diimpor."), lines[0]


def test_the_zip_bomb_is_an_e_mail_attachment(tmp_path: Path) -> None:
    """The crafted file is as small as the one in the report: the limit is on what it inflates
    to, not on its size on disk."""
    path = bom_zip(tmp_path / "lampiran.xlsx")
    assert path.stat().st_size < 2 * 1024 * 1024
    with zipfile.ZipFile(path) as z:
        assert sum(i.file_size for i in z.infolist()) > 200 * 1024 * 1024


def _rezip(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as out:
        for item in src.infolist():
            data = change(item.filename, src.read(item.filename))
            if data is not None:
                out.writestr(item.filename, data)
    return target


def _with_strings(path: Path, index: int) -> Path:
    return build_xlsx(path, [row(1, HEADER), (f'<row r="2"><c r="A2" t="s"><v>{index}</v></c>'
                                             '</row>')],
                      shared_strings=["<si><t>199001012015031001</t></si>"])


DAMAGED: dict[str, Callable[[Path], Path]] = {
    "sheet_terpotong": lambda tmp: _rezip(
        build_xlsx(tmp / "utuh.xlsx", [row(1, HEADER)] + [row(n, GOOD) for n in range(2, 400)]),
        tmp / "sheet_terpotong.xlsx",
        lambda name, data: data[: len(data) // 2] if name.endswith("sheet1.xml") else data),
    "tanpa_shared_strings": lambda tmp: _rezip(
        _with_strings(tmp / "utuh.xlsx", 0), tmp / "tanpa_shared_strings.xlsx",
        lambda name, data: None if name == "xl/sharedStrings.xml" else data),
    "indeks_shared_strings": lambda tmp: _with_strings(tmp / "indeks_shared_strings.xlsx", 99),
}


@pytest.mark.parametrize("case", list(DAMAGED))
def test_damaged_workbook_is_one_clean_message(kantor: Path, tmp_path: Path, case: str) -> None:
    path = DAMAGED[case](tmp_path)
    code, out, err = impor_dibatasi(kantor, path)
    assert code == 2, (out, err)
    assert err.strip() == (f"sistemkerja: berkas '{path.name}' rusak atau bukan berkas .xlsx "
                           "yang sah; buka dan simpan ulang di Excel"), err
