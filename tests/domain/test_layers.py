"""The layer rule: domain needs no toolkit; the app module starts without reportlab/alembic."""

import subprocess
import sys
import textwrap


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_domain_imports_no_toolkit():
    loaded = _modules_after("""
        import importlib, pkgutil, rugschool_gui.domain as d
        for m in pkgutil.iter_modules(d.__path__):
            importlib.import_module('rugschool_gui.domain.' + m.name)
    """)
    assert not loaded & {"PySide6", "sqlalchemy", "reportlab", "alembic"}


def test_app_and_window_modules_leave_reportlab_and_alembic_alone():
    loaded = _modules_after("""
        import rugschool_gui.app, rugschool_gui.ui.startup, rugschool_gui.ui.main_window
        import rugschool_gui.ui.chapters as c
        for chapter in c.registered():
            pass
    """)
    assert "reportlab" not in loaded
    assert "alembic" not in loaded


def test_storage_does_not_import_qt():
    loaded = _modules_after("import rugschool_gui.storage.schema, rugschool_gui.storage.workbooks")
    assert "PySide6" not in loaded
