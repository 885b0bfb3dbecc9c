"""The *Berkas* entries of the exchange (issue #12): *Kirim perubahan…* writes a package (and an
email draft); *Terima paket…* opens one, asks for the office key when it is signed, shows the
preview and imports; `imported` carries what changed so every area refreshes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError, ValidationError
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.common.messages import show_error, show_info
from sistemkerja_desktop.views.common.output import remember_folder, remembered_folder
from sistemkerja_desktop.views.paket.kirim_dialog import KirimPaketDialog
from sistemkerja_desktop.views.paket.terima_dialog import TerimaPaketDialog

if TYPE_CHECKING:
    from sistemkerja_desktop.services.container import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaketAksi", text)


class PaketAksi(QObject):
    imported = Signal(object)  # Changes

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.kirim_action = QAction(_tr("&Kirim perubahan…"), window)
        self.kirim_action.setObjectName("kirim_paket")
        self.kirim_action.triggered.connect(self.kirim)
        self.terima_action = QAction(_tr("&Terima paket…"), window)
        self.terima_action.setObjectName("terima_paket")
        self.terima_action.triggered.connect(self._on_terima_triggered)
        self.terima_action.setEnabled(not services.read_only_reason)

    def kirim(self) -> KirimPaketDialog:
        dialog = KirimPaketDialog(self._services, self._window)
        if dialog.exec() and dialog.hasil is not None:
            h = dialog.hasil
            text = _tr("%1 rekaman ditulis ke %2.").replace("%1", str(h.total)).replace(
                "%2", str(h.path))
            if dialog.surel is not None:
                text += "\n" + _tr("Draf surel dengan paket terlampir: %1 (buka untuk "
                                   "mengirimnya).").replace("%1", str(dialog.surel))
            show_info(self._window, _tr("Paket disimpan"), text)
        return dialog

    def _on_terima_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, _tr("Terima paket"), str(remembered_folder("paket")),
            _tr("Paket Sistem Kerja (*.skp);;Semua berkas (*)"))
        if path:
            remember_folder("paket", Path(path).parent)
            self.terima(Path(path))

    def pratinjau_dialog(self, path: Path, kunci: str | None = None) -> TerimaPaketDialog | None:
        """The preview of `path`, asking for the office key when the package needs one."""
        while True:
            try:
                pra = self._services.paket.periksa(path, kunci=kunci)
            except ValidationError as exc:
                if exc.code in ("paket_perlu_kunci", "paket_kunci_salah", "paket_tanpa_tanda"):
                    kunci, ok = QInputDialog.getText(
                        self._window, _tr("Kunci kantor"), exc.message + "\n\n"
                        + _tr("Kunci kantor:"), QLineEdit.EchoMode.Password)
                    if ok and kunci:
                        continue
                show_error(self._window, exc, _tr("Paket tidak dapat dibaca"))
                return None
            except SistemKerjaError as exc:
                show_error(self._window, exc, _tr("Paket tidak dapat dibaca"))
                return None
            dialog = TerimaPaketDialog(self._services, path, pra, kunci=kunci,
                                       parent=self._window)
            dialog.imported.connect(lambda _h: self.imported.emit(Changes.everything()))
            return dialog

    def terima(self, path: Path) -> None:
        dialog = self.pratinjau_dialog(path)
        if dialog is not None and dialog.exec() and dialog.hasil is not None:
            h = dialog.hasil
            show_info(self._window, _tr("Paket diimpor"), _tr(
                "Dari %1: %2 ditambah, %3 diubah, %4 dihapus.").replace(
                "%1", h.pratinjau.asal).replace("%2", str(h.ditambah)).replace(
                "%3", str(h.diubah)).replace("%4", str(h.dihapus)))
