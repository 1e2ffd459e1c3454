"""Rugschool werkboek: the back school's psychology workbook as a desktop app."""

__version__ = "0.1.0"
APP_NAME = "Rugschool werkboek"
ORG_NAME = "Rugschool"
