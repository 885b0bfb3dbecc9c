"""The profile's rules on the team being edited, checked live: each finding with the Pasal it
rests on. Galat (hard) block saving; peringatan (soft) only warn."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.findings import Finding, Tingkat, finding_label
from sistemkerja_desktop.views.teams.labels import OK_COLOUR, TINGKAT_COLOURS, tingkat_label


class RulesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self.title = QLabel()
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(6, 4, 6, 4)
        self.list_layout.setSpacing(6)
        self.list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setWidget(self.list_host)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addSpacing(10)
        top.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.set_profile_name("")
        self.set_findings(())

    # ---- public API
    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self._findings if f.tingkat is Tingkat.GALAT]

    def set_profile_name(self, name: str) -> None:
        text = self.tr("Pemeriksaan aturan") if not name else self.tr(
            "Pemeriksaan aturan (%1)").replace("%1", name)
        self.title.setText(f"<b>{html.escape(text)}</b>")

    def item_texts(self) -> list[str]:
        """Plain text of each shown finding (tests, accessibility)."""
        return [label.text() for label in self.list_host.findChildren(QLabel, "finding")]

    def set_findings(self, findings: Sequence[Finding]) -> None:
        order = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1}
        self._findings = sorted(findings, key=lambda f: order.get(f.tingkat, 2))
        while self.list_layout.count() > 1:
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from findChildren at once
                widget.deleteLater()
        for i, f in enumerate(self._findings):
            self.list_layout.insertWidget(i, self._label(f))
        if not self._findings:
            ok = QLabel(self.tr("✓ Susunan tim memenuhi aturan profil yang dapat diperiksa."))
            ok.setObjectName("ok")
            ok.setStyleSheet(f"color: {OK_COLOUR.name()};")
            ok.setWordWrap(True)
            self.list_layout.insertWidget(0, ok)
        galat = sum(f.tingkat is Tingkat.GALAT for f in self._findings)
        warn = len(self._findings) - galat
        parts = []
        if galat:
            parts.append(self.tr("<span style='color:%1'>● %2 galat — belum dapat disimpan"
                                 "</span>").replace("%1", TINGKAT_COLOURS[Tingkat.GALAT].name())
                         .replace("%2", str(galat)))
        if warn:
            parts.append(self.tr("<span style='color:%1'>● %2 peringatan</span>")
                         .replace("%1", TINGKAT_COLOURS[Tingkat.PERINGATAN].name())
                         .replace("%2", str(warn)))
        self.counts.setText(" &nbsp; ".join(parts))

    def _label(self, f: Finding) -> QLabel:
        colour = TINGKAT_COLOURS.get(f.tingkat, OK_COLOUR).name()
        text = (f"<span style='color:{colour}'>●&nbsp;<b>{html.escape(tingkat_label(f.tingkat))}"
                f"</b></span> <b>{html.escape(finding_label(f.kode))}:</b> "
                f"{html.escape(f.pesan)}<br><span style='color:#666'>"
                + html.escape(self.tr("Dasar: %1").replace("%1", f.dasar)) + "</span>")
        label = QLabel(text)
        label.setObjectName("finding")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setToolTip(self.tr("Kode temuan: %1").replace("%1", f.kode))
        return label
