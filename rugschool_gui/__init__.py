"""Rugschool werkboek: the back school's psychology workbook as a desktop app."""

__version__ = "0.1.0"
APP_NAME = "Rugschool werkboek"
ORG_NAME = "Rugschool"
#: the reverse-DNS id of the desktop entry, the AppStream metainfo and the icon
APP_ID = "io.github.rugschool_werkboek.Werkboek"
