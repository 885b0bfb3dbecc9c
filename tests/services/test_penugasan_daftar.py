"""The register (`daftar`), the *Perlu tindakan* inbox and a request's chain to come (issue #10),
on four requests of the Kapuas Hulu test agency:

    a  penunjukan lintas unit   16 Feb  waits for Kepala Bidang Pelayanan (step 1)
    b  penunjukan lintas instansi keluar  1 Mar  step 1 done, waits for the other instansi's
       answer, recorded by the pemohon (Kepala Bidang Pelayanan)
    c  penunjukan dalam unit    10 Mar  approved 12 Mar
    d  sukarela lintas unit      1 Apr  waits for the target PUO (Kepala Bidang Pelayanan)
"""

from __future__ import annotations

import datetime as dt

import pytest
from dokumen_uji import NAMA, NIP
from penugasan_layanan_uji import INSTANSI, ISI, LUAR_1, agensi, jalan, lintas_unit

from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.nip import format_nip
from sistemkerja_desktop.domain.profiles.base import Peran

HARI = dt.date(2026, 11, 27)


@pytest.fixture
def empat(services):
    agensi(services, tim=False)
    a, _ = lintas_unit(services, tanggal=dt.date(2026, 2, 16))
    b, _ = services.penugasan.ajukan(
        jenis="penunjukan", lingkup="lintas-instansi", pegawai_nip=[LUAR_1],
        oleh_nip=NIP["kabid_pel"], instansi=INSTANSI, tanggal=dt.date(2026, 3, 1), **ISI)
    jalan(services, b.id, sampai=2, tanggal=dt.date(2026, 3, 2))
    c, _ = services.penugasan.ajukan(
        jenis="penunjukan", lingkup="dalam-unit", pegawai_nip=[NIP["tolak"]],
        oleh_nip=NIP["kabid_prog"], tanggal=dt.date(2026, 3, 10), **ISI)
    services.penugasan.setujui(c.id, oleh_nip=NIP["kabid_prog"], tanggal=dt.date(2026, 3, 12))
    d, _ = services.penugasan.ajukan(
        jenis="sukarela", lingkup="lintas-unit", pegawai_nip=[NIP["setuju"]],
        oleh_nip=NIP["setuju"], unit_tujuan="Bidang Pelayanan", tanggal=dt.date(2026, 4, 1),
        **ISI)
    return services, a.id, b.id, c.id, d.id


def _ids(rows):
    return [r.id for r in rows]


def test_register_filters(empat):
    services, a, b, c, d = empat
    daftar = services.penugasan.daftar
    assert _ids(daftar()) == [d, c, b, a]  # newest first
    assert _ids(daftar(status="menunggu")) == [d, b, a]
    assert _ids(daftar(status="disetujui")) == [c]
    assert _ids(daftar(jenis="sukarela")) == [d]
    assert _ids(daftar(lingkup="lintas-instansi")) == [b]
    assert _ids(daftar(lingkup="dalam_unit")) == [c]
    assert _ids(daftar(arah="keluar")) == [b] and _ids(daftar(arah="dalam")) == [d, c, a]
    assert _ids(daftar(status="menunggu", jenis="penunjukan", arah="dalam")) == [a]
    assert daftar(status="ditolak") == []
    with pytest.raises(ValidationError) as err:
        daftar(status="selesai")
    assert err.value.field == "status" and "menunggu" in err.value.message


