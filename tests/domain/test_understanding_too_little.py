"""Understanding the pain (chain diary, figures) and doing too little (value weighing, scores)."""

from __future__ import annotations

from datetime import date

import pytest

from rugschool_gui.domain.errors import DomainError
from rugschool_gui.domain.too_little import (
    KNOWN_SCALES,
    MAX_NAME_LENGTH,
    Score,
    ValuedActivity,
    check_moment,
    latest_score,
    most_valued,
    planned_activity,
    score_chart,
    step_label,
    trend,
    validate_score,
    validate_valued,
)
from rugschool_gui.domain.understanding import (
    LINKS,
    ChainEntry,
    bio_psycho_social,
    chain_figure,
    first_round,
    more_rounds,
    sawtooth,
    validate_chain,
    vicious_circle,
)

DAY = date(2026, 11, 24)


def test_chain_entries_keep_their_rounds_and_drop_empty_ones():
    e = validate_chain(ChainEntry(None, DAY, (
        (" Ik val van de trap ", "Pijn in mijn rug", "Er is iets kapot", "Paniek", "Ik blijf liggen"),
        ("", "", "", "", ""),
        ("Ik lig op de grond", "Stijf", "Ik kan niet meer recht", "Angst", "Ik bel om hulp")), "thought"))
    assert len(e.rounds) == 2 and e.rounds[0][0] == "Ik val van de trap"
    with pytest.raises(ValueError):
        validate_chain(ChainEntry(None, DAY, (("", "", "", "", ""),)))
    with pytest.raises(ValueError):
        validate_chain(ChainEntry(None, DAY, (("a", "", "", "", ""),), "wish"))
    with pytest.raises(ValueError):
        validate_chain(ChainEntry(None, DAY, tuple(("a", "", "", "", "") for _ in range(6))))


def test_figures_are_complete():
    assert [n.key for n in chain_figure().nodes] == list(LINKS)
    assert len(chain_figure().arrows) == 4
    assert {n.key for n in bio_psycho_social().nodes} == {"bio", "psycho", "social", "pain"}
    assert len(vicious_circle().arrows) == 2
    saw = sawtooth()
    boom, paced = saw.panels
    upper = next(s for s in boom.series if s.key == "saw_upper").points
    assert upper[-1][1] < upper[0][1]  # capacity drops with boom-bust
    steady = next(s for s in paced.series if s.key == "saw_upper").points
    assert steady[-1][1] == steady[0][1]  # and holds with pacing
    line = next(s for s in paced.series if s.key == "saw_paced").points
    assert all(45 <= y <= 80 for _x, y in line)


def test_value_weighing_checks_the_value():
    assert validate_valued(ValuedActivity(None, " Voetbal ", 9, "de ploeg", "supporteren")).name == "Voetbal"
    for bad in (ValuedActivity(None, "", 5), ValuedActivity(None, "x", 11), ValuedActivity(None, "x", 2.5)):
        with pytest.raises(ValueError):
            validate_valued(bad)


def test_known_scales_refuse_scores_outside_their_range():
    assert KNOWN_SCALES["tsk"][1:] == (17, 68)
    ok = validate_score(Score(None, "tsk", "", DAY, "start", 41))
    assert ok.name.startswith("Tampa")
    for total in (16, 69, -1, float("nan"), True):
        with pytest.raises(ValueError) as info:
            validate_score(Score(None, "tsk", "", DAY, "start", total))
        assert isinstance(info.value, ValueError)
    assert validate_score(Score(None, "other", " Stressvragenlijst ", DAY, "middle", 120)).name == "Stressvragenlijst"
    for bad in (Score(None, "other", "", DAY, "start", 3), Score(None, "tsk", "", DAY, "later", 30),
                Score(None, "xyz", "", DAY, "start", 3)):
        with pytest.raises(ValueError):
            validate_score(bad)


