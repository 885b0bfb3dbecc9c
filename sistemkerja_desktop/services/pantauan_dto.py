"""Read models of the monitoring dashboard (issue #11). The dataclasses live in the pure
`domain.pantauan` (the PDF exporter reads them too, and exporters sit below the services);
this module is where views and the CLI import them from."""

from __future__ import annotations

from sistemkerja_desktop.domain.pantauan import (
    JATUH_TEMPO_HARI,
    BebanRingkas,
    Pantauan,
    Tunggakan,
)

__all__ = ["JATUH_TEMPO_HARI", "BebanRingkas", "Pantauan", "Tunggakan"]
