"""Issue #11: the report tracker's rules through LaporanService — lateness at a given date, the
wrong actor refused naming who may act, returns need a note and restart the chain, ad-hoc
requests per profile, closing by the profile's official only, audit rows, one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from laporan_uji import ISI, MASALAH, NIP, audit, bangun, hitung, jalan

from sistemkerja_desktop.db.models_laporan import (
    LampiranLaporanRow,
    LaporanRow,
    PenutupanRow,
    RiwayatLaporanRow,
)
from sistemkerja_desktop.domain.errors import PermissionDenied, ValidationError
from sistemkerja_desktop.services import laporan_tulis

D = dt.date
MARET_2 = D(2026, 3, 2)


def _kirim(services, ag, periode=1, tanggal=MARET_2, **kw):
    args = dict(periode=periode, oleh_nip=NIP["ketua"], isi=ISI, tanggal=tanggal)
    args.update(kw)
    return services.laporan.simpan(ag.tim_id, **args)[0]


def _row(services, **match):
    rows = services.laporan.daftar(tanggal=match.pop("tanggal"), tim_id=match.pop("tim_id"))
    return next(r for r in rows if all(getattr(r, k) == v for k, v in match.items()))


def test_lateness_is_evaluated_at_the_given_date(services):
    ag = bangun(services)
    # Februari 2026 is due Friday 2026-03-06: on time on the day, late after it
    feb = dict(tim_id=ag.tim_id, jenis="ketua", periode="Februari 2026")
    r = _row(services, tanggal=D(2026, 3, 6), **feb)
    assert (r.id, r.status, r.terlambat, r.hari_terlambat) == (None, "belum", False, 0)
    r = _row(services, tanggal=D(2026, 3, 16), **feb)
    assert (r.terlambat, r.hari_terlambat) == (True, 10)
    assert r.as_json()["menunggu"] is None and r.as_json()["id"] is None
    sent = _kirim(services, ag, tanggal=D(2026, 3, 9))  # three days late
    r = _row(services, tanggal=D(2026, 5, 1), **feb)
    assert (r.id, r.status, r.terlambat, r.hari_terlambat) == (sent.id, "dikirim", True, 3)
    assert r.as_json()["menunggu"] == {"peran": "Pimpinan Unit Organisasi pemilik kinerja",
                                       "nip": NIP["kabid_pel"], "nama": "Pejabat Pelayanan",
                                       "jabatan": "Kepala Bidang Pelayanan"}
    # periods not begun by the date are not owed yet
    assert {x.periode for x in services.laporan.daftar(tanggal=D(2026, 3, 16),
                                                       tim_id=ag.tim_id, jenis="ketua")} == {
        "Februari 2026", "Maret 2026"}
    late = services.laporan.daftar(tanggal=D(2026, 4, 20), status="terlambat")
    assert {(x.periode, x.jenis) for x in late} >= {("Februari 2026", "ketua"),
                                                     ("Maret 2026", "ketua")}
    with pytest.raises(ValidationError):
        services.laporan.daftar(status="hilang")


def test_the_wrong_actor_is_refused_naming_who_may_act(services):
    ag = bangun(services, "pekalongan")
    r = _kirim(services, ag, periode="Triwulan I 2026", tanggal=D(2026, 4, 1))
    with pytest.raises(PermissionDenied) as err:
        services.laporan.tinjau(r.id, oleh_nip=NIP["kadis"], terima=True, tanggal=D(2026, 4, 2))
    msg = str(err.value)
    assert "Pimpinan Unit Kerja" in msg and "Sari Seksi" in msg and NIP["kasi"] in msg
    assert "Pasal 25" in msg and "Hendra Wijaya" in msg
    assert services.laporan.detail(r.id).ringkas.menunggu.nip == NIP["kasi"]  # unchanged
    with pytest.raises(PermissionDenied) as err:  # not ketua nor member
        services.laporan.simpan(ag.tim_id, periode=2, oleh_nip=NIP["kabid_prog"], isi=ISI,
                                tanggal=D(2026, 7, 1))
    assert "Kurniawati" in str(err.value)
    with pytest.raises(PermissionDenied):  # someone else's individual assignment
        services.laporan.simpan(permohonan_id=ag.permohonan_id, periode=1,
                                oleh_nip=NIP["anggota"], isi=ISI, tanggal=D(2026, 4, 1))


def test_return_needs_a_note_and_resending_restarts_the_chain(services):
    ag = bangun(services, "pekalongan")
    r = _kirim(services, ag, periode="Triwulan I 2026", tanggal=D(2026, 4, 1))
    r, _ = services.laporan.tinjau(r.id, oleh_nip=NIP["kasi"], terima=True,
                                   tanggal=D(2026, 4, 2))
    assert r.menunggu.nip == NIP["kabid_pel"]
    with pytest.raises(ValidationError) as err:
        services.laporan.tinjau(r.id, oleh_nip=NIP["kabid_pel"], terima=False, catatan=" ",
                                tanggal=D(2026, 4, 3))
    assert err.value.field == "catatan" and "Pejabat Pelayanan" in str(err.value)
    r, _ = services.laporan.tinjau(r.id, oleh_nip=NIP["kabid_pel"], terima=False,
                                   catatan="Lampirkan daftar hadir", tanggal=D(2026, 4, 3))
    assert (r.status, r.menunggu) == ("perlu-perbaikan", None)
    tindakan = services.laporan.perlu_tindakan(NIP["ketua"], D(2026, 4, 3))
    assert [(t.jenis, t.laporan.id) for t in tindakan if t.laporan.id] == [("perbaikan", r.id)]
    with pytest.raises(PermissionDenied):  # only the author sends again
        services.laporan.simpan(laporan_id=r.id, oleh_nip=NIP["anggota"], isi=ISI,
                                tanggal=D(2026, 4, 4))
    again, _ = services.laporan.simpan(laporan_id=r.id, oleh_nip=NIP["ketua"],
                                       isi=dataclasses.replace(ISI, progres=45),
                                       tanggal=D(2026, 4, 6))
    assert again.status == "dikirim" and again.menunggu.nip == NIP["kasi"]  # from the start
    assert again.dikirim == D(2026, 4, 1) and again.progres == 45  # lateness from the first
    d = services.laporan.detail(r.id)
    assert d.catatan_terakhir == "Lampirkan daftar hadir"
    assert [x.aksi for x in d.riwayat] == ["kirim", "terima", "kembalikan", "kirim"]
    assert jalan(services, r.id, D(2026, 4, 8)) == ["Pimpinan Unit Kerja",
                                                    "Pimpinan Unit Organisasi pemilik kinerja"]


def test_sending_checks_content_period_and_state(services):
    ag = bangun(services)
    with pytest.raises(ValidationError) as err:
        _kirim(services, ag, isi=dataclasses.replace(MASALAH, rekomendasi=""))
    assert err.value.field == "isi" and "rekomendasi" in str(err.value)
    with pytest.raises(ValidationError):
        _kirim(services, ag, isi=dataclasses.replace(ISI, progres=120))
    with pytest.raises(ValidationError) as err:
        _kirim(services, ag, periode="Desember 2026")
    assert err.value.field == "periode" and "Februari 2026" in str(err.value)
    with pytest.raises(ValidationError) as err:
        _kirim(services, ag, periode="Mei 2026", tanggal=D(2026, 4, 30))
    assert "belum dimulai" in str(err.value)
    draf, _ = services.laporan.simpan(ag.tim_id, periode=1, oleh_nip=NIP["ketua"],
                                      isi=dataclasses.replace(ISI, narasi="sementara"),
                                      tanggal=D(2026, 2, 20), kirim=False)
    assert draf.status == "draf" and draf.menunggu is None
    sent = _kirim(services, ag)
    assert sent.id == draf.id and sent.status == "dikirim"
    with pytest.raises(ValidationError) as err:
        _kirim(services, ag)
    assert err.value.code == "sudah_dikirim"
    assert hitung(services, LaporanRow) == 1


def test_ad_hoc_requests_per_profile(services):
    ag = bangun(services, "bungo")
    batas = D(2026, 5, 8)
    r, _ = services.laporan.minta(ag.tim_id, oleh_nip=NIP["kabid_pel"], dari="ketua",
                                  batas=batas, tanggal=D(2026, 5, 1), catatan="untuk rapat")
    assert (r.periode, r.jatuh_tempo, r.status, r.diminta_oleh) == (
        "Permintaan sewaktu-waktu", batas, "belum", "Pimpinan Unit Organisasi")
    with pytest.raises(PermissionDenied) as err:  # Bungo: from the ketua only (Pasal 12(2))
        services.laporan.minta(ag.tim_id, oleh_nip=NIP["kabid_pel"], dari="anggota",
                               pelapor_nip=NIP["anggota"], batas=batas, tanggal=D(2026, 5, 1))
    assert "Ketua Tim Kerja" in str(err.value) and "Pasal 12" in str(err.value)
    with pytest.raises(PermissionDenied) as err:  # the Kepala Seksi is no PUO
        services.laporan.minta(ag.tim_id, oleh_nip=NIP["kasi"], dari="ketua", batas=batas,
                               tanggal=D(2026, 5, 1))
    assert "Pejabat Pelayanan" in str(err.value)
    sent, _ = services.laporan.simpan(laporan_id=r.id, oleh_nip=NIP["ketua"], isi=ISI,
                                      tanggal=D(2026, 5, 6))
    assert sent.menunggu.nip == NIP["kabid_pel"]  # back to the one who asked
    assert jalan(services, r.id, D(2026, 5, 7)) == ["Pimpinan Unit Organisasi"]


def test_pekalongan_the_pimpinan_unit_kerja_may_also_ask(services):
    ag = bangun(services, "pekalongan")
    # the Kepala Seksi heads Kurniawati's own unit (Seksi Rujukan); the PUO is the Kabid
    r, _ = services.laporan.minta(ag.tim_id, oleh_nip=NIP["kasi"], dari="ketua",
                                  batas=D(2026, 5, 8), tanggal=D(2026, 5, 1))
    assert r.diminta_oleh == "Pimpinan Unit Kerja" and r.pelapor_nip == NIP["ketua"]
    r, _ = services.laporan.minta(ag.tim_id, oleh_nip=NIP["kabid_pel"], dari="anggota",
                                  pelapor_nip=NIP["anggota"], batas=D(2026, 5, 8),
                                  tanggal=D(2026, 5, 1))  # PK: also from a member
    assert r.pelapor_nip == NIP["anggota"]
    with pytest.raises(PermissionDenied):
        services.laporan.minta(ag.tim_id, oleh_nip=NIP["kabid_prog"], dari="ketua",
                               batas=D(2026, 5, 8), tanggal=D(2026, 5, 1))


def test_kapuas_hulu_the_pimpinan_unit_kerja_may_not_ask(services):
    ag = bangun(services, "kapuas-hulu")
    with pytest.raises(PermissionDenied) as err:
        services.laporan.minta(ag.tim_id, oleh_nip=NIP["kasi"], dari="ketua",
                               batas=D(2026, 5, 8), tanggal=D(2026, 5, 1))
    assert "Pasal 13" in str(err.value)


def _semua_diterima(services, ag, profil_periods):
    for i, p in enumerate(profil_periods, start=1):
        day = p.jatuh_tempo
        r, _ = services.laporan.simpan(ag.tim_id, periode=i, oleh_nip=NIP["ketua"], isi=ISI,
                                       tanggal=day)
        jalan(services, r.id, day)


@pytest.mark.parametrize(("profil", "pejabat"), [("kapuas-hulu", "kadis"),
                                                  ("pekalongan", "kabid_pel")])
def test_selesai_only_by_the_closing_official_once_every_report_is_accepted(
        services, profil, pejabat):
    ag = bangun(services, profil)
    periods = services.laporan.jadwal(ag.tim_id)
    info = services.laporan.penutupan(ag.tim_id, D(2026, 12, 31))
    assert info.pemegang_nip == NIP[pejabat] and not info.bisa
    assert len(info.alasan) == len(periods)
    with pytest.raises(ValidationError) as err:
        services.laporan.nyatakan_selesai(ag.tim_id, oleh_nip=NIP[pejabat],
                                          tanggal=D(2026, 12, 31))
    assert periods[-1].label in str(err.value)
    _semua_diterima(services, ag, periods)
    info = services.laporan.penutupan(ag.tim_id, D(2026, 12, 31))
    assert info.bisa and info.alasan == ()
    assert info.rantai[-1][1:] == (info.pemegang_nama, "menunggu")  # the closing official last
    assert [j for j, _, _ in info.rantai] == (
        ["Kepala Bidang Pelayanan", "Kepala Dinas Uji"] if profil == "kapuas-hulu"
        else ["Kepala Bidang Pelayanan"])
    with pytest.raises(PermissionDenied) as err:
        services.laporan.nyatakan_selesai(ag.tim_id, oleh_nip=NIP["kasi"],
                                          tanggal=D(2026, 12, 31))
    assert NIP[pejabat] in str(err.value) and info.dasar.split(",")[0] in str(err.value)
    assert services.teams.team(ag.tim_id).tim.status.value == "aktif"
    info, ch = services.laporan.nyatakan_selesai(ag.tim_id, oleh_nip=NIP[pejabat],
                                                 catatan="hasil lengkap",
                                                 tanggal=D(2026, 12, 31))
    assert ch.teams and ch.laporan and info.ditutup == D(2026, 12, 31) and not info.bisa
    assert services.teams.team(ag.tim_id).tim.status.value == "selesai"
    assert hitung(services, PenutupanRow) == 1
    with pytest.raises(ValidationError):
        services.laporan.nyatakan_selesai(ag.tim_id, oleh_nip=NIP[pejabat],
                                          tanggal=D(2026, 12, 31))
    # a closed team still shows its reports
    assert len(services.laporan.daftar(tanggal=D(2026, 12, 31), tim_id=ag.tim_id,
                                       jenis="ketua")) == len(periods)


def test_every_write_is_audited(services):
    ag = bangun(services)
    before = len(audit(services))
    r = _kirim(services, ag)
    services.laporan.tinjau(r.id, oleh_nip=NIP["kabid_pel"], terima=True, tanggal=D(2026, 3, 3))
    tabel = [a.tabel for a in audit(services)[before:]]
    assert tabel.count("laporan") == 2 and tabel.count("riwayat_laporan") == 2
    assert {a.keterangan for a in audit(services)[before:]} == {
        "mengirim laporan", f"menerima laporan #{r.id}"}


def test_a_failure_inside_the_transaction_leaves_nothing(services, tmp_path, monkeypatch):
    ag = bangun(services)
    counts = (hitung(services, LaporanRow), hitung(services, RiwayatLaporanRow),
              len(audit(services)))

    def boom(*a, **kw):
        raise RuntimeError("disk dicabut")

    monkeypatch.setattr(laporan_tulis.lm, "add_riwayat", boom)
    with pytest.raises(RuntimeError):
        _kirim(services, ag)
    assert (hitung(services, LaporanRow), hitung(services, RiwayatLaporanRow),
            len(audit(services))) == counts


def test_attachments_are_stored_and_over_20_mb_refused(services, tmp_path):
    ag = bangun(services)
    ok = tmp_path / "daftar-hadir.pdf"
    ok.write_bytes(b"%PDF-1.4 daftar hadir")
    big = tmp_path / "pindaian.pdf"
    with big.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(ValidationError) as err:
        _kirim(services, ag, lampiran=[ok, big])
    assert "pindaian.pdf" in str(err.value) and hitung(services, LaporanRow) == 0
    r = _kirim(services, ag, lampiran=[ok])
    (lid, nama, ukuran), = services.laporan.detail(r.id).lampiran
    assert (nama, ukuran) == ("daftar-hadir.pdf", ok.stat().st_size)
    assert services.laporan.lampiran(r.id, lid) == ("daftar-hadir.pdf", ok.read_bytes())
    assert hitung(services, LampiranLaporanRow) == 1
    assert not [a for a in audit(services) if a.tabel == "lampiran_laporan_isi"]


def test_perlu_tindakan_and_penunggu(services):
    ag = bangun(services)
    r = _kirim(services, ag, tanggal=D(2026, 3, 2))
    on = D(2026, 3, 5)
    waiting = services.laporan.perlu_tindakan(NIP["kabid_pel"], on)
    assert [(t.jenis, t.laporan.id) for t in waiting] == [("tinjau", r.id)]
    assert services.laporan.jumlah_perlu_tindakan(NIP["kabid_pel"], on) == 1
    # Maret 2026 is due 2026-04-07: within a week on 2026-04-01, late on 2026-04-10
    own = services.laporan.perlu_tindakan(NIP["ketua"], D(2026, 4, 1))
    assert [(t.jenis, t.laporan.periode) for t in own] == [("jatuh-tempo", "Maret 2026")]
    assert "6 hari lagi" in own[0].keterangan
    own = services.laporan.perlu_tindakan(NIP["ketua"], D(2026, 4, 10))
    assert "Terlambat 3 hari" in own[0].keterangan
    assert services.laporan.perlu_tindakan(NIP["individu"], D(2026, 3, 2)) == []
    penunggu = {p.nip: p.jumlah for p in services.laporan.penunggu(D(2026, 4, 10))}
    assert penunggu[NIP["kabid_pel"]] == 1 and penunggu[NIP["ketua"]] == 1
    assert penunggu[NIP["individu"]] == 1  # Maret 2026 of her assignment, late


def test_the_results_go_up_level_by_level_before_the_closing_official(services):
    # Barito Timur Lampiran I (tahap evaluasi): Kepala Seksi "meninjau atau menyampaikan" to the
    # Kepala Bidang, who passes on to the Kepala Dinas, who "meninjau atau menerima". A team of
    # the Seksi: its reports are accepted on their chain, then the results travel up.
    from sistemkerja_desktop.db.models_tim import TimRow

    ag = bangun(services, "barito-timur")
    with services.ctx.session("tim milik seksi") as s:
        s.get(TimRow, ag.tim_id).unit_pemilik_id = 3  # Seksi Rujukan
    periods = services.laporan.jadwal(ag.tim_id)
    _semua_diterima(services, ag, periods)
    info = services.laporan.penutupan(ag.tim_id, D(2026, 12, 31))
    assert [j for j, _, _ in info.rantai] == ["Kepala Seksi Rujukan", "Kepala Bidang Pelayanan",
                                             "Kepala Dinas Uji"]
    steps = []
    for _ in range(4):
        info = services.laporan.penutupan(ag.tim_id, D(2026, 12, 31))
        if info.ditutup is not None:
            break
        assert info.bisa and info.berikut_nip
        # the closing official cannot skip a level still to act
        if info.aksi == "teruskan":
            with pytest.raises(PermissionDenied) as err:
                services.laporan.nyatakan_selesai(ag.tim_id, oleh_nip=NIP["kadis"],
                                                  tanggal=D(2026, 12, 31))
            assert info.berikut_nip in str(err.value) and "berjenjang" in str(err.value)
            assert services.teams.team(ag.tim_id).tim.status.value == "aktif"
        steps.append((info.berikut_nip, info.aksi,
                      [k for _, _, k in info.rantai].index("menunggu")))
        services.laporan.nyatakan_selesai(ag.tim_id, oleh_nip=info.berikut_nip,
                                          tanggal=D(2026, 12, 31))
    assert steps[-1] == (NIP["kadis"], "terima", 2)
    assert all(a == "teruskan" for _, a, _ in steps[:-1])
    assert [i for _, _, i in steps] == sorted(i for _, _, i in steps)  # in order, upward
    assert info.ditutup == D(2026, 12, 31) and info.ditutup_oleh.startswith("Hendra Wijaya")
    assert [k for _, _, k in info.rantai] == ["selesai"] * 3
    assert services.teams.team(ag.tim_id).tim.status.value == "selesai"
    # The Kepala Seksi accepted the reports on their chain (BT: PUO dan/atau PPK), so the
    # Kepala Bidang passes the results on first; each pass is recorded and audited.
    assert steps[0] == (NIP["kabid_pel"], "teruskan", 1) and len(steps) == 2
    forwards = [r for r in audit(services, "riwayat_laporan")
                if r.sesudah and "teruskan-hasil" in r.sesudah]
    assert len(forwards) == 1 and NIP["kabid_pel"] in forwards[0].sesudah
