"""Every chain of every profile, walked to approval and to refusal (domain.penugasan_alur)."""

from __future__ import annotations

import dataclasses

import pytest
from penugasan_domain_uji import INSTANSI, TANGGAL, Agensi, buat, isi, jalan

from sistemkerja_desktop.domain.demo import build_demo_struktur
from sistemkerja_desktop.domain.errors import RuleViolation, ValidationError
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit, Pengisian
from sistemkerja_desktop.domain.penugasan import (
    Aksi,
    Arah,
    JenisPenugasan,
    JenisSurat,
    Keputusan,
    LingkupPenugasan,
    Permohonan,
    Pihak,
    StatusPermohonan,
    pencatat_id,
)
from sistemkerja_desktop.domain.penugasan_alur import (
    alur_penugasan,
    buat_permohonan,
    daftar_alur,
    pratinjau_alur,
)
from sistemkerja_desktop.domain.penugasan_peran import (
    KonteksPeran,
    pemegang_peran,
    unit_organisasi,
)
from sistemkerja_desktop.domain.profiles import PROFILES, Peran

P, S = JenisPenugasan.PENUNJUKAN, JenisPenugasan.SUKARELA
DU, LU, LI = (LingkupPenugasan.DALAM_UNIT, LingkupPenugasan.LINTAS_UNIT,
              LingkupPenugasan.LINTAS_INSTANSI)
D, K, M = Arah.DALAM, Arah.KELUAR, Arah.MASUK
PUO_PK, PUO_PG, PPK = Peran.PUO_PEMILIK_KINERJA, Peran.PUO_PEGAWAI, Peran.PPK_PEGAWAI
KPD, SEKDA, PYB_P, PYB_T = Peran.KEPALA_PD, Peran.SEKDA, Peran.PYB_PEMOHON, Peran.PYB_TUJUAN

_LI_KH = [PUO_PK, PYB_P, PYB_T, PUO_PG, PPK, PYB_T, PYB_P, PUO_PG]
_LI_KH_MASUK = [PYB_T, PUO_PG, PPK, PYB_T, PYB_P, PUO_PG]

# profile → (jenis, lingkup, arah) → the roles, in order; and the short Pasal of the chain.
CHAINS: dict[str, dict[tuple, tuple[list[Peran], str]]] = {
    "kapuas-hulu": {
        (P, DU, D): ([PUO_PG], "Lampiran I B.2.a.1"),
        (P, LU, D): ([PUO_PK, PUO_PG, PPK], "Lampiran I B.2.a.2"),
        (P, LI, K): (_LI_KH, "Lampiran I B.2.a.3"),
        (P, LI, M): (_LI_KH_MASUK, "Lampiran I B.2.a.3"),
        (S, DU, D): ([PUO_PG], "Lampiran I B.2.b.1"),
        (S, LU, D): ([PUO_PK, PPK], "Lampiran I B.2.b.2"),
    },
    "barito-timur": {
        (P, DU, D): ([PUO_PG], "Lampiran II C.1.2"),
        (P, LU, D): ([PUO_PK, PUO_PG, PUO_PK], "Lampiran II C.1.3"),
        (P, LI, K): ([PUO_PK, PYB_P, PUO_PG, PYB_P, PUO_PK], "Lampiran II C.1.4"),
        (P, LI, M): ([PUO_PG, PYB_P, PUO_PK], "Lampiran II C.1.4"),
        (S, DU, D): ([PUO_PG], "Lampiran II C.2.2"),
        (S, LU, D): ([PUO_PG, PUO_PK, PUO_PG], "Lampiran II C.2.3"),
    },
    "pekalongan": {
        (P, DU, D): ([PPK, PUO_PG], "Pasal 15(2)"),
        (P, LU, D): ([PUO_PK, PPK, PUO_PG], "Pasal 15(3)–(4)"),
        (P, LI, K): ([PUO_PK, SEKDA, PYB_T, SEKDA], "Pasal 15(5)"),
        (P, LI, M): ([PYB_T, SEKDA], "Pasal 15(5)"),
        (S, DU, D): ([PUO_PG], "Pasal 16(2)"),
        (S, LU, D): ([PUO_PG, PUO_PK, PUO_PG], "Pasal 16(3)"),
    },
    "bungo": {
        (P, DU, D): ([PUO_PG], "Pasal 6(2)"),
        (P, LU, D): ([PUO_PK, PUO_PG, PPK], "Pasal 6(3)"),
        (P, LI, K): (_LI_KH, "Pasal 6(4)"),
        (P, LI, M): (_LI_KH_MASUK, "Pasal 6(4)"),
        (S, DU, D): ([PUO_PG], "Pasal 7(2)"),
        (S, LU, D): ([PPK, PUO_PG, PUO_PK, PUO_PG], "Pasal 7(3)"),
    },
    "pasuruan": {
        (P, DU, D): ([PUO_PG], "Lampiran BAB II B.2.a.1"),
        (P, LU, D): ([PUO_PK, PUO_PG, PPK], "Lampiran BAB II B.2.a.2"),
        (P, LI, K): (_LI_KH, "Lampiran BAB II B.2.a.3"),
        (P, LI, M): (_LI_KH_MASUK, "Lampiran BAB II B.2.a.3"),
        (S, DU, D): ([PUO_PG], "Lampiran BAB II B.2.b.1"),
        (S, LU, D): ([PUO_PK, PPK], "Lampiran BAB II B.2.b.2"),
    },
    "generic": {
        (P, DU, D): ([PUO_PG], "PermenPANRB 7/2022"),
        (P, LU, D): ([PUO_PK, PUO_PG], "PermenPANRB 7/2022"),
        (P, LI, K): ([KPD, PYB_T, PUO_PG], "PermenPANRB 7/2022"),
        (P, LI, M): ([PYB_T, PUO_PG], "PermenPANRB 7/2022"),
        (S, DU, D): ([PUO_PG], "PermenPANRB 7/2022"),
        (S, LU, D): ([PUO_PG, PUO_PK], "PermenPANRB 7/2022"),
    },
}
FORBIDDEN = {"kapuas-hulu": "Lampiran I B.2.b", "barito-timur": "Lampiran II C.2.1",
             "pekalongan": "Pasal 16(1)", "bungo": "Pasal 7(1)",
             "pasuruan": "Lampiran BAB II B.2.b", "generic": "PermenPANRB 7/2022"}
