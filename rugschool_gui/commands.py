"""Commands without a window, for a psychologist's batch work and for checks:

    rugschool export-pdf FILE [--workbook NAME|ID] [--blank] [--chapters ID,…] [--lang en] [--all-history]
    rugschool export-workbook FILE --workbook NAME|ID
    rugschool import-workbook FILE [--database postgresql://host/dbname]

They use the same code as the menus (``export.pdf``, ``storage.handover``) on the same database
(``--database``, else the app's own), print one clear line, and end with an exit code a script
can check: 0 done, 2 a wrong command line, 3 no such workbook, 4 the file was refused (nothing
changed), 5 the file could not be written or read, 6 the workbook is open in the app, 7 the app
is locked with a passphrase that was not given (a command reads workbooks only after the same
passphrase the window asks for; blank worksheets need none).
"""

from __future__ import annotations

import sys
from pathlib import Path

from .cli import COMMANDS, Parser, help_language

OK, USAGE, NO_WORKBOOK, REFUSED, FILE_PROBLEM, IN_USE, LOCKED = 0, 2, 3, 4, 5, 6, 7

_T = {
    "nl": {
        "export-pdf": "Bewaar een werkboek (of lege werkbladen) als PDF.",
        "export-workbook": "Bewaar één werkboek als .rugwerk-bestand om over te dragen.",
        "import-workbook": "Lees een .rugwerk-bestand in (samenvoegen; er wordt eerst een reservekopie gemaakt).",
        "file": "het bestand", "workbook": "naam of id van het werkboek", "blank": "lege werkbladen om op papier in te vullen",
        "chapters": "alleen deze hoofdstukken, met komma's: %s", "lang": "taal van de berichten en de PDF",
        "all_history": "ook oudere notities (anders de laatste 12 weken)", "database": "deze database in plaats van de standaard",
        "no_workbook": "Er is geen werkboek „%s”. Werkboeken: %s.", "which": "Er zijn meerdere werkboeken; kies er een met --workbook: %s.",
        "none": "Deze database heeft nog geen werkboek.", "bad_chapter": "Onbekend hoofdstuk „%s”. Kies uit: %s.",
        "pdf_done": "PDF bewaard: %s", "export_done": "Werkboek bewaard: %s",
        "import_done": "Ingelezen in „%s”: %d nieuw, %d bijgewerkt, %d ongewijzigd.",
        "refused": "Dit bestand kan niet ingelezen worden. %s",
        "write_failed": "Kon niet schrijven naar %s: %s", "read_failed": "Kon %s niet lezen: %s",
        "in_use": "Het werkboek is open in de app. Sluit de app en probeer opnieuw.",
        "no_database": "Er is nog geen database op %s.",
        "passphrase": "Wachtzin van het werkboek: ",
        "locked": "De app is vergrendeld met een wachtzin. Typ die wachtzin om verder te gaan "
                  "(in een terminal); zonder wachtzin worden geen werkboeken gelezen.",
    },
    "en": {
        "export-pdf": "Save a workbook (or blank worksheets) as a PDF.",
        "export-workbook": "Save one workbook as a .rugwerk file to hand over.",
        "import-workbook": "Read in a .rugwerk file (merged; a backup is made first).",
        "file": "the file", "workbook": "name or id of the workbook", "blank": "blank worksheets to fill in on paper",
        "chapters": "only these chapters, comma-separated: %s", "lang": "language of the messages and the PDF",
        "all_history": "older notes too (otherwise the last 12 weeks)", "database": "this database instead of the default",
        "no_workbook": "There is no workbook “%s”. Workbooks: %s.", "which": "There are several workbooks; choose one with --workbook: %s.",
        "none": "This database has no workbook yet.", "bad_chapter": "Unknown chapter “%s”. Choose from: %s.",
        "pdf_done": "PDF saved: %s", "export_done": "Workbook saved: %s",
        "import_done": "Read into “%s”: %d new, %d updated, %d unchanged.",
        "refused": "This file cannot be read in. %s",
        "write_failed": "Could not write to %s: %s", "read_failed": "Could not read %s: %s",
        "in_use": "The workbook is open in the app. Close the app and try again.",
        "no_database": "There is no database at %s yet.",
        "passphrase": "Passphrase of the workbook: ",
        "locked": "The app is locked with a passphrase. Type that passphrase to go on (in a "
                  "terminal); without it no workbook is read.",
    },
}


