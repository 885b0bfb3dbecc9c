"""Issue #9 "Signer per profile": the profile's `penandatangan` roles for the instrument choose
the default signer, derived from the position holder (preferring a saved signer profile with the
same NIP); a signer chosen explicitly always wins."""

from __future__ import annotations

import pytest
from dokumen_uji import NIP, bangun, tim_lintas_unit

from sistemkerja_desktop.domain.naskah import BentukTtd, Penandatangan
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.services.penandatangan_profil import pilih_penandatangan

KADIS, KABID = "Hendra Wijaya", "Pejabat Bidang Pelayanan"


def _signer(services, tid, jenis, signer_id=None):
    from sistemkerja_desktop.db.mapping import load_struktur
    from sistemkerja_desktop.db.tim_mapping import load_tim
    from sistemkerja_desktop.services.naskah_settings import read_pengaturan

    with services.ctx.reading() as s:
        struktur = load_struktur(s)
        return pilih_penandatangan(s, jenis, read_pengaturan(s), struktur,
                                   get_profile(struktur.pd.profil), [load_tim(s, tid)],
                                   signer_id)


def _dalam_unit(services, ag, profil):
    return tim_lintas_unit(services, ag, profil, keys=(), nama="Tim Kerja Uji Dalam Unit")


def test_kh_surat_tugas_is_signed_by_the_ppk_of_the_team_pasal_10_3(services):
    """Kapuas Hulu Pasal 10(3): dalam unit, Surat Tugas by the Pejabat Penilai Kinerja or the
    Pimpinan Unit Organisasi — here the Kepala Bidang pemilik kinerja, not the Kepala Dinas,
    even though the settings name the Kepala Dinas as the default signer."""
    ag = bangun(services, "kapuas-hulu")
    tid = _dalam_unit(services, ag, "kapuas-hulu")
    assert services.dokumen.instrumen(tid)[0] is JenisNaskah.SURAT_TUGAS
    kadis, _ = services.naskah.simpan_penandatangan(Penandatangan(
        "KEPALA DINAS UJI\nKABUPATEN UJI", "dr. Hendra Wijaya, M.Kes.", nip=NIP["kadis"],
        pangkat="Pembina Utama Muda (IV/c)", label="Kepala Dinas"))
    import dataclasses

    p = services.naskah.pengaturan()
    services.naskah.simpan_pengaturan(dataclasses.replace(p, penandatangan_st_id=kadis.id,
                                                          penandatangan_sk_id=kadis.id))
    st = _signer(services, tid, JenisNaskah.SURAT_TUGAS)
    assert st.nama == KABID and st.nip == NIP["kabid_pel"] and st.pangkat
    assert st.jabatan.startswith("KEPALA BIDANG PELAYANAN")
    # the Keputusan Kepala PD (Pasal 10(2)) is the Kepala Dinas': the saved profile, same NIP
    sk = _signer(services, tid, JenisNaskah.SK_KEPALA_PD)
    assert sk.id == kadis.id
    # an explicit choice always wins
    assert _signer(services, tid, JenisNaskah.SURAT_TUGAS, kadis.id).id == kadis.id
    assert services.dokumen.kesiapan(tid, JenisNaskah.SURAT_TUGAS).siap


def test_kh_saved_profile_with_the_holders_nip_is_preferred(services):
    ag = bangun(services, "kapuas-hulu")
    tid = _dalam_unit(services, ag, "kapuas-hulu")
    saved, _ = services.naskah.simpan_penandatangan(Penandatangan(
        "KEPALA BIDANG PELAYANAN", "Ir. Pejabat Bidang Pelayanan, M.T.", nip=NIP["kabid_pel"],
        pangkat="Pembina (IV/a)", label="Kabid Pelayanan"))
    services.naskah.simpan_penandatangan(Penandatangan(  # a.n. capacity: not his own
        "Kepala Bidang", "Pejabat Bidang Pelayanan", nip=NIP["kabid_pel"], pangkat="Pembina",
        bentuk=BentukTtd.AN, jabatan_atas_nama="KEPALA DINAS UJI"))
    assert _signer(services, tid, JenisNaskah.SURAT_TUGAS).id == saved.id


@pytest.mark.parametrize(("profil", "jenis", "nama"), [
    ("barito-timur", JenisNaskah.SK_KEPALA_PD, KADIS),  # Lamp II A(7): Kepala PD and/or PUO
    ("pekalongan", JenisNaskah.SK_KEPALA_PD, KADIS),  # Pasal 12(3), (5): Kepala PD
    ("bungo", JenisNaskah.SURAT_TUGAS, KADIS),  # Pasal 9(4): tugas Kepala PD/Unit Kerja
    ("pasuruan", JenisNaskah.SURAT_TUGAS, KABID),  # Lamp BAB II B.2: PPK / PUO
])
def test_default_signer_follows_the_profiles_roles(services, profil, jenis, nama):
    ag = bangun(services, profil)
    tid = tim_lintas_unit(services, ag, profil, keys=("setuju",))
    assert services.dokumen.instrumen(tid)[0] is jenis
    signer = _signer(services, tid, jenis)
    assert signer is not None and nama in signer.nama and signer.nip and signer.pangkat, signer


def test_bt_falls_back_to_the_puo_pemilik_kinerja_when_the_kepala_pd_seat_is_empty(services):
    """Barito Timur Lampiran II huruf A angka 7: "Kepala Perangkat Daerah dan/atau Pimpinan Unit
    Organisasi pemilik kinerja"."""
    from sqlalchemy import update

    from sistemkerja_desktop.db.models import PositionRow

    ag = bangun(services, "barito-timur")
    tid = tim_lintas_unit(services, ag, "barito-timur", keys=("setuju",))
    with services.ctx.session("mengosongkan jabatan Kepala Dinas") as s:
        s.execute(update(PositionRow).where(PositionRow.nama == "Kepala Dinas Uji")
                  .values(pemangku_id=None))
    assert _signer(services, tid, JenisNaskah.SK_KEPALA_PD).nama == KABID


def test_pk_squad_ketua_keputusan_is_signed_by_the_kepala_unit_pasal_13_2(services):
    ag = bangun(services, "pekalongan")
    tid = tim_lintas_unit(services, ag, "pekalongan", keys=("setuju",))
    signer = _signer(services, tid, JenisNaskah.SK_KEPALA_UNIT)
    assert signer.nama == KABID and signer.nip == NIP["kabid_pel"]
