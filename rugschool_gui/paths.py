"""Where the app keeps its files: the data folder, the database, settings, logs and backups.

The data folder is the OS's application data folder (``QStandardPaths.AppLocalDataLocation``),
never the working directory. ``RUGSCHOOL_HOME`` moves the whole folder (tests, a second setup);
``--database PATH`` or ``RUGSCHOOL_DATABASE`` point at another database only.
"""

from __future__ import annotations

import os
from pathlib import Path

from .storage.files import ensure_private_dir

DATABASE_FILE = "werkboek.sqlite3"
ENV_HOME = "RUGSCHOOL_HOME"
ENV_DATABASE = "RUGSCHOOL_DATABASE"


def data_dir() -> Path:
    """The private data folder (created if needed)."""
    override = os.environ.get(ENV_HOME)
    if override:
        return ensure_private_dir(Path(override).expanduser())
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return ensure_private_dir(Path(location))


def database_path(cli_value: str | None = None) -> Path:
    chosen = cli_value or os.environ.get(ENV_DATABASE)
    if chosen:
        path = Path(chosen).expanduser().resolve()
        ensure_private_dir(path.parent)
        return path
    return data_dir() / DATABASE_FILE


def database_url(cli_value: str | None = None, practice_url: str = "") -> str:
    """The URL of the database to open: ``--database``, else ``RUGSCHOOL_DATABASE``, else the
    practice database of the settings; a practice database's ``postgresql://…`` as given (issue
    #21), else ``sqlite:///`` and the file of :func:`database_path`."""
    from .storage.url import as_url, is_server

    chosen = cli_value or os.environ.get(ENV_DATABASE) or practice_url
    if chosen and "://" in chosen and is_server(chosen):
        return chosen
    return as_url(database_path(cli_value))


def own_database_url() -> str:
    """The workbook file on this computer (``RUGSCHOOL_DATABASE`` when that names a file, else
    the default one): where the app goes when a practice database cannot be used."""
    from .storage.url import as_url, is_server

    chosen = os.environ.get(ENV_DATABASE)
    if chosen and "://" in chosen and is_server(chosen):
        return as_url(data_dir() / DATABASE_FILE)
    return as_url(database_path(None))


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    return ensure_private_dir(data_dir() / "logs")


def cache_dir() -> Path:
    """What the app can make again and keeps only to start faster (never workbook content)."""
    return ensure_private_dir(data_dir() / "cache")


def resources_dir() -> Path:
    """The app's assets (fonts, translations, content files).

    An installed wheel carries the repository's ``resources/`` as the package data
    ``rugschool_gui/resources`` (``setup.py`` maps it in); a checkout and an editable install
    read ``resources/`` at the top of the repository; a PyInstaller bundle has it beside the
    package in its own folder (``sys._MEIPASS``).
    """
    from importlib.resources import files

    installed = Path(str(files("rugschool_gui").joinpath("resources")))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"
