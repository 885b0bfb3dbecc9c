"""Cell-value parsers shared by the importer: gelar in a name, status, dates."""

from __future__ import annotations

import datetime as dt
import re

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.nip import StatusKepegawaian


def norm_key(value: object) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(value).lower()).strip() if value is not None else ""


def cell_text(value: object) -> str:
    """A cell as trimmed single-spaced text; whole floats lose '.0', dates become ISO."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return " ".join(str(value).split())


def cell_opt(value: object) -> str:
    text = cell_text(value)
    return "" if text in {"-", "--", "—", "–", "n/a", "N/A"} else text


_DEPAN = "prof|dr|drg|drh|drs|dra|ir|ns|ners|apt|bd|hj|h|kh"
_DEPAN_RE = re.compile(rf"(?:({_DEPAN})\.\s*|(prof|dr|drg|drh|drs|dra|ir|ns|ners)\s+)(?=\S)",
                       re.I)
_DOTTED = re.compile(r"[A-Za-z]{1,6}\.(?:[A-Za-z]{1,6}\.?)+")
_BELAKANG_PLAIN = frozenset(
    ["se", "sh", "st", "sp", "skm", "sked", "skep", "ssos", "skom", "spd", "ssi", "sip", "sap", "sag", "sth", "shut", "stp", "sfarm", "sgz", "sst", "str", "sstp", "sak", "sds", "sikom", "sn", "mm", "mt", "mh", "msi", "mph", "mars", "mkes", "mpd", "map", "msc", "mkm", "ma", "mba", "mkom", "phd", "amd", "amk", "amkeb", "amkep", "amdkeb", "amdkep", "apt", "ners", "ns", "spog", "sppd", "spa", "spb"])


def _looks_gelar(part: str) -> bool:
    if "." in part:
        return all(len(run) <= 6 for run in re.findall(r"[A-Za-z]+", part))
    return re.sub(r"[\s\-]", "", part).lower() in _BELAKANG_PLAIN


def split_gelar(nama: str, *, depan: bool = True, belakang: bool = True
                ) -> tuple[str, str, str]:
    """'dr. Intan Permatasari' → ('dr.', 'Intan Permatasari', '');
    'Siti Nurhaliza, S.E., M.M.' → ('', 'Siti Nurhaliza', 'S.E., M.M.').
    `depan=False` / `belakang=False` leave that side inside the name."""
    original = " ".join(str(nama).split())
    rest, front, back = original, [], []
    while depan and (m := _DEPAN_RE.match(rest)):
        front.append(m.group(1) + "." if m.group(1) else m.group(2))
        rest = rest[m.end():]
    name_part, comma, tail = rest.partition(",")
    parts = [p.strip() for p in tail.split(",") if p.strip()]
    if belakang and comma and parts and name_part.strip() and all(map(_looks_gelar, parts)):
        rest, back = name_part.strip(), parts
    tokens = rest.split()
    while belakang and len(tokens) > 1 and _DOTTED.fullmatch(tokens[-1]):
        back.insert(0, tokens.pop())
    rest = " ".join(tokens).strip(" ,") if back else " ".join(tokens)
    if not re.search(r"[^\W\d_]", rest):
        return "", original, ""
    return " ".join(front), rest, ", ".join(back)


# --- cell parsers ------------------------------------------------------------------------------

def parse_status(raw: object) -> StatusKepegawaian | None:
    """'PNS', 'CPNS' (→ PNS), 'PPPK', 'P3K', 'Pegawai Negeri Sipil' …; empty → None."""
    key = norm_key(cell_opt(raw))
    if not key:
        return None
    words = key.split()
    if {"pppk", "p3k"} & set(words) or "perjanjian kerja" in key:
        return StatusKepegawaian.PPPK
    if {"pns", "cpns"} & set(words) or "pegawai negeri sipil" in key:
        return StatusKepegawaian.PNS
    raise ValidationError(f"status '{cell_text(raw)}' tidak dikenal (PNS, CPNS atau PPPK)",
                          field="status", code="status_tidak_dikenal")


_BULAN = {b: i for i, b in enumerate(
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"], 1)}
_BULAN.update({b[:3]: i for b, i in list(_BULAN.items())} | {"agt": 8, "okt": 10, "des": 12})


def parse_tanggal(raw: object) -> dt.date | None:
    """A date cell, '2024-01-31', '31-01-2024', '31/01/2024', '31 Januari 2024'; empty → None."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = cell_opt(raw)
    if not text:
        return None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        y, mo, d = (int(x) for x in m.groups())
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text):
        d, mo, y = (int(x) for x in m.groups())
    elif (m := re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", text)) and \
            m.group(2).lower() in _BULAN:
        d, mo, y = int(m.group(1)), _BULAN[m.group(2).lower()], int(m.group(3))
    else:
        y = mo = d = 0
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise ValidationError(f"tanggal '{text}' tidak dikenal (contoh: 31-01-2024)",
                              field="tanggal", code="tanggal_tidak_dikenal") from None


