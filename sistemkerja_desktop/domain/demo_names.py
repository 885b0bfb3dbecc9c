"""Name and title tables for the fictional demo data (`demo.py`).

Everything here is fictional. Names are common Indonesian given names and family names combined at
random, so any match with a real person is a coincidence. Jabatan names follow
domain_conventions.md §3.2 (JF of a Dinas Kesehatan and a Puskesmas) and §3.3 (pelaksana).
"""

from __future__ import annotations

import random
from itertools import accumulate
from typing import NamedTuple


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# --- People -------------------------------------------------------------------------------------
# group → (male given, female given, family names for men, family names for women).
# An empty family list means the group's names are built from given names only.
NAME_GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {
    "jawa": (
        _w("Agus Bambang Budi Dwi Eko Joko Sugeng Wahyu Heru Hadi Teguh Aris Bayu Yudi Rudi Tri "
           "Didik Anton Bagus Danang Galih Arif Hendro Imam Joni Yoga Gilang Fajar Adi Rizky"),
        _w("Sri Dwi Tri Endang Wahyuni Siti Dewi Ratna Rini Yuni Ayu Indah Puji Retno Wulan Nurul "
           "Fitri Eka Tika Ani Lina Diah Ika Anik Dian Novi Putri Septi Mega Erna"),
        _w("Santoso Prasetyo Wibowo Nugroho Susanto Saputra Setiawan Kurniawan Purnomo Gunawan "
           "Wicaksono Sulistyo Raharjo Hartono Utomo Pamungkas Susilo Wijaya Pratama Firmansyah "
           "Hidayat Ardiansyah Kuncoro Widodo Cahyono"),
        _w("Lestari Rahayu Handayani Kusumawati Wulandari Astuti Purwanti Susilowati Maharani "
           "Pratiwi Anggraini Setyaningsih Suryani Ningsih Rahmawati Safitri Kurniasih Yuliani "
           "Puspitasari Permatasari Wijayanti Sulistyowati Mulyani Hastuti"),
    ),
    "sunda": (
        _w("Asep Ujang Dadang Cecep Deden Yayan Iwan Dede Ade Aep Jajang Wawan Dodi Ridwan Ahmad "
           "Rizal Hendra Yusuf Ikhsan Irfan Ginanjar Fikri Iman"),
        _w("Euis Neneng Nining Iis Lilis Yeni Cucu Imas Yati Tati Rina Ai Nia Ratih Dewi Siti "
           "Rosita Elis Heni Irma Nuri Resti Sinta"),
        _w("Sopandi Supriatna Suhendar Permana Kurnia Ruhimat Sudrajat Rukmana Mulyana Komarudin "
           "Setiadi Ramdani Hermawan Somantri Nugraha Ramdhan Saepudin Sulaeman"),
        _w("Nurhayati Rosmiati Komalasari Sundari Marlina Hermawati Nuraeni Karlina Setiawati "
           "Kartika Rostika Nurjanah Suhartini Kusmiati Herlina Wulansari Rosdiana"),
    ),
    "melayu": (
        _w("Zulkifli Syahrul Fadli Rahmat Hasan Irwan Rizal Firdaus Azhar Taufik Yusuf Hafiz "
           "Fauzi Rahmadi Iskandar Syafrizal Zulfahmi Muhammad Mukhlis Khairul Arief Reza"),
        _w("Nurul Rahmah Fitri Yusnita Zuraida Nurhasanah Aisyah Hasanah Rosmawati Nurlela "
           "Farida Mardiah Syafitri Wardah Khairani Nadia Zahra Laila Salmah Husna Mutia"),
        _w("Effendi Syafii Rahman Hamzah Anwar Ismail Ramadhan Chaniago Tanjung Piliang Koto "
           "Basri Hasibuan Zainuddin Abdullah Yusran Daulay Syahputra"),
        _w("Effendi Rahman Hamzah Anwar Ismail Chaniago Tanjung Piliang Fitriani Yanti "
           "Syahfitri Ramadhani Zainab Hayati Maulida"),
    ),
    "batak": (
        _w("Parlindungan Togar Hotman Sahat Jonner Marihot Benny Roy Daniel Samuel Martin Tumpal "
           "Poltak Ronald Johannes Hendrik Robert Ferdinan Binsar Gomgom"),
        _w("Tiurma Lamtiur Rotua Maria Debora Yohana Roslina Nurmala Ruth Elisabeth Sondang Dame "
           "Rosmawati Lenny Friska Melva Rosdiana Ester Grace"),
        _w("Siregar Nasution Simanjuntak Hutapea Sitompul Lubis Harahap Sinaga Simatupang Pardede "
           "Manurung Situmorang Panjaitan Hutagalung Tambunan Sihombing Pasaribu Silalahi"),
        _w("Siregar Nasution Simanjuntak Hutapea Sitompul Lubis Harahap Sinaga Simatupang Pardede "
           "Manurung Situmorang Panjaitan Hutagalung Tambunan Sihombing Pasaribu Silalahi"),
    ),
    "bugis": (
        _w("Syamsul Baharuddin Ridwan Amiruddin Jumardi Darmawan Haerul Akbar Asriadi Ilham "
           "Hasrul Nasrullah Muhlis Sudirman Irwansyah Syahrir Arham Fadly Firman"),
        _w("Nurhayati Hasnah Rismawati Nurjannah Hasmiati Irmawati Sukmawati Jumriati Hartati "
           "Andriani Haslinda Nurfadillah Sitti Rahmatia Marlina Suriani Wahyuni Nurul"),
        _w("Rahman Saleh Hamid Latif Mansyur Syarif Ramli Amir Arsyad Bakri Hamzah Jamaluddin"),
        _w("Rahman Saleh Hamid Latif Mansyur Syarif Ramli Amir Arsyad Bakri Aminah Rahmawati"),
    ),
    "bali": (
        _w("Suarta Adnyana Wirawan Sudarsana Artawan Mahendra Suputra Darmawan Wiradana Budiarta "
           "Arimbawa Sukadana Wijaya Putra Sedana"),
        _w("Sriani Sukarini Wulandari Suartini Lestari Kartika Ariani Widiastuti Astiti Purnami "
           "Yuliantari Sukmawati Darmayanti"),
        (),
        (),
    ),
    "minahasa": (
        _w("Jefri Stevie Ronald Frans Hendrik Johan Marvel Alfrets Richard Michael Glenn Jerry"),
        _w("Meiske Novita Grace Christin Stela Femmy Vivian Juliana Deisy Margaretha Olivia"),
        _w("Rumondor Wowor Pangemanan Tumbelaka Sondakh Kaunang Lumi Rondonuwu Mandagi Tumewu "
           "Lengkong Supit Mamahit"),
        _w("Rumondor Wowor Pangemanan Tumbelaka Sondakh Kaunang Lumi Rondonuwu Mandagi Tumewu "
           "Lengkong Supit Mamahit"),
    ),
    "tionghoa": (
        _w("Hendra Kevin Andreas Yohanes Budi Felix Steven Wilson Rudy Hengky Jonathan"),
        _w("Lina Yuliana Fransiska Melinda Susanti Jessica Lili Angelina Vera Cindy Monica"),
        _w("Wijaya Halim Gunawan Tanuwijaya Kurniadi Santoso Hartanto Susanto Salim Sutanto"),
        _w("Wijaya Halim Gunawan Tanuwijaya Kurniadi Santoso Hartanto Susanto Salim Sutanto"),
    ),
}
NAME_GROUP_WEIGHTS: dict[str, int] = {"jawa": 40, "sunda": 20, "melayu": 12, "batak": 8,
                                      "bugis": 7, "bali": 5, "minahasa": 4, "tionghoa": 4}
