"""The letters of a penugasan chain as naskah DTOs — their wording: a request's detail, the
structure, the profile and the settings (`penugasan_pihak.Konteks`) → `SuratDinasNaskah` (surat
permohonan, surat jawaban) or `SuratTugasNaskah` (the individual surat penugasan, laid out as
a Surat Tugas). Who signs, who is addressed and copied, and which step a letter belongs to:
`services.penugasan_pihak`.

- surat permohonan: the four contents (KH Lampiran I B.2.a; BT Lampiran II C.1)(5); PK Pasal
  15 ayat (6), "jangka waktu pelaksanaan tugas"; BG Pasal 6; PS Lampiran II B.2.a), the pegawai
  asked for, Pasuruan's beban kerja; a pengajuan sukarela is the pegawai's own letter (no kop);
- surat jawaban: setuju with the list of names (KH B.2.a.3 e "beserta daftar"; PK Lampiran IV
  4.1 b), or tolak with the reasons, one a line of the refusing step's note;
- surat penugasan: Dasar (the settings' Dasar of a Surat Tugas and the chain's letters), the
  pegawai, Untuk (maksud, target, durasi, the report to the Pimpinan Unit Organisasi pemilik
  kinerja); tembusan: the step's roles and the pemohon. Kapuas Hulu: the names in the Lampiran
  (Lampiran II.3), as its Surat Tugas."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sistemkerja_desktop.domain.naskah import Penandatangan, tanggal_id
from sistemkerja_desktop.domain.naskah_dok import Butir, Kop, Pengesahan, SuratTugasNaskah, TimTugas
from sistemkerja_desktop.domain.naskah_surat import (
    Blok,
    Butiran,
    Paragraf,
    Rincian,
    SuratDinasNaskah,
)
from sistemkerja_desktop.domain.penugasan import JenisSurat
from sistemkerja_desktop.domain.profiles.base import Peran
from sistemkerja_desktop.services.naskah_builder import kata_perintah, kop, orang
from sistemkerja_desktop.services.penugasan_dto import LangkahRow
from sistemkerja_desktop.services.penugasan_pihak import (
    HAL,
    HAL_SUKARELA,
    JUDUL,
    Konteks,
    Terbit,
    alasan,
    daftar_nama,
    daftar_orang,
    dari_surat,
    kepada_jawaban,
    kepada_permohonan,
    nama_jabatan,
    pemohon_tanpa_nomor,
    peran_step,
    surat_terbit,
    tembusan_langkah,
)

__all__ = ["build_surat", "build_permohonan", "build_jawaban", "build_penugasan", "Konteks",
           "pemohon_tanpa_nomor", "tgl", "kalimat", "JUDUL"]


# ---- the letters --------------------------------------------------------------------------------

def tgl(d: dt.date) -> str:
    """'9 Maret 2026' that never breaks over two lines (no-break spaces)."""
    return tanggal_id(d).replace(" ", "\u00a0")


def kalimat(text: str) -> str:
    """A phrase inside a sentence: 'Penyusunan profil …' → 'penyusunan profil …' (an acronym
    or a name, 'RSUD …', 'Dinas …' with a capital second word, is kept)."""
    t = text.strip().rstrip(".")
    words = t.split()
    if len(words) > 1 and words[0][1:].islower() and not words[1][:1].isupper():
        return t[0].lower() + t[1:]
    return t

def _durasi(k: Konteks) -> str:
    isi = k.detail.isi
    return f"{tgl(isi.mulai)} sampai dengan {tgl(isi.selesai)}"


def _empat(k: Konteks) -> Rincian:
    isi = k.detail.isi
    durasi = ("Jangka waktu pelaksanaan tugas" if k.profile.kode == "pekalongan"
              else "Durasi pelibatan")  # PK Pasal 15 ayat (6) huruf d
    return Rincian((("Maksud dan tujuan", isi.maksud.strip()),
                    ("Kompetensi, keahlian, dan/atau keterampilan yang dibutuhkan",
                     isi.kompetensi.strip()),
                    ("Ekspektasi/target kinerja", isi.target.strip()), (durasi, _durasi(k))))


def _pengesahan(k: Konteks, tanggal: dt.date | None, signer: Penandatangan | None,
                gaya: str = "tempat") -> Pengesahan:
    return Pengesahan(k.struktur.pd.tempat_penetapan, tanggal, signer, nama_bergelar=True,
                      gaya_tanggal=gaya)


def _paraf(k: Konteks) -> tuple[str, ...]:
    return tuple(x for x in k.pengaturan.paraf if x.strip())


def build_permohonan(k: Konteks, step: LangkahRow, *, nomor: str, tanggal: dt.date | None,
                     signer: Penandatangan | None, catatan_draf: str = "") -> SuratDinasNaskah:
    d = k.detail
    kepada = kepada_permohonan(k, step)
    tim = f" pada {k.tim_nama.strip()}" if k.tim_nama.strip() else ""
    isi: list[Blok]
    if k.sukarela:
        isi = [Paragraf("Yang bertanda tangan di bawah ini:"), _identitas(k),
               Paragraf("dengan ini mengajukan permohonan "
                        f"untuk dapat dilibatkan dalam pelaksanaan kinerja{tim} pada "
                        f"{d.ringkas.tujuan or 'unit organisasi Bapak/Ibu'}, dengan rincian "
                        "sebagai berikut:", menjorok=False), _empat(k),
               Paragraf("Demikian permohonan ini saya sampaikan. Atas perhatian dan "
                        "persetujuan Bapak/Ibu, saya ucapkan terima kasih.")]
        return SuratDinasNaskah(
            kop=Kop(()), tata_letak=k.pengaturan.tata_letak, judul_dokumen=JUDUL[
                JenisSurat.PERMOHONAN], nomor=None, sifat="", hal=HAL_SUKARELA,
            kepada=kepada, isi=tuple(isi), pengesahan=_pengesahan(k, tanggal, signer),
            tembusan=tembusan_langkah(k, step, kepada), catatan_draf=catatan_draf)
    pemohon = d.ringkas.unit_pemohon or k.struktur.pd.nama
    isi = [Paragraf(f"Dalam rangka pencapaian kinerja {pemohon}{tim}, dengan hormat kami "
                    "mengajukan permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana "
                    f"{'dari ' + d.ringkas.tujuan + ' ' if d.ringkas.tujuan else ''}dengan "
                    "rincian sebagai berikut:"), _empat(k)]
    if d.pegawai:
        isi += [Paragraf("Adapun Pejabat Fungsional dan/atau Pelaksana yang kami mohon untuk "
                         "dilibatkan sebagai berikut:"), daftar_nama(k)]
    if d.beban_kerja:  # Pasuruan: the approvers weigh the workload
        isi += [Paragraf("Sebagai bahan pertimbangan beban kerja, keterlibatan pegawai tersebut "
                         "dalam tim kerja pada saat ini:"), Butiran(d.beban_kerja)]
    isi.append(Paragraf("Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama "
                        "Bapak/Ibu, kami ucapkan terima kasih."))
    return SuratDinasNaskah(
        kop=kop(k.struktur, k.pengaturan), tata_letak=k.pengaturan.tata_letak,
        judul_dokumen=JUDUL[JenisSurat.PERMOHONAN], nomor=nomor, hal=HAL[JenisSurat.PERMOHONAN],
        kepada=kepada, isi=tuple(isi), pengesahan=_pengesahan(k, tanggal, signer),
        tembusan=tembusan_langkah(k, step, kepada), paraf=_paraf(k), catatan_draf=catatan_draf)


def _identitas(k: Konteks) -> Rincian:
    """The pegawai writing his own request: Nama, NIP, Pangkat/Gol., Jabatan, Unit kerja."""
    r = k.detail.ringkas
    p = k.pegawai(r.oleh_nip)
    o = orang(p, k.struktur) if p is not None else None
    return Rincian((("Nama", r.oleh_nama), ("NIP", o.nip if o else r.oleh_nip),
                    ("Pangkat/Gol.", (o.pangkat if o else "") or "-"),
                    ("Jabatan", (o.jabatan if o else "") or "-"),
                    ("Unit kerja", r.unit_pemohon or k.struktur.pd.nama)), huruf=False)


def _rujukan(k: Konteks) -> str:
    """'surat Kepala Bidang Pelayanan Dinas Uji Nomor … tanggal … hal …' (the request's)."""
    d = k.detail
    hal = HAL_SUKARELA if k.sukarela else HAL[JenisSurat.PERMOHONAN]
    issued = surat_terbit(k, JenisSurat.PERMOHONAN)
    if issued:
        t = issued[0]
        nomor = f" Nomor {t.nomor}" if t.nomor else ""
        return f"surat {dari_surat(k, t)}{nomor} tanggal {tgl(t.tanggal)} hal {hal}"
    mohon = next((x for x in d.langkah if x.surat == JenisSurat.PERMOHONAN.value), None)
    if k.sukarela:
        dari = f"Saudara {d.ringkas.oleh_nama}"
    else:
        dari = nama_jabatan(k, mohon) if mohon is not None else (d.ringkas.unit_pemohon or
                                                                  "Saudara")
    return f"surat {dari} tanggal {tgl(d.ringkas.tanggal)} hal {hal}"


def build_jawaban(k: Konteks, step: LangkahRow, *, nomor: str, tanggal: dt.date | None,
                  signer: Penandatangan | None, catatan_draf: str = "") -> SuratDinasNaskah:
    kepada = kepada_jawaban(k, step)
    tolak = step.keputusan == "tolak"
    nama = k.detail.ringkas.pegawai_nama
    isi: list[Blok]
    if tolak:
        isi = [Paragraf(f"Menindaklanjuti {_rujukan(k)}, dengan ini kami sampaikan bahwa "
                        f"permohonan pelibatan{' ' + nama if nama else ''} tidak dapat kami "
                        "setujui dengan alasan sebagai berikut:"), Butiran(alasan(step)),
               Paragraf("Demikian kami sampaikan. Atas perhatian dan pengertian Bapak/Ibu, kami "
                        "ucapkan terima kasih.")]
    else:
        isi = [Paragraf(f"Menindaklanjuti {_rujukan(k)}, dengan ini kami sampaikan bahwa kami "
                        "menyetujui pelibatan Pejabat Fungsional dan/atau Pelaksana untuk "
                        f"{kalimat(k.detail.isi.maksud)} selama {_durasi(k)}, dengan daftar "
                        "nama sebagai berikut:"), daftar_nama(k)]
        if step.catatan.strip():
            isi.append(Paragraf(f"Dengan catatan: {kalimat(step.catatan)}."))
        isi.append(Paragraf("Pegawai tersebut akan diberikan surat penugasan untuk melaksanakan "
                            "tugas sesuai dengan kriteria dalam surat permohonan. Demikian kami "
                            "sampaikan untuk dipergunakan sebagaimana mestinya."))
    return SuratDinasNaskah(
        kop=kop(k.struktur, k.pengaturan), tata_letak=k.pengaturan.tata_letak,
        judul_dokumen=JUDUL[JenisSurat.JAWABAN], nomor=nomor, hal=HAL[JenisSurat.JAWABAN],
        kepada=kepada, isi=tuple(isi), pengesahan=_pengesahan(k, tanggal, signer),
        tembusan=tembusan_langkah(k, step, kepada), paraf=_paraf(k), catatan_draf=catatan_draf)


def dasar_penugasan(k: Konteks) -> tuple[str, ...]:
    """The regulations (settings' Dasar of a Surat Tugas) and the letters of the chain."""
    out = [x for x in k.pengaturan.dasar_st if x.strip()]
    letters = sorted(surat_terbit(k, JenisSurat.PERMOHONAN) + surat_terbit(k, JenisSurat.JAWABAN),
                     key=lambda t: t.urut)
    for t in letters:
        hal = HAL_SUKARELA if k.sukarela and t.jenis is JenisSurat.PERMOHONAN else HAL[t.jenis]
        nomor = f" Nomor {t.nomor}" if t.nomor else ""
        dari = (f"permohonan {k.detail.ringkas.oleh_nama}" if k.sukarela
                and t.jenis is JenisSurat.PERMOHONAN else dari_surat(k, t))
        out.append(f"Surat {dari}{nomor} tanggal {tgl(t.tanggal)} hal {hal}")
    return tuple(out)


def build_penugasan(k: Konteks, step: LangkahRow, *, nomor: str, tanggal: dt.date | None,
                    signer: Penandatangan | None, catatan_draf: str = "") -> SuratTugasNaskah:
    d = k.detail
    people, _ = daftar_orang(k)
    tim = f" dalam {k.tim_nama.strip()}" if k.tim_nama.strip() else ""
    pj_step = peran_step(d, Peran.PUO_PEMILIK_KINERJA.value) or step
    pj = nama_jabatan(k, pj_step)
    untuk = (Butir(f"Melaksanakan tugas{tim} dengan maksud dan tujuan "
                   f"{kalimat(d.isi.maksud)}, terhitung mulai tanggal "
                   f"{tgl(d.isi.mulai)} sampai dengan tanggal {tgl(d.isi.selesai)};"),
             Butir(f"Mencapai ekspektasi/target kinerja: {d.isi.target.strip().rstrip('.')};"),
             Butir("Melaksanakan penugasan ini dengan penuh tanggung jawab;"),
             Butir(f"Melaporkan hasil pelaksanaan tugas kepada {pj}."))
    # Kapuas Hulu Lampiran II.3: the names always in the Lampiran (as naskah_builder.build_st)
    lampiran = k.profile.kode == "kapuas-hulu" or len(people) > k.pengaturan.batas_nama_badan
    mohon = surat_terbit(k, JenisSurat.PERMOHONAN) or [
        Terbit(JenisSurat.PERMOHONAN, x.urut, "", d.ringkas.tanggal) for x in d.langkah
        if x.surat == JenisSurat.PERMOHONAN.value]
    pemohon = tuple(dari_surat(k, t) for t in mohon[:1] if not k.sukarela)
    tembusan = tuple(dict.fromkeys((*tembusan_langkah(k, step), *pemohon)))
    if k.tim_nama.strip():  # the team's members
        teams = (TimTugas(k.tim_nama.strip(), None, (), people),)
    else:  # individual: "a. Pegawai : name (jabatan)" without a team's "Anggota"
        teams = (TimTugas("Pejabat Fungsional dan/atau Pelaksana yang ditugaskan", None,
                          tuple(dataclasses.replace(o, peran="Pegawai") for o in people)),)
    return SuratTugasNaskah(
        kop=kop(k.struktur, k.pengaturan), tata_letak=k.pengaturan.tata_letak, nomor=nomor,
        dasar=dasar_penugasan(k), kata_perintah=kata_perintah(k.profile, k.pengaturan),
        untuk=untuk, tim=teams if lampiran else (), lampiran=lampiran, penanggung_jawab=pj,
        pengesahan=_pengesahan(k, tanggal, signer, k.pengaturan.gaya_tanggal_st),
        tembusan=_bertanda_akhir([x for x in tembusan if x != nama_jabatan(k, step)]),
        judul_dokumen=JUDUL[JenisSurat.PENUGASAN],
        kepada=() if lampiran else people, paraf=_paraf(k), catatan_draf=catatan_draf)


def _bertanda_akhir(items: list[str]) -> tuple[str, ...]:
    """';' after each line, '.' after the last (the Surat Tugas prints them as given)."""
    return tuple(x.rstrip(";.") + (";" if i < len(items) - 1 else ".")
                 for i, x in enumerate(items))


def build_surat(k: Konteks, jenis: JenisSurat, step: LangkahRow, *, nomor: str,
                tanggal: dt.date | None, signer: Penandatangan | None,
                catatan_draf: str = "") -> SuratDinasNaskah | SuratTugasNaskah:
    builder = {JenisSurat.PERMOHONAN: build_permohonan, JenisSurat.JAWABAN: build_jawaban,
               JenisSurat.PENUGASAN: build_penugasan}[jenis]
    return builder(k, step, nomor=nomor, tanggal=tanggal, signer=signer,
                   catatan_draf=catatan_draf)

