"""The chart model built from a Struktur: who appears where, vacancies, Plt., history, search,
and findings placed on cards and units."""

import datetime as dt

import pytest

from sistemkerja_desktop.domain.bagan import (
    JUDUL_TANPA_PPK,
    TEKS_KOSONG,
    JenisNode,
    KelasJabatan,
    build_bagan,
    kelas_jabatan,
    petakan_temuan,
)
from sistemkerja_desktop.domain.demo import DEMO_PROBLEMS, build_demo_struktur
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.periksa import periksa
from sistemkerja_desktop.domain.profiles import get_profile

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo():
    return build_demo_struktur(TODAY)


@pytest.fixture(scope="module")
def bagan(demo):
    return build_bagan(demo, TODAY)


def _pegawai(struktur, nama):
    return next(p for p in struktur.pegawai if p.nama == nama)


def test_every_active_pegawai_appears_and_the_root_is_the_kepala_dinas(demo, bagan):
    active = {p.id for p in demo.pegawai if p.aktif and not p.eksternal}
    assert active <= set(bagan.kartu_pegawai)
    root = bagan.nodes[bagan.akar[0]]
    assert root.jenis is JenisNode.UNIT and root.judul == "Pimpinan"
    assert root.kartu.jabatan == "Kepala Dinas Kesehatan"
    assert root.kartu.kelas is KelasJabatan.JPT
    assert next(iter(bagan.urutan())) == root.id  # pre-order, parents first
    assert sum(bagan.jumlah_orang[r] for r in bagan.akar) >= len(active)


def test_groups_hang_under_their_ppk_sorted_by_jabatan(demo, bagan):
    for node in bagan.nodes.values():
        if node.jenis is not JenisNode.KELOMPOK or node.tanpa_ppk:
            continue
        parent = bagan.nodes[node.induk]
        assert parent.position_id == node.position_id  # the group of that PPK
        titles = [s.judul for s in node.seksi]
        assert len(titles) == len(set(titles))
        for seksi in node.seksi:
            assert all(k.jabatan == seksi.judul and k.ppk_position_id == node.position_id
                       and k.dapat_dipindah for k in seksi.kartu)
            names = [demo.pegawai_by_id[k.pegawai_id].nama.casefold() for k in seksi.kartu]
            assert names == sorted(names)


def test_vacant_position_and_plt_are_marked(demo, bagan):
    vacant = next(n for n in bagan.nodes.values()
                  if n.judul == "Subbagian Perencanaan dan Pelaporan")
    assert vacant.kartu.kosong and vacant.kartu.nama == TEKS_KOSONG
    assert vacant.kartu.pegawai_id is None
    group = bagan.nodes[vacant.anak[0]]
    assert group.jenis is JenisNode.KELOMPOK and sum(len(s.kartu) for s in group.seksi) == 2
    kesmas = next(n for n in bagan.nodes.values() if n.judul == "Bidang Kesehatan Masyarakat")
    assert kesmas.kartu.pengisian == "Plt."
    sekretaris = next(n for n in bagan.nodes.values() if n.judul == "Sekretariat")
    assert kesmas.kartu.pegawai_id == sekretaris.kartu.pegawai_id  # the Sekretaris acts


def test_problem_cases_of_the_demo_are_visible(demo, bagan):
    by_nip = {p.nip: p for p in demo.pegawai}
    no_ppk = by_nip[DEMO_PROBLEMS[0][0]]
    [(node_id, kartu)] = bagan.kartu_pegawai[no_ppk.id]
    assert bagan.nodes[node_id].judul == JUDUL_TANPA_PPK and bagan.nodes[node_id].tanpa_ppk
    assert kartu.ppk_position_id is None and kartu.dapat_dipindah
    twice = by_nip[DEMO_PROBLEMS[1][0]]
    assert len(bagan.kartu_pegawai[twice.id]) == 2  # PPK ganda: shown in both groups
    under_jf = by_nip[DEMO_PROBLEMS[5][0]]
    [(node_id, _k)] = bagan.kartu_pegawai[under_jf.id]
    jabatan_node = bagan.nodes[bagan.nodes[node_id].induk]
    assert jabatan_node.jenis is JenisNode.JABATAN  # a PPK position that leads no unit


def test_a_jf_leading_a_unit_is_drawn_once_as_its_leader_with_own_jabatan_noted(demo, bagan):
    kapus = next(n for n in bagan.nodes.values() if n.judul == "UPTD Puskesmas Sukamaju")
    holder = demo.pegawai_by_id[kapus.kartu.pegawai_id]
    assert holder.jabatan.kategori is Kategori.FUNGSIONAL
    assert bagan.kartu_pegawai[holder.id] == ((kapus.id, kapus.kartu),)  # not in a group too
    assert kapus.kartu.catatan == holder.jabatan.nama
    assert bagan.kartu_ppk(kapus.kartu) is not None  # their PPK is known from the card


