"""Issue #9 in the CLI: the demo agency stays issuable (`sistemkerja demo` then `dokumen sk-tim
2`); a final of another instrument than the profile prescribes exits 2 citing the Pasal, its
draft is marked; `dokumen sk-ketua` (Pekalongan Pasal 13 ayat (2)) only for a squad."""

from __future__ import annotations

import dataclasses
import re

import pytest
from cli_uji import demo_db, run
from pypdf import PdfReader

from sistemkerja_desktop.services.container import build_services


def _text(path):
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.fixture
def db(tmp_path, capsys):
    return demo_db(tmp_path, capsys)


def test_demo_sk_and_surat_tugas_issue(capsys, db, tmp_path):
    code, out, err = run(capsys, "--db", db, "dokumen", "sk-tim", "2", "-o", tmp_path / "x.pdf")
    assert code == 0 and "diterbitkan" in out, err
    assert "Tim Kerja Surveilans" in _text(tmp_path / "x.pdf")
    code, out, err = run(capsys, "--db", db, "dokumen", "surat-tugas", "3", "-o",
                         tmp_path / "st.pdf")
    assert code == 0 and "diterbitkan" in out, err
    for tid in ("1", "4"):
        code, _, err = run(capsys, "--db", db, "dokumen", "sk-tim", tid, "-o",
                           tmp_path / f"sk{tid}.pdf")
        assert code == 0, err


def _profil(db, kode):
    svc = build_services(db)
    try:
        svc.agency.update_agency(dataclasses.replace(svc.agency.get_agency(), profil=kode))
    finally:
        svc.close()


def test_wrong_instrument_final_exits_2_with_the_pasal_and_its_draft_is_marked(capsys, db,
                                                                                tmp_path):
    """Kapuas Hulu Pasal 10(2): a lintas unit team is fixed by the Keputusan Kepala PD."""
    _profil(db, "kapuas-hulu")
    code, _, err = run(capsys, "--db", db, "dokumen", "surat-tugas", "1", "-o",
                       tmp_path / "st.pdf")
    assert code == 2 and "bukan instrumen" in err
    assert "Perbup Kapuas Hulu 36/2023, Pasal 10(2)" in err
    assert not (tmp_path / "st.pdf").exists()
    code, out, err = run(capsys, "--db", db, "dokumen", "surat-tugas", "1", "-o",
                         tmp_path / "draf.pdf", "--draf")
    assert code == 0 and "catatan draf: Bukan instrumen" in err
    assert "Bukan instrumen" in _text(tmp_path / "draf.pdf")


def test_sk_ketua_only_for_a_pekalongan_squad(capsys, db, tmp_path):
    code, _, err = run(capsys, "--db", db, "dokumen", "sk-ketua", "3", "-o", tmp_path / "k.pdf")
    assert code == 2 and "Pasal 13 ayat (2)" in err and not (tmp_path / "k.pdf").exists()
    _profil(db, "pekalongan")  # team 3 is a Kelompok Kerja
    code, out, err = run(capsys, "--db", db, "dokumen", "sk-ketua", "3", "-o",
                         tmp_path / "k.pdf", "--draf")
    assert code == 0 and "Draf Keputusan Kepala Unit Organisasi" in out, err
    assert "DRAF" in _text(tmp_path / "k.pdf")
