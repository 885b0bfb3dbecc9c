"""The "Kop Setda dan paraf" tab of the naskah settings: the Sekretariat Daerah's kop for a
Keputusan Sekretaris Daerah the Perangkat Daerah drafts as a *konsep* (KH Pasal 10 ayat (1): a
cross-agency team is fixed by the Sekda; Lampiran II is binding there, Pasal 10 ayat (4)), and the
rows of the optional PARAF table (Barito Timur prints KABAG HUKUM | KEPALA OPD | ASS. | SEKDA on its
drafts). Empty rows = no PARAF table."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.views.teams.fitted_hint import FittedHint
from sistemkerja_desktop.views.teams.line_list_editor import LineListEditor
from sistemkerja_desktop.views.teams.team_form import with_hint

PARAF_BARITO_TIMUR = ("Kabag Hukum", "Kepala OPD", "Asisten", "Sekda")


def kop_html(lines: Sequence[str], colour: str = "") -> str:
    """A kop as the preview shows it: the first two lines bold, the name larger, the rest small
    (`colour`: e.g. grey for an example)."""
    tint = f" color:{colour};" if colour else ""
    parts = []
    for i, line in enumerate(lines):
        size = "12pt" if i == 1 else "9pt" if i >= 2 else "10pt"
        weight = "bold" if i < 2 else "normal"
        parts.append(f"<div style='font-size:{size}; font-weight:{weight};{tint}'>"
                     f"{html.escape(line)}</div>")
    return f"<div align='center'>{''.join(parts)}</div>"


class KoordinasiTab(QWidget):
    def __init__(self, pemda: str, kop_setda: Sequence[str], paraf: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contoh = (f"PEMERINTAH {pemda.upper()}" if pemda else "PEMERINTAH KABUPATEN …",
                        "SEKRETARIAT DAERAH",
                        self.tr("Jalan … Nomor … Telepon … Kode Pos …"))
        self.kop_setda_edit = QPlainTextEdit("\n".join(kop_setda))
        self.kop_setda_edit.setTabChangesFocus(True)
        self.kop_setda_edit.setFixedHeight(84)
        self.kop_setda_edit.setPlaceholderText("\n".join(self._contoh))
        self.kop_setda_preview = QLabel()
        self.kop_setda_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.kop_setda_preview.setStyleSheet("background: white; color: black; padding: 8px;")
        self.kop_setda_preview.setMinimumHeight(64)
        self.paraf_editor = LineListEditor(self.tr("jabatan pemaraf"))
        self.paraf_editor.set_values(paraf)
        self.paraf_editor.setFixedHeight(128)
        self.paraf_bt_button = QPushButton(self.tr("Isi baris Barito Timur"))
        self.paraf_bt_button.setToolTip(", ".join(PARAF_BARITO_TIMUR))
        self.paraf_clear_button = QPushButton(self.tr("Kosongkan (tanpa tabel)"))
        paraf_buttons = QHBoxLayout()
        paraf_buttons.setContentsMargins(0, 0, 0, 0)
        paraf_buttons.addWidget(self.paraf_bt_button)
        paraf_buttons.addWidget(self.paraf_clear_button)
        paraf_buttons.addStretch(1)

        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("Kop Sekretariat Daerah (untuk konsep Keputusan "
                                        "Sekretaris Daerah)")))
        form.addRow(self.tr("Baris kop"), with_hint(self.kop_setda_edit, FittedHint(self.tr(
            "Tim lintas instansi ditetapkan dengan Keputusan Sekretaris Daerah (Perbup Kapuas Hulu "
            "36/2023 Pasal 10 ayat (1)); Perangkat Daerah menyusun konsepnya dengan kop "
            "Sekretariat Daerah. Satu baris per baris kop, termasuk alamat."))))
        form.addRow(self.tr("Pratinjau"), self.kop_setda_preview)
        form.addItem(QSpacerItem(0, 12))
        form.addRow(self._label(self.tr("Tabel paraf koordinasi")))
        form.addRow(self.tr("Baris paraf"), self.paraf_editor)
        paraf_box = QWidget()
        box = QVBoxLayout(paraf_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(paraf_buttons)
        box.addWidget(FittedHint(self.tr(
            "Kolom paraf di bawah naskah, urut dari kiri: satu baris per pejabat yang memaraf "
            "(Perbup Barito Timur 11/2024 mencantumkan KABAG HUKUM | KEPALA OPD | ASS. | SEKDA). "
            "Kosong = naskah tanpa tabel paraf.")))
        form.addRow("", paraf_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(form)
        layout.addStretch(1)

        self.kop_setda_edit.textChanged.connect(self._update_preview)
        self.paraf_bt_button.clicked.connect(self._on_paraf_bt_button_clicked)
        self.paraf_clear_button.clicked.connect(self._on_paraf_clear_button_clicked)
        self._update_preview()

    def _label(self, text: str) -> QLabel:
        return QLabel(f"<b>{html.escape(text)}</b>")

    def kop_setda(self) -> tuple[str, ...]:
        return tuple(x.strip() for x in self.kop_setda_edit.toPlainText().splitlines()
                     if x.strip())

    def paraf(self) -> tuple[str, ...]:
        return self.paraf_editor.values()

    def _update_preview(self) -> None:
        lines = self.kop_setda()
        self.kop_setda_preview.setText(kop_html(lines) if lines else kop_html(self._contoh, "#999"))

    def _on_paraf_bt_button_clicked(self) -> None:
        self.paraf_editor.set_values(PARAF_BARITO_TIMUR)
        self.paraf_editor.changed.emit()

    def _on_paraf_clear_button_clicked(self) -> None:
        self.paraf_editor.set_values(())
        self.paraf_editor.changed.emit()
