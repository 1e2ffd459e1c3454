"""What issue #23 changed in start-up, checked by behaviour (no timings: the bench prints those).

- PySide6's import hook still learns which modules use PySide6, but no longer keeps their source
  in ``linecache`` (``ui.import_hook``);
- the chapter icons are drawn at the size asked for, in the colour of their row (``ui.icons``);
- the window's menu actions load their modules when first used, not before the first paint.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                         check=True)
    return out.stdout.strip()


def test_import_hook_answers_alike_and_keeps_no_source(tmp_path):
    (tmp_path / "uses_qt.py").write_text("from PySide6 import QtCore\nVALUE = 1\n")
    (tmp_path / "plain.py").write_text("VALUE = 2\n")
    out = _run(f"""
        import sys, linecache
        sys.path.insert(0, {str(tmp_path)!r})
        import PySide6.QtCore
        from rugschool_gui.ui import import_hook
        assert import_hook.install()
        assert not import_hook.install()  # once is enough
        import uses_qt, plain
        feature = sys.modules["shibokensupport.feature"]
        kept = [name for name in linecache.cache if name.endswith(("uses_qt.py", "plain.py"))]
        print(feature.pyside_feature_dict["uses_qt"], feature.pyside_feature_dict["plain"], len(kept))
    """)
    assert out.split() == ["0", "-1", "0"]  # uses PySide6 / ignored, as PySide6 itself decides


def test_chapter_icon_is_drawn_at_the_size_asked_in_its_colours(qapp):
    from rugschool_gui.ui.icons import chapter_icon, pixmap

    icon = chapter_icon("pacing", QColor("#000000"), QColor("#ffffff"))
    normal = icon.pixmap(QSize(20, 20)).toImage()
    selected = icon.pixmap(QSize(20, 20), QIcon.Mode.Selected).toImage()
    assert normal.size() == QSize(20, 20)
    inked = [(x, y) for x in range(20) for y in range(20) if normal.pixelColor(x, y).alpha() > 200]
    assert inked, "the drawing is on the pixmap"
    x, y = inked[0]
    assert normal.pixelColor(x, y).lightness() < 30
    assert selected.pixelColor(x, y).lightness() > 225
    sharp = icon.pixmap(QSize(20, 20), 2.0)  # a high-density screen gets twice the pixels
    assert sharp.size() == QSize(40, 40) and sharp.devicePixelRatio() == 2.0
    assert pixmap("pacing", QColor("#000000"), 37).size() == QSize(37, 37)
    assert chapter_icon("no-such-chapter", QColor("#000000")).isNull()


def test_window_module_leaves_the_menu_actions_for_later():
    out = _run("""
        import sys
        import rugschool_gui.ui.main_window
        print(sorted(m for m in ("rugschool_gui.ui.handover_actions", "rugschool_gui.ui.workbook_actions")
                     if m in sys.modules))
    """)
    assert out == "[]"


def test_the_apps_own_start_leaves_its_objects_out_of_full_collections(tmp_path):
    out = _run(f"""
        import gc, os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["RUGSCHOOL_HOME"] = {str(tmp_path)!r}
        from rugschool_gui.app import main
        code = main(["--database", {str(tmp_path / "werkboek.sqlite3")!r}, "--quit-after-paint"])
        print("result", code, gc.get_freeze_count() > 10_000, gc.isenabled())
    """)
    assert out.splitlines()[-1] == "result 0 True True"  # and the collector is on again (app.py)


def _start_app(tmp_path, at: tuple[str, ...] = (), look: str = "None") -> str:
    """The app's own start (``--quit-after-paint``) in a fresh process, its data in ``tmp_path``;
    at each benchmark moment named in ``at`` the expression ``look`` is taken down. Returns the
    last line: ``result <exit code> [(moment, what was seen), ...]``."""
    out = _run(f"""
        import builtins, os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["RUGSCHOOL_HOME"] = {str(tmp_path)!r}
        real_print = builtins.print
        seen = []

        def watch(*a, **k):
            moment = str(a[0]).split()[0] if a and str(a[0]).strip() else ""
            if moment in ("first-paint", "interactive", "settled"):
                if moment in {at!r}:
                    seen.append((moment, {look}))
            else:
                real_print(*a, **k)

        builtins.print = watch
        from rugschool_gui.app import main
        code = main(["--database", {str(tmp_path / "werkboek.sqlite3")!r}, "--quit-after-paint"])
        real_print("result", code, seen)
    """)
    return out.splitlines()[-1]


def test_the_first_frame_is_painted_before_the_qt_namespace_is_made(tmp_path):
    """Making PySide6's ``Qt`` namespace (~100 Python enums) costs ~17 ms: the empty window
    is on screen before anything needs it (``ui/first_frame.py``)."""
    seen = _start_app(tmp_path, ("first-paint", "interactive"), '"Qt" in vars(sys.modules["PySide6.QtCore"])')
    assert seen == "result 0 [('first-paint', False), ('interactive', True)]"


def test_the_apps_own_start_leaves_openssl_and_package_metadata_unloaded(tmp_path):
    """OpenSSL's libcrypto is ~4.7 MiB of the app's memory, for nothing a start needs: hashlib
    uses Python's own SHA-256 and asyncio (SQLAlchemy's import) comes without ``ssl``. The
    package metadata SQLAlchemy imports (with ``email``) is ~0.9 MiB more, also unused
    (``lean_imports``). Checked after everything start-up loads, the store included, on a
    second start (the first one creates the file: its migrations may load what they like)."""
    assert _start_app(tmp_path).startswith("result 0")
    seen = _start_app(tmp_path, ("settled",), """(
        "libcrypto" in open("/proc/self/maps").read(), "sqlalchemy.orm" in sys.modules,
        sorted(m for m in ("ssl", "_ssl", "_hashlib", "email", "csv") if m in sys.modules),
        type(sys.modules["importlib.metadata"]).__name__)""")
    assert seen == "result 0 [('settled', (False, True, [], '_MetadataOnDemand'))]"


def test_package_metadata_loads_when_asked_once_whoever_asks_first():
    """The stand-in for ``importlib.metadata`` answers as the real module does, for SQLAlchemy,
    Alembic and ``import importlib.metadata`` alike, and loads it once when two threads ask
    together."""
    out = _run("""
        import importlib, sys, threading
        from rugschool_gui.lean_imports import before_sqlalchemy
        before_sqlalchemy()
        import sqlalchemy
        from sqlalchemy.util import compat
        from sqlalchemy.dialects import registry
        stand_in = sys.modules["importlib.metadata"]
        quiet = "email" not in sys.modules
        engine = sqlalchemy.create_engine("sqlite://")
        with engine.connect() as c:
            one = c.execute(sqlalchemy.text("select 1")).scalar()
        pg = registry.load("postgresql").name
        still_quiet = "email" not in sys.modules and sys.modules["importlib.metadata"] is stand_in
        got = []
        go = threading.Barrier(2)
        def ask():
            go.wait()
            got.append(stand_in.version("SQLAlchemy"))
        threads = [threading.Thread(target=ask) for _ in range(2)]
        for t in threads: t.start()
        for t in threads: t.join()
        real = sys.modules["importlib.metadata"]
        import importlib.metadata as imported
        from importlib import metadata as attribute
        import alembic.command
        plugins = list(compat.importlib_metadata_get("console_scripts"))
        print(quiet, one, pg, still_quiet, got == [sqlalchemy.__version__] * 2,
              real is not stand_in and imported is real and attribute is real,
              type(real).__name__, len(plugins) > 0)
    """)
    assert out == "True 1 postgresql True True True module True"


def test_hashes_without_openssl_are_the_same_and_the_passphrase_still_gets_scrypt():
    out = _run("""
        import sys
        from rugschool_gui.lean_imports import before_sqlalchemy, hashlib_module, openssl_hashlib
        hashlib = hashlib_module()
        digest = hashlib.sha256(b"werkboek").hexdigest()
        md5 = hashlib.md5(b"x", usedforsecurity=False).hexdigest()
        before_sqlalchemy()
        import asyncio
        async def answer():
            return 42
        ran = asyncio.run(answer())
        before = sorted(m for m in ("ssl", "_hashlib") if m in sys.modules)
        from rugschool_gui.domain.privacy_lock import hash_passphrase, verify_passphrase
        stored = hash_passphrase("rustig aan")
        checks = verify_passphrase("rustig aan", stored), verify_passphrase("iets anders", stored)
        import ssl  # hidden only while asyncio was imported
        print(digest, md5, ran, before, checks, openssl_hashlib() is hashlib, hasattr(ssl, "SSLContext"))
    """)
    import hashlib

    assert out.split(" ", 4)[:4] == [hashlib.sha256(b"werkboek").hexdigest(),
                                     hashlib.md5(b"x").hexdigest(), "42", "[]"]
    assert out.endswith("(True, False) True True")


def test_settings_key_of_a_database_is_unchanged(tmp_path):
    """The last workbook is remembered under a SHA-256 of the database's place: the same key
    as before hashlib lost OpenSSL, so nobody's last workbook is forgotten."""
    import hashlib

    from rugschool_gui.storage.url import stable_name
    from rugschool_gui.ui.appsettings import AppSettings

    url = f"sqlite:///{tmp_path / 'werkboek.sqlite3'}"
    expected = hashlib.sha256(stable_name(url).encode()).hexdigest()[:16]
    assert AppSettings._db_key(url) == expected


