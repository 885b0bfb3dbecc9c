"""What happens when cards are dropped on another Pejabat Penilai Kinerja.

1. pegawai already (only) under that PPK are left out;
2. the profile's rules are checked (`domain.pindah.cek_pindah`): a galat refuses the drop and
   the red banner quotes the rule and its Pasal; a peringatan asks for confirmation;
3. TMT and dasar penetapan are asked (or taken from the remembered batch);
4. the move is pushed on the undo stack as one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.findings import Finding
from sistemkerja_desktop.domain.periksa import tanggal_indonesia
from sistemkerja_desktop.domain.pindah import (
    RencanaPindah,
    galat,
    peringatan,
    sudah_di,
    uraian_aturan,
)
from sistemkerja_desktop.views.common.messages import ask_yes_no
from sistemkerja_desktop.views.orgchart.dialogs import DataPindah, PilihPpkDialog, PindahDialog

if TYPE_CHECKING:
    from sistemkerja_desktop.views.orgchart.orgchart_widget import OrgChartWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrgChart.Pindah", text)


def konfirmasi_peringatan(parent: QWidget, findings: Sequence[Finding]) -> bool:
    """Ask whether to go ahead despite soft-rule findings (each with its Pasal)."""
    items = "\n\n".join(f"• {f.pesan}\n   {_tr('Dasar')}: {f.dasar}" for f in findings[:5])
    more = (_tr("\n\n… dan %1 temuan lain").replace("%1", str(len(findings) - 5))
            if len(findings) > 5 else "")
    return ask_yes_no(parent, _tr("Perlu konfirmasi"), _tr(
        "Perpindahan ini tidak sesuai dengan ketentuan yang bersifat peringatan:\n\n%1%2\n\n"
        "Tetap pindahkan?").replace("%1", items).replace("%2", more))


class PindahFlow:
    def __init__(self, widget: OrgChartWidget) -> None:
        self.w = widget
        self.batch: DataPindah | None = None  # TMT/dasar remembered for the next moves
        self.dasar_terakhir = ""

    def _ppk_label(self, position_id: int) -> str:
        s = self.w.document.struktur
        pos = s.position_by_id[position_id]
        holder = s.holder(position_id)
        who = holder.nama_lengkap if holder is not None else _tr("kosong")
        return f"{pos.nama} ({who})"

    def _siapa(self, ids: Sequence[int]) -> str:
        if len(ids) == 1:
            return self.w.document.struktur.pegawai_by_id[ids[0]].nama_lengkap
        return _tr("%1 pegawai").replace("%1", str(len(ids)))

    def _tmt(self) -> object:
        return self.batch.tmt if self.batch is not None else self.w.document.tanggal

    def nilai_sasaran(self, ids: list[int], position_id: int) -> tuple[int, str]:
        """Feedback while dragging over a PPK: (1 ok / 2 asks / 3 refused / 0 no change, text)."""
        doc = self.w.document
        moving = [i for i in ids if not sudah_di(doc.struktur, i, position_id, doc.tanggal)]
        if not moving:
            return 0, _tr("Sudah berada di bawah Pejabat Penilai Kinerja ini")
        try:
            findings = doc.cek(moving, position_id, self._tmt(),  # type: ignore[arg-type]
                               koreksi=True)  # the TMT itself is judged after the drop
        except SistemKerjaError as exc:
            return 3, exc.message
        profile = doc.profile
        assert profile is not None
        hard, soft = galat(findings), peringatan(findings)
        if hard:
            return 3, _tr("Ditolak: %1 (%2)").replace(
                "%1", uraian_aturan(profile, hard[0].kode)).replace("%2", hard[0].dasar)
        if soft:
            return 2, _tr("Perlu konfirmasi: %1").replace(
                "%1", uraian_aturan(profile, soft[0].kode))
        return 1, _tr("Lepaskan untuk memindahkan ke %1").replace(
            "%1", self._ppk_label(position_id))

    def pindahkan(self, pegawai_ids: Sequence[int], position_id: int) -> bool:
        """Handle a drop (or the "Pindahkan ke…" command). True if a move was pushed."""
        w, doc = self.w, self.w.document
        ids = [i for i in dict.fromkeys(pegawai_ids)
               if not sudah_di(doc.struktur, i, position_id, doc.tanggal)]
        if not ids:
            return False
        tmt = self._tmt()
        try:  # the TMT is judged once chosen (a koreksi riwayat may be asked for)
            findings = doc.cek(ids, position_id, tmt, koreksi=True)  # type: ignore[arg-type]
        except SistemKerjaError as exc:
            w.tolak(message=exc.message)
            return False
        if galat(findings):
            w.tolak(galat(findings))
            return False
        soft = peringatan(findings)
        if soft and not konfirmasi_peringatan(w, soft):
            return False
        label = self._ppk_label(position_id)
        data = self.batch or PindahDialog.ask(
            w, _tr("Pindahkan %1 ke bawah %2.").replace("%1", self._siapa(ids))
            .replace("%2", label), tmt, self.dasar_terakhir)  # type: ignore[arg-type]
        if data is None:
            return False
        try:  # judged again on the TMT actually chosen; never before a recorded kedudukan
            findings = doc.cek(ids, position_id, data.tmt, data.koreksi)  # unless koreksi
        except SistemKerjaError as exc:
            w.tolak(message=exc.message)
            return False
        if data.tmt != tmt:
            if galat(findings):
                w.tolak(galat(findings))
                return False
            new_soft = [f for f in peringatan(findings) if f.kode not in {s.kode for s in soft}]
            if new_soft and not konfirmasi_peringatan(w, new_soft):
                return False
        if data.ingat:
            self.batch = data
        self.dasar_terakhir = data.dasar
        w.alert_banner.hide()
        doc.pindah(RencanaPindah(tuple(ids), position_id, data.tmt, data.dasar, data.koreksi),
                   _tr("Pindahkan %1 ke %2").replace("%1", self._siapa(ids))
                   .replace("%2", label))
        if data.tmt > doc.tanggal:  # show the chart on the TMT, where the move is visible
            w.bar.date_edit.setDate(w.bar.date_edit.date().addDays(
                (data.tmt - doc.tanggal).days))
            w.status_label.setText(_tr("Bagan kini menampilkan keadaan per TMT %1.")
                                   .replace("%1", tanggal_indonesia(data.tmt)))
        return True

    def pindahkan_terpilih(self) -> bool:
        """Keyboard/menu alternative to dragging: choose the new PPK from a list."""
        w = self.w
        ids = list(dict.fromkeys(c.kartu.pegawai_id for c in w.scene.selected_cards()
                                 if c.kartu.dapat_dipindah and c.kartu.pegawai_id is not None))
        if not ids:
            return False
        s = w.document.struktur
        pilihan = sorted(((p.id, self._ppk_label(p.id)) for p in s.positions),
                         key=lambda item: item[1].casefold())
        position_id = PilihPpkDialog.ask(
            w, _tr("Pindahkan %1 ke bawah:").replace("%1", self._siapa(ids)), pilihan)
        return position_id is not None and self.pindahkan(ids, position_id)
