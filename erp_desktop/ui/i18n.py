"""Languages of the client: Arabic (right to left), French and English, switchable at runtime.

Switching installs the Qt translator of the language (``erp_desktop_<lang>.qm``, package
data in ``erp_desktop/resources/translations``, when present), sets the application's layout
direction (Arabic turns every window, table, dialog and form right to left) and tells every
widget through ``QEvent.LanguageChange``. Qt's own texts (OK/Cancel, file and print dialogs) come from the ``qtbase_<lang>.qm``
catalogs shipped with PySide6, installed next to ours. Every open window takes the
QLocale of the language, so a decimal field shows "137,69", not "137.69", in French and
Arabic.
Numbers, dates and money follow the locale through babel (``ui/formatting.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from erp_desktop.resources import translations_dir

LANGUAGES = ("ar", "fr", "en")
TRANSLATIONS = translations_dir()
# The catalogs installed on the application, whichever manager installed them: the
# application speaks one language, so a switch replaces them all.
_INSTALLED: list[QTranslator] = []


def loaded_catalogs() -> list[Path]:
    """The files of the Qt catalogs installed now (Qt's own, then the client's)."""
    return [Path(translator.filePath()) for translator in _INSTALLED]


class LanguageManager(QObject):
    language_did_change = Signal(str)

    def __init__(self, app: QApplication, country: str = "DZ") -> None:
        super().__init__(app)
        self.app = app
        self.country = country
        self.language = "fr"

    @property
    def locale(self) -> str:
        """The babel locale: ar_DZ, fr_MA, en..."""
        return "en" if self.language == "en" else f"{self.language}_{self.country}"

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        for old in _INSTALLED:
            self.app.removeTranslator(old)
        _INSTALLED.clear()
        qt_catalogs = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for catalog in (
            qt_catalogs / f"qtbase_{language}.qm",
            TRANSLATIONS / f"erp_desktop_{language}.qm",
        ):
            translator = QTranslator(self.app)
            if translator.load(str(catalog)):
                self.app.installTranslator(translator)
                _INSTALLED.append(translator)
        self.language = language
        qlocale = QLocale(self.locale)
        QLocale.setDefault(qlocale)
        for window in self.app.topLevelWidgets():
            window.setLocale(qlocale)
        direction = (
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        self.app.setLayoutDirection(direction)
        self.language_did_change.emit(language)
