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
        gaps = _dutch_gaps(app)
        app.removeTranslator(gaps)
        if language == "nl":  # what Qt's Dutch catalogue lacks in its file dialog (asked first)
            self._installed.append(gaps)
        if language != "nl":
            own = QTranslator(app)
            if own.load(str(resources_dir() / "i18n" / f"rugschool_{language}.qm")):
                self._installed.append(own)
        for tr in self._installed:
            app.installTranslator(tr)
        # by name: ``QLocale.Language`` has ~350 members, and PySide6 makes that Python enum the
        # first time it is used (~10 ms at start-up, issue #23)
        QLocale.setDefault(QLocale("nl_BE" if language == "nl" else "en_GB"))
        self.language = language
        from ..wording import set_language

        set_language(language)
        return language


class DutchQtGaps(QTranslator):
    """Dutch for the few strings of Qt's file dialog that ``qtbase_nl.qm`` leaves in English,
    and the glossary's "je" where Qt's catalogue says "u". Installed after Qt's catalogue (so it
    is asked first) for the Dutch interface only; every other string falls through."""

    WORDS: dict[tuple[str, str], str] = {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
        ("QFileDialog", "Show hidden files"): "Verborgen bestanden tonen",
        ("QFileDialog", "%1 already exists.\nDo you want to replace it?"):
            "%1 bestaat al.\nWil je het vervangen?",
        ("QFileDialog", "Are you sure you want to delete '%1'?"): "Wil je „%1” echt verwijderen?",
        ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"):
            "„%1” is beveiligd tegen schrijven.\nWil je het toch verwijderen?",
        ("QFileDialog", "Alt+Left"): "Alt+Pijl-links",
        ("QFileDialog", "Alt+Right"): "Alt+Pijl-rechts",
        ("QAbstractFileIconProvider", "%1 File"): "%1-bestand",
        ("QAbstractFileIconProvider", "File Folder"): "Map",
        ("QAbstractFileIconProvider", "Folder"): "Map",
        ("QAbstractFileIconProvider", "Drive"): "Station",
        ("QAbstractFileIconProvider", "Unknown"): "Onbekend",
        ("QAbstractFileIconProvider", "Alias"): "Alias",
        ("QAbstractFileIconProvider", "Shortcut"): "Snelkoppeling",
    }

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None is Qt's "no translation here" (a null string): the next catalogue is asked;
        # "" would translate every other string of the app to nothing
        return self.WORDS.get((context, source))

    def isEmpty(self) -> bool:
        return False


_gaps: DutchQtGaps | None = None


def _dutch_gaps(app) -> DutchQtGaps:
    """The one :class:`DutchQtGaps` of the application (not found with ``findChild``: its
    default argument is a ``Qt`` enum, and making that namespace costs ~17 ms at start-up)."""
    global _gaps
    import shiboken6

    if _gaps is None or not shiboken6.isValid(_gaps) or _gaps.parent() is not app:
        _gaps = DutchQtGaps(app)
    return _gaps


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