# Single-word names, common among older staff ("Hartini", "Sukardi").
SINGLE_MALE = _w("Suparman Sukardi Sumarno Rusdi Samsudin Suparno Kasmani Sunarto Slamet Darsono "
                 "Wagiman Sutrisno Mulyadi Jumadi Ruslan Syamsuddin Marzuki")
SINGLE_FEMALE = _w("Sumiati Suparmi Kasiyah Sutini Hartini Sulastri Suwarni Rukmini Mursidah "
                   "Kartini Salamah Juwariyah Sumarni Rohani Jamilah")
BALI_MALE_PREFIX = _w("Wayan Made Nyoman Ketut Putu Gede Kadek Komang")
BALI_FEMALE_PREFIX = _w("Luh Made Wayan Ketut Putu Kadek Komang")


_GROUPS = tuple(NAME_GROUP_WEIGHTS)
_GROUP_CW = tuple(accumulate(NAME_GROUP_WEIGHTS.values()))
_FAMILY_ALWAYS = frozenset({"batak", "minahasa", "tionghoa"})


def buat_nama(rng: random.Random, female: bool) -> str:
    """A random Indonesian name (without gelar) from one of the NAME_GROUPS."""
    group = rng.choices(_GROUPS, cum_weights=_GROUP_CW)[0]
    males, females, fam_m, fam_f = NAME_GROUPS[group]
    given, fam = (females, fam_f) if female else (males, fam_m)
    if group == "bali":
        return (f"Ni {rng.choice(BALI_FEMALE_PREFIX)}" if female
                else f"I {rng.choice(BALI_MALE_PREFIX)}") + f" {rng.choice(given)}"
    if group in ("jawa", "sunda") and rng.random() < 0.08:
        return rng.choice(SINGLE_FEMALE if female else SINGLE_MALE)
    parts = [rng.choice(given)]
    if rng.random() < 0.3:
        parts.append(rng.choice(given))
    if fam and (group in _FAMILY_ALWAYS or rng.random() < 0.85):
        parts.append(rng.choice(fam))
    if group == "batak" and female and len(parts) > 1 and rng.random() < 0.2:
        parts.insert(-1, "br.")
    if group == "bugis" and rng.random() < 0.2:
        parts.insert(0, "Andi")
    if group == "melayu" and not female and rng.random() < 0.15:
        parts.insert(0, "Muhammad")
    return " ".join(dict.fromkeys(parts))  # no repeated word


