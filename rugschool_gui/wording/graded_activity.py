"""Wording of the graded activity chapter (WORKBOOK.md §5), for the screen and the paper alike.

Undo labels (``undo_*``), refusals (``error.<key>`` for ``graded_activity.<key>``), and every
sentence both the page and the PDF show: units, statuses, the calculation lines, the schedule
and the log's columns, the chart's labels and the reminders. Sentences only the paper shows are
here too (``pdf.*``, ``blank.*``); sentences only the screen shows stay in Qt Linguist.
Numbers come in as text, already written the reader's way ("26,7 min").
"""

from __future__ import annotations

from . import Words

words = Words({
    # ----- undo ---------------------------------------------------------------------------
    "undo_log_session": ("Oefening noteren", "Log a session"),
    "undo_change_session": ("Oefening aanpassen", "Change session"),
    "undo_delete_session": ("Oefening verwijderen", "Delete session"),
    "undo_finish": ("Plan „{activity}” afronden", "Finish plan “{activity}”"),
    "undo_abandon": ("Plan „{activity}” stopzetten", "Stop plan “{activity}”"),
    "undo_discard": ("Plan in voorbereiding weggooien", "Discard the plan being prepared"),
    "undo_recompute": ("Schema herberekenen", "Recompute schedule"),
    # ----- refusals -----------------------------------------------------------------------
    "error.not_enough_measurements": (
        "Het schema kan nog niet gemaakt worden: je basisniveau komt uit {count} metingen; "
        "nog te doen: {needed}.",
        "The schedule cannot be made yet: your baseline comes from {count} measurements; "
        "still to do: {needed}."),
    "error.too_many_measurements": ("Je basisniveau komt uit precies {count} metingen.",
                                    "Your baseline comes from exactly {count} measurements."),
    "error.amount_not_positive": ("Vul een hoeveelheid in die groter is dan nul.",
                                  "Fill in an amount greater than zero."),
    "error.reduction_out_of_range": (
        "Kies een percentage van {low} tot en met {high}\u00a0%. Zo begin je duidelijk onder je grens "
        "en heb je ruimte om rustig op te bouwen.",
        "Choose a percentage from {low} to {high}\u00a0%. That way you start clearly below your limit "
        "and have room to build up calmly."),
    "error.goal_not_above_start": (
        "Je doel moet hoger liggen dan je startniveau ({shown}). Kies een hoger doel.",
        "Your goal needs to be above your start level ({shown}). Choose a higher goal."),
    "error.missing_goal": ("Vul nog je doel in.", "Fill in your goal."),
    "error.weeks_out_of_range": ("Kies een aantal weken van 1 tot en met {high}.",
                                 "Choose a number of weeks from 1 to {high}."),
    "error.too_few_sessions": (
        "Oefen minstens {minimum} keer per week. Minder vaak bouwt je conditie niet op; verdeel "
        "liever een kleinere hoeveelheid over meer dagen.",
        "Practise at least {minimum} times a week. Less often does not build up your fitness; "
        "rather spread a smaller amount over more days."),
    "error.unknown_unit": ("Kies minuten, herhalingen of meter.",
                           "Choose minutes, repetitions or metres."),
    "error.plan_in_progress": (
        "Je hebt al een plan dat loopt of in voorbereiding is. Rond dat eerst af of zet het "
        "stop; het blijft bewaard.",
        "You already have a plan that is running or being prepared. Finish or stop that one "
        "first; it will be kept."),
    "error.plan_not_draft": (
        "Een gestart plan verander je niet meer. Je kunt het schema wel herberekenen vanaf je "
        "huidige niveau.",
        "A started plan is not changed any more. You can recompute the schedule from your "
        "current level, though."),
    "error.date_before_plan": ("Die datum ligt vóór de start van je plan. Kies een latere datum.",
                               "That date is before the start of your plan. Choose a later date."),
    "error.missing_date": ("Kies nog een datum.", "Choose a date first."),
    # ----- shared by the screen and the paper --------------------------------------------
    "title": ("Stapsgewijze opbouw", "Graded activity"),
    "intro": (
        "Door pijn ga je vaak minder doen, en dan gaat je conditie achteruit. Hier bouw je één "
        "activiteit weer op: je meet waar je nu staat, begint een stuk daaronder, en doet elke "
        "week een beetje meer, volgens een vast schema.",
        "Pain often makes you do less, and then your fitness declines. Here you rebuild one "
        "activity: you measure where you stand now, start some way below it, and do a little "
        "more each week, following a fixed schedule."),
    "unit.minutes": ("minuten", "minutes"),
    "unit.repetitions": ("herhalingen", "repetitions"),
    "unit.metres": ("meter", "metres"),
    "suffix.minutes": (" min", " min"),
    "suffix.repetitions": (" herhalingen", " repetitions"),
    "suffix.repetitions.one": (" herhaling", " repetition"),
    "suffix.metres": (" m", " m"),
    "status.draft": ("in voorbereiding", "being prepared"),
    "status.active": ("bezig", "running"),
    "status.finished": ("afgerond", "finished"),
    "status.abandoned": ("stopgezet", "stopped"),
    "measurements_needed.one": ("Nog 1 meting nodig.", "1 more measurement needed."),
    "measurements_needed.many": ("Nog {count} metingen nodig.", "{count} more measurements needed."),
    "baseline_calc": ("({amounts}) / {count} = {baseline}", "({amounts}) / {count} = {baseline}"),
    "start_calc": ("{baseline} − {percent}\u00a0% = {start}", "{baseline} − {percent}\u00a0% = {start}"),
    "times": ("{done} van {required} keer", "{done} of {required} times"),
    "count_times.one": ("1 keer", "once"),
    "count_times.other": ("{count} keer", "{count} times"),
    # weeks as people count them (domain.graded_activity.human_week): a start week, then 1 … n
    "start_week": ("startweek", "start week"),
    "week_n": ("week {week}", "week {week}"),
    "week_of": ("week {week} van {weeks}", "week {week} of {weeks}"),
    "chart.start_short": ("start", "start"),
    "col.sessions": ("Gedaan", "Done"),
    "col.as_agreed": ("Zoals afgesproken", "As agreed"),
    "as_agreed_met": ("✓ {done} van {required} keer", "✓ {done} of {required} times"),
    "running": ("loopt nog", "still running"),
    "plan_heading": ("Je plan", "Your plan"),
    "schedule_heading": ("Je schema per week", "Your schedule week by week"),
    "log_heading": ("Je oefeningen", "Your sessions"),
    "col.week": ("Week", "Week"),
    "col.from": ("Vanaf", "From"),
    "col.agreed": ("Afgesproken", "Agreed"),
    "col.done": ("Gedaan", "Done"),
    "col.met": ("Gehaald", "Met"),
    "col.date": ("Datum", "Date"),
    "col.pain": ("Pijn", "Pain"),
    "col.note": ("Notitie", "Note"),
    "now": ("nu", "now"),
    "chart.schedule_chart_title": ("Je schema en je oefeningen", "Your schedule and your sessions"),
    "chart.week_axis": ("Week", "Week"),
    "chart.no_schedule": ("Nog geen schema.", "No schedule yet."),
    "chart.minutes_axis": ("Minuten", "Minutes"),
    "chart.repetitions_axis": ("Herhalingen", "Repetitions"),
    "chart.metres_axis": ("Meter", "Metres"),
    "chart.planned": ("Gepland per week", "Planned per week"),
    "chart.baseline": ("Basisniveau", "Baseline"),
    "chart.sessions": ("Je oefeningen", "Your sessions"),
    "reminders_heading": ("Om bij stil te staan", "Worth remembering"),
    "reminder.schedule": (
        "Je volgt het schema, niet de pijn: op een slechte dag doe je de afgesproken hoeveelheid "
        "rustiger of verdeeld over de dag, op een goede dag doe je niet meer.",
        "You follow the schedule, not the pain: on a bad day you do the agreed amount more slowly "
        "or spread over the day, on a good day you do not do more."),
    "reminder.soreness": ("Spierpijn in het begin is normaal: je spieren wennen aan de inspanning.",
                          "Muscle soreness at the start is normal: your muscles are getting used "
                          "to the effort."),
    "reminder.gp": ("Pijn die na een paar dagen niet weggaat? Neem contact op met je huisarts.",
                    "Pain that does not go away after a few days? Contact your GP."),
    "reminder.three_times": ("Oefen minstens drie keer per week, liefst verspreid over de week.",
                             "Practise at least three times a week, preferably spread over the week."),
    "reminder.stuck": (
        "Loopt het twee weken na elkaar niet zoals gepland? Kijk wat er in de weg zat en pas je "
        "schema aan; blijf je vastzitten, vraag dan hulp.",
        "Two weeks in a row not going as planned? Look at what got in the way and adjust your "
        "schedule; if you stay stuck, ask for help."),
    # ----- the paper only -----------------------------------------------------------------
    "pdf.no_plan": ("Nog geen plan gemaakt.", "No plan made yet."),
    "pdf.plan": ("Je plan: {activity}", "Your plan: {activity}"),
    "pdf.plan_draft": ("Je plan: {activity} ({status})", "Your plan: {activity} ({status})"),
    "pdf.earlier": ("Eerder plan: {activity} ({status})", "Earlier plan: {activity} ({status})"),
    "pdf.activity": ("Activiteit", "Activity"),
    "pdf.unit": ("Gemeten in", "Measured in"),
    "pdf.measurements": ("Metingen", "Measurements"),
    "pdf.baseline": ("Basisniveau", "Baseline"),
    "pdf.start": ("Startniveau", "Start level"),
    "pdf.goal": ("Doel", "Goal"),
    "pdf.weeks": ("Aantal weken", "Number of weeks"),
    "pdf.increment": ("Per week erbij", "Added each week"),
    "pdf.per_week": ("Keer per week", "Times a week"),
    "pdf.start_on": ("Startdatum", "Start date"),
    "pdf.recomputed": ("Herberekend", "Recomputed"),
    "pdf.ended": ("Beëindigd", "Ended"),
    "pdf.increment_calc": ("({goal} − {start}) / {weeks} = {increment}",
                           "({goal} − {start}) / {weeks} = {increment}"),
    "pdf.recompute_line": ("vanaf {day}: van {start} naar {goal} in {weeks} weken",
                           "from {day}: from {start} to {goal} in {weeks} weeks"),
    "pdf.no_sessions": ("Nog geen oefeningen genoteerd.", "No sessions logged yet."),
    "pdf.reflection": ("Wat in de weg zat", "What got in the way"),
    "pdf.inside": ("Vanbinnen:", "From within:"),
    "pdf.outside": ("Van buitenaf:", "From outside:"),
    "pdf.realistic": ("Haalbaar?", "Realistic?"),
    "blank.intro": (
        "Kies één activiteit die je kunt meten, in minuten of in herhalingen. Meet ze drie keer: "
        "ga telkens door tot de pijn te veel wordt en noteer hoeveel je deed.",
        "Choose one activity you can measure, in minutes or repetitions. Measure it three times: "
        "each time, keep going until the pain gets too much and write down how much you did."),
    "blank.step1": ("1. Je activiteit", "1. Your activity"),
    "blank.activity": ("Activiteit:", "Activity:"),
    "blank.unit": ("Gemeten in:  ☐ minuten   ☐ herhalingen   ☐ meter",
                   "Measured in:  ☐ minutes   ☐ repetitions   ☐ metres"),
    "blank.measure": ("2. Drie metingen", "2. Three measurements"),
    "blank.nr": ("Meting", "Measurement"),
    "blank.amount": ("Hoeveel", "How much"),
    "blank.calc": ("3. Je berekening", "3. Your calculation"),
    "blank.baseline": ("Basisniveau = (meting 1 + meting 2 + meting 3) / 3",
                       "Baseline = (measurement 1 + measurement 2 + measurement 3) / 3"),
    "blank.start": ("Startniveau = basisniveau − ____\u00a0% (tussen {low} en {high}\u00a0%, meestal {usual}\u00a0%)",
                    "Start level = baseline − ____\u00a0% (between {low} and {high}\u00a0%, usually {usual}\u00a0%)"),
    "blank.goal": ("Doel (of tussendoel)", "Goal (or intermediate goal)"),
    "blank.weeks": ("Aantal weken", "Number of weeks"),
    "blank.per_week": ("Keer per week (minstens {minimum} keer)", "Times a week (at least {minimum} times)"),
    "blank.increment": ("Per week erbij = (doel − startniveau) / aantal weken",
                        "Added each week = (goal − start level) / number of weeks"),
    "blank.schedule": ("4. Je schema", "4. Your schedule"),
    "blank.chart_title": ("5. Je grafiek", "5. Your chart"),
    "blank.chart": (
        "Teken per week wat je plant en zet een stip voor elke oefening. Trek een lijn op de "
        "hoogte van je basisniveau.",
        "Draw what you plan each week and put a dot for every session. Draw a line at the height "
        "of your baseline."),
    "blank.amount_axis": ("Hoeveelheid", "Amount"),
    "paper.about": ("Eén activiteit weer opbouwen: je meet waar je staat, begint een stuk daaronder en doet "
                    "elke week een beetje meer, volgens een vast schema.",
                    "Rebuilding one activity: you measure where you stand, start some way below it and do "
                    "a little more each week, following a fixed schedule."),
    "paper.begin": ("kies één activiteit die je kunt meten, zoals wandelen of fietsen, en meet ze drie keer.",
                    "choose one activity you can measure, such as walking or cycling, and measure it three "
                    "times."),
    "paper.form_sheet": ("Mijn opbouwplan", "My build-up plan"),
    "paper.schedule_sheet": ("Mijn schema en grafiek", "My schedule and chart"),
    "paper.log_sheet": ("Mijn oefeningen", "My sessions"),
    "paper.log_intro": ("Noteer elke oefening: wat je deed, wat afgesproken was, en je pijn van 0 (geen) tot 10 "
                        "(de ergste die je kunt voorstellen).",
                        "Note every session: what you did, what was agreed, and your pain from 0 (none) to "
                        "10 (the worst you can imagine)."),
    "paper.col_pain_scale": ("Pijn (0–10)", "Pain (0–10)"),
    "paper.stuck_intro": ("Lukte het twee weken na elkaar niet zoals gepland? Kijk rustig wat er in de weg zat; "
                          "bespreek het met je psycholoog of kinesitherapeut (fysiotherapeut).",
                          "Two weeks in a row not going as planned? Look calmly at what got in the way; talk "
                          "it over with your psychologist or physiotherapist."),
    "paper.stuck_inside": ("Wat zat er vanbinnen in de weg (moe, bang, geen zin …)?",
                           "What got in the way from within (tired, afraid, not in the mood …)?"),
    "paper.stuck_outside": ("Wat zat er van buitenaf in de weg (weer, werk, bezoek …)?",
                            "What got in the way from outside (weather, work, visitors …)?"),
    "paper.stuck_realistic": ("Waren je doel en je schema haalbaar? Wat zou haalbaar zijn?",
                              "Were your goal and your schedule realistic? What would be?"),
    "paper.stuck_next": ("Zo ga ik verder:", "This is how I will go on:"),
})