def test_register_search_by_name_nip_and_age(empat):
    services, a, b, c, d = empat
    daftar = services.penugasan.daftar
    assert _ids(daftar(teks="mira")) == [a]
    assert _ids(daftar(teks=NIP["tolak"])) == [c]
    assert _ids(daftar(teks=format_nip(NIP["tolak"]))) == [c]  # typed with spaces
    assert _ids(daftar(teks="provinsi kalimantan")) == [b]
    assert _ids(daftar(teks="zzz")) == []
    rows = {r.id: r for r in daftar(tanggal=HARI)}
    # open requests age until the day asked; a closed one until its last decision
    assert {k: rows[k].umur_hari for k in (a, b, c, d)} == {a: 284, b: 271, c: 2, d: 240}
    assert _ids(daftar(umur_min=250, tanggal=HARI)) == [b, a]
    r = rows[c]
    assert (r.pegawai, r.pegawai_nama, r.oleh_nip, r.unit_pemohon, r.tujuan) == (
        (NIP["tolak"],), NAMA["tolak"], NIP["kabid_prog"], "Bidang Program", "")
    assert r.as_json()["menunggu"] is None
    js = rows[a].as_json()
    assert {k: js[k] for k in ("id", "jenis", "lingkup", "status", "pegawai", "umur_hari")} == {
        "id": a, "jenis": "penunjukan", "lingkup": "lintas-unit", "status": "menunggu",
        "pegawai": [NIP["menunggu"]], "umur_hari": 284}
    assert {k: js["menunggu"][k] for k in ("peran", "nip", "jabatan")} == {
        "peran": Peran.PUO_PEMILIK_KINERJA.value, "nip": NIP["kabid_pel"],
        "jabatan": "Kepala Bidang Pelayanan"}


def test_inbox_is_what_waits_for_that_person_oldest_first(empat):
    services, a, b, c, d = empat
    on = dt.date(2026, 4, 11)
    inbox = services.penugasan.perlu_tindakan(NIP["kabid_pel"], tanggal=on)
    assert _ids(inbox) == [a, b, d]
    assert [r.umur_hari for r in inbox] == [54, 41, 10]
    assert services.penugasan.jumlah_perlu_tindakan(NIP["kabid_pel"]) == 3
    assert _ids(services.penugasan.daftar(untuk_nip=NIP["kabid_pel"], tanggal=on)) == [a, b, d]
    # b waits for the other instansi's answer, which the pemohon records from its letter
    theirs = inbox[1].menunggu
    assert (theirs.pihak, theirs.nip, theirs.pencatat_nip) == ("mereka", "", NIP["kabid_pel"])
    assert services.penugasan.perlu_tindakan(NIP["kabid_prog"]) == []
    assert services.penugasan.jumlah_perlu_tindakan(NIP["kabid_prog"]) == 0
    services.penugasan.setujui(a, oleh_nip=NIP["kabid_pel"])
    assert _ids(services.penugasan.perlu_tindakan(NIP["kabid_pel"])) == [b, d]
    assert _ids(services.penugasan.perlu_tindakan(NIP["kabid_prog"])) == [a]
    assert _ids(services.penugasan.daftar(untuk_nip=NIP["kabid_prog"], teks="zzz")) == []
    with pytest.raises(NotFoundError):
        services.penugasan.perlu_tindakan("199912312020121999")


def test_riwayat_includes_the_steps_still_to_come(empat):
    services, a, *_ = empat
    steps = services.penugasan.riwayat(a)
    assert [x.urut for x in steps] == [1, 2, 3]
    assert [x.keputusan for x in steps] == ["menunggu"] * 3
    assert [x.sekarang for x in steps] == [True, False, False]
    assert set(steps[0].as_json()) >= {"urut", "peran", "nip", "jabatan", "keputusan", "tanggal",
                                       "catatan"}
    services.penugasan.setujui(a, oleh_nip=NIP["kabid_pel"], catatan="mohon dibantu",
                               nomor_surat="800/5/BP/2026", tanggal=dt.date(2026, 2, 17))
    steps = services.penugasan.riwayat(a)
    assert [(x.keputusan, x.tanggal) for x in steps] == [
        ("setuju", dt.date(2026, 2, 17)), ("menunggu", None), ("menunggu", None)]
    assert (steps[0].catatan, steps[0].surat_nomor, steps[0].surat_tanggal) == (
        "mohon dibantu", "800/5/BP/2026", dt.date(2026, 2, 17))
    assert [x.sekarang for x in steps] == [False, True, False]
    assert steps[2].nip == NIP["kabid_prog"] and steps[2].surat == "surat-penugasan"