def test_each_pegawai_is_on_one_card_except_a_ppk_ganda_or_a_second_seat(demo, bagan):
    twice = {p.id for p in demo.pegawai if p.nip == DEMO_PROBLEMS[1][0]}
    seats = {}
    for pos in demo.positions:  # a Plt. is shown on each seat held
        seats[pos.pemangku_id] = seats.get(pos.pemangku_id, 0) + 1
    assert max(seats.values()) == 2  # the demo's Sekretaris is also Plt. of a Bidang
    for pid, places in bagan.kartu_pegawai.items():
        expected = 2 if pid in twice else seats.get(pid, 1)
        assert len(places) == expected, demo.pegawai_by_id[pid].nama
    for node in bagan.nodes.values():
        if node.jenis is JenisNode.KELOMPOK:
            assert all(k.kelas in (KelasJabatan.JF_KEAHLIAN, KelasJabatan.JF_KETERAMPILAN,
                                   KelasJabatan.PELAKSANA) for k in node.semua_kartu)


def test_as_of_date_follows_the_effective_dates(demo):
    fajar = _pegawai(demo, "Fajar Nugroho")

    def group_of(tanggal):
        b = build_bagan(demo, tanggal)
        [(node_id, _k)] = b.kartu_pegawai[fajar.id]
        return b.nodes[b.nodes[node_id].induk].judul

    assert group_of(dt.date(2023, 6, 1)) == "Bidang Pencegahan dan Pengendalian Penyakit"
    assert group_of(TODAY) == "Bidang Kesehatan Masyarakat"
    b = build_bagan(demo, dt.date(2024, 1, 1))  # between the two kedudukan: no PPK that day
    [(node_id, _k)] = b.kartu_pegawai[fajar.id]
    assert b.nodes[node_id].tanpa_ppk


def test_search_by_name_nip_and_jabatan(demo, bagan):
    fajar = _pegawai(demo, "Fajar Nugroho")
    hits = bagan.cari("fajar nugroho")
    assert [key for _n, key in hits] == [k.key for _n, k in bagan.kartu_pegawai[fajar.id]]
    assert bagan.cari(fajar.nip) == hits  # NIP without spaces
    assert bagan.cari(fajar.nip_tampil) == hits  # and as printed
    perawat = bagan.cari("perawat ahli muda")
    assert perawat and all(bagan.nodes[n].jenis is JenisNode.KELOMPOK for n, _k in perawat)
    assert bagan.cari("kepala bidang")  # leader cards carry the position's name
    assert bagan.cari("   ") == []
    assert bagan.cari("tidak ada nama seperti ini") == []


def test_findings_are_placed_on_cards_and_on_the_unit_concerned(demo, bagan):
    findings = periksa(demo, get_profile("generic"), TODAY)
    temuan = petakan_temuan(bagan, findings)
    for f in findings:
        if f.pegawai_id in bagan.kartu_pegawai:
            for _n, kartu in bagan.kartu_pegawai[f.pegawai_id]:
                assert f in temuan.per_kartu[kartu.key]
    vacant = next(n for n in bagan.nodes.values()
                  if n.judul == "Subbagian Perencanaan dan Pelaporan")
    assert any(f.kode == "PPK_KOSONG" for f in temuan.per_node[vacant.id])
    assert set(temuan.lokasi) == set(range(len(findings)))
    assert all(node_id in bagan.nodes for node_id in temuan.lokasi.values())


@pytest.mark.parametrize(("kategori", "jenjang", "kelas"), [
    (Kategori.JPT_MADYA, None, KelasJabatan.JPT),
    (Kategori.JPT_PRATAMA, None, KelasJabatan.JPT),
    (Kategori.ADMINISTRATOR, None, KelasJabatan.ADMINISTRATOR),
    (Kategori.PENGAWAS, None, KelasJabatan.PENGAWAS),
    (Kategori.FUNGSIONAL, Jenjang.AHLI_MUDA, KelasJabatan.JF_KEAHLIAN),
    (Kategori.FUNGSIONAL, Jenjang.MAHIR, KelasJabatan.JF_KETERAMPILAN),
    (Kategori.FUNGSIONAL, None, KelasJabatan.JF_KEAHLIAN),
    (Kategori.PELAKSANA, None, KelasJabatan.PELAKSANA),
])
def test_colour_class_of_each_kind_of_jabatan(kategori, jenjang, kelas):
    assert kelas_jabatan(kategori, Jabatan("X", kategori, jenjang)) is kelas
