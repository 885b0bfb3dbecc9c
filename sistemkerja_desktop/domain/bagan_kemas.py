"""Packing a group of JF/Pelaksana into columns of cards (used by `bagan_layout`).

Column-major: each jabatan gets a header, a column break inside a jabatan repeats the header
("lanjutan"), and a header never stands alone at the foot of a column. Positions are returned
as runs (the card keys of one column of one jabatan, with the run's top-left corner), relative
to the group's box.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sistemkerja_desktop.domain.bagan import Node

if TYPE_CHECKING:
    from sistemkerja_desktop.domain.bagan_layout import Ukuran


@dataclass(slots=True)
class Kemasan:
    w: float
    h: float
    kartu: list[tuple[list[str], float, float]]  # runs: card keys of one column, x, y0
    judul: list[tuple[float, float, str, int, bool]]


def kemas_kelompok(node: Node, u: Ukuran, rasio: float,
                   tinggi_maks: float | None = None,
                   lebar_maks: float | None = None) -> Kemasan:
    """Column-major packing: each jabatan gets a header; a column break inside a jabatan
    repeats its header ("lanjutan"); a header is never left alone at a column's foot.

    The number of columns aims at width/height ≈ `rasio`; `tinggi_maks` or `lebar_maks` (of
    the whole block) override that where the group must fit beside its siblings."""
    sh, ch, gap = u.judul_seksi_h, u.kartu_h, u.jarak_kartu
    n = sum(len(s.kartu) for s in node.seksi)
    total = len(node.seksi) * sh + n * (ch + gap)
    col_w = u.kartu_w + u.jarak_kolom
    cols = max(1, round(math.sqrt(rasio * total / col_w)))
    limit = max(total / cols + sh, sh + ch)
    if tinggi_maks is not None:
        limit = max(tinggi_maks - u.judul_kelompok_h - u.pad, sh + ch)
    elif lebar_maks is not None:
        cols = max(1, math.floor((lebar_maks - 2 * u.pad + u.jarak_kolom) / col_w))
        limit = max(total / cols + sh, sh + ch)
    col, y, tallest = 0, 0.0, 0.0
    step, pad, top = ch + gap, u.pad, u.judul_kelompok_h
    kartu: list[tuple[list[str], float, float]] = []
    judul: list[tuple[float, float, str, int, bool]] = []
    for seksi in node.seksi:
        keys = [k.key for k in seksi.kartu]
        m, placed = len(keys), 0
        while placed < m:
            if y > 0 and y + (sh if placed == 0 else 0) + ch > limit:
                col, y = col + 1, 0.0
            if placed == 0 or y == 0:
                judul.append((pad + col * col_w, top + y, seksi.judul, m, placed > 0))
                y += sh
            fit = int((limit - y - ch) // step) + 1
            take = min(m - placed, max(1, fit))
            kartu.append((keys[placed:placed + take] if placed or take < m else keys,
                          pad + col * col_w, top + y))
            y += take * step
            tallest = max(tallest, y - gap)
            placed += take
    ncols = col + 1 if kartu else 1
    width = ncols * col_w - u.jarak_kolom
    return Kemasan(w=width + 2 * pad, h=top + tallest + pad, kartu=kartu, judul=judul)
