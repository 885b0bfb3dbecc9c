"""NIP (PNS) and NI PPPK: parsing, validation and the printed 8-6-1-3 form.

Layout (domain_conventions.md §2.1–2.2):
- PNS:  YYYYMMDD lahir · YYYYMM TMT CPNS · G (1 laki-laki, 2 perempuan) · NNN urut
- PPPK: YYYYMMDD lahir · YYYY tahun TMT · '2' kode PPPK · F angkatan (1–9) · G · NNN
A PNS month is 01–12, so digits 13–14 above 12 mean the PPPK layout.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from sistemkerja_desktop.domain.errors import ValidationError


class StatusKepegawaian(StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"


@dataclass(frozen=True, slots=True)
class NipInfo:
    nip: str
    status: StatusKepegawaian
    tanggal_lahir: dt.date
    tmt: dt.date
    jenis_kelamin: str  # "L" or "P"
    urut: str

    @property
    def tampil(self) -> str:
        return format_nip(self.nip)


_SEPARATORS = re.compile(r"[\s.\-'’`]")


def normalize_nip(raw: object) -> str:
    """Digits only. Accepts text with spaces/dots, a leading apostrophe, or an int.

    Floats are refused: Excel stores 18-digit numbers as floats and loses the last digits.
    """
    if isinstance(raw, bool) or raw is None:
        raise ValidationError("NIP kosong", field="nip", code="nip_kosong")
    if isinstance(raw, float):
        raise ValidationError(
            "NIP tersimpan sebagai angka pecahan/ilmiah di Excel sehingga digit terakhir hilang; "
            "format sel sebagai Teks lalu ketik ulang NIP",
            field="nip",
            code="nip_presisi_hilang",
        )
    text = str(raw).strip()
    if re.fullmatch(r"\d+(\.\d+)?[eE][+-]?\d+", text):
        raise ValidationError(
            "NIP tertulis dalam notasi ilmiah (mis. 1.97E+17) sehingga digit terakhir hilang",
            field="nip",
            code="nip_presisi_hilang",
        )
    digits = _SEPARATORS.sub("", text)
    if not digits:
        raise ValidationError("NIP kosong", field="nip", code="nip_kosong")
    if not digits.isdigit():
        raise ValidationError(f"NIP '{text}' mengandung karakter selain angka", field="nip",
                              code="nip_bukan_angka")
    if len(digits) != 18:
        raise ValidationError(f"NIP harus 18 digit, '{text}' berisi {len(digits)} digit",
                              field="nip", code="nip_panjang")
    return digits


def parse_nip(raw: object) -> NipInfo:
    """Parse and validate a NIP or NI PPPK; raises ValidationError with an Indonesian reason."""
    n = normalize_nip(raw)
    try:
        lahir = dt.date(int(n[0:4]), int(n[4:6]), int(n[6:8]))
    except ValueError:
        raise ValidationError(f"NIP {format_nip(n)}: 8 digit pertama bukan tanggal lahir yang sah",
                              field="nip", code="nip_tanggal_lahir") from None
    if not 1920 <= lahir.year <= 2015:
        raise ValidationError(f"NIP {format_nip(n)}: tahun lahir {lahir.year} tidak wajar",
                              field="nip", code="nip_tanggal_lahir")
    year = int(n[8:12])
    middle = int(n[12:14])
    if middle > 12:
        if n[12] != "2" or n[13] == "0":
            raise ValidationError(
                f"NIP {format_nip(n)}: digit 13–14 harus bulan TMT (01–12) untuk PNS "
                "atau '2' + angkatan (21–29) untuk PPPK", field="nip", code="nip_tmt")
        status = StatusKepegawaian.PPPK
        tmt = dt.date(year, 1, 1) if 1900 < year < 2100 else None
    else:
        if middle == 0:
            raise ValidationError(f"NIP {format_nip(n)}: bulan TMT tidak boleh 00", field="nip",
                                  code="nip_tmt")
        status = StatusKepegawaian.PNS
        tmt = dt.date(year, middle, 1) if 1900 < year < 2100 else None
    if tmt is None or tmt <= lahir:
        raise ValidationError(f"NIP {format_nip(n)}: TMT {year} tidak sesudah tanggal lahir",
                              field="nip", code="nip_tmt")
    if n[14] not in "12":
        raise ValidationError(f"NIP {format_nip(n)}: digit ke-15 (jenis kelamin) harus 1 atau 2",
                              field="nip", code="nip_jenis_kelamin")
    return NipInfo(nip=n, status=status, tanggal_lahir=lahir, tmt=tmt,
                   jenis_kelamin="L" if n[14] == "1" else "P", urut=n[15:])


def format_nip(nip: str) -> str:
    """18 digits → '19680411 199303 1 009'. Anything else is returned unchanged."""
    n = nip if nip.isdigit() else "".join(ch for ch in nip if ch.isdigit())  # fast path
    if len(n) != 18:
        return nip
    return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


def nip_label(status: StatusKepegawaian) -> str:
    return "NI PPPK." if status is StatusKepegawaian.PPPK else "NIP."
