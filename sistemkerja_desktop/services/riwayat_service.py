"""*Riwayat perubahan* and *Periksa berkas data* (issue #8).

`cari(filter)` selects audit rows (newest first) by person (NIP or name: the pegawai row, their
kedudukan, team memberships, the PPK seats they held), table and local date range, and hands
them out page by page (keyset on id) so 50,000 rows never load at once. `periksa_berkas()` runs
SQLite's `integrity_check` and verifies the audit hash chain (`domain.audit_chain`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from sistemkerja_desktop.db import audit
from sistemkerja_desktop.domain.audit_chain import Kerusakan, verify_chain, waktu_text
from sistemkerja_desktop.domain.errors import StorageError, ValidationError
from sistemkerja_desktop.domain.nip import format_nip, normalize_nip
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.riwayat_dto import (
    TABEL_LABEL,
    BarisBanding,
    HasilPeriksaBerkas,
    RiwayatRow,
    parse_json,
)

log = logging.getLogger(__name__)

_COLUMNS = ("id, waktu, pelaku, pengguna, tabel, record_uuid, aksi, sebelum, sesudah, "
            "keterangan")
_PERSON_TABLES = ("kedudukan", "anggota_tim")  # records that belong to one pegawai
_PERSON_KEYS = (("posisi", "pemangku_id"), ("tim", "penanggung_jawab_id"))  # rows naming one
_LABEL_COLUMN = {"perangkat_daerah": "nama", "unit": "nama", "posisi": "nama", "tim": "nama",
                 "tugas_tim": "uraian", "penandatangan": "label", "pola_nomor": "jenis",
                 "nomor_register": "nomor", "dokumen_tim": "nomor"}
# Foreign keys named in the before/after comparison: key → (table, label column).
_REFERENCES = {"pegawai_id": "pegawai", "pemangku_id": "pegawai",
               "penanggung_jawab_id": "pegawai", "unit_id": "unit", "parent_id": "unit",
               "unit_pemilik_id": "unit", "ppk_position_id": "posisi",
               "pemilik_kinerja_position_id": "posisi", "tim_id": "tim"}


@dataclass(frozen=True, slots=True)
class RiwayatFilter:
    nip: str = ""  # one pegawai, exactly (any spacing); a bad NIP is a ValidationError
    orang: str = ""  # part of a name or NIP (the GUI's search field)
    tabel: str = ""  # one audited table ("" = all)
    sejak: dt.date | None = None  # local dates, both inclusive
    sampai: dt.date | None = None


def _jx(column: str, key: str, pg: bool = False) -> str:
    """SQL for `column`'s JSON value at `key`; NULL (not an error) when an outside edit left
    text that is not JSON. On a PostgreSQL server (`pg`): the value as text, for text that
    looks like a JSON object."""
    if pg:
        return f"(CASE WHEN {column} ~ '^\\s*[{{]' THEN CAST({column} AS jsonb) ->> '{key}' END)"
    return f"(CASE WHEN json_valid({column}) THEN json_extract({column}, '$.{key}') END)"


def _each(param: str, pg: bool = False, number: bool = False) -> str:
    """SQL for the values of the JSON list bound to `param` (`_json_list`), as a sub-select;
    `number`: compared with an integer column (a server does not compare text with numbers)."""
    if not pg:
        return f"(SELECT value FROM json_each(:{param}))"
    value = "CAST(value AS bigint)" if number else "value"
    return f"(SELECT {value} FROM jsonb_array_elements_text(CAST(:{param} AS jsonb)))"


def _pg(conn: Connection) -> bool:
    return conn.dialect.name != "sqlite"


def _json_list(values: Any) -> str:
    return json.dumps(sorted(values), ensure_ascii=False)


class RiwayatHasil:
    """The rows a filter selects: `jumlah` of them, read `halaman(sebelum_id, n)` at a time."""

    def __init__(self, service: RiwayatService, where: str, params: dict[str, Any],
                 jumlah: int) -> None:
        self._service = service
        self._where = where
        self._params = params
        self.jumlah = jumlah

    def halaman(self, sebelum_id: int | None = None, n: int = 200) -> list[RiwayatRow]:
        """Up to `n` rows older than `sebelum_id` (None: the newest), newest first."""
        where, params = self._where, dict(self._params, n=n)
        if sebelum_id is not None:
            where = f"({where}) AND id < :sebelum_id"
            params["sebelum_id"] = sebelum_id
        with self._service.reading() as conn:
            raw = conn.execute(text(f"SELECT {_COLUMNS} FROM audit_log WHERE {where} "
                                    "ORDER BY id DESC LIMIT :n"), params).all()
            return self._service.rows(conn, raw)

    def semua(self) -> list[RiwayatRow]:
        rows: list[RiwayatRow] = []
        while page := self.halaman(rows[-1].id if rows else None, 2000):
            rows.extend(page)
        return rows


class RiwayatService:
    def __init__(self, ctx: ServiceContext, tz: dt.tzinfo | None = None) -> None:
        self.ctx = ctx
        self.tz = tz  # None: the computer's local time zone

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A reading connection; a file that cannot be read is a StorageError."""
        try:
            with self.ctx.reading() as s:
                yield s.connection()
        except DBAPIError as exc:
            label = self.ctx.db.label  # "berkas data NAMA" / "basis data NAMA di server X"
            raise StorageError(f"{label[:1].upper()}{label[1:]} tidak dapat dibaca "
                               f"({exc.orig}). Tidak ada yang diubah.") from exc

    @staticmethod
    def tabel_pilihan() -> list[tuple[str, str]]:
        """(table, Indonesian label) for the table filter."""
        return list(TABEL_LABEL.items())

    # ---- selecting ---------------------------------------------------------------------------

    def cari(self, f: RiwayatFilter) -> RiwayatHasil:
        if f.tabel and f.tabel not in TABEL_LABEL:
            raise ValidationError(f"Tabel '{f.tabel}' tidak dikenal; pilih salah satu: "
                                  f"{', '.join(TABEL_LABEL)}.", field="tabel")
        if f.sejak and f.sampai and f.sejak > f.sampai:
            raise ValidationError(f"Tanggal sejak {f.sejak:%d-%m-%Y} sesudah tanggal sampai "
                                  f"{f.sampai:%d-%m-%Y}.", field="sejak")
        nip = normalize_nip(f.nip) if f.nip.strip() else ""
        clauses, params = ["1 = 1"], {}
        if f.tabel:
            clauses.append("tabel = :tabel")
            params["tabel"] = f.tabel
        if f.sejak:
            clauses.append("waktu >= :sejak")
            params["sejak"] = self._utc_text(f.sejak)
        if f.sampai:
            clauses.append("waktu < :sampai")
            params["sampai"] = self._utc_text(f.sampai + dt.timedelta(days=1))
        with self.reading() as conn:
            if nip or f.orang.strip():
                ids, uuids = self._people(conn, nip, f.orang.strip())
                if nip and not ids and not uuids:
                    raise ValidationError(f"Tidak ada pegawai dengan NIP {format_nip(nip)} di "
                                          "berkas ini maupun di riwayatnya.", field="nip")
                clauses.append(self._person_clause(conn, ids, uuids, params))
            where = " AND ".join(clauses)
            jumlah = conn.execute(text(f"SELECT count(*) FROM audit_log WHERE {where}"),
                                  params).scalar_one()
        return RiwayatHasil(self, where, params, int(jumlah))

    def _utc_text(self, day: dt.date) -> str:
        """Local midnight of `day` as the stored (UTC) text."""
        local = dt.datetime.combine(day, dt.time())
        aware = local.replace(tzinfo=self.tz) if self.tz else local.astimezone()
        return waktu_text(aware.astimezone(dt.UTC))

    def _people(self, conn: Connection, nip: str, orang: str) -> tuple[set[int], set[str]]:
        """Ids and uuids of the pegawai meant, also those deleted or renamed since."""
        # the raw-text test first: JSON is parsed only for the few rows that contain `q`
        pg = _pg(conn)
        if nip:
            match_now = "nip = :q"
            found = ("(strpos(sesudah, :q) > 0 OR strpos(sebelum, :q) > 0)" if pg
                     else "(instr(sesudah, :q) OR instr(sebelum, :q))")
            match_log = (f"{found} AND ({_jx('sesudah', 'nip', pg)} = :q OR "
                         f"{_jx('sebelum', 'nip', pg)} = :q)")
            q = nip
        else:
            match_now = "(nip LIKE :q OR lower(nama) LIKE :q)"
            like = "ILIKE" if pg else "LIKE"  # SQLite's LIKE ignores ASCII case
            match_log = f"(sesudah {like} :q OR sebelum {like} :q) AND ({{}})".format(" OR ".join(
                f"lower({_jx(c, k, pg)}) LIKE :q"
                for c in ("sesudah", "sebelum") for k in ("nip", "nama")))
            digits = orang.replace(" ", "")
            q = f"%{digits if digits.isdigit() else orang.lower()}%"
        ids, uuids = set(), set()
        for id_, uuid in conn.execute(text(f"SELECT id, uuid FROM pegawai WHERE {match_now}"),
                                      {"q": q}):
            ids.add(int(id_))
            uuids.add(str(uuid))
        logged = {str(u) for (u,) in conn.execute(text(
            f"SELECT DISTINCT record_uuid FROM audit_log WHERE tabel = 'pegawai' AND "
            f"({match_log})"), {"q": q})}
        gone = logged - uuids
        uuids |= logged
        if gone:  # deleted pegawai: their id is in the deletion's "sebelum"
            for (id_,) in conn.execute(text(
                    f"SELECT {_jx('sebelum', 'id', pg)} FROM audit_log WHERE tabel = "
                    f"'pegawai' AND aksi = 'hapus' AND record_uuid IN {_each('u', pg)}"),
                    {"u": _json_list(gone)}):
                if id_ is not None:
                    ids.add(int(id_))
        return ids, uuids

    @staticmethod
    def _person_clause(conn: Connection, ids: set[int], uuids: set[str],
                       params: dict[str, Any]) -> str:
        """Rows about these pegawai: their own rows, their kedudukan and memberships (now or
        ever), and the seats/teams whose holder/lead was one of them. The matching audit ids
        are collected here (two passes over the log), so counting and paging are lookups."""
        person_ids = _json_list(ids)
        records = set(uuids)
        pg = _pg(conn)
        for table in _PERSON_TABLES:
            records |= {str(u) for (u,) in conn.execute(text(
                f"SELECT uuid FROM {table} WHERE pegawai_id IN {_each('ids', pg, number=True)}"),
                {"ids": person_ids})}
        keys = [(t, "pegawai_id") for t in _PERSON_TABLES] + list(_PERSON_KEYS)
        mentions = " OR ".join(
            f"(tabel = '{t}' AND {_jx(c, k, pg)} IN {_each('ids', pg)})"
            for t, k in keys for c in ("sesudah", "sebelum"))
        audit_ids: set[int] = set()
        for id_, tabel, uuid in conn.execute(text(
                f"SELECT id, tabel, record_uuid FROM audit_log WHERE {mentions}"),
                {"ids": person_ids}):
            if tabel in _PERSON_TABLES:
                records.add(str(uuid))  # a kedudukan/membership deleted since: all its rows
            else:
                audit_ids.add(int(id_))  # a seat/team row naming the person: that row only
        audit_ids |= {int(i) for (i,) in conn.execute(text(
            f"SELECT id FROM audit_log WHERE record_uuid IN {_each('u', pg)}"),
            {"u": _json_list(records)})}
        params["orang_id"] = _json_list(audit_ids)
        return f"id IN {_each('orang_id', pg, number=True)}"

    # ---- building rows -----------------------------------------------------------------------

    def rows(self, conn: Connection, raw: Sequence[Any]) -> list[RiwayatRow]:
        labels = self._labels(conn, raw)
        out = []
        for (id_, waktu, pelaku, pengguna, tabel, record_uuid, aksi, sebelum, sesudah,
             keterangan) in raw:
            rujukan, nip = labels.get(str(record_uuid), ("", ""))
            out.append(RiwayatRow(
                id=int(id_), waktu=self._local(waktu), pelaku=str(pelaku or ""),
                pengguna=str(pengguna or ""), tabel=str(tabel), record_uuid=str(record_uuid),
                rujukan=rujukan, nip=nip, aksi=str(aksi), sebelum=parse_json(sebelum),
                sesudah=parse_json(sesudah), keterangan=str(keterangan or "")))
        return out

    def _local(self, stored: Any) -> dt.datetime:
        try:
            utc = dt.datetime.fromisoformat(str(stored))
        except ValueError:  # edited outside the application
            utc = dt.datetime(1970, 1, 1)
        return utc.replace(tzinfo=dt.UTC).astimezone(self.tz)

    def _labels(self, conn: Connection, raw: Sequence[Any]) -> dict[str, tuple[str, str]]:
        """record uuid → (what it is, the pegawai's NIP or "") for one page of rows."""
        by_table: dict[str, set[str]] = {}
        for r in raw:
            by_table.setdefault(str(r[4]), set()).add(str(r[5]))
        out: dict[str, tuple[str, str]] = {}

        def person(nip: str, nama: str) -> tuple[str, str]:
            return f"{format_nip(nip)} {nama}", nip

        for table, uuids in by_table.items():
            param = {"u": _json_list(uuids)}
            inside = f"IN {_each('u', _pg(conn))}"
            if table == "pegawai":
                for u, nip, nama in conn.execute(text(
                        f"SELECT uuid, nip, nama FROM pegawai WHERE uuid {inside}"), param):
                    out[u] = person(nip, nama)
            elif table in _PERSON_TABLES:
                extra = (", t.nama FROM anggota_tim r JOIN tim t ON t.id = r.tim_id"
                         if table == "anggota_tim" else ", '' FROM kedudukan r")
                for u, nip, nama, tim in conn.execute(text(
                        f"SELECT r.uuid, p.nip, p.nama{extra} JOIN pegawai p ON "
                        f"p.id = r.pegawai_id WHERE r.uuid {inside}"), param):
                    label, nip = person(nip, nama)
                    out[u] = (f"{label} — {tim}" if tim else label, nip)
            elif table in _LABEL_COLUMN:
                column = _LABEL_COLUMN[table]
                for u, label in conn.execute(text(
                        f"SELECT uuid, {column} FROM {table} WHERE uuid {inside}"), param):
                    out[u] = (_short(str(label)), "")
        missing = [r for r in raw if str(r[5]) not in out]
        if missing:
            self._labels_from_log(conn, missing, out)
        return out

    def _labels_from_log(self, conn: Connection, raw: Sequence[Any],
                         out: dict[str, tuple[str, str]]) -> None:
        """Records deleted since: named from the values their audit rows carry."""
        values: dict[str, dict[str, Any]] = {}
        for r in raw:
            merged = values.setdefault(str(r[5]), {})
            for text_ in (r[7], r[8]):
                merged.update(parse_json(text_) or {})
        person_ids = {v["pegawai_id"] for v in values.values()
                      if isinstance(v.get("pegawai_id"), int)}
        people = {int(i): (n, m) for i, n, m in conn.execute(text(
            f"SELECT id, nip, nama FROM pegawai WHERE id IN {_each('i', _pg(conn), True)}"),
            {"i": _json_list(person_ids)})} if person_ids else {}
        for r in raw:
            uuid, table = str(r[5]), str(r[4])
            v = values[uuid]
            if table == "pegawai" and v.get("nip"):
                out[uuid] = (f"{format_nip(str(v['nip']))} {v.get('nama', '')}".strip(),
                             str(v["nip"]))
            elif table in _PERSON_TABLES and v.get("pegawai_id") in people:
                nip, nama = people[v["pegawai_id"]]
                out[uuid] = (f"{format_nip(nip)} {nama}", nip)
            else:
                label = v.get(_LABEL_COLUMN.get(table, "nama")) or uuid[:8]
                out[uuid] = (_short(str(label)), "")

    # ---- one row in detail ------------------------------------------------------------------

    def banding(self, row: RiwayatRow) -> list[BarisBanding]:
        """`row`'s fields side by side, referenced records named (pegawai_id 5 → NIP nama)."""
        wanted: dict[str, set[int]] = {}
        for source in (row.sebelum or {}, row.sesudah or {}):
            for key, value in source.items():
                if key in _REFERENCES and isinstance(value, int):
                    wanted.setdefault(_REFERENCES[key], set()).add(value)
        names: dict[tuple[str, int], str] = {}
        with self.reading() as conn:
            for table, ids in wanted.items():
                label = "nip, nama" if table == "pegawai" else "'', nama"
                for id_, nip, nama in conn.execute(text(
                        f"SELECT id, {label} FROM {table} WHERE id IN "
                        f"{_each('i', _pg(conn), True)}"), {"i": _json_list(ids)}):
                    names[(table, int(id_))] = (f"{format_nip(nip)} {nama}" if nip
                                                else _short(str(nama)))
        rujukan = {(key, id_): names[(table, id_)] for key, table in _REFERENCES.items()
                   for (t, id_) in names if t == table}
        return row.banding(rujukan)

    # ---- periksa-berkas -----------------------------------------------------------------------

    def periksa_berkas(self, progress: Callable[[int, int], None] | None = None
                       ) -> HasilPeriksaBerkas:
        """SQLite's integrity_check and the audit chain. Reads only; a damaged file is reported,
        not raised."""
        name = str(self.ctx.db.path)
        server = self.ctx.db.server  # a PostgreSQL server checks its own storage
        if progress:
            progress(0, 2)
        try:
            with self.ctx.reading() as s:
                conn = s.connection()
                integrity = ("ok",) if server else tuple(
                    line.strip() for r in conn.exec_driver_sql("PRAGMA integrity_check(50)")
                    for line in str(r[0]).splitlines() if line.strip())
                if progress:
                    progress(1, 2)
                report = verify_chain(audit.chain_rows(conn), audit.read_anchor(conn))
        except DBAPIError as exc:
            log.info("periksa-berkas: the file cannot be read: %s", exc.orig)
            return HasilPeriksaBerkas(
                berkas=name, integritas=(f"berkas tidak dapat dibaca: {exc.orig}",),
                baris_audit=0, rantai_rusak=1,
                pesan_rantai="log audit tidak dapat dibaca dari berkas yang rusak.")
        if progress:
            progress(2, 2)
        first = report.first
        if first is None:
            return HasilPeriksaBerkas(berkas=name, integritas=integrity,
                                      baris_audit=report.rows, rantai_rusak=0, pesan_rantai="",
                                      server=server)
        if first.waktu:
            first = dataclasses.replace(first, waktu=f"{self._local(first.waktu):%d-%m-%Y %H.%M}")
        log.info("periksa-berkas: audit chain broken (%s at id %s)", first.kind, first.id)
        return HasilPeriksaBerkas(
            berkas=name, integritas=integrity, baris_audit=report.rows,
            rantai_rusak=report.breaks, pesan_rantai=first.pesan(), server=server,
            id_rusak=first.id if first.kind is not Kerusakan.EKOR_HILANG else first.hilang_dari,
            waktu_rusak=first.waktu, tabel_rusak=first.tabel, aksi_rusak=first.aksi,
            jenis_rusak=first.kind.value)


def _short(label: str, width: int = 80) -> str:
    label = " ".join(label.split())
    return label if len(label) <= width else label[:width - 1] + "…"
