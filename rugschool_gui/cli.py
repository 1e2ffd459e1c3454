"""The command line: options for the window, and the commands for batch work.

``rugschool [options]`` opens the window. ``rugschool export-pdf|export-workbook|import-workbook
…`` works without a window (``rugschool_gui.commands``). Help comes in the user's language
(``--lang``, else the system's ``LANG``); an unknown or misspelt option is an error with a
message, never silently ignored. Qt's own single-dash options (``-platform …``) pass through.
"""

from __future__ import annotations

import argparse
import os
import sys

COMMANDS = ("export-pdf", "export-workbook", "import-workbook")

_TEXTS = {
    "nl": {
        "description": "Het werkboek van de rugschool: de oefeningen van de psycholoog, op je computer.",
        "epilog": "Opdrachten zonder venster: rugschool export-pdf | export-workbook | import-workbook "
                  "(rugschool export-pdf --help voor meer).",
        "database": "gebruik deze database in plaats van de standaard",
        "lang": "taal van de app (standaard: Nederlands)",
        "theme": "kleuren (voor deze keer)",
        "screenshot": "bewaar een schermafbeelding en stop",
        "page": "pagina voor --screenshot",
        "size": "venstergrootte voor --screenshot, bv. 1100x760",
        "version": "toon het versienummer en stop",
        "tray": "start in het systeemvak, zonder venster (voor herinneringen bij het aanmelden)",
        "help": "toon deze hulp en stop",
        "unknown": "onbekende optie: %s",
        "usage": "gebruik: ",
        "error": "fout",
    },
    "en": {
        "description": "The back school workbook: the psychologist's exercises, on your computer.",
        "epilog": "Commands without a window: rugschool export-pdf | export-workbook | import-workbook "
                  "(rugschool export-pdf --help for more).",
        "database": "use this database instead of the default one",
        "lang": "language of the app (default: Dutch)",
        "theme": "colours (for this start)",
        "screenshot": "save a screenshot and stop",
        "page": "page for --screenshot",
        "size": "window size for --screenshot, e.g. 1100x760",
        "version": "show the version number and stop",
        "tray": "start in the system tray, without a window (for reminders at login)",
        "help": "show this help and stop",
        "unknown": "unknown option: %s",
        "usage": "usage: ",
        "error": "error",
    },
}


def help_language(argv: list[str]) -> str:
    """``--lang`` when given, else the system's language when it is English, else Dutch."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "nl"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "nl"
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "en" if system.lower().startswith("en") else "nl"


class Parser(argparse.ArgumentParser):
    """argparse with its own few words ("usage", "options") in the user's language."""

    def __init__(self, *, prog: str, description: str, texts: dict[str, str], epilog: str | None = None) -> None:
        self.texts = texts
        super().__init__(prog=prog, description=description, epilog=epilog, allow_abbrev=False, add_help=False)
        self.add_argument("-h", "--help", action="help", help=texts["help"])

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {self.texts['error']}: {message}\n")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", self.texts["usage"])

    def format_help(self) -> str:
        text = super().format_help().replace("usage: ", self.texts["usage"])
        if self.texts is _TEXTS["nl"]:
            text = text.replace("options:", "opties:").replace("positional arguments:", "argumenten:")
        return text


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    argv = list(argv or [])
    t = _TEXTS[help_language(argv)]
    from . import __version__

    p = Parser(prog="rugschool", description=t["description"], epilog=t["epilog"], texts=t)
    p.add_argument("--version", action="version", version=f"rugschool {__version__}", help=t["version"])
    p.add_argument("--database", metavar="PATH", help=t["database"])
    p.add_argument("--lang", choices=("nl", "en"), help=t["lang"])
    p.add_argument("--theme", choices=("system", "light", "dark"), help=t["theme"])
    p.add_argument("--screenshot", metavar="FILE.png", help=t["screenshot"])
    p.add_argument("--page", metavar="NAME", default="home", help=t["page"])
    p.add_argument("--size", metavar="WxH", help=t["size"])
    p.add_argument("--tray", action="store_true", help=t["tray"])
    p.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    args, rest = p.parse_known_args(argv)
    unknown = _not_for_qt(rest)
    if unknown:  # Qt's own options start with one dash; anything else is a typo to point out
        p.error(t["unknown"] % unknown)
    return args


def _not_for_qt(rest: list[str]) -> str | None:
    """The first left-over argument that is not one of Qt's (``-platform offscreen``, ``-reverse``)."""
    after_qt_option = False
    for arg in rest:
        if arg.startswith("--"):
            return arg
        if arg.startswith("-"):
            after_qt_option = True
            continue
        if not after_qt_option:
            return arg
        after_qt_option = False  # that was the Qt option's value
    return None
