"""Laporan: schedule of periods, lateness at a given date, the review state machine."""

from __future__ import annotations

import datetime as dt

import pytest

from sistemkerja_desktop.domain.errors import InvalidTransition, PermissionDenied, ValidationError
from sistemkerja_desktop.domain.laporan import (
    TENGGANG_HARI_KERJA,
    AksiLaporan,
    IsiLaporan,
    JenisLaporan,
    Keterlambatan,
    LangkahLaporan,
    Laporan,
    PeranLaporan,
    StatusLaporan,
    frekuensi_efektif,
    jadwal,
    keterlambatan,
    simpan_draf,
    tambah_hari_kerja,
    tinjau,
)
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.profiles.citation import Citation
from sistemkerja_desktop.domain.tim import FrekuensiLaporan

D = dt.date
KIRIM, TERIMA, KEMBALI = AksiLaporan.KIRIM, AksiLaporan.TERIMA, AksiLaporan.KEMBALIKAN
PEL, PPK, PUO = PeranLaporan.PELAPOR, PeranLaporan.PPK, PeranLaporan.PUO
ISI = IsiLaporan(progres=40, narasi="Pendataan selesai 40 persen")


# ---- schedule ----------------------------------------------------------------------------

def test_pekalongan_is_quarterly_clipped_whatever_the_team_says():
    periods = jadwal(get_profile("pekalongan"), D(2026, 2, 15), D(2026, 11, 20),
                     FrekuensiLaporan.BULANAN)
    assert [p.label for p in periods] == ["Triwulan I 2026", "Triwulan II 2026",
                                          "Triwulan III 2026", "Triwulan IV 2026"]
    assert [(p.mulai, p.selesai) for p in periods] == [
        (D(2026, 2, 15), D(2026, 3, 31)), (D(2026, 4, 1), D(2026, 6, 30)),
        (D(2026, 7, 1), D(2026, 9, 30)), (D(2026, 10, 1), D(2026, 11, 20))]
    assert [p.urut for p in periods] == [1, 2, 3, 4]
    # 31 Mar 2026 is a Tuesday: + 5 working days = Tuesday 7 April.
    assert periods[0].jatuh_tempo == D(2026, 4, 7)
    # 20 Nov 2026 is a Friday: + 5 working days = Friday 27 November.
    assert periods[-1].jatuh_tempo == D(2026, 11, 27)


@pytest.mark.parametrize("kode", ["kapuas-hulu", "barito-timur", "bungo", "pasuruan", "generic"])
def test_others_are_monthly_by_default(kode):
    periods = jadwal(get_profile(kode), D(2026, 1, 10), D(2026, 3, 5))
    assert [p.label for p in periods] == ["Januari 2026", "Februari 2026", "Maret 2026"]
    assert periods[0].mulai == D(2026, 1, 10) and periods[0].selesai == D(2026, 1, 31)
    assert periods[1].selesai == D(2026, 2, 28)
    assert periods[-1].selesai == D(2026, 3, 5)
    assert frekuensi_efektif(get_profile(kode)) is FrekuensiLaporan.BULANAN


def test_others_follow_the_team_frequency():
    bg = get_profile("bungo")
    tri = jadwal(bg, D(2026, 5, 1), D(2027, 1, 31), FrekuensiLaporan.TRIWULANAN)
    assert [p.label for p in tri] == ["Triwulan II 2026", "Triwulan III 2026",
                                      "Triwulan IV 2026", "Triwulan I 2027"]
    sem = jadwal(bg, D(2026, 3, 1), D(2027, 2, 1), FrekuensiLaporan.SEMESTERAN)
    assert [p.label for p in sem] == ["Semester I 2026", "Semester II 2026", "Semester I 2027"]
    assert sem[1].mulai == D(2026, 7, 1) and sem[1].selesai == D(2026, 12, 31)
    th = jadwal(bg, D(2026, 3, 1), D(2027, 2, 1), FrekuensiLaporan.TAHUNAN)
    assert [p.label for p in th] == ["Tahun 2026", "Tahun 2027"]
    berkala = jadwal(bg, D(2026, 12, 1), D(2027, 1, 31), FrekuensiLaporan.BERKALA)
    assert [p.label for p in berkala] == ["Desember 2026", "Januari 2027"]


def test_schedule_edge_cases():
    gen = get_profile("generic")
    one_day = jadwal(gen, D(2026, 6, 30), D(2026, 6, 30))
    assert len(one_day) == 1 and one_day[0].label == "Juni 2026"
    with pytest.raises(ValidationError, match="lebih awal"):
        jadwal(gen, D(2026, 6, 30), D(2026, 6, 1))


def test_working_days_skip_weekends():
    assert TENGGANG_HARI_KERJA == 5
    assert tambah_hari_kerja(D(2026, 1, 30), 1) == D(2026, 2, 2)  # Friday → Monday
    assert tambah_hari_kerja(D(2026, 1, 31), 5) == D(2026, 2, 6)  # Saturday → next Friday


# ---- lateness ----------------------------------------------------------------------------

DUE = D(2026, 4, 7)


@pytest.mark.parametrize(("dikirim", "pada", "expected"), [
    (None, D(2026, 4, 6), (False, 0)),  # before due, not sent
    (None, DUE, (False, 0)),  # the due day itself
    (None, D(2026, 4, 10), (True, 3)),  # after due, not sent: pada − due
    (D(2026, 4, 7), D(2026, 5, 1), (False, 0)),  # sent on the due day
    (D(2026, 4, 9), D(2026, 5, 1), (True, 2)),  # sent late: sent − due, frozen
    (D(2026, 4, 9), D(2026, 4, 8), (True, 1)),  # sent later than pada: not yet sent at pada
    (D(2026, 4, 1), D(2026, 4, 20), (False, 0)),  # sent early
])
def test_keterlambatan(dikirim, pada, expected):
    assert keterlambatan(DUE, dikirim, pada) == Keterlambatan(*expected)


