"""`domain.pola_unit`: a unit's pattern is that of its NEAREST unit kerja (Pasuruan Lampiran BAB II
huruf D pola 7 vs 8; Pekalongan Lampiran III Tabel 3.8–3.15; Barito Timur Lampiran I angka 3)."""

from __future__ import annotations

from struktur_uji import TANGGAL, Builder

from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit, Unit
from sistemkerja_desktop.domain.periksa import periksa
from sistemkerja_desktop.domain.pola_unit import (
    Lingkungan,
    PetaUnit,
    UnitKerja,
    nama_jabatan_cocok,
)
from sistemkerja_desktop.domain.profiles import get_profile


def test_kelurahan_under_its_kecamatan_is_a_kelurahan_pasuruan_pola_8(b: Builder) -> None:
    kec = b.unit("Kecamatan Bangil", JenisUnit.KECAMATAN)
    camat = b.pejabat("Camat", "Camat Bangil", Kategori.ADMINISTRATOR, kec)
    seksi_kec = b.unit("Seksi Pemerintahan", JenisUnit.SEKSI, kec)
    kel = b.unit("Kelurahan Kidul", JenisUnit.KELURAHAN, kec)
    lurah = b.pejabat("Lurah", "Lurah Kidul", Kategori.PENGAWAS, kel)
    seksi_kel = b.unit("Seksi Ketertiban", JenisUnit.SEKSI, kel)
    peta = PetaUnit(b.build())
    assert peta.lingkungan(seksi_kec) == Lingkungan(JenisUnit.KECAMATAN, "", kec,
                                                    Kategori.ADMINISTRATOR)
    assert peta.lingkungan(kec).jenis is JenisUnit.KECAMATAN
    for unit in (kel, seksi_kel):
        assert peta.lingkungan(unit) == Lingkungan(JenisUnit.KELURAHAN, "", kel,
                                                   Kategori.PENGAWAS)
    pos = {p.id: p for p in b.positions}
    assert peta.lingkungan(seksi_kel).dipimpin_oleh(pos[lurah])
    assert not peta.lingkungan(seksi_kel).dipimpin_oleh(pos[camat])


def test_type_comes_from_the_unit_or_its_name_and_reaches_its_bidang(b: Builder) -> None:
    dinas = b.unit("Dinas Kesehatan", JenisUnit.PIMPINAN)
    rs_c = b.unit("RSUD Tamiang Layang", JenisUnit.RSUD, dinas, tipe="C")
    bidang = b.unit("Bidang Pelayanan", JenisUnit.BIDANG, rs_c)
    rs_b = b.unit("Rumah Sakit Umum Daerah dr. Soetomo Kelas B", JenisUnit.RSUD, dinas)
    uptd = b.unit("UPTD Laboratorium", JenisUnit.UPTD, dinas)
    peta = PetaUnit(b.build())
    assert peta.lingkungan(bidang).tipe == "C" and peta.lingkungan(bidang).unit_id == rs_c
    assert peta.lingkungan(rs_b).tipe == "B"
    assert peta.lingkungan(uptd) == Lingkungan(JenisUnit.UPTD, "", uptd, None)
    assert peta.lingkungan(dinas) == Lingkungan()  # the Dinas proper
    assert peta.lingkungan(None) == Lingkungan() and peta.lingkungan(999) == Lingkungan()


def test_a_pd_that_is_itself_an_rsud_is_its_unit_kerja(b: Builder) -> None:
    top = b.unit("RSUD Tamiang Layang", JenisUnit.PIMPINAN)
    direktur = b.pejabat("Dir", "Direktur", Kategori.ADMINISTRATOR, top)
    bidang = b.unit("Bidang Pelayanan", JenisUnit.BIDANG, top)
    s = b.build(nama_pd="RSUD Tamiang Layang Kelas C", jenis_pd="RSUD")
    lingk = PetaUnit(s).lingkungan(bidang)
    assert lingk == Lingkungan(JenisUnit.RSUD, "C", top, Kategori.ADMINISTRATOR)
    assert lingk.dipimpin_oleh(next(p for p in b.positions if p.id == direktur))
    assert not lingk.dipimpin_jpt
    # the name alone tells it when the jenis was left at its default
    assert PetaUnit(b.build(nama_pd="RSUD Bangil")).lingkungan(bidang).jenis is JenisUnit.RSUD
    assert PetaUnit(b.build(nama_pd="Dinas Kesehatan")).lingkungan(bidang) == Lingkungan()


