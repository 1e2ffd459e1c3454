"""Packaging detail that pyproject.toml cannot say: the repository's top-level ``resources/``
(fonts, translations, content files) goes into the wheel as the package data
``rugschool_gui/resources``, so an installed app finds it with ``importlib.resources``.
Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["rugschool_gui", "rugschool_gui.*"]), "rugschool_gui.resources"],
    package_dir={"rugschool_gui.resources": "resources"},
    package_data={
        "rugschool_gui": ["storage/migrations/*.py", "storage/migrations/*.mako",
                          "storage/migrations/versions/*.py", "py.typed"],
        "rugschool_gui.resources": ["**/*"],
    },
    exclude_package_data={"rugschool_gui.resources": ["**/*.ts", "**/__pycache__/*"]},
)
