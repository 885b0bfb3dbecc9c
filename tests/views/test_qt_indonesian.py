import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from sistemkerja_desktop.views.common.i18n import install_translators


@pytest.fixture
def translators(qapp):
    installed = install_translators(qapp)
    yield installed
    for t in installed:
        qapp.removeTranslator(t)


@pytest.mark.gui
def test_qt_own_strings_are_indonesian(qtbot, translators):
    tr = QCoreApplication.translate
    assert tr("QFileDialog", "File &name:") == "&Nama berkas:"
    assert tr("QPlatformTheme", "Cancel") == "Batal"
    assert tr("QLineEdit", "&Copy") == "&Salin"
    assert tr("QUndoStack", "Undo %1") == "Batalkan %1"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Simpan", "Batal"}


@pytest.mark.gui
def test_non_native_file_dialog_labels(qtbot, translators):
    dialog = QFileDialog(None, "Buka")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert "&Nama berkas:" in labels and "&Cari di:" in labels