# --- Jabatan -----------------------------------------------------------------------------------
class Didik(NamedTuple):
    """One education option: pendidikan text, gelar, and the entry level for starting golongan."""

    pendidikan: str
    gelar_depan: str
    gelar_belakang: str
    level: str  # "SMA", "D3", "S1", "DR" (doctor/dentist: starts III/b), "S2"


class JabSpec(NamedTuple):
    ahli: tuple[Didik, ...]  # options for the keahlian jenjang (empty: no keahlian jenjang)
    trampil: tuple[Didik, ...]  # options for the keterampilan jenjang
    umum: tuple[Didik, ...]  # options when it is a jabatan pelaksana
    p_female: float
    kompetensi: tuple[str, ...]
    magister: tuple[tuple[str, str], ...] = ()  # (pendidikan S2, gelar) added for some seniors


def _d(pendidikan: str, depan: str, belakang: str, level: str) -> Didik:
    return Didik(pendidikan, depan, belakang, level)


_SKM = _d("S1 Kesehatan Masyarakat", "", "S.KM.", "S1")
_MKES = (("S2 Kesehatan Masyarakat", "M.Kes."),)
_MADM = (("S2 Manajemen", "M.M."), ("S2 Administrasi Publik", "M.A.P."),
         ("S2 Ilmu Sosial", "M.Si."))
_SMA = (_d("SMA", "", "", "SMA"), _d("SMK Administrasi Perkantoran", "", "", "SMA"))

