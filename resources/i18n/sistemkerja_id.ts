<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
    <context>
        <name>AksiDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Alasan pembatalan (wajib)</source>
            <translation>Alasan pembatalan (wajib)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Alasan pembatalan wajib diisi.</source>
            <translation>Alasan pembatalan wajib diisi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Alasan penolakan (wajib)</source>
            <translation>Alasan penolakan (wajib)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Alasan penolakan wajib diisi.</source>
            <translation>Alasan penolakan wajib diisi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Catatan (opsional)</source>
            <translation>Catatan (opsional)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Dicatat oleh</source>
            <translation>Dicatat oleh</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Ketik nama atau NIP…</source>
            <translation>Ketik nama atau NIP…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Langkah ini dijawab dengan surat dari pihak lain atau jabatannya kosong: catat siapa yang memasukkan jawabannya.</source>
            <translation>Langkah ini dijawab dengan surat dari pihak lain atau jabatannya kosong: catat siapa yang memasukkan jawabannya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Nomor %1</source>
            <translation>Nomor %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Pilih pegawai yang mencatat jawaban ini.</source>
            <translation>Pilih pegawai yang mencatat jawaban ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>Tanggal</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>mis. 800/123/Dinkes/2026</source>
            <translation>mis. 800/123/Dinkes/2026</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/aksi_dialog.py" />
            <source>mis. pegawai sedang menjalankan tugas lain di unit asalnya</source>
            <translation>mis. pegawai sedang menjalankan tugas lain di unit asalnya</translation>
        </message>
    </context>
    <context>
        <name>AlasanBatalDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Alasan pembatalan (wajib)</source>
            <translation>Alasan pembatalan (wajib)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Batalkan nomor</source>
            <translation>Batalkan nomor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Berkas %1 memuat nomor ini; setelah dibatalkan, jangan dipakai.</source>
            <translation>Berkas %1 memuat nomor ini; setelah dibatalkan, jangan dipakai.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Nomor &lt;b&gt;%1&lt;/b&gt; dibatalkan: tetap tercatat di register dengan alasannya dan tidak akan diberikan kepada naskah lain.</source>
            <translation>Nomor &lt;b&gt;%1&lt;/b&gt; dibatalkan: tetap tercatat di register dengan alasannya dan tidak akan diberikan kepada naskah lain.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../sistemkerja_desktop/app.py" />
            <source>Basis data tidak dapat dibuka</source>
            <translation>Basis data tidak dapat dibuka</translation>
        </message>
    </context>
    <context>
        <name>BantuanMenu</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/menu.py" />
            <source>&amp;Panduan…</source>
            <translation>&amp;Panduan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/menu.py" />
            <source>Panduan area yang sedang tampil (F1)</source>
            <translation>Panduan area yang sedang tampil (F1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/menu.py" />
            <source>Pintasan &amp;papan ketik</source>
            <translation>Pintasan &amp;papan ketik</translation>
        </message>
    </context>
    <context>
        <name>BantuanWindow</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/jendela.py" />
            <source>Ada di: %1</source>
            <translation>Ada di: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/jendela.py" />
            <source>Berikutnya</source>
            <translation>Berikutnya</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/jendela.py" />
            <source>Cari di seluruh panduan…</source>
            <translation>Cari di seluruh panduan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/jendela.py" />
            <source>Cari:</source>
            <translation>Cari:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/jendela.py" />
            <source>Panduan — Sistem Kerja Desktop</source>
            <translation>Panduan — Sistem Kerja Desktop</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/jendela.py" />
            <source>Profil peraturan:</source>
            <translation>Profil peraturan:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/jendela.py" />
            <source>Tidak ditemukan.</source>
            <translation>Tidak ditemukan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/bantuan/jendela.py" />
            <source>Tutup</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>BerkasMenu</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>&amp;Berkas</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>&amp;Buka…</source>
            <translation>&amp;Buka…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>&amp;Cadangkan sekarang</source>
            <translation>&amp;Cadangkan sekarang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>&amp;Pulihkan dari cadangan…</source>
            <translation>&amp;Pulihkan dari cadangan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>&amp;Riwayat perubahan…</source>
            <translation>&amp;Riwayat perubahan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>(belum ada)</source>
            <translation>(belum ada)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Basis data Sistem Kerja (*.sqlite *.db);;Semua berkas (*)</source>
            <translation>Basis data Sistem Kerja (*.sqlite *.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Berkas %1 sudah ada dan bukan berkas data Sistem Kerja. Pilih nama lain untuk Perangkat Daerah baru.</source>
            <translation>Berkas %1 sudah ada dan bukan berkas data Sistem Kerja. Pilih nama lain untuk Perangkat Daerah baru.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Berkas data</source>
            <translation>Berkas data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Berkas data tidak dapat diperiksa</source>
            <translation>Berkas data tidak dapat diperiksa</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Berkas data utuh: struktur berkas baik dan log audit (%1 baris) tidak diubah di luar aplikasi.</source>
            <translation>Berkas data utuh: struktur berkas baik dan log audit (%1 baris) tidak diubah di luar aplikasi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Berkas sudah ada</source>
            <translation>Berkas sudah ada</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Berkas: %1</source>
            <translation>Berkas: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Buat baru</source>
            <translation>Buat baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Buka &amp;contoh</source>
            <translation>Buka &amp;contoh</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Buka &amp;folder data</source>
            <translation>Buka &amp;folder data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Buka &amp;terakhir</source>
            <translation>Buka &amp;terakhir</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Buka berkas data</source>
            <translation>Buka berkas data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Buka folder</source>
            <translation>Buka folder</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Buka ser&amp;ver PostgreSQL…</source>
            <translation>Buka ser&amp;ver PostgreSQL…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Cadangan dibuat. Pulihkan kapan saja lewat Berkas › Pulihkan dari cadangan.</source>
            <translation>Cadangan dibuat. Pulihkan kapan saja lewat Berkas › Pulihkan dari cadangan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Cadangan dibuat: %1</source>
            <translation>Cadangan dibuat: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Cadangan tidak dibuat</source>
            <translation>Cadangan tidak dibuat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Data yang diimpor ke contoh bercampur dengan pegawai rekaan. Perangkat Daerah baru disimpan di berkasnya sendiri; setelah dibuat, impor daftar pegawai ke sana.</source>
            <translation>Data yang diimpor ke contoh bercampur dengan pegawai rekaan. Perangkat Daerah baru disimpan di berkasnya sendiri; setelah dibuat, impor daftar pegawai ke sana.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Ganti isi %1 dengan cadangan %2?</source>
            <translation>Ganti isi %1 dengan cadangan %2?</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Ini data contoh</source>
            <translation>Ini data contoh</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Ini data contoh. Buat Perangkat Daerah baru untuk data Anda?</source>
            <translation>Ini data contoh. Buat Perangkat Daerah baru untuk data Anda?</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Isi berkas yang sekarang dicadangkan dulu, jadi dapat dipulihkan kembali.</source>
            <translation>Isi berkas yang sekarang dicadangkan dulu, jadi dapat dipulihkan kembali.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Log audit diubah di luar aplikasi: %1</source>
            <translation>Log audit diubah di luar aplikasi: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Memeriksa berkas data…</source>
            <translation>Memeriksa berkas data…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Perangkat Daerah &amp;baru…</source>
            <translation>Perangkat Daerah &amp;baru…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Perangkat Daerah baru — simpan datanya di berkas</source>
            <translation>Perangkat Daerah baru — simpan datanya di berkas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Periksa berkas &amp;data…</source>
            <translation>Periksa berkas &amp;data…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Periksa berkas data</source>
            <translation>Periksa berkas data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Pulihkan</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Pulihkan dari cadangan</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Salinan berkas data disimpan.</source>
            <translation>Salinan berkas data disimpan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Salinan tidak dibuat</source>
            <translation>Salinan tidak dibuat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Simpan &amp;salinan…</source>
            <translation>Simpan &amp;salinan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Simpan salinan berkas data</source>
            <translation>Simpan salinan berkas data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Struktur berkas rusak (pemeriksaan SQLite).</source>
            <translation>Struktur berkas rusak (pemeriksaan SQLite).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_menu.py" />
            <source>Tetap impor ke contoh</source>
            <translation>Tetap impor ke contoh</translation>
        </message>
    </context>
    <context>
        <name>BuilderHeader</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/builder_header.py" />
            <source>Hapus tim</source>
            <translation>Hapus tim</translation>
        </message>
    </context>
    <context>
        <name>BukaServerDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>Basis data</source>
            <translation>Basis data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>Beberapa pengguna dapat bekerja pada data yang sama sekaligus. Basis datanya dibuat oleh admin server; saat dibuka pertama kali aplikasi mengisi strukturnya. Cadangan data di server dibuat oleh admin server.</source>
            <translation>Beberapa pengguna dapat bekerja pada data yang sama sekaligus. Basis datanya dibuat oleh admin server; saat dibuka pertama kali aplikasi mengisi strukturnya. Cadangan data di server dibuat oleh admin server.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>Buka server PostgreSQL</source>
            <translation>Buka server PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>Data kantor di server bersama</source>
            <translation>Data kantor di server bersama</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>Kata sandi</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>Kata sandi tidak disimpan: diminta lagi setiap kali server dibuka.</source>
            <translation>Kata sandi tidak disimpan: diminta lagi setiap kali server dibuka.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>Pengguna</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>kosongkan bila memakai .pgpass</source>
            <translation>kosongkan bila memakai .pgpass</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>mis. 192.168.1.10 atau server-kantor</source>
            <translation>mis. 192.168.1.10 atau server-kantor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/buka_server_dialog.py" />
            <source>mis. dinkes</source>
            <translation>mis. dinkes</translation>
        </message>
    </context>
    <context>
        <name>CandidateModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>%1 tim</source>
            <translation>%1 tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>%1 tim aktif</source>
            <translation>%1 tim aktif</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>(tanpa NIP)</source>
            <translation>(tanpa NIP)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Beban kerja melebihi ambang</source>
            <translation>Beban kerja melebihi ambang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Jabatan</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Jumlah tim aktif yang diikuti</source>
            <translation>Jumlah tim aktif yang diikuti</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Kompetensi: %1</source>
            <translation>Kompetensi: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Nama</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Nama dengan gelar</source>
            <translation>Nama dengan gelar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>PPK: %1</source>
            <translation>PPK: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Pegawai dari luar Perangkat Daerah</source>
            <translation>Pegawai dari luar Perangkat Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Sudah menjadi anggota tim ini</source>
            <translation>Sudah menjadi anggota tim ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Tim</source>
            <translation>Tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>Unit kerja</source>
            <translation>Unit kerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/candidate_model.py" />
            <source>anggota</source>
            <translation>anggota</translation>
        </message>
    </context>
    <context>
        <name>Common</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Atur ulang</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Bantuan</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Berkas %1 tidak dapat dipakai: %2.</source>
            <translation>Berkas %1 tidak dapat dipakai: %2.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Buang</source>
            <translation>Buang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Buka</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Memori komputer tidak cukup untuk pekerjaan ini; tutup program lain lalu ulangi.</source>
            <translation>Memori komputer tidak cukup untuk pekerjaan ini; tutup program lain lalu ulangi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Operasi berkas gagal: %1.</source>
            <translation>Operasi berkas gagal: %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Simpan</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Terapkan</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Terjadi kesalahan yang tidak terduga (kesalahan program, bukan kesalahan Anda). Data yang sudah disimpan tetap aman. Rinciannya tercatat di berkas log; sampaikan kepada pengelola aplikasi.</source>
            <translation>Terjadi kesalahan yang tidak terduga (kesalahan program, bukan kesalahan Anda). Data yang sudah disimpan tetap aman. Rinciannya tercatat di berkas log; sampaikan kepada pengelola aplikasi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Tidak</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Tidak dapat dilanjutkan</source>
            <translation>Tidak dapat dilanjutkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Tutup</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/messages.py" />
            <source>Ya</source>
            <translation>Ya</translation>
        </message>
    </context>
    <context>
        <name>Common.Konflik</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/konflik.py" />
            <source>Diubah di tempat lain</source>
            <translation>Diubah di tempat lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/konflik.py" />
            <source>Muat ulang</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/konflik.py" />
            <source>Muat ulang menampilkan data terbaru; ulangi perubahan Anda setelahnya.</source>
            <translation>Muat ulang menampilkan data terbaru; ulangi perubahan Anda setelahnya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/konflik.py" />
            <source>Tutup</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>Common.Output</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Berkas data tidak pernah ditimpa. Pilih tempat menyimpan sekali lagi.</source>
            <translation>Berkas data tidak pernah ditimpa. Pilih tempat menyimpan sekali lagi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Berkas ditulis</source>
            <translation>Berkas ditulis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Berkas selesai ditulis.</source>
            <translation>Berkas selesai ditulis.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Berkas: %1</source>
            <translation>Berkas: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Buka</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Buka folder</source>
            <translation>Buka folder</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Buku kerja Excel (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Dokumen PDF (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Draf surel (*.eml)</source>
            <translation>Draf surel (*.eml)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Gambar PNG (*.png)</source>
            <translation>Gambar PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Mohon tunggu</source>
            <translation>Mohon tunggu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/output.py" />
            <source>Pilih berkas lain</source>
            <translation>Pilih berkas lain</translation>
        </message>
    </context>
    <context>
        <name>Common.ProfileChooser</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Berlaku di %1 (%2). Pemeriksaan kedudukan, Tim Kerja dan penugasan mengikuti ketentuan Perbup ini.</source>
            <translation>Berlaku di %1 (%2). Pemeriksaan kedudukan, Tim Kerja dan penugasan mengikuti ketentuan Perbup ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Hanya ketentuan yang sama di kelima Perbup Sistem Kerja. Pilih ini bila Perbup daerah Anda belum tersedia.</source>
            <translation>Hanya ketentuan yang sama di kelima Perbup Sistem Kerja. Pilih ini bila Perbup daerah Anda belum tersedia.</translation>
        </message>
    </context>
    <context>
        <name>Common.Unsaved</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/unsaved.py" />
            <source>Ada perubahan yang belum disimpan: %1.</source>
            <translation>Ada perubahan yang belum disimpan: %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/unsaved.py" />
            <source>Perubahan belum disimpan</source>
            <translation>Perubahan belum disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/unsaved.py" />
            <source>Simpan perubahan ini?</source>
            <translation>Simpan perubahan ini?</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/unsaved.py" />
            <source>Simpan sebelum %1?</source>
            <translation>Simpan sebelum %1?</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Catatan lengkap tersimpan di %1</source>
            <translation>Catatan lengkap tersimpan di %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Ini adalah kesalahan program, bukan kesalahan Anda. Data yang sudah disimpan tetap aman. Salin rincian di bawah dan kirimkan kepada pengelola aplikasi.</source>
            <translation>Ini adalah kesalahan program, bukan kesalahan Anda. Data yang sudah disimpan tetap aman. Salin rincian di bawah dan kirimkan kepada pengelola aplikasi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Maaf, terjadi kesalahan yang tidak terduga.</source>
            <translation>Maaf, terjadi kesalahan yang tidak terduga.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Salin rincian</source>
            <translation>Salin rincian</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Terjadi kesalahan tak terduga</source>
            <translation>Terjadi kesalahan tak terduga</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Tersalin</source>
            <translation>Tersalin</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>%1 dicetak dengan nomor %2.</source>
            <translation>%1 dicetak dengan nomor %2.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>%1 dicetak.</source>
            <translation>%1 dicetak.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Ada perubahan tim yang belum disimpan: simpan lebih dahulu.</source>
            <translation>Ada perubahan tim yang belum disimpan: simpan lebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Cetak draf</source>
            <translation>Cetak draf</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Cetak final…</source>
            <translation>Cetak final…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Cetak ulang final…</source>
            <translation>Cetak ulang final…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Draf %1 dicetak (bertanda air DRAF, tanpa nomor).</source>
            <translation>Draf %1 dicetak (bertanda air DRAF, tanpa nomor).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Kertas</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Kesiapan naskah final</source>
            <translation>Kesiapan naskah final</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Lengkapi dulu hal yang bertanda ✗ di daftar kesiapan.</source>
            <translation>Lengkapi dulu hal yang bertanda ✗ di daftar kesiapan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Mencetak %1…</source>
            <translation>Mencetak %1…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Mencetak draf %1…</source>
            <translation>Mencetak draf %1…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Naskah</source>
            <translation>Naskah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Naskah tidak dapat dicetak</source>
            <translation>Naskah tidak dapat dicetak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Nomor</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Penandatangan</source>
            <translation>Penandatangan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Selalu dapat dicetak; bertanda air “DRAF”, tanpa mengambil nomor dari register</source>
            <translation>Selalu dapat dicetak; bertanda air “DRAF”, tanpa mengambil nomor dari register</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Siap dicetak final.</source>
            <translation>Siap dicetak final.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Simpan naskah final</source>
            <translation>Simpan naskah final</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Simpan tim lebih dahulu untuk menyiapkan SK dan Surat Tugas.</source>
            <translation>Simpan tim lebih dahulu untuk menyiapkan SK dan Surat Tugas.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Tanggal</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>Ukuran kertas tidak dapat diubah</source>
            <translation>Ukuran kertas tidak dapat diubah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/documents_panel.py" />
            <source>nomor naskah</source>
            <translation>nomor naskah</translation>
        </message>
    </context>
    <context>
        <name>EksporPdfDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Bagan dibagi ke beberapa halaman bila perlu, sehingga tulisan tidak pernah lebih kecil dari 7 pt. Setiap halaman diberi label baris/kolom untuk disusun.</source>
            <translation>Bagan dibagi ke beberapa halaman bila perlu, sehingga tulisan tidak pernah lebih kecil dari 7 pt. Setiap halaman diberi label baris/kolom untuk disusun.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Cakupan</source>
            <translation>Cakupan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Ekspor bagan ke PDF</source>
            <translation>Ekspor bagan ke PDF</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>F4 / Folio (215 × 330 mm)</source>
            <translation>F4 / Folio (215 × 330 mm)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Kertas</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Lanjut…</source>
            <translation>Lanjut…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Mendatar (landscape)</source>
            <translation>Mendatar (landscape)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Orientasi</source>
            <translation>Orientasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Otomatis (halaman paling sedikit)</source>
            <translation>Otomatis (halaman paling sedikit)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Tegak (portrait)</source>
            <translation>Tegak (portrait)</translation>
        </message>
    </context>
    <context>
        <name>EmptyPegawaiWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/empty_state.py" />
            <source>Belum ada pegawai</source>
            <translation>Belum ada pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/empty_state.py" />
            <source>Impor daftar pegawai dari Excel (DUK atau unduhan SIASN) atau tambahkan pegawai satu per satu.</source>
            <translation>Impor daftar pegawai dari Excel (DUK atau unduhan SIASN) atau tambahkan pegawai satu per satu.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/empty_state.py" />
            <source>Impor dari Excel…</source>
            <translation>Impor dari Excel…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/empty_state.py" />
            <source>Tambah pegawai</source>
            <translation>Tambah pegawai</translation>
        </message>
    </context>
    <context>
        <name>ErrorsPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>%1 baris data: %2 valid, &lt;b&gt;%3 baris bermasalah&lt;/b&gt; (%4 galat).</source>
            <translation>%1 baris data: %2 valid, &lt;b&gt;%3 baris bermasalah&lt;/b&gt; (%4 galat).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Impor baris valid saja (%1 baris), lewati %2 baris bermasalah</source>
            <translation>Impor baris valid saja (%1 baris), lewati %2 baris bermasalah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Pemeriksaan baris dan struktur unit</source>
            <translation>Pemeriksaan baris dan struktur unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Perbaiki berkas di Excel lalu kembali ke langkah pertama, atau pilih “impor baris valid saja”.</source>
            <translation>Perbaiki berkas di Excel lalu kembali ke langkah pertama, atau pilih “impor baris valid saja”.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Semua %1 baris valid dan siap diimpor.</source>
            <translation>Semua %1 baris valid dan siap diimpor.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Semua atau tidak sama sekali: jangan impor selama masih ada baris bermasalah</source>
            <translation>Semua atau tidak sama sekali: jangan impor selama masih ada baris bermasalah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Setiap baris diperiksa dan pohon unit disusun sebelum ada data yang ditulis.</source>
            <translation>Setiap baris diperiksa dan pohon unit disusun sebelum ada data yang ditulis.</translation>
        </message>
    </context>
    <context>
        <name>FileBanner</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>&lt;b&gt;%1.&lt;/b&gt; Perubahan tidak dapat disimpan di jendela ini; tutup berkas di sana lebih dulu untuk mengubah data.</source>
            <translation>&lt;b&gt;%1.&lt;/b&gt; Perubahan tidak dapat disimpan di jendela ini; tutup berkas di sana lebih dulu untuk mengubah data.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>&lt;b&gt;Hanya-baca:&lt;/b&gt; %1. Perubahan tidak dapat disimpan selama berkas ini dibuka seperti ini.</source>
            <translation>&lt;b&gt;Hanya-baca:&lt;/b&gt; %1. Perubahan tidak dapat disimpan selama berkas ini dibuka seperti ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>Ambil alih</source>
            <translation>Ambil alih</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>Berkas data diperbarui ke versi aplikasi ini. Salinan sebelum pembaruan: &lt;b&gt;%1&lt;/b&gt; di folder %2.</source>
            <translation>Berkas data diperbarui ke versi aplikasi ini. Salinan sebelum pembaruan: &lt;b&gt;%1&lt;/b&gt; di folder %2.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>Kunci ini sudah lebih dari 12 jam; bila laptop itu tidak lagi membukanya, Anda dapat mengambil alih.</source>
            <translation>Kunci ini sudah lebih dari 12 jam; bila laptop itu tidak lagi membukanya, Anda dapat mengambil alih.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>Pulihkan dari cadangan…</source>
            <translation>Pulihkan dari cadangan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>Tutup</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>berkas data ini ditandai hanya-baca</source>
            <translation>berkas data ini ditandai hanya-baca</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>berkas data ini rusak; pulihkan dari cadangan</source>
            <translation>berkas data ini rusak; pulihkan dari cadangan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/banner.py" />
            <source>folder berkas data ini tidak dapat ditulis (hanya-baca)</source>
            <translation>folder berkas data ini tidak dapat ditulis (hanya-baca)</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Buku kerja Excel (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Daftar pegawai dalam berkas .xlsx, misalnya DUK atau unduhan SIASN.</source>
            <translation>Daftar pegawai dalam berkas .xlsx, misalnya DUK atau unduhan SIASN.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Judul kolom boleh ditulis dengan ejaan yang biasa dipakai (mis. “Gol. Ruang”, “Unor”, “NIP Baru”); baris kop dan judul di atas tabel dilewati. NIP sebaiknya diketik sebagai teks agar 18 digitnya utuh.</source>
            <translation>Judul kolom boleh ditulis dengan ejaan yang biasa dipakai (mis. “Gol. Ruang”, “Unor”, “NIP Baru”); baris kop dan judul di atas tabel dilewati. NIP sebaiknya diketik sebagai teks agar 18 digitnya utuh.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Kolom wajib: &lt;b&gt;NIP&lt;/b&gt;, &lt;b&gt;NAMA&lt;/b&gt;, &lt;b&gt;JABATAN&lt;/b&gt; dan &lt;b&gt;UNIT KERJA&lt;/b&gt;. Kolom lain dipakai bila ada: GELAR DEPAN/BELAKANG, PANGKAT, GOL/RUANG, JENIS JABATAN, JENJANG, NIP ATASAN, UNOR INDUK, STATUS, PENDIDIKAN, EMAIL, TELEPON, KOMPETENSI, TMT dan DASAR KEDUDUKAN.</source>
            <translation>Kolom wajib: &lt;b&gt;NIP&lt;/b&gt;, &lt;b&gt;NAMA&lt;/b&gt;, &lt;b&gt;JABATAN&lt;/b&gt; dan &lt;b&gt;UNIT KERJA&lt;/b&gt;. Kolom lain dipakai bila ada: GELAR DEPAN/BELAKANG, PANGKAT, GOL/RUANG, JENIS JABATAN, JENJANG, NIP ATASAN, UNOR INDUK, STATUS, PENDIDIKAN, EMAIL, TELEPON, KOMPETENSI, TMT dan DASAR KEDUDUKAN.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Lokasi berkas .xlsx</source>
            <translation>Lokasi berkas .xlsx</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Pegawai yang NIP-nya sudah ada akan diperbarui; yang belum ada akan ditambahkan. Tidak ada data yang ditulis sebelum Anda menekan “Impor”.</source>
            <translation>Pegawai yang NIP-nya sudah ada akan diperbarui; yang belum ada akan ditambahkan. Tidak ada data yang ditulis sebelum Anda menekan “Impor”.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Pilih berkas Excel</source>
            <translation>Pilih berkas Excel</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Pilih berkas daftar pegawai</source>
            <translation>Pilih berkas daftar pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Pilih berkas…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_file_page.py" />
            <source>Unit boleh ditulis sebagai jalur (“Sekretariat / Subbagian Umum”, juga dengan “/”, “\” atau “&gt;”); nama Perangkat Daerah di depannya berarti unit teratas. Bila hanya nama unit terendah (cara SIASN), induknya disimpulkan dari NIP ATASAN pimpinan unit; susunannya ditampilkan sebelum impor.</source>
            <translation>Unit boleh ditulis sebagai jalur (“Sekretariat / Subbagian Umum”, juga dengan “/”, “\” atau “&gt;”); nama Perangkat Daerah di depannya berarti unit teratas. Bila hanya nama unit terendah (cara SIASN), induknya disimpulkan dari NIP ATASAN pimpinan unit; susunannya ditampilkan sebelum impor.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Dasar</source>
            <translation>Dasar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Galat</source>
            <translation>Galat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Kode temuan: %1</source>
            <translation>Kode temuan: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Peringatan</source>
            <translation>Peringatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Pesan</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Temuan</source>
            <translation>Temuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Tingkat</source>
            <translation>Tingkat</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>&lt;b&gt;Pemeriksaan kedudukan&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pemeriksaan kedudukan&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>&lt;span style='color:%1'&gt;● %2 galat&lt;/span&gt; &amp;nbsp; &lt;span style='color:%3'&gt;● %4 peringatan&lt;/span&gt;</source>
            <translation>&lt;span style='color:%1'&gt;● %2 galat&lt;/span&gt; &amp;nbsp; &lt;span style='color:%3'&gt;● %4 peringatan&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Belum diperiksa. Klik “Periksa ulang” untuk memeriksa kedudukan setiap pegawai terhadap Perbup yang berlaku.</source>
            <translation>Belum diperiksa. Klik “Periksa ulang” untuk memeriksa kedudukan setiap pegawai terhadap Perbup yang berlaku.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Pemeriksaan tidak dapat dijalankan</source>
            <translation>Pemeriksaan tidak dapat dijalankan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Periksa kembali kedudukan setiap pegawai terhadap Perbup yang berlaku</source>
            <translation>Periksa kembali kedudukan setiap pegawai terhadap Perbup yang berlaku</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>Periksa ulang</source>
            <translation>Periksa ulang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>tidak ada temuan</source>
            <translation>tidak ada temuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/findings_panel.py" />
            <source>✓ Tidak ada temuan: setiap pegawai memiliki kedudukan yang sesuai.</source>
            <translation>✓ Tidak ada temuan: setiap pegawai memiliki kedudukan yang sesuai.</translation>
        </message>
    </context>
    <context>
        <name>GrafikWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/grafik.py" />
            <source>Grafik disimpan sebagai gambar PNG.</source>
            <translation>Grafik disimpan sebagai gambar PNG.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/grafik.py" />
            <source>Grafik tidak dapat disimpan</source>
            <translation>Grafik tidak dapat disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/grafik.py" />
            <source>Simpan PNG…</source>
            <translation>Simpan PNG…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/grafik.py" />
            <source>Simpan grafik ini sebagai gambar PNG</source>
            <translation>Simpan grafik ini sebagai gambar PNG</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/grafik.py" />
            <source>Simpan grafik sebagai PNG</source>
            <translation>Simpan grafik sebagai PNG</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>&lt; Kembali</source>
            <translation>&lt; Kembali</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Bantuan</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Berkas %1 tidak dapat dibaca: terjadi kesalahan yang tidak terduga.</source>
            <translation>Berkas %1 tidak dapat dibaca: terjadi kesalahan yang tidak terduga.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Impor</source>
            <translation>Impor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Impor pegawai dari Excel</source>
            <translation>Impor pegawai dari Excel</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Lanjut &gt;</source>
            <translation>Lanjut &gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Membaca %1…</source>
            <translation>Membaca %1…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Pembacaan %1 dibatalkan; tidak ada yang diimpor.</source>
            <translation>Pembacaan %1 dibatalkan; tidak ada yang diimpor.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Selesai</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Terjadi kesalahan yang tidak terduga: %1</source>
            <translation>Terjadi kesalahan yang tidak terduga: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>impor pegawai dari %1 belum dijalankan</source>
            <translation>impor pegawai dari %1 belum dijalankan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>menutup impor</source>
            <translation>menutup impor</translation>
        </message>
    </context>
    <context>
        <name>InboxWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>%1 (0)</source>
            <translation>%1 (0)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>%1 menunggu</source>
            <translation>%1 menunggu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>Belum ada permohonan yang menunggu tindakan siapa pun.</source>
            <translation>Belum ada permohonan yang menunggu tindakan siapa pun.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>Daftar perlu tindakan tidak dapat dimuat</source>
            <translation>Daftar perlu tindakan tidak dapat dimuat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>Pejabat atau pegawai yang ditunggu tindakannya; pilihan ini diingat.</source>
            <translation>Pejabat atau pegawai yang ditunggu tindakannya; pilihan ini diingat.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>Perlu tindakan dari</source>
            <translation>Perlu tindakan dari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>Tidak ada permohonan yang menunggu tindakan.</source>
            <translation>Tidak ada permohonan yang menunggu tindakan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>Tidak ada yang perlu ditindaklanjuti.</source>
            <translation>Tidak ada yang perlu ditindaklanjuti.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>Yang paling lama menunggu di atas.</source>
            <translation>Yang paling lama menunggu di atas.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/inbox_widget.py" />
            <source>buka di Laporan</source>
            <translation>buka di Laporan</translation>
        </message>
    </context>
    <context>
        <name>IndikatorDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Indikator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Indikator diubah di tempat lain</source>
            <translation>Indikator diubah di tempat lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Indikator turunan (cascading) menunjuk indikator induknya; penanggung jawab adalah pegawai yang menerima kaskade indikator ini.</source>
            <translation>Indikator turunan (cascading) menunjuk indikator induknya; penanggung jawab adalah pegawai yang menerima kaskade indikator ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Kode</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Pemilik kinerja</source>
            <translation>Pemilik kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Penanggung jawab</source>
            <translation>Penanggung jawab</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Sasaran</source>
            <translation>Sasaran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Sasaran strategis atau hasil yang dituju</source>
            <translation>Sasaran strategis atau hasil yang dituju</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Satuan</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Tahun</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Tambah indikator kinerja</source>
            <translation>Tambah indikator kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Turunan dari</source>
            <translation>Turunan dari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Ubah indikator kinerja</source>
            <translation>Ubah indikator kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>mis. 14</source>
            <translation>mis. 14</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>mis. IKU.1 atau SS.1.2</source>
            <translation>mis. IKU.1 atau SS.1.2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>mis. Prevalensi stunting pada balita</source>
            <translation>mis. Prevalensi stunting pada balita</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>mis. persen</source>
            <translation>mis. persen</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>— belum dipilih —</source>
            <translation>— belum dipilih —</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>— tidak ada (indikator teratas) —</source>
            <translation>— tidak ada (indikator teratas) —</translation>
        </message>
    </context>
    <context>
        <name>IndikatorTimPicker</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/indikator_tim.py" />
            <source>Belum ada indikator Perjanjian Kinerja pada tahun tim ini; catat di Laporan › Kinerja &amp; MPH.</source>
            <translation>Belum ada indikator Perjanjian Kinerja pada tahun tim ini; catat di Laporan › Kinerja &amp; MPH.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/indikator_tim.py" />
            <source>Dapat dipilih setelah tim disimpan.</source>
            <translation>Dapat dipilih setelah tim disimpan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/indikator_tim.py" />
            <source>Indikator tidak dapat ditautkan</source>
            <translation>Indikator tidak dapat ditautkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/indikator_tim.py" />
            <source>— belum dipilih —</source>
            <translation>— belum dipilih —</translation>
        </message>
    </context>
    <context>
        <name>IsiLaporanView</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>(tidak diisi)</source>
            <translation>(tidak diisi)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Alternatif rekomendasi</source>
            <translation>Alternatif rekomendasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Belum ada laporan %1 untuk periode ini.</source>
            <translation>Belum ada laporan %1 untuk periode ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Capaian</source>
            <translation>Capaian</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Capaian per indikator</source>
            <translation>Capaian per indikator</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Dasar: %1</source>
            <translation>Dasar: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Eskalasi permasalahan</source>
            <translation>Eskalasi permasalahan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Indikator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Jatuh tempo %1</source>
            <translation>Jatuh tempo %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Periode %1 – %2</source>
            <translation>Periode %1 – %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Periode ini belum dimulai; laporannya dapat ditulis sejak tanggal mulainya.</source>
            <translation>Periode ini belum dimulai; laporannya dapat ditulis sejak tanggal mulainya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Permasalahan dan kendala</source>
            <translation>Permasalahan dan kendala</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Progres pelaksanaan</source>
            <translation>Progres pelaksanaan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Tidak ada.</source>
            <translation>Tidak ada.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/isi_laporan.py" />
            <source>Uraian</source>
            <translation>Uraian</translation>
        </message>
    </context>
    <context>
        <name>IsiPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>(%1 hari)</source>
            <translation>(%1 hari)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Belum diisi: %1.</source>
            <translation>Belum diisi: %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Durasi</source>
            <translation>Durasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Ekspektasi / target kinerja</source>
            <translation>Ekspektasi / target kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Empat hal yang wajib dimuat surat permohonan.</source>
            <translation>Empat hal yang wajib dimuat surat permohonan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Isi permohonan</source>
            <translation>Isi permohonan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Kompetensi yang dibutuhkan</source>
            <translation>Kompetensi yang dibutuhkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Maksud dan tujuan</source>
            <translation>Maksud dan tujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>ekspektasi/target kinerja</source>
            <translation>ekspektasi/target kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>kompetensi yang dibutuhkan</source>
            <translation>kompetensi yang dibutuhkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>maksud dan tujuan</source>
            <translation>maksud dan tujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>mis. epidemiologi lapangan, analisis data surveilans</source>
            <translation>mis. epidemiologi lapangan, analisis data surveilans</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>mis. laporan penyelidikan epidemiologi selesai dalam 14 hari sejak kasus dilaporkan</source>
            <translation>mis. laporan penyelidikan epidemiologi selesai dalam 14 hari sejak kasus dilaporkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>mis. memperkuat Tim Surveilans dalam penyelidikan epidemiologi KLB campak</source>
            <translation>mis. memperkuat Tim Surveilans dalam penyelidikan epidemiologi KLB campak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>s.d.</source>
            <translation>s.d.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>tanggal selesai sebelum tanggal mulai</source>
            <translation>tanggal selesai sebelum tanggal mulai</translation>
        </message>
    </context>
    <context>
        <name>IsiPanel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/isi_panel.py" />
            <source>Buka</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/isi_panel.py" />
            <source>Lampiran</source>
            <translation>Lampiran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/isi_panel.py" />
            <source>Lampiran tidak dapat dibuka</source>
            <translation>Lampiran tidak dapat dibuka</translation>
        </message>
    </context>
    <context>
        <name>IsiView</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>%1 s.d. %2 (%3 hari)</source>
            <translation>%1 s.d. %2 (%3 hari)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>(tidak ada)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>(tim %1 tidak ditemukan)</source>
            <translation>(tim %1 tidak ditemukan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Beban kerja</source>
            <translation>Beban kerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Bentuk</source>
            <translation>Bentuk</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Disampaikan secara lisan; permohonan ini hanya dicatat.</source>
            <translation>Disampaikan secara lisan; permohonan ini hanya dicatat.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Ditujukan kepada</source>
            <translation>Ditujukan kepada</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Durasi</source>
            <translation>Durasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Ekspektasi / target kinerja</source>
            <translation>Ekspektasi / target kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Kompetensi yang dibutuhkan</source>
            <translation>Kompetensi yang dibutuhkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Maksud dan tujuan</source>
            <translation>Maksud dan tujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Pegawai (%1)</source>
            <translation>Pegawai (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Tembusan</source>
            <translation>Tembusan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Tujuan</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/isi_view.py" />
            <source>Untuk tim</source>
            <translation>Untuk tim</translation>
        </message>
    </context>
    <context>
        <name>IssuedDocumentModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Berkas</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Berlaku</source>
            <translation>Berlaku</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Keadaan</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Kedaluwarsa</source>
            <translation>Kedaluwarsa</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Naskah</source>
            <translation>Naskah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Nomor</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Susunan anggota tim berubah setelah naskah ini diterbitkan. Terbitkan naskah baru dengan nomor baru.</source>
            <translation>Susunan anggota tim berubah setelah naskah ini diterbitkan. Terbitkan naskah baru dengan nomor baru.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Tanggal</source>
            <translation>Tanggal</translation>
        </message>
    </context>
    <context>
        <name>IssuedDocumentsBox</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>%1 naskah kedaluwarsa: susunan tim berubah setelah diterbitkan. Terbitkan naskah baru.</source>
            <translation>%1 naskah kedaluwarsa: susunan tim berubah setelah diterbitkan. Terbitkan naskah baru.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Belum ada naskah final untuk tim ini.</source>
            <translation>Belum ada naskah final untuk tim ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Berkas %1 tidak ditemukan lagi. Cetak ulang naskahnya.</source>
            <translation>Berkas %1 tidak ditemukan lagi. Cetak ulang naskahnya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Berkas tidak ditemukan</source>
            <translation>Berkas tidak ditemukan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Buka berkas</source>
            <translation>Buka berkas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/document_model.py" />
            <source>Naskah yang telah diterbitkan</source>
            <translation>Naskah yang telah diterbitkan</translation>
        </message>
    </context>
    <context>
        <name>KinerjaWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>%1 indikator; %2 belum didukung tim atau penugasan.</source>
            <translation>%1 indikator; %2 belum didukung tim atau penugasan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Belum ada indikator Perjanjian Kinerja tahun %1.
Klik “Tambah…” untuk mencatat indikator kinerja Kepala Perangkat Daerah, lalu turunkan kepada pejabat di bawahnya.</source>
            <translation>Belum ada indikator Perjanjian Kinerja tahun %1.
Klik “Tambah…” untuk mencatat indikator kinerja Kepala Perangkat Daerah, lalu turunkan kepada pejabat di bawahnya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Didukung oleh</source>
            <translation>Didukung oleh</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Hapus</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Hapus indikator</source>
            <translation>Hapus indikator</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Hapus indikator “%1”?</source>
            <translation>Hapus indikator “%1”?</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Indikator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Indikator baru yang diturunkan (cascading) dari indikator terpilih</source>
            <translation>Indikator baru yang diturunkan (cascading) dari indikator terpilih</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Indikator kinerja</source>
            <translation>Indikator kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Indikator tidak dapat dihapus</source>
            <translation>Indikator tidak dapat dihapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Kode</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Matriks Peran Hasil</source>
            <translation>Matriks Peran Hasil</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Pemilik kinerja</source>
            <translation>Pemilik kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Penanggung jawab</source>
            <translation>Penanggung jawab</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Perjanjian Kinerja tahun</source>
            <translation>Perjanjian Kinerja tahun</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Sasaran</source>
            <translation>Sasaran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Tambah turunan…</source>
            <translation>Tambah turunan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Tambah…</source>
            <translation>Tambah…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Tautannya dengan %1 ikut dilepas.</source>
            <translation>Tautannya dengan %1 ikut dilepas.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Tautkan ke tim…</source>
            <translation>Tautkan ke tim…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kinerja_widget.py" />
            <source>Ubah…</source>
            <translation>Ubah…</translation>
        </message>
    </context>
    <context>
        <name>KirimDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>%1 (baru)</source>
            <translation>%1 (baru)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>&lt;b&gt;Catatan perbaikan dari peninjau:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Catatan perbaikan dari peninjau:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Alternatif rekomendasi</source>
            <translation>Alternatif rekomendasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Capaian</source>
            <translation>Capaian</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Capaian per indikator</source>
            <translation>Capaian per indikator</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Hapus</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Indikator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Isi kolom Capaian; indikator dari Perjanjian Kinerja yang didukung tim atau penugasan ini.</source>
            <translation>Isi kolom Capaian; indikator dari Perjanjian Kinerja yang didukung tim atau penugasan ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Kirim</source>
            <translation>Kirim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Kosongkan bila tidak ada</source>
            <translation>Kosongkan bila tidak ada</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Lampiran</source>
            <translation>Lampiran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Laporan belum dapat dikirim: %1.</source>
            <translation>Laporan belum dapat dikirim: %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Lepaskan lampiran baru yang dipilih</source>
            <translation>Lepaskan lampiran baru yang dipilih</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Permasalahan dan kendala</source>
            <translation>Permasalahan dan kendala</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Pilih lampiran</source>
            <translation>Pilih lampiran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Progres pelaksanaan</source>
            <translation>Progres pelaksanaan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Simpan draf</source>
            <translation>Simpan draf</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Tambah indikator lain</source>
            <translation>Tambah indikator lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Tambah lampiran…</source>
            <translation>Tambah lampiran…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Tanggal</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Tim ini belum ditautkan ke indikator kinerja; tambahkan baris bila perlu.</source>
            <translation>Tim ini belum ditautkan ke indikator kinerja; tambahkan baris bila perlu.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Tulis laporan</source>
            <translation>Tulis laporan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Uraian</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Uraian pelaksanaan tugas pada periode ini</source>
            <translation>Uraian pelaksanaan tugas pada periode ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>Wajib bila ada permasalahan</source>
            <translation>Wajib bila ada permasalahan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/kirim_dialog.py" />
            <source>belum diisi</source>
            <translation>belum diisi</translation>
        </message>
    </context>
    <context>
        <name>KirimPaketDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Buat juga draf surel (.eml) dengan paket terlampir</source>
            <translation>Buat juga draf surel (.eml) dengan paket terlampir</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Hanya yang berubah sejak</source>
            <translation>Hanya yang berubah sejak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Isi paket</source>
            <translation>Isi paket</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Kirim perubahan</source>
            <translation>Kirim perubahan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Kunci kantor:</source>
            <translation>Kunci kantor:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Paket Sistem Kerja (*.skp)</source>
            <translation>Paket Sistem Kerja (*.skp)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Paket tidak disimpan</source>
            <translation>Paket tidak disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Satu tim beserta anggota, naskah dan laporannya:</source>
            <translation>Satu tim beserta anggota, naskah dan laporannya:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Satu unit beserta pegawai, tim dan laporannya:</source>
            <translation>Satu unit beserta pegawai, tim dan laporannya:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Seluruh data kantor</source>
            <translation>Seluruh data kantor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Simpan paket</source>
            <translation>Simpan paket</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Simpan paket…</source>
            <translation>Simpan paket…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>Simpan perubahan data kantor ini sebagai paket (.skp) untuk dikirim ke laptop atau kantor lain — lewat surel, flashdisk, atau folder bersama. Penerima memeriksa isinya dan memutuskan setiap konflik sebelum menggabungkannya.</source>
            <translation>Simpan perubahan data kantor ini sebagai paket (.skp) untuk dikirim ke laptop atau kantor lain — lewat surel, flashdisk, atau folder bersama. Penerima memeriksa isinya dan memutuskan setiap konflik sebelum menggabungkannya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/kirim_dialog.py" />
            <source>kosongkan bila kantor tidak memakai kunci</source>
            <translation>kosongkan bila kantor tidak memakai kunci</translation>
        </message>
    </context>
    <context>
        <name>KoordinasiTab</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Baris kop</source>
            <translation>Baris kop</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Baris paraf</source>
            <translation>Baris paraf</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Isi baris Barito Timur</source>
            <translation>Isi baris Barito Timur</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Jalan … Nomor … Telepon … Kode Pos …</source>
            <translation>Jalan … Nomor … Telepon … Kode Pos …</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Kolom paraf di bawah naskah, urut dari kiri: satu baris per pejabat yang memaraf (Perbup Barito Timur 11/2024 mencantumkan KABAG HUKUM | KEPALA OPD | ASS. | SEKDA). Kosong = naskah tanpa tabel paraf.</source>
            <translation>Kolom paraf di bawah naskah, urut dari kiri: satu baris per pejabat yang memaraf (Perbup Barito Timur 11/2024 mencantumkan KABAG HUKUM | KEPALA OPD | ASS. | SEKDA). Kosong = naskah tanpa tabel paraf.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Kop Sekretariat Daerah (untuk konsep Keputusan Sekretaris Daerah)</source>
            <translation>Kop Sekretariat Daerah (untuk konsep Keputusan Sekretaris Daerah)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Kosongkan (tanpa tabel)</source>
            <translation>Kosongkan (tanpa tabel)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Pratinjau</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Tabel paraf koordinasi</source>
            <translation>Tabel paraf koordinasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>Tim lintas instansi ditetapkan dengan Keputusan Sekretaris Daerah (Perbup Kapuas Hulu 36/2023 Pasal 10 ayat (1)); Perangkat Daerah menyusun konsepnya dengan kop Sekretariat Daerah. Satu baris per baris kop, termasuk alamat.</source>
            <translation>Tim lintas instansi ditetapkan dengan Keputusan Sekretaris Daerah (Perbup Kapuas Hulu 36/2023 Pasal 10 ayat (1)); Perangkat Daerah menyusun konsepnya dengan kop Sekretariat Daerah. Satu baris per baris kop, termasuk alamat.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/koordinasi_tab.py" />
            <source>jabatan pemaraf</source>
            <translation>jabatan pemaraf</translation>
        </message>
    </context>
    <context>
        <name>LampiranPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Berkas disalin ke dalam berkas data; berkas aslinya tidak diubah.</source>
            <translation>Berkas disalin ke dalam berkas data; berkas aslinya tidak diubah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Dokumen dan pindaian (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Semua berkas (*)</source>
            <translation>Dokumen dan pindaian (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Hapus</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Lampiran</source>
            <translation>Lampiran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Pilih lampiran</source>
            <translation>Pilih lampiran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Pindaian surat masuk atau dokumen pendukung (opsional).</source>
            <translation>Pindaian surat masuk atau dokumen pendukung (opsional).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Tambah berkas…</source>
            <translation>Tambah berkas…</translation>
        </message>
    </context>
    <context>
        <name>LangkahRow</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/rantai.py" />
            <source>Dasar: %1</source>
            <translation>Dasar: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/rantai.py" />
            <source>menunggu tinjauan</source>
            <translation>menunggu tinjauan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/rantai.py" />
            <source>pemegang dihitung pada tanggal laporan</source>
            <translation>pemegang dihitung pada tanggal laporan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/rantai.py" />
            <source>selesai</source>
            <translation>selesai</translation>
        </message>
    </context>
    <context>
        <name>Laporan.Aksi</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source> (mulai %1)</source>
            <translation> (mulai %1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>%1 laporan %2 — %3</source>
            <translation>%1 laporan %2 — %3</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>(tanpa catatan)</source>
            <translation>(tanpa catatan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>&lt;b&gt;%1&lt;/b&gt; tidak memegang langkah ini. Yang dapat bertindak: %2 — %3 (NIP %4%5).</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; tidak memegang langkah ini. Yang dapat bertindak: %2 — %3 (NIP %4%5).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>&lt;b&gt;Dikembalikan untuk perbaikan&lt;/b&gt;: %1</source>
            <translation>&lt;b&gt;Dikembalikan untuk perbaikan&lt;/b&gt;: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>&lt;b&gt;Dikirim&lt;/b&gt;; pemegang langkah tinjauan belum diketahui.</source>
            <translation>&lt;b&gt;Dikirim&lt;/b&gt;; pemegang langkah tinjauan belum diketahui.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>&lt;b&gt;Diterima&lt;/b&gt; %1: rantai tinjauan selesai.</source>
            <translation>&lt;b&gt;Diterima&lt;/b&gt; %1: rantai tinjauan selesai.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>&lt;b&gt;Draf&lt;/b&gt; tersimpan, belum dikirim.</source>
            <translation>&lt;b&gt;Draf&lt;/b&gt; tersimpan, belum dikirim.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Belum ada.</source>
            <translation>Belum ada.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Catatan: %1</source>
            <translation>Catatan: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Draf tidak dapat disimpan</source>
            <translation>Draf tidak dapat disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Hanya pelapor, &lt;b&gt;%1&lt;/b&gt; (NIP %2), yang dapat menulis dan mengirim laporan ini; &lt;b&gt;%3&lt;/b&gt; bukan pelapornya.</source>
            <translation>Hanya pelapor, &lt;b&gt;%1&lt;/b&gt; (NIP %2), yang dapat menulis dan mengirim laporan ini; &lt;b&gt;%3&lt;/b&gt; bukan pelapornya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Kembalikan</source>
            <translation>Kembalikan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Langkah terakhir: laporan dinyatakan diterima.</source>
            <translation>Langkah terakhir: laporan dinyatakan diterima.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Lanjutkan draf…</source>
            <translation>Lanjutkan draf…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Laporan %1 — %2</source>
            <translation>Laporan %1 — %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Laporan diteruskan kepada %1.</source>
            <translation>Laporan diteruskan kepada %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Laporan kembali kepada pelapor untuk diperbaiki; setelah dikirim ulang, tinjauan mulai lagi dari langkah pertama.</source>
            <translation>Laporan kembali kepada pelapor untuk diperbaiki; setelah dikirim ulang, tinjauan mulai lagi dari langkah pertama.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Laporan tidak dapat dikirim</source>
            <translation>Laporan tidak dapat dikirim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Menunggu laporan dari &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Menunggu laporan dari &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Menunggu tinjauan &lt;b&gt;%1&lt;/b&gt;: %2</source>
            <translation>Menunggu tinjauan &lt;b&gt;%1&lt;/b&gt;: %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Pelapor: %1 · jatuh tempo %2</source>
            <translation>Pelapor: %1 · jatuh tempo %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Perbaiki laporan…</source>
            <translation>Perbaiki laporan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Periode belum dimulai%1.</source>
            <translation>Periode belum dimulai%1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Terima</source>
            <translation>Terima</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Tinjauan tidak dapat dicatat</source>
            <translation>Tinjauan tidak dapat dicatat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>Tulis laporan…</source>
            <translation>Tulis laporan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>dasar</source>
            <translation>dasar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/aksi.py" />
            <source>terlambat %1 hari</source>
            <translation>terlambat %1 hari</translation>
        </message>
    </context>
    <context>
        <name>Laporan.Labels</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>+%1 hari</source>
            <translation>+%1 hari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>, terlambat %1 hari</source>
            <translation>, terlambat %1 hari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Belum</source>
            <translation>Belum</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Belum dikirim</source>
            <translation>Belum dikirim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Dikembalikan</source>
            <translation>Dikembalikan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Dikembalikan untuk perbaikan</source>
            <translation>Dikembalikan untuk perbaikan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Dikirim</source>
            <translation>Dikirim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Diminta</source>
            <translation>Diminta</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Dinyatakan selesai</source>
            <translation>Dinyatakan selesai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Diterima</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Diterima/diteruskan</source>
            <translation>Diterima/diteruskan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Draf</source>
            <translation>Draf</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Draf disimpan</source>
            <translation>Draf disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Hasil diteruskan berjenjang</source>
            <translation>Hasil diteruskan berjenjang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Jatuh tempo</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Laporan anggota kepada ketua</source>
            <translation>Laporan anggota kepada ketua</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Laporan penugasan individu</source>
            <translation>Laporan penugasan individu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Laporan tim (ketua)</source>
            <translation>Laporan tim (ketua)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Menunggu tinjauan</source>
            <translation>Menunggu tinjauan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Perbaikan</source>
            <translation>Perbaikan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Perlu perbaikan</source>
            <translation>Perlu perbaikan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Terlambat</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>Tinjau</source>
            <translation>Tinjau</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>anggota</source>
            <translation>anggota</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>individu</source>
            <translation>individu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/labels.py" />
            <source>ketua</source>
            <translation>ketua</translation>
        </message>
    </context>
    <context>
        <name>Laporan.Sumber</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>%1 belum</source>
            <translation>%1 belum</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>%1 dari %2 laporan diterima</source>
            <translation>%1 dari %2 laporan diterima</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>%1 ditinjau</source>
            <translation>%1 ditinjau</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>%1 perbaikan</source>
            <translation>%1 perbaikan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>%1 terlambat</source>
            <translation>%1 terlambat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>Anggota</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>Anggota tim</source>
            <translation>Anggota tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>Belum ada periode yang dimulai</source>
            <translation>Belum ada periode yang dimulai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>Laporan tim (ketua)</source>
            <translation>Laporan tim (ketua)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>Lengkap</source>
            <translation>Lengkap</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>Penugasan individu</source>
            <translation>Penugasan individu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>Penugasan individu #%1</source>
            <translation>Penugasan individu #%1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>Terlambat %1</source>
            <translation>Terlambat %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>ketua %1</source>
            <translation>ketua %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>tanpa ketua</source>
            <translation>tanpa ketua</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/sumber.py" />
            <source>tim selesai</source>
            <translation>tim selesai</translation>
        </message>
    </context>
    <context>
        <name>Laporan.TimAksi</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tim_aksi.py" />
            <source>Laporan tidak dapat diminta</source>
            <translation>Laporan tidak dapat diminta</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tim_aksi.py" />
            <source>Pekerjaan tim tidak dapat dinyatakan selesai</source>
            <translation>Pekerjaan tim tidak dapat dinyatakan selesai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tim_aksi.py" />
            <source>Penutupan tidak dapat dibuka</source>
            <translation>Penutupan tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tim_aksi.py" />
            <source>Permintaan laporan tidak dapat dibuka</source>
            <translation>Permintaan laporan tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tim_aksi.py" />
            <source>Pilih dahulu pejabat atau pegawai yang bertindak (di kiri atas).</source>
            <translation>Pilih dahulu pejabat atau pegawai yang bertindak (di kiri atas).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tim_aksi.py" />
            <source>Pilih yang bertindak</source>
            <translation>Pilih yang bertindak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tim_aksi.py" />
            <source>Terlambat</source>
            <translation>Terlambat</translation>
        </message>
    </context>
    <context>
        <name>LaporanPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Belum</source>
            <translation>Belum</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Belum ada.</source>
            <translation>Belum ada.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Belum dimulai</source>
            <translation>Belum dimulai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Bertindak sebagai %1</source>
            <translation>Bertindak sebagai %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Jadwal: %1</source>
            <translation>Jadwal: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Kembalikan…</source>
            <translation>Kembalikan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Kirim</source>
            <translation>Kirim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Kirim draf ini apa adanya</source>
            <translation>Kirim draf ini apa adanya</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Laporan %1 — %2</source>
            <translation>Laporan %1 — %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Laporan tidak dapat dibuka</source>
            <translation>Laporan tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Pilih periode pada linimasa untuk melihat laporannya.</source>
            <translation>Pilih periode pada linimasa untuk melihat laporannya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Rantai tinjauan</source>
            <translation>Rantai tinjauan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Riwayat</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Terima…</source>
            <translation>Terima…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>Tulis laporan…</source>
            <translation>Tulis laporan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>dikirim %1</source>
            <translation>dikirim %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>diterima %1</source>
            <translation>diterima %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>jatuh tempo %1</source>
            <translation>jatuh tempo %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>pelapor %1</source>
            <translation>pelapor %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_page.py" />
            <source>penugasan individu #%1</source>
            <translation>penugasan individu #%1</translation>
        </message>
    </context>
    <context>
        <name>LaporanPane</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>%1 (0)</source>
            <translation>%1 (0)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Belum ada pegawai yang wajib melapor.</source>
            <translation>Belum ada pegawai yang wajib melapor.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Belum ada tim kerja aktif yang wajib melapor.</source>
            <translation>Belum ada tim kerja aktif yang wajib melapor.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Bertindak sebagai</source>
            <translation>Bertindak sebagai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Cari tim, pegawai atau periode…</source>
            <translation>Cari tim, pegawai atau periode…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Hari ini</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Keadaan pada</source>
            <translation>Keadaan pada</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Linimasa laporan tidak dapat dimuat</source>
            <translation>Linimasa laporan tidak dapat dimuat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Minta laporan…</source>
            <translation>Minta laporan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Nyatakan selesai…</source>
            <translation>Nyatakan selesai…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Pejabat atau pegawai yang bertindak: laporan yang menunggunya ada di Perlu tindakan; pilihan ini diingat.</source>
            <translation>Pejabat atau pegawai yang bertindak: laporan yang menunggunya ada di Perlu tindakan; pilihan ini diingat.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Per pegawai</source>
            <translation>Per pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Per tim</source>
            <translation>Per tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Perlu tindakan</source>
            <translation>Perlu tindakan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Perlu tindakan (%1)</source>
            <translation>Perlu tindakan (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Status dan keterlambatan dihitung pada tanggal ini</source>
            <translation>Status dan keterlambatan dihitung pada tanggal ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_pane.py" />
            <source>Tidak ada laporan yang menunggu tindakan.</source>
            <translation>Tidak ada laporan yang menunggu tindakan.</translation>
        </message>
    </context>
    <context>
        <name>LaporanWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_widget.py" />
            <source>Kinerja &amp;&amp; MPH</source>
            <translation>Kinerja &amp;&amp; MPH</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_widget.py" />
            <source>Laporan</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_widget.py" />
            <source>Pantauan</source>
            <translation>Pantauan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/laporan_widget.py" />
            <source>Sedang disiapkan.</source>
            <translation>Sedang disiapkan.</translation>
        </message>
    </context>
    <context>
        <name>LegendWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/panel.py" />
            <source>Jabatan kosong</source>
            <translation>Jabatan kosong</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/panel.py" />
            <source>Jumlah temuan: galat / peringatan</source>
            <translation>Jumlah temuan: galat / peringatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/panel.py" />
            <source>Keterangan warna bagan</source>
            <translation>Keterangan warna bagan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/panel.py" />
            <source>Plt. / Plh.: pelaksana tugas</source>
            <translation>Plt. / Plh.: pelaksana tugas</translation>
        </message>
    </context>
    <context>
        <name>LineListEditor</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/line_list_editor.py" />
            <source>Hapus</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/line_list_editor.py" />
            <source>Naikkan</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/line_list_editor.py" />
            <source>Tambah</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/line_list_editor.py" />
            <source>Turunkan</source>
            <translation>Turunkan</translation>
        </message>
    </context>
    <context>
        <name>LogoPicker</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>%1 × %2 piksel</source>
            <translation>%1 × %2 piksel</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Belum ada logo</source>
            <translation>Belum ada logo</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Berkas tidak ditemukan atau bukan gambar.</source>
            <translation>Berkas tidak ditemukan atau bukan gambar.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Gambar (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.bmp)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Hapus</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Pilih berkas logo</source>
            <translation>Pilih berkas logo</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Pilih berkas…</source>
            <translation>Pilih berkas…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/common/widgets.py" />
            <source>Tanpa
logo</source>
            <translation>Tanpa
logo</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source> (hanya-baca)[*]</source>
            <translation> (hanya-baca)[*]</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>&amp;Data</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>&amp;Ekspor pegawai…</source>
            <translation>&amp;Ekspor pegawai…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>&amp;Impor pegawai…</source>
            <translation>&amp;Impor pegawai…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>&amp;Keluar</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>&amp;Periksa kedudukan</source>
            <translation>&amp;Periksa kedudukan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>&amp;Tentang</source>
            <translation>&amp;Tentang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/shell_parts.py" />
            <source>&lt;b&gt;Sistem Kerja Desktop&lt;/b&gt; versi %1</source>
            <translation>&lt;b&gt;Sistem Kerja Desktop&lt;/b&gt; versi %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/shell_parts.py" />
            <source>Aplikasi untuk satu Perangkat Daerah yang menerapkan Peraturan Bupati tentang Sistem Kerja setelah penyederhanaan birokrasi (PermenPANRB 7/2022). Versi ini mengelola struktur dan kedudukan Pejabat Fungsional dan Pelaksana, serta Tim Kerja beserta SK dan Surat Tugasnya, dan permohonan penugasan dengan alur persetujuan dan surat-suratnya, serta laporan berkala beserta tinjauan, pantauan dan Matriks Peran Hasil.

Basis data: %1</source>
            <translation>Aplikasi untuk satu Perangkat Daerah yang menerapkan Peraturan Bupati tentang Sistem Kerja setelah penyederhanaan birokrasi (PermenPANRB 7/2022). Versi ini mengelola struktur dan kedudukan Pejabat Fungsional dan Pelaksana, serta Tim Kerja beserta SK dan Surat Tugasnya, dan permohonan penugasan dengan alur persetujuan dan surat-suratnya, serta laporan berkala beserta tinjauan, pantauan dan Matriks Peran Hasil.

Basis data: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Bagan Organisasi</source>
            <translation>Bagan Organisasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Ban&amp;tuan</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Berkas: %1</source>
            <translation>Berkas: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>CONTOH</source>
            <translation>CONTOH</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Data contoh rekaan. Untuk data Anda: Berkas › Perangkat Daerah baru…</source>
            <translation>Data contoh rekaan. Untuk data Anda: Berkas › Perangkat Daerah baru…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Jadwal dan linimasa laporan, tinjauannya, pantauan, indikator kinerja dan Matriks Peran Hasil</source>
            <translation>Jadwal dan linimasa laporan, tinjauannya, pantauan, indikator kinerja dan Matriks Peran Hasil</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Kirim roster lewat e&amp;mail…</source>
            <translation>Kirim roster lewat e&amp;mail…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Laporan</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/shell_parts.py" />
            <source>Modul struktur tidak terpasang pada salinan aplikasi ini.</source>
            <translation>Modul struktur tidak terpasang pada salinan aplikasi ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Pengaturan &amp;naskah dinas…</source>
            <translation>Pengaturan &amp;naskah dinas…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Pengaturan Perangkat &amp;Daerah…</source>
            <translation>Pengaturan Perangkat &amp;Daerah…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Pengaturan tidak dapat dibuka</source>
            <translation>Pengaturan tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Penugasan</source>
            <translation>Penugasan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Permohonan penugasan, alur persetujuannya, dan yang perlu tindakan</source>
            <translation>Permohonan penugasan, alur persetujuannya, dan yang perlu tindakan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/shell_parts.py" />
            <source>Pohon unit kerja, daftar pegawai dan kedudukannya</source>
            <translation>Pohon unit kerja, daftar pegawai dan kedudukannya</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Profil peraturan: %1</source>
            <translation>Profil peraturan: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Profil peraturan: tidak dikenal (%1)</source>
            <translation>Profil peraturan: tidak dikenal (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Seluruh Perangkat Daerah dalam satu bagan: kedudukan JF dan Pelaksana di bawah Pejabat Penilai Kinerja</source>
            <translation>Seluruh Perangkat Daerah dalam satu bagan: kedudukan JF dan Pelaksana di bawah Pejabat Penilai Kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Sistem Kerja Desktop — %1 %2[*]</source>
            <translation>Sistem Kerja Desktop — %1 %2[*]</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Sistem Kerja Desktop — CONTOH — %1 %2[*]</source>
            <translation>Sistem Kerja Desktop — CONTOH — %1 %2[*]</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <location filename="../../sistemkerja_desktop/views/shell_parts.py" />
            <source>Struktur &amp; Kedudukan</source>
            <translation>Struktur &amp; Kedudukan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/shell_parts.py" />
            <source>Tentang Sistem Kerja Desktop</source>
            <translation>Tentang Sistem Kerja Desktop</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Tim Kerja</source>
            <translation>Tim Kerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Tim Kerja dan Kelompok Kerja: anggota, aturan profil, beban kerja, SK dan Surat Tugas</source>
            <translation>Tim Kerja dan Kelompok Kerja: anggota, aturan profil, beban kerja, SK dan Surat Tugas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>Unit kerja, pegawai, dan kedudukan Pejabat Fungsional/Pelaksana</source>
            <translation>Unit kerja, pegawai, dan kedudukan Pejabat Fungsional/Pelaksana</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>meninggalkan area ini</source>
            <translation>meninggalkan area ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/main_window.py" />
            <source>menutup aplikasi</source>
            <translation>menutup aplikasi</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_mapping_page.py" />
            <source>(abaikan)</source>
            <translation>(abaikan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_mapping_page.py" />
            <source>Arti kolom</source>
            <translation>Arti kolom</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_mapping_page.py" />
            <source>Baris judul kolom:</source>
            <translation>Baris judul kolom:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_mapping_page.py" />
            <source>Kolom wajib belum dipetakan: %1</source>
            <translation>Kolom wajib belum dipetakan: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_mapping_page.py" />
            <source>Lembar &lt;b&gt;%1&lt;/b&gt; · %2 baris</source>
            <translation>Lembar &lt;b&gt;%1&lt;/b&gt; · %2 baris</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_mapping_page.py" />
            <source>Nomor baris Excel yang berisi judul kolom</source>
            <translation>Nomor baris Excel yang berisi judul kolom</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_mapping_page.py" />
            <source>Periksa baris judul kolom (disorot biru) dan pilih arti setiap kolom pada baris “Arti kolom”. Kolom wajib: NIP, NAMA, JABATAN, UNIT KERJA.</source>
            <translation>Periksa baris judul kolom (disorot biru) dan pilih arti setiap kolom pada baris “Arti kolom”. Kolom wajib: NIP, NAMA, JABATAN, UNIT KERJA.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_mapping_page.py" />
            <source>Pratinjau dan pemetaan kolom</source>
            <translation>Pratinjau dan pemetaan kolom</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_mapping_page.py" />
            <source>✓ %1 kolom dipetakan. %2 baris data: %3 valid, %4 bermasalah.</source>
            <translation>✓ %1 kolom dipetakan. %2 baris data: %3 valid, %4 bermasalah.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Alasan pengganti</source>
            <translation>Alasan pengganti</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Alasan penggantian</source>
            <translation>Alasan penggantian</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Alasan penolakan</source>
            <translation>Alasan penolakan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Anggota dari luar unit pemilik kinerja ikut serta setelah disetujui; SK/Surat Tugas final belum dapat diterbitkan selama persetujuannya ditunggu.</source>
            <translation>Anggota dari luar unit pemilik kinerja ikut serta setelah disetujui; SK/Surat Tugas final belum dapat diterbitkan selama persetujuannya ditunggu.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Anggota yang ditolak tetap tampil di daftar, tetapi tidak dicantumkan dalam naskah (SK/Surat Tugas).</source>
            <translation>Anggota yang ditolak tetap tampil di daftar, tetapi tidak dicantumkan dalam naskah (SK/Surat Tugas).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Catatan</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Dasar / nomor surat</source>
            <translation>Dasar / nomor surat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Disetujui: dicantumkan dalam naskah.</source>
            <translation>Disetujui: dicantumkan dalam naskah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Ditunjuk oleh Kepala Unit Organisasi Pemilik Kinerja selama Ketua Kelompok Kerja (squad) kosong sementara; pegawai satu jenjang di bawah, di atas, atau setara ketua%1.</source>
            <translation>Ditunjuk oleh Kepala Unit Organisasi Pemilik Kinerja selama Ketua Kelompok Kerja (squad) kosong sementara; pegawai satu jenjang di bawah, di atas, atau setara ketua%1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Jabatan dalam tim</source>
            <translation>Jabatan dalam tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Ketua Kelompok Kerja (squad) sementara</source>
            <translation>Ketua Kelompok Kerja (squad) sementara</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Ketua pengganti (kekosongan atau perpindahan)</source>
            <translation>Ketua pengganti (kekosongan atau perpindahan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Penunjukan</source>
            <translation>Penunjukan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Peran</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Persetujuan</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Rincian anggota tim</source>
            <translation>Rincian anggota tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Sebutkan alasan penolakan.</source>
            <translation>Sebutkan alasan penolakan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>Sebutkan penunjukan Ketua sementara oleh Kepala Unit Organisasi Pemilik Kinerja (mis. nomor nota dinas).</source>
            <translation>Sebutkan penunjukan Ketua sementara oleh Kepala Unit Organisasi Pemilik Kinerja (mis. nomor nota dinas).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>mis. Nota Dinas Kepala Bidang … Nomor 800/12/2026</source>
            <translation>mis. Nota Dinas Kepala Bidang … Nomor 800/12/2026</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>mis. Sekretaris (kosong: sesuai peran)</source>
            <translation>mis. Sekretaris (kosong: sesuai peran)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>opsional</source>
            <translation>opsional</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>opsional, mis. Nota Dinas Kepala Bidang Nomor …</source>
            <translation>opsional, mis. Nota Dinas Kepala Bidang Nomor …</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_dialog.py" />
            <source>wajib diisi</source>
            <translation>wajib diisi</translation>
        </message>
    </context>
    <context>
        <name>MemberListWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source> · %1 ditolak (tidak dicantumkan dalam naskah)</source>
            <translation> · %1 ditolak (tidak dicantumkan dalam naskah)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>, %1 menunggu persetujuan</source>
            <translation>, %1 menunggu persetujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2) &lt;b style='color:#2e6b30'&gt;disetujui&lt;/b&gt;.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2) &lt;b style='color:#2e6b30'&gt;disetujui&lt;/b&gt;.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2) &lt;b style='color:#2e6b30'&gt;disetujui&lt;/b&gt;: %3.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2) &lt;b style='color:#2e6b30'&gt;disetujui&lt;/b&gt;: %3.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2) &lt;b style='color:#9a5b00'&gt;menunggu persetujuan&lt;/b&gt;. SK/Surat Tugas final belum dapat diterbitkan sebelum disetujui atau ditolak.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2) &lt;b style='color:#9a5b00'&gt;menunggu persetujuan&lt;/b&gt;. SK/Surat Tugas final belum dapat diterbitkan sebelum disetujui atau ditolak.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>&lt;b&gt;%1&lt;/b&gt; (%2) &lt;b style='color:#9b1c1c'&gt;ditolak&lt;/b&gt;: %3. Tidak dicantumkan dalam naskah.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (%2) &lt;b style='color:#9b1c1c'&gt;ditolak&lt;/b&gt;: %3. Tidak dicantumkan dalam naskah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>&lt;b&gt;Anggota tim&lt;/b&gt; — %1 orang</source>
            <translation>&lt;b&gt;Anggota tim&lt;/b&gt; — %1 orang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Ajukan permohonan penugasan lintas unit untuk tim ini; pegawainya tercantum menunggu persetujuan</source>
            <translation>Ajukan permohonan penugasan lintas unit untuk tim ini; pegawainya tercantum menunggu persetujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Catat penolakan dengan alasannya; anggota tidak dicantumkan dalam naskah</source>
            <translation>Catat penolakan dengan alasannya; anggota tidak dicantumkan dalam naskah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Catat persetujuan anggota dari luar unit (dasar/nomor surat opsional)</source>
            <translation>Catat persetujuan anggota dari luar unit (dasar/nomor surat opsional)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Jadikan ketua</source>
            <translation>Jadikan ketua</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Keluarkan</source>
            <translation>Keluarkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Keluarkan dari tim (Delete)</source>
            <translation>Keluarkan dari tim (Delete)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Minta anggota dari unit lain…</source>
            <translation>Minta anggota dari unit lain…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Naikkan urutan</source>
            <translation>Naikkan urutan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Peran, ketua pengganti, dan persetujuan anggota dari luar unit</source>
            <translation>Peran, ketua pengganti, dan persetujuan anggota dari luar unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Rincian…</source>
            <translation>Rincian…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Setujui…</source>
            <translation>Setujui…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Tolak…</source>
            <translation>Tolak…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Turunkan urutan</source>
            <translation>Turunkan urutan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Ubah alasan…</source>
            <translation>Ubah alasan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Ubah dasar…</source>
            <translation>Ubah dasar…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>alasan belum diisi</source>
            <translation>alasan belum diisi</translation>
        </message>
    </context>
    <context>
        <name>MemberModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>%1 (pengganti)</source>
            <translation>%1 (pengganti)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>%1 — ditolak: %2; tidak dicantumkan dalam naskah</source>
            <translation>%1 — ditolak: %2; tidak dicantumkan dalam naskah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Asal</source>
            <translation>Asal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Ditolak: tidak dicantumkan dalam naskah (SK/Surat Tugas).</source>
            <translation>Ditolak: tidak dicantumkan dalam naskah (SK/Surat Tugas).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Ketua Kelompok Kerja (squad) sementara; penunjukan: %1</source>
            <translation>Ketua Kelompok Kerja (squad) sementara; penunjukan: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Ketua pengganti: %1</source>
            <translation>Ketua pengganti: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Ketua sementara</source>
            <translation>Ketua sementara</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Ketua, Anggota, atau jabatan dalam tim (mis. Sekretaris). Klik dua kali untuk mengubah.</source>
            <translation>Ketua, Anggota, atau jabatan dalam tim (mis. Sekretaris). Klik dua kali untuk mengubah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Menunggu persetujuan: SK/Surat Tugas final belum dapat diterbitkan sebelum disetujui; draf menandainya.</source>
            <translation>Menunggu persetujuan: SK/Surat Tugas final belum dapat diterbitkan sebelum disetujui; draf menandainya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Nama</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>PPK: %1</source>
            <translation>PPK: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Pegawai #%1</source>
            <translation>Pegawai #%1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Peran dalam tim</source>
            <translation>Peran dalam tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Persetujuan</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>Tim</source>
            <translation>Tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>alasan belum diisi</source>
            <translation>alasan belum diisi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_model.py" />
            <source>belum diisi</source>
            <translation>belum diisi</translation>
        </message>
    </context>
    <context>
        <name>MemberPicker</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>%1 dari %2 pegawai</source>
            <translation>%1 dari %2 pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>%1 pegawai</source>
            <translation>%1 pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>&lt;b&gt;Calon anggota&lt;/b&gt;</source>
            <translation>&lt;b&gt;Calon anggota&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Bagian dari kompetensi pegawai, mis. gizi; diterapkan setelah Enter</source>
            <translation>Bagian dari kompetensi pegawai, mis. gizi; diterapkan setelah Enter</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Beban kerja saat ini: jumlah tim aktif</source>
            <translation>Beban kerja saat ini: jumlah tim aktif</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Beban: semua</source>
            <translation>Beban: semua</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Belum ada tim</source>
            <translation>Belum ada tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Cari nama, NIP, jabatan, kompetensi…</source>
            <translation>Cari nama, NIP, jabatan, kompetensi…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Daftar pegawai tidak dapat dimuat</source>
            <translation>Daftar pegawai tidak dapat dimuat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>JF dan Pelaksana</source>
            <translation>JF dan Pelaksana</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Kompetensi…</source>
            <translation>Kompetensi…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Paling banyak 1 tim</source>
            <translation>Paling banyak 1 tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Paling banyak 2 tim</source>
            <translation>Paling banyak 2 tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Semua jabatan</source>
            <translation>Semua jabatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Semua jenjang</source>
            <translation>Semua jenjang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Semua unit</source>
            <translation>Semua unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Tambahkan ke tim  ›</source>
            <translation>Tambahkan ke tim  ›</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Tambahkan pegawai terpilih (Enter). Bisa juga diseret ke daftar anggota.</source>
            <translation>Tambahkan pegawai terpilih (Enter). Bisa juga diseret ke daftar anggota.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_picker.py" />
            <source>Unit kerja (termasuk sub-unitnya)</source>
            <translation>Unit kerja (termasuk sub-unitnya)</translation>
        </message>
    </context>
    <context>
        <name>MemberTableView</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Belum ada anggota.
Seret pegawai dari daftar calon ke sini, atau pilih lalu tekan Enter.</source>
            <translation>Belum ada anggota.
Seret pegawai dari daftar calon ke sini, atau pilih lalu tekan Enter.</translation>
        </message>
    </context>
    <context>
        <name>MintaDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Anggota:</source>
            <translation>Anggota:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Apa yang perlu dilaporkan (opsional)</source>
            <translation>Apa yang perlu dilaporkan (opsional)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Batas waktu</source>
            <translation>Batas waktu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Catatan</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Diminta oleh</source>
            <translation>Diminta oleh</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Kepada</source>
            <translation>Kepada</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Ketua tim: %1</source>
            <translation>Ketua tim: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Minta</source>
            <translation>Minta</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Minta laporan</source>
            <translation>Minta laporan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Minta laporan — %1</source>
            <translation>Minta laporan — %1</translation>
        </message>
    </context>
    <context>
        <name>MphView</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Belum ada indikator kinerja tahun %1. Tambahkan indikator pada tab Indikator kinerja, lalu tautkan Tim Kerja yang mendukungnya.</source>
            <translation>Belum ada indikator kinerja tahun %1. Tambahkan indikator pada tab Indikator kinerja, lalu tautkan Tim Kerja yang mendukungnya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Ekspor Matriks Peran Hasil</source>
            <translation>Ekspor Matriks Peran Hasil</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Ekspor Matriks Peran Hasil gagal</source>
            <translation>Ekspor Matriks Peran Hasil gagal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Ekspor xlsx…</source>
            <translation>Ekspor xlsx…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Kolom: hasil kerja ketua tim (%1); baris: anggota.</source>
            <translation>Kolom: hasil kerja ketua tim (%1); baris: anggota.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Kolom: indikator kinerja pimpinan tahun %1; sel: peran hasil pegawai.</source>
            <translation>Kolom: indikator kinerja pimpinan tahun %1; sel: peran hasil pegawai.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Matriks</source>
            <translation>Matriks</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Matriks Peran Hasil ditulis ke Excel.</source>
            <translation>Matriks Peran Hasil ditulis ke Excel.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Matriks dalam tata letak yang disalin ke e-Kinerja, satu lembar per Tim Kerja</source>
            <translation>Matriks dalam tata letak yang disalin ke e-Kinerja, satu lembar per Tim Kerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Menulis Matriks Peran Hasil…</source>
            <translation>Menulis Matriks Peran Hasil…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Penyelarasan satu tingkat — %1</source>
            <translation>Penyelarasan satu tingkat — %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Tim ini belum punya anggota atau hasil kerja ketua.</source>
            <translation>Tim ini belum punya anggota atau hasil kerja ketua.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/mph_view.py" />
            <source>Tim: %1</source>
            <translation>Tim: %1</translation>
        </message>
    </context>
    <context>
        <name>NaskahKinds</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source> — bukan instrumen profil</source>
            <translation> — bukan instrumen profil</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source> — bukan yang disarankan profil</source>
            <translation> — bukan yang disarankan profil</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>%1 ditolak, tidak dicantumkan</source>
            <translation>%1 ditolak, tidak dicantumkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>%1 menunggu persetujuan, hanya pada draf</source>
            <translation>%1 menunggu persetujuan, hanya pada draf</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>%1 orang</source>
            <translation>%1 orang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Naskah penetapan tim menurut profil: &lt;b&gt;%1&lt;/b&gt; (dasar: %2). Susunan tim: %3.</source>
            <translation>Naskah penetapan tim menurut profil: &lt;b&gt;%1&lt;/b&gt; (dasar: %2). Susunan tim: %3.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Penunjukan Ketua Kelompok Kerja (squad) ditetapkan dengan Keputusan Kepala Unit Organisasi Pemilik Kinerja (dasar: %1).</source>
            <translation>Penunjukan Ketua Kelompok Kerja (squad) ditetapkan dengan Keputusan Kepala Unit Organisasi Pemilik Kinerja (dasar: %1).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Profil menetapkan tim ini dengan %1 (dasar: %2). Naskah lain hanya dapat dicetak sebagai draf bertanda.</source>
            <translation>Profil menetapkan tim ini dengan %1 (dasar: %2). Naskah lain hanya dapat dicetak sebagai draf bertanda.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Profil umum menyarankan %1 (dasar: %2).</source>
            <translation>Profil umum menyarankan %1 (dasar: %2).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>SK pembentukan tim</source>
            <translation>SK pembentukan tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>SK penunjukan Ketua Kelompok Kerja</source>
            <translation>SK penunjukan Ketua Kelompok Kerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Surat Tugas</source>
            <translation>Surat Tugas</translation>
        </message>
    </context>
    <context>
        <name>NaskahSettingsDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source> orang</source>
            <translation> orang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source> tim bersamaan</source>
            <translation> tim bersamaan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>(pimpinan Perangkat Daerah dari struktur)</source>
            <translation>(pimpinan Perangkat Daerah dari struktur)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>(sesuai profil peraturan)</source>
            <translation>(sesuai profil peraturan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Alamat</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Ambang beban kerja</source>
            <translation>Ambang beban kerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Atas</source>
            <translation>Atas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Baris kop</source>
            <translation>Baris kop</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Bawaan untuk SK</source>
            <translation>Bawaan untuk SK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Bawaan untuk Surat Tugas</source>
            <translation>Bawaan untuk Surat Tugas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Bawah</source>
            <translation>Bawah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Cantumkan NIP penandatangan pada SK</source>
            <translation>Cantumkan NIP penandatangan pada SK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Cantumkan pangkat penandatangan pada SK</source>
            <translation>Cantumkan pangkat penandatangan pada SK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Dasar (Surat Tugas)</source>
            <translation>Dasar (Surat Tugas)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Ditetapkan di … pada tanggal …</source>
            <translation>Ditetapkan di … pada tanggal …</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Garis ganda (tebal dan tipis)</source>
            <translation>Garis ganda (tebal dan tipis)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Garis kop</source>
            <translation>Garis kop</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Garis tunggal</source>
            <translation>Garis tunggal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Isi baku</source>
            <translation>Isi baku</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Kanan</source>
            <translation>Kanan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Kata perintah Surat Tugas</source>
            <translation>Kata perintah Surat Tugas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Kertas dan tata letak</source>
            <translation>Kertas dan tata letak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Kiri</source>
            <translation>Kiri</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Kode pos</source>
            <translation>Kode pos</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Kop Setda dan paraf</source>
            <translation>Kop Setda dan paraf</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Kop surat</source>
            <translation>Kop surat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Laman</source>
            <translation>Laman</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Lebih dari ini, nama-nama dipindah ke lampiran.</source>
            <translation>Lebih dari ini, nama-nama dipindah ke lampiran.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Logo daerah</source>
            <translation>Logo daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Margin</source>
            <translation>Margin</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Mengingat (SK)</source>
            <translation>Mengingat (SK)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Nama di badan Surat Tugas</source>
            <translation>Nama di badan Surat Tugas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Penandatangan</source>
            <translation>Penandatangan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Pengaturan naskah dinas</source>
            <translation>Pengaturan naskah dinas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Penomoran</source>
            <translation>Penomoran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Pola nomor</source>
            <translation>Pola nomor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Pos-el</source>
            <translation>Pos-el</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Pratinjau</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Satu baris per baris kop. Kosongkan untuk memakai kop baku dari identitas dan alamat di bawah (tampak samar).</source>
            <translation>Satu baris per baris kop. Kosongkan untuk memakai kop baku dari identitas dan alamat di bawah (tampak samar).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Satu butir per baris daftar; klik dua kali untuk mengubah. Dipakai bila tim tidak mengisi daftarnya sendiri.</source>
            <translation>Satu butir per baris daftar; klik dua kali untuk mengubah. Dipakai bila tim tidak mengisi daftarnya sendiri.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Tanggal Surat Tugas</source>
            <translation>Tanggal Surat Tugas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Tanpa garis</source>
            <translation>Tanpa garis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Telepon</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Tembusan SK</source>
            <translation>Tembusan SK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Tembusan Surat Tugas</source>
            <translation>Tembusan Surat Tugas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Tempat, tanggal (mis. Contoh, 16 Juli 2024)</source>
            <translation>Tempat, tanggal (mis. Contoh, 16 Juli 2024)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Ukuran huruf</source>
            <translation>Ukuran huruf</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>Ukuran kertas</source>
            <translation>Ukuran kertas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>butir baru</source>
            <translation>butir baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>menutup pengaturan</source>
            <translation>menutup pengaturan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_settings_dialog.py" />
            <source>perubahan pengaturan naskah dinas</source>
            <translation>perubahan pengaturan naskah dinas</translation>
        </message>
    </context>
    <context>
        <name>NumberingEditor</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>%1 nomor belum selesai diterbitkan: pilih barisnya, lalu lanjutkan atau batalkan.</source>
            <translation>%1 nomor belum selesai diterbitkan: pilih barisnya, lalu lanjutkan atau batalkan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>&lt;b&gt;Register nomor&lt;/b&gt; — %1 nomor</source>
            <translation>&lt;b&gt;Register nomor&lt;/b&gt; — %1 nomor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Batalkan nomor…</source>
            <translation>Batalkan nomor…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Isian: %1. Nomor urut dimulai lagi setiap tahun.</source>
            <translation>Isian: %1. Nomor urut dimulai lagi setiap tahun.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Jenis naskah</source>
            <translation>Jenis naskah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Kode klasifikasi</source>
            <translation>Kode klasifikasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Kode unit pengolah</source>
            <translation>Kode unit pengolah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Lanjutkan penerbitan…</source>
            <translation>Lanjutkan penerbitan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Nomor berikut</source>
            <translation>Nomor berikut</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Pola nomor</source>
            <translation>Pola nomor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Tahun</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>mis. 800.1.11.1 (Surat Tugas)</source>
            <translation>mis. 800.1.11.1 (Surat Tugas)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>mis. Dinkes</source>
            <translation>mis. Dinkes</translation>
        </message>
    </context>
    <context>
        <name>OpenProblemDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/open_problem_dialog.py" />
            <source>Berkas data tidak dapat dibuka</source>
            <translation>Berkas data tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/open_problem_dialog.py" />
            <source>Buka hanya-baca</source>
            <translation>Buka hanya-baca</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/open_problem_dialog.py" />
            <source>Cadangan %1 dipasang. Berkas yang tidak dapat dibuka disimpan sebagai %2.</source>
            <translation>Cadangan %1 dipasang. Berkas yang tidak dapat dibuka disimpan sebagai %2.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/open_problem_dialog.py" />
            <source>Cadangan dipulihkan</source>
            <translation>Cadangan dipulihkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/open_problem_dialog.py" />
            <source>Cadangan tidak dapat dipulihkan</source>
            <translation>Cadangan tidak dapat dipulihkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/open_problem_dialog.py" />
            <source>Lihat isinya tanpa mengubah apa pun; bagian yang rusak mungkin tidak terbaca.</source>
            <translation>Lihat isinya tanpa mengubah apa pun; bagian yang rusak mungkin tidak terbaca.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/open_problem_dialog.py" />
            <source>Pilih cadangan lalu Pulihkan: berkas yang sekarang disimpan dulu sebagai %1.rusak-….sqlite (tidak ada yang dihapus), lalu cadangan dipasang dan dibuka.</source>
            <translation>Pilih cadangan lalu Pulihkan: berkas yang sekarang disimpan dulu sebagai %1.rusak-….sqlite (tidak ada yang dihapus), lalu cadangan dipasang dan dibuka.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/open_problem_dialog.py" />
            <source>Tidak ada cadangan otomatis untuk berkas ini.</source>
            <translation>Tidak ada cadangan otomatis untuk berkas ini.</translation>
        </message>
    </context>
    <context>
        <name>OrgChart.Cari</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/pencarian.py" />
            <source>%1 dari %2</source>
            <translation>%1 dari %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/pencarian.py" />
            <source>tidak ada</source>
            <translation>tidak ada</translation>
        </message>
    </context>
    <context>
        <name>OrgChart.Ekspor</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Bagan ditulis sebagai gambar PNG (skala %1%).</source>
            <translation>Bagan ditulis sebagai gambar PNG (skala %1%).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Bagan ditulis: %1 halaman PDF.</source>
            <translation>Bagan ditulis: %1 halaman PDF.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Bagan sebesar ini sulit dibaca dalam satu gambar; gunakan PDF (berhalaman) untuk mencetak.</source>
            <translation>Bagan sebesar ini sulit dibaca dalam satu gambar; gunakan PDF (berhalaman) untuk mencetak.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Dasar</source>
            <translation>Dasar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Ekspor bagan gagal</source>
            <translation>Ekspor bagan gagal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Ekspor bagan ke PDF</source>
            <translation>Ekspor bagan ke PDF</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Menggambar bagan…</source>
            <translation>Menggambar bagan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Menulis PDF bagan…</source>
            <translation>Menulis PDF bagan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>PPK: %1 — %2</source>
            <translation>PPK: %1 — %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>PPK: belum ada</source>
            <translation>PPK: belum ada</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Seluruh bagan</source>
            <translation>Seluruh bagan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Simpan seluruh bagan sebagai PNG</source>
            <translation>Simpan seluruh bagan sebagai PNG</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Simpan tampilan sebagai PNG</source>
            <translation>Simpan tampilan sebagai PNG</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>Tampilan bagan ditulis sebagai gambar PNG.</source>
            <translation>Tampilan bagan ditulis sebagai gambar PNG.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>memuat perpindahan yang belum disimpan</source>
            <translation>memuat perpindahan yang belum disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/ekspor_aksi.py" />
            <source>… dan %1 temuan lain</source>
            <translation>… dan %1 temuan lain</translation>
        </message>
    </context>
    <context>
        <name>OrgChart.Pindah</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>

… dan %1 temuan lain</source>
            <translation>

… dan %1 temuan lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>%1 pegawai</source>
            <translation>%1 pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Bagan kini menampilkan keadaan per TMT %1.</source>
            <translation>Bagan kini menampilkan keadaan per TMT %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Dasar</source>
            <translation>Dasar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Ditolak: %1 (%2)</source>
            <translation>Ditolak: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Lepaskan untuk memindahkan ke %1</source>
            <translation>Lepaskan untuk memindahkan ke %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Perlu konfirmasi</source>
            <translation>Perlu konfirmasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Perlu konfirmasi: %1</source>
            <translation>Perlu konfirmasi: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Perpindahan ini tidak sesuai dengan ketentuan yang bersifat peringatan:

%1%2

Tetap pindahkan?</source>
            <translation>Perpindahan ini tidak sesuai dengan ketentuan yang bersifat peringatan:

%1%2

Tetap pindahkan?</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Pindahkan %1 ke %2</source>
            <translation>Pindahkan %1 ke %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Pindahkan %1 ke bawah %2.</source>
            <translation>Pindahkan %1 ke bawah %2.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Pindahkan %1 ke bawah:</source>
            <translation>Pindahkan %1 ke bawah:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>Sudah berada di bawah Pejabat Penilai Kinerja ini</source>
            <translation>Sudah berada di bawah Pejabat Penilai Kinerja ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/moves.py" />
            <source>kosong</source>
            <translation>kosong</translation>
        </message>
    </context>
    <context>
        <name>OrgChartToolbar</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Arah susunan bagan</source>
            <translation>Arah susunan bagan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Atas–bawah</source>
            <translation>Atas–bawah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Batalkan</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Cari nama / NIP / jabatan…</source>
            <translation>Cari nama / NIP / jabatan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Ekspor</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Hari ini</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Hasil berikutnya (F3 atau Enter)</source>
            <translation>Hasil berikutnya (F3 atau Enter)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Hasil sebelumnya (Shift+F3)</source>
            <translation>Hasil sebelumnya (Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Kiri–kanan</source>
            <translation>Kiri–kanan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>PDF cabang yang dipilih…</source>
            <translation>PDF cabang yang dipilih…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>PDF seluruh bagan…</source>
            <translation>PDF seluruh bagan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>PNG seluruh bagan…</source>
            <translation>PNG seluruh bagan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>PNG tampilan saat ini…</source>
            <translation>PNG tampilan saat ini…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Paskan</source>
            <translation>Paskan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Per tanggal</source>
            <translation>Per tanggal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Perbesar (+)</source>
            <translation>Perbesar (+)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Perkecil (−)</source>
            <translation>Perkecil (−)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Simpan</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Simpan perpindahan kedudukan (Ctrl+S)</source>
            <translation>Simpan perpindahan kedudukan (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Tampilkan kedudukan pada tanggal ini (riwayat)</source>
            <translation>Tampilkan kedudukan pada tanggal ini (riwayat)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Tampilkan seluruh bagan di jendela (0)</source>
            <translation>Tampilkan seluruh bagan di jendela (0)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/toolbar.py" />
            <source>Ulangi</source>
            <translation>Ulangi</translation>
        </message>
    </context>
    <context>
        <name>OrgChartView</name>
        <message numerus="yes">
            <location filename="../../sistemkerja_desktop/views/orgchart/view.py" />
            <source>%n pegawai</source>
            <translation>
                <numerusform>%n pegawai</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/view.py" />
            <source>Bagan organisasi</source>
            <translation>Bagan organisasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/view.py" />
            <source>Lepaskan di atas Pejabat Penilai Kinerja</source>
            <translation>Lepaskan di atas Pejabat Penilai Kinerja</translation>
        </message>
    </context>
    <context>
        <name>OrgChartWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source> TMT %1, dasar %2 dipakai untuk perpindahan berikutnya.</source>
            <translation> TMT %1, dasar %2 dipakai untuk perpindahan berikutnya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>%1 pegawai · %2 galat, %3 peringatan · keadaan per %4 · %5 · zoom %6%</source>
            <translation>%1 pegawai · %2 galat, %3 peringatan · keadaan per %4 · %5 · zoom %6%</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>%1 perpindahan kedudukan di bagan</source>
            <translation>%1 perpindahan kedudukan di bagan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>&lt;b&gt;%1 perpindahan kedudukan belum disimpan.&lt;/b&gt; Ctrl+Z membatalkan langkah terakhir.</source>
            <translation>&lt;b&gt;%1 perpindahan kedudukan belum disimpan.&lt;/b&gt; Ctrl+Z membatalkan langkah terakhir.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>&lt;b&gt;Perpindahan ditolak.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Perpindahan ditolak.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Bagan tidak dapat dimuat ulang</source>
            <translation>Bagan tidak dapat dimuat ulang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Batalkan</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Batalkan (Ctrl+Z)</source>
            <translation>Batalkan (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Batalkan: %1 (Ctrl+Z)</source>
            <translation>Batalkan: %1 (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Belum ada Perangkat Daerah di berkas ini. Buat Perangkat Daerah atau impor daftar pegawai di area “Struktur &amp; Kedudukan”.</source>
            <translation>Belum ada Perangkat Daerah di berkas ini. Buat Perangkat Daerah atau impor daftar pegawai di area “Struktur &amp; Kedudukan”.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Bentangkan</source>
            <translation>Bentangkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Buang perubahan</source>
            <translation>Buang perubahan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Cari</source>
            <translation>Cari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Ciutkan</source>
            <translation>Ciutkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Dasar</source>
            <translation>Dasar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Ekspor cabang ini ke PDF…</source>
            <translation>Ekspor cabang ini ke PDF…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Fokus pada cabang ini</source>
            <translation>Fokus pada cabang ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Hasil berikutnya</source>
            <translation>Hasil berikutnya</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Hasil sebelumnya</source>
            <translation>Hasil sebelumnya</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Lihat PPK</source>
            <translation>Lihat PPK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Menampilkan cabang &lt;b&gt;%1&lt;/b&gt; saja.</source>
            <translation>Menampilkan cabang &lt;b&gt;%1&lt;/b&gt; saja.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Perubahan bagan tidak dapat disimpan</source>
            <translation>Perubahan bagan tidak dapat disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Pindahkan ke Pejabat Penilai Kinerja lain…</source>
            <translation>Pindahkan ke Pejabat Penilai Kinerja lain…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Simpan</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Tampilkan seluruh bagan</source>
            <translation>Tampilkan seluruh bagan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Tutup</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Ulangi</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Ulangi (Ctrl+Y)</source>
            <translation>Ulangi (Ctrl+Y)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>Ulangi: %1 (Ctrl+Y)</source>
            <translation>Ulangi: %1 (Ctrl+Y)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/orgchart_widget.py" />
            <source>… dan %1 alasan lain</source>
            <translation>… dan %1 alasan lain</translation>
        </message>
    </context>
    <context>
        <name>PaketAksi</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>%1 rekaman ditulis ke %2.</source>
            <translation>%1 rekaman ditulis ke %2.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>&amp;Kirim perubahan…</source>
            <translation>&amp;Kirim perubahan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>&amp;Terima paket…</source>
            <translation>&amp;Terima paket…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>Dari %1: %2 ditambah, %3 diubah, %4 dihapus.</source>
            <translation>Dari %1: %2 ditambah, %3 diubah, %4 dihapus.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>Draf surel dengan paket terlampir: %1 (buka untuk mengirimnya).</source>
            <translation>Draf surel dengan paket terlampir: %1 (buka untuk mengirimnya).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>Kunci kantor</source>
            <translation>Kunci kantor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>Kunci kantor:</source>
            <translation>Kunci kantor:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>Paket Sistem Kerja (*.skp);;Semua berkas (*)</source>
            <translation>Paket Sistem Kerja (*.skp);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>Paket diimpor</source>
            <translation>Paket diimpor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>Paket disimpan</source>
            <translation>Paket disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>Paket tidak dapat dibaca</source>
            <translation>Paket tidak dapat dibaca</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/aksi.py" />
            <source>Terima paket</source>
            <translation>Terima paket</translation>
        </message>
    </context>
    <context>
        <name>PantauanWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Angka dan grafik ini dalam satu PDF untuk rapat pimpinan</source>
            <translation>Angka dan grafik ini dalam satu PDF untuk rapat pimpinan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Angka dihitung pada tanggal yang dipilih, bukan hari ini.</source>
            <translation>Angka dihitung pada tanggal yang dipilih, bukan hari ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Beban kerja pegawai</source>
            <translation>Beban kerja pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Ekspor PDF gagal</source>
            <translation>Ekspor PDF gagal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Ekspor PDF…</source>
            <translation>Ekspor PDF…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Ekspor pantauan ke PDF</source>
            <translation>Ekspor pantauan ke PDF</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Hari ini</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Keadaan pada</source>
            <translation>Keadaan pada</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Laporan dikirim per bulan</source>
            <translation>Laporan dikirim per bulan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Laporan jatuh tempo</source>
            <translation>Laporan jatuh tempo</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Laporan memuat permasalahan dan kendala yang belum diterima penyelesaiannya.</source>
            <translation>Laporan memuat permasalahan dan kendala yang belum diterima penyelesaiannya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Laporan terlambat per unit</source>
            <translation>Laporan terlambat per unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Laporan yang belum dikirim dan jatuh tempo hari ini atau dalam %1 hari.</source>
            <translation>Laporan yang belum dikirim dan jatuh tempo hari ini atau dalam %1 hari.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Laporan yang belum dikirim padahal sudah lewat jatuh tempo.</source>
            <translation>Laporan yang belum dikirim padahal sudah lewat jatuh tempo.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Laporan yang sudah dikirim dan menunggu tinjauan pada alurnya.</source>
            <translation>Laporan yang sudah dikirim dan menunggu tinjauan pada alurnya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Menulis PDF pantauan…</source>
            <translation>Menulis PDF pantauan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Menunggu tinjauan</source>
            <translation>Menunggu tinjauan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Pantauan laporan ditulis sebagai PDF.</source>
            <translation>Pantauan laporan ditulis sebagai PDF.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Permasalahan</source>
            <translation>Permasalahan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Permohonan menunggu</source>
            <translation>Permohonan menunggu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Permohonan penugasan yang menunggu keputusan.</source>
            <translation>Permohonan penugasan yang menunggu keputusan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Progres per tim</source>
            <translation>Progres per tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Terlambat</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Tim aktif</source>
            <translation>Tim aktif</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/pantauan_widget.py" />
            <source>Tim berstatus aktif yang masa tugasnya berjalan pada tanggal ini.</source>
            <translation>Tim berstatus aktif yang masa tugasnya berjalan pada tanggal ini.</translation>
        </message>
    </context>
    <context>
        <name>PegawaiForm</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>(tanpa unit)</source>
            <translation>(tanpa unit)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>(tetap: %1)</source>
            <translation>(tetap: %1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>Isi data lalu klik Simpan.</source>
            <translation>Isi data lalu klik Simpan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>Jenjang hanya untuk Jabatan Fungsional</source>
            <translation>Jenjang hanya untuk Jabatan Fungsional</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>NIP PPK: %1</source>
            <translation>NIP PPK: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>NIP wajib diisi (18 digit).</source>
            <translation>NIP wajib diisi (18 digit).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>Pegawai baru</source>
            <translation>Pegawai baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>Pegawai tidak dapat disimpan</source>
            <translation>Pegawai tidak dapat disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>Perhatian: %1</source>
            <translation>Perhatian: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>Saat ini: %1</source>
            <translation>Saat ini: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>Saat ini: belum ditetapkan</source>
            <translation>Saat ini: belum ditetapkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>Tampilkan Pejabat Penilai Kinerja pegawai ini pada Bagan Organisasi</source>
            <translation>Tampilkan Pejabat Penilai Kinerja pegawai ini pada Bagan Organisasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>Tidak ada pemangku PPK tunggal untuk ditampilkan (belum ditetapkan, jabatan PPK kosong, atau PPK ganda)</source>
            <translation>Tidak ada pemangku PPK tunggal untuk ditampilkan (belum ditetapkan, jabatan PPK kosong, atau PPK ganda)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>data pegawai baru</source>
            <translation>data pegawai baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>data pegawai baru %1</source>
            <translation>data pegawai baru %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>perubahan data pegawai %1</source>
            <translation>perubahan data pegawai %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>— belum diisi —</source>
            <translation>— belum diisi —</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form.py" />
            <source>— belum ditetapkan —</source>
            <translation>— belum ditetapkan —</translation>
        </message>
    </context>
    <context>
        <name>PegawaiFormView</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>18 digit, boleh berspasi</source>
            <translation>18 digit, boleh berspasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Batalkan perubahan</source>
            <translation>Batalkan perubahan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Centang bila Pejabat Penilai Kinerja menilai atas pendelegasian kewenangan; pemeriksaan kedudukan lalu tidak mempersoalkan jenis jabatan PPK.</source>
            <translation>Centang bila Pejabat Penilai Kinerja menilai atas pendelegasian kewenangan; pemeriksaan kedudukan lalu tidak mempersoalkan jenis jabatan PPK.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Dasar pendelegasian</source>
            <translation>Dasar pendelegasian</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Data pegawai</source>
            <translation>Data pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Gelar</source>
            <translation>Gelar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Jabatan</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Jenis jabatan</source>
            <translation>Jenis jabatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Jenjang</source>
            <translation>Jenjang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Kompetensi</source>
            <translation>Kompetensi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Lihat PPK di bagan</source>
            <translation>Lihat PPK di bagan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Nama</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Nama tanpa gelar</source>
            <translation>Nama tanpa gelar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>PPK</source>
            <translation>PPK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>PPK bertindak atas pendelegasian kewenangan</source>
            <translation>PPK bertindak atas pendelegasian kewenangan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Pangkat/gol.</source>
            <translation>Pangkat/gol.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Pegawai aktif</source>
            <translation>Pegawai aktif</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Pendidikan</source>
            <translation>Pendidikan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Pilih pegawai di tabel untuk melihat dan mengubah datanya, atau klik “Tambah pegawai” untuk menambah pegawai baru.</source>
            <translation>Pilih pegawai di tabel untuk melihat dan mengubah datanya, atau klik “Tambah pegawai” untuk menambah pegawai baru.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Pos-el</source>
            <translation>Pos-el</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Simpan</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Telepon</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Tutup</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Tutup data pegawai; tabel mendapat lebar penuh</source>
            <translation>Tutup data pegawai; tabel mendapat lebar penuh</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>Unit kerja</source>
            <translation>Unit kerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>dipisah koma</source>
            <translation>dipisah koma</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>mis. Perawat Ahli Muda</source>
            <translation>mis. Perawat Ahli Muda</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>mis. S.Kep.</source>
            <translation>mis. S.Kep.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>mis. S1 Keperawatan</source>
            <translation>mis. S1 Keperawatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>mis. dr.</source>
            <translation>mis. dr.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>mis. nomor SK</source>
            <translation>mis. nomor SK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>— tidak ada —</source>
            <translation>— tidak ada —</translation>
        </message>
    </context>
    <context>
        <name>PegawaiListPane</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_list_pane.py" />
            <source>Cari nama / NIP / jabatan / unit…</source>
            <translation>Cari nama / NIP / jabatan / unit…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_list_pane.py" />
            <source>Pilih pegawai di tabel untuk melihat dan mengubah datanya.</source>
            <translation>Pilih pegawai di tabel untuk melihat dan mengubah datanya.</translation>
        </message>
    </context>
    <context>
        <name>PegawaiTableModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>%1 (tidak aktif)</source>
            <translation>%1 (tidak aktif)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Gol.</source>
            <translation>Gol.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Jabatan</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Jenjang</source>
            <translation>Jenjang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Jenjang jabatan fungsional</source>
            <translation>Jenjang jabatan fungsional</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>NIP / NI PPPK</source>
            <translation>NIP / NI PPPK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Nama</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Nama dengan gelar</source>
            <translation>Nama dengan gelar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Nama jabatan</source>
            <translation>Nama jabatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>PPK</source>
            <translation>PPK</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>PPK: %1</source>
            <translation>PPK: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>PPK: %1 (NIP %2)</source>
            <translation>PPK: %1 (NIP %2)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Pangkat/golongan ruang (PNS) atau golongan (PPPK)</source>
            <translation>Pangkat/golongan ruang (PNS) atau golongan (PPPK)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Pejabat Penilai Kinerja</source>
            <translation>Pejabat Penilai Kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_model.py" />
            <source>Unit kerja</source>
            <translation>Unit kerja</translation>
        </message>
    </context>
    <context>
        <name>PegawaiTableView</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_view.py" />
            <source>%1 pegawai</source>
            <translation>%1 pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_view.py" />
            <source>Lihat PPK di bagan</source>
            <translation>Lihat PPK di bagan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_view.py" />
            <source>Paskan lebar kolom</source>
            <translation>Paskan lebar kolom</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_view.py" />
            <source>Pilih PPK di tabel</source>
            <translation>Pilih PPK di tabel</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_view.py" />
            <source>Tidak ada pemangku PPK tunggal</source>
            <translation>Tidak ada pemangku PPK tunggal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_view.py" />
            <source>menampilkan %1 dari %2 pegawai</source>
            <translation>menampilkan %1 dari %2 pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_table_view.py" />
            <source>tidak ada yang cocok dari %1 pegawai</source>
            <translation>tidak ada yang cocok dari %1 pegawai</translation>
        </message>
    </context>
    <context>
        <name>Penugasan.Labels</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>%1 hari</source>
            <translation>%1 hari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>&gt; 14 hari</source>
            <translation>&gt; 14 hari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>&gt; 3 hari</source>
            <translation>&gt; 3 hari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>&gt; 30 hari</source>
            <translation>&gt; 30 hari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>&gt; 7 hari</source>
            <translation>&gt; 7 hari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Batalkan permohonan</source>
            <translation>Batalkan permohonan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Belum</source>
            <translation>Belum</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Dalam</source>
            <translation>Dalam</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Dalam unit</source>
            <translation>Dalam unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Di dalam instansi</source>
            <translation>Di dalam instansi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Dibatalkan</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Disetujui</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Diteruskan</source>
            <translation>Diteruskan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Ditolak</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Keluar</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Keluar (ke instansi lain)</source>
            <translation>Keluar (ke instansi lain)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Lintas instansi</source>
            <translation>Lintas instansi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Lintas unit</source>
            <translation>Lintas unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Masuk</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Masuk (dari instansi lain)</source>
            <translation>Masuk (dari instansi lain)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Menunggu</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Pengajuan sukarela</source>
            <translation>Pengajuan sukarela</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Penunjukan</source>
            <translation>Penunjukan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Rekomendasi</source>
            <translation>Rekomendasi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Semua umur</source>
            <translation>Semua umur</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Setuju</source>
            <translation>Setuju</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Setujui</source>
            <translation>Setujui</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Surat jawaban</source>
            <translation>Surat jawaban</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Surat penugasan</source>
            <translation>Surat penugasan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Surat permohonan</source>
            <translation>Surat permohonan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Teruskan</source>
            <translation>Teruskan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>Tolak</source>
            <translation>Tolak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/labels.py" />
            <source>hari ini</source>
            <translation>hari ini</translation>
        </message>
    </context>
    <context>
        <name>Penugasan.MintaAnggota</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/minta_anggota.py" />
            <source> untuk mencapai %1</source>
            <translation> untuk mencapai %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/minta_anggota.py" />
            <source>Formulir permohonan tidak dapat dibuka</source>
            <translation>Formulir permohonan tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/minta_anggota.py" />
            <source>Minta anggota dari unit lain</source>
            <translation>Minta anggota dari unit lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/minta_anggota.py" />
            <source>Penugasan sebagai anggota %1</source>
            <translation>Penugasan sebagai anggota %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/minta_anggota.py" />
            <source>Simpan tim lebih dahulu; permohonan penugasan merujuk tim yang sudah tersimpan.</source>
            <translation>Simpan tim lebih dahulu; permohonan penugasan merujuk tim yang sudah tersimpan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/minta_anggota.py" />
            <source>meminta anggota dari unit lain</source>
            <translation>meminta anggota dari unit lain</translation>
        </message>
    </context>
    <context>
        <name>Penugasan.Register</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>%1 pegawai: %2</source>
            <translation>%1 pegawai: %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>dicatat oleh %1</source>
            <translation>dicatat oleh %1</translation>
        </message>
    </context>
    <context>
        <name>PenugasanWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/penugasan_widget.py" />
            <source>Alur persetujuan menurut %1.</source>
            <translation>Alur persetujuan menurut %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/penugasan_widget.py" />
            <source>Formulir permohonan tidak dapat dibuka</source>
            <translation>Formulir permohonan tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/penugasan_widget.py" />
            <source>Penunjukan atau pengajuan sukarela, dalam unit, lintas unit atau lintas instansi</source>
            <translation>Penunjukan atau pengajuan sukarela, dalam unit, lintas unit atau lintas instansi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/penugasan_widget.py" />
            <source>Perlu tindakan</source>
            <translation>Perlu tindakan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/penugasan_widget.py" />
            <source>Perlu tindakan (%1)</source>
            <translation>Perlu tindakan (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/penugasan_widget.py" />
            <source>Permohonan baru…</source>
            <translation>Permohonan baru…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/penugasan_widget.py" />
            <source>Register permohonan</source>
            <translation>Register permohonan</translation>
        </message>
    </context>
    <context>
        <name>PeranDelegate</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Bendahara</source>
            <translation>Bendahara</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Koordinator</source>
            <translation>Koordinator</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/member_list.py" />
            <source>Sekretaris</source>
            <translation>Sekretaris</translation>
        </message>
    </context>
    <context>
        <name>PeriodeModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/periode_strip.py" />
            <source>Belum</source>
            <translation>Belum</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/periode_strip.py" />
            <source>Belum ada laporan; jatuh tempo %1</source>
            <translation>Belum ada laporan; jatuh tempo %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/periode_strip.py" />
            <source>Belum dimulai</source>
            <translation>Belum dimulai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/periode_strip.py" />
            <source>Dikirim %1</source>
            <translation>Dikirim %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/periode_strip.py" />
            <source>Jatuh tempo %1</source>
            <translation>Jatuh tempo %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/periode_strip.py" />
            <source>Menunggu tinjauan %1: %2</source>
            <translation>Menunggu tinjauan %1: %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/periode_strip.py" />
            <source>Periode dimulai %1</source>
            <translation>Periode dimulai %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/periode_strip.py" />
            <source>tempo %1</source>
            <translation>tempo %1</translation>
        </message>
    </context>
    <context>
        <name>PermohonanPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source> (terakhir %1)</source>
            <translation> (terakhir %1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>%1 (instansi lain; dicatat dari suratnya)</source>
            <translation>%1 (instansi lain; dicatat dari suratnya)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>%1 (jabatan kosong)</source>
            <translation>%1 (jabatan kosong)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>%1 tidak dapat dicatat</source>
            <translation>%1 tidak dapat dicatat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>%1 — langkah %2: %3</source>
            <translation>%1 — langkah %2: %3</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>&lt;b&gt;Dibatalkan&lt;/b&gt; oleh pemohon.</source>
            <translation>&lt;b&gt;Dibatalkan&lt;/b&gt; oleh pemohon.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>&lt;b&gt;Disetujui&lt;/b&gt;: semua langkah alur sudah dijawab%1.</source>
            <translation>&lt;b&gt;Disetujui&lt;/b&gt;: semua langkah alur sudah dijawab%1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>&lt;b&gt;Ditolak&lt;/b&gt; oleh %1 pada %2. Alasan: %3</source>
            <translation>&lt;b&gt;Ditolak&lt;/b&gt; oleh %1 pada %2. Alasan: %3</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Alur persetujuan</source>
            <translation>Alur persetujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Batalkan permohonan %1</source>
            <translation>Batalkan permohonan %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Dasar: %1</source>
            <translation>Dasar: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Diajukan %1 oleh %2 · %3</source>
            <translation>Diajukan %1 oleh %2 · %3</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Hanya pemohon yang dapat membatalkan permohonan yang masih menunggu</source>
            <translation>Hanya pemohon yang dapat membatalkan permohonan yang masih menunggu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Langkah ini menghasilkan %1.</source>
            <translation>Langkah ini menghasilkan %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Menunggu langkah %1 — &lt;b&gt;%2&lt;/b&gt;: %3</source>
            <translation>Menunggu langkah %1 — &lt;b&gt;%2&lt;/b&gt;: %3</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Permohonan %1 — %2 %3</source>
            <translation>Permohonan %1 — %2 %3</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Permohonan tidak dapat dibuka</source>
            <translation>Permohonan tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_page.py" />
            <source>Pilih permohonan untuk melihat isi dan alurnya.</source>
            <translation>Pilih permohonan untuk melihat isi dan alurnya.</translation>
        </message>
    </context>
    <context>
        <name>PermohonanWizard</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>%1 lampiran</source>
            <translation>%1 lampiran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>%1 pegawai: %2</source>
            <translation>%1 pegawai: %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>&lt; Kembali</source>
            <translation>&lt; Kembali</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>Ajukan</source>
            <translation>Ajukan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>Lanjut &gt;</source>
            <translation>Lanjut &gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>NIP %1</source>
            <translation>NIP %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>Permohonan penugasan baru</source>
            <translation>Permohonan penugasan baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>tujuan %1</source>
            <translation>tujuan %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/permohonan_wizard.py" />
            <source>untuk %1</source>
            <translation>untuk %1</translation>
        </message>
    </context>
    <context>
        <name>PersetujuanDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Alasan penolakan (wajib)</source>
            <translation>Alasan penolakan (wajib)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Alasan penolakan wajib diisi.</source>
            <translation>Alasan penolakan wajib diisi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Anggota yang disetujui dicantumkan dalam SK/Surat Tugas.</source>
            <translation>Anggota yang disetujui dicantumkan dalam SK/Surat Tugas.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Anggota yang ditolak tetap tampil di daftar anggota dengan alasannya, tetapi tidak dicantumkan dalam naskah (SK/Surat Tugas).</source>
            <translation>Anggota yang ditolak tetap tampil di daftar anggota dengan alasannya, tetapi tidak dicantumkan dalam naskah (SK/Surat Tugas).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Dasar persetujuan / nomor surat (opsional)</source>
            <translation>Dasar persetujuan / nomor surat (opsional)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Setujui</source>
            <translation>Setujui</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Setujui %1 sebagai anggota tim</source>
            <translation>Setujui %1 sebagai anggota tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Setujui anggota</source>
            <translation>Setujui anggota</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Tolak</source>
            <translation>Tolak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Tolak %1 sebagai anggota tim</source>
            <translation>Tolak %1 sebagai anggota tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>Tolak anggota</source>
            <translation>Tolak anggota</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>mis. Nota Dinas Kepala Bidang Kesehatan Masyarakat Nomor 800/12/2026</source>
            <translation>mis. Nota Dinas Kepala Bidang Kesehatan Masyarakat Nomor 800/12/2026</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/persetujuan_dialog.py" />
            <source>mis. pegawai sedang menjalankan tugas lain di unit asalnya</source>
            <translation>mis. pegawai sedang menjalankan tugas lain di unit asalnya</translation>
        </message>
    </context>
    <context>
        <name>PilihPpkDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Lanjut…</source>
            <translation>Lanjut…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Pindahkan ke Pejabat Penilai Kinerja</source>
            <translation>Pindahkan ke Pejabat Penilai Kinerja</translation>
        </message>
    </context>
    <context>
        <name>PindahDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Dasar penetapan</source>
            <translation>Dasar penetapan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Hanya bila TMT memang sebelum awal kedudukan yang sudah tercatat: kedudukan itu dibatalkan (tidak dihapus, nomor SK tetap tersimpan) dan koreksi dicatat di riwayat perubahan.</source>
            <translation>Hanya bila TMT memang sebelum awal kedudukan yang sudah tercatat: kedudukan itu dibatalkan (tidak dihapus, nomor SK tetap tersimpan) dan koreksi dicatat di riwayat perubahan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Koreksi riwayat</source>
            <translation>Koreksi riwayat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Pakai TMT dan dasar ini untuk perpindahan berikutnya
tanpa bertanya lagi (sampai disimpan)</source>
            <translation>Pakai TMT dan dasar ini untuk perpindahan berikutnya
tanpa bertanya lagi (sampai disimpan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Pindahkan</source>
            <translation>Pindahkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>Pindahkan kedudukan</source>
            <translation>Pindahkan kedudukan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>TMT (berlaku mulai)</source>
            <translation>TMT (berlaku mulai)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/dialogs.py" />
            <source>mis. 800.1.3/123/Dinkes/2026</source>
            <translation>mis. 800.1.3/123/Dinkes/2026</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/placeholder.py" />
            <source>Bagian ini sedang dikembangkan dan belum dapat digunakan di versi ini. Data struktur dan kedudukan yang Anda isi sekarang akan menjadi dasarnya.</source>
            <translation>Bagian ini sedang dikembangkan dan belum dapat digunakan di versi ini. Data struktur dan kedudukan yang Anda isi sekarang akan menjadi dasarnya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/placeholder.py" />
            <source>Belum tersedia</source>
            <translation>Belum tersedia</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/placeholder.py" />
            <source>Yang akan tersedia:</source>
            <translation>Yang akan tersedia:</translation>
        </message>
    </context>
    <context>
        <name>PratinjauPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_pratinjau.py" />
            <source>Jabatan %1 kosong pada tanggal permohonan: langkah %2 (%3) tidak ada yang memutus. Isi jabatan itu (definitif, Plt. atau Plh.) lebih dahulu.</source>
            <translation>Jabatan %1 kosong pada tanggal permohonan: langkah %2 (%3) tidak ada yang memutus. Isi jabatan itu (definitif, Plt. atau Plh.) lebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_pratinjau.py" />
            <source>Langkah pertama setelah diajukan</source>
            <translation>Langkah pertama setelah diajukan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_pratinjau.py" />
            <source>Langkah yang akan dilalui permohonan ini dan pejabat yang akan bertindak.</source>
            <translation>Langkah yang akan dilalui permohonan ini dan pejabat yang akan bertindak.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_pratinjau.py" />
            <source>Nama pejabat diambil dari struktur pada tanggal permohonan. Jawaban instansi lain dicatat dari suratnya.</source>
            <translation>Nama pejabat diambil dari struktur pada tanggal permohonan. Jawaban instansi lain dicatat dari suratnya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_pratinjau.py" />
            <source>Pratinjau alur persetujuan</source>
            <translation>Pratinjau alur persetujuan</translation>
        </message>
    </context>
    <context>
        <name>ProfilDialogs</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>%1 galat, %2 peringatan</source>
            <translation>%1 galat, %2 peringatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>&lt;b&gt;Dasar hukum (Mengingat / Dasar Surat Tugas):&lt;/b&gt;</source>
            <translation>&lt;b&gt;Dasar hukum (Mengingat / Dasar Surat Tugas):&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>&lt;b&gt;Dasar hukum:&lt;/b&gt; tidak ada daftar yang berubah.</source>
            <translation>&lt;b&gt;Dasar hukum:&lt;/b&gt; tidak ada daftar yang berubah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>&lt;b&gt;Periksa kedudukan:&lt;/b&gt; sebelum %1; sesudah %2.</source>
            <translation>&lt;b&gt;Periksa kedudukan:&lt;/b&gt; sebelum %1; sesudah %2.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>&lt;b&gt;Profil peraturan:&lt;/b&gt; %1 → %2</source>
            <translation>&lt;b&gt;Profil peraturan:&lt;/b&gt; %1 → %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Biarkan</source>
            <translation>Biarkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Daftar berikut sudah diubah dan tidak lagi berisi bawaan profil lama:</source>
            <translation>Daftar berikut sudah diubah dan tidak lagi berisi bawaan profil lama:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Dasar hukum yang sudah diubah</source>
            <translation>Dasar hukum yang sudah diubah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Ganti dengan bawaan profil baru</source>
            <translation>Ganti dengan bawaan profil baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Ganti dengan bawaan profil baru, atau biarkan teksnya apa adanya (periksa manual)? Daftar yang masih berisi bawaan profil lama diganti otomatis.</source>
            <translation>Ganti dengan bawaan profil baru, atau biarkan teksnya apa adanya (periksa manual)? Daftar yang masih berisi bawaan profil lama diganti otomatis.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Nama Perangkat Daerah atau pemerintah daerah berubah, sehingga dasar hukum bawaan ikut berubah.</source>
            <translation>Nama Perangkat Daerah atau pemerintah daerah berubah, sehingga dasar hukum bawaan ikut berubah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Profil peraturan diganti</source>
            <translation>Profil peraturan diganti</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Profil peraturan diganti menjadi %1.</source>
            <translation>Profil peraturan diganti menjadi %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Temuan yang hilang</source>
            <translation>Temuan yang hilang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>Temuan yang muncul</source>
            <translation>Temuan yang muncul</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>dasar</source>
            <translation>dasar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/profil_dialogs.py" />
            <source>tidak ada</source>
            <translation>tidak ada</translation>
        </message>
    </context>
    <context>
        <name>RantaiWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/rantai.py" />
            <source>Rantai tinjauan muncul setelah laporan dibuat.</source>
            <translation>Rantai tinjauan muncul setelah laporan dibuat.</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>Arah</source>
            <translation>Arah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Dibatalkan: %1. Nomor ini tidak dipakai lagi.</source>
            <translation>Dibatalkan: %1. Nomor ini tidak dipakai lagi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Dipakai</source>
            <translation>Dipakai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Jenis naskah</source>
            <translation>Jenis naskah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>Lingkup</source>
            <translation>Lingkup</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>Menunggu</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Nomor</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Nomor sudah dipesan, tetapi penerbitannya terputus. Lanjutkan penerbitan (nomor dan tanggal yang sama) atau batalkan nomornya.</source>
            <translation>Nomor sudah dipesan, tetapi penerbitannya terputus. Lanjutkan penerbitan (nomor dan tanggal yang sama) atau batalkan nomornya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Nomor terpakai.</source>
            <translation>Nomor terpakai.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Perihal</source>
            <translation>Perihal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>SK/Surat Tugas tim</source>
            <translation>SK/Surat Tugas tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>SK/Surat Tugas tim (dipesan)</source>
            <translation>SK/Surat Tugas tim (dipesan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>Tanggal</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>Tujuan</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_model.py" />
            <source>Umur</source>
            <translation>Umur</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/numbering_editor.py" />
            <source>dicatat</source>
            <translation>dicatat</translation>
        </message>
    </context>
    <context>
        <name>RegisterPane</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>%1 dari %2</source>
            <translation>%1 dari %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>%1 permohonan</source>
            <translation>%1 permohonan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Belum ada permohonan penugasan. Klik “Permohonan baru…” untuk mengajukan.</source>
            <translation>Belum ada permohonan penugasan. Klik “Permohonan baru…” untuk mengajukan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Buka</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Cari nama atau NIP pegawai/pemohon…</source>
            <translation>Cari nama atau NIP pegawai/pemohon…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Isi dan alur permohonan terpilih (Enter)</source>
            <translation>Isi dan alur permohonan terpilih (Enter)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Semua arah</source>
            <translation>Semua arah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Semua jenis</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Semua lingkup</source>
            <translation>Semua lingkup</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Semua status</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Tidak ada permohonan yang cocok dengan saringan.</source>
            <translation>Tidak ada permohonan yang cocok dengan saringan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>Umur: hari sejak diajukan (yang sudah diputus: sampai keputusan terakhirnya)</source>
            <translation>Umur: hari sejak diajukan (yang sudah diputus: sampai keputusan terakhirnya)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/register_pane.py" />
            <source>‹ Kembali ke register</source>
            <translation>‹ Kembali ke register</translation>
        </message>
    </context>
    <context>
        <name>ReservasiBox</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>%1 — belum selesai</source>
            <translation>%1 — belum selesai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Batalkan nomor…</source>
            <translation>Batalkan nomor…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Lanjutkan penerbitan…</source>
            <translation>Lanjutkan penerbitan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Nomor ini sudah dipesan di register, tetapi naskahnya belum selesai diterbitkan (aplikasi tertutup, disk penuh …). Lanjutkan dengan nomor dan tanggal yang sama, atau batalkan nomornya dengan alasan.</source>
            <translation>Nomor ini sudah dipesan di register, tetapi naskahnya belum selesai diterbitkan (aplikasi tertutup, disk penuh …). Lanjutkan dengan nomor dan tanggal yang sama, atau batalkan nomornya dengan alasan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Penerbitan belum selesai</source>
            <translation>Penerbitan belum selesai</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_restore_dialog.py" />
            <source>Belum ada cadangan untuk berkas ini.</source>
            <translation>Belum ada cadangan untuk berkas ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_restore_dialog.py" />
            <source>Berkas</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_restore_dialog.py" />
            <source>Cadangan %1</source>
            <translation>Cadangan %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_restore_dialog.py" />
            <source>Cadangan dibuat otomatis sebelum pembaruan skema dan lewat Berkas › Cadangkan sekarang, di folder %1. Sebelum cadangan dipulihkan, berkas yang sekarang dicadangkan dulu, jadi pemulihan selalu dapat dibatalkan dengan memulihkan cadangan itu.</source>
            <translation>Cadangan dibuat otomatis sebelum pembaruan skema dan lewat Berkas › Cadangkan sekarang, di folder %1. Sebelum cadangan dipulihkan, berkas yang sekarang dicadangkan dulu, jadi pemulihan selalu dapat dibatalkan dengan memulihkan cadangan itu.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_restore_dialog.py" />
            <source>Pulihkan</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_restore_dialog.py" />
            <source>Pulihkan dari cadangan</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_restore_dialog.py" />
            <source>Tanggal dan jam</source>
            <translation>Tanggal dan jam</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/berkas_restore_dialog.py" />
            <source>Ukuran</source>
            <translation>Ukuran</translation>
        </message>
    </context>
    <context>
        <name>RiwayatDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>%1 catatan</source>
            <translation>%1 catatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Kolom</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Nama atau NIP pegawai</source>
            <translation>Nama atau NIP pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Pilih satu baris untuk melihat isinya sebelum dan sesudah.</source>
            <translation>Pilih satu baris untuk melihat isinya sebelum dan sesudah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Riwayat perubahan — %1</source>
            <translation>Riwayat perubahan — %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Sampai</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Sebelum</source>
            <translation>Sebelum</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Sejak</source>
            <translation>Sejak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Semua data</source>
            <translation>Semua data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_dialog.py" />
            <source>Sesudah</source>
            <translation>Sesudah</translation>
        </message>
    </context>
    <context>
        <name>RiwayatModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_model.py" />
            <source>Aksi</source>
            <translation>Aksi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_model.py" />
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_model.py" />
            <source>Nama di aplikasi: %1; akun komputer: %2</source>
            <translation>Nama di aplikasi: %1; akun komputer: %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_model.py" />
            <source>Pelaku</source>
            <translation>Pelaku</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_model.py" />
            <source>Ringkasan</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_model.py" />
            <source>Tabel</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/riwayat_model.py" />
            <source>Waktu</source>
            <translation>Waktu</translation>
        </message>
    </context>
    <context>
        <name>RulesPanel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/rules_panel.py" />
            <source>&lt;span style='color:%1'&gt;● %2 galat — belum dapat disimpan&lt;/span&gt;</source>
            <translation>&lt;span style='color:%1'&gt;● %2 galat — belum dapat disimpan&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/rules_panel.py" />
            <source>&lt;span style='color:%1'&gt;● %2 peringatan&lt;/span&gt;</source>
            <translation>&lt;span style='color:%1'&gt;● %2 peringatan&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/rules_panel.py" />
            <source>Dasar: %1</source>
            <translation>Dasar: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/rules_panel.py" />
            <source>Kode temuan: %1</source>
            <translation>Kode temuan: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/rules_panel.py" />
            <source>Pemeriksaan aturan</source>
            <translation>Pemeriksaan aturan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/rules_panel.py" />
            <source>Pemeriksaan aturan (%1)</source>
            <translation>Pemeriksaan aturan (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/rules_panel.py" />
            <source>✓ Susunan tim memenuhi aturan profil yang dapat diperiksa.</source>
            <translation>✓ Susunan tim memenuhi aturan profil yang dapat diperiksa.</translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;Ditambah&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Diperbarui&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ditolak&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;td&gt;Ditambah&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Diperbarui&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ditolak&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Data ditulis dalam satu transaksi: seluruhnya atau tidak sama sekali.</source>
            <translation>Data ditulis dalam satu transaksi: seluruhnya atau tidak sama sekali.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Impor gagal; tidak ada data yang diubah.</source>
            <translation>Impor gagal; tidak ada data yang diubah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Impor selesai.</source>
            <translation>Impor selesai.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Membaca dan menulis data pegawai…</source>
            <translation>Membaca dan menulis data pegawai…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Mengimpor</source>
            <translation>Mengimpor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_wizard.py" />
            <source>Tidak ada data yang ditulis (%1 baris ditolak).</source>
            <translation>Tidak ada data yang ditulis (%1 baris ditolak).</translation>
        </message>
    </context>
    <context>
        <name>SelesaiDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>&lt;b&gt;Belum dapat dinyatakan selesai:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Belum dapat dinyatakan selesai:&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Catatan penutupan (opsional)</source>
            <translation>Catatan penutupan (opsional)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Nyatakan selesai</source>
            <translation>Nyatakan selesai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Nyatakan selesai — %1</source>
            <translation>Nyatakan selesai — %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Teruskan hasil</source>
            <translation>Teruskan hasil</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>Yang menyatakan hasil pekerjaan tim selesai: &lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;span style='color:#555'&gt;Dasar: %3&lt;/span&gt;</source>
            <translation>Yang menyatakan hasil pekerjaan tim selesai: &lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;span style='color:#555'&gt;Dasar: %3&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/permintaan.py" />
            <source>jabatan kosong</source>
            <translation>jabatan kosong</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Alamat</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Alamat dan kontak</source>
            <translation>Alamat dan kontak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Baris kop</source>
            <translation>Baris kop</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Dicatat di riwayat perubahan bersama akun komputer (%1) untuk setiap perubahan yang Anda simpan. Disimpan di komputer ini untuk akun ini, tidak di berkas data.</source>
            <translation>Dicatat di riwayat perubahan bersama akun komputer (%1) untuk setiap perubahan yang Anda simpan. Disimpan di komputer ini untuk akun ini, tidak di berkas data.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Identitas</source>
            <translation>Identitas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Kode pos</source>
            <translation>Kode pos</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Kop dan logo</source>
            <translation>Kop dan logo</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Kota tempat naskah dinas ditetapkan, ditulis di atas tanda tangan.</source>
            <translation>Kota tempat naskah dinas ditetapkan, ditulis di atas tanda tangan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Laman</source>
            <translation>Laman</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Logo daerah</source>
            <translation>Logo daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Mengganti profil juga mengganti Mengingat dan Dasar Surat Tugas yang masih berisi bawaan profil lama; teks yang sudah diubah ditanyakan dahulu. Sesudah disimpan, perubahan hasil pemeriksaan kedudukan ditampilkan.</source>
            <translation>Mengganti profil juga mengganti Mengingat dan Dasar Surat Tugas yang masih berisi bawaan profil lama; teks yang sudah diubah ditanyakan dahulu. Sesudah disimpan, perubahan hasil pemeriksaan kedudukan ditampilkan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Nama Perangkat Daerah</source>
            <translation>Nama Perangkat Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Nama pengguna</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Pemerintah daerah</source>
            <translation>Pemerintah daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Pengaturan Perangkat Daerah</source>
            <translation>Pengaturan Perangkat Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Pengguna</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Pos-el</source>
            <translation>Pos-el</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Profil peraturan</source>
            <translation>Profil peraturan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Satu baris per baris kop. Kosongkan untuk memakai kop baku yang disusun dari identitas dan alamat (tampak samar di atas).</source>
            <translation>Satu baris per baris kop. Kosongkan untuk memakai kop baku yang disusun dari identitas dan alamat (tampak samar di atas).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Telepon</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>Tempat penetapan</source>
            <translation>Tempat penetapan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>mis. Dinas Kesehatan</source>
            <translation>mis. Dinas Kesehatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>mis. Jalan Merdeka No. 1</source>
            <translation>mis. Jalan Merdeka No. 1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>mis. Kabupaten Kapuas Hulu</source>
            <translation>mis. Kabupaten Kapuas Hulu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>mis. Putussibau</source>
            <translation>mis. Putussibau</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>mis. Siti Aminah, Subbagian Umum</source>
            <translation>mis. Siti Aminah, Subbagian Umum</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>mis. dinkes.contoh.go.id</source>
            <translation>mis. dinkes.contoh.go.id</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/settings_dialog.py" />
            <source>mis. dinkes@contoh.go.id</source>
            <translation>mis. dinkes@contoh.go.id</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>&lt;b&gt;Tim yang dikirim&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tim yang dikirim&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Buka folder</source>
            <translation>Buka folder</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Draf email “%1” siap dengan %2 lampiran. Klik Buka untuk membukanya di program email Anda.</source>
            <translation>Draf email “%1” siap dengan %2 lampiran. Klik Buka untuk membukanya di program email Anda.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Draf email “%1” tersimpan. Buka draf itu di program email Anda, periksa, lalu kirim.</source>
            <translation>Draf email “%1” tersimpan. Buka draf itu di program email Anda, periksa, lalu kirim.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Email tidak dapat disiapkan</source>
            <translation>Email tidak dapat disiapkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Kepada</source>
            <translation>Kepada</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Kirim roster lewat email</source>
            <translation>Kirim roster lewat email</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Kosongkan</source>
            <translation>Kosongkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Menyiapkan lampiran dan draf email…</source>
            <translation>Menyiapkan lampiran dan draf email…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Menyiapkan…</source>
            <translation>Menyiapkan…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Pilih folder</source>
            <translation>Pilih folder</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Pilih folder tempat berkas disimpan.</source>
            <translation>Pilih folder tempat berkas disimpan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Pilih folder…</source>
            <translation>Pilih folder…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Pilih semua</source>
            <translation>Pilih semua</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Roster tim (Excel) — dan bila dipilih, PDF SK dan Surat Tugas — disimpan ke folder di bawah bersama draf email berisi lampiran itu. Buka draf itu di program email Anda (Outlook, Thunderbird), periksa, lalu kirim dari sana.</source>
            <translation>Roster tim (Excel) — dan bila dipilih, PDF SK dan Surat Tugas — disimpan ke folder di bawah bersama draf email berisi lampiran itu. Buka draf itu di program email Anda (Outlook, Thunderbird), periksa, lalu kirim dari sana.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Sertakan PDF SK dan Surat Tugas (final bila sudah terbit, selain itu DRAF; tidak mengambil nomor baru)</source>
            <translation>Sertakan PDF SK dan Surat Tugas (final bila sudah terbit, selain itu DRAF; tidak mengambil nomor baru)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Siapkan email</source>
            <translation>Siapkan email</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Siapkan lagi</source>
            <translation>Siapkan lagi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Simpan di</source>
            <translation>Simpan di</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Tersimpan di %1:</source>
            <translation>Tersimpan di %1:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>Tutup</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/share_dialog.py" />
            <source>mis. puskesmas.sukamaju@contoh.go.id (boleh dikosongkan)</source>
            <translation>mis. puskesmas.sukamaju@contoh.go.id (boleh dikosongkan)</translation>
        </message>
    </context>
    <context>
        <name>SiapaPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>%1 · NIP %2 (pegawai instansi lain)</source>
            <translation>%1 · NIP %2 (pegawai instansi lain)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>(nama belum diisi)</source>
            <translation>(nama belum diisi)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Arah</source>
            <translation>Arah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Diajukan oleh</source>
            <translation>Diajukan oleh</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Hapus</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Jenis dan lingkup penugasan menentukan alur persetujuan menurut %1.</source>
            <translation>Jenis dan lingkup penugasan menentukan alur persetujuan menurut %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Ketik NIP dan nama pegawai instansi lain dari daftar yang mereka kirim, lalu Tambahkan.</source>
            <translation>Ketik NIP dan nama pegawai instansi lain dari daftar yang mereka kirim, lalu Tambahkan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Ketik nama atau NIP, lalu Tambahkan</source>
            <translation>Ketik nama atau NIP, lalu Tambahkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Ketik nama atau NIP…</source>
            <translation>Ketik nama atau NIP…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Lingkup</source>
            <translation>Lingkup</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>NIP (18 angka)</source>
            <translation>NIP (18 angka)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>NIP pegawai instansi lain: %1.</source>
            <translation>NIP pegawai instansi lain: %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Nama seperti di surat instansi itu</source>
            <translation>Nama seperti di surat instansi itu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Pegawai di unit organisasi pemohon.</source>
            <translation>Pegawai di unit organisasi pemohon.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Pegawai kita yang diminta oleh instansi lain (dari surat masuknya).</source>
            <translation>Pegawai kita yang diminta oleh instansi lain (dari surat masuknya).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Pegawai yang mengajukan diri</source>
            <translation>Pegawai yang mengajukan diri</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Pengajuan sukarela diajukan oleh pegawai itu sendiri; dialah pegawai yang ditugaskan.</source>
            <translation>Pengajuan sukarela diajukan oleh pegawai itu sendiri; dialah pegawai yang ditugaskan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Pilih pegawai dari unit organisasi lain; permohonan ditujukan ke unit tempat mereka berada.</source>
            <translation>Pilih pegawai dari unit organisasi lain; permohonan ditujukan ke unit tempat mereka berada.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Siapa yang ditugaskan</source>
            <translation>Siapa yang ditugaskan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>Tambahkan</source>
            <translation>Tambahkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_siapa.py" />
            <source>“%1” tidak ada di daftar pegawai; pilih dari daftar.</source>
            <translation>“%1” tidak ada di daftar pegawai; pilih dari daftar.</translation>
        </message>
    </context>
    <context>
        <name>SignerEditor</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>18 angka</source>
            <translation>18 angka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Atas nama</source>
            <translation>Atas nama</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Baru</source>
            <translation>Baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Bentuk</source>
            <translation>Bentuk</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Dengan gelar, mis. dr. Hendra W., M.Kes.</source>
            <translation>Dengan gelar, mis. dr. Hendra W., M.Kes.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Hapus</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Hapus penandatangan</source>
            <translation>Hapus penandatangan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Hapus profil penandatangan ini dari pilihan? Naskah yang sudah terbit tidak berubah.</source>
            <translation>Hapus profil penandatangan ini dari pilihan? Naskah yang sudah terbit tidak berubah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Jabatan</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>KEPALA DINAS KESEHATAN
KABUPATEN …</source>
            <translation>KEPALA DINAS KESEHATAN
KABUPATEN …</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>NIP %1</source>
            <translation>NIP %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Nama</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Nama singkat di daftar, mis. Kepala Dinas</source>
            <translation>Nama singkat di daftar, mis. Kepala Dinas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Nama tanpa gelar</source>
            <translation>Nama tanpa gelar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Pangkat/golongan</source>
            <translation>Pangkat/golongan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Profil ini langsung tersimpan dengan “Simpan penandatangan”.</source>
            <translation>Profil ini langsung tersimpan dengan “Simpan penandatangan”.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Satu baris per baris jabatan</source>
            <translation>Satu baris per baris jabatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Simpan penandatangan</source>
            <translation>Simpan penandatangan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>Untuk Keputusan (tanpa gelar); kosong: otomatis</source>
            <translation>Untuk Keputusan (tanpa gelar); kosong: otomatis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/signer_editor.py" />
            <source>mis. Pembina Utama Muda (IV/c)</source>
            <translation>mis. Pembina Utama Muda (IV/c)</translation>
        </message>
    </context>
    <context>
        <name>StepRow</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>(akan dibuat)</source>
            <translation>(akan dibuat)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>(jabatan kosong)</source>
            <translation>(jabatan kosong)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>(nomor belum dicatat)</source>
            <translation>(nomor belum dicatat)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>Alasan</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>Catatan</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>Dicatat oleh %1</source>
            <translation>Dicatat oleh %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>Instansi lain: jawabannya dicatat dari suratnya</source>
            <translation>Instansi lain: jawabannya dicatat dari suratnya</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>Menunggu tindakan</source>
            <translation>Menunggu tindakan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>Nomor %1</source>
            <translation>Nomor %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>— tidak dilanjutkan</source>
            <translation>— tidak dilanjutkan</translation>
        </message>
    </context>
    <context>
        <name>Struktur.Ekspor</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_export.py" />
            <source>%1 pegawai diekspor ke Excel.</source>
            <translation>%1 pegawai diekspor ke Excel.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_export.py" />
            <source>Ekspor daftar pegawai</source>
            <translation>Ekspor daftar pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_export.py" />
            <source>Ekspor gagal</source>
            <translation>Ekspor gagal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_export.py" />
            <source>Menulis daftar pegawai…</source>
            <translation>Menulis daftar pegawai…</translation>
        </message>
    </context>
    <context>
        <name>Struktur.PegawaiForm</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>%1 · lahir %2 · %3 · %4</source>
            <translation>%1 · lahir %2 · %3 · %4</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>TMT %1</source>
            <translation>TMT %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>TMT CPNS %1</source>
            <translation>TMT CPNS %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>laki-laki</source>
            <translation>laki-laki</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/pegawai_form_view.py" />
            <source>perempuan</source>
            <translation>perempuan</translation>
        </message>
    </context>
    <context>
        <name>StrukturWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/struktur_widget.py" />
            <source>Ekspor ke Excel…</source>
            <translation>Ekspor ke Excel…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/struktur_widget.py" />
            <source>Impor dari Excel…</source>
            <translation>Impor dari Excel…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/struktur_widget.py" />
            <source>Periksa kedudukan</source>
            <translation>Periksa kedudukan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/struktur_widget.py" />
            <source>Tambah pegawai</source>
            <translation>Tambah pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/struktur_widget.py" />
            <source>membuka pegawai lain</source>
            <translation>membuka pegawai lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/struktur_widget.py" />
            <source>menambah pegawai baru</source>
            <translation>menambah pegawai baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/struktur_widget.py" />
            <source>menutup data pegawai</source>
            <translation>menutup data pegawai</translation>
        </message>
    </context>
    <context>
        <name>SuratPanel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>%1 dicetak dengan nomor %2.</source>
            <translation>%1 dicetak dengan nomor %2.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>%1 dicetak.</source>
            <translation>%1 dicetak.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Alur permohonan ini tidak menghasilkan surat.</source>
            <translation>Alur permohonan ini tidak menghasilkan surat.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Belum dapat dicetak</source>
            <translation>Belum dapat dicetak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Cetak draf</source>
            <translation>Cetak draf</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Cetak final — %1</source>
            <translation>Cetak final — %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Cetak final…</source>
            <translation>Cetak final…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Cetak ulang…</source>
            <translation>Cetak ulang…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Draf %1 dicetak (bertanda air DRAF, tanpa nomor).</source>
            <translation>Draf %1 dicetak (bertanda air DRAF, tanpa nomor).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Kosongkan untuk memakai nomor berikut dari register: %1</source>
            <translation>Kosongkan untuk memakai nomor berikut dari register: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Lanjut…</source>
            <translation>Lanjut…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Mencetak %1…</source>
            <translation>Mencetak %1…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Mencetak draf %1…</source>
            <translation>Mencetak draf %1…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Nomor</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Pola nomor belum lengkap: ketik nomornya, atau isi pola di Pengaturan naskah dinas.</source>
            <translation>Pola nomor belum lengkap: ketik nomornya, atau isi pola di Pengaturan naskah dinas.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Selalu dapat dicetak; bertanda air “DRAF”, tanpa mengambil nomor dari register</source>
            <translation>Selalu dapat dicetak; bertanda air “DRAF”, tanpa mengambil nomor dari register</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Siap dicetak final (langkah %1)</source>
            <translation>Siap dicetak final (langkah %1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Simpan %1</source>
            <translation>Simpan %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Surat</source>
            <translation>Surat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Surat instansi lain: tidak dicetak di sini</source>
            <translation>Surat instansi lain: tidak dicetak di sini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Surat jawaban (penolakan)</source>
            <translation>Surat jawaban (penolakan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Surat jawaban (persetujuan)</source>
            <translation>Surat jawaban (persetujuan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Surat pegawai sendiri (pengajuan sukarela): tanpa nomor dari register Perangkat Daerah.</source>
            <translation>Surat pegawai sendiri (pengajuan sukarela): tanpa nomor dari register Perangkat Daerah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Surat penugasan</source>
            <translation>Surat penugasan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Surat permohonan</source>
            <translation>Surat permohonan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Surat tidak dapat dicetak</source>
            <translation>Surat tidak dapat dicetak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Tanggal</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Terbit — %1 (tanpa nomor register)</source>
            <translation>Terbit — %1 (tanpa nomor register)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>Terbit — nomor %1, %2</source>
            <translation>Terbit — nomor %1, %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/surat_panel.py" />
            <source>nomor surat</source>
            <translation>nomor surat</translation>
        </message>
    </context>
    <context>
        <name>TautkanTimDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>(kini mendukung %1)</source>
            <translation>(kini mendukung %1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Centang Tim Kerja yang mendukung indikator ini. Satu tim mendukung satu indikator.</source>
            <translation>Centang Tim Kerja yang mendukung indikator ini. Satu tim mendukung satu indikator.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Tautan tidak dapat disimpan</source>
            <translation>Tautan tidak dapat disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/indikator_dialog.py" />
            <source>Tautkan indikator ke tim</source>
            <translation>Tautkan indikator ke tim</translation>
        </message>
    </context>
    <context>
        <name>TeamBuilder</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Anggota</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Anggota (%1)</source>
            <translation>Anggota (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Batalkan perubahan</source>
            <translation>Batalkan perubahan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Daftar di sebelah kiri memuat semua Tim Kerja dan Kelompok Kerja Perangkat Daerah ini.</source>
            <translation>Daftar di sebelah kiri memuat semua Tim Kerja dan Kelompok Kerja Perangkat Daerah ini.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Data tim</source>
            <translation>Data tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Hapus tim</source>
            <translation>Hapus tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Hapus “%1” beserta susunan anggotanya? Tindakan ini tidak dapat dibatalkan.</source>
            <translation>Hapus “%1” beserta susunan anggotanya? Tindakan ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Indikator kinerja yang didukung</source>
            <translation>Indikator kinerja yang didukung</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Perbaiki dulu %1 galat aturan profil di bawah.</source>
            <translation>Perbaiki dulu %1 galat aturan profil di bawah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Perbaiki dulu %1 galat aturan profil yang tercantum di bawah, atau pilih Buang.</source>
            <translation>Perbaiki dulu %1 galat aturan profil yang tercantum di bawah, atau pilih Buang.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Persetujuan tidak dapat dicatat</source>
            <translation>Persetujuan tidak dapat dicatat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Perubahan belum disimpan.</source>
            <translation>Perubahan belum disimpan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Pilih tim atau buat tim baru</source>
            <translation>Pilih tim atau buat tim baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>SK dan Surat Tugas</source>
            <translation>SK dan Surat Tugas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Simpan</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Tim baru</source>
            <translation>Tim baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Tim belum dapat disimpan</source>
            <translation>Tim belum dapat disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Tim tidak dapat dibuka</source>
            <translation>Tim tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Tim tidak dapat dihapus</source>
            <translation>Tim tidak dapat dihapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>Tim tidak dapat disimpan</source>
            <translation>Tim tidak dapat disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>perubahan tim '%1'</source>
            <translation>perubahan tim '%1'</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>tim baru</source>
            <translation>tim baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_builder.py" />
            <source>tim baru '%1'</source>
            <translation>tim baru '%1'</translation>
        </message>
    </context>
    <context>
        <name>TeamForm</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>%1 (tidak dikenal profil)</source>
            <translation>%1 (tidak dikenal profil)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>(belum dipilih)</source>
            <translation>(belum dipilih)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>(pilih unit)</source>
            <translation>(pilih unit)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Belum dijawab</source>
            <translation>Belum dijawab</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Bila salah satu dijawab “Tidak”, Pejabat Pemilik Kinerja melakukan penunjukan individual, bukan membentuk tim.</source>
            <translation>Bila salah satu dijawab “Tidak”, Pejabat Pemilik Kinerja melakukan penunjukan individual, bukan membentuk tim.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Dasar (sasaran)</source>
            <translation>Dasar (sasaran)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Dasar: %1</source>
            <translation>Dasar: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Identitas tim</source>
            <translation>Identitas tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Jenis ini tidak dikenal oleh profil peraturan.</source>
            <translation>Jenis ini tidak dikenal oleh profil peraturan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Kebutuhan pembentukan tim</source>
            <translation>Kebutuhan pembentukan tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Kebutuhan pembentukan tim (%1)</source>
            <translation>Kebutuhan pembentukan tim (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Kinerja yang didukung</source>
            <translation>Kinerja yang didukung</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Laporan kemajuan</source>
            <translation>Laporan kemajuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Masa tugas %1–%2 bulan.</source>
            <translation>Masa tugas %1–%2 bulan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Masa tugas paling lama %1 bulan.</source>
            <translation>Masa tugas paling lama %1 bulan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Masa tugas sesuai periode yang ditetapkan.</source>
            <translation>Masa tugas sesuai periode yang ditetapkan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Nama tim</source>
            <translation>Nama tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Pejabat pemilik kinerja</source>
            <translation>Pejabat pemilik kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Penanggung jawab</source>
            <translation>Penanggung jawab</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Periode</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Periode dan pembiayaan</source>
            <translation>Periode dan pembiayaan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Sasaran, output, atau indikator kinerja yang didukung tim</source>
            <translation>Sasaran, output, atau indikator kinerja yang didukung tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Satu butir per tugas, dimulai dengan kata kerja (mis. “menyusun …;”). Klik dua kali untuk mengubah.</source>
            <translation>Satu butir per tugas, dimulai dengan kata kerja (mis. “menyusun …;”). Klik dua kali untuk mengubah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Sumber biaya</source>
            <translation>Sumber biaya</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Tahun anggaran</source>
            <translation>Tahun anggaran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Tidak</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Tugas tim (diktum KEDUA)</source>
            <translation>Tugas tim (diktum KEDUA)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Unit pemilik kinerja</source>
            <translation>Unit pemilik kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>Ya</source>
            <translation>Ya</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>kosong</source>
            <translation>kosong</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>kurang dari 1 bulan</source>
            <translation>kurang dari 1 bulan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>mis. DPA Dinas Kesehatan Tahun Anggaran 2026</source>
            <translation>mis. DPA Dinas Kesehatan Tahun Anggaran 2026</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>mis. Tim Kerja Percepatan Penurunan Stunting</source>
            <translation>mis. Tim Kerja Percepatan Penurunan Stunting</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>s.d.</source>
            <translation>s.d.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>selesai sebelum mulai</source>
            <translation>selesai sebelum mulai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>uraian tugas baru</source>
            <translation>uraian tugas baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>± %1 bulan</source>
            <translation>± %1 bulan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_form.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>TeamListModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source> (%1 menunggu persetujuan)</source>
            <translation> (%1 menunggu persetujuan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>%1 (kedaluwarsa)</source>
            <translation>%1 (kedaluwarsa)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>%1 anggota</source>
            <translation>%1 anggota</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>(belum ada ketua)</source>
            <translation>(belum ada ketua)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>Anggota</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>Ketua</source>
            <translation>Ketua</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>Nama tim</source>
            <translation>Nama tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>Naskah</source>
            <translation>Naskah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>Periode</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/team_list_model.py" />
            <source>belum ada naskah</source>
            <translation>belum ada naskah</translation>
        </message>
    </context>
    <context>
        <name>TeamOverlayBox</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/overlay_tim.py" />
            <source>&lt;br&gt;&lt;i&gt;Tim yang anggotanya tersembunyi di cabang yang diciutkan tidak tergambar penuh.&lt;/i&gt;</source>
            <translation>&lt;br&gt;&lt;i&gt;Tim yang anggotanya tersembunyi di cabang yang diciutkan tidak tergambar penuh.&lt;/i&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/overlay_tim.py" />
            <source>Belum ada Tim Kerja aktif.</source>
            <translation>Belum ada Tim Kerja aktif.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/overlay_tim.py" />
            <source>Tampilkan keanggotaan Tim Kerja (garis titik-titik)</source>
            <translation>Tampilkan keanggotaan Tim Kerja (garis titik-titik)</translation>
        </message>
    </context>
    <context>
        <name>Teams.Labels</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Aktif</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Anggota</source>
            <translation>Anggota</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Berkala (diatur dalam perjanjian tim)</source>
            <translation>Berkala (diatur dalam perjanjian tim)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Bulanan</source>
            <translation>Bulanan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Dalam unit</source>
            <translation>Dalam unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Definitif</source>
            <translation>Definitif</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Dibatalkan</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Disetujui</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Ditolak</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Draf</source>
            <translation>Draf</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>F4 (210 × 330 mm)</source>
            <translation>F4 (210 × 330 mm)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>F4 (215 × 330 mm)</source>
            <translation>F4 (215 × 330 mm)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Galat</source>
            <translation>Galat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Instansi lain</source>
            <translation>Instansi lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Keputusan Kepala Perangkat Daerah</source>
            <translation>Keputusan Kepala Perangkat Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Keputusan Kepala Unit Organisasi Pemilik Kinerja</source>
            <translation>Keputusan Kepala Unit Organisasi Pemilik Kinerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Keputusan Sekretaris Daerah</source>
            <translation>Keputusan Sekretaris Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Ketua</source>
            <translation>Ketua</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Menunggu</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Menunggu persetujuan</source>
            <translation>Menunggu persetujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Perangkat Daerah lain</source>
            <translation>Perangkat Daerah lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Peringatan</source>
            <translation>Peringatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Plh. (pelaksana harian)</source>
            <translation>Plh. (pelaksana harian)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Plt. (pelaksana tugas)</source>
            <translation>Plt. (pelaksana tugas)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>SK Kepala PD</source>
            <translation>SK Kepala PD</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>SK Ketua Kelompok Kerja</source>
            <translation>SK Ketua Kelompok Kerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>SK Sekretaris Daerah</source>
            <translation>SK Sekretaris Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Selesai</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Semesteran</source>
            <translation>Semesteran</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Surat Jawaban</source>
            <translation>Surat Jawaban</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Surat Jawaban Permohonan Penugasan</source>
            <translation>Surat Jawaban Permohonan Penugasan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Surat Penugasan</source>
            <translation>Surat Penugasan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Surat Permohonan</source>
            <translation>Surat Permohonan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Surat Permohonan Penugasan</source>
            <translation>Surat Permohonan Penugasan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Surat Tugas</source>
            <translation>Surat Tugas</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Tahunan</source>
            <translation>Tahunan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Triwulanan</source>
            <translation>Triwulanan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>Unit lain</source>
            <translation>Unit lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>a.n. (atas nama)</source>
            <translation>a.n. (atas nama)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>dalam unit</source>
            <translation>dalam unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>lintas Perangkat Daerah</source>
            <translation>lintas Perangkat Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>lintas instansi</source>
            <translation>lintas instansi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>lintas unit</source>
            <translation>lintas unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>periode belum diisi</source>
            <translation>periode belum diisi</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/labels.py" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>Teams.NaskahKinds</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Ketik nomor dari register Sekretariat Daerah (tidak diambil dari register nomor Perangkat Daerah).</source>
            <translation>Ketik nomor dari register Sekretariat Daerah (tidak diambil dari register nomor Perangkat Daerah).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Kosongkan untuk memakai nomor berikut dari register: %1</source>
            <translation>Kosongkan untuk memakai nomor berikut dari register: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Otomatis (%1)</source>
            <translation>Otomatis (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Otomatis (bawaan pengaturan)</source>
            <translation>Otomatis (bawaan pengaturan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Otomatis (profil Sekretaris Daerah belum ada)</source>
            <translation>Otomatis (profil Sekretaris Daerah belum ada)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Pola nomor belum lengkap: isi di Pengaturan naskah dinas, atau ketik nomornya.</source>
            <translation>Pola nomor belum lengkap: isi di Pengaturan naskah dinas, atau ketik nomornya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>Sudah terbit dengan nomor %1; kosongkan untuk mencetak ulang naskah itu.</source>
            <translation>Sudah terbit dengan nomor %1; kosongkan untuk mencetak ulang naskah itu.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>nomor dari register Sekretariat Daerah</source>
            <translation>nomor dari register Sekretariat Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/naskah_kinds.py" />
            <source>nomor naskah</source>
            <translation>nomor naskah</translation>
        </message>
    </context>
    <context>
        <name>Teams.NomorActions</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>%1 diterbitkan dengan nomor %2.</source>
            <translation>%1 diterbitkan dengan nomor %2.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Belum selesai</source>
            <translation>Belum selesai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Lanjutkan penerbitan %1</source>
            <translation>Lanjutkan penerbitan %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Menerbitkan nomor %1…</source>
            <translation>Menerbitkan nomor %1…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Nomor tidak dapat dibatalkan</source>
            <translation>Nomor tidak dapat dibatalkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Penerbitan tidak dapat dilanjutkan</source>
            <translation>Penerbitan tidak dapat dilanjutkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/nomor_actions.py" />
            <source>Terbit</source>
            <translation>Terbit</translation>
        </message>
    </context>
    <context>
        <name>TeamsWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Beban kerja pegawai</source>
            <translation>Beban kerja pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Belum ada tim. Klik “Tim baru” untuk membentuk Tim Kerja atau Kelompok Kerja.</source>
            <translation>Belum ada tim. Klik “Tim baru” untuk membentuk Tim Kerja atau Kelompok Kerja.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Cari tim, unit, ketua…</source>
            <translation>Cari tim, unit, ketua…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Ekspor gagal</source>
            <translation>Ekspor gagal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Ekspor roster</source>
            <translation>Ekspor roster</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Ekspor roster tim</source>
            <translation>Ekspor roster tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Email tidak dapat disiapkan</source>
            <translation>Email tidak dapat disiapkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Kirim lewat email…</source>
            <translation>Kirim lewat email…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Menulis roster tim…</source>
            <translation>Menulis roster tim…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Pengaturan naskah dinas…</source>
            <translation>Pengaturan naskah dinas…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Pengaturan naskah tidak dapat dibuka</source>
            <translation>Pengaturan naskah tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Pilih tim lebih dahulu.</source>
            <translation>Pilih tim lebih dahulu.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Roster %1 tim diekspor ke Excel.</source>
            <translation>Roster %1 tim diekspor ke Excel.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Semua status</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Semua tim ke Excel…</source>
            <translation>Semua tim ke Excel…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Tidak ada tim yang cocok dengan pencarian.</source>
            <translation>Tidak ada tim yang cocok dengan pencarian.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Tim baru</source>
            <translation>Tim baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Tim dan anggota</source>
            <translation>Tim dan anggota</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>Tim terpilih ke Excel…</source>
            <translation>Tim terpilih ke Excel…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>membuat tim baru</source>
            <translation>membuat tim baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/teams_widget.py" />
            <source>membuka tim lain</source>
            <translation>membuka tim lain</translation>
        </message>
    </context>
    <context>
        <name>TemuanPanel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/panel.py" />
            <source>&lt;b&gt;Keterangan&lt;/b&gt;</source>
            <translation>&lt;b&gt;Keterangan&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/panel.py" />
            <source>&lt;b&gt;Temuan pemeriksaan&lt;/b&gt;</source>
            <translation>&lt;b&gt;Temuan pemeriksaan&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/panel.py" />
            <source>&lt;span style='color:%1'&gt;● %2 galat&lt;/span&gt; &amp;nbsp; &lt;span style='color:%3'&gt;● %4 peringatan&lt;/span&gt; — klik untuk melihat di bagan</source>
            <translation>&lt;span style='color:%1'&gt;● %2 galat&lt;/span&gt; &amp;nbsp; &lt;span style='color:%3'&gt;● %4 peringatan&lt;/span&gt; — klik untuk melihat di bagan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/panel.py" />
            <source>✓ Tidak ada temuan pada tanggal ini.</source>
            <translation>✓ Tidak ada temuan pada tanggal ini.</translation>
        </message>
    </context>
    <context>
        <name>TerimaPaketDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>%1 data</source>
            <translation>%1 data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>%1 ditambah, %2 diubah, %3 dihapus</source>
            <translation>%1 ditambah, %2 diubah, %3 dihapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>%1 konflik belum diputuskan.</source>
            <translation>%1 konflik belum diputuskan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>(dihapus)</source>
            <translation>(dihapus)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Akibat</source>
            <translation>Akibat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Coba dulu</source>
            <translation>Coba dulu</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Dari</source>
            <translation>Dari</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Dibuat</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Dihapus</source>
            <translation>Dihapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Ditambah</source>
            <translation>Ditambah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Diubah</source>
            <translation>Diubah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Impor</source>
            <translation>Impor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Klik sel yang dipakai: milik kita (berkas ini) atau milik mereka (paket). Setiap konflik harus diputuskan.</source>
            <translation>Klik sel yang dipakai: milik kita (berkas ini) atau milik mereka (paket). Setiap konflik harus diputuskan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Kolom</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Kolom diambil</source>
            <translation>Kolom diambil</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Konflik (%1)</source>
            <translation>Konflik (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Milik kita (berkas ini)</source>
            <translation>Milik kita (berkas ini)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Milik mereka (paket)</source>
            <translation>Milik mereka (paket)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Paket ini sudah diimpor pada %1; mengimpornya lagi tidak mengubah apa pun.</source>
            <translation>Paket ini sudah diimpor pada %1; mengimpornya lagi tidak mengubah apa pun.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Paket ini tidak dapat diimpor (lihat masalah di atas).</source>
            <translation>Paket ini tidak dapat diimpor (lihat masalah di atas).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Paket tidak diimpor</source>
            <translation>Paket tidak diimpor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Percobaan berhasil (tidak disimpan): %1.</source>
            <translation>Percobaan berhasil (tidak disimpan): %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Perubahan (%1)</source>
            <translation>Perubahan (%1)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Semua milik kita</source>
            <translation>Semua milik kita</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Semua milik mereka</source>
            <translation>Semua milik mereka</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Siap diimpor dalam satu transaksi.</source>
            <translation>Siap diimpor dalam satu transaksi.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Sudah diimpor.</source>
            <translation>Sudah diimpor.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>Terima paket — %1</source>
            <translation>Terima paket — %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>bertanda kunci kantor</source>
            <translation>bertanda kunci kantor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>berubah sejak %1</source>
            <translation>berubah sejak %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>dihapus</source>
            <translation>dihapus</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>ditambah</source>
            <translation>ditambah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>diubah</source>
            <translation>diubah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>konflik</source>
            <translation>konflik</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>satu tim</source>
            <translation>satu tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>seluruh data</source>
            <translation>seluruh data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>tanpa tanda kunci kantor</source>
            <translation>tanpa tanda kunci kantor</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/paket/terima_dialog.py" />
            <source>unit %1</source>
            <translation>unit %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/timeline.py" />
            <source>Belum ada langkah.</source>
            <translation>Belum ada langkah.</translation>
        </message>
    </context>
    <context>
        <name>TinjauDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tinjau_dialog.py" />
            <source>Catatan (opsional)</source>
            <translation>Catatan (opsional)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tinjau_dialog.py" />
            <source>Catatan perbaikan (wajib)</source>
            <translation>Catatan perbaikan (wajib)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tinjau_dialog.py" />
            <source>Catatan perbaikan wajib diisi: pelapor perlu tahu apa yang harus diperbaiki.</source>
            <translation>Catatan perbaikan wajib diisi: pelapor perlu tahu apa yang harus diperbaiki.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tinjau_dialog.py" />
            <source>Kembalikan</source>
            <translation>Kembalikan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tinjau_dialog.py" />
            <source>Kembalikan laporan</source>
            <translation>Kembalikan laporan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tinjau_dialog.py" />
            <source>Tanggal</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tinjau_dialog.py" />
            <source>Terima</source>
            <translation>Terima</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tinjau_dialog.py" />
            <source>Terima laporan</source>
            <translation>Terima laporan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/laporan/tinjau_dialog.py" />
            <source>mis. lengkapi capaian indikator dan data pendukungnya</source>
            <translation>mis. lengkapi capaian indikator dan data pendukungnya</translation>
        </message>
    </context>
    <context>
        <name>TujuanPage</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>(pilih unit)</source>
            <translation>(pilih unit)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>(tanpa tim)</source>
            <translation>(tanpa tim)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Instansi pemohon</source>
            <translation>Instansi pemohon</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Instansi tujuan</source>
            <translation>Instansi tujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Ke mana</source>
            <translation>Ke mana</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Nama instansi lain yang dimintai pegawai.</source>
            <translation>Nama instansi lain yang dimintai pegawai.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Nama instansi yang meminta pegawai kita, seperti tertulis di surat masuknya; lampirkan pindaian suratnya di langkah berikut.</source>
            <translation>Nama instansi yang meminta pegawai kita, seperti tertulis di surat masuknya; lampirkan pindaian suratnya di langkah berikut.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Penugasan di dalam unit organisasi pemohon: tidak ada unit tujuan.</source>
            <translation>Penugasan di dalam unit organisasi pemohon: tidak ada unit tujuan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Permohonan ditujukan ke unit tempat pegawai berada; pimpinannya yang menjawab.</source>
            <translation>Permohonan ditujukan ke unit tempat pegawai berada; pimpinannya yang menjawab.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Tanggal permohonan</source>
            <translation>Tanggal permohonan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Unit atau instansi tujuan, tim yang diperkuat, dan tanggal permohonan.</source>
            <translation>Unit atau instansi tujuan, tim yang diperkuat, dan tanggal permohonan.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Unit tujuan</source>
            <translation>Unit tujuan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Unit tujuan (pemilik pekerjaan)</source>
            <translation>Unit tujuan (pemilik pekerjaan)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Unit tujuan (tempat pegawai)</source>
            <translation>Unit tujuan (tempat pegawai)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Unit yang memiliki pekerjaan yang ingin diikuti pegawai.</source>
            <translation>Unit yang memiliki pekerjaan yang ingin diikuti pegawai.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>Untuk tim (opsional)</source>
            <translation>Untuk tim (opsional)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/penugasan/wizard_isi.py" />
            <source>mis. Dinas Kesehatan Provinsi Contoh</source>
            <translation>mis. Dinas Kesehatan Provinsi Contoh</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>(tanpa induk — unit teratas)</source>
            <translation>(tanpa induk — unit teratas)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Induk</source>
            <translation>Induk</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Kelas RSUD / Tipe UPTD menentukan aturan jenjang yang berlaku (mis. Perbup Pekalongan 52/2024 Tabel 3.8, 3.9, 3.12: RSUD Tipe B/C ya, Tipe D tidak).</source>
            <translation>Kelas RSUD / Tipe UPTD menentukan aturan jenjang yang berlaku (mis. Perbup Pekalongan 52/2024 Tabel 3.8, 3.9, 3.12: RSUD Tipe B/C ya, Tipe D tidak).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Kelas/Tipe</source>
            <translation>Kelas/Tipe</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Kode</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Nama unit</source>
            <translation>Nama unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Pejabat Fungsional yang memimpin unit kerja mandiri (mis. Puskesmas) dapat menjadi Pejabat Penilai Kinerja (Perbup Kapuas Hulu Pasal 7; Perbup Barito Timur Pasal 6 ayat (2)).</source>
            <translation>Pejabat Fungsional yang memimpin unit kerja mandiri (mis. Puskesmas) dapat menjadi Pejabat Penilai Kinerja (Perbup Kapuas Hulu Pasal 7; Perbup Barito Timur Pasal 6 ayat (2)).</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Simpan</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Tambah sub-unit</source>
            <translation>Tambah sub-unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Ubah unit kerja</source>
            <translation>Ubah unit kerja</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>Unit kerja mandiri (dipimpin Pejabat Fungsional)</source>
            <translation>Unit kerja mandiri (dipimpin Pejabat Fungsional)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>menutup dialog</source>
            <translation>menutup dialog</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>mis. Seksi Pelayanan Kesehatan Primer</source>
            <translation>mis. Seksi Pelayanan Kesehatan Primer</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>opsional, mis. PKM-SKM</source>
            <translation>opsional, mis. PKM-SKM</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>perubahan unit '%1'</source>
            <translation>perubahan unit '%1'</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>unit baru</source>
            <translation>unit baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>unit baru '%1'</source>
            <translation>unit baru '%1'</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>— (tidak diisi)</source>
            <translation>— (tidak diisi)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_dialog.py" />
            <source>— (tidak diisi; menurut nama: %1 %2)</source>
            <translation>— (tidak diisi; menurut nama: %1 %2)</translation>
        </message>
    </context>
    <context>
        <name>UnitPanel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_panel.py" />
            <source>&lt;b&gt;Unit kerja&lt;/b&gt;</source>
            <translation>&lt;b&gt;Unit kerja&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_panel.py" />
            <source>Tambah sub-unit…</source>
            <translation>Tambah sub-unit…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_panel.py" />
            <source>Tambah unit baru di bawah unit yang dipilih</source>
            <translation>Tambah unit baru di bawah unit yang dipilih</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_panel.py" />
            <source>Ubah nama, jenis, induk, kode, dan status unit kerja mandiri unit yang dipilih</source>
            <translation>Ubah nama, jenis, induk, kode, dan status unit kerja mandiri unit yang dipilih</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_panel.py" />
            <source>Ubah unit…</source>
            <translation>Ubah unit…</translation>
        </message>
    </context>
    <context>
        <name>UnitTreeModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_tree_model.py" />
            <source>%1
%2 pegawai langsung, %3 termasuk sub-unit</source>
            <translation>%1
%2 pegawai langsung, %3 termasuk sub-unit</translation>
        </message>
        <message numerus="yes">
            <location filename="../../sistemkerja_desktop/views/struktur/unit_tree_model.py" />
            <source>%n pegawai di seluruh unit</source>
            <translation>
                <numerusform>%n pegawai di seluruh unit</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_tree_model.py" />
            <source>(tanpa unit)</source>
            <translation>(tanpa unit)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_tree_model.py" />
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_tree_model.py" />
            <source>Semua unit</source>
            <translation>Semua unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/unit_tree_model.py" />
            <source>Unit kerja</source>
            <translation>Unit kerja</translation>
        </message>
    </context>
    <context>
        <name>UnitTreePreview</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_tree.py" />
            <source> (sudah ada)</source>
            <translation> (sudah ada)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_tree.py" />
            <source>%1 unit tanpa induk yang dapat ditentukan diletakkan langsung di bawah %2 (ditandai kuning); periksa sesudah impor.</source>
            <translation>%1 unit tanpa induk yang dapat ditentukan diletakkan langsung di bawah %2 (ditandai kuning); periksa sesudah impor.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_tree.py" />
            <source>%1 unit, %2 di antaranya baru.</source>
            <translation>%1 unit, %2 di antaranya baru.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_tree.py" />
            <source>&lt;b&gt;Struktur unit yang akan dibuat&lt;/b&gt;</source>
            <translation>&lt;b&gt;Struktur unit yang akan dibuat&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_tree.py" />
            <source>Keadaan</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_tree.py" />
            <source>Pegawai</source>
            <translation>Pegawai</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_tree.py" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_tree.py" />
            <source>baru</source>
            <translation>baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/struktur/import_tree.py" />
            <source>induk belum pasti</source>
            <translation>induk belum pasti</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>&lt;p&gt;&lt;b&gt;Dinas Kesehatan Kabupaten Contoh&lt;/b&gt; adalah Perangkat Daerah fiktif dengan unit kerja, puskesmas, pegawai dan kedudukannya — cocok untuk mencoba impor, pemeriksaan kedudukan dan pengaturan.&lt;/p&gt;&lt;p&gt;Nama dan NIP di dalamnya rekaan. Contoh disimpan di berkasnya sendiri (contoh.sqlite), terpisah dari data Anda; judul jendela menandainya CONTOH.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Dinas Kesehatan Kabupaten Contoh&lt;/b&gt; adalah Perangkat Daerah fiktif dengan unit kerja, puskesmas, pegawai dan kedudukannya — cocok untuk mencoba impor, pemeriksaan kedudukan dan pengaturan.&lt;/p&gt;&lt;p&gt;Nama dan NIP di dalamnya rekaan. Contoh disimpan di berkasnya sendiri (contoh.sqlite), terpisah dari data Anda; judul jendela menandainya CONTOH.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Alamat, kop naskah dan logo dapat dilengkapi nanti di menu Data › Pengaturan Perangkat Daerah.</source>
            <translation>Alamat, kop naskah dan logo dapat dilengkapi nanti di menu Data › Pengaturan Perangkat Daerah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Basis data Sistem Kerja (*.sqlite *.db);;Semua berkas (*)</source>
            <translation>Basis data Sistem Kerja (*.sqlite *.db);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Berkas basis data ini masih kosong. Isi identitas Perangkat Daerah Anda untuk mulai bekerja, atau buka contoh untuk melihat cara kerja aplikasi lebih dulu.</source>
            <translation>Berkas basis data ini masih kosong. Isi identitas Perangkat Daerah Anda untuk mulai bekerja, atau buka contoh untuk melihat cara kerja aplikasi lebih dulu.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Berkas data: %1</source>
            <translation>Berkas data: %1</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Buat Perangkat Daerah</source>
            <translation>Buat Perangkat Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Buka berkas data</source>
            <translation>Buka berkas data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Buka berkas lain…</source>
            <translation>Buka berkas lain…</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Buka contoh</source>
            <translation>Buka contoh</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Coba dengan contoh</source>
            <translation>Coba dengan contoh</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Jenis</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Keluar</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Nama Perangkat Daerah</source>
            <translation>Nama Perangkat Daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Pemerintah daerah</source>
            <translation>Pemerintah daerah</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Perangkat Daerah baru</source>
            <translation>Perangkat Daerah baru</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Profil peraturan</source>
            <translation>Profil peraturan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Selamat datang di Sistem Kerja Desktop</source>
            <translation>Selamat datang di Sistem Kerja Desktop</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Selamat datang — Sistem Kerja Desktop</source>
            <translation>Selamat datang — Sistem Kerja Desktop</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>Tempat penetapan</source>
            <translation>Tempat penetapan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>mis. Dinas Kesehatan</source>
            <translation>mis. Dinas Kesehatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>mis. Kabupaten Bungo</source>
            <translation>mis. Kabupaten Bungo</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/welcome_dialog.py" />
            <source>mis. Muara Bungo</source>
            <translation>mis. Muara Bungo</translation>
        </message>
    </context>
    <context>
        <name>WindowController</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>%1. Cadangan hanya dapat dipulihkan dari jendela yang membukanya.</source>
            <translation>%1. Cadangan hanya dapat dipulihkan dari jendela yang membukanya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Ambil alih berkas data</source>
            <translation>Ambil alih berkas data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Berkas %1 sudah berisi data Perangkat Daerah. Pilih nama lain untuk Perangkat Daerah baru, atau buka berkas itu lewat Berkas › Buka.</source>
            <translation>Berkas %1 sudah berisi data Perangkat Daerah. Pilih nama lain untuk Perangkat Daerah baru, atau buka berkas itu lewat Berkas › Buka.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Berkas %1 sudah terbuka.</source>
            <translation>Berkas %1 sudah terbuka.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Berkas %1 tercatat dibuka oleh %2 di %3. Ambil alih hanya bila aplikasi di sana sudah tidak membukanya; bila masih, perubahan dari dua tempat dapat saling menimpa. Ambil alih?</source>
            <translation>Berkas %1 tercatat dibuka oleh %2 di %3. Ambil alih hanya bila aplikasi di sana sudah tidak membukanya; bila masih, perubahan dari dua tempat dapat saling menimpa. Ambil alih?</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Berkas data</source>
            <translation>Berkas data</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Berkas data tidak dapat ditampilkan</source>
            <translation>Berkas data tidak dapat ditampilkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Cadangan dipulihkan. Isi sebelumnya disimpan sebagai %1.</source>
            <translation>Cadangan dipulihkan. Isi sebelumnya disimpan sebagai %1.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Cadangan tidak dapat dipulihkan</source>
            <translation>Cadangan tidak dapat dipulihkan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Contoh tidak dapat dibuat</source>
            <translation>Contoh tidak dapat dibuat</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>Pulihkan dari cadangan</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>membuka berkas lain</source>
            <translation>membuka berkas lain</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/window_controller.py" />
            <source>memulihkan cadangan</source>
            <translation>memulihkan cadangan</translation>
        </message>
    </context>
    <context>
        <name>WorkloadModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Bersamaan</source>
            <translation>Bersamaan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Jabatan</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Jumlah tim terbanyak yang berjalan pada hari yang sama</source>
            <translation>Jumlah tim terbanyak yang berjalan pada hari yang sama</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Nama</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Tim aktif</source>
            <translation>Tim aktif</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
    </context>
    <context>
        <name>WorkloadPanel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source> tim</source>
            <translation> tim</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>&lt;b&gt;%1&lt;/b&gt; — %2 tim aktif, paling banyak %3 bersamaan</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2 tim aktif, paling banyak %3 bersamaan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>&lt;b&gt;Belum ada penugasan&lt;/b&gt; (%1 pegawai)</source>
            <translation>&lt;b&gt;Belum ada penugasan&lt;/b&gt; (%1 pegawai)</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>&lt;b&gt;Pegawai dalam tim aktif&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pegawai dalam tim aktif&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>&lt;span style='color:%1'&gt;%2 melebihi ambang.&lt;/span&gt;</source>
            <translation>&lt;span style='color:%1'&gt;%2 melebihi ambang.&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Ambang peringatan:</source>
            <translation>Ambang peringatan:</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Ambang tidak dapat disimpan</source>
            <translation>Ambang tidak dapat disimpan</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Beban kerja tidak dapat dihitung</source>
            <translation>Beban kerja tidak dapat dihitung</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Bertumpang tindih: %1 dan %2</source>
            <translation>Bertumpang tindih: %1 dan %2</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>JF dan Pelaksana aktif yang belum tergabung dalam tim aktif mana pun: calon anggota untuk tim berikutnya.</source>
            <translation>JF dan Pelaksana aktif yang belum tergabung dalam tim aktif mana pun: calon anggota untuk tim berikutnya.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Klik dua kali untuk membuka tim ini</source>
            <translation>Klik dua kali untuk membuka tim ini</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Muat ulang</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Per %1: %2 pegawai dalam tim aktif, %3 dengan periode tim bertumpang tindih.</source>
            <translation>Per %1: %2 pegawai dalam tim aktif, %3 dengan periode tim bertumpang tindih.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Peringatan bila seorang pegawai berada di lebih banyak tim yang periodenya bertumpang tindih. Perbup tidak menetapkan batas; ini pengaturan Perangkat Daerah.</source>
            <translation>Peringatan bila seorang pegawai berada di lebih banyak tim yang periodenya bertumpang tindih. Perbup tidak menetapkan batas; ini pengaturan Perangkat Daerah.</translation>
        </message>
        <message>
            <location filename="../../sistemkerja_desktop/views/teams/workload_panel.py" />
            <source>Pilih pegawai untuk melihat timnya.</source>
            <translation>Pilih pegawai untuk melihat timnya.</translation>
        </message>
    </context>
    <context>
        <name>_PanelModel</name>
        <message>
            <location filename="../../sistemkerja_desktop/views/orgchart/panel.py" />
            <source>%1 · kode %2
Dasar: %3</source>
            <translation>%1 · kode %2
Dasar: %3</translation>
        </message>
    </context>
</TS>
