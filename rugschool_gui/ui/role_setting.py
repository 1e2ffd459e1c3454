"""Who uses this workbook app (issue #25): "Ik gebruik dit werkboek als patiënt" or "als
psycholoog of therapeut". Chosen once (the home page asks at first start; a database with several
workbooks suggests the therapist), changeable in the settings.

The role decides what the app offers (writing consultations, setting homework, comments); what
the therapist writes is marked as theirs. On a laptop this is a convenience, not a security
boundary — the settings say so; on a practice database the PostgreSQL roles are the boundary.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWidget

from ..domain.roles import PATIENT, ROLES, THERAPIST, suggested_role
from .appsettings import AppSettings
from .i18n import translate


def role_of(settings: AppSettings, workbook_count: int = 1) -> str:
    """The chosen role, or before any choice the suggested one."""
    return settings.role or suggested_role(workbook_count)


def role_names() -> dict[str, str]:
    return {PATIENT: translate("Role", "Ik gebruik dit werkboek als pat&iënt"),
            THERAPIST: translate("Role", "Ik gebruik dit werkboek als ps&ycholoog of therapeut")}


def boundary_note() -> str:
    return translate("Role", "Op een laptop is dit een gemak, geen beveiliging: wie deze computer gebruikt, kan de "
                     "rol veranderen. Notities die je als psycholoog privé houdt, gaan nooit mee in het "
                     "overdrachtsbestand of in de PDF van je patiënt.")


class RoleChoice(QGroupBox):
    """Two radio buttons and the note; ``chosen(role)`` is called when the person picks one."""

    def __init__(self, current: str, chosen: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("role-choice")
        self._chosen = chosen
        lay = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for role in ROLES:
            button = QRadioButton()
            button.setObjectName(f"role-{role}")
            button.setChecked(role == current)
            self.group.addButton(button)
            self.buttons[role] = button
            lay.addWidget(button)
            button.toggled.connect(lambda on, r=role: self._chosen(r) if on else None)
        from .widgets.common import paragraph

        self.note = paragraph()
        self.note.setObjectName("role-note")
        lay.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("Role", "Wie gebruikt dit werkboek?"))
        for role, text in role_names().items():
            self.buttons[role].setText(text)
        self.note.setText(boundary_note())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "note"):
            self.retranslate()
        super().changeEvent(event)


def settings_part(dialog: QWidget) -> RoleChoice | None:
    """The role choice for the settings dialog, when its window has the app's settings."""
    parent = dialog.parentWidget()
    ctx = getattr(parent.window(), "ctx", None) if parent is not None else None
    if ctx is None or getattr(ctx, "settings", None) is None:
        return None
    settings = ctx.settings

    def chosen(role: str) -> None:
        settings.role = role
        ctx.hub.data_changed.emit("consultations")  # the pages that depend on the role redraw

    return RoleChoice(role_of(settings, len(ctx.workbooks())), chosen, dialog)
