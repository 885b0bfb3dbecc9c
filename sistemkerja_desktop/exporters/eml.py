"""An email draft as an .eml file: `X-Unsent: 1` makes Outlook and Thunderbird open it as a new
message ready to send, with the attachments. No mail server, no internet."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from sistemkerja_desktop.domain.errors import StorageError
from sistemkerja_desktop.exporters.files import write_bytes_atomic


def write_eml_draft(path: Path, *, subjek: str, isi: str, lampiran: Sequence[Path] = (),
                    kepada: str = "", pengirim: str = "") -> Path:
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = subjek
    msg["To"] = kepada
    if pengirim:
        msg["From"] = pengirim
    msg["Date"] = formatdate(localtime=True)
    msg["X-Unsent"] = "1"
    msg.set_content(isi, charset="utf-8")
    for item in lampiran:
        item = Path(item)
        ctype, _ = mimetypes.guess_type(item.name)
        if item.suffix.lower() == ".xlsx":
            ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        try:
            data = item.read_bytes()
        except OSError as exc:
            raise StorageError(f"Lampiran {item} tidak dapat dibaca: {exc.strerror or exc}; "
                               "draf surel tidak ditulis.") from exc
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=item.name)
    return write_bytes_atomic(Path(path), msg.as_bytes(), ".eml")
