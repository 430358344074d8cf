"""Loading translations. Source strings are English; zh_CN (the default) comes from
``resources/translations/coordinator_zh_CN.qm`` plus Qt's own ``qtbase_zh_CN.qm`` for standard dialogs.

Qt's own zh_CN file lags behind Qt: a few strings of its file dialog (the one Qt draws itself where the
desktop offers none, as on many Linux desktops) are missing from it, and its 体积 for a file's size reads
oddly. ``qt_file_dialog_strings`` names them under Qt's own contexts, so that our ``.ts`` translates them and our translator, installed
after Qt's, supplies them."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView, QWidget

from coordinator_app.resources_path import resources_dir

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []
_file_dialog_watch: list[QApplication] = []


def qt_file_dialog_strings() -> list[str]:
    """Qt's file dialog strings that ``qtbase_zh_CN.qm`` lacks (or renders poorly), as the current
    translators render them.

    Each call names the exact context, source and disambiguation Qt uses (Qt 6: ``qfiledialog.ui`` and
    ``QAbstractFileIconProvider::type``), which is how ``lupdate`` puts them into our ``.ts``."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "File"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
        translate("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
        translate("QAbstractFileIconProvider", "Alias", "macOS Finder"),
        translate("QAbstractFileIconProvider", "Unknown"),
        translate("QFileSystemModel", "Size"),
    ]


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the translators for ``language``; returns False if the app's own file is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if isinstance(app, QApplication):
        _watch_file_dialogs(app)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ok = True
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    own = QTranslator(app)
    if own.load(f"coordinator_{language}", str(resources_dir() / "translations")):
        app.installTranslator(own)
        _installed.append(own)
    else:
        ok = False
    return ok


# --- Qt's own file dialog ------------------------------------------------------------------------------

#: columns of the file list that Qt sizes for English ("mp3Folder", "10/29/81 02:02PM"): too narrow for Chinese
DATE_COLUMN = 3
TYPE_COLUMN = 2
_POLISHED = "coordinatorPolished"


def _watch_file_dialogs(app: QApplication) -> None:
    """Polish each of Qt's file dialogs when it opens (its text field takes the focus then). The static
    ``QFileDialog.get…`` functions give no access to the dialog itself; a focus change is rare enough to
    watch without slowing anything down, unlike an event filter on the whole application."""
    if app in _file_dialog_watch:
        return
    _file_dialog_watch.append(app)
    app.focusChanged.connect(_focus_changed)


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    window = new.window() if new is not None else None
    if isinstance(window, QFileDialog) and not window.property(_POLISHED):
        polish_file_dialog(window)


def polish_file_dialog(dialog: QFileDialog) -> None:
    """Make the type and date columns of a (non-native) file dialog wide enough for their texts in the
    current language and locale, widening the dialog by as much so that the names keep their room."""
    dialog.setProperty(_POLISHED, True)
    view = dialog.findChild(QTreeView, "treeView")
    if view is None or view.header().count() <= DATE_COLUMN:  # a native dialog: nothing of ours to adjust
        return
    header = view.header()
    metrics = view.fontMetrics()
    sample = QDateTime(QDate(2026, 12, 28), QTime(23, 58))
    samples = {
        TYPE_COLUMN: [QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
                      QCoreApplication.translate("QFileDialog", "%1 File").replace("%1", "xlsx")],
        DATE_COLUMN: [locale.toString(sample, QLocale.FormatType.ShortFormat)
                      for locale in (QLocale.system(), QLocale())],
    }
    extra = 0
    for column, texts in samples.items():
        texts.append(str(header.model().headerData(column, header.orientation()) or ""))
        wanted = max(metrics.horizontalAdvance(t) for t in texts) + 3 * metrics.averageCharWidth()
        if wanted > header.sectionSize(column):
            extra += wanted - header.sectionSize(column)
            header.resizeSection(column, wanted)
    if extra:
        # after the dialog has settled its own size (the static functions restore a saved one)
        QTimer.singleShot(0, dialog, lambda: dialog.resize(dialog.width() + extra, dialog.height()))
