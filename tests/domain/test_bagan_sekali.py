"""Each person appears once on the chart: officials assessed by their superior are drawn only
as the head of their unit; wrong data stays visible as a finding on its card."""

from struktur_uji import TANGGAL

from sistemkerja_desktop.domain.bagan import (
    JUDUL_KELOMPOK,
    build_bagan,
    petakan_temuan,
)
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori


def _holder(b, position_id):
    return next(p.pemangku_id for p in b.positions if p.id == position_id)


def test_officials_assessed_by_their_superior_are_drawn_only_as_unit_heads(b, dinas):
    kabid, kasi = _holder(b, dinas.kabid), _holder(b, dinas.kasi)
    b.ppk(kabid, dinas.kadis)  # Kepala Bidang assessed by the Kepala Dinas
    b.ppk(kasi, dinas.kabid)
    analis = b.jf("Analis Satu", Jenjang.AHLI_MUDA, dinas.dinas)
    staf = b.pelaksana("Staf Satu", dinas.dinas)
    b.ppk(analis, dinas.kadis)
    b.ppk(staf, dinas.kadis)
    bagan = build_bagan(b.build(), TANGGAL)

    assert bagan.kartu_pegawai[kabid] == ((f"u{dinas.bidang}", bagan.nodes[f"u{dinas.bidang}"]
                                           .kartu),)
    assert len(bagan.kartu_pegawai[kasi]) == 1
    group = bagan.nodes[f"k{dinas.kadis}"]
    assert group.judul == JUDUL_KELOMPOK == "Kelompok JF dan Pelaksana"
    assert {k.pegawai_id for k in group.semua_kartu} == {analis, staf}
    assert f"k{dinas.kabid}" not in bagan.nodes  # the Kepala Seksi is not a member
    # the leader card still says who assesses them
    kabid_card = bagan.nodes[f"u{dinas.bidang}"].kartu
    assert kabid_card.ppk_position_id == dinas.kadis
    assert bagan.kartu_ppk(kabid_card).pegawai_id == _holder(b, dinas.kadis)
    assert bagan.kartu_ppk(bagan.nodes[f"u{dinas.dinas}"].kartu) is None  # the top: no PPK
    assert bagan.temuan == ()


def test_a_structural_official_without_a_position_stays_visible_with_a_finding(b, dinas):
    lost = b.orang("Pejabat Lepas", Jabatan("Kepala Subbagian", Kategori.PENGAWAS), dinas.dinas,
                   golongan="III/d")
    b.ppk(lost, dinas.kadis)
    bagan = build_bagan(b.build(), TANGGAL)
    [(node_id, kartu)] = bagan.kartu_pegawai[lost]
    assert node_id == f"k{dinas.kadis}" and not kartu.dapat_dipindah
    [finding] = bagan.temuan
    assert finding.kode == "BAGAN_STRUKTURAL_DALAM_KELOMPOK"
    assert finding.tingkat is Tingkat.PERINGATAN and finding.pegawai_id == lost
    temuan = petakan_temuan(bagan, bagan.temuan)
    assert temuan.per_kartu[kartu.key] == (finding,)  # a badge on the card
    assert temuan.per_node[f"u{dinas.dinas}"] == (finding,)


def test_a_pelaksana_holding_a_ppk_position_is_drawn_once_with_a_finding(b, dinas):
    staf = b.pelaksana("Staf Penilai", dinas.bidang)
    pos = b.posisi("Koordinator Layanan", Kategori.PELAKSANA, dinas.bidang, pemangku=staf,
                   pimpinan=False)
    b.ppk(staf, dinas.kabid)  # the Pelaksana also has a PPK of their own
    anak = b.pelaksana("Staf Dinilai", dinas.bidang)
    b.ppk(anak, pos)
    bagan = build_bagan(b.build(), TANGGAL)
    [(node_id, kartu)] = bagan.kartu_pegawai[staf]  # once: as the position's holder
    assert node_id == f"j{pos}" and kartu.key == f"p{pos}"
    [finding] = bagan.temuan
    assert finding.kode == "BAGAN_PPK_PELAKSANA" and finding.tingkat is Tingkat.GALAT
    assert petakan_temuan(bagan, bagan.temuan).per_kartu[kartu.key] == (finding,)
    assert [k.pegawai_id for k in bagan.nodes[f"k{pos}"].semua_kartu] == [anak]