#: the reminders, in the order the page and the paper list them
REMINDERS = ("reminder.schedule", "reminder.soreness", "reminder.gp", "reminder.three_times",
             "reminder.stuck")


def reminders(lang: str | None = None) -> list[str]:
    return [words(key, lang) for key in REMINDERS]


def week_name(number: int | None, lang: str | None = None) -> str:
    """A plan week as a person reads it (``number``: ``domain.graded_activity.human_week``, None
    for the start week): "startweek", "week 1" … (never "week 0")."""
    return words("start_week", lang) if number is None else words("week_n", lang, week=number)


def week_of(number: int | None, weeks: int, lang: str | None = None) -> str:
    """ "week 3 van 8", or "startweek" in the first seven days."""
    return words("start_week", lang) if number is None else words("week_of", lang, week=number, weeks=weeks)


def count_times(count: int, lang: str | None = None) -> str:
    """ "1 keer" / "4 keer" ("once" / "4 times")."""
    return words("count_times.one", lang) if count == 1 else words("count_times.other", lang, count=count)


def measurements_needed(count: int, lang: str | None = None) -> str:
    """ "Nog 1 meting nodig." / "Nog 2 metingen nodig." """
    if count == 1:
        return words("measurements_needed.one", lang)
    return words("measurements_needed.many", lang, count=count)


def unit_name(unit: str, lang: str | None = None) -> str:
    key = f"unit.{unit}"
    return words(key, lang) if key in words else unit


def unit_suffix(unit: str, lang: str | None = None, value: float | None = None) -> str:
    """The short unit after a number (" min", " herhalingen"; " herhaling" after exactly 1)."""
    key = f"suffix.{unit}"
    if value == 1 and f"{key}.one" in words:
        key = f"{key}.one"
    return words(key, lang) if key in words else ""


def status_name(status: str, lang: str | None = None) -> str:
    key = f"status.{status}"
    return words(key, lang) if key in words else status


def chart_label(key: str, lang: str | None = None) -> str:
    name = f"chart.{key}"
    return words(name, lang) if name in words else key
