"""No widget of the app hides a method or property of its Qt base class with an attribute.

``self.done = QCheckBox()`` in a ``QDialog`` replaces ``QDialog.done()``: Qt then calls a check
box and every way to close the dialog fails. This test reads every class in ``rugschool_gui``
that derives from a Qt class and fails on any ``self.<name> = …`` where ``<name>`` is already a
member of one of its Qt bases.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil

import rugschool_gui


def _modules():
    for info in pkgutil.walk_packages(rugschool_gui.__path__, "rugschool_gui."):
        if ".migrations" in info.name or info.name.endswith("__main__"):  # __main__ starts the app
            continue
        yield importlib.import_module(info.name)


def _qt_members(cls) -> set[str]:
    names: set[str] = set()
    for base in inspect.getmro(cls):
        if base.__module__.startswith("PySide6"):
            names.update(dir(base))
    return names


def _assigned_attributes(cls) -> set[tuple[str, int]]:
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return set()
    tree = ast.parse(inspect.cleandoc("\n" + source) if source.startswith((" ", "\t")) else source)
    found = set()
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        for target in targets:
            for t in ast.walk(target):
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                    found.add((t.attr, t.lineno))
    return found


def test_no_attribute_hides_a_qt_member():
    clashes = []
    seen = set()
    for module in _modules():
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls in seen or not cls.__module__.startswith("rugschool_gui"):
                continue
            seen.add(cls)
            qt = _qt_members(cls)
            if not qt:
                continue
            for attr, line in sorted(_assigned_attributes(cls)):
                if attr in qt:
                    clashes.append(f"{cls.__module__}.{cls.__qualname__}: self.{attr} (line {line} of the class)")
    assert not clashes, "attributes that hide a Qt member:\n" + "\n".join(clashes)


def test_the_check_itself_finds_a_clash():
    from PySide6.QtWidgets import QDialog

    class Broken(QDialog):
        def __init__(self):
            super().__init__()
            self.done = 1

    assert ("done", 4) in _assigned_attributes(Broken) and "done" in _qt_members(Broken)
