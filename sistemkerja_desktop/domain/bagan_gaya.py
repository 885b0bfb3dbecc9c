"""How a chart looks, shared by the canvas (Qt) and the PDF (reportlab) so both read the same:
colours of the legend's classes and text sizes in layout units (see `bagan_layout.Ukuran`).

Sizes are in layout units; the PDF scales the whole chart by at most `SKALA_MIN_PDF` so that the
smallest text (`TEKS_MIN`) is printed at 7 pt or more.
"""

from __future__ import annotations

from collections.abc import Callable

from sistemkerja_desktop.domain.bagan import KelasJabatan

# stripe / marker colour, light tint for the card's left band
WARNA: dict[KelasJabatan, str] = {
    KelasJabatan.JPT: "#6a1b9a",
    KelasJabatan.ADMINISTRATOR: "#1565c0",
    KelasJabatan.PENGAWAS: "#00838f",
    KelasJabatan.JF_KEAHLIAN: "#2e7d32",
    KelasJabatan.JF_KETERAMPILAN: "#8d6e00",
    KelasJabatan.PELAKSANA: "#5d6d7e",
}
WARNA_GALAT = "#c62828"
WARNA_PERINGATAN = "#c77700"
WARNA_GARIS = "#8a9199"
WARNA_BINGKAI = "#b8c0c8"
WARNA_KELOMPOK = "#f3f6f9"
WARNA_TANPA_PPK = "#fdecec"
WARNA_JUDUL_UNIT = "#e8eef5"
WARNA_TEKS = "#1f2933"
WARNA_TEKS_LEMAH = "#52606d"

# text sizes (layout units) and baselines inside a 50-unit card
TEKS_NAMA = 10.0
TEKS_BARIS = 8.75  # NIP and jabatan lines, section headers
TEKS_JUDUL = 9.0  # unit and group headers
TEKS_MIN = min(TEKS_NAMA, TEKS_BARIS, TEKS_JUDUL)
GARIS_DASAR = (15.0, 29.0, 42.5)  # nama, NIP, jabatan
STRIP = 5.0  # width of the coloured band at a card's left edge
INDEN = STRIP + 6.0  # text starts here
HURUF_MIN_PT = 7.0
SKALA_MIN_PDF = HURUF_MIN_PT / TEKS_MIN
TEKS_TANPA_PEMANGKU = "belum ada pejabat definitif atau Plt."
JUDUL_BARIS = (12.5, 24.0)  # baselines of a unit header's two lines (header 30 units high)
JUDUL_SATU = 18.0  # baseline when the name fits on one line


def bungkus(teks: str, lebar: float, ukur: Callable[[str], float], maks: int = 2) -> list[str]:
    """Greedy word wrap into at most `maks` lines; the last line is cut with "…" if needed.
    `ukur` measures a string in the renderer's own font metrics."""
    words = teks.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if ukur(trial) <= lebar or not current:
            current = trial
            continue
        if len(lines) == maks - 1:  # this is the last line: it takes the rest, cut below
            current = " ".join([current, *words[i:]])
            break
        lines.append(current)
        current = word
    lines.append(current)
    last = lines[-1]
    if ukur(last) > lebar:
        while last and ukur(last + "…") > lebar:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines
