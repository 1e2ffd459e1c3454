"""Start-up when the data folder cannot be used: a clear message on screen and on stderr, an exit
code, never a traceback; folders the app did not make keep their modes."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from rugschool_gui import paths
from rugschool_gui.cli import parse_args
from rugschool_gui.storage.files import ensure_private_dir


@pytest.mark.parametrize(("code", "words"), [(errno.EACCES, "alleen-lezen"), (errno.EROFS, "alleen-lezen"),
                                             (errno.ENOSPC, "De schijf is vol"), (errno.EDQUOT, "De schijf is vol")])
def test_an_unusable_data_folder_is_said_plainly(qapp, data_home, db_path, monkeypatch, capsys, modals, code, words):
    from rugschool_gui.ui.startup import Startup

    def refuse():
        raise OSError(code, os.strerror(code), str(data_home / "logs"))

    monkeypatch.setattr(paths, "log_dir", refuse)  # the seam where the folder is first written
    s = Startup(qapp, parse_args(["--database", str(db_path)]))
    assert s.run() == 1
    assert words in capsys.readouterr().err
    assert modals.shown and words in modals.shown[0]


def test_a_folder_the_app_did_not_make_keeps_its_modes(tmp_path):
    shared = tmp_path / "praktijk"
    shared.mkdir()
    os.chmod(shared, 0o2775)
    ensure_private_dir(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2775
    made = ensure_private_dir(tmp_path / "nieuw" / "map")
    assert stat.S_IMODE(made.stat().st_mode) == 0o700


def test_an_unattended_run_says_an_unexpected_error_on_stderr_and_goes_on(qapp, modals, capsys, monkeypatch):
    """``--screenshot`` has nobody to answer the crash dialog: it would wait for ever."""
    import sys

    from rugschool_gui.ui.startup import install_crash_handler

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_crash_handler(lambda: None, unattended=lambda: True)
    try:
        raise ValueError("a page that failed")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert modals.shown == []  # no dialog
    assert "Er liep iets onverwachts mis" in capsys.readouterr().err
