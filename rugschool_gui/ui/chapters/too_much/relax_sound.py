"""The relaxation guide's sound, so it can be followed with the eyes closed (issue #20):

* a soft bell at each step (tense, release, next, end; ``domain.relax_cues``), synthesised by the
  app (``ui.audio.tones``), at a chosen volume or "Geen geluid";
* a therapist's own recording attached to a technique (``ui.audio.recordings``), played with
  pause and resume instead of the bells;
* if chosen (off unless chosen), the computer's own voice reading each step (``ui.audio.voice``),
  where the system has one; a therapist's recording goes first and the voice is then quiet.

The audio library loads when a guide first makes a sound, never at start-up. Without a sound
device the guide goes on silently and says so calmly, once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import design
from ...appsettings import AppSettings
from ...audio import recordings
from ...audio.voice import Voice
from ...i18n import args, translate
from ...widgets.wrapping import WrapCheckBox

#: "Geen geluid", soft, medium, loud (the bells are soft at every step: PEAK in ui/audio/tones.py)
VOLUMES = (0, 35, 65, 100)


class GuideSound(QWidget):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None,
                 language: Callable[[], str] = lambda: "nl") -> None:
        super().__init__(parent)
        self.settings, self.language = settings, language
        self._player = None  # ui.audio.player.Player, made when a guide first sounds
        self.exercise = ""
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.volume_label = QLabel()
        self.volume = QComboBox()
        self.volume.setObjectName("relax-volume")
        self.volume_label.setBuddy(self.volume)
        self.volume.activated.connect(self._volume_chosen)
        row.addWidget(self.volume_label)
        row.addWidget(self.volume)
        row.addStretch(1)
        v.addLayout(row)
        self.silent_note = design.caption()
        self.silent_note.setObjectName("relax-silent")
        self.silent_note.setWordWrap(True)
        self.silent_note.setVisible(False)
        v.addWidget(self.silent_note)
        # the computer's own voice, beside the bells
        self.voice = Voice(self)
        self.voice.failed.connect(self._show_voice_note)
        self.voice_choice = WrapCheckBox()
        self.voice_choice.setObjectName("relax-voice")
        self.voice_choice.setChecked(settings.relax_voice and self.voice.available)
        self.voice_choice.setEnabled(self.voice.available)
        self.voice_choice.toggled.connect(self._voice_chosen)
        self.voice_note = design.caption()
        self.voice_note.setObjectName("relax-voice-note")
        v.addWidget(self.voice_choice)
        v.addWidget(self.voice_note)
        # the therapist's recording of the chosen technique
        self.recording_label = QLabel()
        self.recording_label.setObjectName("relax-recording")
        self.recording_label.setWordWrap(True)
        self.use_recording = WrapCheckBox()
        self.use_recording.setObjectName("relax-use-recording")
        self.use_recording.toggled.connect(lambda _on: self._show_voice_note())
        self.attach_button = QPushButton()
        self.attach_button.setObjectName("relax-attach-recording")
        self.attach_button.clicked.connect(self.choose_recording)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("relax-remove-recording")
        self.remove_button.clicked.connect(self.remove_recording)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.where_note = design.caption()
        self.where_note.setWordWrap(True)
        for w in (self.recording_label, self.use_recording):
            v.addWidget(w)
        v.addLayout(buttons)
        v.addWidget(self.where_note)

    def retranslate(self) -> None:
        self.volume_label.setText(translate("TooMuch", "&Geluid bij elke stap:"))
        names = (translate("TooMuch", "Geen geluid"), translate("TooMuch", "Zacht"),
                 translate("TooMuch", "Middel"), translate("TooMuch", "Luid"))
        self.volume.clear()
        for value, name in zip(VOLUMES, names, strict=True):
            self.volume.addItem(name, value)
        current = self.settings.relax_volume
        self.volume.setCurrentIndex(min(range(len(VOLUMES)), key=lambda i: abs(VOLUMES[i] - current)))
        self.silent_note.setText(translate(
            "TooMuch", "Op deze computer klinkt geen geluid. Volg de stappen gewoon op het scherm."))
        self.voice_choice.setText(translate("TooMuch", "Lees de stappen voor met de stem van je computer"))
        self.use_recording.setText(translate("TooMuch", "De opname van mijn therapeut afspelen in plaats van de belletjes"))
        self.attach_button.setText(translate("TooMuch", "Opname van je therapeut &kiezen…"))
        self.remove_button.setText(translate("TooMuch", "Opname &verwijderen"))
        self.where_note.setText(translate(
            "TooMuch", "Een opname (wav, mp3, ogg of flac) blijft in de map met je gegevens op deze computer. "
            "Ze gaat niet mee in het overdrachtsbestand."))
        self.show_exercise(self.exercise)

    # ----- the recording ------------------------------------------------------------------------
    def recording(self) -> Path | None:
        return recordings.recording_for(self.exercise) if self.exercise else None

    def show_exercise(self, exercise: str) -> None:
        self.exercise = exercise
        path = self.recording()
        self.recording_label.setText(
            args(translate("TooMuch", "Opname van je therapeut: %1"), path.name) if path
            else translate("TooMuch", "Nog geen opname van je therapeut bij deze oefening."))
        self.use_recording.setVisible(path is not None)
        self.use_recording.setChecked(path is not None)
        self.remove_button.setVisible(path is not None)
        self._show_voice_note()

    def choose_recording(self) -> None:
        from ...file_dialogs import open_path

        chosen = open_path(self, translate("TooMuch", "Opname kiezen"),
                           translate("TooMuch", "Geluidsbestanden (*.wav *.mp3 *.ogg *.flac)"), self.settings)
        if chosen is None:
            return
        try:
            recordings.attach(self.exercise, chosen)
        except (recordings.NotASoundFile, OSError):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, translate("TooMuch", "Opname kiezen"), translate(
                "TooMuch", "Dit bestand kan niet als opname dienen. Kies een wav-, mp3-, ogg- of flac-bestand."))
            return
        self.show_exercise(self.exercise)

    def remove_recording(self) -> None:
        recordings.remove(self.exercise)
        self.show_exercise(self.exercise)

    @property
    def plays_recording(self) -> bool:
        return self.use_recording.isChecked() and self.recording() is not None

    # ----- the computer's own voice --------------------------------------------------------------
    def _voice_chosen(self, on: bool) -> None:
        self.settings.relax_voice = on
        if not on:
            self.voice.stop()
        self._show_voice_note()

    def _show_voice_note(self) -> None:
        """One line under the choice: no voice here, the voice did not answer, or the recording
        goes first; nothing when all is well."""
        if not self.voice.available:
            text = translate("TooMuch", "Op deze computer is geen voorleesstem gevonden. De oefening werkt "
                             "gewoon zonder: volg de stappen op het scherm.")
        elif self.voice_choice.isChecked() and self.voice.has_failed:
            text = translate("TooMuch", "De voorleesstem van je computer antwoordt niet. Volg de stappen "
                             "gewoon op het scherm.")
        elif self.voice_choice.isChecked() and self.plays_recording:
            text = translate("TooMuch", "De opname van je therapeut gaat voor: de stem van je computer "
                             "leest dan niet voor.")
        else:
            text = ""
        self.voice_note.setText(text)
        self.voice_note.setVisible(bool(text))
        self.voice_choice.setAccessibleDescription(text)  # read with the (perhaps disabled) choice

    @property
    def reads_aloud(self) -> bool:
        return self.voice_choice.isChecked() and self.voice.available

    def read_aloud(self, text: str) -> None:
        """Read one step with the computer's voice, when chosen (never over a recording: the
        guide does not call this while a recording plays)."""
        if self.reads_aloud:
            self.voice.speak(text, self.language())

    def quiet(self) -> None:
        self.voice.stop()

    # ----- sound during the guide --------------------------------------------------------------
    def _volume_chosen(self, _index: int) -> None:
        self.settings.relax_volume = int(self.volume.currentData())

    def player(self):
        if self._player is None:
            from ...audio.player import Player  # the audio library loads here, not at start-up

            self._player = Player()
        return self._player

    def _heard(self, played: bool) -> None:
        if not played and self._player is not None and self._player.silent:
            self.silent_note.setVisible(True)

    def cue(self, sound: str | None) -> None:
        volume = int(self.volume.currentData() or 0)
        if sound is None or volume == 0:
            return
        self._heard(self.player().bell(sound, volume))

    def start_recording(self) -> bool:
        path = self.recording()
        if path is None:
            return False
        played = self.player().play_recording(path)
        self._heard(played)
        return played

    def set_paused(self, paused: bool) -> None:
        if self._player is not None:
            self._player.set_paused(paused)

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop_recording()

    @property
    def seconds_played(self) -> float:
        return self._player.seconds_played if self._player is not None else 0.0

    @property
    def recording_ended(self) -> bool:
        return self._player is not None and self._player.recording_ended

    def close_player(self) -> None:
        if self._player is not None:
            self._player.close()
            self._player = None
