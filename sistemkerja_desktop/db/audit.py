"""Audit trail written by a session hook: every insert/update/delete of an audited model.

The actor comes from `session.info["actor"]` (set by the service context); the reason from
`session.info.get("keterangan", "")`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.base import new_uuid, utcnow
from sistemkerja_desktop.db.models import AUDITED, AuditRow

_SKIP = {"created_at", "updated_at", "versi"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


_KEYS: dict[type, tuple[str, ...]] = {}


def _keys(obj: Any) -> tuple[str, ...]:
    cls = type(obj)
    if cls not in _KEYS:
        _KEYS[cls] = tuple(a.key for a in inspect(cls).column_attrs if a.key not in _SKIP)
    return _KEYS[cls]


def _values(obj: Any, *, committed: bool) -> dict[str, Any]:
    if not committed:
        return {key: _jsonable(getattr(obj, key)) for key in _keys(obj)}
    attrs = inspect(obj).attrs
    out: dict[str, Any] = {}
    for key in _keys(obj):
        hist = attrs[key].history
        value = hist.deleted[0] if hist.deleted else (hist.unchanged[0] if hist.unchanged else None)
        out[key] = _jsonable(value)
    return out


def _dump(data: dict[str, Any] | None) -> str | None:
    return None if data is None else json.dumps(data, ensure_ascii=False, sort_keys=True)


def _on_before_flush(session: Session, _ctx: object, _instances: object) -> None:
    actor = str(session.info.get("actor", "sistem"))
    note = str(session.info.get("keterangan", ""))
    now = utcnow()
    entries: list[AuditRow] = []
    for obj in list(session.new):
        if isinstance(obj, AUDITED):
            if not obj.uuid:  # the column default would only apply at INSERT, after this hook
                obj.uuid = new_uuid()
            entries.append(AuditRow(waktu=now, pelaku=actor, tabel=obj.__tablename__,
                                    record_uuid=obj.uuid, aksi="tambah", sebelum=None,
                                    sesudah=_dump(_values(obj, committed=False)),
                                    keterangan=note))
    for obj in list(session.dirty):
        if isinstance(obj, AUDITED) and session.is_modified(obj, include_collections=False):
            before = _values(obj, committed=True)
            after = _values(obj, committed=False)
            changed = {k for k in after if after[k] != before.get(k)}
            if not changed:
                continue
            entries.append(AuditRow(waktu=now, pelaku=actor, tabel=obj.__tablename__,
                                    record_uuid=obj.uuid, aksi="ubah",
                                    sebelum=_dump({k: before[k] for k in changed}),
                                    sesudah=_dump({k: after[k] for k in changed}),
                                    keterangan=note))
    for obj in list(session.deleted):
        if isinstance(obj, AUDITED):
            entries.append(AuditRow(waktu=now, pelaku=actor, tabel=obj.__tablename__,
                                    record_uuid=obj.uuid, aksi="hapus",
                                    sebelum=_dump(_values(obj, committed=True)), sesudah=None,
                                    keterangan=note))
    session.add_all(entries)


def install(session_class: type[Session] | Any) -> None:
    event.listen(session_class, "before_flush", _on_before_flush)
