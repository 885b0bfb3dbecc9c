"""Helpers of the permohonan penugasan service tests (issue #10): the small agency of
`dokumen_uji` per profile, a request of each kind, walking a chain as whoever each step waits
for, and reading the audit log back."""

from __future__ import annotations

import datetime as dt

from dokumen_uji import NIP, bangun, tim_lintas_unit
from sqlalchemy import func, select

from sistemkerja_desktop.db.models import AuditRow

DURASI = dict(mulai=dt.date(2026, 3, 1), selesai=dt.date(2026, 6, 30))
ISI = dict(maksud="Menyusun profil kesehatan kabupaten 2026",
           kompetensi="Analisis data kesehatan, statistik", target="Profil terbit Juni 2026",
           **DURASI)
DIAJUKAN = dt.date(2026, 2, 16)
INSTANSI = "Dinas Kesehatan Provinsi Kalimantan Barat"
# NIPs the agency does not hold (pegawai of the other instansi).
LUAR_1, LUAR_2 = "198601012011011001", "198702022012022002"


def agensi(services, profil="kapuas-hulu", *, tim=True, **kw):
    """The agency; with `tim`, the cross-unit team (Setyo approved, nobody waiting) → its id."""
    ag = bangun(services, profil, **kw)
    tid = tim_lintas_unit(services, ag, profil, keys=("setuju",)) if tim else None
    return ag, tid


def lintas_unit(services, tim_id=None, nip=("menunggu",), **kw):
    """Kepala Bidang Pelayanan asks Bidang Program for its pegawai (a penunjukan)."""
    args = dict(jenis="penunjukan", lingkup="lintas-unit", pegawai_nip=[NIP[k] for k in nip],
                oleh_nip=NIP["kabid_pel"], unit_tujuan="Bidang Program", tim_id=tim_id,
                tanggal=DIAJUKAN, **ISI)
    args.update(kw)
    return services.penugasan.ajukan(**args)


def jalan(services, pid, *, sampai=None, tanggal=None):
    """Walk request `pid` as whoever each step waits for: approve (or recommend / forward, what
    the step allows) until it closes, or until step `sampai` is the current one. Returns the
    roles in the order they acted."""
    roles = []
    for _ in range(20):
        now = services.penugasan.detail(pid).ringkas.menunggu
        if now is None or now.urut == sampai:
            return roles
        step = services.penugasan.riwayat(pid)[now.urut - 1]
        kw = dict(oleh_nip=now.pencatat_nip, tanggal=tanggal)
        if "setujui" in step.aksi:
            services.penugasan.setujui(pid, nomor_surat=f"800/{now.urut}/UJI/2026", **kw)
        elif "rekomendasi" in step.aksi:
            services.penugasan.rekomendasi(pid, catatan="direkomendasikan", **kw)
        else:
            services.penugasan.teruskan(pid, **kw)
        roles.append(step.peran)
    raise AssertionError("the chain did not end")


def audit(services, tabel=None):
    with services.ctx.reading() as s:
        q = select(AuditRow).order_by(AuditRow.id)
        if tabel:
            q = q.where(AuditRow.tabel == tabel)
        return list(s.scalars(q))


def hitung(services, model):
    with services.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(model))
