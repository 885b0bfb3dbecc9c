"""One kedudukan per pegawai per date, checked inside every write transaction (issue #8 item 4).

`install(session_factory)` adds two session hooks:

- `before_flush` notes every pegawai whose kedudukan rows the transaction inserts, changes or
  deletes and, the first time, reads their rows as they were before the transaction touched
  them (a Core select, so the identity map's pending values are not mixed in);
- `before_commit` flushes, reads those pegawai's rows again and refuses (ValidationError,
  naming the pegawai and the dates; the transaction rolls back) when the transaction created a
  date with two kedudukan. A double kedudukan already in the file (legacy data that `periksa`
  reports) is not refused: only dates the transaction *adds* count, so unrelated saves keep
  working and a move can repair it.

Every writer is covered without calling anything: the CLI and canvas moves, the pegawai form,
the Excel import. A SQL trigger was rejected because it cannot tell a new overlap from a legacy
one. ("One pemangku per seat per date" needs no check: a seat has one `posisi.pemangku_id`.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models import KedudukanRow, PegawaiRow
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.nip import format_nip
from sistemkerja_desktop.domain.pindah import Rentang, ganda_baru, tanggal_ganda, uraian_rentang

# session.info flag: this transaction writes a whole snapshot as it is (`save_struktur`: the
# demo, generated agencies), legacy double kedudukan included, which `periksa` then reports.
SNAPSHOT = "kedudukan_snapshot"
_AWAL = "kedudukan_awal"  # session.info: pegawai_id → [(mulai, selesai)] before the change
_BARU = "kedudukan_baru"  # session.info: new rows whose pegawai_id was not known at flush
_IZIN = "kedudukan_izin"  # session.info: pegawai_id → double ranges an exact reversal restores
_CHUNK = 500

Interval = tuple[dt.date, dt.date | None]


def _read(session: Session, pegawai_ids: Iterable[int]) -> dict[int, list[Interval]]:
    ids = sorted(set(pegawai_ids))
    out: dict[int, list[Interval]] = {pid: [] for pid in ids}
    with session.no_autoflush:
        for i in range(0, len(ids), _CHUNK):
            q = select(KedudukanRow.pegawai_id, KedudukanRow.tmt_mulai,
                       KedudukanRow.tmt_selesai).where(
                KedudukanRow.pegawai_id.in_(ids[i:i + _CHUNK]))
            for pid, mulai, selesai in session.execute(q):
                out[pid].append((mulai, selesai))
    return out


def _pegawai_of(obj: KedudukanRow) -> set[int]:
    ids = {obj.pegawai_id} if obj.pegawai_id is not None else set()
    hist = inspect(obj).attrs.pegawai_id.history
    ids.update(v for v in hist.deleted if v is not None)
    return ids


def _on_before_flush(session: Session, _ctx: object, _instances: object) -> None:
    awal: dict[int, list[Interval]] = session.info.setdefault(_AWAL, {})
    touched: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, KedudukanRow):
            ids = _pegawai_of(obj)
            if not ids and obj in session.new:
                session.info.setdefault(_BARU, []).append(obj)
            touched |= ids
    fresh = touched - awal.keys()
    if fresh:
        awal.update(_read(session, fresh))


def _on_before_commit(session: Session) -> None:
    if session.info.get(SNAPSHOT):
        return
    session.flush()  # the rows still pending pass through `_on_before_flush` first
    awal: dict[int, list[Interval]] = session.info.pop(_AWAL, {})
    for obj in session.info.pop(_BARU, []):
        if obj.pegawai_id is not None:
            awal.setdefault(obj.pegawai_id, [])  # a new pegawai: nothing before
    if not awal:
        return
    sesudah = _read(session, awal)
    izin: dict[int, list[Rentang]] = session.info.pop(_IZIN, {})
    salah = {pid: r for pid in awal
             if (r := ganda_baru(awal[pid], sesudah[pid], izin.get(pid, ())))}
    if salah:
        _refuse(session, salah)


def _refuse(session: Session, salah: dict[int, list[tuple[dt.date, dt.date]]]) -> None:
    pid = min(salah)
    with session.no_autoflush:
        row = session.execute(select(PegawaiRow.nama, PegawaiRow.nip)
                              .where(PegawaiRow.id == pid)).first()
    siapa = f"{row.nama} (NIP {format_nip(row.nip)})" if row else f"pegawai #{pid}"
    more = f" (dan {len(salah) - 1} pegawai lain)" if len(salah) > 1 else ""
    raise ValidationError(
        f"Tidak disimpan: {siapa} akan memiliki dua kedudukan sekaligus pada "
        f"{uraian_rentang(salah[pid])}{more}. Satu pegawai hanya berada di bawah satu Pejabat "
        "Penilai Kinerja pada satu tanggal. Tidak ada yang diubah.",
        field="tmt", code="kedudukan_ganda")


def izinkan_pemulihan(session: Session, pegawai_id: int) -> None:
    """The pegawai's rows, as they are now in this transaction, are the exact state before a
    saved move that is being reversed: a double kedudukan in it was there before the move
    (legacy data) and may come back."""
    session.flush()
    rows = _read(session, [pegawai_id])[pegawai_id]
    session.info.setdefault(_IZIN, {}).setdefault(pegawai_id, []).extend(tanggal_ganda(rows))


def periksa_sekarang(session: Session) -> None:
    """The check `before_commit` makes, now: a trial that will be rolled back (an exchange
    package's *coba*) must fail the way its commit would."""
    _on_before_commit(session)


def izinkan_ganda(session: Session, pegawai_id: int,
                  kedudukan: Iterable[tuple[dt.date, dt.date | None]]) -> None:
    """A double kedudukan within `kedudukan` (another copy's rows of the pegawai, merged in by
    an exchange package) was already there: it may arrive, as legacy data `periksa` reports. A
    double made only by combining both sides is still refused."""
    session.info.setdefault(_IZIN, {}).setdefault(pegawai_id, []).extend(
        tanggal_ganda(kedudukan))


def _on_end(session: Session, *_: Any) -> None:
    for key in (_AWAL, _BARU, _IZIN, SNAPSHOT):
        session.info.pop(key, None)


def install(session_factory: Any) -> None:
    """Add the check to a sessionmaker (or Session class); idempotent."""
    if event.contains(session_factory, "before_flush", _on_before_flush):
        return
    event.listen(session_factory, "before_flush", _on_before_flush)
    event.listen(session_factory, "before_commit", _on_before_commit)
    event.listen(session_factory, "after_rollback", _on_end)
    event.listen(session_factory, "after_commit", _on_end)
