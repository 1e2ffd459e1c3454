"""Placeholders are filled in one pass: what a person typed is never substituted again."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.wording import Words, fill, numbered

words = Words({"add": ("„{label}” toevoegen", "Add “{label}”")})


def test_named_placeholder_in_both_languages():
    assert words("add", "nl", label="Bukken") == "„Bukken” toevoegen"
    assert words("add", "en", label="Bending") == "Add “Bending”"


def test_user_text_that_looks_like_a_placeholder_stays_as_typed():
    assert fill("{a} en {b}", a="tillen {b} keer", b="4") == "tillen {b} keer en 4"
    assert numbered("%1 — %2", "tillen %2 keer", "4") == "tillen %2 keer — 4"


@given(st.text(), st.text())
def test_any_text_comes_out_exactly(first, second):
    assert numbered("[%1|%2]", first, second) == f"[{first}|{second}]"
    assert fill("[{a}|{b}]", a=first, b=second) == f"[{first}|{second}]"


def test_an_unknown_name_is_left_visible_not_a_crash():
    assert fill("{missing} ok") == "{missing} ok"
    assert numbered("%3", "a") == "%3"
