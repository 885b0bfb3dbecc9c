"""The roster of a demo team with one pending and one refused outsider, exported through the
service and read back: the refused member is left out of the table and named with the reason
(no naskah lists them: KH Lampiran I B.2.a.2 d; BG Pasal 6 ayat (3) huruf d; BT Lampiran II
C.1)(3) d; PS II.B.2.a a)2 d), the pending one is marked."""

import openpyxl

from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.exporters.xlsx.roster import KOLOM, MENUNGGU

YOGA = "199307062021031920"
MAYA = "198808302014032921"


def test_roster_leaves_out_the_refused_and_marks_the_pending(demo_services, tmp_path):
    svc = demo_services
    yoga = svc.teams.pegawai_by_nip(YOGA).id
    maya = svc.teams.pegawai_by_nip(MAYA).id
    svc.teams.set_persetujuan(2, yoga, Persetujuan.MENUNGGU, "")
    svc.teams.set_persetujuan(2, maya, Persetujuan.DITOLAK, "dibutuhkan untuk BIAN")
    path = tmp_path / "roster.xlsx"
    assert svc.dokumen.ekspor_roster([2], path) == 1
    wb = openpyxl.load_workbook(path)
    ws = wb[wb.sheetnames[1]]
    head = next(r[0].row for r in ws.iter_rows() if r[0].value == "NO")
    table = {row[1].value: [c.value for c in row]
             for row in ws.iter_rows(min_row=head + 1)}
    names = list(table)
    assert not any("Maya" in n for n in names)
    assert len(names) == 5 and names[0].startswith("Agus Setiawan")  # the ketua first
    yoga_row = next(v for k, v in table.items() if k.startswith("dr. Yoga"))
    assert yoga_row[KOLOM.index("PERSETUJUAN")] == MENUNGGU
    assert yoga_row[KOLOM.index("JABATAN DALAM TIM")] == "Anggota"
    assert "lintas unit" in yoga_row[KOLOM.index("UNIT/ASAL")]
    notes = " ".join(str(ws.cell(r, 2).value) for r in range(2, head))
    assert "Ns. Maya Sari, S.Kep. (NIP 19880830 201403 2 921): dibutuhkan untuk BIAN" in notes
    ring = wb["Ringkasan"]
    assert ring["H4"].value == 5
    assert ring["J4"].value == "1 menunggu persetujuan; 1 ditolak (tidak dicantumkan)"
