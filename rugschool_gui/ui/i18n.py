"""Languages of the interface: Dutch (the source strings, the default) and English.

Dutch source strings live in the code (``translate("Context", "…")``); English comes from
``resources/i18n/rugschool_en.qm`` (built from the ``.ts`` with ``pyside6-lrelease``). Qt's own
``qtbase_xx.qm`` is loaded too, so standard buttons read "Annuleren". Switching installs new
translators; Qt then sends every widget a ``LanguageChange`` event and pages retranslate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

translate = QCoreApplication.translate


class Translations:
    """Owns the installed translators of the running application."""

    def __init__(self) -> None:
        self.language = DEFAULT_LANGUAGE
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> str:
        language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        from .qt_app import running_core

        app = running_core()
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_tr = QTranslator(app)
        if qt_tr.load(f"qtbase_{language}", qt_dir):
            self._installed.append(qt_tr)
        from .file_dialogs import DutchQtGaps

        gaps = app.findChild(DutchQtGaps) or DutchQtGaps(app)  # one per application
        app.removeTranslator(gaps)
        if language == "nl":  # what Qt's Dutch catalogue lacks in its file dialog (asked first)
            self._installed.append(gaps)
        if language != "nl":
            own = QTranslator(app)
            if own.load(str(resources_dir() / "i18n" / f"rugschool_{language}.qm")):
                self._installed.append(own)
        for tr in self._installed:
            app.installTranslator(tr)
        QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                                   QLocale.Country.Belgium if language == "nl" else QLocale.Country.UnitedKingdom))
        self.language = language
        from ..wording import set_language

        set_language(language)
        return language


def app_title() -> str:
    """The app's name in the current language (the window title, dialogs)."""
    return translate("App", "Rugschool werkboek")


def count_text(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated; ``%1`` = n) by the count.

    Dutch and English both have "one" and "other", so two plain strings are enough and the
    Dutch source reads right without a Dutch translation file. Callers pass
    ``translate(...)`` calls so the extraction tool sees both strings.
    """
    return args(one if n == 1 else many, n)


def args(text: str, *values: object) -> str:
    """``translate(...)`` text with ``%1``…``%9`` filled in one pass (user text stays as typed)."""
    from ..wording import numbered

    return numbered(text, *values)
