"""Packaging detail that pyproject.toml cannot say: the repository's top-level ``resources/``
(fonts, translations, content files) goes into the wheel as the package data
``rugschool_gui/resources``, so an installed app finds it with ``importlib.resources``.
Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import find_namespace_packages, setup

HERE = Path(__file__).parent
resource_packages = ["rugschool_gui.resources"] + sorted(
    "rugschool_gui.resources." + ".".join(d.relative_to(HERE / "resources").parts)
    for d in (HERE / "resources").rglob("*") if d.is_dir() and d.name != "__pycache__")

setup(
    packages=[*find_namespace_packages(include=["rugschool_gui", "rugschool_gui.*"],
                                       exclude=["*.__pycache__", "rugschool_gui.resources*"]),
              *resource_packages],
    package_dir={"rugschool_gui.resources": "resources"},
    package_data={
        "rugschool_gui": ["storage/migrations/*.mako"],
        "rugschool_gui.resources": ["**/*"],
    },
    exclude_package_data={"": ["*.ts"]},  # the translators' source; the app reads the .qm
)
