"""Wording of the pacing chapter (WORKBOOK.md §2, "Spreading activities"), screen and paper alike.

The week's words (days, day parts, kinds, must/want), the balance flags and why they matter, the
chunk figure, the undo labels and the refusals are written once here; the page and the PDF both
read them, so a flag says the same on screen and on paper. Keys starting with ``pdf_`` are
printed only. Sentences only the screen shows stay in ``translate()`` (Qt Linguist).
"""

from __future__ import annotations

from . import Words

words = Words({
    "title": ("Activiteiten spreiden", "Activity pacing"),
    # ----- the week's words ---------------------------------------------------------------------
    "day_0": ("maandag", "Monday"),
    "day_1": ("dinsdag", "Tuesday"),
    "day_2": ("woensdag", "Wednesday"),
    "day_3": ("donderdag", "Thursday"),
    "day_4": ("vrijdag", "Friday"),
    "day_5": ("zaterdag", "Saturday"),
    "day_6": ("zondag", "Sunday"),
    # a day's short name, where a narrow column has no room for the whole name
    "day_short_0": ("ma", "Mon"), "day_short_1": ("di", "Tue"), "day_short_2": ("wo", "Wed"),
    "day_short_3": ("do", "Thu"), "day_short_4": ("vr", "Fri"), "day_short_5": ("za", "Sat"),
    "day_short_6": ("zo", "Sun"),
    "part_morning": ("ochtend", "morning"),
    "part_afternoon": ("middag", "afternoon"),
    "part_evening": ("avond", "evening"),
    "kind_physical": ("lichamelijk", "physical"),
    "kind_mental": ("mentaal", "mental"),
    "motive_must": ("moeten", "must-do"),
    "motive_want": ("willen", "want-to-do"),
    "minutes": ("{minutes} min", "{minutes} min"),
    "done": ("Gedaan", "Done"),
    # ----- balance flags (a title, then why it matters) -----------------------------------------
    "flags": ("Aandachtspunten in je planning", "Points to look at in your plan"),
    "no_flags": ("Je planning ziet er evenwichtig uit: er valt niets op.",
                 "Your plan looks balanced: nothing stands out."),
    "flag_no_want_day": ("Op {day} staat niets wat je graag doet", "Nothing you enjoy is planned on {day}"),
    "flag_heavy_part": ("De {part} van {day} is veel zwaarder dan de rest van de dag",
                        "The {part} of {day} is much heavier than the rest of the day"),
    "flag_long_physical": ("Lang lichamelijk bezig zonder pauze: {day}, {part}",
                           "Physically busy for a long time without a break: {day}, {part}"),
    "flag_piled_up": ("Bijna alles staat op één of twee dagen", "Almost everything is on one or two days"),
    "flag_same_kind": ("Op {day} lang na elkaar alleen {kind} bezig",
                       "On {day}, only {kind} activities one after another"),
    "why_no_want_day": (
        "Wat je graag doet, geeft je energie voor de rest. Plan elke dag iets wat je wilt, niet alleen "
        "wat moet.",
        "What you enjoy gives you energy for the rest. Plan something you want to do every day, not "
        "only what has to be done."),
    "why_heavy_part": (
        "Spreid je activiteiten over de ochtend, de middag en de avond. Alles in één dagdeel is een "
        "piek, en na een piek volgt vaak een dal.",
        "Spread your activities over the morning, the afternoon and the evening. Everything in one "
        "part of the day is a peak, and a peak is often followed by a trough."),
    "why_long_physical": (
        "Wissel inspanning en rust af: werk in blokken met een geplande pauze. Een uur aan één stuk en "
        "daarna lang moeten bekomen, kost meer dan werken met pauzes.",
        "Alternate effort and rest: work in blocks with a planned break. An hour in one go and then a "
        "long recovery costs more than working with breaks."),
    "why_piled_up": (
        "Doe elke dag iets, ook op een slechte dag, en niet alles op een goede dag. Zo doorbreek je het "
        "op-en-neer van te veel en te weinig.",
        "Do something every day, also on a bad day, and not everything on a good day. That breaks the "
        "up and down of too much and too little."),
    "why_same_kind": (
        "Wissel lichamelijke en mentale activiteiten af: zo krijgt je lichaam rust terwijl je hoofd "
        "bezig is, en omgekeerd.",
        "Alternate physical and mental activities: your body rests while your mind is busy, and the "
        "other way round."),
    # ----- working with breaks ------------------------------------------------------------------
    "chunks": ("Werken met pauzes", "Working with breaks"),
    "chunked": ("In blokken met pauzes", "In blocks with breaks"),
    "all_at_once": ("Alles in één keer, dan bekomen", "All at once, then recovering"),
    # ----- undo (the Edit menu) -----------------------------------------------------------------
    "undo_plan": ("„{name}” plannen", "Plan “{name}”"),
    "undo_edit": ("„{name}” aanpassen", "Change “{name}”"),
    "undo_move": ("„{name}” verplaatsen", "Move “{name}”"),
    "undo_delete": ("„{name}” verwijderen", "Delete “{name}”"),
    "undo_done": ("„{name}” afvinken als gedaan", "Tick off “{name}” as done"),
    "undo_not_done": ("Vinkje bij „{name}” weghalen", "Take the tick off “{name}”"),
    "undo_split": ("„{name}” opsplitsen", "Split “{name}”"),
    "undo_join": ("„{name}” weer samenvoegen", "Join “{name}” again"),
    "undo_copy_week": ("Week kopiëren", "Copy week"),
    "undo_dismiss_flag": ("Aandachtspunt negeren", "Set a point aside"),
    "undo_show_flag": ("Aandachtspunt weer tonen", "Show a point again"),
    "undo_save_chunk_plan": ("Klus „{name}” bewaren", "Save task “{name}”"),
    "undo_delete_chunk_plan": ("Klus „{name}” verwijderen", "Delete task “{name}”"),
    # ----- refusals -----------------------------------------------------------------------------
    "error.minutes_not_positive": ("Vul een aantal minuten in dat groter is dan nul.",
                                   "Fill in a number of minutes greater than zero."),
    "error.break_negative": ("Een pauze kan niet korter zijn dan 0 minuten.",
                             "A break cannot be shorter than 0 minutes."),
    "error.unknown_choice": ("Maak een keuze uit de lijst.", "Choose from the list."),
    "error.split_invalid": ("Verdeel de taak in minstens twee stukken, elk met een aantal minuten.",
                            "Divide the task into at least two pieces, each with a number of minutes."),
    "error.already_split": (
        "Dit is al een stuk van een gesplitste taak. Voeg de stukken eerst weer samen als je anders wilt "
        "verdelen.",
        "This is already a piece of a split task. Join the pieces first if you want to divide it "
        "differently."),
    "error.week_not_empty": (
        "De volgende week heeft al een planning. Er is niets gekopieerd; je planning daar blijft zoals "
        "ze is.",
        "Next week already has a plan. Nothing was copied; your plan there stays as it is."),
    "error.nothing_to_copy": ("Deze week is nog leeg: er is niets om te kopiëren.",
                              "This week is still empty: there is nothing to copy."),
    "error.timer_run_invalid": ("De pauzetimer gaf een onmogelijke telling. Er is niets bewaard.",
                                "The break timer gave an impossible count. Nothing was saved."),
    # ----- on paper only ------------------------------------------------------------------------
    "pdf_intro": (
        "Je weekplanning: elke dag iets, verspreid over de ochtend, de middag en de avond, met "
        "afwisseling tussen inspanning en rust, lichamelijk en mentaal, moeten en willen.",
        "Your week plan: something every day, spread over the morning, the afternoon and the evening, "
        "alternating effort and rest, physical and mental, must-do and want-to-do."),
    "pdf_week": ("Week van {first} tot {last}", "Week of {first} to {last}"),
    "pdf_legend": (
        "♥ = willen (iets wat je graag doet), zonder ♥ = moeten · L = lichamelijk, M = mentaal · "
        "✓ = gedaan · ↔ = een stuk van een gesplitste taak",
        "♥ = want-to-do (something you enjoy), without ♥ = must-do · P = physical, M = mental · "
        "✓ = done · ↔ = a piece of a split task"),
    "pdf_kind_physical": ("L", "P"),
    "pdf_kind_mental": ("M", "M"),
    "pdf_no_plan": ("Nog geen weekplanning gemaakt.", "No week plan made yet."),
    "pdf_chunks_intro": (
        "Dezelfde klus in blokken met pauzes, tegenover alles in één keer en dan bekomen.",
        "The same task in blocks with breaks, against all at once and then recovering."),
    "pdf_chunk_line": (
        "{name}: {work} werk in blokken van {chunk} met {pause} pauze = {chunked}. In één keer en dan "
        "{recovery} bekomen = {at_once}.",
        "{name}: {work} of work in blocks of {chunk} with {pause} breaks = {chunked}. All at once and "
        "then {recovery} recovering = {at_once}."),
    "pdf_blank_intro": (
        "Schrijf per dag en per dagdeel op wat je plant. Spreid over de week, wissel af, en plan elke dag "
        "ook iets wat je graag doet (zet er een ♥ bij).",
        "Write down what you plan for each day and day part. Spread over the week, alternate, and plan "
        "something you enjoy every day too (mark it with a ♥)."),
    "pdf_week_of": ("Week van: ____________________", "Week of: ____________________"),
    "pdf_chunk_form": ("Een klus in blokken", "A task in blocks"),
    "pdf_task": ("Klus:", "Task:"),
    "pdf_work_total": ("Werk in totaal: ______ min", "Work in total: ______ min"),
    "pdf_chunk": ("Blokken van: ______ min", "Blocks of: ______ min"),
    "pdf_pause": ("Pauze tussen de blokken: ______ min", "Break between the blocks: ______ min"),
    "pdf_block": ("Blok", "Block"),
    "pdf_work": ("Werk (min)", "Work (min)"),
    "pdf_break": ("Pauze (min)", "Break (min)"),
    "pdf_sum_chunked": ("Samen, in blokken met pauzes: ______ min", "In total, in blocks with breaks: ______ min"),
    "pdf_sum_at_once": ("In één keer: ______ min werk + ______ min bekomen = ______ min",
                        "All at once: ______ min of work + ______ min recovering = ______ min"),
    "paper.about": ("Je week plannen: elke dag iets, gespreid over de dagdelen, afwisselend inspanning en "
                    "rust, lichamelijk en mentaal, moeten en willen; en klussen in blokken met pauzes.",
                    "Planning your week: something every day, spread over the parts of the day, "
                    "alternating effort and rest, physical and mental, must-do and want-to-do; and tasks "
                    "in blocks with breaks."),
    "paper.begin": ("zet de activiteiten van morgen in je weekplanning, en plan er één bij die je graag doet.",
                    "put tomorrow's activities in your week plan, and add one you enjoy."),
    "pdf_week_sheet": ("Mijn weekplanning", "My week plan"),
    "paper.weeks_title": ("Hoe je weken gingen", "How your weeks went"),
    "paper.weeks_intro": ("Per week: wat je plande, wat je deed, hoeveel daarvan iets was wat je graag doet, en "
                          "de pauzes die je met de pauzetimer nam.",
                          "Week by week: what you planned, what you did, how much of it was something you "
                          "enjoy, and the breaks you took with the break timer."),
    "paper.col_week": ("Week van", "Week of"),
    "paper.col_planned": ("Gepland", "Planned"),
    "paper.col_done": ("Gedaan", "Done"),
    "paper.col_want": ("Waarvan graag gedaan ♥", "Of which enjoyed ♥"),
    "paper.col_breaks": ("Pauzes met de timer", "Breaks with the timer"),
    "paper.breaks": ("{taken} van {planned}", "{taken} of {planned}"),
    "paper.weeks_total": ("Samen in {weeks} weken: {planned} gepland, {done} gedaan, waarvan {want} iets wat je "
                          "graag doet.",
                          "Together in {weeks} weeks: {planned} planned, {done} done, {want} of them something "
                          "you enjoy."),
})


def number(minutes: float) -> str:
    """Minutes as a person writes them: 20, or 12.5 when not whole."""
    value = float(minutes)
    return str(int(value)) if value.is_integer() else f"{value:.1f}"


def minutes(value: float, lang: str | None = None) -> str:
    """"20 min" in the screen's language (or ``lang`` on paper)."""
    return words("minutes", lang, minutes=number(value))


def flag_title(key: str, day: int | None, part: str | None, kind: str | None,
               lang: str | None = None) -> str:
    """A balance flag's title, with where it is (day 0 = Monday, day part) and which kind."""
    if f"flag_{key}" not in words:
        return key
    return words(f"flag_{key}", lang, day="" if day is None else words(f"day_{day}", lang),
                 part=words(f"part_{part}", lang) if part else "",
                 kind=words(f"kind_{kind}", lang) if kind else "")


def flag_why(key: str, lang: str | None = None) -> str:
    return words(f"why_{key}", lang) if f"why_{key}" in words else ""
