"""The screens of the idle lock: the lock window that covers the app, and setting a passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from ..domain.privacy_lock import check_new_passphrase, hash_passphrase
from . import design
from .i18n import app_title, args, translate
from .messages import domain_message
from .widgets.common import heading, paragraph
from .widgets.form_dialog import FormDialog


class LockScreen(QWidget):
    """Covers the app until the passphrase is typed. Emits ``attempt`` with what was typed."""

    attempt = Signal(str)
    quit_requested = Signal()  # the lock window was closed: the app closes (all is saved), unseen

    def __init__(self, settings_path: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("lock-screen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._settings_path = settings_path
        self.title = heading()
        self.explain = paragraph()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lock-passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("lock-unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("lock-message")
        self.message.setWordWrap(True)
        self.forgot_button = QPushButton()
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self._show_forgot)
        self.forgot_text = paragraph()
        self.forgot_text.setObjectName("lock-forgot")
        self.forgot_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.forgot_text.setVisible(False)

        box = QWidget()
        box.setFixedWidth(self.fontMetrics().averageCharWidth() * 64)  # wrapped text needs a fixed width
        lay = QVBoxLayout(box)
        lay.addWidget(self.title)
        lay.addWidget(self.explain)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addSpacing(self.fontMetrics().height())
        lay.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.forgot_text)
        middle = QHBoxLayout()  # stretches beside, not an alignment: wrapped labels get their height
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(app_title())
        self.title.setText(translate("Lock", "Het werkboek is vergrendeld"))
        self.explain.setText(translate("Lock", "Niemand gebruikte de app een tijdje, dus is hij afgeschermd. "
                                               "Alles is bewaard. Typ je wachtzin om verder te gaan."))
        self.passphrase.setAccessibleName(translate("Lock", "Wachtzin"))
        self.passphrase.setPlaceholderText(translate("Lock", "Wachtzin"))
        self.unlock_button.setText(translate("Lock", "&Ontgrendelen"))
        self.forgot_button.setText(translate("Lock", "Wachtzin vergeten?"))
        self.forgot_text.setText(args(translate(
            "Lock",
            "Het slot beschermt tegen meekijken; je gegevens zelf blijven gewoon op deze computer. "
            "Wie de wachtzin vergat, sluit de app, verwijdert in het bestand %1 de regels die met "
            "„lock_” beginnen en start de app opnieuw."), self._settings_path))

    def closeEvent(self, event) -> None:
        # closing the lock must never uncover the app: it closes the app instead
        event.ignore()
        self.quit_requested.emit()

    def _submit(self) -> None:
        self.attempt.emit(self.passphrase.text())

    def refuse(self, wait_seconds: int = 0) -> None:
        """A wrong passphrase; after a few in a row the field waits ``wait_seconds`` first."""
        self.passphrase.clear()
        if wait_seconds <= 0:
            self.message.setText(translate("Lock", "Dat is niet de juiste wachtzin. Probeer het gerust nog eens."))
            self.passphrase.setFocus()
            return
        self.message.setText(args(translate(
            "Lock", "Dat is niet de juiste wachtzin. Na een paar keer wacht de app even: over %1 seconden "
                    "kun je het opnieuw proberen."), wait_seconds))
        self.passphrase.setEnabled(False)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(wait_seconds * 1000, self._ready_again)

    def _ready_again(self) -> None:
        self.passphrase.setEnabled(True)
        self.message.setText(translate("Lock", "Probeer het gerust nog eens."))
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.clear()
        self.forgot_text.setVisible(False)

    def _show_forgot(self) -> None:
        self.forgot_text.setVisible(True)


class PassphraseDialog(FormDialog):
    """Choose a passphrase (typed twice). ``passphrase_hash`` holds the result after Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Lock", "Wachtzin kiezen"), parent, message_name="passphrase-message")
        self.passphrase_hash = ""
        self.first = QLineEdit()
        self.first.setObjectName("passphrase-first")
        self.second = QLineEdit()
        self.second.setObjectName("passphrase-second")
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        lay = QVBoxLayout(self)
        lay.addWidget(paragraph(translate(
            "Lock", "Na de gekozen tijd zonder gebruik schermt de app zich af tot iemand deze wachtzin typt. "
                    "De wachtzin zelf wordt nergens bewaard, alleen een afdruk waaruit hij niet terug te halen is.")))
        self.strength = design.caption()  # right under the field it is about, in the field's column
        self.strength.setObjectName("passphrase-strength")
        form = QFormLayout()
        form.addRow(translate("Lock", "&Wachtzin:"), self.first)
        form.addRow("", self.strength)
        form.addRow(translate("Lock", "&Nog een keer:"), self.second)
        lay.addLayout(form)
        self.first.textChanged.connect(self._show_strength)
        self._show_strength("")
        self.add_message_and_buttons(lay)

    def _show_strength(self, text: str) -> None:
        from ..domain.privacy_lock import MIN_LENGTH, passphrase_strength

        if len(text) < MIN_LENGTH:
            words = args(translate("Lock", "Minstens %1 tekens. Een korte zin van een paar woorden is sterk en "
                                           "makkelijk te onthouden."), MIN_LENGTH)
        else:
            words = {"weak": translate("Lock", "Sterkte: zwak. Maak hem wat langer, bijvoorbeeld met een woord erbij."),
                     "fair": translate("Lock", "Sterkte: redelijk. Nog een woord erbij maakt hem sterk."),
                     "strong": translate("Lock", "Sterkte: sterk.")}[passphrase_strength(text)]
        self.strength.setText(words)
        self.first.setAccessibleDescription(words)

    def accept(self) -> None:
        try:
            passphrase = check_new_passphrase(self.first.text(), self.second.text())
        except DomainError as exc:
            self.show_message(domain_message(exc))
            return
        self.passphrase_hash = hash_passphrase(passphrase)
        super().accept()
