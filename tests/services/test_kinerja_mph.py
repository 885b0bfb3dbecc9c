"""Matriks Peran Hasil (PermenPANRB 6/2022, domain_conventions §4.4) of the demo agency: the
columns are the leader's IKI (top-level indicators), a cascaded indicator counts under its
root; ketua/anggota of the team serving an IKI, the penanggung jawab of a cascaded one and an
individual assignment get their peran hasil; a pending or refused member, a draft team and a
team of another year never count; a team linked to no indicator is kept apart."""

from __future__ import annotations

import datetime as dt

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.tim_mapping import load_tims
from sistemkerja_desktop.domain import mph as dm
from sistemkerja_desktop.domain.tim import Persetujuan, StatusTim

YULIANA = "199103032017122909"  # ketua, stunting team (IK.1.1 → IKU.1)
FAJAR = "198708182013121910"  # anggota stunting team + penanggung jawab of IK.1.2
MAYA = "198808302014032921"  # UPTD Sukamaju: anggota of the P2P team (lintas unit) and akreditasi
KADIS = "197103141999031901"
ANDI_NURUL = "198906212014032936"  # penanggung jawab of IK.2.1


def _row(m, nip):
    return next((b for b in m.baris if b.nip == nip), None)


def _tim_id(svc, prefix):
    return next(t.id for t in svc.teams.teams() if t.nama.startswith(prefix))


def test_columns_are_top_level_iki_and_cells_per_role(demo_services):
    m = demo_services.kinerja.mph()
    assert m.tahun == 2026 and m.judul_unit == "Dinas Kesehatan Kabupaten Contoh"
    assert [k.kode for k in m.kolom] == ["IKU.1", "IKU.2", "IKU.3", "IKU.4"]
    yul = _row(m, YULIANA)
    assert yul.peran == "Ketua Tim"
    assert yul.sel[0] == ("Ketua Tim Kerja Percepatan Penurunan Stunting Tahun 2026: "
                          "Prevalensi stunting turun menjadi 14%")
    assert yul.sel[1:] == ("", "", "")
    fajar = _row(m, FAJAR)
    assert fajar.peran == "Anggota Tim, Mandiri"
    lines = fajar.sel[0].split("\n")
    assert lines[0].startswith("Anggota Tim Kerja Percepatan Penurunan Stunting")
    assert lines[1] == ("Persentase desa lokus yang melaksanakan kampanye perubahan perilaku "
                        "(target 80 %)")
    assert _row(m, ANDI_NURUL).peran == "Mandiri" and _row(m, ANDI_NURUL).sel[1]
    maya = _row(m, MAYA)
    assert maya.sel[1].startswith("Anggota Tim Kerja Surveilans") and maya.sel[2]
    assert _row(m, KADIS) is None  # his IKI are the columns
    assert KADIS not in {b.nip for b in m.tanpa_peran}
    assert len(m.tanpa_peran) > 100 and not m.ada_lainnya
    assert [b.no for b in m.baris] == list(range(1, len(m.baris) + 1))


def test_team_matrix_columns_are_the_ketua_hasil_kerja(demo_services):
    m = demo_services.kinerja.mph()
    t = next(x for x in m.tim if x.nama.startswith("Tim Kerja Percepatan"))
    assert t.ketua.startswith("Yuliana Safitri, S.Gz. (NIP 19910303 201712 2 909")
    assert len(t.kolom) == 4 and t.kolom[0].startswith("mengoordinasikan intervensi gizi")
    assert YULIANA not in {b.nip for b in t.baris}  # the ketua's results are the columns
    sek = t.baris[0]
    assert sek.nama.startswith("Siti Nurhaliza") and sek.sel == ("Sekretaris",) * 4
    assert {b.sel[0] for b in t.baris[1:]} == {"Anggota"}
    assert len(m.tim) == 4


def test_pending_or_refused_member_and_draft_team_do_not_count(demo_services):
    svc = demo_services
    p2p = _tim_id(svc, "Tim Kerja Surveilans")
    maya = svc.teams.pegawai_by_nip(MAYA).id
    svc.teams.set_persetujuan(p2p, maya, Persetujuan.MENUNGGU, "")
    m = svc.kinerja.mph()
    assert _row(m, MAYA).sel[1] == "" and _row(m, MAYA).sel[2]  # still in akreditasi
    team = next(t for t in m.tim if t.tim_id == p2p)
    assert MAYA not in {b.nip for b in team.baris}
    svc.teams.set_persetujuan(p2p, maya, Persetujuan.DITOLAK, "beban kerja penuh")
    assert _row(svc.kinerja.mph(), MAYA).sel[1] == ""
    stunting = _tim_id(svc, "Tim Kerja Percepatan")
    svc.teams.set_status(stunting, StatusTim.DRAF)
    m = svc.kinerja.mph()
    assert _row(m, YULIANA) is None and stunting not in {t.tim_id for t in m.tim}
    assert _row(m, FAJAR).peran == "Mandiri"  # the cascaded indicator remains


def test_unlinked_team_kept_apart_and_other_year_empty(demo_services):
    svc = demo_services
    akr = _tim_id(svc, "Kelompok Kerja Akreditasi")
    svc.kinerja.tautkan(None, tim_id=akr)
    m = svc.kinerja.mph()
    assert m.ada_lainnya
    intan = _row(m, "198702012015032919")
    assert intan.sel == ("", "", "", "") and intan.lainnya.startswith(
        "Ketua Kelompok Kerja Akreditasi")
    other = svc.kinerja.mph(2025)
    assert other.kolom == () and other.baris == () and other.tim == ()


def test_individual_assignment_and_cascade_pure(demo_services):
    with demo_services.ctx.reading() as s:
        struktur = load_struktur(s)
        tims = load_tims(s)
    pid = {p.nip: p.id for p in struktur.pegawai}
    ind = [dm.Indikator(1, "IKU A", position_id=1, urut=1),
           dm.Indikator(2, "IK A.1", induk_id=1, position_id=7, urut=2),  # owner: Kabid P2P
           dm.Indikator(3, "IK A.1.1", induk_id=2, penanggung_jawab_id=pid[MAYA], urut=3,
                        target="12", satuan="kali"),
           dm.Indikator(4, "IKU B", urut=4)]
    pen = [dm.Penugasan(7, (pid[KADIS], pid[FAJAR]), "Verifikasi data (target: 12 desa)",
                        dt.date(2026, 3, 1), dt.date(2026, 6, 30))]
    m = dm.bangun(struktur, ind, dm.tim_tahun(tims, 2027), pen, {}, {7: 4})
    assert m.kolom == (1, 4) and m.tim == ()  # no team runs in 2027
    by = {b.pegawai_id: b for b in m.baris}
    assert by[pid[MAYA]].sel == ("IK A.1.1 (target 12 kali)", "")
    assert by[pid[MAYA]].peran == ("Mandiri",)
    rahmat = pid["197605122002121933"]  # holds the Kabid P2P position (owner of IK A.1)
    assert by[rahmat].peran == ("Pemilik Kinerja",) and by[rahmat].sel[0] == "IK A.1"
    assert by[pid[FAJAR]].sel[1] == "Penugasan #7: Verifikasi data (target: 12 desa)"
    assert dm.akar(ind) == {1: 1, 2: 1, 3: 1, 4: 4}
    # an induk cycle written outside the service never loops
    assert dm.akar([dm.Indikator(1, "a", induk_id=2), dm.Indikator(2, "b", induk_id=1)])