CASES = [(kode, *key) for kode, rows in CHAINS.items() for key in rows]


def _ids(case: tuple) -> str:
    kode, jenis, lingkup, arah = case
    return f"{kode}-{jenis.value}-{lingkup.value}-{arah.value}"


def request(a: Agensi, jenis: JenisPenugasan, lingkup: LingkupPenugasan,
            arah: Arah) -> Permohonan:
    """The scenario of each kind: Bidang A asks for Bidang B's JF (penunjukan lintas unit), JF A
    volunteers for Bidang B (sukarela lintas unit), the other instansi asks for JF B (masuk)."""
    if lingkup is DU:
        oleh = a.jf_a if jenis is S else a.kabid_a
        return buat(a, jenis, lingkup, pegawai=(a.jf_a,), oleh=oleh)
    if lingkup is LU:
        if jenis is S:
            return buat(a, jenis, lingkup, pegawai=(a.jf_a,), oleh=a.jf_a, unit_tujuan=a.bidang_b)
        return buat(a, jenis, lingkup, pegawai=(a.jf_b,), oleh=a.kabid_a, unit_tujuan=a.bidang_b)
    if arah is K:
        return buat(a, jenis, lingkup, pegawai=(a.eksternal,), oleh=a.kabid_a, arah=arah)
    return buat(a, jenis, lingkup, pegawai=(a.jf_b,), oleh=a.pelaksana_umum, arah=arah)


def expected_holder(a: Agensi, p: Permohonan, peran: Peran) -> int | None:
    """Who of ours acts as `peran` in the scenarios of `request`."""
    pegawai = p.pegawai_ids[0]
    own = {a.jf_a: a.kabid_a, a.jf_b: a.kabid_b}.get(pegawai)  # PUO and PPK of that pegawai
    return {PUO_PG: own, PPK: own, KPD: a.kadis,
            PUO_PK: a.kabid_b if p.jenis is S else a.kabid_a}.get(peran)


def positive(aksi: frozenset[Aksi]) -> Aksi:
    for a in (Aksi.SETUJUI, Aksi.REKOMENDASI, Aksi.TERUSKAN):
        if a in aksi:
            return a
    raise AssertionError(aksi)


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_chain_roles_holders_and_approval(case: tuple) -> None:
    kode, jenis, lingkup, arah = case
    roles, pasal = CHAINS[kode][(jenis, lingkup, arah)]
    a = Agensi.buat(kode)
    p = request(a, jenis, lingkup, arah)
    assert [x.peran for x in p.langkah] == roles
    assert pasal in p.dasar and p.status is StatusPermohonan.MENUNGGU
    for x in p.langkah:
        if x.pihak is Pihak.KITA:
            assert x.pegawai_id == expected_holder(a, p, x.peran), x
            assert x.nama and x.nip and x.jabatan
        else:
            assert x.pegawai_id is None and x.jabatan
    done = jalan(p, [positive(x.aksi) for x in p.langkah])
    assert done.status is StatusPermohonan.DISETUJUI
    assert [x.keputusan for x in done.langkah] == [
        {Aksi.SETUJUI: Keputusan.SETUJU, Aksi.REKOMENDASI: Keputusan.REKOMENDASI,
         Aksi.TERUSKAN: Keputusan.DITERUSKAN}[positive(x.aksi)] for x in p.langkah]
    assert done.langkah_sekarang is None


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_chain_refused_at_every_deciding_step(case: tuple) -> None:
    kode, jenis, lingkup, arah = case
    a = Agensi.buat(kode)
    p = request(a, jenis, lingkup, arah)
    deciding = [x.urut for x in p.langkah if Aksi.TOLAK in x.aksi]
    assert deciding, "a chain without any step that may refuse"
    for urut in deciding:
        before = [positive(x.aksi) for x in p.langkah[:urut - 1]]
        done = jalan(p, [*before, Aksi.TOLAK], catatan="beban kerja penuh")
        assert done.status is StatusPermohonan.DITOLAK
        refused = done.langkah[urut - 1]
        assert refused.keputusan is Keputusan.TOLAK and refused.catatan == "beban kerja penuh"
        assert all(x.keputusan is Keputusan.MENUNGGU for x in done.langkah[urut:])


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_chain_letters_and_actions(case: tuple) -> None:
    """Each chain produces its surat permohonan first (lintas: outgoing) and its surat
    penugasan or surat jawaban last; a recommendation step cannot approve."""
    kode, jenis, lingkup, arah = case
    alur = alur_penugasan(PROFILES[kode], jenis, lingkup, arah)
    surat = [x.surat for x in alur.langkah if x.surat]
    assert surat[-1] in (JenisSurat.PENUGASAN, JenisSurat.JAWABAN)
    if lingkup is not DU and arah is not M:
        assert alur.langkah[0].surat is JenisSurat.PERMOHONAN
    for x in alur.langkah:
        assert x.aksi & {Aksi.SETUJUI, Aksi.REKOMENDASI, Aksi.TERUSKAN}
        assert Aksi.BATALKAN not in x.aksi
        if Aksi.REKOMENDASI in x.aksi:
            assert Aksi.TOLAK in x.aksi and Aksi.SETUJUI not in x.aksi
    assert alur.lisan is (jenis is S and lingkup is DU)
    assert alur.beban_kerja is (kode == "pasuruan")


@pytest.mark.parametrize("kode", list(CHAINS))
def test_every_kind_is_encoded(kode: str) -> None:
    """The table covers every jenis × lingkup: each tested above, or forbidden."""
    rows = daftar_alur(PROFILES[kode])
    keys = {(j, lk) for j, lk, _ in rows}
    assert len(rows) == 6 and keys == {(j, lk) for j in JenisPenugasan for lk in LingkupPenugasan}
    assert {(j, lk) for j, lk, _arah in CHAINS[kode]} | {(S, LI)} == keys


@pytest.mark.parametrize("kode", list(FORBIDDEN))
@pytest.mark.parametrize("arah", [K, M])
def test_sukarela_lintas_instansi_forbidden(kode: str, arah: Arah) -> None:
    with pytest.raises(RuleViolation) as err:
        alur_penugasan(PROFILES[kode], S, LI, arah)
    assert FORBIDDEN[kode] in err.value.citation and "sukarela" in err.value.message
    a = Agensi.buat(kode)
    with pytest.raises(RuleViolation, match="sukarela"):
        buat(a, S, LI, pegawai=(a.jf_a,), oleh=a.jf_a, arah=arah)


@pytest.mark.parametrize(("lingkup", "arah"), [(DU, K), (LU, M), (LI, D)])
def test_arah_must_fit_the_lingkup(lingkup: LingkupPenugasan, arah: Arah) -> None:
    with pytest.raises(ValidationError) as err:
        alur_penugasan(PROFILES["generic"], P, lingkup, arah)
    assert err.value.field == "arah"


