"""PenugasanService on a real SQLite file (issue #10): submitting a request on its profile's
chain, answering it step by step, its effect on the team it staffs, the refusals the rules and
the state machine make, the audit log, all-or-nothing writes and attachments."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from dokumen_uji import NAMA, NIP
from penugasan_layanan_uji import (
    DIAJUKAN,
    INSTANSI,
    ISI,
    LUAR_1,
    LUAR_2,
    agensi,
    audit,
    hitung,
    jalan,
    lintas_unit,
)
from sqlalchemy import select

from sistemkerja_desktop.db.audit import chain_rows, read_anchor
from sistemkerja_desktop.db.models import AuditRow, PegawaiRow, PositionRow
from sistemkerja_desktop.db.models_penugasan import (
    LampiranIsiRow,
    LangkahPermohonanRow,
    PermohonanRow,
)
from sistemkerja_desktop.domain.audit_chain import verify_chain
from sistemkerja_desktop.domain.errors import (
    ConflictError,
    InvalidTransition,
    NotFoundError,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from sistemkerja_desktop.domain.profiles.base import Peran
from sistemkerja_desktop.domain.tim import Persetujuan

TODAY = dt.date(2026, 11, 27)  # tests/conftest.py


def _anggota(services, tim_id, key):
    return next(a for a in services.teams.team(tim_id).anggota if a.nip == NIP[key])


def test_approved_along_the_chain_makes_the_member_approved_with_the_letter(services):
    _, tid = agensi(services)
    r, changes = lintas_unit(services, tid)
    assert changes.penugasan and changes.teams and not changes.pegawai
    assert (r.status, r.pegawai, r.tujuan, r.oleh_nip) == (
        "menunggu", (NIP["menunggu"],), "Bidang Program", NIP["kabid_pel"])
    waiting = _anggota(services, tid, "menunggu")
    assert waiting.persetujuan is Persetujuan.MENUNGGU
    assert waiting.alasan_persetujuan == f"menunggu Permohonan penugasan #{r.id}"

    roles = jalan(services, r.id)
    # Kapuas Hulu Lampiran I B.2.a.2: the requesting PUO's letter, the pegawai's PUO recommends,
    # the PPK dituju approves and drafts the surat penugasan.
    assert roles == [Peran.PUO_PEMILIK_KINERJA.value, Peran.PUO_PEGAWAI.value,
                     Peran.PPK_PEGAWAI.value]
    d = services.penugasan.detail(r.id)
    assert d.ringkas.status == "disetujui" and d.ringkas.menunggu is None
    assert [x.keputusan for x in d.langkah] == ["setuju", "rekomendasi", "setuju"]
    assert [x.nip for x in d.langkah] == [NIP["kabid_pel"], NIP["kabid_prog"], NIP["kabid_prog"]]
    approved = _anggota(services, tid, "menunggu")
    assert approved.persetujuan is Persetujuan.DISETUJUI
    assert approved.alasan_persetujuan == "Surat nomor 800/3/UJI/2026 tanggal 27 November 2026"
    assert "Kapuas Hulu" in d.dasar and d.alamat == "Pejabat Penilai Kinerja dituju"
    assert d.pegawai[0].nama == NAMA["menunggu"] and d.pegawai[0].unit == "Bidang Program"


def test_refusal_keeps_the_reason_on_the_team_member(services):
    _, tid = agensi(services)
    r, _ = lintas_unit(services, tid)
    jalan(services, r.id, sampai=2)
    now = services.penugasan.detail(r.id).ringkas.menunggu
    assert now.nip == NIP["kabid_prog"]
    r, changes = services.penugasan.tolak(r.id, oleh_nip=NIP["kabid_prog"],
                                          alasan="  beban kerja penuh hingga Juni  ")
    assert changes.teams and r.status == "ditolak" and r.menunggu is None
    steps = services.penugasan.riwayat(r.id)
    assert [x.keputusan for x in steps] == ["setuju", "tolak", "menunggu"]
    assert steps[1].catatan == "beban kerja penuh hingga Juni" and steps[1].tanggal == TODAY
    refused = _anggota(services, tid, "menunggu")
    assert refused.persetujuan is Persetujuan.DITOLAK and not refused.dicantumkan
    assert refused.alasan_persetujuan == "beban kerja penuh hingga Juni"
    assert services.penugasan.perlu_tindakan(NIP["kabid_prog"]) == []
    with pytest.raises(InvalidTransition) as err:
        services.penugasan.setujui(r.id, oleh_nip=NIP["kabid_prog"])
    assert "ditolak" in err.value.message


def test_wrong_actor_is_told_who_the_step_waits_for_and_nothing_changes(services):
    agensi(services, tim=False)
    r, _ = lintas_unit(services)
    with pytest.raises(PermissionDenied) as err:
        services.penugasan.setujui(r.id, oleh_nip=NIP["kabid_prog"])
    msg = err.value.message
    assert "Kepala Bidang Pelayanan" in msg and "Pejabat Bidang Pelayanan" in msg
    assert NIP["kabid_pel"] in msg
    assert services.penugasan.detail(r.id).ringkas.versi == r.versi
    assert {x.keputusan for x in services.penugasan.riwayat(r.id)} == {"menunggu"}
    with pytest.raises(NotFoundError) as err:
        services.penugasan.setujui(r.id, oleh_nip="199912312020121999")
    assert "199912312020121999" in err.value.message


@pytest.mark.parametrize("alasan", ["", "   "])
def test_refusal_without_reason_is_refused(services, alasan):
    agensi(services, tim=False)
    r, _ = lintas_unit(services)
    with pytest.raises(ValidationError) as err:
        services.penugasan.tolak(r.id, oleh_nip=NIP["kabid_pel"], alasan=alasan)
    assert err.value.field == "alasan" and "alasan" in err.value.message
    assert services.penugasan.detail(r.id).ringkas.status == "menunggu"


def test_forbidden_request_cites_the_pasal_and_writes_nothing(services):
    agensi(services, tim=False)
    before = hitung(services, AuditRow)
    with pytest.raises(RuleViolation) as err:
        services.penugasan.ajukan(jenis="sukarela", lingkup="lintas-instansi",
                                  pegawai_nip=[NIP["setuju"]], oleh_nip=NIP["setuju"],
                                  instansi=INSTANSI, **ISI)
    assert "sukarela" in err.value.message.lower()
    assert err.value.citation in err.value.message
    assert err.value.citation.startswith("Perbup Kapuas Hulu") and "Lampiran I" in \
        err.value.citation
    assert hitung(services, PermohonanRow) == 0 and hitung(services, AuditRow) == before


def test_lintas_instansi_keluar_records_unknown_nips_as_eksternal_pegawai(services):
    agensi(services, tim=False)
    r, changes = services.penugasan.ajukan(
        jenis="penunjukan", lingkup="lintas-instansi", pegawai_nip=[f"{LUAR_1}:Rina Luaran",
                                                                    LUAR_2],
        oleh_nip=NIP["kabid_pel"], instansi=INSTANSI, tanggal=DIAJUKAN, **ISI)
    assert changes.pegawai and r.arah == "keluar" and r.tujuan == INSTANSI
    assert r.pegawai == (LUAR_1, LUAR_2)
    with services.ctx.reading() as s:
        rows = {p.nip: p for p in s.scalars(select(PegawaiRow).where(
            PegawaiRow.nip.in_([LUAR_1, LUAR_2])))}
    assert {n: (p.eksternal, p.instansi_asal, p.unit_id) for n, p in rows.items()} == {
        LUAR_1: (True, INSTANSI, None), LUAR_2: (True, INSTANSI, None)}
    assert rows[LUAR_1].nama == "Rina Luaran" and rows[LUAR_2].nama == f"Pegawai {INSTANSI}"
    d = services.penugasan.detail(r.id)
    assert [p.unit for p in d.pegawai] == [INSTANSI, INSTANSI]
    theirs = [x for x in d.langkah if x.pihak == "mereka"]
    assert theirs and all(x.nip == "" for x in theirs)
    jalan(services, r.id)
    steps = services.penugasan.riwayat(r.id)
    assert services.penugasan.detail(r.id).ringkas.status == "disetujui"
    # the other side's answers were entered from their letters by the pemohon
    assert {x.dicatat_oleh for x in steps if x.pihak == "mereka"} == {
        f"Pejabat Bidang Pelayanan (NIP {NIP['kabid_pel']})"}
    assert all(x.dicatat_oleh == "" for x in steps if x.pihak == "kita")
    # known NIPs are never duplicated; an unknown NIP elsewhere is refused
    again, changes = services.penugasan.ajukan(
        jenis="penunjukan", lingkup="lintas-instansi", pegawai_nip=[LUAR_1],
        oleh_nip=NIP["kabid_pel"], instansi=INSTANSI, **ISI)
    assert not changes.pegawai and again.pegawai == (LUAR_1,)
    with pytest.raises(NotFoundError) as err:
        lintas_unit(services, nip=(), pegawai_nip=["198803032013031003"])
    assert "198803032013031003" in err.value.message and "lintas instansi" in err.value.message


def test_lintas_instansi_masuk_is_answered_by_our_side(services):
    agensi(services, tim=False)
    r, _ = services.penugasan.ajukan(
        jenis="penunjukan", lingkup="lintas-instansi", arah="masuk",
        pegawai_nip=[NIP["setuju"]], oleh_nip=NIP["kabid_prog"], instansi=INSTANSI, **ISI)
    assert r.arah == "masuk" and r.tujuan == INSTANSI
    ours = {p for p in NIP.values()}
    acted = []
    for _ in range(10):
        now = services.penugasan.detail(r.id).ringkas.menunggu
        if now is None:
            break
        acted.append(now.pencatat_nip)
        jalan(services, r.id, sampai=now.urut + 1)
    assert services.penugasan.detail(r.id).ringkas.status == "disetujui"
    assert acted and set(acted) <= ours


def test_lisan_sukarela_dalam_unit_is_one_step_recorded_by_the_puo(services):
    agensi(services, tim=False)
    r, _ = services.penugasan.ajukan(jenis="sukarela", lingkup="dalam-unit",
                                     pegawai_nip=[NIP["tolak"]], oleh_nip=NIP["tolak"], **ISI)
    d = services.penugasan.detail(r.id)
    assert d.lisan and len(d.langkah) == 1
    assert (d.langkah[0].peran, d.langkah[0].nip) == (Peran.PUO_PEGAWAI.value, NIP["kabid_prog"])
    assert [x.id for x in services.penugasan.perlu_tindakan(NIP["kabid_prog"])] == [r.id]
    r, _ = services.penugasan.setujui(r.id, oleh_nip=NIP["kabid_prog"], catatan="disampaikan "
                                      "lisan pada rapat staf")
    assert r.status == "disetujui"


def test_a_vacant_position_in_the_chain_is_refused_naming_it(services):
    agensi(services, tim=False)
    with services.ctx.session("mengosongkan jabatan") as s:
        pos = s.scalars(select(PositionRow).where(
            PositionRow.nama == "Kepala Bidang Program")).one()
        pos.pemangku_id = None
    with pytest.raises(ValidationError) as err:
        lintas_unit(services)
    assert "Kepala Bidang Program" in err.value.message and "kosong" in err.value.message
    assert err.value.field == "alur" and hitung(services, PermohonanRow) == 0


def test_every_write_is_audited_and_the_chain_stays_intact(services):
    _, tid = agensi(services)
    services.ctx.pengguna = "Operator Kepegawaian"
    before = audit(services)[-1].id
    r, _ = lintas_unit(services, tid)
    jalan(services, r.id)
    new = [a for a in audit(services) if a.id > before]
    assert {a.pengguna for a in new} == {"Operator Kepegawaian"}
    submit = [a for a in new if a.keterangan == "mengajukan permohonan penugasan penunjukan "
              "lintas-unit"]
    assert sorted((a.tabel, a.aksi) for a in submit) == sorted(
        [("permohonan_penugasan", "tambah"), ("permohonan_pegawai", "tambah"),
         *[("langkah_permohonan", "tambah")] * 3, ("anggota_tim", "tambah")])
    decided = [a for a in new if a.tabel == "langkah_permohonan" and a.aksi == "ubah"]
    assert [a.keterangan for a in decided] == [f"menyetujui permohonan penugasan #{r.id}",
                                                f"merekomendasikan permohonan penugasan #{r.id}",
                                                f"menyetujui permohonan penugasan #{r.id}"]
    assert '"keputusan": "rekomendasi"' in decided[1].sesudah
    last = [a for a in new if a.keterangan == decided[2].keterangan]
    assert {(a.tabel, a.aksi) for a in last} == {("langkah_permohonan", "ubah"),
                                                 ("permohonan_penugasan", "ubah"),
                                                 ("anggota_tim", "ubah")}
    with services.ctx.reading() as s:
        conn = s.connection()
        assert verify_chain(chain_rows(conn), read_anchor(conn)).ok


def test_a_failed_submission_leaves_nothing(services):
    _, tid = agensi(services)
    counts = [hitung(services, m) for m in (PegawaiRow, PermohonanRow, AuditRow)]
    with pytest.raises(ValidationError) as err:  # an invalid NIP between two new ones
        services.penugasan.ajukan(
            jenis="penunjukan", lingkup="lintas-instansi", pegawai_nip=[LUAR_1, "12345", LUAR_2],
            oleh_nip=NIP["kabid_pel"], instansi=INSTANSI, **ISI)
    assert "12345" in err.value.message and err.value.field == "pegawai"
    with pytest.raises(ValidationError) as err:  # Andi sits in Bidang Pelayanan, not Program
        lintas_unit(services, tid, nip=("menunggu", "anggota", "tolak"))
    assert NAMA["anggota"] in err.value.message
    assert [hitung(services, m) for m in (PegawaiRow, PermohonanRow, AuditRow)] == counts
    assert _anggota(services, tid, "setuju").persetujuan is Persetujuan.DISETUJUI
    assert not any(a.nip == NIP["menunggu"] for a in services.teams.team(tid).anggota)


def test_attachments_are_stored_and_read_back(services, tmp_path):
    agensi(services, tim=False)
    surat = tmp_path / "surat masuk.pdf"
    surat.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    foto = tmp_path / "lampiran.png"
    foto.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    r, _ = lintas_unit(services, lampiran=[surat, foto])
    d = services.penugasan.detail(r.id)
    assert [(nama, ukuran) for _, nama, ukuran in d.lampiran] == [
        ("surat masuk.pdf", surat.stat().st_size), ("lampiran.png", 108)]
    lid = d.lampiran[0].id
    assert services.penugasan.lampiran(r.id, lid) == ("surat masuk.pdf", surat.read_bytes())
    logged = audit(services, "lampiran_permohonan")
    assert len(logged) == 2 and '"sha256"' in logged[0].sesudah
    assert "isi" not in logged[0].sesudah  # the bytes stay out of the audit log
    with pytest.raises(NotFoundError):
        services.penugasan.lampiran(r.id + 1, lid)


def test_an_attachment_over_20_mb_or_unreadable_is_refused_before_writing(services, tmp_path):
    agensi(services, tim=False)
    big = tmp_path / "pindaian besar.pdf"
    with big.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(ValidationError) as err:
        lintas_unit(services, lampiran=[big])
    assert "pindaian besar.pdf" in err.value.message and "20 MB" in err.value.message
    with pytest.raises(ValidationError) as err:
        lintas_unit(services, lampiran=[tmp_path / "tidak-ada.pdf"])
    assert "tidak-ada.pdf" in err.value.message and err.value.field == "lampiran"
    assert "tidak ditemukan" in err.value.message  # the reason in Indonesian
    with pytest.raises(ValidationError) as err:
        lintas_unit(services, lampiran=[tmp_path])
    assert "folder" in err.value.message
    assert hitung(services, PermohonanRow) == 0 and hitung(services, LampiranIsiRow) == 0


def test_a_stale_version_is_refused_as_a_conflict(services):
    agensi(services, tim=False)
    r, _ = lintas_unit(services)
    after, _ = services.penugasan.setujui(r.id, oleh_nip=NIP["kabid_pel"], versi=r.versi)
    assert after.versi > r.versi
    with pytest.raises(ConflictError):
        services.penugasan.rekomendasi(r.id, oleh_nip=NIP["kabid_prog"], versi=r.versi)
    assert services.penugasan.riwayat(r.id)[1].keputusan == "menunggu"


def test_a_decision_dated_before_the_request_is_refused(services):
    agensi(services, tim=False)
    r, _ = lintas_unit(services)
    with pytest.raises(ValidationError) as err:
        services.penugasan.setujui(r.id, oleh_nip=NIP["kabid_pel"],
                                   tanggal=DIAJUKAN - dt.timedelta(days=1))
    assert err.value.field == "tanggal"


def test_cancelled_by_the_pemohon_only(services):
    _, tid = agensi(services)
    r, _ = lintas_unit(services, tid)
    with pytest.raises(PermissionDenied):
        services.penugasan.batalkan(r.id, oleh_nip=NIP["kabid_prog"])
    r, changes = services.penugasan.batalkan(r.id, oleh_nip=NIP["kabid_pel"],
                                             alasan="tim sudah lengkap")
    assert r.status == "dibatalkan" and changes.teams
    member = _anggota(services, tid, "menunggu")
    assert member.persetujuan is Persetujuan.DITOLAK
    assert member.alasan_persetujuan == (f"Permohonan penugasan #{r.id} dibatalkan oleh "
                                         "pemohon: tim sudah lengkap")


def test_unit_tujuan_is_resolved_by_name_or_path_and_bad_inputs_name_their_field(services):
    agensi(services, tim=False)
    r, _ = lintas_unit(services, unit_tujuan="  bidang program ")
    assert r.tujuan == "Bidang Program"
    for kw, field in ((dict(unit_tujuan="Bidang Entah"), "unit_tujuan"),
                      (dict(jenis="paksaan"), "jenis"), (dict(lingkup="antar-planet"), "lingkup"),
                      (dict(arah="samping"), "arah")):
        with pytest.raises(ValidationError) as err:
            lintas_unit(services, **kw)
        assert err.value.field == field, kw
    with pytest.raises(ValidationError) as err:  # the four contents are required
        lintas_unit(services, maksud=" ")
    assert "maksud" in err.value.message


def test_the_snapshot_of_each_step_survives_a_later_move(services):
    agensi(services, tim=False)
    r, _ = lintas_unit(services)
    with services.ctx.session("pejabat pindah") as s:
        row = s.scalars(select(PegawaiRow).where(PegawaiRow.nip == NIP["kabid_prog"])).one()
        row.nama = "Nama Baru Sesudah Pindah"
    steps = services.penugasan.riwayat(r.id)
    assert steps[1].nama == "Pejabat Bidang Program"
    with services.ctx.reading() as s:
        stored = s.scalars(select(LangkahPermohonanRow).where(
            LangkahPermohonanRow.urut == 2)).one()
    assert dataclasses.astuple(steps[1])[:5] == (2, stored.peran, stored.nip, stored.nama,
                                                 stored.jabatan)


def test_pasuruan_weighs_the_workload_of_each_pegawai(services):
    from sistemkerja_desktop.domain.tim import StatusTim

    _, tid = agensi(services, "pasuruan")
    services.teams.set_status(tid, StatusTim.AKTIF)  # Setyo is an approved member
    services.naskah.simpan_pengaturan(dataclasses.replace(services.naskah.pengaturan(),
                                                          ambang_beban=1))
    r, _ = lintas_unit(services, nip=("setuju", "menunggu"))
    lines = services.penugasan.detail(r.id).beban_kerja
    assert lines == (
        f"{NAMA['setuju']} (NIP {NIP['setuju']}): 1 tim aktif dalam durasi 1 Maret 2026 s.d. "
        "30 Juni 2026 (Tim Kerja Uji Lintas Unit); paling banyak 1 serentak, 2 bersama "
        "penugasan ini — melebihi ambang beban kerja 1 tim serentak",
        f"{NAMA['menunggu']} (NIP {NIP['menunggu']}): 0 tim aktif dalam durasi 1 Maret 2026 "
        "s.d. 30 Juni 2026; paling banyak 0 serentak, 1 bersama penugasan ini")
    # the team the request staffs is not counted against it
    staffing, _ = lintas_unit(services, tid, nip=("setuju",))
    assert "0 tim aktif" in services.penugasan.detail(staffing.id).beban_kerja[0]


def test_kapuas_hulu_asks_no_workload_check(services):
    agensi(services, tim=False)
    r, _ = lintas_unit(services)
    assert services.penugasan.detail(r.id).beban_kerja == ()


def test_a_member_removed_while_waiting_joins_again_on_approval(services):
    ag, tid = agensi(services)
    r, _ = lintas_unit(services, tid)
    services.teams.remove_member(tid, ag.pegawai["menunggu"])
    _, changes = services.penugasan.setujui(r.id, oleh_nip=NIP["kabid_pel"])
    assert not changes.teams  # not the last step: the team waits
    jalan(services, r.id)
    back = _anggota(services, tid, "menunggu")
    assert back.persetujuan is Persetujuan.DISETUJUI and back.alasan_persetujuan.startswith(
        "Surat nomor 800/3/UJI/2026")