JABATAN: dict[str, JabSpec] = {
    # Puskesmas and health JF
    "Dokter": JabSpec((_d("Profesi Dokter", "dr.", "", "DR"),), (), (), 0.6,
                      ("pelayanan klinis", "kedokteran keluarga"), _MKES),
    "Dokter Gigi": JabSpec((_d("Profesi Dokter Gigi", "drg.", "", "DR"),), (), (), 0.7,
                           ("kesehatan gigi dan mulut", "pelayanan klinis"), _MKES),
    "Perawat": JabSpec((_d("Profesi Ners", "Ns.", "S.Kep.", "S1"),),
                       (_d("D3 Keperawatan", "", "A.Md.Kep.", "D3"),), (), 0.65,
                       ("asuhan keperawatan", "kegawatdaruratan"), (("S2 Keperawatan", "M.Kep."),)),
    "Bidan": JabSpec((_d("D4 Kebidanan", "", "S.Tr.Keb.", "S1"),
                      _d("D4 Kebidanan", "", "S.ST.", "S1")),
                     (_d("D3 Kebidanan", "", "A.Md.Keb.", "D3"),), (), 1.0,
                     ("kesehatan ibu dan anak", "persalinan")),
    "Apoteker": JabSpec((_d("Profesi Apoteker", "apt.", "S.Farm.", "S1"),), (), (), 0.65,
                        ("kefarmasian", "pengelolaan obat"), (("S2 Farmasi", "M.Farm."),)),
    "Asisten Apoteker": JabSpec((), (_d("D3 Farmasi", "", "A.Md.Farm.", "D3"),), (), 0.7,
                                ("kefarmasian", "pengelolaan obat")),
    "Nutrisionis": JabSpec((_d("S1 Gizi", "", "S.Gz.", "S1"),),
                           (_d("D3 Gizi", "", "A.Md.Gz.", "D3"),), (), 0.8, ("gizi", "stunting")),
    "Tenaga Sanitasi Lingkungan": JabSpec(
        (_d("D4 Sanitasi Lingkungan", "", "S.Tr.Kes.", "S1"), _SKM),
        (_d("D3 Kesehatan Lingkungan", "", "A.Md.KL.", "D3"),), (), 0.5,
        ("kesehatan lingkungan", "sanitasi")),
    "Epidemiolog Kesehatan": JabSpec((_SKM,), (), (), 0.5, ("surveilans", "respons KLB"),
                                     (("S2 Epidemiologi", "M.Epid."),) + _MKES),
    "Tenaga Promosi Kesehatan dan Ilmu Perilaku": JabSpec(
        (_SKM,), (), (), 0.6, ("promosi kesehatan", "pemberdayaan masyarakat"), _MKES),
    "Entomolog Kesehatan": JabSpec((_d("S1 Biologi", "", "S.Si.", "S1"), _SKM), (), (), 0.45,
                                   ("pengendalian vektor", "surveilans")),
    "Administrator Kesehatan": JabSpec((_SKM,), (), (), 0.55,
                                       ("manajemen kesehatan", "akreditasi"), _MKES),
    "Pranata Laboratorium Kesehatan": JabSpec(
        (_d("D4 Teknologi Laboratorium Medis", "", "S.Tr.Kes.", "S1"),),
        (_d("D3 Analis Kesehatan", "", "A.Md.AK.", "D3"),), (), 0.6,
        ("laboratorium", "pemeriksaan spesimen")),
    "Perekam Medis": JabSpec((), (_d("D3 Rekam Medis", "", "A.Md.RMIK.", "D3"),), (), 0.65,
                             ("rekam medis", "sistem informasi kesehatan")),
    "Terapis Gigi dan Mulut": JabSpec((), (_d("D3 Kesehatan Gigi", "", "A.Md.Kes.", "D3"),), (),
                                      0.7, ("kesehatan gigi dan mulut",)),
    "Fisioterapis": JabSpec((), (_d("D3 Fisioterapi", "", "A.Md.Ftr.", "D3"),), (), 0.5,
                            ("fisioterapi", "rehabilitasi medik")),
    # Office JF
    "Perencana": JabSpec((_d("S1 Ekonomi Pembangunan", "", "S.E.", "S1"),
                          _d("S1 Perencanaan Wilayah dan Kota", "", "S.T.", "S1")), (), (), 0.5,
                         ("perencanaan", "penganggaran"), _MADM),
    "Analis Keuangan Pusat dan Daerah": JabSpec(
        (_d("S1 Akuntansi", "", "S.Ak.", "S1"), _d("S1 Manajemen", "", "S.E.", "S1")), (), (),
        0.55, ("keuangan", "akuntansi"), (("S2 Akuntansi", "M.Ak."), ("S2 Manajemen", "M.M."))),
    "Analis Sumber Daya Manusia Aparatur": JabSpec(
        (_d("S1 Administrasi Negara", "", "S.Sos.", "S1"), _d("S1 Psikologi", "", "S.Psi.", "S1")),
        (), (), 0.5, ("kepegawaian", "manajemen ASN"), _MADM),
    "Pranata Sumber Daya Manusia Aparatur": JabSpec(
        (), (_d("D3 Administrasi Perkantoran", "", "A.Md.", "D3"),), (), 0.55,
        ("kepegawaian", "administrasi ASN")),
    "Pranata Komputer": JabSpec((_d("S1 Teknik Informatika", "", "S.Kom.", "S1"),),
                                (_d("D3 Manajemen Informatika", "", "A.Md.Kom.", "D3"),), (), 0.35,
                                ("teknologi informasi", "pengelolaan data")),
    "Arsiparis": JabSpec((_d("S1 Ilmu Perpustakaan", "", "S.IP.", "S1"),),
                         (_d("D3 Kearsipan", "", "A.Md.", "D3"),), (), 0.55, ("kearsipan",)),
    "Statistisi": JabSpec((_d("S1 Statistika", "", "S.Stat.", "S1"),), (), (), 0.5,
                          ("statistik", "pengelolaan data")),
    "Pranata Hubungan Masyarakat": JabSpec((_d("S1 Ilmu Komunikasi", "", "S.I.Kom.", "S1"),), (),
                                           (), 0.55, ("kehumasan", "media sosial")),
    "Pengelola Pengadaan Barang/Jasa": JabSpec(
        (_d("S1 Teknik Sipil", "", "S.T.", "S1"), _d("S1 Manajemen", "", "S.E.", "S1")), (), (),
        0.4, ("pengadaan barang/jasa",)),
    # Jabatan pelaksana (KepmenPANRB 656/2023 names, §3.3)
    "Pengadministrasi Perkantoran": JabSpec((), (), _SMA, 0.5, ("administrasi", "persuratan")),
    "Operator Layanan Operasional": JabSpec((), (), _SMA, 0.4, ("layanan umum",)),
    "Pengelola Umum Operasional": JabSpec((), (), _SMA[:1], 0.1,
                                          ("kendaraan dinas", "pemeliharaan sarana")),
    "Pengelola Layanan Operasional": JabSpec(
        (), (), (_d("D3 Manajemen Informatika", "", "A.Md.", "D3"),
                 _d("D3 Administrasi Bisnis", "", "A.Md.", "D3")), 0.5, ("administrasi", "data")),
    "Penata Layanan Operasional": JabSpec(
        (), (), (_d("S1 Administrasi Publik", "", "S.AP.", "S1"),
                 _d("S1 Manajemen", "", "S.E.", "S1")), 0.5, ("administrasi", "pelaporan")),
    "Penata Kelola Layanan Kesehatan": JabSpec((), (), (_SKM,), 0.6,
                                               ("manajemen kesehatan", "data kesehatan")),
    "Pengelola Layanan Kesehatan": JabSpec(
        (), (), (_d("D3 Kesehatan Lingkungan", "", "A.Md.KL.", "D3"),
                 _d("D3 Keperawatan", "", "A.Md.Kep.", "D3")), 0.6,
        ("pelayanan kesehatan", "data kesehatan")),
    "Operator Layanan Kesehatan": JabSpec((), (), (_d("SMK Kesehatan", "", "", "SMA"),), 0.6,
                                          ("pendaftaran pasien",)),
}

