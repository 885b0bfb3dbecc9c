"""Properties of the tidy layout on generated trees: no overlaps, order, centring, children
below (or right of) parents, wrapping of big groups, determinism, collapse and focus."""

import datetime as dt
import itertools
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sistemkerja_desktop.domain.bagan import (
    Bagan,
    JenisNode,
    Kartu,
    KelasJabatan,
    Node,
    Seksi,
    build_bagan,
)
from sistemkerja_desktop.domain.bagan_layout import Arah, Kotak, Ukuran, tata_letak
from sistemkerja_desktop.domain.demo import build_demo_struktur, build_generated_struktur
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah

TODAY = dt.date(2026, 11, 27)
EPS = 1e-6


@st.composite
def pohon(draw) -> Bagan:
    """Random charts: units with leader cards, groups of 0–70 cards in 1–6 jabatan,
    non-leading PPK positions, nesting up to depth 4 and sometimes very wide levels."""
    ids = itertools.count()
    nodes: dict[str, Node] = {}

    def kartu(prefix: str) -> Kartu:
        n = next(ids)
        return Kartu(f"{prefix}{n}", n, f"Pegawai {n}", "", "JF", KelasJabatan.JF_KEAHLIAN)

    def kelompok(induk: str) -> str:
        nid = f"k{next(ids)}"
        sizes = draw(st.lists(st.integers(1, 25), min_size=1, max_size=6))
        seksi = tuple(Seksi(f"Jabatan {i}", tuple(kartu("g") for _ in range(n)))
                      for i, n in enumerate(sizes))
        nodes[nid] = Node(nid, JenisNode.KELOMPOK, "Kelompok", induk=induk, seksi=seksi,
                          position_id=1)
        return nid

    def unit(induk: str | None, depth: int) -> str:
        nid = f"u{next(ids)}"
        anak: list[str] = []
        if draw(st.booleans()):
            anak.append(kelompok(nid))
        if depth < 4:
            wide = depth == 1 and draw(st.integers(0, 4)) == 0
            n = draw(st.integers(0, 16 if wide else 3))
            anak += [unit(nid, depth + 1) for _ in range(n)]
        nodes[nid] = Node(nid, JenisNode.UNIT, f"Unit {nid}", anak=tuple(anak), induk=induk,
                          kartu=kartu("p"), position_id=1)
        return nid

    roots = tuple(unit(None, 1) for _ in range(draw(st.integers(1, 2))))
    return Bagan(PerangkatDaerah("Dinas Uji", "Kabupaten Uji"), TODAY, nodes, roots)


UKURAN = [Ukuran(), Ukuran(maks_anak_per_baris=4)]


def _overlaps(boxes: list[tuple[str, Kotak]]) -> list[tuple[str, str]]:
    boxes = sorted(boxes, key=lambda item: item[1].x)
    out = []
    for i, (a, ka) in enumerate(boxes):
        for b, kb in boxes[i + 1:]:
            if kb.x >= ka.kanan - EPS:
                break
            if ka.beririsan(kb):
                out.append((a, b))
    return out


def _check(bagan: Bagan, arah: Arah, u: Ukuran) -> None:
    letak = tata_letak(bagan, arah=arah, ukuran=u)
    td = arah is Arah.ATAS_BAWAH
    assert set(letak.node) == set(bagan.nodes)
    # no two boxes overlap; cards sit inside their own node and do not overlap each other
    assert _overlaps(list(letak.node.items())) == []
    assert _overlaps(list(letak.kartu.items())) == []
    for key, box in letak.kartu.items():
        assert letak.node[letak.kartu_node[key]].memuat(box)
    for j in letak.judul_seksi:
        assert letak.node[j.node_id].memuat(j.kotak)
        assert not any(j.kotak.beririsan(k) for k in letak.kartu.values())
    for nid, kids in letak.anak_tampil.items():
        p = letak.node[nid]
        assert list(kids) == list(bagan.nodes[nid].anak)
        for kid in kids:  # children start below (or right of) their parent
            c = letak.node[kid]
            if td:
                assert c.y >= p.bawah + u.jarak_tingkat - EPS
            else:
                assert c.x >= p.kanan + u.jarak_tingkat - EPS
        single_row = len(kids) <= u.maks_anak_per_baris
        if kids and single_row:  # siblings keep their order; the parent is centred on them
            centres = [letak.node[k].tengah[0 if td else 1] for k in kids]
            assert centres == sorted(centres) and len(set(centres)) == len(centres)
            mid = (centres[0] + centres[-1]) / 2
            assert math.isclose(p.tengah[0 if td else 1], mid, abs_tol=1e-6)
    # connectors: orthogonal, from a parent's edge to its child's edge
    for line in letak.garis:
        for (x0, y0), (x1, y1) in itertools.pairwise(line):
            assert abs(x0 - x1) < EPS or abs(y0 - y1) < EPS
    assert len(letak.garis) == sum(len(k) for k in letak.anak_tampil.values())
    assert letak.lebar >= max(k.kanan for k in letak.node.values())
    assert letak.tinggi >= max(k.bawah for k in letak.node.values())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bagan=pohon(), arah=st.sampled_from(list(Arah)), u=st.sampled_from(UKURAN))
