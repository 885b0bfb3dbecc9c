"""Changing the regulation profile in Pengaturan Perangkat Daerah (issue #9): the question about
legal-basis text that was edited by hand, and the summary of what changes in `periksa`.

Both take the service's `GantiProfil` (services.profil_service), so the GUI shows exactly what
`sistemkerja profil pakai` prints."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.findings import Finding, Tingkat, finding_label
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.services.profil_service import (
    GantiProfil,
    KeadaanDasar,
    PerubahanPeriksa,
    per_kode,
)
from sistemkerja_desktop.views.common.messages import relabel_buttons


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfilDialogs", text)


def _nama_profil(kode: str) -> str:
    return get_profile(kode).nama


class EditedPrompt(QMessageBox):
    """The question asked before saving when edited Mengingat / Dasar text would be kept:
    *Ganti dengan bawaan profil baru* / *Biarkan* / *Batal*, listing the lists and teams."""

    def __init__(self, hasil: GantiProfil, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Question, _tr("Dasar hukum yang sudah diubah"), "",
                         QMessageBox.StandardButton.NoButton, parent)
        items = "\n".join(f"• {d.label}" for d in hasil.teks_diubah)
        if hasil.profil_berubah:
            sebab = _tr("Profil peraturan diganti menjadi %1.").replace(
                "%1", _nama_profil(hasil.baru.profil))
        else:
            sebab = _tr("Nama Perangkat Daerah atau pemerintah daerah berubah, sehingga dasar "
                        "hukum bawaan ikut berubah.")
        self.setText(sebab + "\n\n" + _tr(
            "Daftar berikut sudah diubah dan tidak lagi berisi bawaan profil lama:") + "\n"
            + items + "\n\n" + _tr(
            "Ganti dengan bawaan profil baru, atau biarkan teksnya apa adanya (periksa "
            "manual)? Daftar yang masih berisi bawaan profil lama diganti otomatis."))
        self.ganti = self.addButton(_tr("Ganti dengan bawaan profil baru"),
                                    QMessageBox.ButtonRole.YesRole)
        self.biarkan = self.addButton(_tr("Biarkan"), QMessageBox.ButtonRole.NoRole)
        self.batal = self.addButton(_tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.biarkan)
        self.setEscapeButton(self.batal)

    def choice(self) -> bool | None:
        """True: replace the edited lists too; False: keep them; None: cancel the save."""
        clicked = self.clickedButton()
        if clicked is self.ganti:
            return True
        if clicked is self.biarkan:
            return False
        return None


def ask_edited(parent: QWidget | None, hasil: GantiProfil) -> bool | None:
    """Show `EditedPrompt`; True replace, False keep, None cancel."""
    box = EditedPrompt(hasil, parent)
    box.exec()
    return box.choice()


def _jumlah(findings: tuple[Finding, ...]) -> str:
    galat, peringatan = PerubahanPeriksa.jumlah(findings)
    return _tr("%1 galat, %2 peringatan").replace("%1", str(galat)).replace(
        "%2", str(peringatan))


class RingkasanProfilDialog(QDialog):
    """After the profile changed: the legal-basis lists refreshed or kept, and the findings of
    `periksa` that appear and disappear (counts by kode, then each finding with its Pasal)."""

    def __init__(self, hasil: GantiProfil, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hasil = hasil
        self.setWindowTitle(_tr("Profil peraturan diganti"))
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        self.judul_label = QLabel(_tr("<b>Profil peraturan:</b> %1 → %2").replace(
            "%1", escape(_nama_profil(hasil.lama.profil))).replace(
            "%2", escape(_nama_profil(hasil.baru.profil))))
        self.judul_label.setWordWrap(True)
        layout.addWidget(self.judul_label)
        self.dasar_label = QLabel(self._dasar_text())
        self.dasar_label.setWordWrap(True)
        self.dasar_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.dasar_label)
        p = hasil.periksa
        self.periksa_label = QLabel(_tr("<b>Periksa kedudukan:</b> sebelum %1; sesudah %2.")
                                    .replace("%1", _jumlah(p.sebelum))
                                    .replace("%2", _jumlah(p.sesudah)))
        layout.addWidget(self.periksa_label)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self._temuan_html())
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        relabel_buttons(buttons)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _dasar_text(self) -> str:
        if not self.hasil.dasar_hukum:
            return _tr("<b>Dasar hukum:</b> tidak ada daftar yang berubah.")
        rows = []
        for keadaan in KeadaanDasar:
            items = [escape(d.label) for d in self.hasil.dasar_hukum if d.keadaan is keadaan]
            if items:
                rows.append(f"<i>{escape(keadaan.label)}</i>: " + "; ".join(items))
        return _tr("<b>Dasar hukum (Mengingat / Dasar Surat Tugas):</b>") + "<br>" + \
            "<br>".join(rows)

    def _temuan_html(self) -> str:
        parts = []
        p = self.hasil.periksa
        for judul, findings in ((_tr("Temuan yang muncul"), p.muncul),
                                (_tr("Temuan yang hilang"), p.hilang)):
            if not findings:
                parts.append(f"<h4>{judul}: {_tr('tidak ada')}</h4>")
                continue
            ringkas = ", ".join(f"{escape(finding_label(k))} {n}" for k, n in per_kode(findings))
            parts.append(f"<h4>{judul} ({len(findings)}): {ringkas}</h4><ul>")
            for f in findings:
                warna = "#8b0000" if f.tingkat is Tingkat.GALAT else "#8a5a00"
                parts.append(
                    f'<li><b style="color:{warna}">[{f.tingkat.value}]</b> '
                    f"<b>{escape(finding_label(f.kode))}</b>: {escape(f.pesan)}<br>"
                    f'<span style="color:#555">{_tr("dasar")}: {escape(f.dasar)}</span></li>')
            parts.append("</ul>")
        return "".join(parts)
