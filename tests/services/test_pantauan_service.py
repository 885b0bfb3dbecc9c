"""PantauanService and the pure aggregation of `domain.pantauan` (issue #11): what counts as
due, overdue and waiting at a date; the workload histogram; the month-by-month series; the
service's figures agree with the report tracker and the penugasan register."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from sistemkerja_desktop.domain.pantauan import TimPantau, hitung, ringkas_beban, unit_atas

T = dt.date(2026, 6, 15)


def _r(status, due, dikirim=None, *, tim_id=1, progres=None, urut=1, unit="Bidang A / Seksi B",
       masalah=False):
    return SimpleNamespace(id=None if status == "belum" else urut, tim_id=tim_id,
                           tim_nama=f"Tim {tim_id}", unit=unit, pelapor_nip="1", pelapor_nama="X",
                           periode=f"P{urut}", jatuh_tempo=due, status=status, terlambat=False,
                           hari_terlambat=0, dikirim=dikirim, progres=progres,
                           ada_permasalahan=masalah, periode_urut=urut)


def test_due_overdue_waiting_at_the_date():
    rows = [_r("belum", T), _r("belum", T + dt.timedelta(days=7)),
            _r("draf", T + dt.timedelta(days=8)), _r("belum", T - dt.timedelta(days=1)),
            _r("draf", T - dt.timedelta(days=30), unit="Bidang C"),
            _r("dikirim", T - dt.timedelta(days=2), T - dt.timedelta(days=3), masalah=True),
            _r("diterima", T - dt.timedelta(days=40), T - dt.timedelta(days=35), masalah=True),
            _r("perlu-perbaikan", T - dt.timedelta(days=5), T - dt.timedelta(days=4))]
    tim = [TimPantau(1, "Tim 1", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "aktif"),
           TimPantau(2, "Tim 2", dt.date(2026, 7, 1), dt.date(2026, 12, 31), "aktif"),
           TimPantau(3, "Tim 3", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "draf")]
    p = hitung(T, tim, rows, permohonan_menunggu=3, jumlah_tim=[0, 1, 2])
    assert p.tim_aktif == 1  # Tim 2 has not started, Tim 3 is a draft
    assert p.laporan_jatuh_tempo == 2  # due today and in 7 days; 8 days is not yet
    assert p.laporan_terlambat == 2  # unsent past due; a sent one is not "overdue"
    assert p.menunggu_tinjauan == 1 and p.permohonan_menunggu == 3
    assert p.permasalahan_terbuka == 1  # the accepted one is settled
    assert p.terlambat_per_unit == (("Bidang A", 1), ("Bidang C", 1))
    assert [t.hari_terlambat for t in p.terlambat_daftar] == [30, 1]  # most late first
    assert p.as_json()["laporan_terlambat"] == 2


def test_progress_per_team_is_the_latest_sent_report():
    tim = [TimPantau(1, "Beta", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "aktif"),
           TimPantau(2, "Alfa", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "aktif")]
    rows = [_r("diterima", dt.date(2026, 2, 6), dt.date(2026, 2, 5), progres=20, urut=1),
            _r("dikirim", dt.date(2026, 3, 6), dt.date(2026, 3, 9), progres=35, urut=2),
            _r("draf", dt.date(2026, 4, 7), None, progres=90, urut=3),  # not sent: ignored
            _r("dikirim", dt.date(2026, 7, 7), dt.date(2026, 7, 1), progres=99, urut=6)]  # later
    p = hitung(T, tim, rows, permohonan_menunggu=0, jumlah_tim=[])
    assert p.progres_tim == (("Alfa", 0), ("Beta", 35))


def test_month_by_month_on_time_and_late():
    rows = [_r("diterima", dt.date(2026, 2, 6), dt.date(2026, 2, 6)),  # on the due day: on time
            _r("diterima", dt.date(2026, 2, 6), dt.date(2026, 2, 9)),  # late
            _r("dikirim", dt.date(2026, 6, 5), dt.date(2026, 6, 1)),
            _r("dikirim", dt.date(2026, 6, 5), dt.date(2026, 6, 20))]  # after the date: not yet
    p = hitung(T, [], rows, permohonan_menunggu=0, jumlah_tim=[])
    months = {m[0]: m[1:] for m in p.per_bulan}
    assert len(p.per_bulan) == 12 and p.per_bulan[0][0] == "Jul 2025"
    assert months["Feb 2026"] == (2, 1, 1) and months["Jun 2026"] == (1, 1, 0)


def test_workload_histogram():
    b = ringkas_beban([0, 0, 1, 2, 3, 4, 7], ambang=3, melebihi=2)
    assert b.pegawai == 7 and b.tanpa_tim == 2 and b.maksimum == 7
    assert dict(b.histogram) == {"0 tim": 2, "1 tim": 1, "2 tim": 1, "3 tim": 1, "≥ 4 tim": 2}
    assert b.rata_rata == round(17 / 7, 2)
    assert ringkas_beban([]).rata_rata == 0.0
    assert unit_atas("") == "(tanpa unit)" and unit_atas("Sekretariat / Umum") == "Sekretariat"


def test_service_agrees_with_the_tracker_and_the_register(demo_services):
    svc = demo_services
    tanggal = dt.date(2026, 11, 27)
    p = svc.pantauan.pantauan(tanggal)
    rows = svc.laporan.daftar(tanggal=tanggal)
    assert p.tanggal == tanggal
    assert p.laporan_terlambat == sum(r.terlambat and r.status in ("belum", "draf")
                                      for r in rows)
    assert p.menunggu_tinjauan == sum(r.status == "dikirim" for r in rows)
    assert p.permohonan_menunggu == len(svc.penugasan.daftar(status="menunggu",
                                                             tanggal=tanggal))
    assert p.tim_aktif == sum(t.status == "aktif" and t.mulai <= tanggal <= t.selesai
                              for t in svc.teams.teams())
    beban = svc.teams.workload(tanggal)
    assert p.beban.pegawai == len(beban.rows) + len(beban.tanpa_penugasan)
    assert p.beban.tanpa_tim >= len(beban.tanpa_penugasan)
    assert p.beban.melebihi_ambang == sum(r.melebihi_ambang for r in beban.rows)
    assert p.beban.ambang == beban.ambang
    assert sum(n for _, n in p.beban.histogram) - p.beban.tanpa_tim == sum(
        any(k.mulai <= tanggal <= k.selesai for k in r.tim) for r in beban.rows)


def test_ekspor_pdf_refuses_the_data_file(demo_services):
    import pytest

    from sistemkerja_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        demo_services.pantauan.ekspor_pdf(demo_services.db_path)
