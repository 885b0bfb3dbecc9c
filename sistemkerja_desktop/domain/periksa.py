"""`periksa`: check a whole agency's kedudukan against the active regulation profile.

One pass over pegawai and kedudukan with dict indexes built once (O(n)); cycle detection is an
iterative Tarjan SCC over the "is assessed by" graph. Finding codes:

Perbup rules (tingkat + dasar from the profile): PPK_TIDAK_ADA, PPK_GANDA, PPK_KOSONG,
PPK_DIRI_SENDIRI, PPK_BUKAN_PEJABAT_PENILAI, PPK_SIKLUS, and the profile's row codes
(PPK_PENGAWAS_BAWAHAN, PPK_INSPEKTUR_PEMBANTU, JF_MADYA_UTAMA_BUKAN_JPT, JF_UTAMA_BUKAN_SEKDA,
JF_DI_BAWAH_JPT, JF_DI_BAWAH_PENGAWAS, JF_SETARA_PIMPINAN_JF). A row's unit filters look at the
pegawai's nearest unit kerja (domain.pola_unit, resolved once per unit).
Data checks: NIP_GANDA, PEGAWAI_TANPA_JABATAN, PEGAWAI_TANPA_UNIT, KEDUDUKAN_POSISI_TIDAK_DIKENAL,
KEDUDUKAN_PEGAWAI_TIDAK_DIKENAL (galat); GOLONGAN_TIDAK_SESUAI_JENJANG and
UNIT_INDUK_TIDAK_DIKETAHUI (an imported unit whose parent could not be inferred) (peringatan).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.jabatan import JFKategori, Kategori, golongan_fits_jenjang
from sistemkerja_desktop.domain.nip import nip_label
from sistemkerja_desktop.domain.organisasi import Kedudukan, Pegawai, Position, Struktur
from sistemkerja_desktop.domain.pola_unit import PetaUnit
from sistemkerja_desktop.domain.profiles.base import RegulationProfile
from sistemkerja_desktop.domain.profiles.citation import KEPPRES_87_1999, VALIDASI_DATA, Citation

_BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")


def tanggal_indonesia(tanggal: dt.date) -> str:
    return f"{tanggal.day} {_BULAN[tanggal.month - 1]} {tanggal.year}"


def siapa(p: Pegawai) -> str:
    """'dr. Intan Permatasari (NIP 19680411 199303 1 009)'."""
    return f"{p.nama_lengkap} ({nip_label(p.status).rstrip('.')} {p.nip_tampil})"


class _Periksa:
    def __init__(self, s: Struktur, profile: RegulationProfile, tanggal: dt.date) -> None:
        self.s, self.profile, self.tanggal = s, profile, tanggal
        self.tgl = tanggal_indonesia(tanggal)
        self.units = s.unit_by_id
        self.positions = s.position_by_id
        self.pegawai = s.pegawai_by_id
        self.kedudukan = s.kedudukan_on(tanggal)
        self.out: list[Finding] = []
        self._path: dict[int | None, str] = {}
        self.peta = PetaUnit(s)  # unit → its unit kerja (memoised), for the profile's rows
        self.edges: dict[int, list[int]] = {}

    # ---- helpers ----------------------------------------------------------------------------

    def path(self, unit_id: int | None) -> str:
        if unit_id not in self._path:
            self._path[unit_id] = self.s.unit_path(unit_id)
        return self._path[unit_id]

    def di(self, p: Pegawai) -> str:
        path = self.path(p.unit_id)
        return f"pada {path}" if path else "(tanpa unit)"

    def tambah(self, kode: str, p: Pegawai | None, pesan: str, tingkat: Tingkat,
               dasar: Citation) -> None:
        self.out.append(Finding(kode=kode, tingkat=tingkat, pesan=pesan, dasar=str(dasar),
                                pegawai_id=p.id if p else None, nip=p.nip if p else None,
                                unit_id=p.unit_id if p else None))

    def aturan(self, kode: str, p: Pegawai, pesan: str) -> None:
        rule = self.profile.dasar(kode)
        self.tambah(kode, p, pesan, rule.tingkat, rule.dasar)

    def data(self, kode: str, p: Pegawai | None, pesan: str) -> None:
        self.tambah(kode, p, pesan, Tingkat.GALAT, VALIDASI_DATA)

    # ---- checks -----------------------------------------------------------------------------

    def run(self) -> list[Finding]:
        self.nip_ganda()
        for p in self.s.pegawai:
            if p.aktif and not p.eksternal:
                self.pegawai_data(p)
                self.kedudukan_pegawai(p)
        for pegawai_id in self.kedudukan:
            if pegawai_id not in self.pegawai:
                self.data("KEDUDUKAN_PEGAWAI_TIDAK_DIKENAL", None,
                          f"Kedudukan per {self.tgl} merujuk ke pegawai #{pegawai_id} yang tidak "
                          "ada dalam data pegawai.")
        self.siklus()
        self.unit_induk()
        return sorted(self.out, key=self.urutan)

    def run_untuk(self, pegawai_ids: Iterable[int]) -> list[Finding]:
        """The kedudukan rules (not the data checks) for some pegawai only: their own
        kedudukan and whether their chain of assessors returns to them."""
        ids = list(dict.fromkeys(pegawai_ids))
        for pid in ids:
            p = self.pegawai.get(pid)
            if p is not None and p.aktif and not p.eksternal:
                self.kedudukan_pegawai(p)
                chain = self.jalur_kembali(pid)
                if chain:
                    self.pesan_siklus(p, chain)
        return sorted(self.out, key=self.urutan)

    def atasan(self, pid: int) -> list[int]:
        """Active holders of the PPK positions of `pid` (the edges `siklus` walks)."""
        out: list[int] = []
        for k in self.kedudukan.get(pid, []):
            pos = self.positions.get(k.ppk_position_id)
            if pos is None or pos.pemangku_id is None or pos.pemangku_id == pid:
                continue
            holder = self.pegawai.get(pos.pemangku_id)
            if holder is not None and holder.aktif:
                out.append(holder.id)
        return out

    def jalur_kembali(self, start: int) -> list[int]:
        """A chain start → … → start through the assessors, or [] (breadth-first)."""
        parent: dict[int, int] = {}
        frontier = [start]
        while frontier:
            nxt: list[int] = []
            for node in frontier:
                for up in self.atasan(node):
                    if up == start:
                        chain = [start]
                        while node != start:
                            chain.append(node)
                            node = parent[node]
                        return [start, *reversed(chain[1:]), start]
                    if up not in parent:
                        parent[up] = node
                        nxt.append(up)
            frontier = nxt
        return []

    def pesan_siklus(self, p: Pegawai, chain: list[int]) -> None:
        teks = " → ".join(self.pegawai[i].nama_lengkap for i in chain)
        self.aturan("PPK_SIKLUS", p, f"Rantai penilaian kinerja melingkar per {self.tgl}: "
                                     f"{teks} ({siapa(p)} {self.di(p)}).")

    def urutan(self, f: Finding) -> tuple[object, ...]:
        p = self.pegawai.get(f.pegawai_id) if f.pegawai_id is not None else None
        return (f.tingkat is not Tingkat.GALAT, self.path(f.unit_id).casefold(),
                (p.nama if p else "").casefold(), f.kode,
                f.pegawai_id if f.pegawai_id is not None else -1, f.pesan)

    def nip_ganda(self) -> None:
        by_nip: dict[str, list[Pegawai]] = {}
        for p in self.s.pegawai:
            key = "".join(ch for ch in p.nip if ch.isdigit())
            if key:
                by_nip.setdefault(key, []).append(p)
        for group in by_nip.values():
            if len(group) < 2:
                continue
            for p in group:
                lain = ", ".join(f"{o.nama_lengkap} {self.di(o)}" for o in group if o is not p)
                self.data("NIP_GANDA", p, f"NIP {p.nip_tampil} milik {p.nama_lengkap} {self.di(p)} "
                                          f"juga tercatat untuk {lain}.")

    def pegawai_data(self, p: Pegawai) -> None:
        if p.jabatan is None:
            self.data("PEGAWAI_TANPA_JABATAN", p,
                      f"{siapa(p)} {self.di(p)} belum memiliki jabatan.")
        if p.unit_id is None:
            self.data("PEGAWAI_TANPA_UNIT", p,
                      f"{siapa(p)} belum ditempatkan pada unit organisasi.")
        elif p.unit_id not in self.units:
            self.data("PEGAWAI_TANPA_UNIT", p,
                      f"{siapa(p)} ditempatkan pada unit #{p.unit_id} yang tidak ada.")
        jab = p.jabatan
        if (jab is not None and jab.kategori is Kategori.FUNGSIONAL and jab.jenjang is not None
                and p.golongan is not None and not golongan_fits_jenjang(p.golongan, jab.jenjang)):
            low, high = jab.jenjang.pangkat_range
            self.tambah("GOLONGAN_TIDAK_SESUAI_JENJANG", p,
                        f"{siapa(p)}, {jab.nama}, {self.di(p)} berpangkat {p.golongan.tampil}, di "
                        f"luar rentang {low}–{high} untuk jenjang {jab.jenjang}.",
                        Tingkat.PERINGATAN, KEPPRES_87_1999)

    def unit_induk(self) -> None:
        for u in self.s.units:
            if not u.induk_tidak_diketahui:
                continue
            induk = self.units.get(u.parent_id) if u.parent_id is not None else None
            tempat = (f"diletakkan langsung di bawah {induk.nama}" if induk is not None
                      else "diletakkan di puncak struktur")
            self.out.append(Finding(
                kode="UNIT_INDUK_TIDAK_DIKETAHUI", tingkat=Tingkat.PERINGATAN,
                pesan=f"Unit {u.nama}: induknya tidak dapat ditentukan dari berkas impor "
                      f"(NIP ATASAN pimpinannya tidak menunjuk unit lain), sehingga {tempat}. "
                      "Tetapkan induknya di dialog unit.",
                dasar=str(VALIDASI_DATA), unit_id=u.id))

    def kedudukan_pegawai(self, p: Pegawai) -> None:
        ks = self.kedudukan.get(p.id, [])
        if p.jabatan is not None and p.jabatan.is_jf_or_pelaksana:
            if not ks:
                self.aturan("PPK_TIDAK_ADA", p, f"{siapa(p)}, {p.jabatan.nama}, {self.di(p)} belum "
                                                f"memiliki Pejabat Penilai Kinerja per {self.tgl}.")
            elif len(ks) > 1:
                nama = "; ".join(self.positions[k.ppk_position_id].nama
                                 if k.ppk_position_id in self.positions
                                 else f"jabatan #{k.ppk_position_id}" for k in ks)
                self.aturan("PPK_GANDA", p, f"{siapa(p)} {self.di(p)} memiliki {len(ks)} Pejabat "
                                            f"Penilai Kinerja sekaligus per {self.tgl}: {nama}.")
        for k in ks:
            self.satu_kedudukan(p, k)

    def satu_kedudukan(self, p: Pegawai, k: Kedudukan) -> None:
        pos = self.positions.get(k.ppk_position_id)
        if pos is None:
            self.data("KEDUDUKAN_POSISI_TIDAK_DIKENAL", p,
                      f"Kedudukan {siapa(p)} {self.di(p)} merujuk ke jabatan Pejabat Penilai "
                      f"Kinerja #{k.ppk_position_id} yang tidak ada.")
            return
        if pos.pemangku_id == p.id:
            self.aturan("PPK_DIRI_SENDIRI", p,
                        f"{siapa(p)} {self.di(p)} tercatat sebagai Pejabat Penilai Kinerja bagi "
                        f"dirinya sendiri ({pos.nama}).")
            return
        holder = self.pegawai.get(pos.pemangku_id) if pos.pemangku_id is not None else None
        if holder is None or not holder.aktif:
            sebab = ("kosong" if pos.pemangku_id is None else
                     "dipangku pegawai yang tidak aktif" if holder else
                     f"dipangku pegawai #{pos.pemangku_id} yang tidak ada")
            self.aturan("PPK_KOSONG", p, f"Jabatan {pos.nama}, Pejabat Penilai Kinerja bagi "
                                         f"{siapa(p)} {self.di(p)}, {sebab} per {self.tgl}.")
        else:
            self.edges.setdefault(p.id, []).append(holder.id)
        if pos.kategori.struktural:
            self.penempatan(p, k, pos)
            return
        unit = self.units.get(pos.unit_id) if pos.unit_id is not None else None
        mandiri = pos.pimpinan_unit and unit is not None and unit.mandiri
        if not mandiri and not k.delegasi:
            self.aturan("PPK_BUKAN_PEJABAT_PENILAI", p,
                        f"Pejabat Penilai Kinerja bagi {siapa(p)} {self.di(p)} adalah {pos.nama} "
                        f"({pos.kategori}), di bawah Pejabat Pengawas, tanpa pendelegasian "
                        "kewenangan dan bukan pimpinan unit kerja mandiri.")
        elif mandiri and holder is not None and holder.aktif:
            self.pimpinan_jf(p, k, pos, holder)

    def penempatan(self, p: Pegawai, k: Kedudukan, pos: Position) -> None:
        jab = p.jabatan
        if jab is None:
            return
        ppk_unit = self.units.get(pos.unit_id) if pos.unit_id is not None else None
        ppk_jenis = ppk_unit.jenis if ppk_unit is not None else None
        lingkungan = self.peta.lingkungan(p.unit_id)
        ppk_lingkungan = self.peta.lingkungan(pos.unit_id)
        for rule in self.profile.aturan_kedudukan:
            if k.delegasi and rule.delegasi_membebaskan:
                continue
            if not rule.berlaku_untuk(jab.kategori, jab.jenjang, lingkungan):
                continue
            if not rule.menilai(pos, ppk_jenis, ppk_lingkungan):
                continue
            if rule.menerima(pos, lingkungan):
                continue
            self.tambah(rule.kode, p, f"{siapa(p)}, {jab.nama}, {self.di(p)}, dinilai oleh "
                                      f"{pos.nama} ({pos.kategori}), padahal {rule.uraian}.",
                        rule.tingkat, rule.dasar)
            return

    def pimpinan_jf(self, p: Pegawai, k: Kedudukan, pos: Position, holder: Pegawai) -> None:
        rule = self.profile.aturan_pimpinan_jf
        jab, lead = p.jabatan, holder.jabatan
        if (rule is None or jab is None or lead is None or jab.jenjang is None
                or lead.jenjang is None or (k.delegasi and rule.delegasi_membebaskan)):
            return
        if rule.hanya_keahlian and jab.jenjang.kategori is not JFKategori.KEAHLIAN:
            return
        if jab.jenjang.rank >= lead.jenjang.rank:
            self.tambah(rule.kode, p,
                        f"{siapa(p)}, {jab.nama}, {self.di(p)}, dinilai oleh {pos.nama} "
                        f"({holder.nama_lengkap}, {lead.jenjang}), padahal {rule.uraian}.",
                        rule.tingkat, rule.dasar)

    def siklus(self) -> None:
        for scc in _komponen_kuat(self.edges, (p.id for p in self.s.pegawai)):
            members = set(scc)
            for start in scc:
                self.pesan_siklus(self.pegawai[start], _rantai(start, members, self.edges))


def _komponen_kuat(edges: dict[int, list[int]], nodes: Iterable[int]) -> list[list[int]]:
    """Strongly connected components with more than one node (iterative Tarjan)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    result: list[list[int]] = []
    counter = 0
    for root in nodes:
        if root in index or root not in edges:
            continue
        work: list[tuple[int, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            succ = edges.get(node, [])
            if i < len(succ):
                work.append((node, i + 1))
                nxt = succ[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp: list[int] = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    comp.append(top)
                    if top == node:
                        break
                if len(comp) > 1:
                    result.append(comp)
    return result


def _rantai(start: int, members: set[int], edges: dict[int, list[int]]) -> list[int]:
    """A walk inside the component from `start`, closed back to `start` when possible."""
    chain, seen, cur = [start], {start}, start
    while True:
        succ = [n for n in edges.get(cur, []) if n in members]
        if start in succ and len(chain) > 1:
            return [*chain, start]
        nxt = next((n for n in succ if n not in seen), None)
        if nxt is None:
            return [*chain, start] if start in succ else chain
        chain.append(nxt)
        seen.add(nxt)
        cur = nxt


def periksa(struktur: Struktur, profile: RegulationProfile, tanggal: dt.date) -> list[Finding]:
    """All findings for the agency as of `tanggal`, galat first, then by unit path and nama."""
    return _Periksa(struktur, profile, tanggal).run()


def periksa_pegawai(struktur: Struktur, profile: RegulationProfile, tanggal: dt.date,
                    pegawai_ids: Iterable[int]) -> list[Finding]:
    """`periksa`'s kedudukan rules for the given pegawai only (same codes, tingkat, dasar).

    Used to judge a proposed move (`domain.pindah.cek_pindah`): data checks that a move cannot
    change (NIP ganda, golongan) are left out."""
    return _Periksa(struktur, profile, tanggal).run_untuk(pegawai_ids)