# ---- review state machine ----------------------------------------------------------------

C = Citation(None, "Pasal 1", sumber="uji")
DUA = (LangkahLaporan(frozenset({PPK}), "meneruskan", C),
       LangkahLaporan(frozenset({PUO}), "menerima", C))
PERIODE = jadwal(get_profile("generic"), D(2026, 3, 1), D(2026, 3, 31))[0]


def baru(rute=DUA) -> Laporan:
    return Laporan(JenisLaporan.INDIVIDU, 7, rute, PERIODE)


def test_send_pass_on_accept():
    lap = tinjau(baru(), KIRIM, PEL, D(2026, 4, 2), isi=ISI)
    assert lap.status is StatusLaporan.DIKIRIM and lap.menunggu == DUA[0]
    assert lap.dikirim == D(2026, 4, 2)
    lap = tinjau(lap, TERIMA, PPK, D(2026, 4, 3))
    assert lap.status is StatusLaporan.DIKIRIM and lap.menunggu == DUA[1]
    lap = tinjau(lap, TERIMA, PUO, D(2026, 4, 4))
    assert lap.status is StatusLaporan.DITERIMA and lap.diterima == D(2026, 4, 4)
    assert lap.menunggu is None
    assert [r.aksi for r in lap.riwayat] == [KIRIM, TERIMA, TERIMA]
    with pytest.raises(InvalidTransition):
        tinjau(lap, TERIMA, PUO, D(2026, 4, 5))
    with pytest.raises(InvalidTransition):
        tinjau(lap, KIRIM, PEL, D(2026, 4, 5))


def test_return_needs_a_note_and_restarts_the_chain():
    lap = tinjau(tinjau(baru(), KIRIM, PEL, D(2026, 4, 2), isi=ISI), TERIMA, PPK, D(2026, 4, 3))
    with pytest.raises(ValidationError, match="catatan"):
        tinjau(lap, KEMBALI, PUO, D(2026, 4, 4), catatan="  ")
    lap = tinjau(lap, KEMBALI, PUO, D(2026, 4, 4), catatan="Lengkapi capaian indikator")
    assert lap.status is StatusLaporan.PERLU_PERBAIKAN and lap.tahap == 0
    assert lap.catatan_terakhir == "Lengkapi capaian indikator"
    lap = simpan_draf(lap, IsiLaporan(progres=45, narasi="diperbaiki"))
    assert lap.status is StatusLaporan.PERLU_PERBAIKAN
    lap = tinjau(lap, KIRIM, PEL, D(2026, 4, 15))
    assert lap.menunggu == DUA[0]
    assert lap.dikirim == D(2026, 4, 2)  # lateness counts from the first submission
    assert lap.keterlambatan(D(2026, 4, 20)) == (False, 0)


def test_wrong_role_refused_with_who_may_act():
    lap = tinjau(baru(), KIRIM, PEL, D(2026, 4, 2), isi=ISI)
    with pytest.raises(PermissionDenied, match="Pejabat Penilai Kinerja"):
        tinjau(lap, TERIMA, PUO, D(2026, 4, 3))
    with pytest.raises(PermissionDenied, match="pelapor"):
        tinjau(baru(), KIRIM, PPK, D(2026, 4, 2), isi=ISI)
    with pytest.raises(ValidationError, match="lebih awal"):
        tinjau(lap, TERIMA, PPK, D(2026, 4, 1))


def test_send_checks_contents_and_period():
    with pytest.raises(ValidationError, match="kosong"):
        tinjau(baru(), KIRIM, PEL, D(2026, 4, 2))
    with pytest.raises(ValidationError, match="0 dan 100"):
        tinjau(baru(), KIRIM, PEL, D(2026, 4, 2), isi=IsiLaporan(progres=120))
    with pytest.raises(ValidationError, match="alternatif rekomendasi"):
        tinjau(baru(), KIRIM, PEL, D(2026, 4, 2), isi=IsiLaporan(permasalahan="data terlambat"))
    with pytest.raises(ValidationError, match="belum dimulai"):
        tinjau(baru(), KIRIM, PEL, D(2026, 2, 20), isi=ISI)
    with pytest.raises(InvalidTransition):
        tinjau(baru(()), KIRIM, PEL, D(2026, 4, 2), isi=ISI)


def test_review_only_while_sent_and_draft_only_before():
    with pytest.raises(InvalidTransition, match="belum"):
        tinjau(baru(), TERIMA, PPK, D(2026, 4, 2))
    lap = simpan_draf(baru(), ISI)
    assert lap.status is StatusLaporan.DRAF
    sent = tinjau(lap, KIRIM, PEL, D(2026, 4, 9))
    assert sent.keterlambatan(D(2026, 4, 30)) == (True, 2)  # due Tue 7 Apr 2026
    with pytest.raises(InvalidTransition):
        simpan_draf(sent, ISI)


def test_a_period_report_is_late_until_sent():
    lap = baru()
    assert lap.jatuh_tempo == D(2026, 4, 7)
    assert lap.keterlambatan(D(2026, 4, 7)) == (False, 0)
    assert lap.keterlambatan(D(2026, 4, 17)) == (True, 10)
