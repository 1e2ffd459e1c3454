"""The frame every dialog of the app shares.

:class:`AppDialog` gives each dialog the shared keyboard and wheel rules (``widgets.keyboard``)
when it is shown. :class:`FormDialog` adds what every input dialog needs: modal, wide enough for
Dutch labels, a place for a refusal message (shown beside the form, what was typed stays), and
Save/Cancel buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QWidget

from .. import design
from .keyboard import calm_inputs


class AppDialog(QDialog):
    def showEvent(self, event) -> None:
        calm_inputs(self)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and self.minimumWidth() > screen.width() - 40:
            # a width asked in characters (FormDialog) grows with the text size: the screen wins,
            # the fields get narrower (what they hold scrolls inside them, never the dialog)
            self.setMinimumWidth(screen.width() - 40)
        if screen is not None and (self.height() > screen.height() - 40 or self.width() > screen.width() - 40):
            # never larger than the screen: the buttons must stay reachable (parts that scroll, scroll)
            self.resize(min(self.width(), screen.width() - 40), min(self.height(), screen.height() - 40))
        super().showEvent(event)


class FormDialog(AppDialog):
    def __init__(self, title: str, parent: QWidget | None = None, width_chars: int = 64,
                 message_name: str = "form-message") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * width_chars)
        self.message = QLabel()
        self.message.setObjectName(message_name)
        self.message.setWordWrap(True)
        self.message.setProperty("surface", "caution")  # a gentle "look at this", never alarm red
        self.message.setMargin(design.space(design.S, self))
        self.message.setVisible(False)

    def add_message_and_buttons(self, layout: QBoxLayout, ok_text: str | None = None,
                                ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
                                ) -> QDialogButtonBox:
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            buttons.button(ok).setText(ok_text)
        design.primary(buttons.button(ok))  # the one main action of the dialog
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return buttons

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
