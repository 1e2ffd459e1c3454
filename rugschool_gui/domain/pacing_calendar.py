"""A week's plan as an iCalendar file, so the person's own calendar can remind them (RFC 5545).

Each activity becomes an event with a stable UID (its id), so exporting the week again updates
the events instead of duplicating them (a higher SEQUENCE and a newer DTSTAMP tell the calendar
this is the newer version). Times are floating local times: a day part starts at a fixed hour
and the activities of one cell follow each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta

from .pacing import Activity, in_order

#: When each day part starts in the calendar (ochtend, middag, avond).
PART_START = {"morning": time(9, 0), "afternoon": time(14, 0), "evening": time(19, 0)}
REMINDER_MINUTES = 10
UID_DOMAIN = "rugschool-werkboek"


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1)."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 75:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return out


def week_ics(monday: date, activities: Iterable[Activity], *, title: Callable[[Activity], str],
             description: Callable[[Activity], str], calendar_name: str, now: datetime) -> str:
    """The iCalendar text of one week; ``title``/``description`` word each activity."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    sequence = int(now.timestamp()) // 60  # grows with every export: the newest version wins
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rugschool werkboek//NL",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_escape(calendar_name)}"]
    next_start: dict[tuple[int, str], datetime] = {}
    for a in in_order(activities):
        key = (a.day, a.part)
        start = next_start.get(key) or datetime.combine(monday + timedelta(days=a.day), PART_START[a.part])
        end = start + timedelta(minutes=a.minutes)
        next_start[key] = end
        lines += [
            "BEGIN:VEVENT",
            f"UID:{a.id}@{UID_DOMAIN}",
            f"DTSTAMP:{stamp}",
            f"SEQUENCE:{sequence}",
            f"DTSTART:{start.strftime('%Y%m%dT%H%M%S')}",
            f"DTEND:{end.strftime('%Y%m%dT%H%M%S')}",
            f"SUMMARY:{_escape(title(a))}",
            f"DESCRIPTION:{_escape(description(a))}",
            "BEGIN:VALARM", "ACTION:DISPLAY", f"TRIGGER:-PT{REMINDER_MINUTES}M",
            f"DESCRIPTION:{_escape(title(a))}", "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(folded + "\r\n" for line in lines for folded in _fold(line))

