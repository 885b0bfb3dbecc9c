"""The register of permohonan penugasan kept in memory between calls (issue #10).

The Penugasan area filters the same register again and again (status, jenis, lingkup, arah,
search, age, "what waits for me"). Reading 5,000 requests costs more than the 50 ms a filter
may take, so the whole register, once read, is kept with its search text and filtered in
memory — for as long as the data file is unchanged: the key is the file's audit anchor (`PRAGMA
user_version`, the id of the last audit row, moved by every audited write of any process or
window, `db.audit`) and the day ages are counted to. Any write — a request, a decision, a pegawai
or unit renamed — moves the anchor and the next call reads the file again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from sistemkerja_desktop.services.penugasan_dto import PermohonanRingkas
from sistemkerja_desktop.services.penugasan_rows import cari_teks, cocok

_NILAI: dict[str, Callable[[PermohonanRingkas], object]] = {
    "id": lambda r: r.id, "status": lambda r: r.status, "jenis": lambda r: r.jenis,
    "lingkup": lambda r: r.lingkup, "arah": lambda r: r.arah,
    "pencatat_id": lambda r: r.menunggu.pencatat_id if r.menunggu else None,
}


class Register:
    """Every request, newest first, as read for one (audit anchor, day)."""

    def __init__(self, key: tuple[int, dt.date], rows: list[PermohonanRingkas]) -> None:
        self.key = key
        self.rows = tuple(rows)
        self._hay = tuple(cari_teks(r) for r in rows)

    def pilih(self, filters: Mapping[str, object], *, oldest_first: bool = False,
              teks: str = "", umur_min: int | None = None) -> list[PermohonanRingkas]:
        """The rows `penugasan_rows.ringkas_rows` would read with the same arguments."""
        tests = [(_NILAI[k], v) for k, v in filters.items()]
        key = teks.lower().strip()
        out = [r for r, hay in zip(self.rows, self._hay, strict=True)
               if all(get(r) == v for get, v in tests)
               and (umur_min is None or r.umur_hari >= umur_min)
               and (not key or cocok(hay, key))]
        if oldest_first:
            out.sort(key=lambda r: (r.tanggal, r.id))
        return out