# Structural officials: role → (golongan low, high, education options, p_female, kompetensi).
_DR_MKES = _d("S2 Kesehatan Masyarakat", "dr.", "M.Kes.", "DR")
_SKM_MKES = _d("S2 Kesehatan Masyarakat", "", "S.KM., M.Kes.", "S1")
PEJABAT: dict[str, tuple[str, str, tuple[Didik, ...], float, tuple[str, ...]]] = {
    "kadis": ("IV/c", "IV/d", (_DR_MKES, _SKM_MKES), 0.35, ("kepemimpinan", "manajemen kesehatan")),
    "sekretaris": ("IV/a", "IV/b", (_d("S2 Manajemen", "", "S.E., M.M.", "S1"),
                                    _d("S2 Ilmu Administrasi", "", "S.Sos., M.Si.", "S1"),
                                    _d("S2 Manajemen", "", "S.KM., M.M.", "S1")), 0.45,
                   ("manajemen", "perencanaan")),
    "kabid": ("IV/a", "IV/b", (_DR_MKES, _SKM_MKES,
                               _d("S2 Farmasi", "apt.", "S.Farm., M.Farm.", "S1"),
                               _d("S2 Epidemiologi", "", "S.KM., M.Epid.", "S1")), 0.5,
              ("manajemen kesehatan",)),
    "kasubbag": ("III/c", "IV/a", (_d("S1 Ekonomi", "", "S.E.", "S1"),
                                   _d("S1 Administrasi Negara", "", "S.Sos.", "S1"),
                                   _d("S1 Akuntansi", "", "S.Ak.", "S1"),
                                   _d("S1 Administrasi Publik", "", "S.AP.", "S1")), 0.5,
                 ("administrasi", "manajemen")),
    "kasi": ("III/c", "IV/a", (_SKM, _d("S1 Gizi", "", "S.Gz.", "S1"), _SKM_MKES,
                               _d("Profesi Apoteker", "apt.", "S.Farm.", "S1"),
                               _d("Profesi Ners", "Ns.", "S.Kep.", "S1")), 0.55,
             ("manajemen kesehatan",)),
    "ka_uptd": ("III/c", "IV/a", (_SKM, _d("Profesi Apoteker", "apt.", "S.Farm.", "S1"),
                                  _d("Profesi Dokter", "dr.", "", "DR")), 0.5,
                ("manajemen kesehatan",)),
}
KAPUS_JF: tuple[str, ...] = ("Dokter", "Dokter", "Dokter Gigi", "Administrator Kesehatan",
                             "Epidemiolog Kesehatan", "Tenaga Promosi Kesehatan dan Ilmu Perilaku")

# --- Units and their staffing pools (jabatan, weight) --------------------------------------------
Pool = tuple[tuple[str, float], ...]
_PELAKSANA_KES: Pool = (("Penata Kelola Layanan Kesehatan", 1.0),
                        ("Pengelola Layanan Kesehatan", 1.0),
                        ("Pengadministrasi Perkantoran", 0.6))
POOL_PUSKESMAS: Pool = (
    ("Perawat", 8), ("Bidan", 8), ("Dokter", 2), ("Dokter Gigi", 1), ("Apoteker", 1),
    ("Asisten Apoteker", 1), ("Nutrisionis", 1), ("Tenaga Sanitasi Lingkungan", 1),
    ("Epidemiolog Kesehatan", 0.5), ("Tenaga Promosi Kesehatan dan Ilmu Perilaku", 1),
    ("Pranata Laboratorium Kesehatan", 1), ("Perekam Medis", 1), ("Terapis Gigi dan Mulut", 1),
    ("Fisioterapis", 0.3), ("Administrator Kesehatan", 0.5), ("Pengadministrasi Perkantoran", 1),
    ("Operator Layanan Kesehatan", 1), ("Pengelola Layanan Kesehatan", 1),
    ("Penata Kelola Layanan Kesehatan", 0.5), ("Pengelola Umum Operasional", 0.5),
    ("Pengelola Layanan Operasional", 0.5))
# JF of the Sekretariat sit under the Sekretaris; the Subbagian pools are for pelaksana under
# the Kasubbag (the generic profile warns when a Pengawas in a Subbagian/Seksi assesses a JF).
POOL_SEKRETARIAT: Pool = (
    ("Analis Sumber Daya Manusia Aparatur", 1), ("Pranata Sumber Daya Manusia Aparatur", 1),
    ("Perencana", 1), ("Analis Keuangan Pusat dan Daerah", 1), ("Arsiparis", 0.5),
    ("Pranata Komputer", 0.7), ("Statistisi", 0.3), ("Pranata Hubungan Masyarakat", 0.4),
    ("Pengelola Pengadaan Barang/Jasa", 0.5))