def test_score_chart_has_one_panel_per_questionnaire_and_trend():
    scores = [Score(None, "tsk", "Tampa Scale for Kinesiophobia (TSK-17)", DAY, "start", 48),
              Score(None, "tsk", "Tampa Scale for Kinesiophobia (TSK-17)", date(2027, 1, 10), "end", 35),
              Score(None, "other", "Stress", DAY, "start", 30)]
    spec = score_chart(scores, lambda d: d.isoformat())
    assert [p.axis_key for p in spec.panels] == ["Stress", "TSK-17"]
    assert (spec.panels[1].y_min, spec.panels[1].y_max) == (17, 68)
    assert trend(scores) == {"Tampa Scale for Kinesiophobia (TSK-17)": (48, 35)}


def test_chain_refusals_carry_the_chapters_keys():
    refusals = {
        "understanding.missing_date": ChainEntry(None, None, (("a", "", "", "", ""),)),
        "understanding.empty_chain": ChainEntry(None, DAY, (("", " ", "", "", ""),)),
        "understanding.too_many_rounds": ChainEntry(None, DAY, tuple(("a", "", "", "", "") for _ in range(6))),
        "understanding.invalid": ChainEntry(None, DAY, (("a", "b"),)),
        "understanding.unknown_link": ChainEntry(None, DAY, (("a", "", "", "", ""),), "wish"),
    }
    for key, entry in refusals.items():
        with pytest.raises(DomainError) as info:
            validate_chain(entry)
        assert info.value.key == key


def test_a_chain_in_a_list_shows_its_first_round_and_how_many_follow():
    stairs = ChainEntry(None, DAY, (("Trap af", "", "", "", ""), ("Op de grond", "", "", "", ""),
                                    ("Hulp", "", "", "", "")))
    assert first_round(stairs)[0] == "Trap af" and more_rounds(stairs) == 2
    assert first_round(ChainEntry(None, DAY, ())) == ("",) * len(LINKS) and more_rounds(ChainEntry(None, DAY, ())) == 0


def test_most_valued_first_and_unweighed_last():
    acts = [ValuedActivity("a", "Tuinieren"), ValuedActivity("b", "Recepties", 5), ValuedActivity("c", "Voetbal", 9),
            ValuedActivity("d", "Lezen", 0), ValuedActivity("e", "Fietsen", 5)]
    assert most_valued(acts) == ("Voetbal", "Recepties", "Fietsen")
    assert most_valued(acts, 10) == ("Voetbal", "Recepties", "Fietsen", "Lezen", "Tuinieren")


def test_a_valued_activity_becomes_a_step_or_a_planned_activity():
    football = ValuedActivity("v", "Voetbal", 9, "De ploeg", " Supporteren bij de ploeg \nen wandelen")
    assert step_label(football) == "Supporteren bij de ploeg"
    assert step_label(ValuedActivity("v", "Voetbal")) == "Voetbal"
    assert len(step_label(ValuedActivity("v", "x", adapted="y" * 500))) == MAX_NAME_LENGTH
    monday, planned = planned_activity(football, date(2026, 11, 26))  # a Thursday
    assert monday == date(2026, 11, 23)
    assert (planned.id, planned.day, planned.part, planned.name, planned.minutes, planned.kind, planned.motive) == (
        None, 3, "afternoon", "Supporteren bij de ploeg", 30, "physical", "want")


def test_score_refusals_carry_the_chapters_keys_and_the_latest_score():
    assert check_moment("middle") == "middle"
    refusals = {
        "too_little.unknown_moment": Score(None, "tsk", "", DAY, "later", 30),
        "too_little.missing_date": Score(None, "tsk", "", None, "start", 30),
        "too_little.score_out_of_range": Score(None, "pcs", "", DAY, "start", 53),
        "too_little.total_out_of_range": Score(None, "other", "Stress", DAY, "start", 1001),
        "too_little.unknown_scale": Score(None, "xyz", "", DAY, "start", 3),
    }
    for key, score in refusals.items():
        with pytest.raises(DomainError) as info:
            validate_score(score)
        assert info.value.key == key
    first = Score("1", "tsk", "TSK", DAY, "start", 48)
    same_day = Score("2", "tsk", "TSK", DAY, "other", 40)
    assert latest_score([first, same_day]) == same_day
    assert latest_score([Score("3", "tsk", "TSK", date(2027, 1, 1), "end", 30), first]).id == "3"
    assert latest_score([]) is None
