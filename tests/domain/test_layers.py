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


def test_operations_and_wording_import_no_qt_and_no_pdf():
    loaded = _modules_after("""
        import importlib, pkgutil
        import rugschool_gui.operations as o, rugschool_gui.wording as w
        for package, name in ((o, 'operations'), (w, 'wording')):
            for m in pkgutil.iter_modules(package.__path__):
                importlib.import_module(f'rugschool_gui.{name}.' + m.name)
    """)
    assert not loaded & {"PySide6", "reportlab"}


def test_wording_needs_nothing_but_python():
    loaded = _modules_after("""
        import importlib, pkgutil, rugschool_gui.wording as w
        for m in pkgutil.iter_modules(w.__path__):
            importlib.import_module('rugschool_gui.wording.' + m.name)
    """)
    assert not loaded & {"PySide6", "sqlalchemy", "reportlab", "alembic"}


def test_no_layer_below_the_ui_imports_the_ui_or_export():
    """domain ← storage ← operations ← ui / export, read from the import statements."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "rugschool_gui"
    below = {"domain": {"storage", "operations", "ui", "export"},
             "storage": {"operations", "ui", "export"},
             "operations": {"ui", "export"}, "wording": {"domain", "storage", "operations", "ui", "export"}}
    wrong = []
    for layer, forbidden in below.items():
        for path in (root / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.ImportFrom) and node.level >= 2 and node.module
                        and node.module.split(".")[0] in forbidden):
                    wrong.append(f"{path.relative_to(root)} imports {node.module}")
    assert not wrong, wrong


def test_the_undo_history_loads_without_sqlalchemy():
    """The Edit menu is drawn at the first paint; SQLAlchemy loads after it (start-up time)."""
    loaded = _modules_after("import rugschool_gui.operations.history, rugschool_gui.operations.changeset")
    assert "sqlalchemy" not in loaded
