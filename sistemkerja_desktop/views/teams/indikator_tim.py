"""*Indikator kinerja yang didukung* in the team builder: a combo of the Perjanjian Kinerja
indicators of the team's years ("— belum dipilih —" first). A saved team's choice is stored at
once through `services.kinerja.tautkan` (like a member's persetujuan; the draft's other edits
are kept); a new team is linked after its first *Simpan*."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.tim import Tim
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import ElidingComboBox, hint


class IndikatorTimPicker(QWidget):
    linked = Signal(object)  # Changes

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tim_id = 0
        self._loading = False
        self.combo = ElidingComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(30)
        self.note = hint("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self.combo.currentIndexChanged.connect(self._on_changed)

    def set_team(self, tim: Tim | None) -> None:
        """The indicators of the years `tim` runs in, its current one selected."""
        self._loading = True
        self.combo.clear()
        self.combo.addItem(self.tr("— belum dipilih —"), None)
        self._tim_id = tim.id if tim is not None else 0
        current = None
        try:
            if tim is not None:
                years = range(tim.mulai.year, (tim.selesai or tim.mulai).year + 1) \
                    if tim.mulai else [tim.tahun_anggaran or self._services.ctx.today().year]
                for tahun in years:
                    for i in self._services.kinerja.daftar(tahun):
                        label = "    " * i.tingkat + i.label + (
                            f" ({i.tahun})" if len(years) > 1 else "")
                        self.combo.addItem(label, i.id)
                        self.combo.setItemData(self.combo.count() - 1, i.label,
                                               Qt.ItemDataRole.ToolTipRole)
                if tim.id:
                    info = self._services.kinerja.indikator_tim(tim.id)
                    current = info.id if info is not None else None
        except SistemKerjaError as exc:
            self.note.setText(exc.message)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.setToolTip(self.combo.currentData(Qt.ItemDataRole.ToolTipRole) or "")
        saved = bool(self._tim_id)
        self.combo.setEnabled(saved and not self._services.read_only_reason)
        if self.combo.count() == 1:
            self.note.setText(self.tr("Belum ada indikator Perjanjian Kinerja pada tahun tim "
                                      "ini; catat di Laporan › Kinerja & MPH."))
        elif not saved:
            self.note.setText(self.tr("Dapat dipilih setelah tim disimpan."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self._loading = False

    def indikator_id(self) -> int | None:
        return self.combo.currentData()

    def _on_changed(self, *_: object) -> None:
        if self._loading or not self._tim_id:
            return
        try:
            changes = self._services.kinerja.tautkan(self.combo.currentData(),
                                                     tim_id=self._tim_id)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Indikator tidak dapat ditautkan"))
            info = self._services.kinerja.indikator_tim(self._tim_id)
            self._loading = True
            self.combo.setCurrentIndex(max(0, self.combo.findData(info.id if info else None)))
            self._loading = False
            return
        self.combo.setToolTip(self.combo.currentData(Qt.ItemDataRole.ToolTipRole) or "")
        self.linked.emit(changes)
