"""An email draft as an .eml file: `X-Unsent: 1` makes Outlook and Thunderbird open it as a new
message ready to send, with the attachments. No mail server, no internet."""

from __future__ import annotations

import mimetypes
import os
import tempfile
from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from sistemkerja_desktop.domain.errors import StorageError


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
        msg.add_attachment(item.read_bytes(), maintype=maintype, subtype=subtype,
                           filename=item.name)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".eml")
        with os.fdopen(fd, "wb") as fh:
            fh.write(msg.as_bytes())
        os.replace(tmp, path)
    except OSError as exc:
        raise StorageError(f"Berkas {path} tidak dapat ditulis: {exc.strerror or exc}") from exc
    return path