def test_layout_properties_on_generated_trees(bagan, arah, u):
    _check(bagan, arah, u)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bagan=pohon(), arah=st.sampled_from(list(Arah)))
def test_layout_is_deterministic(bagan, arah):
    assert tata_letak(bagan, arah=arah) == tata_letak(bagan, arah=arah)


def _segments_cross_boxes(letak) -> list[str]:
    """Connector segments that run through a node box other than their own two ends."""
    bad = []
    for line in letak.garis:
        (sx, sy), (ex, ey) = line[0], line[-1]
        for (x0, y0), (x1, y1) in itertools.pairwise(line):
            seg = Kotak(min(x0, x1), min(y0, y1), abs(x1 - x0) + 0.01, abs(y1 - y0) + 0.01)
            for nid, box in letak.node.items():
                ends = box.memuat(Kotak(sx - 0.5, sy - 0.5, 1, 1)) or box.memuat(
                    Kotak(ex - 0.5, ey - 0.5, 1, 1))
                if not ends and seg.beririsan(box, eps=0.5):
                    bad.append(nid)
    return bad


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bagan=pohon(), arah=st.sampled_from(list(Arah)), u=st.sampled_from(UKURAN))
def test_connectors_never_run_through_other_boxes(bagan, arah, u):
    assert _segments_cross_boxes(tata_letak(bagan, arah=arah, ukuran=u)) == []


def _group(n: int, sections: int = 1) -> Bagan:
    per = [n // sections + (1 if i < n % sections else 0) for i in range(sections)]
    counter = itertools.count()
    seksi = tuple(Seksi(f"J{i}", tuple(
        Kartu(f"g{next(counter)}", 1, "N", "", "J", KelasJabatan.PELAKSANA) for _ in range(m)))
        for i, m in enumerate(per))
    nodes = {
        "u1": Node("u1", JenisNode.UNIT, "Unit", anak=("k1",),
                   kartu=Kartu("p1", 1, "N", "", "J", KelasJabatan.JPT)),
        "k1": Node("k1", JenisNode.KELOMPOK, "Kelompok", induk="u1", seksi=seksi),
    }
    return Bagan(PerangkatDaerah("D", "K"), TODAY, nodes, ("u1",))


@pytest.mark.parametrize("arah", list(Arah))
def test_a_group_of_sixty_wraps_into_columns(arah):
    u = Ukuran()
    letak = tata_letak(_group(60, sections=3), arah=arah)
    box = letak.node["k1"]
    columns = {round(k.x) for key, k in letak.kartu.items() if key.startswith("g")}
    assert len(columns) >= 3
    assert box.h < 60 * (u.kartu_h + u.jarak_kartu) / 2
    assert 0.2 < box.w / box.h < 6
    continued = [j for j in letak.judul_seksi if j.lanjutan]
    assert all(j.teks in {"J0", "J1", "J2"} for j in continued)


def test_small_groups_stay_one_column_and_grow_with_size():
    heights = []
    for n in (1, 3, 5, 20, 80):
        letak = tata_letak(_group(n))
        xs = {round(letak.kartu[k].x) for k in letak.kartu if k.startswith("g")}
        if n <= 5:
            assert len(xs) == 1
        heights.append(letak.node["k1"].h * letak.node["k1"].w)
    assert heights == sorted(heights)


def test_collapse_and_focus_on_the_demo():
    bagan = build_bagan(build_demo_struktur(TODAY), TODAY)
    full = tata_letak(bagan)
    sekretariat = next(n for n in bagan.nodes.values() if n.judul == "Sekretariat")
    collapsed = tata_letak(bagan, ciut={sekretariat.id})
    hidden = set(bagan.urutan(sekretariat.anak))
    assert not hidden & set(collapsed.node) and sekretariat.id in collapsed.node
    assert collapsed.ciut == {sekretariat.id}
    assert len(collapsed.kartu) < len(full.kartu)
    focus = tata_letak(bagan, fokus=sekretariat.id)
    assert set(focus.node) == {sekretariat.id, *hidden}
    assert min(k.x for k in focus.node.values()) == pytest.approx(focus.ukuran.margin)


def test_generated_agency_of_thousands_lays_out_without_overlaps():
    bagan = build_bagan(build_generated_struktur(3000, today=TODAY), TODAY)
    for arah in Arah:
        letak = tata_letak(bagan, arah=arah)
        assert _overlaps(list(letak.node.items())) == []
        assert len(letak.kartu) >= 3000
        assert letak.lebar / letak.tinggi < 4 and letak.tinggi / letak.lebar < 4  # compact


@pytest.mark.parametrize("maks", [1, 2, 3])
def test_bungkus_never_gives_more_lines_than_asked(maks):
    from sistemkerja_desktop.domain.bagan_gaya import bungkus

    ukur = len  # one unit per character
    teks = "Kepala Bidang Pencegahan dan Pengendalian Penyakit Menular"
    lines = bungkus(teks, 12, ukur, maks)
    assert 1 <= len(lines) <= maks
    assert all(ukur(line) <= 12 for line in lines)
    assert lines[-1].endswith("…")
    assert bungkus("Sekretariat", 12, ukur, 1) == ["Sekretariat"]
    assert bungkus("Bidang Bina Marga", 12, ukur, 2) == ["Bidang Bina", "Marga"]
