"""What the window says about saving: "Opgeslagen" in the status bar, a failure told once per
episode (not at every retry), and the question on closing while typed text is still unsaved.

:class:`SaveStatus` follows the hub's ``saving`` / ``saved`` / ``save_failed`` signals; the window
asks :meth:`SaveStatus.may_close` before it closes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
)

from .context import PageContext
from .i18n import translate


class SaveStatus(QObject):
    def __init__(self, window: QMainWindow, ctx: PageContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.read_only_label = QLabel()  # a file that cannot be written: said for as long as it is open
        self.read_only_label.setObjectName("read-only-indicator")
        self.read_only_label.setVisible(ctx.read_only)
        window.statusBar().addWidget(self.read_only_label, 1)
        self.label = QLabel()
        self.label.setObjectName("saved-indicator")
        window.statusBar().addPermanentWidget(self.label)
        self.state = "saved"
        self._told_failure = False  # the person was told a save failed (once per episode)
        self._closing = False
        ctx.hub.saving.connect(lambda: self.show_state("saving"))
        ctx.hub.saved.connect(self._saved)
        ctx.hub.save_failed.connect(self._failed)

    def retranslate(self) -> None:
        self.read_only_label.setText(translate(
            "MainWindow", "Alleen lezen: dit bestand kan niet beschreven worden. Je kunt alles bekijken en "
                          "afdrukken; invullen en wijzigen kan niet."))
        self.show_state(self.state)

    def show_state(self, state: str) -> None:
        self.state = state
        text = {
            "saved": translate("MainWindow", "Opgeslagen"),
            "saving": translate("MainWindow", "Bezig met opslaan…"),
            "failed": translate("MainWindow", "Niet opgeslagen"),
        }[state]
        if self.ctx.read_only and state == "saved":
            text = ""  # nothing is saved in a read-only file: the status bar says so on the left
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def _failed(self, message: str) -> None:
        self.show_state("failed")
        if not self._told_failure:  # a retry that fails again does not show the box again
            self._told_failure = True
            QTimer.singleShot(0, lambda: self._tell(message))

    def _tell(self, message: str) -> None:
        if self.ctx.read_only:
            message = translate("MainWindow", "Dit werkboekbestand kan alleen gelezen worden, dus wat je verandert, "
                                "wordt niet bewaard. Kopieer tekst die je wilt houden, of vraag wie de computer "
                                "beheert om het bestand weer beschrijfbaar te maken.")
        if not self._closing:  # closing asks its own question about what is not saved
            QMessageBox.warning(self.window, translate("MainWindow", "Niet opgeslagen"), message)

    def _saved(self) -> None:
        if self.ctx.unsaved():
            self.show_state("failed")  # something else was saved; the failed text still waits
            return
        self._told_failure = False
        self.show_state("saved")

    # ----- closing --------------------------------------------------------------------------
    def may_close(self) -> bool:
        """Write what is pending; while typed text is still unsaved, ask (try again / copy the
        text and close / keep open). False: stay open, the app keeps trying."""
        self._closing = True
        self.ctx.flush()
        while self.ctx.unsaved():  # typed text the disk did not take: never dropped without asking
            choice = self._ask()
            if choice == "retry":
                self.ctx.flush()
                continue
            if choice == "copy":
                QApplication.clipboard().setText(self._unsaved_text())
                return True
            self._closing = False
            return False
        return True

    def _ask(self) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Nog niet bewaard"), translate(
            "MainWindow", "Wat je het laatst typte, kon nog niet bewaard worden: de schijf is vol of "
            "alleen-lezen. Het staat nog in de app. Maak wat ruimte vrij en kies „Opnieuw proberen”, of "
            "kopieer de tekst om hem ergens anders te bewaren."), QMessageBox.StandardButton.NoButton, self.window)
        retry = box.addButton(translate("MainWindow", "Opnieuw proberen"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(translate("MainWindow", "Tekst kopiëren en afsluiten"),
                             QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(translate("MainWindow", "Open laten"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.setEscapeButton(stay)
        box.exec()
        answers: dict[QAbstractButton, str] = {retry: "retry", copy: "copy"}
        return answers.get(box.clickedButton(), "stay")

    def _unsaved_text(self) -> str:
        """The texts of the panels whose writing failed, one after the other, to paste elsewhere."""
        parts = []
        for saver in self.ctx.unsaved():
            panel = saver.parent()
            for field in panel.findChildren(QPlainTextEdit) + panel.findChildren(QLineEdit):
                text = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
                if text.strip() and not field.isReadOnly():
                    parts.append(text)
        return "\n\n".join(parts)
