"""The screens of the idle lock: the lock window that covers the app, and setting a passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import DomainError
from ..domain.privacy_lock import check_new_passphrase, hash_passphrase
from .i18n import app_title, translate
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
        self.forgot_text.setText(translate(
            "Lock",
            "Het slot beschermt tegen meekijken; je gegevens zelf blijven gewoon op deze computer. "
            "Wie de wachtzin vergat, sluit de app, verwijdert in het bestand %1 de regels die met "
            "„lock_” beginnen en start de app opnieuw.").replace("%1", self._settings_path))

    def closeEvent(self, event) -> None:
        # closing the lock must never uncover the app: it closes the app instead
        event.ignore()
        self.quit_requested.emit()

    def _submit(self) -> None:
        self.attempt.emit(self.passphrase.text())

    def refuse(self) -> None:
        self.passphrase.clear()
        self.message.setText(translate("Lock", "Dat is niet de juiste wachtzin. Probeer het gerust nog eens."))
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
        form = QFormLayout()
        form.addRow(translate("Lock", "&Wachtzin:"), self.first)
        form.addRow(translate("Lock", "&Nog een keer:"), self.second)
        lay.addLayout(form)
        self.add_message_and_buttons(lay)

    def accept(self) -> None:
        try:
            passphrase = check_new_passphrase(self.first.text(), self.second.text())
        except DomainError as exc:
            self.show_message(domain_message(exc))
            return
        self.passphrase_hash = hash_passphrase(passphrase)
        super().accept()
