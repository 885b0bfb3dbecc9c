"""Who and which step for the letters of a penugasan chain: the context a letter is built from
(`Konteks`), the step a letter belongs to (its number, date and file are recorded there), the
signer, the addressee, the tembusan and the people listed.

Which step:
- surat permohonan: the step marked `surat-permohonan` (a penunjukan: the requesting Pimpinan
  Unit Organisasi signs it; a pengajuan sukarela is the pegawai's own letter, signed by the
  pegawai, without kop or register number, addressed to the Pimpinan Unit Organisasi who owns
  the work — PK Pasal 16 ayat (3), KH Lampiran I B.2.b.2);
- surat jawaban: on a refused request the step that refused (its note gives the reasons);
  else the step marked `surat-jawaban`; when that one is the other side's (a Pejabat yang
  Berwenang forwarding it) our last deciding step before it (KH Lampiran I B.2.a.3 e: the PPK
  sends the surat jawaban and the daftar to the PyB); with none marked, our last deciding step
  (its answer goes with the surat penugasan, PK Lampiran IV 4.1 b);
- surat penugasan: the step marked `surat-penugasan`, else our last deciding step.
A letter of a step of the other instansi is theirs: it is not printed here.

The addressee of a surat permohonan: the profile's `alamat` when it is an address of its own
(Pekalongan "Bupati u.p. Sekretaris Daerah", Lampiran IV 4.1 c), else the holder of the next
step that decides or forwards it (a recommending step is skipped: KH B.2.a.2 a "kepada Pejabat
Penilai Kinerja dituju"). The tembusan: the step's roles, each named by the position holding it
in the chain (never the addressee himself)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.naskah import BentukTtd, Penandatangan
from sistemkerja_desktop.domain.naskah_dok import Orang
from sistemkerja_desktop.domain.naskah_surat import DaftarNama
from sistemkerja_desktop.domain.nip import format_nip
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.penugasan import JenisPenugasan, JenisSurat, LingkupPenugasan
from sistemkerja_desktop.domain.penugasan_peran import kepala_unit_organisasi
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.profiles.base import Peran
from sistemkerja_desktop.services.naskah_builder import orang
from sistemkerja_desktop.services.naskah_settings import PengaturanNaskah
from sistemkerja_desktop.services.penugasan_dto import LangkahRow, PermohonanDetail

MEREKA, SETUJUI, TERUSKAN = "mereka", "setujui", "teruskan"
HAL = {JenisSurat.PERMOHONAN: "Permohonan Pelibatan Pejabat Fungsional dan/atau Pelaksana",
       JenisSurat.JAWABAN: "Jawaban Permohonan Pelibatan Pejabat Fungsional dan/atau Pelaksana"}
HAL_SUKARELA = "Permohonan untuk Dilibatkan dalam Pelaksanaan Kinerja"
JUDUL = {JenisSurat.PERMOHONAN: "Surat Permohonan", JenisSurat.JAWABAN: "Surat Jawaban",
         JenisSurat.PENUGASAN: "Surat Penugasan"}


@dataclasses.dataclass(frozen=True, slots=True)
class Terbit:
    """A letter of the request already issued: which, on which step, its number and date."""

    jenis: JenisSurat
    urut: int
    nomor: str
    tanggal: dt.date


@dataclasses.dataclass(frozen=True)
class Konteks:
    """Everything a letter is built from."""

    detail: PermohonanDetail
    struktur: Struktur
    profile: RegulationProfile
    pengaturan: PengaturanNaskah
    tersimpan: tuple[Penandatangan, ...] = ()  # saved signer profiles (matched by NIP)
    tim_nama: str = ""  # the team the request staffs
    terbit: tuple[Terbit, ...] = ()  # the letters of the request issued so far

    @property
    def sukarela(self) -> bool:
        return self.detail.ringkas.jenis == JenisPenugasan.SUKARELA.value

    @property
    def lintas_instansi(self) -> bool:
        return self.detail.ringkas.lingkup == LingkupPenugasan.LINTAS_INSTANSI.value

    def pegawai(self, nip: str) -> Pegawai | None:
        digits = "".join(ch for ch in nip if ch.isdigit())
        return next((p for p in self.struktur.pegawai if p.nip == digits), None) if digits \
            else None


def _bertanda(d: PermohonanDetail, jenis: JenisSurat) -> list[LangkahRow]:
    return [x for x in d.langkah if x.surat == jenis.value]


def _pemutus_kita(d: PermohonanDetail, sebelum: int | None = None) -> LangkahRow | None:
    """The last deciding step of ours (before step `sebelum`)."""
    return next((x for x in reversed(d.langkah) if x.pihak != MEREKA and SETUJUI in x.aksi
                 and (sebelum is None or x.urut < sebelum)), None)


def _langkah_jawaban(d: PermohonanDetail) -> LangkahRow | None:
    """A refusal: the step that refused. Else the step marked surat-jawaban; when that is the
    other side's (a Pejabat yang Berwenang forwarding it), our last deciding step before it
    answers with the list (KH Lampiran I B.2.a.3 e: the PPK sends the surat jawaban and the
    daftar to the PyB); no marked step: our last deciding step (the answer that goes with the
    surat penugasan, PK Lampiran IV 4.1 b). On a request we sent, the answer is theirs."""
    if d.ringkas.status == "ditolak":
        return next((x for x in d.langkah if x.keputusan == "tolak"), None)
    marked = _bertanda(d, JenisSurat.JAWABAN)
    ours = next((x for x in marked if x.pihak != MEREKA), None)
    if ours is not None or not marked:
        return ours or _pemutus_kita(d)
    if d.ringkas.arah != "masuk":  # we asked: the answer is the other instansi's letter
        return marked[0]
    return _pemutus_kita(d, marked[0].urut) or marked[0]


def langkah_surat(d: PermohonanDetail, jenis: JenisSurat, urut: int | None = None) -> LangkahRow:
    """The step the letter belongs to (see the module doc); `urut` picks one explicitly.
    ValidationError when the chain has no such letter or the letter is the other instansi's."""
    if jenis is JenisSurat.PERMOHONAN and d.lisan:
        raise ValidationError(f"Pengajuan ini disampaikan secara lisan dan hanya dicatat "
                              f"({d.dasar}): tidak ada surat permohonan. Tidak ada berkas yang "
                              "ditulis.", field="jenis", code="permohonan_lisan")
    if urut is not None:
        step = next((x for x in d.langkah if x.urut == urut), None)
        if step is None:
            raise ValidationError(f"Permohonan #{d.ringkas.id} tidak memiliki langkah {urut}",
                                  field="langkah", code="langkah_tidak_ada")
    elif jenis is JenisSurat.JAWABAN:
        step = _langkah_jawaban(d)
    else:
        marked = _bertanda(d, jenis)
        step = (marked[0] if marked else None) if jenis is JenisSurat.PERMOHONAN else \
            next((x for x in marked if x.pihak != MEREKA), None) or \
            (marked[0] if marked else _pemutus_kita(d))
    if step is None:
        raise ValidationError(f"Alur permohonan #{d.ringkas.id} ({d.dasar}) tidak menghasilkan "
                              f"{JUDUL[jenis].lower()}. Tidak ada berkas yang ditulis.",
                              field="jenis", code="surat_tidak_ada")
    sendiri = jenis is JenisSurat.PERMOHONAN and d.ringkas.jenis == JenisPenugasan.SUKARELA.value
    if step.pihak == MEREKA and not sendiri:
        raise ValidationError(
            f"{JUDUL[jenis]} langkah {step.urut} diterbitkan oleh {step.jabatan}: surat instansi "
            "lain tidak dicetak dengan kop kita; catat nomor dan tanggalnya saat mencatat "
            "keputusannya. Tidak ada berkas yang ditulis.", field="jenis",
            code="surat_instansi_lain")
    return step


