"""The clinical wording both screen and paper read (issue #22, checked against WORKBOOK.md and
the GLOSSARY's voice): risks not certainties, the caveat beside "hurt is not harm", no
exclamation marks, Dutch names for the questionnaires, a label per reflection moment."""

from __future__ import annotations

import importlib
import pkgutil

import rugschool_gui.wording as wording_package
from rugschool_gui.domain.too_little import KNOWN_SCALES, MOMENTS
from rugschool_gui.domain.too_much import CONSEQUENCES
from rugschool_gui.wording import too_little, too_much
from rugschool_gui.wording.exposure import REMINDERS
from rugschool_gui.wording.exposure import words as exposure_words


def _all_words():
    for module in pkgutil.iter_modules(wording_package.__path__):
        words = getattr(importlib.import_module(f"rugschool_gui.wording.{module.name}"), "words", None)
        if words is None:
            continue
        for key in words.keys():  # noqa: SIM118 - Words lists its keys; it is not iterable
            for lang in ("nl", "en"):
                yield module.name, key, lang, words(key, lang)


def test_no_exclamation_marks_anywhere():
    shouting = [f"{m}.{k} ({lang})" for m, k, lang, text in _all_words() if "!" in text]
    assert not shouting


def test_the_consequences_of_doing_too_much_are_risks():
    for key in CONSEQUENCES:
        assert "risico" in too_much.words(f"consequence.{key}", "nl")
        assert "risk" in too_much.words(f"consequence.{key}", "en")


def test_hurt_is_not_harm_comes_with_its_caveat():
    pain = exposure_words("reminder_pain", "nl")
    assert "niet dat je je rug beschadigt" in pain and "ernstig letsel aan je wervelkolom" in pain
    assert "serious injury of the spine" in exposure_words("reminder_pain", "en")
    assert "reminder_pain" in REMINDERS


def test_each_known_scale_has_a_dutch_name_and_keeps_its_abbreviation():
    for key, (english, _low, _high) in KNOWN_SCALES.items():
        dutch = too_little.scale_title(key, english, "nl")
        assert dutch != english
        abbreviation = english[english.index("(") + 1:english.index(")")]
        assert f"({abbreviation})" in dutch
        assert too_little.scale_title(key, english, "en") == english
    assert too_little.scale_title("other", "Mijn eigen lijst", "nl") == "Mijn eigen lijst"


def test_each_reflection_moment_reads_as_a_sentence():
    labels = [too_little.reflection_label(m, "nl") for m in MOMENTS]
    assert labels == ["Bij het begin:", "In het midden:", "Op het einde:", "Op een ander moment:"]
    assert "ander moment:" not in "".join(too_little.words(f"reflection.{m}", "nl") for m in MOMENTS[:3])
