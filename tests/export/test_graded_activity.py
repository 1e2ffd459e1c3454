"""The graded activity PDF, read back as text: the plan, schedule, log, chart and the blank form."""

from __future__ import annotations

from datetime import date, timedelta

from rugschool_gui.domain.graded_activity import Session
from rugschool_gui.export.pdf import available_chapters, build_workbook_pdf
from rugschool_gui.storage import graded_activity as repo

START = date(2026, 11, 2)


def test_graded_activity_is_in_the_pdf_after_exposure():
    chapters = available_chapters()
    assert chapters.index("exposure") < chapters.index("graded_activity")


def _running_plan(store, wb_id):
    plan = repo.new_plan(store, wb_id)
    repo.update_plan(store, wb_id, plan.id, activity="Fietsen <buiten> & binnen", goal=40, weeks=5,
                     start_on=START)
    for i, a in enumerate((25, 28, 27), 1):
        repo.set_measurement(store, wb_id, plan.id, i, START - timedelta(days=7 - i), a)
    repo.start_plan(store, wb_id, plan.id)
    repo.save_session(store, wb_id, plan.id, Session(None, START, 20, 4, "Stijf, het ĳs gebroken"))
    repo.save_session(store, wb_id, plan.id, Session(None, START + timedelta(days=8), 30))
    repo.update_plan(store, wb_id, plan.id, barriers_outside="Regen")
    return plan


def test_filled_pdf_has_plan_schedule_log_and_chart(store, make_workbook, pdf_text):
    wb = make_workbook("Anna")
    _running_plan(store, wb.id)
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["graded_activity"],
                                                 today=START + timedelta(days=9))))
    assert "Je plan: Fietsen <buiten> & binnen" in text  # user text escaped, intact
    assert "(25 + 28 + 27) / 3 = 26,7 min" in text
    assert "26,7 min − 25 % = 20 min" in text
    assert "(40 − 20) / 5 = 4 min" in text
    for planned in ("20 min", "24 min", "28 min", "32 min", "36 min", "40 min"):
        assert planned in text
    flowing = " ".join(text.split())  # a narrow cell wraps "week 1 (nu)" between its words
    assert "week 1 (nu)" in flowing and "1 van 3 keer · loopt nog" in flowing  # as on screen
    assert "Stijf, het ĳs gebroken" in text and "4/10" in text
    assert "Van buitenaf: Regen" in text
    assert "Je schema en je oefeningen" in text and "Gepland per week" in text  # the chart
    assert "huisarts" in text


def test_filled_pdf_in_english_and_history(store, make_workbook, pdf_text):
    wb = make_workbook("Bert")
    plan = _running_plan(store, wb.id)
    repo.end_plan(store, wb.id, plan.id, "finished", START + timedelta(days=40))
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["graded_activity"], lang="en",
                                                 today=START + timedelta(days=50))))
    assert "Earlier plan: Fietsen <buiten> & binnen (finished)" in text
    assert "(25 + 28 + 27) / 3 = 26.7 min" in text
    assert "Je plan" not in text and "Gehaald" not in text


def test_without_a_plan_the_pdf_says_what_the_chapter_is_for(store, make_workbook, pdf_text):
    from rugschool_gui.wording.graded_activity import words

    wb = make_workbook("Carla")
    text = " ".join(" ".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["graded_activity"]))).split())
    assert "Nog niet begonnen" in text and words("paper.about", "nl") in text


def test_blank_worksheet_has_three_measurements_calculation_and_grid(pdf_text):
    pages = pdf_text(build_workbook_pdf(None, None, chapters=["graded_activity"], blank=True))
    text = "\n".join(pages)
    assert "2. Drie metingen" in text
    assert "Basisniveau = (meting 1 + meting 2 + meting 3) / 3" in text
    assert "(tussen 20 en 30 %, meestal 25 %)" in text
    assert "minstens 3 keer" in text
    assert "Per week erbij = (doel − startniveau) / aantal weken" in text
    assert "Hoeveelheid" in text  # the empty chart grid's axis
    en = "\n".join(pdf_text(build_workbook_pdf(None, None, chapters=["graded_activity"], blank=True, lang="en")))
    assert "2. Three measurements" in en and "Amount" in en and "Drie" not in en


def test_user_text_with_placeholders_comes_out_exactly(store, make_workbook, pdf_text):
    wb = make_workbook("Dirk")
    name = "tillen %4 keer {activity} %1"
    plan = repo.new_plan(store, wb.id)
    repo.update_plan(store, wb.id, plan.id, activity=name, goal=40, weeks=5, start_on=START)
    for i, a in enumerate((25, 28, 27), 1):
        repo.set_measurement(store, wb.id, plan.id, i, START - timedelta(days=7 - i), a)
    repo.start_plan(store, wb.id, plan.id)
    repo.save_session(store, wb.id, plan.id, Session(None, START, 20, None, "nota %2 {note}"))
    repo.update_plan(store, wb.id, plan.id, barriers_inside="moe {x} %3")
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["graded_activity"],
                                                 today=START + timedelta(days=3))))
    assert f"Je plan: {name}" in text
    assert name in text.split("Activiteit", 1)[1]
    assert "nota %2 {note}" in text and "Vanbinnen: moe {x} %3" in text
    repo.end_plan(store, wb.id, plan.id, "abandoned", START + timedelta(days=5))
    text = "\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["graded_activity"],
                                                 today=START + timedelta(days=6))))
    assert f"Eerder plan: {name} (stopgezet)" in text


def test_paper_and_screen_share_the_reminders(store, make_workbook, pdf_text):
    from rugschool_gui.wording.graded_activity import reminders

    wb = make_workbook("Els")
    _running_plan(store, wb.id)
    flat = " ".join("\n".join(pdf_text(build_workbook_pdf(store, wb.id, chapters=["graded_activity"],
                                                          today=START + timedelta(days=9)))).split())
    blank = " ".join("\n".join(pdf_text(build_workbook_pdf(None, None, chapters=["graded_activity"],
                                                           blank=True))).split())
    for line in reminders("nl"):
        assert " ".join(line.split()) in flat and " ".join(line.split()) in blank
