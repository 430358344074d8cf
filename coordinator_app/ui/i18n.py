"""Loading translations. Source strings are English; zh_CN (the default) comes from
``resources/translations/coordinator_zh_CN.qm`` plus Qt's own ``qtbase_zh_CN.qm`` for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coordinator_app.resources_path import resources_dir

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the translators for ``language``; returns False if the app's own file is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
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