def peran_step(d: PermohonanDetail, peran: str, sebelum: int | None = None) -> LangkahRow | None:
    steps = [x for x in d.langkah if x.peran == peran]
    if sebelum is not None:  # the holder nearest the given step
        steps.sort(key=lambda x: abs(x.urut - sebelum))
    return steps[0] if steps else None


def nama_jabatan(k: Konteks, step: LangkahRow) -> str:
    """The step's position as an addressee or tembusan line ('Kepala Bidang Program Dinas
    Uji'); the other instansi's steps already name it."""
    jab = step.jabatan.strip() or step.peran
    if step.pihak == MEREKA:
        return jab
    pd = k.struktur.pd.nama.strip()
    return jab if not pd or pd.lower() in jab.lower() else f"{jab} {pd}"


def tembusan_langkah(k: Konteks, step: LangkahRow, kepada: tuple[str, ...] = ()
                     ) -> tuple[str, ...]:
    """The step's tembusan roles named by their holders; the addressee is not copied."""
    out: list[str] = []
    for peran in step.tembusan:
        holder = peran_step(k.detail, peran, step.urut)
        text = nama_jabatan(k, holder) if holder is not None else _peran_luar(k, peran)
        if text not in out and text not in kepada:
            out.append(text)
    return tuple(out)