def test_preview_shows_who_will_act_and_saves_nothing(empat):
    services, *_ = empat
    before = len(services.penugasan.daftar())
    steps = services.penugasan.pratinjau(
        jenis="penunjukan", lingkup="lintas-unit", pegawai_nip=[NIP["menunggu"]],
        oleh_nip=NIP["kabid_pel"], unit_tujuan="Bidang Program")
    assert [(x.peran, x.nip) for x in steps] == [
        (Peran.PUO_PEMILIK_KINERJA.value, NIP["kabid_pel"]),
        (Peran.PUO_PEGAWAI.value, NIP["kabid_prog"]), (Peran.PPK_PEGAWAI.value, NIP["kabid_prog"])]
    assert len(services.penugasan.daftar()) == before


CASES = [dict(), dict(status="menunggu"), dict(status="disetujui"), dict(jenis="sukarela"),
         dict(lingkup="lintas-instansi"), dict(arah="dalam"), dict(teks="mira"),
         dict(teks=NIP["tolak"]), dict(teks="bidang"), dict(umur_min=250),
         dict(untuk_nip=NIP["kabid_pel"]), dict(status="menunggu", teks="pelayanan"),
         dict(untuk_nip=NIP["kabid_pel"], umur_min=260, teks="kalimantan")]


@pytest.mark.parametrize("kw", CASES, ids=lambda kw: ",".join(f"{k}={v}" for k, v in kw.items())
                         or "semua")
def test_the_register_kept_in_memory_filters_as_the_file_does(empat, kw):
    """The register kept in memory gives what reading the file with the filters gives."""
    from sistemkerja_desktop.services.penugasan_rows import ringkas_rows

    services, *_ = empat
    services.penugasan.daftar(tanggal=HARI)  # the whole register, kept
    assert services.penugasan._register is not None
    filters = {k: kw[k] for k in ("status", "jenis", "lingkup", "arah") if k in kw}
    if "untuk_nip" in kw:
        filters.update(status="menunggu",
                       pencatat_id=services.teams.pegawai_by_nip(kw["untuk_nip"]).id)
    with services.ctx.reading() as s:
        dari_berkas = ringkas_rows(s, filters, HARI, oldest_first="untuk_nip" in kw,
                                   teks=kw.get("teks", ""), umur_min=kw.get("umur_min"))
    dari_memori = services.penugasan.daftar(tanggal=HARI, **kw)
    assert dari_memori == dari_berkas and (dari_memori or kw)


def test_the_register_in_memory_follows_every_write_of_any_window(empat, tmp_path):
    from sistemkerja_desktop.services.container import build_services

    services, a, b, c, d = empat
    before = services.penugasan.daftar()
    other = build_services(services.db_path, today=services.ctx.today)  # another window
    try:
        other.penugasan.setujui(a, oleh_nip=NIP["kabid_pel"])
        with other.ctx.session("mengganti nama") as s:
            from sqlalchemy import select

            from sistemkerja_desktop.db.models import PegawaiRow
            row = s.scalars(select(PegawaiRow).where(PegawaiRow.nip == NIP["menunggu"])).one()
            row.nama = "Mira Sudah Menikah"
    finally:
        other.close()
    after = {r.id: r for r in services.penugasan.daftar()}
    assert after[a].menunggu.nip == NIP["kabid_prog"] and after[a].versi > before[-1].versi
    assert after[a].pegawai_nama == "Mira Sudah Menikah"
    assert _ids(services.penugasan.perlu_tindakan(NIP["kabid_prog"])) == [a]
    assert _ids(services.penugasan.daftar(tanggal=dt.date(2026, 4, 11), umur_min=50)) == [a]