def is_command(argv: list[str]) -> bool:
    return bool(argv) and argv[0] in COMMANDS


def _parser(command: str, t: dict[str, str], chapters: list[str]) -> Parser:
    from .cli import _TEXTS

    base = _TEXTS["en" if t is _T["en"] else "nl"]
    p = Parser(prog=f"rugschool {command}", description=t[command], texts=base)
    p.add_argument("file", metavar="FILE", help=t["file"])
    p.add_argument("--database", metavar="PATH", help=t["database"])
    p.add_argument("--lang", choices=("nl", "en"), default=None, help=t["lang"])
    if command != "import-workbook":
        p.add_argument("--workbook", metavar="NAME|ID", help=t["workbook"])
    if command == "export-pdf":
        p.add_argument("--blank", action="store_true", help=t["blank"])
        p.add_argument("--chapters", metavar="ID,…", help=t["chapters"] % ", ".join(chapters))
        p.add_argument("--all-history", action="store_true", help=t["all_history"])
    return p


def run(argv: list[str]) -> int:
    lang = help_language(argv)
    t = _T[lang]
    command = argv[0]
    from .export.pdf import available_chapters

    chapters = available_chapters()
    args = _parser(command, t, chapters).parse_args(argv[1:])
    from . import paths

    url = paths.database_url(args.database)  # a file, or a practice database (postgresql://…)
    try:
        if not (command == "export-pdf" and args.blank and args.workbook is None):
            _passphrase_gate(t)  # the idle lock has no back door through the command line
        if command == "export-pdf":
            return _export_pdf(args, t, url, chapters, lang)
        if command == "export-workbook":
            return _export_workbook(args, t, url)
        return _import_workbook(args, t, url)
    except _Stop as stop:
        print(stop.message, file=sys.stderr)
        return stop.code


