"""Indonesian for the Qt strings our users meet (file dialogs, context menus, standard buttons,
undo texts). PySide6 ships no qtbase_id catalogue, so a small in-code translator supplies them.
Source strings are Qt's own (context, text) pairs as in its qtbase catalogues."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

_EDIT = {
    "&Undo": "&Batalkan", "&Redo": "&Ulangi", "Cu&t": "Po&tong", "&Copy": "&Salin",
    "&Paste": "T&empel", "Delete": "Hapus", "Select All": "Pilih semua",
    "Copy &Link Location": "Salin &alamat tautan",
}
_UNDO = {"Undo": "Batalkan", "Redo": "Ulangi", "Undo %1": "Batalkan %1", "Redo %1": "Ulangi %1"}

TRANSLATIONS: dict[str, dict[str, str]] = {
    "QFileDialog": {
        "&Look in:": "&Cari di:", "File &name:": "&Nama berkas:",
        "Files of &type:": "&Jenis berkas:", "&Open": "&Buka", "&Save": "&Simpan",
        "&Choose": "&Pilih", "Open": "Buka", "Save As": "Simpan sebagai",
        "Find Directory": "Cari folder", "Directory:": "Folder:", "Directories": "Folder",
        "Files": "Berkas", "All Files (*)": "Semua berkas (*)", "All files (*)": "Semua berkas (*)",
        "Back": "Kembali", "Forward": "Maju", "Go back": "Kembali", "Go forward": "Maju",
        "Parent Directory": "Folder induk", "Go to the parent directory": "Ke folder induk",
        "Create New Folder": "Buat folder baru", "Create a New Folder": "Buat folder baru",
        "New Folder": "Folder baru", "&New Folder": "Folder &baru", "List View": "Daftar",
        "Detail View": "Rincian", "Change to list view mode": "Tampilkan sebagai daftar",
        "Change to detail view mode": "Tampilkan rincian", "&Rename": "&Ganti nama",
        "&Delete": "&Hapus", "Delete": "Hapus", "Remove": "Hapus",
        "Show &hidden files": "Tampilkan berkas &tersembunyi", "Recent Places": "Tempat terakhir",
        "Sidebar": "Panel samping", "List of places and bookmarks": "Daftar tempat dan markah",
        "%1 already exists.\nDo you want to replace it?":
            "%1 sudah ada.\nGanti berkas itu?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkasnya.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nFolder tidak ditemukan.\nPeriksa kembali nama foldernya.",
        "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "'%1' dilindungi dari penulisan.\nTetap hapus?",
        "Could not delete directory.": "Folder tidak dapat dihapus.",
    },
    "QFileSystemModel": {
        "Name": "Nama", "Size": "Ukuran", "Type": "Jenis", "Kind": "Jenis",
        "Date Modified": "Tanggal diubah", "My Computer": "Komputer", "Computer": "Komputer",
    },
    "QLineEdit": _EDIT,
    "QWidgetTextControl": _EDIT,
    "QAbstractSpinBox": {"&Select All": "&Pilih semua", "&Step up": "&Naik",
                         "Step &down": "&Turun"},
    "QPlatformTheme": {
        "OK": "OK", "Save": "Simpan", "Save All": "Simpan semua", "Open": "Buka",
        "&Yes": "&Ya", "Yes to &All": "Ya untuk &semua", "&No": "&Tidak",
        "N&o to All": "T&idak untuk semua", "Abort": "Hentikan", "Retry": "Coba lagi",
        "Ignore": "Abaikan", "Close": "Tutup", "Cancel": "Batal", "Discard": "Buang",
        "Help": "Bantuan", "Apply": "Terapkan", "Reset": "Atur ulang",
        "Restore Defaults": "Kembalikan bawaan",
    },
    "QMessageBox": {"Show Details...": "Tampilkan rincian…", "Hide Details...":
                    "Sembunyikan rincian…"},
    "QWizard": {"< &Back": "< &Kembali", "&Next >": "&Lanjut >", "&Next": "&Lanjut",
                "&Finish": "&Selesai", "Cancel": "Batal", "Help": "Bantuan", "&Help": "&Bantuan",
                "Go Back": "Kembali", "Continue": "Lanjut", "Commit": "Terapkan",
                "Done": "Selesai"},
    "QUndoStack": _UNDO,
    "QUndoGroup": _UNDO,
    "QUndoModel": {"<empty>": "<kosong>"},
}


class QtIndonesianTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null QString) means "not mine": Qt then asks the next translator or keeps
        # the source; an empty string would blank the text out.
        return TRANSLATIONS.get(context, {}).get(source)

    def isEmpty(self) -> bool:
        return False


def install(app: QObject) -> QtIndonesianTranslator:
    """Install on the application; keep the returned object alive while the app runs."""
    from PySide6.QtCore import QCoreApplication

    translator = QtIndonesianTranslator(app)
    QCoreApplication.installTranslator(translator)
    return translator
