"""Default legal basis and tembusan of a PD's naskah, per regulation profile (issue #9: every
default cites its regulation with nomor and tahun). `mengingat_bawaan(pd)` / `dasar_st_bawaan(pd)`
keep their signatures: switching the profile compares a saved list with the old profile's
default to refresh it (services.profil_service)."""

from __future__ import annotations

from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.domain.profiles import get_profile


def _peraturan(nama: str) -> str:
    return nama.replace("Perbup ", "Peraturan Bupati ").replace(" No. ", " Nomor ")


PERMENPANRB_7_2022 = ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
                      "Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk "
                      "Penyederhanaan Birokrasi")
PERMENPANRB_6_2022 = ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
                      "Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil "
                      "Negara")


def mengingat_bawaan(pd: PerangkatDaerah) -> tuple[str, ...]:
    """domain_conventions.md §1.5 (LN/TLN numbers only where verified). Every entry cites its
    nomor and tahun (the readiness check refuses one that does not); the profile's Perbup
    Sistem Kerja closes the list."""
    prof = get_profile(pd.profil)
    items = [
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik "
        "Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) "
        "sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023",
        "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
        "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil "
        "(Lembaran Negara Republik Indonesia Tahun 2017 Nomor 63, Tambahan Lembaran Negara "
        "Republik Indonesia Nomor 6037) sebagaimana telah diubah dengan Peraturan Pemerintah "
        "Nomor 17 Tahun 2020 (Lembaran Negara Republik Indonesia Tahun 2020 Nomor 68, Tambahan "
        "Lembaran Negara Republik Indonesia Nomor 6477)",
        "Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil "
        "(Lembaran Negara Republik Indonesia Tahun 2019 Nomor 77, Tambahan Lembaran Negara "
        "Republik Indonesia Nomor 6340)",
        PERMENPANRB_6_2022,
        PERMENPANRB_7_2022,
    ]
    if prof.seed:
        items.append(_peraturan(prof.nama))
    return tuple(items)


def dasar_st_bawaan(pd: PerangkatDaerah) -> tuple[str, ...]:
    """The Dasar of a Surat Tugas (Kapuas Hulu Lampiran II.3: the SOTK Perbup and the Perbup
    Sistem Kerja). Only regulations cited with nomor and tahun: the PermenPANRB on sistem kerja
    and the profile's Perbup (the generic profile: the PermenPANRB on pengelolaan kinerja). The
    SOTK Perbup of the PD has a number the app does not know: the user adds it, numbered."""
    prof = get_profile(pd.profil)
    if prof.seed:
        return (PERMENPANRB_7_2022, _peraturan(prof.nama))
    return (PERMENPANRB_6_2022, PERMENPANRB_7_2022)


TEMBUSAN_SK = ("Yang bersangkutan untuk diketahui dan dilaksanakan sebagaimana mestinya.",)
TEMBUSAN_ST = ("Pejabat Penilai Kinerja masing-masing;", "Arsip.")
