"""The workbook on one page says a questionnaire's name in the reader's language (WORKBOOK.md §6):
the domain keys the trends by the known scale's English title, the words translate it back."""

from __future__ import annotations

from datetime import date, timedelta

from rugschool_gui.domain.closing import summarise
from rugschool_gui.domain.exposure import FearHierarchy
from rugschool_gui.domain.too_little import Score
from rugschool_gui.domain.too_much_outlet import Outlet
from rugschool_gui.wording.closing import summary_lines

TODAY = date(2026, 11, 26)


def _lines(lang: str) -> list[str]:
    earlier = TODAY - timedelta(days=60)
    scores = [Score("1", "tsk", "TSK", earlier, "start", 48), Score("2", "tsk", "TSK", TODAY, "end", 33),
              Score("3", "hads", "HADS", earlier, "start", 12), Score("4", "hads", "HADS", TODAY, "end", 8),
              Score("5", "other", "Mijn eigen lijst", earlier, "start", 7),
              Score("6", "other", "Mijn eigen lijst", TODAY, "end", 5)]
    s = summarise(today=TODAY, chains=0, checkins=[], outlet=Outlet(), answers=[], week=[], breaks=(0, 0),
                  valued=[], scores=scores, hierarchy=FearHierarchy(), plan=None, sessions=[])
    return [line for _chapter, lines in summary_lines(s, str, lang) for line in lines]


def test_a_known_questionnaire_is_named_in_dutch_in_the_dutch_summary():
    lines = _lines("nl")
    assert "Tampa-schaal voor kinesiofobie (TSK-17): van 48 naar 33." in lines
    assert "Angst- en depressieschaal (HADS), totaal: van 12 naar 8." in lines
    assert "Mijn eigen lijst: van 7 naar 5." in lines  # the person's own name, as they wrote it
    assert not any("Scale" in line or "total" in line for line in lines)


def test_and_in_english_in_the_english_one():
    lines = _lines("en")
    assert "Tampa Scale for Kinesiophobia (TSK-17): from 48 to 33." in lines
    assert "Hospital Anxiety and Depression Scale (HADS), total: from 12 to 8." in lines
    assert "Mijn eigen lijst: from 7 to 5." in lines


def test_the_known_scales_english_titles_are_the_domains():
    from rugschool_gui.domain.too_little import KNOWN_SCALES
    from rugschool_gui.wording.too_little import words

    assert {key: title for key, (title, _low, _high) in KNOWN_SCALES.items()} == {
        key: words(f"scale.{key}", "en") for key in KNOWN_SCALES}
