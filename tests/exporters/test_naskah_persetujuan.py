"""Who an SK / Surat Tugas lists (issue #9 contract 7): a member whose request was refused is
never printed; one still waiting is printed on a draft only, marked; a draft may carry a note.

Seeds: an outside person is assigned only after approval, a refusal comes with its reason —
KH Lampiran I B.2.a.2) huruf d; BT Lampiran II huruf C angka 1) nomor (3) huruf d; PK Lampiran
IV angka 4.1 huruf b; BG Pasal 6 ayat (3) huruf d; PS Lampiran BAB II huruf B angka 2 huruf a
butir 2) huruf d."""

from __future__ import annotations

import datetime as dt

import pytest
from naskah_uji import FAJAR, RINA, SITI, YULIANA, pengaturan, struktur, teks, tim

from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import PeranTim, Persetujuan
from sistemkerja_desktop.exporters.pdf.sk_tim import write_sk_tim_pdf
from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf
from sistemkerja_desktop.services import naskah_builder as nb

K, A = PeranTim.KETUA, PeranTim.ANGGOTA
PROFIL = ["kapuas-hulu", "barito-timur", "pekalongan", "bungo", "pasuruan", "generic"]
TGL = dt.date(2026, 1, 5)


def _tim(s, siti=Persetujuan.DITOLAK, rina=None):
    # Siti (Sekretariat) and Rina's colleague from another unit: outsiders of Bidang Kesmas
    return tim(s, [(YULIANA, K, None), (FAJAR, A, None), (SITI, A, siti),
                   ("198804122014032906", A, rina or Persetujuan.DISETUJUI)])


def _sk(tmp_path, profil, t, *, draf=False, catatan=""):
    s = struktur(profil)
    d = nb.build_sk(t, s, pengaturan(s), jenis=JenisNaskah.SK_KEPALA_PD, nomor="1/2026",
                    tanggal=TGL, signer=None, profile=get_profile(profil), draf=draf,
                    catatan_draf=catatan)
    path = tmp_path / f"sk-{profil}.pdf"
    write_sk_tim_pdf(d, path, draf=draf)
    return d, teks(path)


def _st(tmp_path, profil, t, *, draf=False, catatan=""):
    s = struktur(profil)
    d = nb.build_st([t], s, get_profile(profil), pengaturan(s), nomor="2/2026", tanggal=TGL,
                    signer=None, draf=draf, catatan_draf=catatan)
    path = tmp_path / f"st-{profil}.pdf"
    write_surat_tugas_pdf(d, path, draf=draf)
    return d, teks(path)


@pytest.mark.parametrize("profil", PROFIL)
def test_final_sk_never_lists_a_refused_member(tmp_path, profil):
    """KH Lamp I B.2.a.2) d; BT Lamp II C.1)(3) d; PK Lamp IV 4.1 b; BG Ps.6(3) d; PS II.B.2.a
    a)2 d: the refused person is not assigned; the approved one is."""
    s = struktur(profil)
    d, text = _sk(tmp_path, profil, _tim(s))
    assert "Siti Nurhaliza" not in text
    assert "Dewi Anggraeni, S.KM." in text and "Yuliana Safitri, S.Gz." in text
    assert [o.nama for o in d.susunan][:1] == ["Yuliana Safitri, S.Gz."]  # ketua first


@pytest.mark.parametrize("profil", PROFIL)
def test_final_surat_tugas_never_lists_a_refused_member(tmp_path, profil):
    """Same seeds, for the Surat Tugas / Surat Penugasan (names in the body and the lampiran)."""
    s = struktur(profil)
    d, text = _st(tmp_path, profil, _tim(s))
    assert "Siti Nurhaliza" not in text and "Dewi Anggraeni, S.KM." in text
    assert all("Siti" not in o.nama for team in d.tim for o in team.semua)


@pytest.mark.parametrize("profil", ["kapuas-hulu", "barito-timur", "pekalongan"])
def test_draft_sk_marks_a_member_awaiting_approval(tmp_path, profil):
    """A draft may show a pending outsider, marked '(menunggu persetujuan)'; a final does not
    mark (its print is refused while anyone is pending)."""
    s = struktur(profil)
    t = _tim(s, siti=Persetujuan.MENUNGGU)
    _, draft = _sk(tmp_path, profil, t, draf=True)
    assert "Siti Nurhaliza, S.E. (menunggu persetujuan)" in draft
    assert draft.count("menunggu persetujuan") == 1  # the approved Dewi is not marked
    _, final = _sk(tmp_path, profil, t)
    assert "menunggu persetujuan" not in final


@pytest.mark.parametrize("profil", ["kapuas-hulu", "bungo", "pasuruan"])
def test_draft_surat_tugas_marks_a_member_awaiting_approval(tmp_path, profil):
    s = struktur(profil)
    _, draft = _st(tmp_path, profil, _tim(s, siti=Persetujuan.MENUNGGU), draf=True)
    assert "(menunggu persetujuan)" in draft and "Siti Nurhaliza" in draft


def test_note_printed_on_a_draft_only(tmp_path):
    """contract 7 `catatan_draf`: e.g. a Surat Tugas drafted where BT prescribes an SK Tim
    Kerja (Lampiran II huruf A angka 7)."""
    s = struktur("barito-timur")
    note = "Bukan instrumen yang ditetapkan Perbup Barito Timur 11/2024 Lampiran II huruf A angka 7"
    d, draft = _st(tmp_path, "barito-timur", _tim(s), draf=True, catatan=note)
    assert f"Catatan draf: {note}" in draft and "DRAF" in draft
    d, final = _st(tmp_path, "barito-timur", _tim(s), catatan=note)
    assert d.catatan_draf == "" and "Catatan draf" not in final
    _, sk_draft = _sk(tmp_path, "barito-timur", _tim(s), draf=True, catatan=note)
    assert f"Catatan draf: {note}" in sk_draft


def test_penanggung_jawab_still_heads_the_susunan(tmp_path):
    """The Penanggung Jawab line is unchanged: first row of the susunan, then the ketua."""
    s = struktur("generic")
    kabid = next(p.id for p in s.pegawai if p.nip == "197508222000032902")
    t = tim(s, [(FAJAR, A, None), (YULIANA, K, None), (RINA, A, None)],
            penanggung_jawab_id=kabid)
    d, text = _sk(tmp_path, "generic", t)
    assert [o.peran for o in d.susunan][:2] == ["Penanggung Jawab", "Ketua"]
    assert "Penanggung Jawab" in text
