"""Wording of the psychologist's loop (issue #25) — consultations, homework and its progress,
comments, questions — for the screen and the paper alike.

The voice is the app's: plain, warm "je", never scolding. Progress says what is still to go
("nog 1 poging te gaan"), never what is behind. Undo labels, the domain's error keys
(``error.<key>`` for ``consultations.<key>``) and the homework kinds are here once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from . import Words, language

# the keys of ``domain.homework`` (wording needs nothing but Python: the values, not the module)
_EXPOSURE, _RELAXATION, _STRESS, _PACING_PLAN, _PACING_BREAKS = (
    "exposure", "relaxation", "stress", "pacing_plan", "pacing_breaks")
_DONE, _POSTPONED = "done", "postponed"

words = Words({
    # ----- consultation kinds (domain.consultations.KINDS) -----------------------------------
    "kind.intake": ("Intake", "Intake"),
    "kind.interim": ("Tussentijds gesprek", "Interim session"),
    "kind.final": ("Slotgesprek", "Final session"),
    "kind.regular": ("Gesprek", "Session"),
    # ----- homework kinds: what is asked (count in {n}) --------------------------------------
    "task.exposure": ("{n} keer oefenen met een stap van je angstladder", "Practise a step of your fear ladder {n} times"),
    "task.exposure_step": ("{n} keer oefenen met „{step}”", "Practise “{step}” {n} times"),
    "task.graded_activity": ("Je oefenmomenten van deze week, zoals afgesproken",
                             "This week's practice sessions, as agreed"),
    "task.stress": ("Je stresssignalen noteren op {n} dagen", "Note your stress signals on {n} days"),
    "task.relaxation": ("{n} keer ontspannen", "Relax {n} times"),
    "task.relaxation_technique": ("{n} keer ontspannen met {technique}", "Relax {n} times with {technique}"),
    "task.pacing_plan": ("Op {n} dagen iets plannen wat je graag doet", "Plan something you enjoy on {n} days"),
    "task.pacing_breaks": ("{n} pauzes nemen met de timer", "Take {n} breaks with the timer"),
    "task.reflection": ("Een reflectievraag beantwoorden", "Answer a reflection question"),
    "task.chain_diary": ("{n} keer je dagboek van de pijnketen invullen", "Fill in your pain-chain diary {n} times"),
    "task.psychoeducation": ("Lezen: {text}", "Read: {text}"),
    "task.free": ("{text}", "{text}"),
    "kindname.exposure": ("Blootstelling", "Exposure"),
    "kindname.graded_activity": ("Stapsgewijze opbouw", "Graded activity"),
    "kindname.stress": ("Stresssignalen", "Stress signals"),
    "kindname.relaxation": ("Ontspanning", "Relaxation"),
    "kindname.pacing_plan": ("Weekplanning: iets wat je graag doet", "Week plan: something you enjoy"),
    "kindname.pacing_breaks": ("Pauzes met de timer", "Breaks with the timer"),
    "kindname.reflection": ("Reflectievraag", "Reflection question"),
    "kindname.chain_diary": ("Dagboek van de pijnketen", "Pain-chain diary"),
    "kindname.psychoeducation": ("Iets lezen", "Something to read"),
    "kindname.free": ("Eigen opdracht", "Own task"),
    "rhythm.weekly": ("elke week", "every week"),
    "rhythm.once": ("tegen {day}", "by {day}"),
    # ----- progress, in the app's voice ------------------------------------------------------
    "progress.done": ("Gedaan", "Done"),
    "progress.count": ("{done} van {target}", "{done} of {target}"),
    "left.exposure": ("nog {n} poging te gaan", "{n} more attempt to go"),
    "left.exposure_many": ("nog {n} pogingen te gaan", "{n} more attempts to go"),
    "left.sessions": ("nog {n} keer te gaan", "{n} more to go"),
    "left.days": ("nog {n} dag te gaan", "{n} more day to go"),
    "left.days_many": ("nog {n} dagen te gaan", "{n} more days to go"),
    "left.breaks": ("nog {n} pauze te gaan", "{n} more break to go"),
    "left.breaks_many": ("nog {n} pauzes te gaan", "{n} more breaks to go"),
    "left.once": ("nog te doen", "still to do"),
    "postponed": ("Uitgesteld", "Postponed"),
    "postponed.because": ("Uitgesteld: {barrier}", "Postponed: {barrier}"),
    "barrier.intern": ("iets in mezelf", "something in myself"),
    "barrier.extern": ("iets rondom mij", "something around me"),
    "tally": ("{done} gedaan, {partly} deels, {open} nog open, {postponed} uitgesteld",
              "{done} done, {partly} partly, {open} still open, {postponed} postponed"),
    # ----- comments ----------------------------------------------------------------------------
    "comment.from": ("Opmerking van je psycholoog · {day}", "Comment from your psychologist · {day}"),
    "comment.reply": ("Jouw antwoord · {day}", "Your reply · {day}"),
    "question.heading": ("Vragen voor de volgende keer", "Questions for next time"),
    # ----- the brief and the paper -------------------------------------------------------------
    "brief.title": ("Sinds de vorige keer", "Since last time"),
    "brief.since": ("Sinds het gesprek van {day}", "Since the session of {day}"),
    "brief.first": ("Nog geen gesprek genoteerd", "No session noted yet"),
    "brief.next": ("Volgende afspraak: {day}", "Next appointment: {day}"),
    "brief.homework": ("Huiswerk deze week", "Homework this week"),
    "brief.no_homework": ("Er is deze week geen huiswerk.", "There is no homework this week."),
    "brief.replies": ("Antwoorden op opmerkingen", "Replies to comments"),
    "brief.discuss": ("Om te bespreken", "To discuss"),
    "brief.more": ("… en nog {n}", "… and {n} more"),
    "pdf.chapter": ("Gesprekken en huiswerk", "Sessions and homework"),
    "paper.about": ("De gesprekken met je psycholoog, je huiswerk en je doelen.",
                    "The sessions with your psychologist, your homework and your goals."),
    "paper.begin": ("je psycholoog geeft huiswerk in een gesprek; je ziet het op de pagina Vandaag.",
                    "your psychologist sets homework in a session; you see it on the Today page."),
    "pdf.consultations": ("Gesprekken", "Sessions"),
    "pdf.agenda": ("Agenda", "Agenda"),
    "pdf.notes": ("Notities", "Notes"),
    "pdf.evaluation": ("Evaluatie", "Evaluation"),
    "pdf.goals": ("Mijn doelen", "My goals"),
    "goal.specific": ("Specifiek", "Specific"),
    "goal.measurable": ("Meetbaar", "Measurable"),
    "goal.acceptable": ("Aanvaardbaar", "Acceptable"),
    "goal.realistic": ("Realistisch", "Realistic"),
    "goal.due": ("Tegen {day}", "By {day}"),
    # ----- a goal that follows a measure of the app (domain.goal_progress) ------------------
    "measure.none": ("Geen meting", "No measure"),
    "measure.graded_activity": ("Je opbouwschema", "Your graded-activity plan"),
    "measure.top_step": ("De hoogste stap van je angstladder", "The top step of your fear ladder"),
    "measure.want_to_do": ("Elke dag iets wat je graag doet", "Something you like doing every day"),
    "goal_progress.graded_activity": ("Je opbouwschema staat op {done}\u00a0% van je doel",
                                      "Your graded-activity plan is at {done}\u00a0% of your goal"),
    "goal_progress.top_step.0": ("De hoogste stap van je angstladder komt nog", "The top step of your fear "
                                 "ladder is still to come"),
    "goal_progress.top_step.1": ("De hoogste stap van je angstladder is gelukt",
                                 "You mastered the top step of your fear ladder"),
    "goal_progress.want_to_do": ("Deze week op {done} van de {of} dagen iets gepland wat je graag doet",
                                 "This week something you like doing is planned on {done} of {of} days"),
    "pdf.comments": ("Opmerkingen bij je oefeningen", "Comments on your exercises"),
    # ----- flags of the brief: what it is, and what it is based on ------------------------
    "brief.flags": ("Om naar te kijken", "Worth a look"),
    "brief.no_flags": ("Niets dat opvalt in deze periode.", "Nothing stands out in this period."),
    # issue #20's practice meter, told plainly: what was followed, how the tension went
    "brief.relaxation": ("Ontspanning sinds de vorige keer", "Relaxation since last time"),
    "brief.no_relaxation": ("Geen ontspanning genoteerd in deze periode.", "No relaxation noted in this period."),
    "relax.followed": ("{minutes} min gevolgd", "{minutes} min followed"),
    "relax.not_measured": ("duur niet gemeten", "time not measured"),
    "relax.tension": ("spanning {before} → {after}", "tension {before} → {after}"),
    "flag.stagnation": ("Stapsgewijze opbouw zit vast: de laatste weken werd het afgesproken aantal niet gehaald "
                        "(gebaseerd op de oefenmomenten per week).",
                        "Graded activity is stuck: the agreed number was not reached in the last weeks "
                        "(based on the sessions per week)."),
    "flag.above_quota": ("Oefenmomenten boven de afgesproken hoeveelheid: {count}. De afspraak volgt de tijd, niet "
                         "hoe iemand zich voelt (gebaseerd op de oefenmomenten sinds het vorige gesprek).",
                         "Practice sessions above the agreed amount: {count}. The plan follows time, not how someone "
                         "feels (based on the practice sessions since the last consultation)."),
    "flag.fear_change": ("„{step}”: de angst ging van {old} naar {new}, meer dan 20 punten (gebaseerd op de "
                         "angstscores van die stap).",
                         "“{step}”: fear went from {old} to {new}, more than 20 points (based on that step's fear "
                         "ratings)."),
    "flag.high_pain": ("{count} keer pijn van 7 of meer, hoogstens {highest}, laatst op {day} (gebaseerd op de pijn "
                       "bij {where}).",
                       "{count} times pain of 7 or more, at most {highest}, last on {day} (based on the pain noted "
                       "in {where})."),
    "flag.no_entries": ("Al {days} dagen niets genoteerd (gebaseerd op alle hoofdstukken).",
                        "Nothing noted for {days} days (based on every chapter)."),
    "flag.no_entries_ever": ("Nog niets genoteerd.", "Nothing noted yet."),
    "flag.stress_up": ("Meer stresssignalen: deze week {now}, de weken ervoor gemiddeld {before} (gebaseerd op de "
                       "signalen van {weeks} weken).",
                       "More stress signals: {now} this week, on average {before} in the weeks before (based on "
                       "the signals of {weeks} weeks)."),
    "flag.score_moved": ("{scale}: van {from} ({from_moment}) naar {to} ({to_moment}) (gebaseerd op de "
                         "vragenlijsten).",
                         "{scale}: from {from} ({from_moment}) to {to} ({to_moment}) (based on the questionnaires)."),
    "where.exposure": ("blootstelling", "exposure"),
    "where.graded_activity": ("stapsgewijze opbouw", "graded activity"),
    "where.pacing": ("de weekplanning", "the week plan"),
    # ----- undo labels -------------------------------------------------------------------------
    "undo_add_consultation": ("gesprek van {day} toevoegen", "add session of {day}"),
    "undo_save_consultation": ("gesprek van {day} aanpassen", "edit session of {day}"),
    "undo_delete_consultation": ("gesprek van {day} verwijderen", "delete session of {day}"),
    "undo_add_homework": ("huiswerk toevoegen", "add homework"),
    "undo_save_homework": ("huiswerk aanpassen", "edit homework"),
    "undo_delete_homework": ("huiswerk verwijderen", "delete homework"),
    "undo_tick_homework": ("huiswerk afvinken", "tick homework"),
    "undo_postpone_homework": ("huiswerk uitstellen", "postpone homework"),
    "undo_add_comment": ("opmerking toevoegen", "add comment"),
    "undo_reply": ("antwoord op opmerking", "reply to comment"),
    "undo_delete_comment": ("opmerking verwijderen", "delete comment"),
    "undo_ask_question": ("vraag voor de volgende keer", "question for next time"),
    "undo_discussed": ("vraag besproken", "question discussed"),
    "undo_save_goal": ("doel aanpassen", "edit goal"),
    # ----- the domain's refusals ---------------------------------------------------------------
    "error.unknown_role": ("Die rol kent het werkboek niet. Er is niets veranderd.",
                           "The workbook does not know that role. Nothing was changed."),
    "error.unknown_kind": ("Kies een soort gesprek. Er is niets veranderd.",
                           "Choose a kind of session. Nothing was changed."),
    "error.unknown_homework_kind": ("Kies een soort huiswerk. Er is niets veranderd.",
                                    "Choose a kind of homework. Nothing was changed."),
    "error.unknown_rhythm": ("Kies elke week of één keer. Er is niets veranderd.",
                             "Choose every week or once. Nothing was changed."),
    "error.no_due_date": ("Kies een einddatum op of na de startdatum. Er is niets veranderd.",
                          "Choose an end date on or after the start date. Nothing was changed."),
    "error.empty_task": ("Schrijf kort wat de opdracht is. Er is niets veranderd.",
                         "Write briefly what the task is. Nothing was changed."),
    "error.unknown_barrier": ("Kies of het iets in jezelf of rondom je was. Er is niets veranderd.",
                              "Choose whether it was something in yourself or around you. Nothing was changed."),
    "error.next_before": ("De volgende afspraak valt vóór dit gesprek. Kies een latere datum.",
                          "The next appointment falls before this session. Choose a later date."),
    "error.empty": ("Er staat nog niets. Schrijf eerst een paar woorden.", "There is nothing yet. Write a few words first."),
    "error.too_long": ("Deze tekst is te lang (hoogstens {max} tekens). Er is niets veranderd.",
                       "This text is too long (at most {max} characters). Nothing was changed."),
    "error.not_commentable": ("Bij dit onderdeel kan geen opmerking. Er is niets veranderd.",
                              "A comment cannot be added here. Nothing was changed."),
    "error.already_replied": ("Je hebt hier al op geantwoord.", "You have already replied to this."),
})

#: the relaxation exercises' names (domain.too_much.EXERCISES)
TECHNIQUES = {"progressive": ("progressieve relaxatie", "progressive relaxation"),
              "autogenic": ("autogene training", "autogenic training"),
              "body_scan": ("de bodyscan", "the body scan")}


def short_day(day: date, lang: str | None = None) -> str:
    """"12 dec" / "12 Dec": the day a comment or a postponing shows."""
    nl = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
    en = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    months = en if (lang or language()) == "en" else nl
    return f"{day.day} {months[day.month - 1]}"


def task_text(h: Any, lang: str | None = None, step: str = "") -> str:
    """What the homework asks, in a sentence."""
    if h.kind == _EXPOSURE and step:
        return words("task.exposure_step", lang, n=h.count, step=step)
    if h.kind == _RELAXATION and h.technique in TECHNIQUES:
        nl, en = TECHNIQUES[h.technique]
        return words("task.relaxation_technique", lang, n=h.count, technique=en if (lang or language()) == "en" else nl)
    return words(f"task.{h.kind}", lang, n=h.count, text=h.text)


def progress_text(p: Any, lang: str | None = None) -> str:
    """Where it stands, warmly: "Gedaan", "Uitgesteld: griep", "2 van 3 · nog 1 poging te gaan"."""
    if p.state == _DONE:
        return words("progress.done", lang)
    if p.state == _POSTPONED:
        h = p.homework
        barrier = h.barrier or (words(f"barrier.{h.barrier_kind}", lang) if h.barrier_kind else "")
        return words("postponed.because", lang, barrier=barrier) if barrier else words("postponed", lang)
    if p.target == 1:
        return words("left.once", lang)
    return f"{words('progress.count', lang, done=p.done, target=p.target)} · {_left(p, lang)}"


def goal_progress_text(p: Any, lang: str | None = None) -> str:
    """A goal's progress on its measure (``domain.goal_progress.GoalProgress``), in a sentence."""
    if p.measure == "top_step":
        return words(f"goal_progress.top_step.{int(p.reached)}", lang)
    return words(f"goal_progress.{p.measure}", lang, done=p.done, of=p.of)


