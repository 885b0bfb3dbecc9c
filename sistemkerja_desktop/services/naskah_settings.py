"""Naskah settings (paper, margins, default lists), signer profiles, numbering patterns and the
numbering register."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import get_pd_row, pd_from_row
from sistemkerja_desktop.db.models_tim import (
    DokumenTimRow,
    NomorRegisterRow,
    PenandatanganRow,
    PengaturanNaskahRow,
    PolaNomorRow,
)
from sistemkerja_desktop.db.tim_mapping import join_lines, lines
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.naskah import BentukTtd, Kertas, Penandatangan, TataLetak
from sistemkerja_desktop.domain.naskah_dok import GarisKop
from sistemkerja_desktop.domain.nip import normalize_nip, parse_nip
from sistemkerja_desktop.domain.organisasi import Pegawai as PegawaiLike
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.domain.penomoran import JenisNaskah, PolaNomor, nomor_berikut, pola_bawaan
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.naskah_bawaan import (  # noqa: F401 (re-exported)
    PERMENPANRB_6_2022,
    PERMENPANRB_7_2022,
    TEMBUSAN_SK,
    TEMBUSAN_ST,
    dasar_st_bawaan,
    mengingat_bawaan,
)


@dataclass(frozen=True)
class PengaturanNaskah:
    tata_letak: TataLetak = TataLetak()
    garis_kop: GarisKop = GarisKop.GANDA
    ambang_beban: int = 3  # overlapping active teams per pegawai before a warning
    batas_nama_badan: int = 5  # Surat Tugas: names in the body up to this many people
    kata_perintah_st: str = ""  # "" = by profile (Kapuas Hulu MEMERINTAHKAN, else MEMBERI TUGAS)
    gaya_tanggal_st: str = "tempat"  # "tempat": "Contoh, 16 Juli 2024"; "ditetapkan"
    sk_tampilkan_pangkat: bool = True
    sk_tampilkan_nip: bool = True
    mengingat: tuple[str, ...] = ()  # SK defaults (user-editable master data)
    dasar_st: tuple[str, ...] = ()  # Surat Tugas defaults
    tembusan_sk: tuple[str, ...] = ()
    tembusan_st: tuple[str, ...] = ()
    penandatangan_sk_id: int | None = None
    penandatangan_st_id: int | None = None
    kop_setda: tuple[str, ...] = ()  # Keputusan Sekretaris Daerah: the Setda's kop lines
    paraf: tuple[str, ...] = ()  # PARAF table rows (Barito Timur); empty = no table


class StatusNomor(StrEnum):
    """A number in the register (migration 0004). A final SK/Surat Tugas first reserves its
    number (BELUM_SELESAI, committed), then writes the PDF, then marks it TERBIT; an interrupted
    issuance is resumed or voided (BATAL, with the reason). A number is never given twice."""

    BELUM_SELESAI = "belum_selesai"
    TERBIT = "terbit"
    BATAL = "batal"

    @property
    def label(self) -> str:
        return {StatusNomor.BELUM_SELESAI: "belum selesai", StatusNomor.TERBIT: "terbit",
                StatusNomor.BATAL: "batal"}[self]


@dataclass(frozen=True, slots=True)
class RegisterRow:
    id: int
    jenis: JenisNaskah
    tahun: int
    urut: int
    nomor: str
    tanggal: dt.date
    perihal: str
    tim_id: int | None
    dipakai_dokumen: bool  # a team's SK/Surat Tugas carries (or reserved) this number
    status: StatusNomor = StatusNomor.TERBIT
    alasan_batal: str = ""
    berkas: str = ""  # the PDF of that SK/Surat Tugas (written or intended), "" if none


def pengaturan_row(s: Session) -> PengaturanNaskahRow | None:
    return s.scalars(select(PengaturanNaskahRow).order_by(PengaturanNaskahRow.id)).first()


def read_pengaturan(s: Session) -> PengaturanNaskah:
    pd = pd_from_row(get_pd_row(s))
    r = pengaturan_row(s)
    if r is None:
        return PengaturanNaskah(mengingat=mengingat_bawaan(pd), dasar_st=dasar_st_bawaan(pd),
                                tembusan_sk=TEMBUSAN_SK, tembusan_st=TEMBUSAN_ST)
    return PengaturanNaskah(
        tata_letak=TataLetak(Kertas(r.kertas), r.margin_atas, r.margin_bawah, r.margin_kiri,
                             r.margin_kanan, r.ukuran_huruf),
        garis_kop=GarisKop(r.garis_kop), ambang_beban=r.ambang_beban,
        batas_nama_badan=r.batas_nama_badan, kata_perintah_st=r.kata_perintah_st,
        gaya_tanggal_st=r.gaya_tanggal_st, sk_tampilkan_pangkat=r.sk_tampilkan_pangkat,
        sk_tampilkan_nip=r.sk_tampilkan_nip,
        mengingat=lines(r.mengingat) or mengingat_bawaan(pd),
        dasar_st=lines(r.dasar_st) or dasar_st_bawaan(pd), tembusan_sk=lines(r.tembusan_sk),
        tembusan_st=lines(r.tembusan_st), penandatangan_sk_id=r.penandatangan_sk_id,
        penandatangan_st_id=r.penandatangan_st_id, kop_setda=lines(r.kop_setda),
        paraf=lines(r.paraf))


def signer_from_row(r: PenandatanganRow) -> Penandatangan:
    return Penandatangan(id=r.id, uuid=r.uuid, label=r.label, jabatan=r.jabatan, nama=r.nama,
                         nama_tanpa_gelar=r.nama_tanpa_gelar, nip=r.nip, pangkat=r.pangkat,
                         bentuk=BentukTtd(r.bentuk), jabatan_atas_nama=r.jabatan_atas_nama)


def read_pola(s: Session, jenis: JenisNaskah) -> PolaNomor:
    r = s.scalars(select(PolaNomorRow).where(PolaNomorRow.jenis == jenis.value)).first()
    if r is None:
        return pola_bawaan(jenis)
    return PolaNomor(jenis, r.pola, r.klasifikasi, r.kode_unit)


def urut_terpakai(s: Session, jenis: JenisNaskah, tahun: int) -> list[int]:
    return list(s.scalars(select(NomorRegisterRow.urut).where(
        NomorRegisterRow.jenis == jenis.value, NomorRegisterRow.tahun == tahun)))


def nomor_bebas(s: Session, pola: PolaNomor, tanggal: dt.date) -> tuple[int, str]:
    """The next sequence of this kind and year whose text no other document carries (two kinds
    may share a pattern, e.g. the Keputusan Kepala PD and Kepala Unit Organisasi)."""
    urut = nomor_berikut(urut_terpakai(s, pola.jenis, tanggal.year))
    text = pola.render(urut, tanggal)
    while s.scalars(select(NomorRegisterRow.id).where(NomorRegisterRow.nomor == text)).first():
        urut += 1
        text = pola.render(urut, tanggal)
    return urut, text


NOMOR_SETDA_WAJIB = ("Nomor Keputusan Sekretaris Daerah diberikan dari register Sekretariat "
                     "Daerah, tidak diambil dari register nomor Perangkat Daerah: masukkan "
                     "nomornya. Tidak ada yang dicatat.")


def register_nomor(s: Session, jenis: JenisNaskah, nomor: str | None, tanggal: dt.date,
                   perihal: str, tim_id: int | None,
                   status: StatusNomor = StatusNomor.TERBIT) -> NomorRegisterRow:
    """Take `nomor` (or the next one when None) into the register; duplicates refused. Every
    row counts as used, whatever its status: a voided or unfinished number is never reused."""
    pola = read_pola(s, jenis)
    if jenis is JenisNaskah.SK_SEKDA and (nomor is None or not nomor.strip()):
        raise ValidationError(NOMOR_SETDA_WAJIB, field="nomor", code="nomor_setda")
    if nomor is None or not nomor.strip():
        urut, text = nomor_bebas(s, pola, tanggal)
    else:
        text = nomor.strip()
        parsed = pola.parse(text)
        if parsed is not None:
            urut = parsed[0]
        else:  # a number outside the pattern: keep it, with a sequence after the last one
            urut = nomor_berikut(urut_terpakai(s, jenis, tanggal.year))
    clash = s.scalars(select(NomorRegisterRow).where(
        (NomorRegisterRow.nomor == text) | (
            (NomorRegisterRow.jenis == jenis.value) & (NomorRegisterRow.tahun == tanggal.year)
            & (NomorRegisterRow.urut == urut)))).first()
    if clash is not None:
        keadaan = StatusNomor(clash.status)
        lagi = "" if keadaan is StatusNomor.TERBIT else f"; {keadaan.label}, tidak dipakai lagi"
        raise ValidationError(f"Nomor {text} sudah terdaftar di register {jenis.label} "
                              f"(nomor urut {clash.urut}, {clash.perihal or 'tanpa perihal'}"
                              f"{lagi})", field="nomor", code="nomor_ganda")
    row = NomorRegisterRow(jenis=jenis.value, tahun=tanggal.year, urut=urut, nomor=text,
                           tanggal=tanggal, perihal=perihal[:500], tim_id=tim_id,
                           status=status.value)
    s.add(row)
    s.flush()
    return row


class NaskahSettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- settings ----
    def pengaturan(self) -> PengaturanNaskah:
        with self._ctx.reading() as s:
            return read_pengaturan(s)

    def simpan_pengaturan(self, p: PengaturanNaskah) -> tuple[PengaturanNaskah, Changes]:
        p.tata_letak.validate()
        if p.ambang_beban < 1:
            raise ValidationError("Ambang beban kerja paling sedikit 1 tim", field="ambang_beban")
        if p.batas_nama_badan < 1:
            raise ValidationError("Batas nama di badan Surat Tugas paling sedikit 1",
                                  field="batas_nama_badan")
        with self._ctx.session("mengubah pengaturan naskah dinas") as s:
            r = pengaturan_row(s) or PengaturanNaskahRow()
            t = p.tata_letak
            values = dict(
                kertas=t.kertas.value, margin_atas=t.atas, margin_bawah=t.bawah,
                margin_kiri=t.kiri, margin_kanan=t.kanan, ukuran_huruf=t.ukuran_huruf,
                garis_kop=p.garis_kop.value, ambang_beban=p.ambang_beban,
                batas_nama_badan=p.batas_nama_badan, kata_perintah_st=p.kata_perintah_st.strip(),
                gaya_tanggal_st=p.gaya_tanggal_st, sk_tampilkan_pangkat=p.sk_tampilkan_pangkat,
                sk_tampilkan_nip=p.sk_tampilkan_nip, mengingat=join_lines(p.mengingat),
                dasar_st=join_lines(p.dasar_st), tembusan_sk=join_lines(p.tembusan_sk),
                tembusan_st=join_lines(p.tembusan_st), penandatangan_sk_id=p.penandatangan_sk_id,
                penandatangan_st_id=p.penandatangan_st_id, kop_setda=join_lines(p.kop_setda),
                paraf=join_lines(p.paraf))
            for k, v in values.items():
                if getattr(r, k, None) != v:
                    setattr(r, k, v)
            s.add(r)
            s.flush()
            return read_pengaturan(s), Changes(dokumen=True)

    # ---- signers ----
    def penandatangan(self) -> list[Penandatangan]:
        with self._ctx.reading() as s:
            return [signer_from_row(r) for r in s.scalars(
                select(PenandatanganRow).where(PenandatanganRow.aktif)
                .order_by(PenandatanganRow.id))]

    def simpan_penandatangan(self, p: Penandatangan) -> tuple[Penandatangan, Changes]:
        if not p.jabatan.strip() or not p.nama.strip():
            raise ValidationError("Jabatan dan nama penandatangan wajib diisi", field="nama")
        nip = ""
        if p.nip.strip():
            nip = parse_nip(normalize_nip(p.nip)).nip
        if p.bentuk is BentukTtd.AN and not p.jabatan_atas_nama.strip():
            raise ValidationError("Untuk a.n., isi jabatan yang memberi kuasa (mis. KEPALA DINAS "
                                  "KESEHATAN)", field="jabatan_atas_nama")
        with self._ctx.session("menyimpan penandatangan") as s:
            r = s.get(PenandatanganRow, p.id) if p.id else PenandatanganRow()
            if r is None:
                raise NotFoundError(f"Penandatangan #{p.id} tidak ditemukan")
            r.label = p.label.strip() or p.nama.strip()
            r.jabatan = p.jabatan.strip()
            r.nama = p.nama.strip()
            r.nama_tanpa_gelar = p.nama_tanpa_gelar.strip()
            r.nip = nip
            r.pangkat = p.pangkat.strip()
            r.bentuk = p.bentuk.value
            r.jabatan_atas_nama = p.jabatan_atas_nama.strip()
            r.aktif = True
            s.add(r)
            s.flush()
            return signer_from_row(r), Changes(dokumen=True)

    def hapus_penandatangan(self, signer_id: int) -> Changes:
        """Signers stay in the database (issued documents keep a snapshot); they are hidden."""
        with self._ctx.session("menonaktifkan penandatangan") as s:
            r = s.get(PenandatanganRow, signer_id)
            if r is None:
                raise NotFoundError(f"Penandatangan #{signer_id} tidak ditemukan")
            r.aktif = False
        return Changes(dokumen=True)

    # ---- numbering ----
    def pola_nomor(self, jenis: JenisNaskah) -> PolaNomor:
        with self._ctx.reading() as s:
            return read_pola(s, jenis)

    def simpan_pola_nomor(self, pola: PolaNomor) -> tuple[PolaNomor, Changes]:
        pola = dataclasses.replace(pola.validate(), pola=pola.pola.strip())
        with self._ctx.session("mengubah pola nomor naskah") as s:
            r = s.scalars(select(PolaNomorRow).where(PolaNomorRow.jenis == pola.jenis.value)
                          ).first() or PolaNomorRow(jenis=pola.jenis.value)
            r.pola, r.klasifikasi, r.kode_unit = pola.pola, pola.klasifikasi, pola.kode_unit
            s.add(r)
        return pola, Changes(dokumen=True)

    def usul_nomor(self, jenis: JenisNaskah, tanggal: dt.date | None = None) -> str:
        """The next number proposed (not reserved). Raises ValidationError if the pattern still
        lacks settings (e.g. the kode unit)."""
        if jenis is JenisNaskah.SK_SEKDA:
            raise ValidationError(NOMOR_SETDA_WAJIB.replace(" Tidak ada yang dicatat.", ""),
                                  field="nomor", code="nomor_setda")
        tanggal = tanggal or self._ctx.today()
        with self._ctx.reading() as s:
            return nomor_bebas(s, read_pola(s, jenis), tanggal)[1]

    def catat_nomor(self, jenis: JenisNaskah, nomor: str | None, *, tanggal: dt.date | None = None,
                    perihal: str = "", tim_id: int | None = None) -> tuple[RegisterRow, Changes]:
        """Record a number used (e.g. a letter typed outside the app); None takes the next."""
        with self._ctx.session(f"mencatat nomor {jenis.label}") as s:
            row = register_nomor(s, jenis, nomor, tanggal or self._ctx.today(), perihal, tim_id)
            return _reg(row, {}), Changes(dokumen=True)

    def register(self, jenis: JenisNaskah | None = None,
                 tahun: int | None = None) -> list[RegisterRow]:
        with self._ctx.reading() as s:
            return read_register(s, jenis, tahun)

    def cari_nomor(self, nomor: str) -> RegisterRow:
        with self._ctx.reading() as s:
            return _reg(find_nomor(s, nomor), _berkas(s))

    def batalkan_nomor(self, nomor: str, alasan: str) -> tuple[RegisterRow, Changes]:
        """Void a number whose issuance did not finish (or one recorded by hand without a
        document): status batal with the reason; it stays in the register and is never given
        again. A number an issued SK/Surat Tugas carries is refused."""
        alasan = " ".join(alasan.split())
        if not alasan:
            raise ValidationError("Alasan pembatalan nomor wajib diisi. Tidak ada yang diubah.",
                                  field="alasan", code="alasan_kosong")
        with self._ctx.session(f"membatalkan nomor {nomor.strip()}") as s:
            row = find_nomor(s, nomor)
            keadaan = StatusNomor(row.status)
            docs = list(s.scalars(select(DokumenTimRow).where(
                DokumenTimRow.register_id == row.id)))
            if keadaan is StatusNomor.BATAL:
                raise ValidationError(f"Nomor {row.nomor} sudah dibatalkan ({row.alasan_batal})."
                                      " Tidak ada yang diubah.", field="nomor",
                                      code="nomor_sudah_batal")
            if keadaan is StatusNomor.TERBIT and docs:
                raise ValidationError(
                    f"Nomor {row.nomor} sudah terbit sebagai {JenisNaskah(row.jenis).label} "
                    "tim; naskah yang sudah terbit tidak dibatalkan di register. Tidak ada yang "
                    "diubah.", field="nomor", code="nomor_sudah_terbit")
            berkas = {row.id: docs[0].berkas} if docs else {}
            row.status = StatusNomor.BATAL.value
            row.alasan_batal = alasan[:500]
            for d in docs:  # the reservation's documents: never issued (teams stay deletable)
                s.delete(d)
            s.flush()
            return _reg(row, berkas), Changes(dokumen=True, teams=True)

    def jumlah_nomor(self) -> int:
        with self._ctx.reading() as s:
            return int(s.scalar(select(func.count(NomorRegisterRow.id))) or 0)


def read_register(s: Session, jenis: JenisNaskah | None = None, tahun: int | None = None,
                  ids: Sequence[int] | None = None) -> list[RegisterRow]:
    q = select(NomorRegisterRow).order_by(NomorRegisterRow.jenis, NomorRegisterRow.tahun,
                                          NomorRegisterRow.urut)
    if jenis is not None:
        q = q.where(NomorRegisterRow.jenis == jenis.value)
    if tahun is not None:
        q = q.where(NomorRegisterRow.tahun == tahun)
    if ids is not None:
        q = q.where(NomorRegisterRow.id.in_(list(ids)))
    berkas = _berkas(s)
    return [_reg(r, berkas) for r in s.scalars(q)]


def find_nomor(s: Session, nomor: str) -> NomorRegisterRow:
    text = nomor.strip()
    row = s.scalars(select(NomorRegisterRow).where(NomorRegisterRow.nomor == text)).first()
    if row is None:
        raise NotFoundError(f"Nomor {text!r} tidak ada di register nomor. Tidak ada yang diubah.",
                            code="nomor_tidak_ditemukan")
    return row


def _berkas(s: Session) -> dict[int, str]:
    """register id → the file of the document that carries (or reserved) the number."""
    out: dict[int, str] = {}
    for register_id, berkas in s.execute(select(DokumenTimRow.register_id, DokumenTimRow.berkas)
                                         .order_by(DokumenTimRow.id)):
        out.setdefault(register_id, berkas)
    return out


def _reg(r: NomorRegisterRow, berkas: dict[int, str]) -> RegisterRow:
    return RegisterRow(r.id, JenisNaskah(r.jenis), r.tahun, r.urut, r.nomor, r.tanggal,
                       r.perihal, r.tim_id, r.id in berkas, StatusNomor(r.status),
                       r.alasan_batal, berkas.get(r.id, ""))


def demo_settings(svc: NaskahSettingsService, kepala: PegawaiLike, sekretaris: PegawaiLike,
                  pd: PerangkatDaerah) -> None:
    """Demo agency: numbering with kode unit 'Dinkes', the Kepala Dinas as default signer and
    the Sekretaris signing a.n. Kepala Dinas as an alternative."""
    for jenis in (JenisNaskah.SURAT_TUGAS, JenisNaskah.SK_KEPALA_PD):
        svc.simpan_pola_nomor(dataclasses.replace(pola_bawaan(jenis), kode_unit="Dinkes"))
    kepala_jabatan = f"KEPALA {pd.nama.upper()}\n{pd.pemda.upper()}"
    kadis, _ = svc.simpan_penandatangan(Penandatangan(
        label="Kepala Dinas", jabatan=kepala_jabatan, nama=kepala.nama_lengkap, nip=kepala.nip,
        pangkat=kepala.golongan.tampil if kepala.golongan else "",
        nama_tanpa_gelar=kepala.nama))
    svc.simpan_penandatangan(Penandatangan(
        label="Sekretaris a.n. Kepala Dinas", jabatan="Sekretaris,", nama=sekretaris.nama_lengkap,
        nip=sekretaris.nip, pangkat=sekretaris.golongan.tampil if sekretaris.golongan else "",
        nama_tanpa_gelar=sekretaris.nama, bentuk=BentukTtd.AN,
        jabatan_atas_nama=kepala_jabatan))
    p = svc.pengaturan()
    svc.simpan_pengaturan(dataclasses.replace(p, penandatangan_sk_id=kadis.id,
                                              penandatangan_st_id=kadis.id))
