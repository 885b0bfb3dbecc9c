"""DocumentService: numbering register, readiness, final vs draft, out-of-date documents."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pypdf import PdfReader

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.naskah import BentukTtd, Penandatangan
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.tim import PeranTim
from sistemkerja_desktop.services.document_service import NaskahBelumSiap


def _text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_register_proposes_next_and_refuses_duplicates(demo_services):
    n = demo_services.naskah
    first = n.usul_nomor(JenisNaskah.SURAT_TUGAS, dt.date(2026, 7, 16))
    assert first == "800.1.11.1/1/Dinkes/2026"
    row, _ = n.catat_nomor(JenisNaskah.SURAT_TUGAS, "800.1.11.1/123/Dinkes/2026",
                           tanggal=dt.date(2026, 7, 16), perihal="Pelatihan surveilans")
    assert row.urut == 123
    assert n.usul_nomor(JenisNaskah.SURAT_TUGAS) == "800.1.11.1/124/Dinkes/2026"
    with pytest.raises(ValidationError, match="sudah terdaftar"):
        n.catat_nomor(JenisNaskah.SURAT_TUGAS, "800.1.11.1/123/Dinkes/2026")
    assert [r.nomor for r in n.register(JenisNaskah.SURAT_TUGAS)] == ["800.1.11.1/123/Dinkes/2026"]


def test_final_sk_registers_number_and_reprint_keeps_it(demo_services, tmp_path):
    d = demo_services.dokumen
    res = d.cetak_sk_tim(1, tmp_path / "sk.pdf", tanggal=dt.date(2026, 7, 16))
    assert res.dokumen_baru and res.nomor == "100.3.3/1/Dinkes/2026"
    text = _text(tmp_path / "sk.pdf")
    assert "NOMOR 100.3.3/1/Dinkes/2026" in text and "16 Juli 2026" in text
    again = d.cetak_sk_tim(1, tmp_path / "sk2.pdf")
    assert not again.dokumen_baru and again.nomor == res.nomor
    assert [x.nomor for x in demo_services.naskah.register()] == [res.nomor]
    assert demo_services.teams.teams()[0].nomor_dokumen == res.nomor


def test_roster_change_marks_issued_document_out_of_date(demo_services, tmp_path):
    d, t = demo_services.dokumen, demo_services.teams
    d.cetak_surat_tugas(3, tmp_path / "st.pdf")
    assert not d.dokumen(3)[0].kedaluwarsa
    t.remove_member(3, t.pegawai_by_nip("199405172023212929").id)
    assert d.dokumen(3)[0].kedaluwarsa
    assert t.teams()[2].dokumen_kedaluwarsa
    new = d.cetak_surat_tugas(3, tmp_path / "st2.pdf")
    assert new.dokumen_baru and new.nomor != d.dokumen(3)[0].nomor


def test_readiness_blocks_final_but_not_draft(demo_services, tmp_path):
    n, d = demo_services.naskah, demo_services.dokumen
    signer, _ = n.simpan_penandatangan(Penandatangan(
        "Plt. KEPALA DINAS", "Sri Rahayuningsih, S.KM., M.M.", bentuk=BentukTtd.PLT))
    k = d.kesiapan(1, JenisNaskah.SK_KEPALA_PD, penandatangan_id=signer.id)
    assert not k.siap and any("NIP penandatangan" in x for x in k.kurang)
    with pytest.raises(NaskahBelumSiap) as err:
        d.cetak_sk_tim(1, tmp_path / "x.pdf", penandatangan_id=signer.id)
    assert "Pangkat/golongan penandatangan" in err.value.message
    assert not (tmp_path / "x.pdf").exists() and not n.register()
    draft = d.cetak_sk_tim(1, tmp_path / "draf.pdf", draf=True, penandatangan_id=signer.id)
    assert draft.draf and "DRAF" in _text(tmp_path / "draf.pdf")


def test_missing_kode_unit_means_no_number(demo_services):
    n = demo_services.naskah
    pola = n.pola_nomor(JenisNaskah.SURAT_TUGAS)
    n.simpan_pola_nomor(dataclasses.replace(pola, kode_unit=""))
    k = demo_services.dokumen.kesiapan(2, JenisNaskah.SURAT_TUGAS)
    assert any("Nomor naskah" in x for x in k.kurang)
    # issue #9: a pending member no longer only warns (it blocks, see test_dokumen_kesiapan);
    # the demo's outsiders are all approved, so nothing about approval here
    assert not any("menunggu persetujuan" in x for x in (*k.kurang, *k.peringatan))


def test_email_draft_with_attachments(demo_services, tmp_path):
    import email
    import email.policy

    res = demo_services.dokumen.siapkan_email([1], tmp_path, sertakan_pdf=True,
                                              kepada="puskesmas@contoh.go.id")
    msg = email.message_from_bytes(res.eml.read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1" and "Susunan Tim Kerja" in msg["Subject"]
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert len(names) == 3 and names[0].endswith(".xlsx")
    body = msg.get_body().get_content()
    assert "Bersama ini kami sampaikan" in body
    assert not demo_services.naskah.register()  # emailing never issues a number


def test_sk_sekda_for_kapuas_hulu_lintas_instansi(services, tmp_path):
    from sistemkerja_desktop.domain.organisasi import PerangkatDaerah

    services.agency.create_agency(PerangkatDaerah(nama="Dinas Kesehatan", pemda="Kabupaten "
                                                  "Kapuas Hulu", profil="kapuas-hulu"))
    # no units/pegawai: jenis_sk needs a team, so only the pattern default is checked here
    assert services.naskah.pola_nomor(JenisNaskah.SK_SEKDA).pola == "{nomor}/SETDA-ORG/{tahun}"
    assert PeranTim.KETUA.value == "Ketua"


def test_changing_what_an_sk_states_makes_it_out_of_date(demo_services, tmp_path):
    """Review finding: the period and tasks are part of the document, not only the roster."""
    import dataclasses

    svc = demo_services
    tid = svc.teams.teams()[0].id
    first = svc.dokumen.cetak_sk_tim(tid, tmp_path / "sk1.pdf")
    assert first.dokumen_baru
    detail = svc.teams.team(tid)
    changed = dataclasses.replace(detail.tim, tugas=(*detail.tim.tugas, "menyusun laporan akhir"))
    svc.teams.save(changed)
    assert all(d.kedaluwarsa for d in svc.dokumen.dokumen(tid))
    second = svc.dokumen.cetak_sk_tim(tid, tmp_path / "sk2.pdf")
    assert second.dokumen_baru and second.nomor != first.nomor


def test_a_reprint_keeps_the_signer_it_was_issued_with(demo_services, tmp_path):
    import dataclasses

    from pypdf import PdfReader

    from sistemkerja_desktop.domain.naskah import BentukTtd, Penandatangan

    svc = demo_services
    tid = svc.teams.teams()[0].id
    first = svc.dokumen.cetak_sk_tim(tid, tmp_path / "sk1.pdf")
    signer, _ = svc.naskah.simpan_penandatangan(Penandatangan(
        jabatan="Sekretaris", nama="Sri Lestari, S.E.", nip="197508222000032902",
        pangkat="Pembina Tingkat I (IV/b)", bentuk=BentukTtd.AN,
        jabatan_atas_nama="KEPALA DINAS KESEHATAN"))
    svc.naskah.simpan_pengaturan(dataclasses.replace(svc.naskah.pengaturan(),
                                                     penandatangan_sk_id=signer.id))
    again = svc.dokumen.cetak_sk_tim(tid, tmp_path / "sk2.pdf")
    assert not again.dokumen_baru and again.nomor == first.nomor
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "sk2.pdf").pages)
    assert "Sri Lestari" not in text and "HENDRA" in text.upper()


def test_giving_the_current_number_again_is_a_reprint(demo_services, tmp_path):
    svc = demo_services
    tid = svc.teams.teams()[0].id
    first = svc.dokumen.cetak_sk_tim(tid, tmp_path / "sk1.pdf")
    again = svc.dokumen.cetak_sk_tim(tid, tmp_path / "sk2.pdf", nomor=first.nomor)
    assert not again.dokumen_baru and again.nomor == first.nomor


# ---- issue #8 item 3: a number is reserved first, never issued twice ------------------------

def _fail_write(monkeypatch, exc):
    from sistemkerja_desktop.services.document_service import DocumentService

    real = DocumentService._write

    def write(self, k, jenis, path, draf, invariant):
        if draf:
            return real(self, k, jenis, path, draf, invariant)
        raise exc

    monkeypatch.setattr(DocumentService, "_write", write)
    return lambda: monkeypatch.setattr(DocumentService, "_write", real)


def test_a_failed_pdf_leaves_the_number_reserved_and_it_can_be_resumed(demo_services, tmp_path,
                                                                        monkeypatch):
    from sistemkerja_desktop.domain.errors import StorageError
    from sistemkerja_desktop.services.naskah_settings import StatusNomor
    from sistemkerja_desktop.services.penerbitan import PenerbitanTertunda

    svc = demo_services
    restore = _fail_write(monkeypatch, StorageError("Disk penuh"))
    with pytest.raises(PenerbitanTertunda) as err:
        svc.dokumen.cetak_surat_tugas(1, tmp_path / "st.pdf", tanggal=dt.date(2026, 7, 16))
    nomor = err.value.nomor
    assert nomor == "800.1.11.1/1/Dinkes/2026"
    assert "Disk penuh" in err.value.message and f"Nomor {nomor} sudah dipesan" in \
        err.value.message and "belum selesai" in err.value.message
    [row] = svc.naskah.register()
    assert (row.nomor, row.status, row.tim_id) == (nomor, StatusNomor.BELUM_SELESAI, 1)
    assert row.tanggal == dt.date(2026, 7, 16) and row.berkas == str(tmp_path / "st.pdf")
    assert svc.dokumen.dokumen(1) == [] and svc.teams.teams()[0].nomor_dokumen == ""
    assert [r.nomor for r in svc.dokumen.reservasi(1)] == [nomor]
    restore()

    # the team's next final refuses and points to the reservation; a draft is fine
    k = svc.dokumen.kesiapan(1, JenisNaskah.SURAT_TUGAS)
    assert any(nomor in x and "belum selesai" in x for x in k.kurang)
    with pytest.raises(NaskahBelumSiap) as blocked:
        svc.dokumen.cetak_surat_tugas(1, tmp_path / "lain.pdf")
    assert blocked.value.tertunda == (nomor,) and not (tmp_path / "lain.pdf").exists()
    assert svc.dokumen.cetak_surat_tugas(1, tmp_path / "draf.pdf", draf=True).draf
    # the SK of that team is another kind: not blocked
    assert svc.dokumen.kesiapan(1, JenisNaskah.SK_KEPALA_PD).siap
    # another team's letter takes the next number: the reserved one is used
    other = svc.dokumen.cetak_surat_tugas(3, tmp_path / "st3.pdf")
    assert other.nomor == "800.1.11.1/2/Dinkes/2026"

    done = svc.dokumen.lanjutkan(nomor, tmp_path / "st-lanjut.pdf")
    assert done.dokumen_baru and done.nomor == nomor and done.halaman >= 1
    assert done.changes.dokumen and done.changes.teams
    text = _text(tmp_path / "st-lanjut.pdf")
    assert nomor in text and "16 Juli 2026" in text
    assert {r.nomor: r.status for r in svc.naskah.register()} == {
        nomor: StatusNomor.TERBIT, other.nomor: StatusNomor.TERBIT}
    [doc] = svc.dokumen.dokumen(1)
    assert doc.nomor == nomor and doc.berkas == str(tmp_path / "st-lanjut.pdf")
    assert svc.dokumen.reservasi(1) == [] and svc.dokumen.kesiapan(1, JenisNaskah.SURAT_TUGAS).siap
    with pytest.raises(ValidationError, match="sudah terbit"):
        svc.dokumen.lanjutkan(nomor, tmp_path / "lagi.pdf")
    # a reprint keeps the number
    again = svc.dokumen.cetak_surat_tugas(1, tmp_path / "ulang.pdf")
    assert not again.dokumen_baru and again.nomor == nomor


def test_a_voided_number_is_never_given_again(demo_services, tmp_path, monkeypatch):
    from sistemkerja_desktop.domain.errors import StorageError
    from sistemkerja_desktop.services.naskah_settings import StatusNomor

    svc = demo_services
    restore = _fail_write(monkeypatch, OSError(28, "No space left on device"))
    with pytest.raises(StorageError) as err:
        svc.dokumen.cetak_sk_tim(1, tmp_path / "sk.pdf")
    restore()
    nomor = err.value.nomor
    assert "No space left on device" in err.value.message
    with pytest.raises(ValidationError, match="Alasan pembatalan nomor wajib diisi"):
        svc.naskah.batalkan_nomor(nomor, "   ")
    assert svc.naskah.register()[0].status is StatusNomor.BELUM_SELESAI
    row, changes = svc.naskah.batalkan_nomor(nomor, "  salah  ketik perihal ")
    assert row.status is StatusNomor.BATAL and row.alasan_batal == "salah ketik perihal"
    assert changes.dokumen and row.berkas == str(tmp_path / "sk.pdf")
    [listed] = svc.naskah.register()
    assert (listed.status, listed.alasan_batal, listed.dipakai_dokumen) == (
        StatusNomor.BATAL, "salah ketik perihal", False)
    assert svc.naskah.usul_nomor(JenisNaskah.SK_KEPALA_PD) == "100.3.3/2/Dinkes/2026"
    with pytest.raises(ValidationError, match="batal, tidak dipakai lagi"):
        svc.naskah.catat_nomor(JenisNaskah.SK_KEPALA_PD, nomor)
    with pytest.raises(ValidationError, match="sudah terdaftar"):
        svc.dokumen.cetak_sk_tim(1, tmp_path / "x.pdf", nomor=nomor)
    with pytest.raises(ValidationError, match="dibatalkan"):
        svc.dokumen.lanjutkan(nomor, tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="sudah dibatalkan"):
        svc.naskah.batalkan_nomor(nomor, "lagi")
    assert not (tmp_path / "x.pdf").exists()
    # the team is free again: its next SK takes the next number
    new = svc.dokumen.cetak_sk_tim(1, tmp_path / "sk2.pdf")
    assert new.dokumen_baru and new.nomor == "100.3.3/2/Dinkes/2026"
    with pytest.raises(ValidationError, match="sudah terbit"):
        svc.naskah.batalkan_nomor(new.nomor, "tidak jadi")
    # a number recorded by hand (no document) may be voided
    hand, _ = svc.naskah.catat_nomor(JenisNaskah.SK_KEPALA_PD, None, perihal="surat luar")
    assert svc.naskah.batalkan_nomor(hand.nomor, "dobel")[0].status is StatusNomor.BATAL
    assert [r.nomor for r in svc.dokumen.reservasi(1)] == []
    from sistemkerja_desktop.domain.errors import NotFoundError

    with pytest.raises(NotFoundError, match="tidak ada di register"):
        svc.naskah.batalkan_nomor("999/x", "alasan")


def test_resuming_is_refused_when_the_team_changed(demo_services, tmp_path, monkeypatch):
    from sistemkerja_desktop.domain.errors import StorageError

    svc = demo_services
    restore = _fail_write(monkeypatch, StorageError("Disk penuh"))
    with pytest.raises(StorageError) as err:
        svc.dokumen.cetak_surat_tugas(3, tmp_path / "st.pdf")
    restore()
    svc.teams.remove_member(3, svc.teams.pegawai_by_nip("199405172023212929").id)
    with pytest.raises(ValidationError, match=r"berubah sejak nomor .* dipesan.*Batalkan nomor"):
        svc.dokumen.lanjutkan(err.value.nomor, tmp_path / "st.pdf")
    assert not (tmp_path / "st.pdf").exists()
    assert svc.naskah.register()[0].status.value == "belum_selesai"


def test_a_bad_output_path_takes_no_number(demo_services, tmp_path):
    svc = demo_services
    for bad in (svc.ctx.db.path, svc.ctx.db.path.with_name(svc.ctx.db.path.name + "-wal"),
                tmp_path):
        with pytest.raises(ValidationError, match="Tidak ada yang ditulis"):
            svc.dokumen.cetak_sk_tim(1, bad)
        with pytest.raises(ValidationError, match="Tidak ada yang ditulis"):
            svc.dokumen.cetak_surat_tugas(1, bad, draf=True)
    assert svc.naskah.register() == []


def test_one_surat_tugas_for_two_teams_blocks_both_while_unfinished(demo_services, tmp_path,
                                                                     monkeypatch):
    from sistemkerja_desktop.domain.errors import StorageError

    svc = demo_services
    restore = _fail_write(monkeypatch, StorageError("Disk penuh"))
    with pytest.raises(StorageError) as err:
        svc.dokumen.cetak_surat_tugas([1, 3], tmp_path / "st.pdf")
    restore()
    nomor = err.value.nomor
    assert [r.nomor for r in svc.dokumen.reservasi(3)] == [nomor]
    assert not svc.dokumen.kesiapan(3, JenisNaskah.SURAT_TUGAS).siap
    done = svc.dokumen.lanjutkan(nomor, tmp_path / "st.pdf")
    assert done.nomor == nomor
    assert [d.nomor for d in svc.dokumen.dokumen(1)] == [d.nomor for d in svc.dokumen.dokumen(3)] \
        == [nomor]
