"""Generate a large, realistic workbook database for benchmarks and manual tests.

    .venv/bin/python bench/make_data.py OUT.sqlite3 [--workbooks 200] [--years 5] [--seed 1]

Every chapter that exists contributes its own generator (``GENERATORS``), so the database grows
with the product. Names are invented; nothing here is real health data.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rugschool_gui.storage.base import new_id
from rugschool_gui.storage.db import Store
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.workbooks import WorkbookRow

FIRST = ["An", "Bart", "Carine", "Dirk", "Els", "Filip", "Greet", "Hilde", "Ilse", "Jan", "Karel",
         "Lies", "Marc", "Nele", "Olivier", "Patrick", "Rita", "Sofie", "Tom", "Veerle", "Wim"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
        "Wouters", "De Smet", "Dubois", "Lambert", "Hermans", "Aerts", "Vermeulen"]


def make_workbooks(session, rng: random.Random, count: int, years: int) -> list[tuple[str, datetime]]:
    now = datetime.now(UTC)
    made = []
    for i in range(count):
        start = now - timedelta(days=365 * years) + timedelta(days=rng.randint(0, 60))
        row = WorkbookRow(id=new_id(), name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {i + 1:03d}",
                          created_at=start, updated_at=now, worked_on_at=now - timedelta(days=rng.randint(0, 30)))
        session.add(row)
        made.append((row.id, start))
    session.flush()
    return made


MOVES = ["Bukken", "Een bak water optillen", "Boodschappen dragen", "Stofzuigen", "Lang stilzitten",
         "Draaien met de romp", "De trap op met een wasmand", "Met de handen boven het hoofd werken",
         "Flessen in de koffer tillen", "Tuinieren"]


def make_exposure(session, rng: random.Random, workbook_id: str, start: datetime, years: int) -> None:
    """Ten hierarchy items with re-ratings, and a few hundred attempts over the years."""
    from rugschool_gui.storage.exposure import ExposureAttemptRow, FearItemRow, FearRatingRow

    now = datetime.now(UTC)
    items = []
    for rank, label in enumerate(rng.sample(MOVES, 10), start=1):
        fear = min(100, rank * 9 + rng.randint(0, 10))
        row = FearItemRow(workbook_id=workbook_id, rank=rank, label=label, fear=fear, note="",
                          mastered=rank <= 3, created_at=start, updated_at=start)
        session.add(row)
        items.append(row)
    session.flush()
    for row in items:
        fear = row.fear
        for k in range(rng.randint(1, 4)):
            session.add(FearRatingRow(item_id=row.id, fear=max(0, fear - 10 * k),
                                      rated_at=start + timedelta(days=60 * k)))
    span = (now - start).total_seconds()
    for _ in range(60 * years):  # hundreds of attempts over five years
        item = rng.choice(items[:6])
        when = start + timedelta(seconds=rng.random() * span)
        expected = rng.randint(30, 90)
        session.add(ExposureAttemptRow(
            workbook_id=workbook_id, item_id=item.id, happened_at=when,
            expectation="Ik verwacht dat het pijn doet", expected_fear=expected,
            expected_pain=rng.randint(3, 8), actual_fear=max(0, expected - rng.randint(0, 40)),
            actual_pain=rng.randint(1, 6), outcome=rng.choice(["yes", "partly", "no"]),
            learned="Het ging beter dan verwacht", note=""))


ACTIVITIES = [("Wandelen", "minutes"), ("Fietsen", "minutes"), ("Zwemmen", "metres"),
              ("Opstaan uit een stoel", "repetitions")]


def make_graded_activity(session, rng: random.Random, workbook_id: str, start: datetime, years: int) -> None:
    """One finished plan a year (8 weeks, 3–4 sessions a week), the last one still running."""
    from rugschool_gui.storage.graded_activity import (
        ActivityMeasurementRow,
        ActivityPlanRow,
        ActivityScheduleRow,
        ActivitySessionRow,
    )

    today = datetime.now(UTC).date()
    for year in range(years):
        activity, unit = rng.choice(ACTIVITIES)
        begin = start.date() + timedelta(days=365 * year + 30)
        last = year == years - 1
        if last:
            begin = today - timedelta(days=7 * rng.randint(1, 6))
        amounts = [rng.randint(15, 30) * (20 if unit == "metres" else 1) for _ in range(3)]
        baseline = sum(amounts) / 3
        start_level, weeks = baseline * 0.75, 8
        goal = round(baseline * 1.6)
        plan = ActivityPlanRow(
            id=new_id(), workbook_id=workbook_id, activity=activity, unit=unit, reduction=0.25,
            sessions_per_week=3, goal=goal, weeks=weeks, start_on=begin,
            status="active" if last else "finished", ended_on=None if last else begin + timedelta(weeks=weeks + 1))
        session.add(plan)
        session.flush()  # the plan row first: its children refer to it
        for position, amount in enumerate(amounts, start=1):
            session.add(ActivityMeasurementRow(plan_id=plan.id, position=position,
                                               measured_on=begin - timedelta(days=8 - 2 * position), amount=amount))
        session.add(ActivityScheduleRow(plan_id=plan.id, start_on=begin, baseline=baseline,
                                        start_level=start_level, goal=goal, weeks=weeks, reduction=0.25))
        increment = (goal - start_level) / weeks
        for week in range(weeks + 1):
            for day in sorted(rng.sample(range(7), rng.randint(2, 4))):
                done_on = begin + timedelta(days=7 * week + day)
                if done_on > today:
                    break
                planned = start_level + increment * week
                session.add(ActivitySessionRow(plan_id=plan.id, done_on=done_on,
                                               amount=round(planned * rng.uniform(0.8, 1.1)),
                                               pain=rng.choice([None, 2, 3, 4, 5, 6]), note=""))


CHORES = [("Stofzuigen", "physical", "must"), ("Boodschappen", "physical", "must"), ("Koken", "physical", "must"),
          ("Administratie", "mental", "must"), ("Lezen", "mental", "want"), ("Wandelen", "physical", "want"),
          ("Puzzelen", "mental", "want"), ("Tuinieren", "physical", "want"), ("Strijken", "physical", "must")]


def make_pacing(session, rng: random.Random, workbook_id: str, start: datetime, years: int) -> None:
    """A week plan of 8–14 activities for every week of every year, and timer runs."""
    from rugschool_gui.domain.pacing import DAY_PARTS, week_monday
    from rugschool_gui.storage.pacing import (
        PacingActivityRow,
        PacingChunkPlanRow,
        PacingTimerRunRow,
    )

    this_monday = week_monday(datetime.now(UTC).date())
    for w in range(52 * years):
        monday = this_monday - timedelta(days=7 * w)
        slots: dict[tuple[int, str], int] = {}
        for _ in range(rng.randint(8, 14)):
            name, kind, motive = rng.choice(CHORES)
            day, part = rng.randrange(7), rng.choice(DAY_PARTS)
            position = slots.get((day, part), 0)
            slots[(day, part)] = position + 1
            session.add(PacingActivityRow(workbook_id=workbook_id, week_of=monday, day=day, part=part,
                                          position=position, name=name, minutes=rng.choice([15, 20, 30, 45, 60]),
                                          kind=kind, motive=motive, note="", done=w > 0 and rng.random() < 0.7))
    session.add(PacingChunkPlanRow(workbook_id=workbook_id, name="Tuin wieden", work=60, chunk=20, pause=15,
                                   recovery=120))
    for _ in range(40 * years):
        session.add(PacingTimerRunRow(workbook_id=workbook_id, name="Tuin wieden",
                                      started_at=datetime.now(UTC) - timedelta(days=rng.randint(0, 365 * years)),
                                      breaks_planned=2, breaks_taken=rng.randint(0, 2), work_minutes=60))


def make_too_much(session, rng: random.Random, workbook_id: str, start: datetime, years: int) -> None:
    """Stress check-ins on most days of every year, answers each quarter, relaxation sessions."""
    from rugschool_gui.domain.too_much import QUESTIONS, SIGNALS
    from rugschool_gui.storage.too_much import AnswerRow, CheckInRow, SignalRow
    from rugschool_gui.storage.too_much_practice import RelaxationRow

    today = datetime.now(UTC).date()
    for d in range(365 * years):
        if rng.random() < 0.6:
            checkin = CheckInRow(id=new_id(), workbook_id=workbook_id, day=today - timedelta(days=d))
            session.add(checkin)
            for key in rng.sample(SIGNALS, rng.randint(1, 3)):
                session.add(SignalRow(checkin_id=checkin.id, signal=key, intensity=rng.randint(1, 9), note=""))
    for q in QUESTIONS:
        for k in range(4 * years):
            session.add(AnswerRow(workbook_id=workbook_id, question=q, answered_on=today - timedelta(days=90 * k),
                                  text="Daar denk ik nog over na."))
    for d in range(0, 365 * years, 4):
        session.add(RelaxationRow(workbook_id=workbook_id, day=today - timedelta(days=d), exercise="body_scan",
                                  before=rng.randint(4, 9), after=rng.randint(1, 5), note=""))


def make_understanding(session, rng: random.Random, workbook_id: str, start: datetime, years: int) -> None:
    """Two chain-diary entries a month, most with two rounds."""
    import json

    from rugschool_gui.domain.understanding import LINKS
    from rugschool_gui.storage.understanding import ChainEntryRow

    today = datetime.now(UTC).date()
    round_texts = ["Ik sta op na een film", "Steek in de onderrug", "Dit gaat nooit meer over",
                   "Ongerust", "Ik ga meteen liggen"]
    for k in range(24 * years):
        rounds = [round_texts for _ in range(rng.choice([1, 2, 2, 3]))]
        session.add(ChainEntryRow(workbook_id=workbook_id, day=today - timedelta(days=15 * k),
                                  rounds=json.dumps(rounds, ensure_ascii=False),
                                  change_link=rng.choice([None, *LINKS]), note=""))


def make_too_little(session, rng: random.Random, workbook_id: str, start: datetime, years: int) -> None:
    """Five weighed activities; the three questionnaires at start, middle and end of each year."""
    from rugschool_gui.domain.too_little import KNOWN_SCALES
    from rugschool_gui.storage.too_little import ScoreReflectionRow, ScoreRow, ValuedActivityRow

    for name in rng.sample([n for n, _k, _m in CHORES], 5):
        session.add(ValuedActivityRow(workbook_id=workbook_id, name=name, value=rng.randint(3, 10),
                                      what_matters="Samen met de kleinkinderen", adapted="Korter, met pauzes"))
    for year in range(years):
        for m, moment in enumerate(("start", "middle", "end")):
            day = start.date() + timedelta(days=365 * year + 120 * m)
            for scale, (name, low, high) in KNOWN_SCALES.items():
                session.add(ScoreRow(workbook_id=workbook_id, scale=scale, name=name, day=day, moment=moment,
                                     total=rng.randint(low, high)))
    for moment in ("start", "middle", "end"):
        session.add(ScoreReflectionRow(workbook_id=workbook_id, moment=moment, text="Ik merk verschil."))


def make_consultations(session, rng: random.Random, workbook_id: str, start: datetime, years: int) -> None:
    """The psychologist's loop (issue #25): a consultation every three weeks over the last three
    months (the last one setting the next appointment, its private note apart), this week's
    homework of five kinds and a comment on a chain-diary entry."""
    import json

    from rugschool_gui.storage.consultation_tables import (
        ConsultationPrivateNoteRow,
        ConsultationRow,
        HomeworkRow,
    )

    today = datetime.now(UTC).date()
    held = [today - timedelta(days=21 * k + rng.randint(0, 6)) for k in range(4, 0, -1)]
    last_id = None
    for k, day in enumerate(held):
        row = ConsultationRow(workbook_id=workbook_id, held_on=day, kind="intake" if k == 0 else "regular",
                              agenda="Huiswerk bespreken", notes="Samen de week overlopen.",
                              evaluation="Het gaat stap voor stap.", author_role="therapist",
                              next_on=day + timedelta(days=21 + rng.randint(0, 6)) if k == len(held) - 1 else None)
        session.add(row)
        session.flush()
        last_id = row.id
        session.add(ConsultationPrivateNoteRow(workbook_id=workbook_id, consultation_id=row.id, text="Privé."))
    monday = today - timedelta(days=today.weekday())
    for kind, count, text in (("exposure", 3, ""), ("stress", 5, ""), ("relaxation", 3, ""),
                              ("chain_diary", 1, ""), ("free", 1, "Een wandeling met de buurvrouw")):
        session.add(HomeworkRow(workbook_id=workbook_id, consultation_id=last_id, kind=kind,
                                parameters=json.dumps({"count": count}), text=text,
                                starts_on=monday - timedelta(days=14), rhythm="weekly", due_on=None,
                                barrier="", author_role="therapist"))


#: (chapter, function(session, rng, workbook_id, start, years)) — chapters add theirs here
GENERATORS: list = [("exposure", make_exposure), ("graded_activity", make_graded_activity),
                    ("pacing", make_pacing), ("too_much", make_too_much),
                    ("understanding", make_understanding), ("too_little", make_too_little),
                    ("consultations", make_consultations)]


def mark_last_work(session, workbook_ids: list[str]) -> None:
    """Each workbook's ``worked_on_at``: its latest entry up to now (the home page's "Laatst aan
    gewerkt" then agrees with what the chapters show), a few minutes after it."""
    from sqlalchemy import func, select, update

    from rugschool_gui.storage.base import Base, UTCDateTime

    now = datetime.now(UTC)
    latest: dict[str, datetime] = {}
    for table in Base.metadata.sorted_tables:
        if "workbook_id" not in table.c:
            continue
        for column in table.c:
            # a column with a default says when the row was written (here: now), not when what
            # it records happened
            if column.default is not None or not isinstance(column.type, UTCDateTime):
                continue
            rows = session.execute(select(table.c.workbook_id, func.max(column))
                                   .where(column <= now).group_by(table.c.workbook_id))
            for workbook_id, when in rows:
                if when is not None and when > latest.get(workbook_id, when - timedelta(1)):
                    latest[workbook_id] = when
    for workbook_id in workbook_ids:
        if workbook_id in latest:
            worked = min(now, latest[workbook_id] + timedelta(minutes=7))
            session.execute(update(WorkbookRow).where(WorkbookRow.id == workbook_id)
                            .values(worked_on_at=worked))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--workbooks", type=int, default=200)
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        raise SystemExit(f"{out} exists; choose a new file")
    t0 = time.perf_counter()
    upgrade_if_needed(out)
    store = Store(out)
    rng = random.Random(args.seed)
    with store.transaction() as s:
        books = make_workbooks(s, rng, args.workbooks, args.years)
    for name, generate in GENERATORS:
        with store.transaction() as s:
            for workbook_id, start in books:
                generate(s, rng, workbook_id, start, args.years)
        print(f"  {name}: done")
    with store.transaction() as s:
        mark_last_work(s, [workbook_id for workbook_id, _ in books])
    store.close()
    print(f"{out}: {args.workbooks} workbooks, {args.years} years, "
          f"{out.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