def test_chapter_icons_are_kept_drawn_and_a_damaged_keep_is_drawn_again(qapp, data_home, monkeypatch):
    """A drawing rendered once is kept as a PNG in the cache folder; the next start reads it
    instead of loading Qt's SVG module. A damaged file is rendered again and replaced."""
    from rugschool_gui import paths
    from rugschool_gui.ui import icons

    icons._tinted.cache_clear()
    first = icons.pixmap("pacing", QColor("#000000"), 26).toImage()
    kept = list((paths.cache_dir() / "icons").glob("pacing-*-26.png"))
    assert len(kept) == 1 and kept[0].stat().st_mode & 0o077 == 0  # the user's only

    rendered, render = [], icons._render
    monkeypatch.setattr(icons, "_render", lambda name, size: rendered.append(size) or QImage())
    icons._tinted.cache_clear()
    again = icons.pixmap("pacing", QColor("#000000"), 26).toImage()
    assert rendered == []  # read from the kept file
    alphas = [(first.pixelColor(x, y).alpha(), again.pixelColor(x, y).alpha()) for x in range(26) for y in range(26)]
    assert max(abs(a - b) for a, b in alphas) <= 1 and any(a > 200 for a, _ in alphas)

    monkeypatch.setattr(icons, "_render", render)
    kept[0].write_bytes(b"not a picture")
    icons._tinted.cache_clear()
    redrawn = icons.pixmap("pacing", QColor("#000000"), 26).toImage()
    assert any(redrawn.pixelColor(x, y).alpha() > 200 for x in range(26) for y in range(26))
    assert QImage(str(kept[0])).size() == QSize(26, 26)  # replaced by a good one
    icons._tinted.cache_clear()


def test_chapter_icons_draw_where_the_cache_folder_cannot_be_written(qapp, data_home, monkeypatch):
    from rugschool_gui import paths
    from rugschool_gui.ui import icons

    folder = paths.cache_dir()
    folder.chmod(0o500)
    try:
        icons._tinted.cache_clear()
        image = icons.pixmap("exposure", QColor("#000000"), 23).toImage()
        assert any(image.pixelColor(x, y).alpha() > 200 for x in range(23) for y in range(23))
    finally:
        folder.chmod(0o700)
        icons._tinted.cache_clear()
