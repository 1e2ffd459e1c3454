"""Typed dates: every date written day-first comes back as itself; non-dates are refused."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.domain.typed_dates import parse_typed_date

TODAY = date(2026, 11, 30)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from("-/. "))
def test_day_first_with_a_full_year_round_trips(day, sep):
    assert parse_typed_date(f"{day.day}{sep}{day.month}{sep}{day.year}", TODAY) == day
    assert parse_typed_date(f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}", TODAY) == day
    assert parse_typed_date(f"{day.day}{sep}{day.month}{sep}{day.year % 100:02d}", TODAY) == day
    assert parse_typed_date(day.isoformat(), TODAY) == day


@given(st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)))
def test_without_a_year_it_is_this_year(day):
    assert parse_typed_date(f"{day.day}-{day.month}", TODAY) == day


@given(st.text())
def test_anything_else_is_a_date_or_none_never_an_error(text):
    result = parse_typed_date(text, TODAY)
    assert result is None or isinstance(result, date)


def test_examples():
    assert parse_typed_date("15-3", TODAY) == date(2026, 3, 15)
    assert parse_typed_date(" 15 / 03 / 2026 ", TODAY) == date(2026, 3, 15)
    for bad in ("", "vandaag", "31-2", "0-1", "15-13", "1-1-123", "15--3", "3 maart"):
        assert parse_typed_date(bad, TODAY) is None, bad
