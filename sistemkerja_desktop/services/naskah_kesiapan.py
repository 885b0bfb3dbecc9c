"""Readiness of a team's SK / Surat Tugas before the final print: what an official would reject
(issue #9) — the team's hard rules judged as for a final instrument (a member still waiting for
approval, a member without kedudukan), the profile's instrument, a Dasar/Mengingat entry without
its nomor and tahun, a kop without address, a period outside the tahun anggaran, the signer's
NIP, and for a Keputusan Sekretaris Daerah its number from the Setda register and its kop.

A final of another kind than the profile prescribes is refused (`kurang`, citing the Pasal); a
draft of it is allowed and carries `catatan_draf`. The generic profile is no Perbup: there the
instrument is only recommended (`peringatan`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.naskah import CekOrang, Kesiapan, Penandatangan, periksa_kesiapan
from sistemkerja_desktop.domain.naskah import tanggal_id as tgl
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import JenisDokumen, RegulationProfile
from sistemkerja_desktop.domain.profiles.citation import Citation
from sistemkerja_desktop.domain.tim import PeranTim, Persetujuan, Tim, anggota_naskah, lingkup_tim
from sistemkerja_desktop.domain.tim_rules import cek_tim, dokumen_tim, galat, jenis_tim
from sistemkerja_desktop.services.naskah_settings import PengaturanNaskah

NOMOR_SETDA = ("Nomor Keputusan Sekretaris Daerah belum diisi: nomornya diberikan dari register "
               "Sekretariat Daerah (Bagian Organisasi), tidak diambil dari register nomor "
               "Perangkat Daerah — masukkan nomor itu")


SEKDA_TANPA_TTD = ("Penandatangan Keputusan Sekretaris Daerah belum ada: simpan profil "
                   "penandatangan Sekretaris Daerah (jabatan memuat \u201cSEKRETARIS DAERAH\u201d) "
                   "di Pengaturan naskah dinas, atau pilih penandatangannya")


@dataclasses.dataclass(frozen=True, slots=True)
class Penilaian:
    """The readiness and, for a draft, the note it carries (not the profile's instrument)."""

    kesiapan: Kesiapan
    catatan_draf: str = ""


def instrumen(tim: Tim, profile: RegulationProfile) -> tuple[JenisNaskah, str]:
    """The instrument the profile prescribes for the team (its scope: refused members are not
    counted, `lingkup_tim`)."""
    return dokumen_tim(profile, jenis_tim(profile, tim.jenis), lingkup_tim(tim))


def dasar_sk_ketua(tim: Tim, profile: RegulationProfile) -> str | None:
    """Where the Keputusan appointing a Kelompok Kerja (squad) ketua applies, its citation
    (Pekalongan Pasal 13(2)); None elsewhere. A profile row for the Keputusan Kepala Unit
    Organisasi wins; else Pekalongan's Kelompok Kerja."""
    jenis = jenis_tim(profile, tim.jenis)
    for row in profile.dokumen:
        if row.dokumen is JenisDokumen.SK_KEPALA_UNIT:
            return str(row.dasar) if jenis is not None and jenis.kode == "kelompok-kerja" \
                else None
    if profile.kode == "pekalongan" and profile.seed and jenis is not None \
            and jenis.kode == "kelompok-kerja":
        return str(Citation(profile.seed, "Pasal 13 ayat (2)"))
    return None


def cek_sk_ketua(tim: Tim, profile: RegulationProfile) -> str:
    """The citation, or ValidationError with a clear message where Pasal 13(2) does not apply."""
    dasar = dasar_sk_ketua(tim, profile)
    if dasar is None:
        jenis = jenis_tim(profile, tim.jenis)
        raise ValidationError(
            f"Keputusan penunjukan Ketua Kelompok Kerja (squad) hanya dikenal Perbup Pekalongan "
            f"52/2024 Pasal 13 ayat (2), untuk Kelompok Kerja (squad). {tim.nama} adalah "
            f"{jenis.nama if jenis else tim.jenis} menurut {profile.singkat}: ketua ditetapkan "
            "dalam naskah penetapan tim itu sendiri. Tidak ada yang ditulis.",
            field="jenis", code="sk_ketua_tidak_berlaku")
    return dasar


def kesiapan(tims: Sequence[Tim], struktur: Struktur, profile: RegulationProfile,
             p: PengaturanNaskah, *, jenis: JenisNaskah, nomor: str, tanggal: dt.date | None,
             signer: Penandatangan | None) -> Penilaian:
    """Readiness for the final print of `jenis` for these teams (one, or several for one
    Surat Tugas). `nomor`: the number the final would carry ("" when none can be given)."""
    ketua_saja = jenis is JenisNaskah.SK_KEPALA_UNIT
    people, tugas = [], []
    for t in tims:
        listed = anggota_naskah(t)
        if ketua_saja:
            listed = tuple(a for a in listed if a.peran is PeranTim.KETUA)
        for a in listed:
            pg = struktur.pegawai_by_id.get(a.pegawai_id)
            if pg is not None:
                people.append(CekOrang(pg.nama_lengkap, pg.nip,
                                       a.persetujuan is Persetujuan.MENUNGGU))
        tugas.extend(t.tugas)
    pelanggaran = tuple(f"{t.nama}: {f.pesan} (dasar: {f.dasar})" for t in tims
                        for f in galat(cek_tim(t, struktur, profile, final=True)))
    lain: list[str] = []
    warn: list[str] = []
    catatan: list[str] = []
    for t in tims:
        if jenis_tim(profile, t.jenis) is None:
            lain.append(f"Jenis tim {t.jenis} tidak dikenal")
        lain.extend(_tahun_anggaran(t, pelanggaran))
        if ketua_saja:
            if not any(a.peran is PeranTim.KETUA for a in anggota_naskah(t)):
                lain.append(f"{t.nama}: Ketua Kelompok Kerja (squad) belum ditunjuk")
            continue
        doc, dasar = instrumen(t, profile)
        if doc is not jenis:
            teks = (f"{t.nama} ditetapkan dengan {doc.label} ({dasar}); {jenis.label} bukan "
                    "instrumen yang ditetapkan untuk tim ini (hanya dapat dicetak sebagai draf)")
            if profile.seed:
                lain.append(teks)
                catatan.append(f"Bukan instrumen yang ditetapkan {dasar} untuk tim ini: "
                               f"{t.nama} ditetapkan dengan {doc.label}.")
            else:
                warn.append(f"{t.nama}: profil umum menyarankan {doc.label} ({dasar}), bukan "
                            f"{jenis.label}")
    if jenis.sk:
        dasar_naskah = tims[0].mengingat or p.mengingat
        label = "Mengingat (dasar hukum)"
    else:
        dasar_naskah, label = tims[0].dasar or p.dasar_st, "Dasar surat tugas"
    kop, kop_label = struktur.pd.kop_lines(), "Kop naskah Perangkat Daerah"
    nomor_kosong = ""
    if jenis is JenisNaskah.SK_SEKDA:
        kop, kop_label = p.kop_setda, "Kop Sekretariat Daerah (Pengaturan naskah dinas)"
        nomor_kosong = NOMOR_SETDA
    result = periksa_kesiapan(nomor=nomor, penandatangan=signer, orang=tuple(people),
                              dasar=dasar_naskah, dasar_label=label, tugas=tuple(tugas),
                              tanggal=tanggal, pelanggaran=pelanggaran, kop=kop,
                              kop_label=kop_label, nomor_kosong=nomor_kosong, lain=tuple(lain))
    kurang = result.kurang
    if jenis is JenisNaskah.SK_SEKDA and signer is None:  # say where the Sekda's profile goes
        kurang = tuple(SEKDA_TANPA_TTD if x == "Penandatangan belum dipilih" else x
                       for x in kurang)
    return Penilaian(Kesiapan(kurang, (*result.peringatan, *warn)), " ".join(catatan))


def _tahun_anggaran(t: Tim, pelanggaran: tuple[str, ...]) -> list[str]:
    """A team with a tahun anggaran runs inside it (the budget that pays it is one year's)."""
    ta = t.tahun_anggaran
    if not ta or t.mulai is None or t.selesai is None:
        return []
    if t.mulai.year == ta and t.selesai.year == ta:
        return []
    if any(x.startswith(f"{t.nama}:") and "tahun anggaran" in x.lower() for x in pelanggaran):
        return []  # the profile's own rule already says it (Pekalongan Pasal 11(2))
    teks = (f"{t.nama}: periode tim ({tgl(t.mulai)} sampai dengan {tgl(t.selesai)}) berada di "
            f"luar Tahun Anggaran {ta}; sesuaikan periode atau tahun anggarannya")
    return [teks]
