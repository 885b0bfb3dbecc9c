"""The help's pages as HTML (rendered by QTextBrowser), built without Qt.

Pages: `mulai`, one per area (`AREA_KUNCI`), `aturan` (the rule behind every finding, for one
regulation profile) and `pintasan` (keyboard shortcuts: the caller collects the actions' real
shortcuts at run time and passes them in; the keys that views handle themselves, without an
action, are listed in `TOMBOL_TAMPILAN`, which tests/views/test_bantuan.py holds to the code).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.profiles.citation import SEED_SINGKAT
from sistemkerja_desktop.views.bantuan.aturan import (
    BAGAN,
    KEDUDUKAN,
    TIM,
    AturanTemuan,
    Dasar,
    aturan_temuan,
)
from sistemkerja_desktop.views.bantuan.kutipan import kutipan_untuk
from sistemkerja_desktop.views.bantuan.panduan import AREA_KUNCI, PANDUAN, panduan

MULAI, ATURAN, PINTASAN = "mulai", "aturan", "pintasan"
HALAMAN = (MULAI, *AREA_KUNCI, ATURAN, PINTASAN)

_CSS = """
<style>
h2 { color: #1f3b57; margin-bottom: 4px; }
h3 { color: #1f3b57; margin-top: 14px; margin-bottom: 2px; }
h4 { margin-top: 10px; margin-bottom: 2px; }
p, li { line-height: 135%; }
.kode { color: #666666; font-family: monospace; font-size: small; }
.galat { color: #b3261e; font-weight: bold; }
.peringatan { color: #8a5a00; font-weight: bold; }
.dasar { margin-left: 12px; }
.kutip { margin-left: 24px; color: #333333; font-style: italic; }
.redup { color: #666666; }
td { padding: 3px 10px 3px 0px; }
th { text-align: left; padding: 3px 10px 3px 0px; background: #eef2f6; }
</style>
"""


@dataclass(frozen=True, slots=True)
class Pintasan:
    kelompok: str  # the menu or area ("Berkas", "Bagan Organisasi")
    perintah: str  # what it does
    tombol: str  # the key sequence(s), as Qt names them ("Ctrl+O")


@dataclass(frozen=True, slots=True)
class TombolTampilan:
    """A key a view handles itself (keyPressEvent/eventFilter), not through an action."""

    kelompok: str
    perintah: str
    tombol: str
    modul: str  # the module (under sistemkerja_desktop/) that handles it
    qt_keys: tuple[str, ...]  # Qt.Key names that module tests for


TOMBOL_TAMPILAN: tuple[TombolTampilan, ...] = (
    TombolTampilan("Bagan Organisasi", "Pindah ke kartu di sebelahnya", "\u2190 \u2192 \u2191 "
                   "\u2193", "views/orgchart/view.py", ("Key_Left", "Key_Right", "Key_Up",
                                                        "Key_Down")),
    TombolTampilan("Bagan Organisasi", "Perbesar / perkecil", "+ / \u2212",
                   "views/orgchart/view.py", ("Key_Plus", "Key_Minus")),
    TombolTampilan("Bagan Organisasi", "Paskan seluruh bagan", "0", "views/orgchart/view.py",
                   ("Key_0",)),
    TombolTampilan("Bagan Organisasi", "Ciutkan / bentangkan kartu terpilih", "Enter",
                   "views/orgchart/view.py", ("Key_Return", "Key_Enter")),
    TombolTampilan("Bagan Organisasi", "Pilih kartu untuk dipindahkan (beberapa sekaligus)",
                   "Spasi", "views/orgchart/view.py", ("Key_Space",)),
    TombolTampilan("Bagan Organisasi", "Menu kartu terpilih", "Menu",
                   "views/orgchart/view.py", ("Key_Menu",)),
    TombolTampilan("Bagan Organisasi", "Batalkan seretan", "Esc", "views/orgchart/view.py",
                   ("Key_Escape",)),
    TombolTampilan("Tim Kerja", "Keluarkan anggota terpilih dari tim", "Del",
                   "views/teams/member_list.py", ("Key_Delete",)),
    TombolTampilan("Tim Kerja", "Ubah anggota terpilih", "Enter",
                   "views/teams/member_list.py", ("Key_Return", "Key_Enter")),
    TombolTampilan("Tim Kerja", "Tambahkan pegawai terpilih ke tim", "Enter",
                   "views/teams/member_picker.py", ("Key_Return", "Key_Enter")),
    TombolTampilan("Penugasan", "Buka permohonan terpilih di register", "Enter",
                   "views/penugasan/register_pane.py", ("Key_Return", "Key_Enter")),
)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _dokumen(body: str) -> str:
    return f"<html><head>{_CSS}</head><body>{body}</body></html>"


def judul_halaman(kunci: str) -> str:
    if kunci == MULAI:
        return "Mulai"
    if kunci == ATURAN:
        return "Aturan di balik temuan"
    if kunci == PINTASAN:
        return "Pintasan papan ketik"
    return panduan(kunci).judul


def html_mulai() -> str:
    areas = "".join(f'<li><a href="#{p.kunci}">{_e(p.judul)}</a> \u2014 {p.guna}</li>'
                    for p in PANDUAN)
    return _dokumen(
        "<h2>Panduan Sistem Kerja Desktop</h2>"
        "<p>Aplikasi ini menjalankan <i>Sistem Kerja untuk Penyederhanaan Birokrasi</i> satu "
        "Perangkat Daerah menurut Peraturan Bupati-nya (profil peraturan): kedudukan JF dan "
        "Pelaksana di bawah Pejabat Penilai Kinerja, Tim Kerja, penugasan dan laporan.</p>"
        f"<h3>Area</h3><ul>{areas}</ul>"
        f'<h3>Lainnya</h3><ul><li><a href="#{ATURAN}">Aturan di balik temuan</a> \u2014 setiap '
        "kode temuan dengan dasar Perbup-nya (seed, Pasal, kutipan teks).</li>"
        f'<li><a href="#{PINTASAN}">Pintasan papan ketik</a>.</li></ul>'
        "<h3>Bertukar data dengan laptop atau kantor lain</h3><ol>"
        "<li><b>Berkas \u203a Kirim perubahan\u2026</b> menyimpan paket <i>.skp</i>: seluruh "
        "data kantor, satu unit atau satu tim, boleh hanya yang berubah sejak suatu tanggal, "
        "ditandai kunci kantor bila dipakai; draf surel dengan paket terlampir ikut dibuat.</li>"
        "<li>Penerima memilih <b>Berkas \u203a Terima paket\u2026</b>: tampil pengirim, jumlah "
        "data yang ditambah, diubah dan dihapus, serta setiap konflik berdampingan (milik kita "
        "| milik mereka).</li>"
        "<li>Putuskan setiap konflik (per kolom, atau semua sekaligus), <b>Coba dulu</b> bila "
        "ingin, lalu <b>Impor</b>: satu transaksi, asal setiap data dicatat, dan paket yang "
        "sama tidak mengubah apa pun bila diimpor lagi. Paket yang diubah, terpotong atau "
        "bukan paket Sistem Kerja ditolak sebelum apa pun ditulis.</li></ol>"
        "<p class='redup'>F1 membuka panduan area yang sedang tampil. Kotak <i>Cari</i> di "
        "atas mencari di seluruh panduan.</p>")


def html_panduan(kunci: str) -> str:
    p = panduan(kunci)
    langkah = "".join(f"<li>{s}</li>" for s in p.langkah)
    catatan = "".join(f"<li>{s}</li>" for s in p.catatan)
    body = (f"<h2>{_e(p.judul)}</h2><p>{p.guna}</p>"
            f"<h3>Langkah biasa</h3><ol>{langkah}</ol>")
    if catatan:
        body += f"<h3>Perlu diketahui</h3><ul>{catatan}</ul>"
    body += (f'<p class="redup">Dasar setiap temuan: <a href="#{ATURAN}">Aturan di balik '
             f'temuan</a>. Tombol: <a href="#{PINTASAN}">Pintasan papan ketik</a>.</p>')
    return _dokumen(body)


def _tingkat(t: str) -> str:
    css = "galat" if t.startswith("galat") else "peringatan"
    return f'<span class="{css}">{_e(t[:1].upper() + t[1:])}</span>'


def _dasar_html(d: Dasar) -> str:
    c = d.citation
    sumber = _e(d.teks_dasar)
    if c is not None and c.seed:
        sumber += f' <span class="kode">(seed {_e(c.seed)})</span>'
    parts = [f"{_tingkat(d.tingkat)} \u00b7 {sumber}"]
    if d.berlaku:
        parts.append(f"Berlaku untuk: {_e(d.berlaku)}")
    if d.uraian:
        parts.append(f"Ketentuan: {_e(d.uraian)}")
    out = f'<p class="dasar">{"<br>".join(parts)}</p>'
    for k in kutipan_untuk(c):
        teks = " \u2026 ".join(_e(t) for t in k.teks)
        out += f'<p class="kutip"><b>{_e(k.rujukan)}:</b> \u201c{teks}\u201d</p>'
    return out


def _aturan_html(a: AturanTemuan, profile: RegulationProfile) -> str:
    head = (f'<a name="{a.kode}"></a><h4>{_e(a.label)} <span class="kode">{a.kode}</span>'
            "</h4>")
    if not a.dasar:
        return head + (f'<p class="dasar redup">Tidak diperiksa menurut {_e(profile.singkat)}.'
                       "</p>")
    return head + "".join(_dasar_html(d) for d in a.dasar)


def html_aturan(profile: RegulationProfile,
                aturan: Sequence[AturanTemuan] | None = None) -> str:
    rows = list(aturan if aturan is not None else aturan_temuan(profile))
    seed = f" (seed {_e(profile.seed)})" if profile.seed else ""
    body = (f"<h2>Aturan di balik temuan</h2><p><b>{_e(profile.nama)}</b>{seed}.</p>"
            "<p>Setiap temuan menyebut dasarnya. Di sini untuk setiap kode: tingkatnya "
            "(<i>galat</i> menolak penyimpanan atau naskah final; <i>peringatan</i> cukup "
            "diperhatikan), dasar yang dikutip temuan itu, dan kutipan teks Perbup bila "
            "tersedia \u2014 apa adanya dari teks peraturan yang dipindai (salah ketik hasil "
            "OCR ikut terkutip). Rujukan tanpa kutipan tampil dengan Pasalnya saja.</p>")
    for kelompok in (KEDUDUKAN, TIM, BAGAN):
        body += f"<h3>{_e(kelompok)}</h3>"
        body += "".join(_aturan_html(a, profile) for a in rows if a.kelompok == kelompok)
    body += ("<p class='redup'>Sumber: " + "; ".join(
        f"{_e(nama)} = seed {_e(seed_file)}" for seed_file, nama in SEED_SINGKAT.items())
        + ".</p>")
    return _dokumen(body)


def html_pintasan(pintasan: Iterable[Pintasan],
                  tampilan: Sequence[TombolTampilan] = TOMBOL_TAMPILAN) -> str:
    by_group: dict[str, list[tuple[str, str]]] = {}
    for p in pintasan:
        by_group.setdefault(p.kelompok, []).append((p.tombol, p.perintah))
    for t in tampilan:
        by_group.setdefault(t.kelompok, []).append((t.tombol, t.perintah))
    body = ("<h2>Pintasan papan ketik</h2><p>Dibaca dari perintah aplikasi saat ini: yang "
            "tertulis di sini adalah yang berlaku. Pintasan sebuah area bekerja selama area itu "
            "tampil.</p>")
    for group, rows in by_group.items():
        body += f"<h3>{_e(group)}</h3><table>"
        body += "".join(f'<tr><td width="170"><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>'
                        for k, v in rows)
        body += "</table>"
    return _dokumen(body)


def semua_halaman(profile: RegulationProfile, pintasan: Iterable[Pintasan]) -> dict[str, str]:
    """Every page's HTML by key, in `HALAMAN` order."""
    pages = {MULAI: html_mulai()}
    pages |= {k: html_panduan(k) for k in AREA_KUNCI}
    pages[ATURAN] = html_aturan(profile)
    pages[PINTASAN] = html_pintasan(pintasan)
    return pages


_TAG = re.compile(r"<style>.*?</style>|<[^>]+>", re.DOTALL)


def teks_polos(page_html: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", page_html)).split())


def cari(pages: Mapping[str, str], kata: str) -> list[str]:
    """The keys of the pages whose text contains `kata` (case-insensitive), in page order."""
    needle = " ".join(kata.split()).casefold()
    if not needle:
        return []
    return [k for k, v in pages.items() if needle in teks_polos(v).casefold()]
