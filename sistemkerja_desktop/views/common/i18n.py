"""Locale and translation catalogues for the whole application (Bahasa Indonesia by default).

Qt ships no Indonesian catalogue for its own strings (no `qtbase_id.qm` in PySide6): the
in-code translator of `views.common.qt_id` supplies the ones users meet (file dialogs, context
menus, standard buttons, undo texts); our own catalogue is loaded when it exists.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sistemkerja_desktop import paths
from sistemkerja_desktop.views.common import qt_id

log = logging.getLogger(__name__)

CATALOGUE = "sistemkerja_id.qm"


def indonesian_locale() -> QLocale:
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def apply_indonesian_locale() -> None:
    """Dates, numbers and (where Qt has them) widget texts in Indonesian."""
    QLocale.setDefault(indonesian_locale())


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Load `resources/i18n/sistemkerja_id.qm` if it has been built. Keep the returned list alive
    as long as the application runs (a garbage-collected translator is silently uninstalled)."""
    installed: list[QTranslator] = [qt_id.install(app)]
    path = paths.resource("i18n", CATALOGUE)
    if path.exists():
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("Loaded catalogue %s", path.name)
        else:
            log.warning("Catalogue %s could not be loaded", path)
    return installed