def test_kh_sukarela_lintas_unit_target_puo_first_then_own_ppk() -> None:
    a = Agensi.buat("kapuas-hulu")
    p = request(a, S, LU, D)
    assert [(x.peran, x.pegawai_id) for x in p.langkah] == [(PUO_PK, a.kabid_b), (PPK, a.kabid_a)]
    assert p.langkah[0].tembusan == (PPK, PUO_PG)
    assert alur_penugasan(a.profile, S, LU, D).alamat == "Pimpinan Unit Organisasi dituju"


@pytest.mark.parametrize("kode", ["barito-timur", "pekalongan", "bungo"])
def test_own_superior_first_in_bt_pk_bg(kode: str) -> None:
    a = Agensi.buat(kode)
    p = request(a, S, LU, D)
    assert p.langkah[0].pegawai_id == a.kabid_a  # JF A's own PPK / PUO
    assert a.kabid_b in [x.pegawai_id for x in p.langkah[1:]]


def test_pekalongan_lintas_instansi_goes_to_bupati_up_sekda() -> None:
    a = Agensi.buat("pekalongan")
    alur = alur_penugasan(a.profile, P, LI, K)
    assert alur.alamat == "Bupati u.p. Sekretaris Daerah"
    p = request(a, P, LI, K)
    assert p.langkah[1].jabatan == "Sekretaris Daerah a.n. Bupati"
    assert p.langkah[1].pihak is Pihak.MEREKA  # not in this PD's data: recorded from the letter
    assert p.langkah[2].jabatan == f"Pejabat yang Berwenang {INSTANSI}"
    with_sekda = Agensi.buat("pekalongan", sekda=True)
    q = request(with_sekda, P, LI, K)
    assert q.langkah[1].pihak is Pihak.KITA and q.langkah[1].nama == "Sekda"


def test_pekalongan_sukarela_dalam_unit_may_be_written() -> None:
    alur = alur_penugasan(PROFILES["pekalongan"], S, DU, D)
    assert alur.lisan and "tertulis" in alur.catatan and "16(2)" in str(alur.dasar)


def test_keluar_their_steps_recorded_by_the_pemohon() -> None:
    a = Agensi.buat("kapuas-hulu")
    p = request(a, P, LI, K)
    for x in p.langkah:
        assert pencatat_id(p, x) == (a.kabid_a if x.pihak is Pihak.MEREKA else x.pegawai_id)
    assert p.langkah[-1].tembusan == (PYB_T, PPK, PYB_P)


def test_masuk_their_steps_recorded_by_our_next_holder() -> None:
    a = Agensi.buat("kapuas-hulu")
    p = request(a, P, LI, M)
    who = [pencatat_id(p, x) for x in p.langkah]
    # our PyB (Pemda, outside the PD) → the PUO the letter reaches; theirs after our PPK →
    # the PUO who issues the surat penugasan; nothing of ours after → the pemohon.
    assert who == [a.kabid_b, a.kabid_b, a.kabid_b, a.kabid_b, a.kabid_b, a.kabid_b]
    g = request(Agensi.buat("pekalongan"), P, LI, M)
    assert [pencatat_id(g, x) for x in g.langkah] == [g.oleh_id, g.oleh_id]


def test_masuk_drops_their_steps_before_the_letter_reaches_us() -> None:
    keluar = alur_penugasan(PROFILES["kapuas-hulu"], P, LI, K)
    masuk = alur_penugasan(PROFILES["kapuas-hulu"], P, LI, M)
    assert [x.pihak for x in keluar.langkah[:2]] == [Pihak.KITA, Pihak.KITA]
    assert masuk.langkah == tuple(
        dataclasses.replace(x, pihak=Pihak.KITA if x.pihak is Pihak.MEREKA else Pihak.MEREKA)
        for x in keluar.langkah[2:])


# ---- who holds a role (domain.penugasan_peran) -------------------------------------------------

def test_puo_is_the_head_of_the_unit_organisasi() -> None:
    a = Agensi.buat("generic")
    s = a.struktur
    assert unit_organisasi(s, a.seksi_a1).id == a.bidang_a  # a Seksi belongs to its Bidang
    assert unit_organisasi(s, a.subbag).id == a.sekretariat
    assert unit_organisasi(s, a.puskesmas).id == a.puskesmas  # a unit kerja mandiri
    assert unit_organisasi(s, a.dinas).id == a.dinas
    assert unit_organisasi(s, None) is None
    k = KonteksPeran(P, D, (a.pelaksana_umum,), a.pelaksana_umum)
    assert pemegang_peran(PUO_PG, Pihak.KITA, s, k, TANGGAL).pegawai_id == a.sekretaris
    assert pemegang_peran(PPK, Pihak.KITA, s, k, TANGGAL).pegawai_id == a.kasubbag
    assert pemegang_peran(KPD, Pihak.KITA, s, k, TANGGAL).jabatan == "Kepala Dinas Uji"
    pkm = KonteksPeran(S, D, (a.jf_pkm,), a.jf_pkm)
    kapus = pemegang_peran(PUO_PG, Pihak.KITA, s, pkm, TANGGAL)
    assert (kapus.pegawai_id, kapus.jabatan) == (a.kapus, "Kepala UPTD Puskesmas Uji")