SUBBAGIAN: tuple[tuple[str, str, Pool], ...] = (
    ("Subbagian Umum dan Kepegawaian", "UMPEG", (
        ("Analis Sumber Daya Manusia Aparatur", 1), ("Pranata Sumber Daya Manusia Aparatur", 1.5),
        ("Arsiparis", 1), ("Pranata Komputer", 1), ("Pranata Hubungan Masyarakat", 0.7),
        ("Pengadministrasi Perkantoran", 2), ("Operator Layanan Operasional", 1),
        ("Pengelola Umum Operasional", 1))),
    ("Subbagian Keuangan dan Aset", "KEU", (
        ("Analis Keuangan Pusat dan Daerah", 2), ("Pengelola Pengadaan Barang/Jasa", 1),
        ("Penata Layanan Operasional", 1.5), ("Pengelola Layanan Operasional", 1),
        ("Pengadministrasi Perkantoran", 1))),
    ("Subbagian Perencanaan dan Pelaporan", "PP", (
        ("Perencana", 2), ("Statistisi", 1), ("Pranata Komputer", 1),
        ("Pengelola Layanan Operasional", 1))),
)
# Bidang: (nama, kode, pool of the bidang itself, seksi (nama, pool)).
BIDANG: tuple[tuple[str, str, Pool, tuple[tuple[str, Pool], ...]], ...] = (
    ("Bidang Kesehatan Masyarakat", "KESMAS", (
        ("Nutrisionis", 2), ("Tenaga Promosi Kesehatan dan Ilmu Perilaku", 2),
        ("Tenaga Sanitasi Lingkungan", 2), ("Bidan", 1), ("Administrator Kesehatan", 1))
     + _PELAKSANA_KES, (
        ("Seksi Kesehatan Keluarga dan Gizi",
         (("Nutrisionis", 2), ("Bidan", 1.5)) + _PELAKSANA_KES),
        ("Seksi Promosi dan Pemberdayaan Masyarakat",
         (("Tenaga Promosi Kesehatan dan Ilmu Perilaku", 3),) + _PELAKSANA_KES),
        ("Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga",
         (("Tenaga Sanitasi Lingkungan", 3),) + _PELAKSANA_KES))),
    ("Bidang Pencegahan dan Pengendalian Penyakit", "P2P", (
        ("Epidemiolog Kesehatan", 3), ("Entomolog Kesehatan", 1), ("Tenaga Sanitasi Lingkungan", 1),
        ("Perawat", 1)) + _PELAKSANA_KES, (
        ("Seksi Surveilans dan Imunisasi", (("Epidemiolog Kesehatan", 3), ("Perawat", 1))
         + _PELAKSANA_KES),
        ("Seksi Pencegahan dan Pengendalian Penyakit Menular",
         (("Epidemiolog Kesehatan", 2), ("Entomolog Kesehatan", 1.5)) + _PELAKSANA_KES),
        ("Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa",
         (("Administrator Kesehatan", 1), ("Perawat", 1.5)) + _PELAKSANA_KES))),
    ("Bidang Pelayanan Kesehatan", "YANKES", (
        ("Administrator Kesehatan", 3), ("Perekam Medis", 1), ("Dokter", 0.5)) + _PELAKSANA_KES, (
        ("Seksi Pelayanan Kesehatan Primer", (("Administrator Kesehatan", 2), ("Perekam Medis", 1))
         + _PELAKSANA_KES),
        ("Seksi Pelayanan Kesehatan Rujukan", (("Administrator Kesehatan", 2),) + _PELAKSANA_KES),
        ("Seksi Pelayanan Kesehatan Tradisional", (("Administrator Kesehatan", 2),)
         + _PELAKSANA_KES))),
    ("Bidang Sumber Daya Kesehatan", "SDK", (
        ("Apoteker", 2), ("Asisten Apoteker", 1), ("Administrator Kesehatan", 2),
        ("Analis Sumber Daya Manusia Aparatur", 0.5)) + _PELAKSANA_KES, (
        ("Seksi Kefarmasian", (("Apoteker", 2), ("Asisten Apoteker", 2)) + _PELAKSANA_KES),
        ("Seksi Alat Kesehatan dan Perbekalan Kesehatan Rumah Tangga",
         (("Administrator Kesehatan", 1), ("Apoteker", 1)) + _PELAKSANA_KES),
        ("Seksi Sumber Daya Manusia Kesehatan", (("Administrator Kesehatan", 2),
                                                 ("Analis Sumber Daya Manusia Aparatur", 1))
         + _PELAKSANA_KES))),
)
UPTD: tuple[tuple[str, Pool], ...] = (
    ("UPTD Laboratorium Kesehatan Daerah", (
        ("Pranata Laboratorium Kesehatan", 4), ("Entomolog Kesehatan", 0.5),
        ("Pengadministrasi Perkantoran", 1))),
    ("UPTD Instalasi Farmasi", (
        ("Apoteker", 2), ("Asisten Apoteker", 3), ("Pengadministrasi Perkantoran", 1),
        ("Pengelola Umum Operasional", 1))),
    ("UPTD Public Safety Center 119", (
        ("Perawat", 4), ("Dokter", 1), ("Pengelola Umum Operasional", 1),
        ("Operator Layanan Kesehatan", 1))),
    ("UPTD Rumah Sakit Pratama", (("Dokter", 2), ("Perawat", 5), ("Bidan", 3), ("Apoteker", 1),
                                  ("Perekam Medis", 1), ("Pranata Laboratorium Kesehatan", 1),
                                  ("Operator Layanan Kesehatan", 1))),
    ("UPTD Pelatihan Kesehatan", (("Administrator Kesehatan", 2),
                                  ("Pengadministrasi Perkantoran", 1))),
    ("UPTD Pengelolaan Limbah Medis", (("Tenaga Sanitasi Lingkungan", 3),
                                       ("Pengelola Umum Operasional", 1))),
)
# Puskesmas names: prefix + suffix, joined like 'Sukamaju' / 'Tanjungsari'.
DESA_PREFIX = _w("Suka Tanjung Karang Mekar Sido Sumber Sri Wono Harja Giri Mulya Jati Cinta "
                 "Banjar")
