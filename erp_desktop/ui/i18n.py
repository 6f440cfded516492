"""Languages of the client: Arabic (right to left), French and English, switchable at runtime.

Switching installs the Qt translator of the language (``translations/erp_desktop_<lang>.qm``
when present), sets the application's layout direction (Arabic turns every window, table,
dialog and form right to left) and tells every widget through ``QEvent.LanguageChange``.
Numbers, dates and money follow the locale through babel (``ui/formatting.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

LANGUAGES = ("ar", "fr", "en")
TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


class LanguageManager(QObject):
    language_did_change = Signal(str)

    def __init__(self, app: QApplication, country: str = "DZ") -> None:
        super().__init__(app)
        self.app = app
        self.country = country
        self.language = "fr"
        self._translator: QTranslator | None = None

    @property
    def locale(self) -> str:
        """The babel locale: ar_DZ, fr_MA, en..."""
        return "en" if self.language == "en" else f"{self.language}_{self.country}"

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self.app)
        if translator.load(str(TRANSLATIONS / f"erp_desktop_{language}.qm")):
            self.app.installTranslator(translator)
            self._translator = translator
        self.language = language
        QLocale.setDefault(QLocale(self.locale))
        direction = (
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        self.app.setLayoutDirection(direction)
        self.language_did_change.emit(language)
