"""The ketua's report of each member's results for the Pejabat Penilai Kinerja (issue #11): the
content of the naskah (`exporters.pdf.hasil_anggota` prints it), and whom each profile has it
addressed to, with the Pasal.

Source: /work/shared/spec/penugasan_laporan.md §2, row "Ketua reports members' results for
penilaian": the ketua "melaporkan hasil kinerja anggota timnya kepada pejabat penilai kinerja dan
pimpinan unit organisasi yang bersangkutan sebagai bahan pertimbangan penilaian kinerja pejabat
fungsional dan pelaksana" (KH Lampiran I huruf A angka 3 huruf e; BT Lampiran II bagian I huruf B
angka (4) huruf e, also to the Kepala Perangkat Daerah; PK Pasal 22 ayat (5) huruf e; BG Pasal 10
ayat (4) huruf e; PS Lampiran II huruf B angka 3 huruf A)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sistemkerja_desktop.domain.naskah import Penandatangan, TataLetak
from sistemkerja_desktop.domain.naskah_dok import Kop
from sistemkerja_desktop.domain.profiles.citation import (
    SEED_BARITO_TIMUR,
    SEED_BUNGO,
    SEED_KAPUAS_HULU,
    SEED_PASURUAN,
    SEED_PEKALONGAN,
    Citation,
    umum,
)


@dataclass(frozen=True, slots=True)
class AturanHasil:
    """To whom the ketua reports the members' results, per profile."""

    kepala_pd: bool  # BT: also the Kepala Perangkat Daerah ("dan/atau" the PUO)
    dasar: Citation


ATURAN: dict[str, AturanHasil] = {
    "kapuas-hulu": AturanHasil(False, Citation(SEED_KAPUAS_HULU,
                                               "Lampiran I huruf A angka 3 huruf e")),
    "barito-timur": AturanHasil(True, Citation(SEED_BARITO_TIMUR, "Lampiran II bagian I huruf B "
                                                                  "angka (4) huruf e")),
    "pekalongan": AturanHasil(False, Citation(SEED_PEKALONGAN, "Pasal 22 ayat (5) huruf e; "
                                                               "Lampiran IV angka 4.1.3")),
    "bungo": AturanHasil(False, Citation(SEED_BUNGO, "Pasal 10 ayat (4) huruf e")),
    "pasuruan": AturanHasil(False, Citation(SEED_PASURUAN, "Lampiran II huruf B angka 3 huruf A")),
}
UMUM = AturanHasil(False, umum("KH Lampiran I huruf A angka 3 huruf e; Bungo Pasal 10 ayat (4) "
                               "huruf e"))


def aturan_hasil(profil: str) -> AturanHasil:
    return ATURAN.get(profil, UMUM)


@dataclass(frozen=True, slots=True)
class HasilPeriode:
    """One member report of the year."""

    laporan_id: int | None
    periode: str
    status: str
    progres: int | None
    narasi: str
    capaian: tuple[tuple[str, str], ...]  # (indikator, capaian)
    dikirim: dt.date | None
    terlambat: bool = False


@dataclass(frozen=True, slots=True)
class HasilAnggotaBaris:
    """One member: who he is, his PPK, his results."""

    no: int
    nama: str
    nip: str
    pangkat: str
    jabatan: str
    peran: str  # role in the team ("Anggota", "Sekretaris", …)
    ppk: str  # "Nama, jabatan" of his PPK on the date ("" when not known)
    ppk_nip: str
    hasil: tuple[HasilPeriode, ...]
    catatan: str = ""  # the ketua's note (blank: written by hand)

    @property
    def rata_progres(self) -> int | None:
        values = [h.progres for h in self.hasil if h.progres is not None]
        return round(sum(values) / len(values)) if values else None


@dataclass(frozen=True, slots=True)
class HasilAnggota:
    tim_id: int
    tim_nama: str
    jenis_tim: str
    unit: str
    tahun: int
    tanggal: dt.date
    tempat: str
    dasar: str  # the Pasal (Citation text)
    sk_nomor: str  # the team's SK / Surat Tugas ("" when none)
    kepada: tuple[str, ...]  # the addressees
    ketua: Penandatangan | None
    anggota: tuple[HasilAnggotaBaris, ...]
    kop: Kop
    tata_letak: TataLetak = TataLetak()

    @property
    def judul(self) -> str:
        """'LAPORAN HASIL KINERJA ANGGOTA TIM … TAHUN 2026' (the year once: a team named
        '… Tahun 2026' keeps its own)."""
        nama = self.tim_nama.upper()
        tahun = "" if str(self.tahun) in nama else f" TAHUN {self.tahun}"
        return f"LAPORAN HASIL KINERJA ANGGOTA {nama}{tahun}"

    def as_json(self) -> dict[str, object]:
        return {"tim_id": self.tim_id, "tim": self.tim_nama, "tahun": self.tahun,
                "tanggal": self.tanggal.isoformat(), "dasar": self.dasar,
                "kepada": list(self.kepada),
                "ketua": self.ketua.nama if self.ketua else None,
                "anggota": [{"nama": a.nama, "nip": a.nip, "jabatan": a.jabatan,
                             "peran": a.peran, "ppk": a.ppk, "ppk_nip": a.ppk_nip,
                             "progres_rata_rata": a.rata_progres,
                             "hasil": [{"id": h.laporan_id, "periode": h.periode,
                                        "status": h.status, "progres": h.progres,
                                        "narasi": h.narasi,
                                        "capaian": [{"indikator": i, "capaian": c}
                                                    for i, c in h.capaian]}
                                       for h in a.hasil]}
                            for a in self.anggota]}