DESA_SUFFIX = _w("maju sari jaya mulya rejo makmur asih harjo indah baru wangi agung rahayu mukti")

# --- Named pegawai --------------------------------------------------------------------------------
# domain_conventions.md Appendix A verbatim (rows 1–32), then hand-written additions (33–43:
# two Kabid, a Kasubbag, a JF; rows 37–43 are demo.DEMO_PROBLEMS). Kategori: JPT (Pratama),
# ADM (Administrator), PGW (Pengawas), JF, PL (Pelaksana); unit = demo unit kode ("" = none).
# (gelar depan, nama, gelar belakang, NIP, golongan, jabatan, kategori, unit, pendidikan)
PEGAWAI_CONTOH: tuple[tuple[str, str, str, str, str, str, str, str, str], ...] = (
    ("dr.", "Hendra Wijayakusuma", "M.Kes.", "197103141999031901", "IV/c", "Kepala Dinas Kesehatan", "JPT", "PIM", "S2 Kesehatan Masyarakat"),  # noqa: E501
    ("", "Sri Rahayuningsih", "S.KM., M.M.", "197508222000032902", "IV/b", "Sekretaris Dinas", "ADM", "SEK", "S2 Manajemen"),  # noqa: E501
    ("", "Bambang Sutrisno", "S.E.", "197806052003121903", "III/d", "Kepala Subbagian Umum dan Kepegawaian", "PGW", "UMPEG", "S1 Ekonomi"),  # noqa: E501
    ("drg.", "Ratna Kusumawardani", "", "198001172006042904", "IV/a", "Kepala Bidang Pelayanan Kesehatan", "ADM", "YANKES", "Profesi Dokter Gigi"),  # noqa: E501
    ("", "Agus Setiawan", "S.KM., M.Epid.", "198209092009021905", "IV/a", "Epidemiolog Kesehatan Ahli Madya", "JF", "P2P", "S2 Epidemiologi"),  # noqa: E501
    ("", "Dewi Anggraeni", "S.KM.", "198804122014032906", "III/c", "Epidemiolog Kesehatan Ahli Muda", "JF", "P2P", "S1 Kesehatan Masyarakat"),  # noqa: E501
    ("", "Muhammad Rizki Pratama", "S.Kom.", "199201202019031907", "III/b", "Pranata Komputer Ahli Pertama", "JF", "SEK", "S1 Teknik Informatika"),  # noqa: E501
    ("", "Siti Nurhaliza", "S.E.", "199007252018032908", "III/b", "Perencana Ahli Pertama", "JF", "SEK", "S1 Ekonomi Pembangunan"),  # noqa: E501
    ("", "Yuliana Safitri", "S.Gz.", "199103032017122909", "III/c", "Nutrisionis Ahli Muda", "JF", "KESMAS", "S1 Gizi"),  # noqa: E501
    ("", "Fajar Nugroho", "S.KM.", "198708182013121910", "III/c", "Tenaga Promosi Kesehatan dan Ilmu Perilaku Ahli Muda", "JF", "KESMAS", "S1 Kesehatan Masyarakat"),  # noqa: E501
    ("", "Rina Marlina", "A.Md.KL.", "199305142020122911", "II/c", "Tenaga Sanitasi Lingkungan Terampil", "JF", "KESMAS", "D3 Kesehatan Lingkungan"),  # noqa: E501
    ("apt.", "Lestari Handayani", "S.Farm.", "198909272015032912", "III/c", "Apoteker Ahli Muda", "JF", "SDK", "Profesi Apoteker"),  # noqa: E501
    ("", "Teguh Prasetyo", "S.Sos.", "198511022011011913", "III/c", "Analis Sumber Daya Manusia Aparatur Ahli Muda", "JF", "SEK", "S1 Administrasi Negara"),  # noqa: E501
    ("", "Wahyu Hidayat", "A.Md.", "199402082020121914", "II/c", "Arsiparis Terampil", "JF", "SEK", "D3 Kearsipan"),  # noqa: E501
    ("", "Nur Aini Rahmawati", "S.ST.", "198606102010032915", "III/d", "Administrator Kesehatan Ahli Muda", "JF", "YANKES", "D4 Kebidanan"),  # noqa: E501
    ("", "Eko Budi Santoso", "", "197404191998031916", "III/b", "Pengadministrasi Perkantoran", "PL", "SEK", "SMA"),  # noqa: E501
    ("", "Hartini", "", "197909232005012917", "III/a", "Pengadministrasi Perkantoran", "PL", "SEK", "SMA"),  # noqa: E501
    ("", "Andi Firmansyah", "S.AP.", "199503162022081918", "III/a", "Penata Layanan Operasional", "PL", "SDK", "S1 Administrasi Publik"),  # noqa: E501
    ("dr.", "Intan Permatasari", "", "198702012015032919", "III/d", "Dokter Ahli Muda", "JF", "PKM-SKM", "Profesi Dokter"),  # noqa: E501
    ("dr.", "Yoga Aditya Putra", "", "199307062021031920", "III/b", "Dokter Ahli Pertama", "JF", "PKM-TJS", "Profesi Dokter"),  # noqa: E501
    ("Ns.", "Maya Sari", "S.Kep.", "198808302014032921", "III/c", "Perawat Ahli Muda", "JF", "PKM-SKM", "Profesi Ners"),  # noqa: E501
    ("", "Joko Susilo", "A.Md.Kep.", "198401152009121922", "III/c", "Perawat Penyelia", "JF", "PKM-TJS", "D3 Keperawatan"),  # noqa: E501
    ("", "Endang Wulandari", "A.Md.Keb.", "198305282008122923", "III/d", "Bidan Penyelia", "JF", "PKM-SKM", "D3 Kebidanan"),  # noqa: E501
    ("", "Putri Ayu Lestari", "A.Md.Keb.", "199602212019122924", "II/d", "Bidan Terampil", "JF", "PKM-TJS", "D3 Kebidanan"),  # noqa: E501
    ("", "Sulastri", "A.Md.Gz.", "199108112017032925", "III/a", "Nutrisionis Mahir", "JF", "PKM-SKM", "D3 Gizi"),  # noqa: E501
    ("", "Dimas Arya Saputra", "A.Md.AK.", "199204192018121926", "II/d", "Pranata Laboratorium Kesehatan Terampil", "JF", "PKM-TJS", "D3 Analis Kesehatan"),  # noqa: E501
    ("", "Ratih Purnamasari", "A.Md.RMIK.", "199709132021032927", "II/c", "Perekam Medis Terampil", "JF", "PKM-SKM", "D3 Rekam Medis"),  # noqa: E501
    ("", "Slamet Riyadi", "", "198112072010011928", "II/d", "Pengadministrasi Perkantoran", "PL", "PKM-TJS", "SMA"),  # noqa: E501
    ("", "Novi Kurniasari", "S.KM.", "199405172023212929", "IX", "Penata Kelola Layanan Kesehatan", "PL", "PKM-SKM", "S1 Kesehatan Masyarakat"),  # noqa: E501
    ("", "Rudi Hartono", "A.Md.", "199003042024211930", "VII", "Pengelola Layanan Operasional", "PL", "PKM-TJS", "D3 Manajemen Informatika"),  # noqa: E501
    ("", "Ahmad Fauzan", "", "199808222025211931", "V", "Operator Layanan Operasional", "PL", "SEK", "SMA"),  # noqa: E501
    ("Ns.", "Larasati Dewi", "S.Kep.", "199601092024212932", "IX", "Perawat Ahli Pertama", "JF", "PKM-TJS", "Profesi Ners"),  # noqa: E501
    ("dr.", "Rahmat Hidayatullah", "M.Kes.", "197605122002121933", "IV/b", "Kepala Bidang Pencegahan dan Pengendalian Penyakit", "ADM", "P2P", "S2 Kesehatan Masyarakat"),  # noqa: E501
    ("apt.", "Ni Luh Putu Sukmawati", "S.Farm., M.Farm.", "197810032004032934", "IV/a", "Kepala Bidang Sumber Daya Kesehatan", "ADM", "SDK", "S2 Farmasi"),  # noqa: E501
    ("", "Hotmauli Tambunan", "S.E.", "198302172008122935", "III/d", "Kepala Subbagian Keuangan dan Aset", "PGW", "KEU", "S1 Akuntansi"),  # noqa: E501
    ("", "Andi Nurul Fadhilah", "S.KM.", "198906212014032936", "III/c", "Epidemiolog Kesehatan Ahli Muda", "JF", "P2P", "S1 Kesehatan Masyarakat"),  # noqa: E501
    ("Ns.", "Yohana Pangemanan", "S.Kep.", "199411082020122937", "III/b", "Perawat Ahli Pertama", "JF", "PKM-TJS", "Profesi Ners"),  # noqa: E501
    ("", "Dadang Supriatna", "", "197904302006011938", "III/a", "Pengadministrasi Perkantoran", "PL", "YANKES", "SMA"),  # noqa: E501
    ("", "Fitri Handayani Nasution", "S.E.", "199309142019032939", "III/b", "Perencana Ahli Pertama", "JF", "PP", "S1 Ekonomi Pembangunan"),  # noqa: E501
    ("", "Rizal Effendi", "S.Stat.", "199501252020121940", "III/a", "Statistisi Ahli Pertama", "JF", "PP", "S1 Statistika"),  # noqa: E501
    ("", "Suharti Wulandari", "S.E., M.Si.", "197212051998032941", "IV/a", "Analis Keuangan Pusat dan Daerah Ahli Madya", "JF", "KEU", "S2 Ilmu Ekonomi"),  # noqa: E501
    ("", "Jumardi", "A.Md.KL.", "199107192015031942", "II/d", "Pengelola Layanan Kesehatan", "PL", "P2P", "D3 Kesehatan Lingkungan"),  # noqa: E501
    ("", "Yusnita Harahap", "S.AP.", "199603022022082943", "III/a", "Penata Layanan Operasional", "PL", "", "S1 Administrasi Publik"),  # noqa: E501
)
