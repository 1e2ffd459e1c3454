"""PDF of the "doing too much" chapter (WORKBOOK.md §2 except the planner): filled, or blank.

Filled: ticked causes with their dates, the stress-signal chart and check-ins, every reflection
question with its answers (latest first), the outlet finder, the relaxation log with its chart,
and the assertiveness practice. Blank: the causes checklist, a week's stress-signal grid (days ×
signals), the five questions with writing lines, the outlet form, a relaxation log and an
assertiveness practice form.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from ...domain.too_much import (
    CAUSES, CHART_WEEKS, CONSEQUENCES, OUTLET_GAINS, QUESTIONS, SIGNAL_GROUPS, relaxation_chart, signal_chart,
)
from ..charts import chart_drawing
from ..history import for_chart, older_note, split_recent
from ..styles import gap, para, table, writing_lines
from ..texts import long_date, pick, short_date

_NL = {
    "title": "Over je grenzen gaan",
    "intro": "Waarom je soms te veel doet, welke signalen je lichaam dan geeft, en wat helpt.",
    "causes": "Waarom ga ik over mijn grenzen?", "ticked_on": "aangevinkt op %1", "no_causes": "Nog niets aangevinkt.",
    "consequences": "Wat levert het op?",
    "c_do_well": "Ik wil het goed doen.", "c_dot_the_is": "Ik wil alles tot in de puntjes afwerken.",
    "c_no_burden": "Ik wil niemand tot last zijn en vraag niet graag hulp.",
    "c_faster_myself": "Als ik het zelf doe, gaat het sneller.", "c_better_myself": "Ik doe het zelf toch beter.",
    "c_guilt": "Ik voel me schuldig als ik niets doe.",
    "c_pressured": "Ik voel me onder druk gezet door de situatie of door anderen.",
    "c_no_wimp": "Ik wil geen watje zijn.", "c_lie_down_later": "Straks kan ik toch gaan liggen.",
    "c_ignore_limits": "Ik merk de grenzen van mijn lichaam niet op, of ik negeer ze.",
    "q_back_pain_again": "De rugpijn komt terug of wordt erger.",
    "q_longer_recovery": "Je hebt daarna langer nodig om te herstellen.",
    "q_listless": "Je voelt je lusteloos en hebt nergens nog zin in.",
    "q_overstrain": "Je raakt overbelast: lichamelijk en in je hoofd.",
    "signals": "Stresssignalen", "no_checkins": "Nog geen stresssignalen genoteerd.",
    "g_muscle_tension": "Spierspanning", "g_stomach_bowel": "Maag en darmen", "g_hyperventilation": "Hyperventilatie",
    "g_palpitations": "Hartkloppingen", "g_sleep": "Slaapproblemen", "g_own": "Eigen signalen",
    "s_shoulder_neck_pain": "Pijn in schouders of nek", "s_tension_headache": "Spanningshoofdpijn",
    "s_no_appetite": "Geen eetlust", "s_eating_a_lot": "Veel eten", "s_slow_digestion": "Trage spijsvertering",
    "s_diarrhoea": "Diarree", "s_constipation": "Verstopping", "s_stomach_pain": "Maagpijn",
    "s_stomach_ulcer": "Maagzweer", "s_hyperventilation": "Hyperventilatie", "s_palpitations": "Hartkloppingen",
    "s_falling_asleep": "Moeilijk inslapen", "s_waking_early": "Te vroeg wakker worden",
    "signal_chart_title": "Hoe vaak je stresssignalen opmerkte (dagen per week)", "week_axis": "Week van",
    "no_signals": "Nog geen stresssignalen.", "days_axis": "Dagen",
    "day": "Dag", "noted": "Opgemerkt",
    "questions": "Om over na te denken", "no_answer": "Nog niet beantwoord.",
    "a_life_areas": "Hoe zit dat in mijn leven: in het huishouden, op het werk?",
    "a_energy": "Wat geeft mij energie? Plan ik die dingen ook regelmatig?",
    "a_outlet": "Wat is mijn uitlaatklep? Sport, contact met anderen, iets creatiefs …",
    "a_relax": "Kan ik nog ontspannen, ondanks de rugpijn?",
    "a_ask_help": "Durf ik hulp te vragen? Kan ik mijn grenzen aangeven bij anderen?",
    "a_assertive": "Waar zit ik tussen wegcijferen en opkomen voor mezelf? Wanneer lukt het me om rustig en "
                   "duidelijk te zeggen wat ik wil?",
    "outlet": "Je uitlaatklep", "old_outlet": "Mijn vroegere uitlaatklep:", "why": "Waarom werkte die voor mij?",
    "gains": "Wat ze me gaf:", "try": "Wat ik in de plaats probeer", "how": "Hoe ging het?", "result": "Resultaat",
    "chosen": "Dit doe ik regelmatig: %1",
    "o_good": "dit werkt voor mij", "o_so_so": "half", "o_not_for_me": "niets voor mij", "o_none": "nog niet geprobeerd",
    "gain_movement": "beweging", "gain_company": "gezelschap", "gain_creativity": "iets creatiefs",
    "gain_calm": "rust in mijn hoofd", "gain_achievement": "iets bereiken", "gain_outdoors": "buiten zijn",
    "relax": "Ontspannen", "no_relax": "Nog geen oefeningen bewaard.", "exercise": "Oefening",
    "before": "Voor", "after": "Na", "note": "Notitie",
    "e_progressive": "Progressieve relaxatie", "e_autogenic": "Autogene training", "e_body_scan": "Bodyscan",
    "relax_chart_title": "Spanning voor en na het ontspannen", "session_axis": "Oefening",
    "no_sessions": "Nog geen oefeningen.", "tension_axis": "Spanning (0–10)",
    "assertive": "Assertiviteit: opkomen voor jezelf", "situation": "Situatie", "say": "Wat ik zeg",
    "went": "Hoe het ging", "no_situations": "Nog geen situaties genoteerd.",
    "b_causes_intro": "Vink aan wat bij jou past en schrijf eigen redenen op de lege lijnen.",
    "b_signals": "Stresssignalen van deze week", "b_signals_intro": "Zet elke dag een kruisje bij wat je merkte, "
                 "eventueel met een cijfer van 0 tot 10.", "b_own": "Eigen signaal: ____________",
    "mon": "ma", "tue": "di", "wed": "wo", "thu": "do", "fri": "vr", "sat": "za", "sun": "zo",
    "b_date": "Datum: ____________", "b_outlet_intro": "Welke uitlaatklep maakte de pijn onmogelijk, wat gaf ze je, "
                                                      "en wat kun je in de plaats proberen?",
    "b_relax_log": "Logboek ontspanning", "b_assertive_intro": "Een situatie waarin je je grens wilt aangeven.",
}
_EN = {
    "title": "Going over your limits",
    "intro": "Why you sometimes do too much, which signals your body then gives, and what helps.",
    "causes": "Why do I go over my limits?", "ticked_on": "ticked on %1", "no_causes": "Nothing ticked yet.",
    "consequences": "What does it lead to?",
    "c_do_well": "I want to do it well.", "c_dot_the_is": "I want to finish everything down to the last detail.",
    "c_no_burden": "I don't want to be a burden and don't like asking for help.",
    "c_faster_myself": "It's faster if I do it myself.", "c_better_myself": "I do it better myself anyway.",
    "c_guilt": "I feel guilty when I'm not doing anything.",
    "c_pressured": "I feel pressured by the situation or by others.",
    "c_no_wimp": "I don't want to be a wimp.", "c_lie_down_later": "I can always lie down later.",
    "c_ignore_limits": "I don't notice my body's limits, or I ignore them.",
    "q_back_pain_again": "The back pain comes back or gets worse.",
    "q_longer_recovery": "You need longer to recover afterwards.",
    "q_listless": "You feel listless and don't feel like doing anything.",
    "q_overstrain": "You become overstrained: in your body and in your mind.",
    "signals": "Stress signals", "no_checkins": "No stress signals noted yet.",
    "g_muscle_tension": "Muscle tension", "g_stomach_bowel": "Stomach and bowel", "g_hyperventilation": "Hyperventilation",
    "g_palpitations": "Palpitations", "g_sleep": "Sleep problems", "g_own": "Own signals",
    "s_shoulder_neck_pain": "Shoulder or neck pain", "s_tension_headache": "Tension headache",
    "s_no_appetite": "No appetite", "s_eating_a_lot": "Eating a lot", "s_slow_digestion": "Slow digestion",
    "s_diarrhoea": "Diarrhoea", "s_constipation": "Constipation", "s_stomach_pain": "Stomach pain",
    "s_stomach_ulcer": "Stomach ulcer", "s_hyperventilation": "Hyperventilation", "s_palpitations": "Palpitations",
    "s_falling_asleep": "Trouble falling asleep", "s_waking_early": "Waking too early",
    "signal_chart_title": "How often you noticed stress signals (days per week)", "week_axis": "Week of",
    "no_signals": "No stress signals yet.", "days_axis": "Days",
    "day": "Day", "noted": "Noticed",
    "questions": "Things to think about", "no_answer": "Not answered yet.",
    "a_life_areas": "How is this in my life: in the household, at work?",
    "a_energy": "What gives me energy? Do I plan those things regularly?",
    "a_outlet": "What is my outlet? Sport, contact with others, something creative …",
    "a_relax": "Can I still relax, despite the back pain?",
    "a_ask_help": "Do I dare to ask for help? Can I set my limits with others?",
    "a_assertive": "Where am I between effacing myself and standing up for myself? When do I manage to say "
                   "calmly and clearly what I want?",
    "outlet": "Your outlet", "old_outlet": "My old outlet:", "why": "Why did it work for me?",
    "gains": "What it gave me:", "try": "What I try instead", "how": "How did it go?", "result": "Result",
    "chosen": "This is what I do regularly: %1",
    "o_good": "this works for me", "o_so_so": "partly", "o_not_for_me": "not for me", "o_none": "not tried yet",
    "gain_movement": "movement", "gain_company": "company", "gain_creativity": "something creative",
    "gain_calm": "a calm mind", "gain_achievement": "achieving something", "gain_outdoors": "being outdoors",
    "relax": "Relaxing", "no_relax": "No sessions saved yet.", "exercise": "Exercise",
    "before": "Before", "after": "After", "note": "Note",
    "e_progressive": "Progressive relaxation", "e_autogenic": "Autogenic training", "e_body_scan": "Body scan",
    "relax_chart_title": "Tension before and after relaxing", "session_axis": "Session",
    "no_sessions": "No sessions yet.", "tension_axis": "Tension (0–10)",
    "assertive": "Assertiveness: standing up for yourself", "situation": "Situation", "say": "What I say",
    "went": "How it went", "no_situations": "No situations noted yet.",
    "b_causes_intro": "Tick what fits you and write your own reasons on the empty lines.",
    "b_signals": "This week's stress signals", "b_signals_intro": "Each day, put a cross by what you noticed, "
                 "with a number from 0 to 10 if you like.", "b_own": "Own signal: ____________",
    "mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun",
    "b_date": "Date: ____________", "b_outlet_intro": "Which outlet did the pain make impossible, what did it give "
                                                     "you, and what can you try instead?",
    "b_relax_log": "Relaxation log", "b_assertive_intro": "A situation in which you want to set your limit.",
}
TEXTS = {"nl": _NL, "en": _EN}
DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def title(lang: str) -> str:
    return pick(TEXTS, lang)["title"]


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    t = pick(TEXTS, lang)
    story = [para(t["title"], "h1"), para(t["intro"])]
    if blank:
        return story + _blank(t, width)
    from ...storage import too_much as repo

    today = today or date.today()
    story += _causes(repo, store, workbook_id, t, lang)
    story += _signals(repo, store, workbook_id, t, lang, width, today, since)
    story += _answers_section(repo, store, workbook_id, t, lang, QUESTIONS, t["questions"], since)
    story += _outlet(repo, store, workbook_id, t, width)
    story += _relax(repo, store, workbook_id, t, lang, width, since)
    story += _assertive(repo, store, workbook_id, t, lang, width)
    story.append(PageBreak())
    return story


def _causes(repo, store, wb, t, lang) -> list:
    out = [para(t["causes"], "h2")]
    ticks = repo.list_cause_ticks(store, wb)
    if not ticks:
        out.append(para(t["no_causes"], "small"))
    for tick in ticks:
        text = tick.label if tick.cause == "own" else t[f"c_{tick.cause}"]
        out.append(para(f"✓ {text} ({t['ticked_on'].replace('%1', long_date(tick.day, lang))})"))
    out += [para(t["consequences"], "h2"), para("\n".join("• " + t[f"q_{k}"] for k in CONSEQUENCES), "note")]
    return out


def _signal_name(key: str, t, own: dict[str, str]) -> str:
    return own.get(key, key) if key.startswith("own:") else t.get(f"s_{key}", key)


def _signals(repo, store, wb, t, lang, width, today, since=None) -> list:
    out = [CondPageBreak(90 * mm), para(t["signals"], "h2")]
    checkins = repo.list_checkins(store, wb)
    if not checkins:
        return out + [para(t["no_checkins"], "small")]
    recent = [c for c in checkins if c.day >= today - timedelta(weeks=CHART_WEEKS)]
    spec = signal_chart(recent, today, lambda d: f"{d.day}/{d.month}")
    labels = {**t, **{k: t[f"g_{k}"] for k in (*SIGNAL_GROUPS, "own")}}
    out += [chart_drawing(spec, lambda k: labels.get(k, k), width), gap(2)]
    own = dict(repo.list_own_signals(store, wb))
    rows = [[para(t["day"], "cellbold"), para(t["noted"], "cellbold")]]
    shown, older = split_recent(checkins, lambda c: c.day, since)
    for c in sorted(shown, key=lambda c: c.day, reverse=True):
        parts = []
        for s in c.signals:
            text = _signal_name(s.key, t, own) + ("" if s.intensity is None else f" {s.intensity}/10")
            parts.append(text + (f" ({s.note})" if s.note else ""))
        rows.append([para(short_date(c.day, lang), "cell"), para("; ".join(parts), "cell")])
    return out + [table(rows, [28 * mm, width - 28 * mm]), *older_note(older, lambda c: c.day, lang)]


def _answers_section(repo, store, wb, t, lang, keys, heading, since=None) -> list:
    out = [CondPageBreak(50 * mm), para(heading, "h2")]
    for key in keys:
        out.append(para(t[f"a_{key}"], "cellbold"))
        answers = repo.list_answers(store, wb, key)
        if not answers:
            out.append(para(t["no_answer"], "small"))
        shown, older = split_recent(answers, lambda a: a.day, since, keep_latest=True)
        for a in shown:
            out.append(para(f"{long_date(a.day, lang)}: {a.text}"))
        out += older_note(older, lambda a: a.day, lang)
        out.append(gap(2))
    return out


def _outlet(repo, store, wb, t, width) -> list:
    o = repo.get_outlet(store, wb)
    out = [CondPageBreak(50 * mm), para(t["outlet"], "h2"),
           para(f"{t['old_outlet']} {o.old_outlet or '—'}"), para(f"{t['why']} {o.why or '—'}")]
    if o.gains:
        out.append(para(f"{t['gains']} {', '.join(t[f'gain_{g}'] for g in o.gains)}"))
    if o.substitutes:
        rows = [[para(t["try"], "cellbold"), para(t["how"], "cellbold"), para(t["result"], "cellbold")]]
        for s in o.substitutes:
            rows.append([para(("★ " if s.id == o.chosen_id else "") + s.name, "cell"), para(s.tried, "cell"),
                         para(t[f"o_{s.outcome or 'none'}"], "cell")])
        out += [gap(1), table(rows, [50 * mm, width - 90 * mm, 40 * mm])]
    chosen = next((s for s in o.substitutes if s.id == o.chosen_id), None)
    if chosen:
        out.append(para(t["chosen"].replace("%1", chosen.name)))
    return out


def _relax(repo, store, wb, t, lang, width, since=None) -> list:
    out = [CondPageBreak(90 * mm), para(t["relax"], "h2")]
    sessions = repo.list_relaxation(store, wb)
    if not sessions:
        return out + [para(t["no_relax"], "small")]
    out += [chart_drawing(relaxation_chart(for_chart(sessions, since), lambda d: f"{d.day}/{d.month}"),
                          lambda k: t.get(k, k), width),
            gap(2)]
    rows = [[para(h, "cellbold") for h in (t["day"], t["exercise"], t["before"], t["after"], t["note"])]]
    shown, older = split_recent(sessions, lambda s: s.day, since)
    for s in reversed(shown):
        rows.append([para(short_date(s.day, lang), "cell"), para(t[f"e_{s.exercise}"], "cell"),
                     para("—" if s.before is None else f"{s.before}/10", "cell"),
                     para("—" if s.after is None else f"{s.after}/10", "cell"), para(s.note, "cell")])
    return out + [table(rows, [26 * mm, 46 * mm, 18 * mm, 18 * mm, width - 108 * mm]),
                  *older_note(older, lambda s: s.day, lang)]


def _assertive(repo, store, wb, t, lang, width) -> list:
    out = _answers_section(repo, store, wb, t, lang, ("assertive",), t["assertive"])
    situations = repo.list_situations(store, wb)
    if not situations:
        return out + [para(t["no_situations"], "small")]
    rows = [[para(h, "cellbold") for h in (t["day"], t["situation"], t["say"], t["went"])]]
    for s in situations:
        rows.append([para(short_date(s.day, lang), "cell"), para(s.situation, "cell"), para(s.say, "cell"),
                     para(s.went, "cell")])
    third = (width - 26 * mm) / 3
    return out + [table(rows, [26 * mm, third, third, third])]


def _blank(t, width) -> list:
    story = [para(t["causes"], "h2"), para(t["b_causes_intro"], "small")]
    story += [para("☐ " + t[f"c_{k}"]) for k in CAUSES]
    story += [para("☐ " + "_" * 60) for _ in range(3)]
    story += [PageBreak(), para(t["b_signals"], "h2"), para(t["b_signals_intro"], "small"), para(t["b_date"])]
    first = 62 * mm
    col = (width - first) / 7
    rows = [[para("", "cellbold")] + [para(t[d], "cellbold") for d in DAY_KEYS]]
    for group_key, signals in SIGNAL_GROUPS.items():
        rows.append([para(t[f"g_{group_key}"], "cellbold")] + [""] * 7)
        rows += [[para("  " + t[f"s_{s}"], "cell")] + [""] * 7 for s in signals if len(signals) > 1]
    rows += [[para(t["b_own"], "cell")] + [""] * 7 for _ in range(3)]
    grid = table(rows, [first] + [col] * 7, zebra=False, row_heights=[None] + [7.5 * mm] * (len(rows) - 1))
    from reportlab.platypus import TableStyle

    from ..styles import RULE

    grid.setStyle(TableStyle([("GRID", (1, 0), (-1, -1), 0.4, RULE)]))
    story += [grid, PageBreak(), para(t["questions"], "h2")]
    for key in QUESTIONS:
        story += [para(t[f"a_{key}"], "cellbold"), writing_lines(3, width), gap(2)]
    story += [PageBreak(), para(t["outlet"], "h2"), para(t["b_outlet_intro"], "small"),
              para(t["old_outlet"]), writing_lines(1, width), para(t["why"]), writing_lines(2, width),
              para(t["gains"] + " " + "   ".join("☐ " + t[f"gain_{g}"] for g in OUTLET_GAINS))]
    rows = [[para(t["try"], "cellbold"), para(t["how"], "cellbold"), para(t["result"], "cellbold")]]
    rows += [["", "", ""] for _ in range(5)]
    story += [gap(2), table(rows, [50 * mm, width - 90 * mm, 40 * mm], zebra=False,
                            row_heights=[None] + [12 * mm] * 5)]
    story += [CondPageBreak(110 * mm), para(t["b_relax_log"], "h2")]
    rows = [[para(h, "cellbold") for h in (t["day"], t["exercise"], t["before"], t["after"], t["note"])]]
    rows += [[""] * 5 for _ in range(8)]
    story.append(table(rows, [26 * mm, 46 * mm, 18 * mm, 18 * mm, width - 108 * mm], zebra=False,
                       row_heights=[None] + [9 * mm] * 8))
    story += [PageBreak(), para(t["assertive"], "h2"), para(t["a_assertive"]), writing_lines(3, width), gap(2)]
    for _ in range(2):
        story += [para(t["b_assertive_intro"], "small"), para(t["situation"]), writing_lines(2, width),
                  para(t["say"]), writing_lines(2, width), para(t["went"]), writing_lines(2, width), gap(3)]
    story.append(PageBreak())
    return story
