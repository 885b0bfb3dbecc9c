"""The people and units the Penugasan forms offer, taken from the agency's structure: a person is
shown by name, the position they hold (or their jabatan) and NIP; a combo of people filters as one
types a part of a name or NIP."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.views.common.widgets import ElidingComboBox


@dataclass(frozen=True, slots=True)
class Orang:
    pegawai_id: int
    nip: str
    nama: str  # with gelar
    jabatan: str  # the position held (Kepala Bidang …) or the jabatan
    unit_id: int | None
    unit: str
    jf_pelaksana: bool

    @property
    def label(self) -> str:
        return f"{self.nama} — {self.jabatan}" if self.jabatan else self.nama


def orang_dari(struktur: Struktur) -> list[Orang]:
    """The active pegawai of the agency (external ones left out), by name."""
    out = []
    for p in struktur.pegawai:
        if not p.aktif or p.eksternal:
            continue
        held = struktur.positions_held.get(p.id, ())
        jabatan = held[0].nama if held else (p.jabatan.nama if p.jabatan else "")
        out.append(Orang(p.id, p.nip, p.nama_lengkap, jabatan, p.unit_id,
                         struktur.unit_path(p.unit_id),
                         bool(p.jabatan and p.jabatan.is_jf_or_pelaksana)))
    return sorted(out, key=lambda o: o.nama.casefold())


def unit_choices(struktur: Struktur) -> list[tuple[str, int]]:
    """(path, id) of every unit, sorted by path: the unit tree read top-down."""
    return sorted(((struktur.unit_path(u.id), u.id) for u in struktur.units),
                  key=lambda p: p[0].casefold())


def kepala_unit(struktur: Struktur, unit_id: int | None) -> str:
    """The NIP of the head of `unit_id` (or of the nearest unit above it that has one)."""
    if unit_id is None:
        return ""
    for unit in struktur.ancestors(unit_id):
        pos = struktur.pimpinan_of(unit.id)
        holder = struktur.holder(pos.id) if pos is not None else None
        if holder is not None:
            return holder.nip
    return ""


class PersonCombo(ElidingComboBox):
    """A combo of people (data: NIP) that completes on any part of a name, jabatan or NIP."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        if placeholder:
            self.lineEdit().setPlaceholderText(placeholder)

    def set_people(self, people: Iterable[Orang], keep: str = "") -> None:
        current = keep or self.nip()
        self.blockSignals(True)
        self.clear()
        for o in people:
            self.addItem(f"{o.label} ({o.nip})", o.nip)
            self.setItemData(self.count() - 1, f"{o.label}\nNIP {o.nip}\n{o.unit}",
                             Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        self.set_nip(current)

    def nip(self) -> str:
        """The chosen person's NIP; '' when the text names nobody in the list."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            return ""
        return str(self.itemData(index) or "")

    def set_nip(self, nip: str) -> None:
        index = self.findData(nip) if nip else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self.lineEdit().setCursorPosition(0)  # the start of a long "name — jabatan (NIP)"


def people_by_nip(people: Sequence[Orang]) -> dict[str, Orang]:
    return {o.nip: o for o in people}
