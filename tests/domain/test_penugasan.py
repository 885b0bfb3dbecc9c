"""A permohonan penugasan: building it (validation) and its state machine (domain.penugasan)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from penugasan_domain_uji import TANGGAL, Agensi, buat, isi, jalan

from sistemkerja_desktop.domain.errors import (
    InvalidTransition,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from sistemkerja_desktop.domain.penugasan import (
    Aksi,
    Arah,
    JenisPenugasan,
    Keputusan,
    LingkupPenugasan,
    Pihak,
    StatusPermohonan,
    pencatat_id,
    transition,
)

P, S = JenisPenugasan.PENUNJUKAN, JenisPenugasan.SUKARELA
DU, LU, LI = (LingkupPenugasan.DALAM_UNIT, LingkupPenugasan.LINTAS_UNIT,
              LingkupPenugasan.LINTAS_INSTANSI)
HARI = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def kh() -> Agensi:
    return Agensi.buat("kapuas-hulu")


def lintas_unit(a: Agensi):
    """KH penunjukan lintas unit: Kabid A asks for JF B → [Kabid A, Kabid B, Kabid B]."""
    return buat(a, P, LU, pegawai=(a.jf_b,), oleh=a.kabid_a, unit_tujuan=a.bidang_b)


# ---- the state machine -----------------------------------------------------------------------

def test_wrong_actor_is_told_who_the_step_waits_for(kh: Agensi) -> None:
    p = lintas_unit(kh)
    with pytest.raises(PermissionDenied) as err:
        transition(p, Aksi.SETUJUI, kh.kabid_b, TANGGAL)
    assert "Langkah 1" in err.value.message and "Kabid A" in err.value.message
    assert "Pimpinan Unit Organisasi pemilik kinerja" in err.value.message
    p = transition(p, Aksi.SETUJUI, kh.kabid_a, TANGGAL)
    with pytest.raises(PermissionDenied, match="Langkah 2 .*Kabid B"):
        transition(p, Aksi.REKOMENDASI, kh.kabid_a, TANGGAL)
    with pytest.raises(PermissionDenied, match="Budi Santoso"):
        transition(p, Aksi.REKOMENDASI, kh.jf_b, TANGGAL, nama_pelaku="Budi Santoso")


@pytest.mark.parametrize("alasan", ["", "   "])
def test_refusal_needs_its_reason(kh: Agensi, alasan: str) -> None:
    p = lintas_unit(kh)
    with pytest.raises(ValidationError) as err:
        transition(p, Aksi.TOLAK, kh.kabid_a, TANGGAL, catatan=alasan)
    assert err.value.field == "alasan"
    refused = transition(p, Aksi.TOLAK, kh.kabid_a, TANGGAL, catatan="  tidak ada anggaran ")
    assert refused.status is StatusPermohonan.DITOLAK
    assert refused.langkah[0].catatan == "tidak ada anggaran"


def test_action_not_allowed_at_the_step(kh: Agensi) -> None:
    p = lintas_unit(kh)
    with pytest.raises(InvalidTransition, match="rekomendasi"):
        transition(p, Aksi.REKOMENDASI, kh.kabid_a, TANGGAL)
    p = transition(p, Aksi.SETUJUI, kh.kabid_a, TANGGAL)
    with pytest.raises(InvalidTransition, match="yang dapat: rekomendasi, tolak"):
        transition(p, Aksi.SETUJUI, kh.kabid_b, TANGGAL)  # the PUO recommends, the PPK decides
    with pytest.raises(InvalidTransition):
        transition(p, Aksi.TERUSKAN, kh.kabid_b, TANGGAL)
    p = transition(p, Aksi.REKOMENDASI, kh.kabid_b, TANGGAL, catatan="layak")
    assert p.langkah[1].keputusan is Keputusan.REKOMENDASI and p.langkah_sekarang.urut == 3


def test_only_the_pemohon_cancels(kh: Agensi) -> None:
    p = transition(lintas_unit(kh), Aksi.SETUJUI, kh.kabid_a, TANGGAL)
    with pytest.raises(PermissionDenied, match="pemohon"):
        transition(p, Aksi.BATALKAN, kh.kabid_b, TANGGAL)
    batal = transition(p, Aksi.BATALKAN, kh.kabid_a, TANGGAL + HARI)
    assert batal.status is StatusPermohonan.DIBATALKAN and batal.langkah_sekarang is None
    assert batal.langkah == p.langkah


@pytest.mark.parametrize("akhir", ["disetujui", "ditolak", "dibatalkan"])
def test_closed_requests_refuse_every_action(kh: Agensi, akhir: str) -> None:
    p = lintas_unit(kh)
    if akhir == "disetujui":
        p = jalan(p, [Aksi.SETUJUI, Aksi.REKOMENDASI, Aksi.SETUJUI])
    elif akhir == "ditolak":
        p = jalan(p, [Aksi.SETUJUI, Aksi.TOLAK])
    else:
        p = transition(p, Aksi.BATALKAN, kh.kabid_a, TANGGAL)
    assert p.status.value == akhir
    for aksi in Aksi:
        for actor in (kh.kabid_a, kh.kabid_b):
            with pytest.raises(InvalidTransition, match=f"sudah {akhir}"):
                transition(p, aksi, actor, TANGGAL + 10 * HARI, catatan="x")


def test_each_step_records_date_note_and_letter(kh: Agensi) -> None:
    p = lintas_unit(kh)
    p = transition(p, Aksi.SETUJUI, kh.kabid_a, TANGGAL, surat_nomor=" 800/12/BID-A ")
    first = p.langkah[0]
    assert (first.keputusan, first.tanggal, first.surat_nomor, first.surat_tanggal) == (
        Keputusan.SETUJU, TANGGAL, "800/12/BID-A", TANGGAL)
    assert first.dicatat_oleh_id is None  # its holder acted himself
    p = transition(p, Aksi.REKOMENDASI, kh.kabid_b, TANGGAL + HARI, catatan="sesuai")
    assert p.langkah[1].surat_nomor == "" and p.langkah[1].surat_tanggal is None
    p = transition(p, Aksi.SETUJUI, kh.kabid_b, TANGGAL + 2 * HARI, surat_nomor="800/3",
                   surat_tanggal=TANGGAL + HARI)
    assert p.status is StatusPermohonan.DISETUJUI and p.langkah[2].surat_tanggal == TANGGAL + HARI


def test_umur_hari(kh: Agensi) -> None:
    p = lintas_unit(kh)
    assert p.umur_hari(TANGGAL) == 0 and p.umur_hari(TANGGAL + 9 * HARI) == 9
    assert p.umur_hari(TANGGAL - HARI) == 0  # never negative
    p = transition(p, Aksi.SETUJUI, kh.kabid_a, TANGGAL + 2 * HARI)
    assert p.umur_hari(TANGGAL + 30 * HARI) == 30  # still waiting: counts on
    p = transition(p, Aksi.TOLAK, kh.kabid_b, TANGGAL + 5 * HARI, catatan="tidak tersedia")
    assert p.umur_hari(TANGGAL + 30 * HARI) == 5  # closed: until its last decision


def test_their_step_is_recorded_by_the_pemohon_with_the_recorder_kept(kh: Agensi) -> None:
    p = buat(kh, P, LI, pegawai=(kh.eksternal,), oleh=kh.kabid_a)
    p = transition(p, Aksi.SETUJUI, kh.kabid_a, TANGGAL)
    with pytest.raises(PermissionDenied, match="Langkah 2 menunggu Pejabat yang Berwenang"):
        transition(p, Aksi.TERUSKAN, kh.kabid_b, TANGGAL)
    p = transition(p, Aksi.TERUSKAN, kh.kabid_a, TANGGAL + HARI)
    assert p.langkah[1].dicatat_oleh_id == kh.kabid_a and p.langkah[1].pegawai_id is None


# ---- buat_permohonan: validation -----------------------------------------------------------

def _field(err: pytest.ExceptionInfo) -> str | None:
    return err.value.field


@pytest.mark.parametrize(("kw", "field"), [
    ({"isi": isi(maksud=" ")}, "isi"),
    ({"isi": isi(kompetensi="")}, "isi"),
    ({"isi": isi(target="")}, "isi"),
    ({"isi": isi(mulai=dt.date(2024, 9, 1), selesai=dt.date(2024, 8, 1))}, "isi"),
    ({"pegawai": ()}, "pegawai"),
    ({"oleh": 999}, "oleh"),
    ({"unit_tujuan": None}, "unit_tujuan"),
    ({"unit_tujuan": 999}, "unit_tujuan"),
    ({"periode_tim": (dt.date(2024, 7, 1), dt.date(2024, 8, 31))}, "durasi"),
    ({"periode_tim": (dt.date(2024, 7, 2), dt.date(2024, 12, 31))}, "durasi"),
])
def test_invalid_requests_name_the_field(kh: Agensi, kw: dict, field: str) -> None:
    args = {"pegawai": (kh.jf_b,), "oleh": kh.kabid_a, "unit_tujuan": kh.bidang_b} | kw
    with pytest.raises(ValidationError) as err:
        buat(kh, P, LU, **args)
    assert _field(err) == field


def test_incomplete_isi_lists_what_is_missing(kh: Agensi) -> None:
    with pytest.raises(ValidationError, match="maksud dan tujuan; ekspektasi/target kinerja"):
        buat(kh, P, DU, pegawai=(kh.jf_a,), oleh=kh.kabid_a, isi=isi(maksud="", target=" "))


def test_durasi_inside_the_team_period_is_fine(kh: Agensi) -> None:
    p = buat(kh, P, DU, pegawai=(kh.jf_a,), oleh=kh.kabid_a, tim_id=7,
             periode_tim=(dt.date(2024, 7, 1), dt.date(2024, 9, 30)))
    assert p.tim_id == 7 and p.unit_pemohon_id == kh.bidang_a and p.unit_tujuan_id is None


@pytest.mark.parametrize(("jenis", "lingkup", "kw", "pesan"), [
    (P, DU, {"pegawai": ("jf_b",)}, "tidak berada di unit organisasi pemohon"),
    (P, DU, {"pegawai": ("pelaksana_a1",), "oleh": "kabid_b"}, "tidak berada di unit"),
    (P, LU, {"unit_tujuan": "seksi_a1", "pegawai": ("pelaksana_a1",)},
     "unit organisasi pemohon sendiri"),
    (P, LU, {"pegawai": ("jf_c",)}, "tidak berada di unit tujuan"),
    (S, DU, {"pegawai": ("jf_a2",), "oleh": "jf_a"}, "pegawai itu sendiri"),
    (S, LU, {"pegawai": ("jf_a", "jf_a2"), "oleh": "jf_a"}, "pegawai itu sendiri"),
    (S, LU, {"pegawai": ("jf_a",), "oleh": "jf_a", "unit_tujuan": "seksi_a1"},
     "unit organisasi pemohon sendiri"),
    (P, LI, {"pegawai": ("jf_b",), "instansi": " "}, "instansi"),
    (P, LI, {"pegawai": ("jf_b",)}, "pegawai instansi ini"),
    (P, DU, {"pegawai": ("eksternal",)}, "pegawai instansi lain"),
    (P, DU, {"pegawai": ("jf_a", 999)}, "tidak dikenal"),
])
def test_lingkup_must_fit_the_pegawai(kh: Agensi, jenis, lingkup, kw: dict, pesan: str) -> None:
    def ids(v):
        return getattr(kh, v) if isinstance(v, str) else v
    args = {"pegawai": ("jf_b",), "oleh": "kabid_a", "unit_tujuan": "bidang_b"} | kw
    args = {k: (tuple(ids(x) for x in v) if isinstance(v, tuple) else
                ids(v) if k != "instansi" else v) for k, v in args.items()}
    with pytest.raises(ValidationError, match=pesan):
        buat(kh, jenis, lingkup, **args)


def test_masuk_names_our_pegawai_only(kh: Agensi) -> None:
    with pytest.raises(ValidationError, match="pegawai instansi lain"):
        buat(kh, P, LI, pegawai=(kh.eksternal,), oleh=kh.pelaksana_umum, arah=Arah.MASUK)
    p = buat(kh, P, LI, pegawai=(kh.jf_b,), oleh=kh.pelaksana_umum, arah=Arah.MASUK,
             instansi="  Kementerian Kesehatan ")
    assert p.instansi == "Kementerian Kesehatan" and p.arah is Arah.MASUK


def test_keluar_accepts_ids_this_snapshot_does_not_hold(kh: Agensi) -> None:
    p = buat(kh, P, LI, pegawai=(kh.eksternal, 5000, 5000), oleh=kh.kabid_a)
    assert p.pegawai_ids == (kh.eksternal, 5000) and p.unit_tujuan_id is None


def test_kedudukan_first(kh: Agensi) -> None:
    """KH Lampiran I B angka 2: penugasan "setelah penetapan kedudukan"."""
    with pytest.raises(ValidationError, match="JF B Tanpa PPK .*penetapan kedudukan "
                                              r"\(Perbup Kapuas Hulu 36/2023, Lampiran I B.2\)"
                       ) as err:
        buat(kh, P, LU, pegawai=(kh.jf_b_tanpa_ppk,), oleh=kh.kabid_a, unit_tujuan=kh.bidang_b)
    assert _field(err) == "pegawai"
    with pytest.raises(ValidationError, match="penetapan kedudukan"):
        buat(kh, P, DU, pegawai=(kh.jf_a,), oleh=kh.kabid_a, tanggal=dt.date(2023, 12, 31))


def test_one_answerer_per_request(kh: Agensi) -> None:
    ok = buat(kh, P, DU, pegawai=(kh.jf_a, kh.jf_a2, kh.pelaksana_a1), oleh=kh.kabid_a)
    assert ok.pegawai_ids == (kh.jf_a, kh.jf_a2, kh.pelaksana_a1)
    lu = buat(kh, P, LU, pegawai=(kh.jf_a, kh.jf_a2), oleh=kh.kabid_b, unit_tujuan=kh.bidang_a)
    assert [x.pegawai_id for x in lu.langkah] == [kh.kabid_b, kh.kabid_a, kh.kabid_a]
    with pytest.raises(ValidationError, match="Pejabat Penilai Kinerja berbeda"):
        buat(kh, P, LU, pegawai=(kh.jf_a, kh.pelaksana_a1), oleh=kh.kabid_b,
             unit_tujuan=kh.bidang_a)  # PPK Kabid A vs Kasi A1


def test_vacant_position_is_named_with_nobody_holding_it(kh: Agensi) -> None:
    """The service refuses to submit it (naming the position); the domain returns it so."""
    p = buat(kh, P, LU, pegawai=(kh.jf_b,), oleh=kh.jf_c, unit_tujuan=kh.bidang_b)
    first = p.langkah[0]
    assert (first.pihak, first.pegawai_id, first.nip, first.jabatan) == (
        Pihak.KITA, None, "", "Kepala Bidang C")
    assert pencatat_id(p, first) == kh.jf_c  # why the service must refuse it


def test_forbidden_before_anything_else(kh: Agensi) -> None:
    with pytest.raises(RuleViolation, match="Lampiran I B.2.b"):
        buat(kh, S, LI, pegawai=(), oleh=999, isi=dataclasses.replace(isi(), maksud=""))
