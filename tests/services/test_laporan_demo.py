"""Issue #11: the demo agency's Laporan area shows real reports at the demo's date — accepted,
late, returned with a note, waiting for review, not sent, members' reports, an ad-hoc request."""

from __future__ import annotations

from collections import Counter

from sistemkerja_desktop.db.models import AuditRow


def test_the_demo_has_reports_in_every_state(demo_services):
    s = demo_services
    rows = s.laporan.daftar(anggota=True)
    status = Counter(r.status for r in rows)
    assert status["diterima"] >= 10 and status["dikirim"] >= 1
    assert status["perlu-perbaikan"] == 1 and status["belum"] >= 4
    assert any(r.terlambat and r.status == "diterima" for r in rows)  # sent late
    assert any(r.terlambat and r.id is None for r in rows)  # a month not sent at all
    assert {r.jenis for r in rows} == {"ketua", "anggota"}
    adhoc = [r for r in rows if r.periode_urut is None]
    assert len(adhoc) == 1 and adhoc[0].diminta_oleh == "Pimpinan Unit Organisasi"
    returned = next(r for r in rows if r.status == "perlu-perbaikan")
    assert s.laporan.detail(returned.id).catatan_terakhir
    waiting = next(r for r in rows if r.status == "dikirim" and r.jenis == "ketua")
    todo = s.laporan.perlu_tindakan(waiting.menunggu.nip)
    assert waiting.id in {t.laporan.id for t in todo if t.jenis == "tinjau"}
    masalah = next(r for r in rows if r.ada_permasalahan)
    assert s.laporan.detail(masalah.id).eskalasi
    assert s.laporan.penunggu()


def test_the_demo_reports_were_written_in_one_audited_transaction(demo_services):
    with demo_services.ctx.reading() as session:
        notes = {a.keterangan for a in session.query(AuditRow).filter(
            AuditRow.tabel == "laporan")}
    assert notes == {"membuat laporan contoh"}
