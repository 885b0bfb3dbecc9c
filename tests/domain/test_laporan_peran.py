"""Issue #11: who holds a report role on a date (`domain.laporan_peran`), pure."""

from __future__ import annotations

import datetime as dt

from sistemkerja_desktop.domain.jabatan import Jabatan, Kategori
from sistemkerja_desktop.domain.laporan import JenisLaporan, PeranLaporan
from sistemkerja_desktop.domain.laporan_peran import KonteksLaporan, PeranResolver, eskalasi
from sistemkerja_desktop.domain.organisasi import (
    JenisUnit,
    Kedudukan,
    Pegawai,
    PerangkatDaerah,
    Position,
    Struktur,
    Unit,
)

JF = Jabatan("Analis Ahli Pertama", Kategori.FUNGSIONAL)
# Dinas (1) > Bidang A (2) > Seksi A1 (3); Bidang B (4)
UNITS = (Unit(1, "Dinas", JenisUnit.PIMPINAN), Unit(2, "Bidang A", JenisUnit.BIDANG, 1),
         Unit(3, "Seksi A1", JenisUnit.SEKSI, 2), Unit(4, "Bidang B", JenisUnit.BIDANG, 1))
POS = (Position(10, "Kepala Dinas", Kategori.JPT_PRATAMA, 1, pemangku_id=100),
       Position(20, "Kepala Bidang A", Kategori.ADMINISTRATOR, 2, pemangku_id=200),
       Position(30, "Kepala Seksi A1", Kategori.PENGAWAS, 3, pemangku_id=300),
       Position(40, "Kepala Bidang B", Kategori.ADMINISTRATOR, 4, pemangku_id=None))
PEG = (Pegawai(100, "1" * 18, "Kadis", None, 1), Pegawai(200, "2" * 18, "Kabid", None, 2),
       Pegawai(300, "3" * 18, "Kasi", None, 3), Pegawai(400, "4" * 18, "Ani", JF, 3),
       Pegawai(500, "5" * 18, "Budi", JF, 4), Pegawai(600, "6" * 18, "Luar", JF, None))
KED = (Kedudukan(1, 400, 30, dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
       Kedudukan(2, 400, 20, dt.date(2026, 7, 1)))
S = Struktur(PerangkatDaerah("Dinas", "Kab"), UNITS, POS, PEG, KED)


def _r(day=dt.date(2026, 3, 1)):
    return PeranResolver(S, day)


def test_ppk_follows_the_kedudukan_in_force_on_the_date():
    k = KonteksLaporan(JenisLaporan.INDIVIDU, 400)
    assert _r().pemegang(PeranLaporan.PPK, k).nama == "Kasi"
    assert _r(dt.date(2026, 8, 1)).pemegang(PeranLaporan.PPK, k).nama == "Kabid"
    none = _r().pemegang(PeranLaporan.PPK, KonteksLaporan(JenisLaporan.INDIVIDU, 500))
    assert none.pegawai_id is None and "belum ditetapkan" in none.jabatan


def test_pimpinan_unit_kerja_is_the_nearest_head_other_than_the_author():
    ani = KonteksLaporan(JenisLaporan.KETUA, 400)
    kasi = KonteksLaporan(JenisLaporan.KETUA, 300)
    assert _r().pemegang(PeranLaporan.PIMPINAN_UNIT_KERJA, ani).nama == "Kasi"
    assert _r().pemegang(PeranLaporan.PIMPINAN_UNIT_KERJA, kasi).nama == "Kabid"
    assert _r().pemegang(PeranLaporan.PUO, ani).nama == "Kabid"  # unit organisasi: Bidang A


def test_puo_pemilik_kinerja_is_the_teams_unit_and_vacancies_are_named():
    k = KonteksLaporan(JenisLaporan.KETUA, 400, 400, unit_pemilik_id=4)
    h = _r().pemegang(PeranLaporan.PUO_PEMILIK_KINERJA, k)
    assert h.pegawai_id is None and h.jabatan == "Kepala Bidang B"
    ind = KonteksLaporan(JenisLaporan.INDIVIDU, 400, unit_pemilik_id=4)
    assert _r().pemegang(PeranLaporan.PUO_PEMILIK_KINERJA, ind).nama == "Kabid"  # his own PUO
    luar = KonteksLaporan(JenisLaporan.INDIVIDU, 600, unit_pemilik_id=3)
    assert _r().pemegang(PeranLaporan.PUO, luar).nama == "Kabid"  # no unit: the owner's
    assert _r().peran_dari(200, {PeranLaporan.PPK, PeranLaporan.PUO}, ind) is PeranLaporan.PUO
    assert _r().peran_dari(100, {PeranLaporan.PPK, PeranLaporan.PUO}, ind) is None


def test_escalation_lintas_unit_then_each_members_puo_once():
    k = KonteksLaporan(JenisLaporan.KETUA, 400, 400, unit_pemilik_id=2,
                       anggota_ids=(400, 300, 500))
    got = eskalasi("kapuas-hulu", _r(), k)
    assert [t.pemegang.jabatan for t in got] == ["Kepala Bidang A", "Kepala Bidang B"]
    assert [t.pemegang.jabatan for t in eskalasi("barito-timur", _r(), k)][-1] == "Kepala Dinas"
    ind = eskalasi("pekalongan", _r(), KonteksLaporan(JenisLaporan.INDIVIDU, 400))
    assert [t.peran for t in ind] == ["Pimpinan Unit Organisasi", "Pejabat Penilai Kinerja"]
