"""*Minta anggota dari unit lain…* in the team builder: the request form opened pre-filled for the
team shown — penunjukan lintas unit, for this team, over the team's period, submitted by the
team's ketua (or the head of the unit pemilik kinerja), its maksud from the team's name and
sasaran, and the selected member from another unit (if any) as the pegawai asked for. After the
request is submitted the team is reloaded: the pegawai it names appear *menunggu persetujuan*.

A team with unsaved edits (or a new one) is saved first (*Simpan / Buang / Batal*)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.penugasan import JenisPenugasan, LingkupPenugasan
from sistemkerja_desktop.domain.tim import PeranTim, Persetujuan
from sistemkerja_desktop.views.common.messages import show_error, show_info
from sistemkerja_desktop.views.common.unsaved import confirm_leave
from sistemkerja_desktop.views.penugasan.orang import kepala_unit
from sistemkerja_desktop.views.penugasan.permohonan_wizard import PermohonanWizard, Prefill

if TYPE_CHECKING:
    from sistemkerja_desktop.services.container import Services
    from sistemkerja_desktop.views.teams.team_builder import TeamBuilder


def _tr(text: str) -> str:
    return QCoreApplication.translate("Penugasan.MintaAnggota", text)


def prefill_for(builder: TeamBuilder, struktur: Struktur) -> Prefill | None:
    """The form's values for the team shown in `builder` (None: no saved team)."""
    detail = builder.detail
    if detail is None or not detail.tim.id:
        return None
    tim = detail.tim
    by_id = struktur.pegawai_by_id
    ketua = next((by_id[a.pegawai_id].nip for a in tim.anggota
                  if a.peran is PeranTim.KETUA and a.pegawai_id in by_id), "")
    oleh = ketua or kepala_unit(struktur, tim.unit_pemilik_id)
    pegawai: tuple[str, ...] = ()
    unit_tujuan = None
    shown = builder.members.shown(builder.member_list.current_row())
    if (shown is not None and shown.asal is not None and shown.asal.luar
            and shown.persetujuan is Persetujuan.MENUNGGU and shown.pegawai_id in by_id):
        p = by_id[shown.pegawai_id]
        if not p.eksternal:
            pegawai, unit_tujuan = (p.nip,), p.unit_id
    maksud = _tr("Penugasan sebagai anggota %1").replace("%1", tim.nama)
    if tim.sasaran:
        maksud += _tr(" untuk mencapai %1").replace("%1", tim.sasaran.rstrip("."))
    return Prefill(jenis=JenisPenugasan.PENUNJUKAN.value,
                   lingkup=LingkupPenugasan.LINTAS_UNIT.value, oleh_nip=oleh, pegawai=pegawai,
                   unit_tujuan_id=unit_tujuan, tim_id=tim.id, maksud=maksud + ".",
                   mulai=tim.mulai, selesai=tim.selesai)


def minta_anggota(builder: TeamBuilder, services: Services) -> bool:
    """Open the pre-filled form; True when a request was submitted (the team then reloaded)."""
    if builder.tim_id is None:
        return False
    if builder.has_unsaved_edits() and not confirm_leave(
            builder, builder, _tr("meminta anggota dari unit lain")):
        return False
    try:
        prefill = prefill_for(builder, services.agency.struktur())
    except SistemKerjaError as exc:
        show_error(builder, exc, _tr("Formulir permohonan tidak dapat dibuka"))
        return False
    if prefill is None:
        show_info(builder, _tr("Minta anggota dari unit lain"),
                  _tr("Simpan tim lebih dahulu; permohonan penugasan merujuk tim yang sudah "
                      "tersimpan."))
        return False
    try:
        result = PermohonanWizard.ask(services, builder, prefill)
    except SistemKerjaError as exc:
        show_error(builder, exc, _tr("Formulir permohonan tidak dapat dibuka"))
        return False
    if result is None:
        return False
    _ringkas, changes = result
    builder.load_team(prefill.tim_id)  # type: ignore[arg-type]
    builder.data_changed.emit(changes)
    return True
