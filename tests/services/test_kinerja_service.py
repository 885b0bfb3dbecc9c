"""Perjanjian Kinerja indicators (issue #11): add/change/delete per year with the cascade (same
year, no cycle), the penanggung jawab by NIP, the link of a team / individual assignment to the
indicator it serves; every write audited, a refused one names its field and saves nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from sistemkerja_desktop.db.models import AuditRow
from sistemkerja_desktop.db.models_laporan import DukunganRow, IndikatorRow
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError

FAJAR = "198708182013121910"  # Tenaga Promosi Kesehatan, member of the stunting team
PUTRI = "199602212019122924"


def _count(svc, model) -> int:
    with svc.ctx.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _audit(svc) -> list[tuple[str, str]]:
    with svc.ctx.reading() as s:
        return [(r.aksi, r.keterangan) for r in s.scalars(
            select(AuditRow).where(AuditRow.tabel == "indikator_kinerja").order_by(AuditRow.id))]


def test_demo_has_indicators_linked_to_every_demo_team(demo_services):
    k = demo_services.kinerja
    rows = k.daftar(2026)
    assert [r.kode for r in rows] == ["IKU.1", "IK.1.1", "IK.1.2", "IKU.2", "IK.2.1", "IKU.3",
                                      "IKU.4"]  # cascade order: each induk then its turunan
    assert [r.tingkat for r in rows] == [0, 1, 1, 0, 1, 0, 0]
    assert rows[0].pemilik == "Kepala Dinas Kesehatan"
    assert rows[2].penanggung_jawab_nip == FAJAR and rows[2].induk == rows[0].indikator
    for t in demo_services.teams.teams():
        info = k.indikator_tim(t.id)
        assert info is not None and (t.id, t.nama) in info.tim
    assert k.tahun_tersedia() == [2026]
    assert k.daftar(2025) == []


def test_tambah_defaults_owner_to_the_head_and_is_audited(demo_services):
    k = demo_services.kinerja
    info, changes = k.tambah(tahun=2027, indikator="  Angka   kematian ibu ", target="90",
                             satuan="per 100.000 KH", kode="IKU.9")
    assert changes.laporan
    assert info.indikator == "Angka kematian ibu" and info.urut == 1 and info.tahun == 2027
    assert info.pemilik == "Kepala Dinas Kesehatan" and info.pemilik_nama.startswith("dr. Hendra")
    child, _ = k.tambah(tahun=2027, indikator="Persalinan di fasilitas kesehatan",
                        induk_id=info.id, penanggung_jawab_nip="19960221 201912 2 924")
    assert child.urut == 2 and child.position_id is None and child.tingkat == 1
    assert child.penanggung_jawab_nip == PUTRI
    assert [a for a, _ in _audit(demo_services)][-2:] == ["tambah", "tambah"]
    assert k.tahun_tersedia() == [2026, 2027]


@pytest.mark.parametrize("kwargs, field", [
    ({"indikator": "  "}, "indikator"),
    ({"tahun": 1999}, "tahun"),
    ({"kode": "K" * 51}, "kode"),
    ({"penanggung_jawab_nip": "199999999999999999"}, "penanggung_jawab"),
    ({"penanggung_jawab_nip": "12ab"}, "penanggung_jawab"),
    ({"pemilik_position_id": 999}, "pemilik"),
    ({"induk_id": 999}, "induk"),
    ({"induk_id": 1, "tahun": 2027}, "induk"),  # the induk is of 2026
])
def test_tambah_refusals_name_the_field_and_save_nothing(demo_services, kwargs, field):
    before = _count(demo_services, IndikatorRow)
    args = {"tahun": 2026, "indikator": "Indikator uji", **kwargs}
    with pytest.raises(ValidationError) as err:
        demo_services.kinerja.tambah(**args)
    assert err.value.field == field
    assert "Tidak ada yang disimpan" in err.value.message
    assert _count(demo_services, IndikatorRow) == before


def test_ubah_fields_versi_and_cycle(demo_services):
    k = demo_services.kinerja
    iku1 = k.daftar(2026)[0]
    out, _ = k.ubah(iku1.id, versi=iku1.versi, target="13,5", sasaran="Gizi membaik")
    assert (out.target, out.sasaran, out.versi) == ("13,5", "Gizi membaik", iku1.versi + 1)
    with pytest.raises(ConflictError):
        k.ubah(iku1.id, versi=iku1.versi, target="12")
    assert k.detail(iku1.id).target == "13,5"
    child = k.daftar(2026)[1]  # IK.1.1, induk IKU.1
    with pytest.raises(ValidationError) as err:
        k.ubah(iku1.id, induk_id=child.id)  # IKU.1 under its own turunan
    assert err.value.field == "induk" and err.value.code == "siklus"
    with pytest.raises(ValidationError) as err:
        k.ubah(iku1.id, induk_id=iku1.id)
    assert err.value.code == "siklus"
    with pytest.raises(ValidationError) as err:
        k.ubah(iku1.id, tahun=2027)  # it has turunan of 2026
    assert err.value.field == "tahun"
    with pytest.raises(ValidationError) as err:
        k.ubah(child.id, tahun=2027)  # its induk is of 2026
    assert err.value.field == "tahun"
    moved, _ = k.ubah(child.id, tahun=2027, induk_id=None)
    assert (moved.tahun, moved.induk_id, moved.urut) == (2027, None, 1)
    pj = k.daftar(2026)[1]  # now IK.1.2 (Fajar)
    assert k.ubah(pj.id, penanggung_jawab_nip=None)[0].penanggung_jawab_nip == ""
    with pytest.raises(NotFoundError):
        k.ubah(9999, target="1")


def test_hapus_refused_with_turunan_then_removes_links(demo_services):
    k = demo_services.kinerja
    rows = k.daftar(2026)
    with pytest.raises(ValidationError) as err:
        k.hapus(rows[0].id)
    assert "#2" in err.value.message and "#3" in err.value.message
    links = _count(demo_services, DukunganRow)
    iku3 = next(r for r in rows if r.kode == "IKU.3")
    k.hapus(iku3.id)
    assert _count(demo_services, DukunganRow) == links - 1
    assert k.indikator_tim(iku3.tim[0][0]) is None
    assert ("hapus", f"menghapus indikator kinerja #{iku3.id}") in _audit(demo_services)


def test_tautkan_one_link_per_team_replace_and_remove(demo_services):
    k = demo_services.kinerja
    rows = {r.kode: r for r in k.daftar(2026)}
    tim = rows["IKU.3"].tim[0][0]
    k.tautkan(rows["IKU.2"].id, tim_id=tim)
    assert k.indikator_tim(tim).kode == "IKU.2"
    assert rows["IKU.3"].id not in {r.id for r in k.daftar(2026) if r.tim and
                                    tim in dict(r.tim)}
    k.tautkan(None, tim_id=tim)
    assert k.indikator_tim(tim) is None
    k.tautkan(None, tim_id=tim)  # nothing to remove: fine
    with pytest.raises(ValidationError) as err:
        k.tautkan(rows["IKU.2"].id)
    assert err.value.field == "tim"
    with pytest.raises(ValidationError):
        k.tautkan(rows["IKU.2"].id, tim_id=tim, permohonan_id=1)
    with pytest.raises(NotFoundError):
        k.tautkan(rows["IKU.2"].id, tim_id=999)
    with pytest.raises(NotFoundError):
        k.tautkan(rows["IKU.2"].id, permohonan_id=999)
    lain, _ = k.tambah(tahun=2030, indikator="Indikator tahun lain")
    with pytest.raises(ValidationError) as err:
        k.tautkan(lain.id, tim_id=tim)  # the team runs in 2026
    assert err.value.field == "tim" and "2030" in err.value.message
    assert k.indikator_tim(tim) is None


def test_pilihan_pemilik_and_cari_pemilik(demo_services):
    k = demo_services.kinerja
    pilihan = k.pilihan_pemilik()
    assert pilihan[0][1].startswith("Kepala Dinas Kesehatan — dr. Hendra")
    assert any(label.endswith("(kosong)") for _, label in pilihan)
    assert k.cari_pemilik("kepala dinas kesehatan") == pilihan[0][0]
    assert k.cari_pemilik(str(pilihan[1][0])) == pilihan[1][0]
    with pytest.raises(ValidationError) as err:
        k.cari_pemilik("Kepala Entah")
    assert err.value.field == "pemilik"
