"""What a use case changed, so each view can decide whether to refresh (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    agency: bool = False
    units: bool = False
    pegawai: bool = False
    kedudukan: bool = False
    teams: bool = False  # tim, anggota, tugas (issue #4)
    dokumen: bool = False  # naskah settings, signers, numbering register, issued documents
    penugasan: bool = False  # permohonan penugasan, their steps and attachments (issue #10)
    laporan: bool = False  # reports, their review, indicators, team closing (issue #11)

    @classmethod
    def everything(cls) -> Changes:
        return cls(agency=True, units=True, pegawai=True, kedudukan=True, teams=True,
                   dokumen=True, penugasan=True, laporan=True)
