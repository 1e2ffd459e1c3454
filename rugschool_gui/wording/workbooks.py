"""Wording of actions on whole workbooks."""

from . import Words

words = Words({
    "undo_rename": ("Werkboek hernoemen tot „{name}”", "Rename workbook to “{name}”"),
    "undo_delete": ("Werkboek „{name}” verwijderen", "Delete workbook “{name}”"),
    "fresh_name": ("Mijn werkboek", "My workbook"),
})