def _left(p: Any, lang: str | None) -> str:
    n = p.left
    kind = p.homework.kind
    if kind == _EXPOSURE:
        return words("left.exposure" if n == 1 else "left.exposure_many", lang, n=n)
    if kind in (_STRESS, _PACING_PLAN):
        return words("left.days" if n == 1 else "left.days_many", lang, n=n)
    if kind == _PACING_BREAKS:
        return words("left.breaks" if n == 1 else "left.breaks_many", lang, n=n)
    return words("left.sessions", lang, n=n)


def flag_text(flag: Any, day_text: Any, lang: str | None = None) -> str:
    """One flag of the brief in a sentence, saying what it is based on (``day_text`` writes a date)."""
    v = dict(flag.values)
    if flag.key == "no_entries" and v.get("days") is None:
        return words("flag.no_entries_ever", lang)
    if flag.key == "high_pain":
        v["where"] = ", ".join(words(f"where.{w}", lang) for w in v["where"])
        v["day"] = day_text(v["day"])
    if flag.key == "score_moved":
        from . import too_little

        v = {k: (too_little.total(x) if isinstance(x, float) else x) for k, x in v.items()}
        v["scale"] = too_little.scale_abbreviation(str(v["scale"]), str(v["scale"]), lang)
        for key in ("from_moment", "to_moment"):
            name = f"moment.{v[key]}"
            v[key] = too_little.words(name, lang) if name in too_little.words else v[key]
    if flag.key == "fear_change":
        v = {k: ("–" if x is None else x) for k, x in v.items()}
    return words(f"flag.{flag.key}", lang, **v)


def relaxation_text(session: Any, day_text: Any, lang: str | None = None) -> str:
    """One relaxation session of the brief: day, exercise, minutes followed, tension before → after."""
    from . import too_much

    minutes = session.followed_minutes
    followed = (words("relax.not_measured", lang) if minutes is None
                else words("relax.followed", lang, minutes=minutes))
    scale = {k: "–" if v is None else f"{v}/10" for k, v in (("before", session.before), ("after", session.after))}
    return " · ".join((day_text(session.day), too_much.words(f"exercise.{session.exercise}", lang), followed,
                       words("relax.tension", lang, **scale)))