def test_sukarela_dalam_unit_in_a_puskesmas_goes_to_its_head() -> None:
    a = Agensi.buat("bungo")
    p = buat(a, S, DU, pegawai=(a.jf_pkm,), oleh=a.jf_pkm)
    assert p.lisan and [(x.peran, x.pegawai_id) for x in p.langkah] == [(PUO_PG, a.kapus)]


def test_the_team_unit_owns_the_work() -> None:
    """With a team, PUO pemilik kinerja is the head of the team's unit, not the pemohon's."""
    a = Agensi.buat("kapuas-hulu")
    p = buat(a, P, LU, pegawai=(a.jf_b,), oleh=a.jf_a, unit_tujuan=a.bidang_b, tim_id=3,
             unit_pemilik_id=a.seksi_a1)
    assert p.langkah[0].pegawai_id == a.kabid_a  # Seksi A1 belongs to Bidang A
    p = buat(a, P, LU, pegawai=(a.jf_b,), oleh=a.jf_a, unit_tujuan=a.bidang_b, tim_id=3,
             unit_pemilik_id=a.sekretariat)
    assert p.langkah[0].pegawai_id == a.sekretaris


def test_plt_prefix_and_the_vacant_or_missing_holder_in_the_preview() -> None:
    a = Agensi.buat("kapuas-hulu")
    kabid_a = next(x for x in a.struktur.positions if x.nama == "Kepala Bidang A")
    plt = dataclasses.replace(kabid_a, pengisian=Pengisian.PLT)
    s = dataclasses.replace(a.struktur, positions=tuple(
        plt if x.id == kabid_a.id else x for x in a.struktur.positions))
    kw = {"jenis": P, "lingkup": LU, "arah": D, "pegawai_ids": (a.jf_b,), "oleh_id": a.jf_c,
          "unit_tujuan_id": a.bidang_b, "instansi": "", "isi": None, "tanggal": TANGGAL}
    rows = pratinjau_alur(a.profile, a.struktur, **kw)
    assert (rows[0].pihak, rows[0].pegawai_id, rows[0].jabatan) == (
        Pihak.KITA, None, "Kepala Bidang C")
    rows = pratinjau_alur(a.profile, s, **kw | {"oleh_id": a.jf_a})
    assert rows[0].jabatan == "Plt. Kepala Bidang A" and rows[0].nama == "Kabid A"
    rows = pratinjau_alur(a.profile, s, **kw | {"pegawai_ids": (a.jf_b_tanpa_ppk,)})
    assert rows[2].pegawai_id is None and "belum ditetapkan" in rows[2].jabatan
    with pytest.raises(RuleViolation):
        pratinjau_alur(a.profile, s, **kw | {"jenis": S, "lingkup": LI, "arah": K})


def test_demo_agency_lintas_unit_chain() -> None:
    s = build_demo_struktur(TANGGAL)
    bidang = [u for u in s.units if u.jenis is JenisUnit.BIDANG]
    ppk = s.kedudukan_on(TANGGAL)

    def staf(unit_id: int) -> int:
        return next(p.id for p in s.pegawai if p.unit_id == unit_id and p.id in ppk
                    and p.jabatan and p.jabatan.kategori is Kategori.FUNGSIONAL)
    kabid = s.holder(s.pimpinan_of(bidang[2].id).id)
    p = buat_permohonan(PROFILES["generic"], s, jenis=P, lingkup=LU, arah=D,
                        pegawai_ids=(staf(bidang[2].id),), oleh_id=staf(bidang[1].id),
                        unit_tujuan_id=bidang[2].id, instansi="", isi=isi(), tanggal=TANGGAL)
    assert [x.peran for x in p.langkah] == [PUO_PK, PUO_PG]
    assert p.langkah[1].pegawai_id == kabid.id and all(x.nama for x in p.langkah)
