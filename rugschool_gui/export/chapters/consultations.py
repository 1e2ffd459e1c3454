"""PDF of the psychologist's loop (issue #25): "Sinds de vorige keer" (this week's homework with
its progress, the questions for next time), the SMART goals, the comments on exercises with the
patient's replies, and the consultations — their shared parts only.

The therapist's private notes are never printed: they are not even read here
(``storage.consultations.list_consultations`` hands them over, and this module drops them at
once; a test reads the PDF's text to prove it).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak

from ...domain import homework as hw
from ...domain.goal_progress import goal_progress
from ...wording.consultations import (
    flag_text,
    goal_progress_text,
    progress_text,
    relaxation_text,
    short_day,
    task_text,
    words,
)
from ..printout import Printout
from ..sheets import rule_lines
from ..styles import gap, heading, para, table

#: the brief is kept to one page: longer lists end with "… en nog N"
MAX_FLAGS = 8
MAX_HOMEWORK = 8
MAX_QUESTIONS = 6
MAX_RELAXATION = 6

#: read by ``export/pdf.py``: without sessions, homework or goals this part is left out (no
#: "not started yet" line, no blank sheet): the programme's psychologist brings it in
ONLY_WHEN_FILLED = True


def _at_most(items: list, limit: int) -> tuple[list, int]:
    """The first ``limit`` of ``items`` and how many are left out."""
    return list(items[:limit]), max(0, len(items) - limit)


def _more(left_out: int, lang: str) -> list:
    return [para(words("brief.more", lang, n=left_out), "cell")] if left_out else []


def title(lang: str) -> str:
    return words("pdf.chapter", lang)


def about(lang: str) -> tuple[str, str]:
    return words("paper.about", lang), words("paper.begin", lang)


def build(store, workbook_id, p: Printout) -> list | None:
    if p.blank or store is None or not workbook_id:
        return None
    from ...operations.consultations import brief
    from ...storage import consultations as repo
    from ...storage.exposure import load_hierarchy
    from ...storage.goal_facts import goal_facts

    consultations = repo.list_consultations(store, workbook_id)
    goals = repo.list_goals(store, workbook_id)
    comments = repo.list_comments(store, workbook_id)
    b = brief(store, workbook_id, p.today)
    if not (consultations or goals or comments or b.homework or b.questions):
        return None
    steps = {i.id: i.label for i in load_hierarchy(store, workbook_id).items}
    lang = p.lang
    brief_page: list = [heading(title(lang), 0), heading(words("brief.title", lang), 1)]
    line = words("brief.since", lang, day=p.day(b.since)) if b.since else words("brief.first", lang)
    if b.next_on is not None:
        line += " · " + words("brief.next", lang, day=p.day(b.next_on))
    brief_page.append(para(line))
    brief_page.append(para(words("brief.flags", lang), "label"))
    flags, more_flags = _at_most(b.flags, MAX_FLAGS)
    brief_page += [para(f"• {flag_text(f, p.day, lang)}") for f in flags] or [para(words("brief.no_flags", lang))]
    brief_page += _more(more_flags, lang)
    brief_page.append(para(words("brief.relaxation", lang), "label"))  # the practice meter, neutrally
    sessions, more_sessions = _at_most(list(b.relaxation), MAX_RELAXATION)
    brief_page += ([para(f"• {relaxation_text(r, p.day, lang)}") for r in sessions]
                   or [para(words("brief.no_relaxation", lang))])
    brief_page += _more(more_sessions, lang)
    brief_page.append(gap(2))
    if b.homework:
        brief_page.append(para(words("tally", lang, **{k: str(v) for k, v in b.tally.items()}), "label"))
        shown, more_homework = _at_most(b.homework, MAX_HOMEWORK)
        rows = [[para(task_text(x.homework, lang, steps.get(x.homework.item_id or "", "")), "cell"),
                 para(progress_text(x, lang), "cellbold" if x.state == hw.DONE else "cell")] for x in shown]
        brief_page.append(table(rows, [p.width * 0.62, p.width * 0.38], header=False))
        brief_page += _more(more_homework, lang)
    else:
        brief_page.append(para(words("brief.no_homework", lang)))
    if b.questions:
        questions, more_questions = _at_most(b.questions, MAX_QUESTIONS)
        brief_page += [heading(words("question.heading", lang), 1),
                       *[para(f"{short_day(q.asked_on, lang)} · {q.text}") for q in questions], *_more(more_questions, lang)]
    brief_page += [para(words("brief.discuss", lang), "label"), rule_lines(4, p.width)]  # written on at the session
    # the brief is one page, on a page of its own (the chapter starts on a new page)
    out: list = [brief_page[0], KeepTogether(brief_page[1:])]
    if goals or comments or consultations or b.declined:
        out.append(PageBreak())
    if b.declined:  # "Vandaag niet" on a reminder since last time, with barrier and words (issue #20):
        # right after the brief, on the next page (the brief's own page is full)
        from ...wording.reminders import declined_text
        from ...wording.reminders import words as reminder_words

        out.append(heading(reminder_words("brief.declined", lang), 1))
        out += [para(f"• {declined_text(d, p.day, lang)}") for d in b.declined]
        out.append(gap(2))
    if goals:
        out.append(heading(words("pdf.goals", lang), 1))
        facts = goal_facts(store, workbook_id, p.today) if any(g.measure for g in goals) else None
        for g in goals:
            parts = [(words(f"goal.{k}", lang), v) for k, v in (
                ("specific", g.specific), ("measurable", g.measurable), ("acceptable", g.acceptable),
                ("realistic", g.realistic)) if v]
            if g.due_on is not None:
                parts.append(("", words("goal.due", lang, day=p.day(g.due_on))))
            progress = goal_progress(g.measure, facts, p.today) if facts is not None else None
            if progress is not None:
                parts.append(("", goal_progress_text(progress, lang)))
            out.append(para(g.goal, "cellbold"))
            out += [para(f"{k}: {v}" if k else v, "cell") for k, v in parts]
            out.append(gap(2))
    if comments:
        out.append(heading(words("pdf.comments", lang), 1))
        for comment in comments:
            out += [para(words("comment.from", lang, day=short_day(comment.written_on, lang)), "label"),
                    para(comment.text)]
            if comment.reply:
                replied = comment.replied_on or comment.written_on
                out += [para(words("comment.reply", lang, day=short_day(replied, lang)), "label"),
                        para(comment.reply)]
    if consultations:
        out.append(heading(words("pdf.consultations", lang), 1))
        for c in consultations:  # the shared parts only: c.private_note is never printed
            rows = [[para(words(key, lang), "cellbold"), para(value, "cell")] for key, value in (
                ("pdf.agenda", c.agenda), ("pdf.notes", c.notes), ("pdf.evaluation", c.evaluation)) if value]
            out.append(para(f"{p.day(c.held_on)} · {words(f'kind.{c.kind}', lang)}", "label"))
            if rows:
                out.append(table(rows, [32 * mm, p.width - 32 * mm], header=False))
            if c.next_on is not None:
                out.append(para(words("brief.next", lang, day=p.day(c.next_on)), "cell"))
            out.append(gap(2))
    return out