def _peran_luar(k: Konteks, peran: str) -> str:
    """A role no step of the chain holds: the pegawai's own PUO or PPK looked up in the
    structure (the first pegawai of ours), else named by its role."""
    pg = next((p for p in map(k.pegawai, k.detail.ringkas.pegawai)
               if p is not None and not p.eksternal), None)
    pos = None
    if pg is not None and peran == Peran.PUO_PEGAWAI.value:
        pos = kepala_unit_organisasi(k.struktur, pg.unit_id)
    elif pg is not None and peran == Peran.PPK_PEGAWAI.value:
        found = k.struktur.ppk_of(pg.id, k.detail.ringkas.tanggal)
        pos = found[0] if found else None
    if pos is not None:
        pd = k.struktur.pd.nama.strip()
        return pos.nama if pd.lower() in pos.nama.lower() else f"{pos.nama} {pd}"
    return _peran_label(peran)


def _peran_label(peran: str) -> str:
    """A role nobody in the chain holds, as a tembusan line."""
    return {Peran.PPK_PEGAWAI.value: "Pejabat Penilai Kinerja pegawai yang bersangkutan",
            Peran.PUO_PEGAWAI.value: "Pimpinan Unit Organisasi pegawai yang bersangkutan",
            }.get(peran, peran)


def penandatangan(k: Konteks, nip: str, jabatan: str) -> Penandatangan | None:
    """The signer holding `nip`: a saved signer profile with that NIP (its jabatan lines and
    a.n./Plt. form), else built from the pegawai (name with gelar, pangkat)."""
    digits = "".join(ch for ch in nip if ch.isdigit())
    if not digits:
        return None
    saved = next((s for s in k.tersimpan if s.nip == digits), None)
    if saved is not None:
        return saved
    p = k.pegawai(digits)
    if p is None:
        return None
    lines = [jabatan.strip().upper() or (p.jabatan.nama.upper() if p.jabatan else "")]
    top = k.struktur.pd
    if lines[0] and top.nama.upper() in lines[0] and top.pemda.upper() not in lines[0]:
        lines.append(top.pemda.upper())  # 'KEPALA DINAS UJI / KABUPATEN UJI'
    return Penandatangan(jabatan="\n".join(x for x in lines if x), nama=p.nama_lengkap,
                         nip=p.nip, pangkat=p.golongan.tampil if p.golongan else "",
                         nama_tanpa_gelar=p.nama)


def penandatangan_surat(k: Konteks, jenis: JenisSurat, step: LangkahRow) -> Penandatangan | None:
    if jenis is JenisSurat.PERMOHONAN and k.sukarela:  # the pegawai's own letter
        signer = penandatangan(k, k.detail.ringkas.oleh_nip, "Hormat saya")
        return dataclasses.replace(signer, jabatan="Hormat saya,", bentuk=BentukTtd.DEFINITIF) \
            if signer is not None else None
    return penandatangan(k, step.nip, step.jabatan)


def daftar_nama(k: Konteks) -> DaftarNama:
    """The table of names; the Unit Kerja column left out when it only repeats the target."""
    people, units = daftar_orang(k)
    return DaftarNama(people, kolom_unit=any(u != k.detail.ringkas.tujuan for u in units),
                      unit=units)


def daftar_orang(k: Konteks) -> tuple[tuple[Orang, ...], tuple[str, ...]]:
    """The request's pegawai as printed (identity from the data file when known) and units."""
    people, units = [], []
    for pr in k.detail.pegawai:
        p = k.pegawai(pr.nip)
        if p is not None and not p.eksternal:
            people.append(orang(p, k.struktur))
        else:  # of the other instansi: its name is the unit kerja
            people.append(Orang(pr.nama, format_nip(pr.nip), pr.pangkat, pr.jabatan))
        units.append(pr.unit)
    return tuple(people), tuple(units)