def test_filled_head_position_is_preferred(b: Builder) -> None:
    rs = b.unit("RSUD Bangil", JenisUnit.RSUD)
    b.posisi("Direktur (lama)", Kategori.ADMINISTRATOR, rs)  # vacant
    b.pejabat("Dir", "Direktur", Kategori.JPT_PRATAMA, rs)
    assert PetaUnit(b.build()).lingkungan(rs).dipimpin_jpt


def test_unit_kerja_filter() -> None:
    rs_c = Lingkungan(JenisUnit.RSUD, "C", 1, Kategori.ADMINISTRATOR)
    assert UnitKerja(JenisUnit.RSUD).cocok(rs_c)
    assert UnitKerja(JenisUnit.RSUD, frozenset({"C"})).cocok(rs_c)
    assert not UnitKerja(JenisUnit.RSUD, frozenset({"D"})).cocok(rs_c)
    assert UnitKerja(JenisUnit.RSUD, dipimpin_jpt=False).cocok(rs_c)
    assert not UnitKerja(JenisUnit.RSUD, dipimpin_jpt=True).cocok(rs_c)
    assert not UnitKerja(JenisUnit.UPTD).cocok(rs_c)


def test_sekda_names() -> None:
    sekda = ("Sekretaris Daerah", "Sekda")
    for nama in ("Sekretaris Daerah", "Plt. Sekretaris Daerah Kabupaten Pasuruan", "SEKDA",
                 "Pj. Sekretaris  Daerah"):
        assert nama_jabatan_cocok(nama, sekda), nama
    for nama in ("Asisten Pemerintahan Sekretaris Daerah", "Sekretaris Dinas", "Sekdakab"):
        assert not nama_jabatan_cocok(nama, sekda), nama


def test_cyclic_or_deep_unit_chains_resolve_without_recursion(b: Builder) -> None:
    parent = b.unit("Kelurahan Dalam", JenisUnit.KELURAHAN)
    for i in range(3000):
        parent = b.unit(f"Unit {i}", JenisUnit.LAINNYA, parent)
    s = b.build()
    assert PetaUnit(s).lingkungan(parent).jenis is JenisUnit.KELURAHAN
    loop = b.build()
    loop = type(loop)(loop.pd, (Unit(1, "A", JenisUnit.BIDANG, parent_id=2),
                                Unit(2, "B", JenisUnit.BIDANG, parent_id=1)))
    assert PetaUnit(loop).lingkungan(1) == Lingkungan()


def test_periksa_resolves_each_unit_kerja_once_on_a_big_agency(b: Builder, monkeypatch) -> None:
    """O(n): 5,000 pegawai in 500 Kelurahan under 50 Kecamatan; each unit kerja is resolved once
    (Pasuruan pola 7 and 8: Lurah and Camat are PPK, no finding)."""
    calls: list[int] = []
    asli = PetaUnit._dari_unit
    monkeypatch.setattr(PetaUnit, "_dari_unit",
                        lambda self, unit: calls.append(unit.id) or asli(self, unit))
    for k in range(50):
        kec = b.unit(f"Kecamatan {k}", JenisUnit.KECAMATAN)
        b.pejabat(f"Camat {k}", "Camat", Kategori.ADMINISTRATOR, kec)
        for j in range(10):
            kel = b.unit(f"Kelurahan {k}-{j}", JenisUnit.KELURAHAN, kec)
            lurah = b.pejabat(f"Lurah {k}-{j}", "Lurah", Kategori.PENGAWAS, kel)
            seksi = b.unit(f"Seksi {k}-{j}", JenisUnit.SEKSI, kel)
            for i in range(10):
                if i % 2:
                    b.ppk(b.pelaksana(f"P {k}-{j}-{i}", seksi), lurah)
                else:
                    b.ppk(b.jf(f"J {k}-{j}-{i}", Jenjang.AHLI_PERTAMA, kel), lurah)
    s = b.build()
    assert len(s.pegawai) > 5000
    assert periksa(s, get_profile("pasuruan"), TANGGAL) == []
    assert len(calls) == len(set(calls)) <= 550
