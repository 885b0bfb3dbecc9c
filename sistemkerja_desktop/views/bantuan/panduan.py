"""The short guide of each area: what it is for, the usual steps, and what to know.

Plain data (help prose is a document, like the Perbup quotes, not a UI label): rendered by
`views.bantuan.isi`. Keys are the area keys of `AREA_KUNCI` (the main window's order).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Panduan:
    kunci: str
    judul: str
    guna: str  # what the area is for
    langkah: tuple[str, ...]  # the usual steps
    catatan: tuple[str, ...] = ()  # good to know


# The main window's areas, in its order (MainWindow.AREA_BAGAN … AREA_LAPORAN).
AREA_KUNCI = ("bagan", "struktur", "tim", "penugasan", "laporan")

PANDUAN: tuple[Panduan, ...] = (
    Panduan(
        "bagan", "Bagan Organisasi",
        "Seluruh Perangkat Daerah dalam satu kanvas: setiap unit dengan pejabat pimpinannya, dan "
        "di bawah setiap Pejabat Penilai Kinerja (PPK) kelompok JF dan Pelaksana yang dinilainya. "
        "Di sini kedudukan dipindahkan dan diperiksa menurut Perbup profil peraturan Anda.",
        (
            "Geser bagan dengan menyeret latar, perbesar/perkecil dengan roda tetikus; "
            "<b>Paskan</b> menampilkan seluruh bagan.",
            "Cari nama, NIP atau jabatan di kotak <b>Cari</b>; hasilnya disorot dan bagan "
            "berpusat padanya.",
            "Seret kartu pegawai ke pejabat lain untuk memindahkan kedudukannya. Aturan keras "
            "menolak perpindahan dan menyebut Pasalnya; aturan lunak meminta konfirmasi. TMT dan "
            "dasar penetapan ditanyakan.",
            "Periksa hasilnya (lencana temuan pada kartu dan unit, daftar temuan di panel "
            "kanan), lalu <b>Simpan</b>. Sebelum disimpan, setiap perpindahan dapat dibatalkan "
            "dan diulang.",
            "<b>Ekspor</b> membuat PDF (A4/F4, seluruh bagan atau satu cabang) atau PNG.",
        ),
        (
            "<b>Per tanggal</b> menampilkan kedudukan pada tanggal lampau.",
            "Setiap orang tampil sekali: pejabat struktural sebagai pimpinan unitnya, JF dan "
            "Pelaksana di kelompok PPK-nya. Yang salah tempat tampil sebagai temuan.",
            "Klik kanan kartu: <i>Lihat PPK</i>, ciutkan, <i>Fokus pada cabang ini</i>, ekspor "
            "cabang.",
        ),
    ),
    Panduan(
        "struktur", "Struktur & Kedudukan",
        "Data dasar Perangkat Daerah: pohon unit kerja, daftar pegawai dengan jabatan, "
        "pangkat/golongan dan PPK-nya, serta pemeriksaan kedudukan seluruh pegawai.",
        (
            "Pilih unit di pohon kiri untuk menyaring pegawainya; ketik di kotak saring untuk "
            "mencari nama, NIP, jabatan atau unit.",
            "<b>Tambah pegawai</b> atau pilih baris untuk mengubah datanya di formulir; NIP "
            "langsung dibaca (tanggal lahir, TMT CPNS, jenis kelamin).",
            "<b>Impor dari Excel…</b> membaca daftar pegawai (DUK, SIASN, buatan sendiri): "
            "pratinjau, pemetaan kolom yang dapat dikoreksi, galat per baris, lalu impor.",
            "<b>Periksa kedudukan</b> menilai seluruh kedudukan menurut Perbup; klik temuan untuk "
            "memilih pegawainya. Dasar setiap temuan dijelaskan di halaman <i>Aturan di balik "
            "temuan</i>.",
            "<b>Ekspor ke Excel…</b> menulis daftar pegawai.",
        ),
        (
            "Kolom PPK menyebut Pejabat Penilai Kinerja tiap pegawai; kursi kosong tertulis "
            "\u201ckosong \u2014 jabatan\u201d.",
            "Identitas, kop, logo dan profil peraturan diubah di <i>Data \u203a Pengaturan "
            "Perangkat Daerah</i>.",
        ),
    ),
    Panduan(
        "tim", "Tim Kerja",
        "Menyusun Tim Kerja dan Kelompok Kerja: ketua dan anggota, unit pemilik kinerja, "
        "periode, tugas; aturan profil diperiksa selama menyusun, lalu SK dan Surat Tugas "
        "dicetak dengan nomor dari register.",
        (
            "<b>Tim baru</b>, lalu isi nama, jenis tim, unit pemilik kinerja dan periodenya.",
            "Tambahkan ketua dan anggota dari daftar pegawai. Anggota dari unit, Perangkat "
            "Daerah atau instansi lain menunggu persetujuan sampai persetujuannya dicatat.",
            "Perhatikan panel aturan: galat harus diperbaiki sebelum tim disimpan atau naskah "
            "final dicetak; peringatan cukup diperhatikan.",
            "<b>Simpan</b>, lalu <b>Cetak draf</b> untuk memeriksa naskah dan <b>Cetak "
            "final…</b> untuk naskah bernomor.",
            "<b>Ekspor roster</b> menulis susunan tim ke Excel; <b>Kirim lewat email…</b> "
            "menyiapkan draf surel.",
        ),
        (
            "Tab <i>Beban kerja pegawai</i> menunjukkan siapa yang berada di banyak tim "
            "sekaligus.",
            "Naskah final yang susunan timnya berubah sesudah dicetak ditandai kedaluwarsa.",
            "Pola nomor, penandatangan, Mengingat dan Dasar diatur di <i>Pengaturan naskah "
            "dinas…</i>.",
        ),
    ),
    Panduan(
        "penugasan", "Penugasan",
        "Permohonan penugasan JF dan Pelaksana (penunjukan atau pengajuan sukarela; dalam "
        "unit, lintas unit atau lintas instansi) dengan alur persetujuan menurut profil "
        "peraturan, dan surat-suratnya.",
        (
            "Pilih orangnya di <i>Perlu tindakan</i>: tampil apa yang menunggu tindakannya, "
            "terlama lebih dulu. Angka merah pada tombol area menyebut jumlahnya.",
            "<b>Permohonan baru…</b>: isi siapa yang diminta, tujuan, empat isi surat permohonan "
            "(maksud dan tujuan, kompetensi, target kinerja, durasi) dan lampiran; pratinjau "
            "menunjukkan alur dan pejabat yang akan bertindak.",
            "Pada halaman permohonan, pejabat yang ditunggu memilih <b>Setujui</b>, <b>Tolak</b> "
            "(dengan alasan), <b>Rekomendasi</b> atau <b>Teruskan</b>.",
            "Cetak surat permohonan, surat jawaban dan surat penugasan dari panel surat.",
        ),
        (
            "<i>Register permohonan</i> menyaring menurut arah, lingkup, jenis, status dan umur.",
            "Dari Tim Kerja, <i>Minta anggota dari unit lain…</i> membuka permohonan yang sudah "
            "terisi untuk tim itu.",
        ),
    ),
    Panduan(
        "laporan", "Laporan",
        "Laporan berkala tim dan anggota beserta tinjauannya, pantauan untuk pimpinan, "
        "indikator Perjanjian Kinerja dan Matriks Peran Hasil.",
        (
            "Pilih <b>Bertindak sebagai</b> dan <b>Keadaan pada</b> (tanggal acuan "
            "keterlambatan).",
            "Pilih laporan dari <i>Perlu tindakan</i>, <i>Per tim</i> atau <i>Per pegawai</i>; "
            "garis waktu menunjukkan status tiap periode.",
            "Pelapor: <b>Tulis laporan…</b>, simpan draf, lalu <b>Kirim</b>. Peninjau: "
            "<b>Terima…</b> atau <b>Kembalikan…</b> dengan catatan.",
            "<b>Nyatakan selesai…</b> setelah semua laporan tim diterima (hanya pejabat penutup "
            "menurut profil).",
            "Tab <i>Pantauan</i> untuk rapat pimpinan (grafik, <i>Ekspor PDF…</i>); tab "
            "<i>Kinerja &amp; MPH</i> untuk indikator dan Matriks Peran Hasil (<i>Ekspor "
            "xlsx…</i>).",
        ),
        (
            "Jadwal dihitung dari periode tim; jatuh tempo 5 hari kerja setelah akhir periode "
            "adalah ketentuan aplikasi, bukan Perbup.",
            "Rantai tinjauan mengikuti profil peraturan dan menyebut Pasalnya pada setiap "
            "laporan.",
        ),
    ),
)

_BY_KEY = {p.kunci: p for p in PANDUAN}


def panduan(kunci: str) -> Panduan:
    return _BY_KEY[kunci]