def _bupati(k: Konteks, alamat: str) -> tuple[str, ...]:
    """'Bupati u.p. Sekretaris Daerah' → ('Bupati Pekalongan', 'u.p. Sekretaris Daerah')."""
    head, _, up = alamat.partition(" u.p. ")
    daerah = k.struktur.pd.pemda.replace("Kabupaten ", "").strip()
    if head.strip() == "Bupati" and daerah:
        head = f"Bupati {daerah}"
    return (head.strip(), *([f"u.p. {up.strip()}"] if up.strip() else []))


def kepada_permohonan(k: Konteks, step: LangkahRow) -> tuple[str, ...]:
    d = k.detail
    if d.alamat and (" u.p. " in d.alamat or d.alamat.startswith("Bupati")):
        return _bupati(k, d.alamat)
    if k.sukarela:  # to the Pimpinan Unit Organisasi who owns the work (PK Pasal 16 ayat (3))
        owner = peran_step(d, Peran.PUO_PEMILIK_KINERJA.value)
        return (nama_jabatan(k, owner or step),)
    later = [x for x in d.langkah if x.urut > step.urut
             and (SETUJUI in x.aksi or TERUSKAN in x.aksi)]
    if later:
        return (nama_jabatan(k, later[0]),)
    return (d.alamat or d.ringkas.tujuan or "Pejabat yang Berwenang",)


def surat_terbit(k: Konteks, jenis: JenisSurat) -> list[Terbit]:
    """The issued letters of a kind: from the register, else as recorded on the steps."""
    found = [t for t in k.terbit if t.jenis is jenis]
    sendiri = pemohon_tanpa_nomor(k, jenis)  # the pegawai's own letter: a date, no number
    found += [Terbit(jenis, x.urut, x.surat_nomor, x.surat_tanggal) for x in k.detail.langkah
              if x.surat == jenis.value and (x.surat_nomor or sendiri) and x.surat_tanggal
              and all(t.nomor != x.surat_nomor or t.urut != x.urut for t in found)]
    return sorted(found, key=lambda t: t.urut)


def dari_surat(k: Konteks, t: Terbit) -> str:
    step = next((x for x in k.detail.langkah if x.urut == t.urut), None)
    if t.jenis is JenisSurat.PERMOHONAN and k.sukarela:
        return f"Saudara {k.detail.ringkas.oleh_nama}"
    return nama_jabatan(k, step) if step is not None else k.struktur.pd.nama


def kepada_jawaban(k: Konteks, step: LangkahRow) -> tuple[str, ...]:
    """The Pejabat yang Berwenang who forwards the answer (a later step marked surat-jawaban),
    else whoever signed the request."""
    d = k.detail
    forward = next((x for x in _bertanda(d, JenisSurat.JAWABAN) if x.urut > step.urut), None)
    if forward is not None:
        return (nama_jabatan(k, forward),)
    if k.sukarela:
        p = k.pegawai(d.ringkas.oleh_nip)
        return (f"Saudara {d.ringkas.oleh_nama}",
                *([p.jabatan.nama] if p is not None and p.jabatan else []))
    mohon = next((x for x in d.langkah if x.surat == JenisSurat.PERMOHONAN.value), None)
    if mohon is not None:
        return (nama_jabatan(k, mohon),)
    if k.lintas_instansi:
        return (f"Pejabat yang Berwenang {d.ringkas.tujuan}".strip(),)
    return (d.ringkas.unit_pemohon or d.ringkas.tujuan or "Pejabat yang Berwenang",)


def alasan(step: LangkahRow) -> tuple[str, ...]:
    """The reasons of a refusal: the step's note, one reason a line."""
    return tuple(x.strip().rstrip(";.") for x in step.catatan.splitlines() if x.strip())


def pemohon_tanpa_nomor(k: Konteks, jenis: JenisSurat) -> bool:
    """A pengajuan sukarela is the pegawai's own letter: no number from the PD's register."""
    return jenis is JenisSurat.PERMOHONAN and k.sukarela
