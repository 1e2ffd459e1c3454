"""The flags of "Sinds de vorige keer" (issue #25): each computed in the domain, each saying what
it is based on."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.domain import brief as b
from rugschool_gui.wording.consultations import flag_text

TODAY = date(2026, 12, 10)  # a Thursday
SINCE = date(2026, 11, 26)


def keys(facts: b.BriefFacts) -> list[str]:
    return [f.key for f in b.flags(facts)]


def calm(**kw) -> b.BriefFacts:
    return b.BriefFacts(SINCE, TODAY, last_entry=TODAY, **kw)


def test_a_calm_period_has_no_flags():
    assert keys(calm()) == []


def test_stagnation_and_sessions_above_the_quota():
    assert keys(calm(stagnating=True, sessions_above=2)) == [b.STAGNATION, b.ABOVE_QUOTA]
    [above] = b.flags(calm(sessions_above=2))
    assert "boven de afgesproken hoeveelheid: 2." in flag_text(above, str, "nl")
    assert "based on the practice sessions" in flag_text(above, str, "en")


def test_a_fear_rating_that_moved_more_than_20_points():
    facts = calm(ratings=(("Bukken", 70, 45), ("Tillen", 60, 40), ("Dragen", None, 30)))
    [flag] = b.flags(facts)  # 25 points: real; exactly 20: not; a first rating: nothing to compare
    assert flag.values == {"step": "Bukken", "old": 70, "new": 45}
    assert flag_text(flag, str, "nl").startswith("„Bukken”: de angst ging van 70 naar 45")


def test_pain_of_seven_or_more_in_any_log():
    pains = (("exposure", TODAY, 6), ("pacing", SINCE, 7), ("graded_activity", TODAY - timedelta(days=1), 9))
    [flag] = b.flags(calm(pains=pains))
    assert flag.values["count"] == 2 and flag.values["highest"] == 9
    assert flag.values["where"] == ["graded_activity", "pacing"]
    assert "stapsgewijze opbouw, de weekplanning" in flag_text(flag, str, "nl")
    assert keys(calm(pains=(("exposure", TODAY, 6),))) == []


def test_no_entries_for_seven_days_or_more():
    assert keys(b.BriefFacts(SINCE, TODAY, last_entry=TODAY - timedelta(days=7))) == [b.NO_ENTRIES]
    assert keys(b.BriefFacts(SINCE, TODAY, last_entry=TODAY - timedelta(days=6))) == []
    [never] = b.flags(b.BriefFacts(SINCE, TODAY))
    assert flag_text(never, str, "en") == "Nothing noted yet."


def test_stress_signals_this_week_against_the_weeks_before():
    [flag] = b.flags(calm(stress_this_week=6, stress_before=(2, 4)))
    assert flag.values == {"now": 6, "before": 3.0, "weeks": 2}
    assert keys(calm(stress_this_week=3, stress_before=(2, 4))) == []
    assert keys(calm(stress_this_week=9)) == []  # no weeks before: nothing to compare with


def test_questionnaire_totals_that_moved():
    [flag] = b.flags(calm(scores=(("tsk", "start", 44.0, "middle", 38.0), ("pcs", "start", 20.0, "middle", 20.0))))
    assert flag_text(flag, str, "nl") == "TSK-17: van 44 (begin) naar 38 (midden) (gebaseerd op de vragenlijsten)."


@given(st.lists(st.integers(min_value=-21, max_value=13).map(lambda n: TODAY + timedelta(days=n)), max_size=60))
def test_weekly_counts_count_every_signal_of_the_period_once(days):
    this_monday = TODAY - timedelta(days=TODAY.weekday())
    first = this_monday - timedelta(weeks=3)
    now, before = b.weekly_counts(days, first, this_monday)
    assert len(before) == 3
    assert now + sum(before) == sum(1 for d in days if d >= first)
    assert now == sum(1 for d in days if d >= this_monday)


def test_relaxation_practice_is_shown_plainly_and_never_flagged():
    from rugschool_gui.wording.consultations import relaxation_text

    done = b.RelaxationPractice(TODAY, "progressive", 12 * 60 + 20, 6, 3)
    old = b.RelaxationPractice(SINCE, "body_scan", None, None, 4)
    assert keys(calm(relaxation=(old, done))) == []  # practice is information, not a flag
    assert relaxation_text(done, str, "nl") == "2026-12-10 · Progressieve relaxatie · 12 min gevolgd · spanning 6/10 → 3/10"
    assert relaxation_text(old, str, "en") == "2026-11-26 · Body scan (mindfulness) · time not measured · tension – → 4/10"