class _Stop(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def _passphrase_gate(t) -> None:
    """With a passphrase set in the app, ask for it (a terminal only, three tries, a growing
    pause after each wrong one); without a terminal, refuse."""
    import getpass
    import time

    from . import paths
    from .domain.privacy_lock import verify_passphrase
    from .ui.appsettings import AppSettings

    stored = AppSettings(paths.data_dir()).lock_hash
    if not stored:
        return
    if not sys.stdin.isatty():
        raise _Stop(LOCKED, t["locked"])
    for attempt in range(3):
        if verify_passphrase(getpass.getpass(t["passphrase"]), stored):
            return
        time.sleep(2 ** attempt)
    raise _Stop(LOCKED, t["locked"])


def _database(url: str, t):
    """The database at ``url``, brought to the current schema (a backup first) and opened."""
    from . import paths
    from .storage.db import Database
    from .storage.migrate import upgrade_if_needed
    from .storage.probe import exists
    from .storage.url import label_of

    if not exists(url):
        raise _Stop(NO_WORKBOOK, t["no_database"] % label_of(url))
    upgrade_if_needed(url, paths.backup_dir())
    return Database(url)


def _workbook(store, wanted: str | None, t) -> tuple[str, str]:
    from .storage.workbooks import list_workbooks

    books = list_workbooks(store)
    if not books:
        raise _Stop(NO_WORKBOOK, t["none"])
    names = ", ".join(b.name for b in books[:10]) + (f", … (+{len(books) - 10})" if len(books) > 10 else "")
    if wanted is None:
        if len(books) == 1:
            return books[0].id, books[0].name
        raise _Stop(USAGE, t["which"] % names)
    for b in books:
        if wanted in (b.id, b.name) or b.name.casefold() == wanted.casefold():
            return b.id, b.name
    raise _Stop(NO_WORKBOOK, t["no_workbook"] % (wanted, names))


def _write(path: Path, data: bytes, t) -> None:
    from .storage.files import write_atomically

    try:
        write_atomically(path, data)
    except OSError as exc:
        raise _Stop(FILE_PROBLEM, t["write_failed"] % (path, exc.strerror or exc)) from exc


def _export_pdf(args, t, url: str, chapters: list[str], lang: str) -> int:
    from .export.pdf import build_workbook_pdf

    chosen = None
    if args.chapters:
        chosen = [c.strip() for c in args.chapters.split(",") if c.strip()]
        for c in chosen:
            if c not in chapters:
                raise _Stop(USAGE, t["bad_chapter"] % (c, ", ".join(chapters)))
    pdf_lang = args.lang or lang
    if args.blank and args.workbook is None:
        data = build_workbook_pdf(None, None, chapters=chosen, blank=True, lang=pdf_lang)
    else:
        store = _database(url, t)
        try:
            workbook_id, _name = _workbook(store, args.workbook, t)
            data = build_workbook_pdf(store, workbook_id, chapters=chosen, blank=args.blank, lang=pdf_lang,
                                      full_history=args.all_history)
        finally:
            store.close()
    target = Path(args.file).expanduser()
    _write(target, data, t)
    print(t["pdf_done"] % target)
    return OK


def _export_workbook(args, t, url: str) -> int:
    from .storage.handover import export_workbook

    database = _database(url, t)
    target = Path(args.file).expanduser()
    try:
        workbook_id, _name = _workbook(database, args.workbook, t)
        export_workbook(database, workbook_id, target)
    except OSError as exc:
        raise _Stop(FILE_PROBLEM, t["write_failed"] % (target, exc.strerror or exc)) from exc
    finally:
        database.close()
    print(t["export_done"] % target)
    return OK


def _import_workbook(args, t, url: str) -> int:
    from . import paths
    from .domain.errors import DomainError
    from .storage.errors import StorageError
    from .storage.handover import import_workbook
    from .storage.migrate import upgrade_if_needed
    from .storage.probe import exists
    from .storage.url import file_of, label_of

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise _Stop(FILE_PROBLEM, t["read_failed"] % (source, "?"))
    from .storage.url import is_server
    from .ui.instance_lock import InstanceLock

    server = is_server(url)  # a practice database: its server keeps writers apart (#21)
    lock = None if server else InstanceLock(file_of(url))  # the app's locks: never both at once
    if lock is not None and not lock.take().taken:
        raise _Stop(IN_USE, t["in_use"])
    try:
        upgrade_if_needed(url, paths.backup_dir() if exists(url) else None)
        try:
            summary = import_workbook(url, source, paths.backup_dir())
        except DomainError as exc:
            raise _Stop(REFUSED, t["refused"] % _refusal_text(exc, t)) from exc
        except OSError as exc:
            raise _Stop(FILE_PROBLEM, t["read_failed"] % (source, exc.strerror or exc)) from exc
        except StorageError as exc:  # the database could not be written (read-only, full disk)
            raise _Stop(FILE_PROBLEM, t["write_failed"] % (label_of(url), exc)) from exc
    finally:
        if lock is not None:
            lock.release()
    print(t["import_done"] % (summary.workbook_name, summary.new, summary.updated, summary.unchanged))
    return OK


def _refusal_text(exc, t) -> str:
    """The same kind sentence the window shows (its translation catalogue, without a window)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])  # translators need an application
    from .ui.i18n import Translations
    from .ui.messages import domain_message

    Translations().apply("en" if t is _T["en"] else "nl")
    text = domain_message(exc)
    del app
    return text
