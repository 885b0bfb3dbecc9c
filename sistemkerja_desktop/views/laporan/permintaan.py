"""*Minta laporan…* — an ad-hoc report (permintaan sewaktu-waktu) asked of the ketua or of a
member, only by the roles the profile allows (the dialog says who, with the Pasal; the service
refuses anyone else) — and *Nyatakan selesai…*, which only the profile's closing official may
do once every report of the team's schedule is accepted (the dialog says why not otherwise)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.laporan import JenisLaporan
from sistemkerja_desktop.domain.laporan_alur import Permintaan
from sistemkerja_desktop.services.laporan_dto import PenutupanInfo
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading, hint
from sistemkerja_desktop.views.penugasan.labels import tanggal
from sistemkerja_desktop.views.teams.dialog_fit import fit_height_later
from sistemkerja_desktop.views.teams.labels import from_qdate, to_qdate


@dataclass(frozen=True, slots=True)
class MintaJawaban:
    dari: str  # "ketua" / "anggota"
    pelapor_nip: str | None
    batas: dt.date
    catatan: str


def aturan_permintaan(p: Permintaan) -> str:
    peminta = " dan ".join(sorted(x.value for x in p.peminta))
    kepada = " dan/atau ".join("Ketua Tim Kerja" if j is JenisLaporan.KETUA else "anggota tim"
                               for j in (JenisLaporan.KETUA, JenisLaporan.ANGGOTA)
                               if j in p.dari)
    return f"{peminta} dapat meminta laporan sewaktu-waktu kepada {kepada} (dasar: {p.dasar})."


class MintaDialog(QDialog):
    def __init__(self, tim_nama: str, *, oleh: str, ketua: str,
                 anggota: Sequence[tuple[str, str]], aturan: Permintaan, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Minta laporan"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Minta laporan — %1").replace("%1", tim_nama), 1))
        layout.addWidget(hint(aturan_permintaan(aturan)))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Diminta oleh"), QLabel(f"<b>{html.escape(oleh)}</b>"))
        self.ketua_radio = QRadioButton(self.tr("Ketua tim: %1").replace("%1", ketua))
        self.anggota_radio = QRadioButton(self.tr("Anggota:"))
        self.anggota_combo = QComboBox()
        for nip, nama in anggota:
            self.anggota_combo.addItem(nama, nip)
        self.ketua_radio.setEnabled(JenisLaporan.KETUA in aturan.dari)
        self.anggota_radio.setEnabled(JenisLaporan.ANGGOTA in aturan.dari and bool(anggota))
        (self.ketua_radio if self.ketua_radio.isEnabled() else self.anggota_radio).setChecked(
            True)
        self.anggota_combo.setEnabled(self.anggota_radio.isChecked())
        self.anggota_radio.toggled.connect(self.anggota_combo.setEnabled)
        form.addRow(self.tr("Kepada"), self.ketua_radio)
        form.addRow("", self.anggota_radio)
        form.addRow("", self.anggota_combo)
        self.batas_edit = QDateEdit(to_qdate(today + dt.timedelta(days=7)))
        self.batas_edit.setCalendarPopup(True)
        self.batas_edit.setDisplayFormat("d MMMM yyyy")
        form.addRow(self.tr("Batas waktu"), self.batas_edit)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(64)
        self.note_edit.setPlaceholderText(self.tr("Apa yang perlu dilaporkan (opsional)"))
        form.addRow(self.tr("Catatan"), self.note_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Minta"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height_later(self)

    def hasil(self) -> MintaJawaban:
        anggota = self.anggota_radio.isChecked()
        return MintaJawaban("anggota" if anggota else "ketua",
                            str(self.anggota_combo.currentData() or "") if anggota else None,
                            from_qdate(self.batas_edit.date()),
                            " ".join(self.note_edit.toPlainText().split()))

    @classmethod
    def ask(cls, parent: QWidget | None, tim_nama: str, *, oleh: str, ketua: str,
            anggota: Sequence[tuple[str, str]], aturan: Permintaan,
            today: dt.date) -> MintaJawaban | None:
        """Tests monkeypatch this."""
        dialog = cls(tim_nama, oleh=oleh, ketua=ketua, anggota=anggota, aturan=aturan,
                     today=today, parent=parent)
        return dialog.hasil() if dialog.exec() == QDialog.DialogCode.Accepted else None


def alasan_tidak_bisa(info: PenutupanInfo, acting_nip: str, acting_nama: str) -> list[str]:
    """Why the acting person cannot declare the team selesai now (empty: he can)."""
    out = []
    if info.ditutup is not None:
        out.append(f"Pekerjaan tim sudah dinyatakan selesai pada {tanggal(info.ditutup)}"
                   + (f" oleh {info.ditutup_oleh}." if info.ditutup_oleh else "."))
        return out
    if info.bisa and acting_nip and acting_nip != info.berikut_nip:
        langkah = "menyatakan selesai" if info.aksi == "terima" else "meneruskan hasilnya"
        out.append(f"Hasil tim sekarang menunggu {info.berikut_jabatan} — {info.berikut_nama} "
                   f"untuk {langkah} (berjenjang); {acting_nama} tidak berwenang pada tahap ini."
                   f" Yang menyatakan selesai: {info.pemegang_nama or 'jabatan kosong'} "
                   f"({info.sebutan}; dasar: {info.dasar}).")
    elif not info.bisa and acting_nip and acting_nip != info.pemegang_nip:
        out.append(f"{acting_nama} bukan {info.sebutan}; yang menyatakan selesai: "
                   f"{info.pemegang_nama or 'jabatan kosong'} (dasar: {info.dasar}).")
    if not info.bisa:
        out.extend(info.alasan or ("Belum semua laporan tim diterima.",))
    return out


class SelesaiDialog(QDialog):
    def __init__(self, tim_nama: str, info: PenutupanInfo, alasan: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nyatakan selesai"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Nyatakan selesai — %1").replace("%1", tim_nama), 1))
        who = QLabel(self.tr("Yang menyatakan hasil pekerjaan tim selesai: <b>%1</b> — %2"
                             "<br><span style='color:#555'>Dasar: %3</span>").replace(
            "%1", html.escape(info.sebutan)).replace(
            "%2", html.escape(info.pemegang_nama or self.tr("jabatan kosong"))).replace(
            "%3", html.escape(info.dasar)))
        who.setWordWrap(True)
        who.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(who)
        # The way up (berjenjang): each level passes the results on, the last one accepts.
        tanda = {"selesai": "✓", "menunggu": "➜", "akan datang": "·"}
        self.rantai_label = QLabel("<br>".join(
            f"{tanda.get(k, '·')} {html.escape(j)}" + (f" — {html.escape(n)}" if n else "")
            + (f" <i>({html.escape(k)})</i>" if k != "akan datang" else "")
            for j, n, k in info.rantai))
        self.rantai_label.setTextFormat(Qt.TextFormat.RichText)
        self.rantai_label.setWordWrap(True)
        self.rantai_label.setVisible(len(info.rantai) > 1)
        layout.addWidget(self.rantai_label)
        self.alasan_label = QLabel()
        self.alasan_label.setWordWrap(True)
        self.alasan_label.setTextFormat(Qt.TextFormat.RichText)
        self.alasan_label.setStyleSheet(ERROR_STYLE)
        if alasan:
            self.alasan_label.setText(self.tr("<b>Belum dapat dinyatakan selesai:</b>") + "<ul>"
                                      + "".join(f"<li>{html.escape(a)}</li>" for a in alasan)
                                      + "</ul>")
        self.alasan_label.setVisible(bool(alasan))
        layout.addWidget(self.alasan_label)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(64)
        self.note_edit.setPlaceholderText(self.tr("Catatan penutupan (opsional)"))
        self.note_edit.setVisible(not alasan)
        layout.addWidget(self.note_edit)
        layout.addStretch(1)
        buttons = (QDialogButtonBox.StandardButton.Close if alasan else
                   QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = QDialogButtonBox(buttons)
        relabel_buttons(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Teruskan hasil") if info.aksi == "teruskan"
                       else self.tr("Nyatakan selesai"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height_later(self)

    @classmethod
    def ask(cls, parent: QWidget | None, tim_nama: str, info: PenutupanInfo,
            alasan: Sequence[str]) -> str | None:
        """The closing note when confirmed; None when not possible or cancelled."""
        dialog = cls(tim_nama, info, alasan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or alasan:
            return None
        return " ".join(dialog.note_edit.toPlainText().split())
