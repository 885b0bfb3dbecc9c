"""A realistic SIASN-style export (fictitious): one row per pegawai, UNOR NAMA is the lowest unit
only (no paths), the hierarchy lives in NIP ATASAN. 130 rows of a Dinas PUPR:

    Dinas Pekerjaan Umum dan Penataan Ruang (Kepala Dinas)
      Sekretariat → Subbagian Umum dan Kepegawaian, Subbagian Keuangan,
                    Subbagian Perencanaan dan Evaluasi
      Bidang Bina Marga → Seksi Jalan, Seksi Jembatan (+ JF in the Bidang)
      Bidang Cipta Karya → Seksi Air Minum, Seksi Permukiman (+ JF)
      Bidang Sumber Daya Air (JF only, one Ahli Madya assessed by the Kepala Dinas)
      Bidang Penataan Ruang (Kepala Bidang vacant: the Sekretaris assesses as Plt.)
                    → Seksi Pemanfaatan Ruang (its Kasi assessed by the Sekretaris)
      UPTD Peralatan dan Perbekalan → Subbagian Tata Usaha
      UPTD Pengelolaan Jalan Wilayah I → Subbagian Tata Usaha   (same name, other parent)
      UPTD Laboratorium Bahan Konstruksi (led by a JF with tugas tambahan)
"""

from __future__ import annotations

from pathlib import Path

PD = "Dinas Pekerjaan Umum dan Penataan Ruang"
HEADER = ["NO", "NIP BARU", "NAMA", "JABATAN NAMA", "JENIS JABATAN", "UNOR NAMA", "NIP ATASAN"]

EXPECTED_TREE = {
    ("Sekretariat",),
    ("Sekretariat", "Subbagian Umum dan Kepegawaian"),
    ("Sekretariat", "Subbagian Keuangan"),
    ("Sekretariat", "Subbagian Perencanaan dan Evaluasi"),
    ("Bidang Bina Marga",), ("Bidang Bina Marga", "Seksi Jalan"),
    ("Bidang Bina Marga", "Seksi Jembatan"),
    ("Bidang Cipta Karya",), ("Bidang Cipta Karya", "Seksi Air Minum"),
    ("Bidang Cipta Karya", "Seksi Permukiman"),
    ("Bidang Sumber Daya Air",),
    ("Bidang Penataan Ruang",), ("Bidang Penataan Ruang", "Seksi Pemanfaatan Ruang"),
    ("UPTD Peralatan dan Perbekalan",),
    ("UPTD Peralatan dan Perbekalan", "Subbagian Tata Usaha"),
    ("UPTD Pengelolaan Jalan Wilayah I",),
    ("UPTD Pengelolaan Jalan Wilayah I", "Subbagian Tata Usaha"),
    ("UPTD Laboratorium Bahan Konstruksi",),
}


class _Rows:
    def __init__(self) -> None:
        self.rows: list[list[object]] = []

    def add(self, jabatan: str, jenis: str, unor: str, atasan: str | None) -> str:
        i = len(self.rows) + 1
        nip = f"{1970 + i % 20}{i % 12 + 1:02d}{i % 28 + 1:02d}{2010 + i % 10}{i % 12 + 1:02d}" \
              f"{1 + i % 2}{i:03d}"
        self.rows.append([i, nip, f"Pegawai {i:03d}", jabatan, jenis, unor, atasan or ""])
        return nip

    def staff(self, n: int, unor: str, atasan: str, jabatan: str = "Pengadministrasi Perkantoran",
              jenis: str = "Pelaksana") -> None:
        for _ in range(n):
            self.add(jabatan, jenis, unor, atasan)


def siasn_rows() -> list[list[object]]:
    """The data rows (header not included), in a shuffled-looking SIASN order."""
    r = _Rows()
    kadis = r.add("Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "JPT Pratama", PD.upper(),
                  None)
    sek = r.add("Sekretaris", "Struktural", "Sekretariat", kadis)
    r.staff(6, "Sekretariat", sek, "Pengemudi")
    for sub in ("Subbagian Umum dan Kepegawaian", "Subbagian Keuangan",
                "Subbagian Perencanaan dan Evaluasi"):
        kasub = r.add(f"Kepala {sub}", "Pengawas", sub, sek)
        r.staff(6, sub, kasub)
    for bidang, seksi, jf in (
            ("Bidang Bina Marga", ("Seksi Jalan", "Seksi Jembatan"),
             "Teknik Jalan dan Jembatan Ahli Muda"),
            ("Bidang Cipta Karya", ("Seksi Air Minum", "Seksi Permukiman"),
             "Penata Bangunan dan Lingkungan Ahli Muda")):
        kabid = r.add(f"Kepala {bidang}", "Administrator", bidang, kadis)
        for s in seksi:
            kasi = r.add(f"Kepala {s}", "Pengawas", s, kabid)
            r.staff(5, s, kasi, "Pengawas Lapangan")
        r.staff(6, bidang, kabid, jf, "Fungsional")
    kabid_sda = r.add("Kepala Bidang Sumber Daya Air", "Administrator", "Bidang Sumber Daya Air",
                      kadis)
    r.staff(12, "Bidang Sumber Daya Air", kabid_sda, "Teknik Pengairan Ahli Pertama", "Fungsional")
    r.add("Teknik Pengairan Ahli Madya", "Fungsional", "Bidang Sumber Daya Air", kadis)
    # Bidang Penataan Ruang: no Kepala Bidang in the file; the Sekretaris assesses (Plt.)
    r.staff(8, "Bidang Penataan Ruang", sek, "Penata Ruang Ahli Muda", "Fungsional")
    kasi_pr = r.add("Kepala Seksi Pemanfaatan Ruang", "Pengawas", "Seksi Pemanfaatan Ruang", sek)
    r.staff(3, "Seksi Pemanfaatan Ruang", kasi_pr)
    for uptd in ("UPTD Peralatan dan Perbekalan", "UPTD Pengelolaan Jalan Wilayah I"):
        ka = r.add(f"Kepala {uptd}", "Pengawas", uptd, kadis)
        tu = r.add("Kepala Subbagian Tata Usaha", "Pengawas", "Subbagian Tata Usaha", ka)
        r.staff(4, "Subbagian Tata Usaha", tu)
        r.staff(8, uptd, ka, "Operator Alat Berat")
    lab = r.add("Penguji Mutu Bahan Ahli Madya", "Fungsional",
                "UPTD Laboratorium Bahan Konstruksi", kadis)
    r.staff(8, "UPTD Laboratorium Bahan Konstruksi", lab, "Penguji Mutu Bahan Ahli Pertama",
            "Fungsional")
    return r.rows


def write_siasn_xlsx(path: Path) -> Path:
    """Title row merged over the table, a blank row, the header on row 3, data from row 4."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data Pegawai"
    ws.append([f"DATA PEGAWAI {PD.upper()} KABUPATEN UJI"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append([])
    ws.append(HEADER)
    for row in siasn_rows():
        ws.append(row)
    wb.save(path)
    return path
