"""Every finding code emitted in domain/ has an Indonesian label (`finding_label`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sistemkerja_desktop.domain import findings
from sistemkerja_desktop.domain.findings import LABELS, finding_label
from sistemkerja_desktop.domain.profiles import PROFILES

DOMAIN = Path(findings.__file__).parent
# A code passed as the first argument to a finding helper, or as `kode=` of a Finding or rule.
_EMIT = re.compile(r"""(?:\b(?:tambah|data|aturan|_f|salah|Finding)\(\s*|\bkode\s*=\s*)"""
                   r'"([A-Z][A-Z0-9_]*)"')


def emitted_codes() -> set[str]:
    codes: set[str] = set()
    for path in DOMAIN.rglob("*.py"):
        codes.update(_EMIT.findall(path.read_text(encoding="utf-8")))
    for profile in PROFILES.values():
        codes.update(rule.kode for rule in profile.aturan_dasar)
        codes.update(row.kode for row in profile.aturan_kedudukan)
        if profile.aturan_pimpinan_jf is not None:
            codes.add(profile.aturan_pimpinan_jf.kode)
    return codes


def test_the_scan_finds_codes_of_periksa_tim_rules_and_profiles() -> None:
    codes = emitted_codes()
    assert {"PPK_GANDA", "NIP_GANDA", "KETUA_BELUM_ADA", "BEBAN_KERJA_TINGGI",
            "JF_DI_BAWAH_PENGAWAS", "JF_SETARA_PIMPINAN_JF",
            "BAGAN_PPK_PELAKSANA", "BAGAN_STRUKTURAL_DALAM_KELOMPOK"} <= codes


def test_every_emitted_code_has_an_explicit_label() -> None:
    missing = sorted(emitted_codes() - LABELS.keys())
    assert not missing, f"finding codes without a label in domain/findings.py: {missing}"


def test_labels_are_readable_indonesian_not_codes() -> None:
    for kode, label in LABELS.items():
        assert label and label != kode
        assert "_" not in label
        assert label[0].isupper()


@pytest.mark.parametrize(("kode", "label"), [
    ("PPK_GANDA", "PPK ganda"),
    ("NIP_GANDA", "NIP ganda"),
    ("UNIT_TANPA_INDUK", "Unit tanpa induk"),
    ("PPK_BARU_SEKALI", "PPK baru sekali"),
    ("JABATAN_JF_LAIN", "Jabatan JF lain"),
    ("", ""),
])
def test_finding_label(kode: str, label: str) -> None:
    assert finding_label(kode) == label
