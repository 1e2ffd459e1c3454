"""Issue #25 as people use it: the psychologist writes a consultation (with a private note) and
sets homework; after a hand-over the patient sees it on the home page with its progress, and
postpones it with a barrier. The private note is in neither the hand-over file nor the PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PySide6.QtCore import Qt

from rugschool_gui.storage import consultations as repo
from rugschool_gui.storage import handover

from .driving import choose, click, save, show_active, type_into

PRIVATE = "Vermoeden van spanningen thuis"


@pytest.fixture
def psychologist(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    s.ctx.settings.role = "therapist"
    show_active(qtbot, s.window)
    return s


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_homework_set_by_the_psychologist_reaches_the_patients_home_page(psychologist, startup, qtbot, modals,
                                                                         tmp_path):
    s = psychologist
    s.window.open_page("consultations")
    page = s.window.page("consultations")
    assert page.therapist and page.new_consult.isVisible() and not page.reply.isVisible()

    def consultation(dialog):
        choose(dialog.kind, "Intake")
        type_into(dialog.agenda, "Doelen en huiswerk")
        type_into(dialog.notes, "Samen de angstladder gemaakt")
        type_into(dialog.private, PRIVATE)
        save(dialog)

    modals.then(consultation)
    qtbot.mouseClick(page.new_consult, Qt.MouseButton.LeftButton)
    [c] = repo.list_consultations(s.ctx.store, s.ctx.workbook_id)
    assert (c.kind, c.agenda, c.private_note) == ("intake", "Doelen en huiswerk", PRIVATE)
    assert f"Privé: {PRIVATE}" in page.consults.item(0).text()

    def homework(dialog):
        choose(dialog.kind, "Stresssignalen")
        dialog.count.setValue(3)
        save(dialog)

    modals.then(homework)
    qtbot.mouseClick(page.add_homework, Qt.MouseButton.LeftButton)
    [h] = repo.list_homework(s.ctx.store, s.ctx.workbook_id)
    assert (h.kind, h.count, h.consultation_id) == ("stress", 3, c.id)
    assert page.homework.item(0).text() == "Je stresssignalen noteren op 3 dagen\n0 van 3 · nog 3 dagen te gaan"
    assert s.window.act_undo.text() == "&Ongedaan maken: huiswerk toevoegen"

    # the hand-over file: the consultation travels, its private note never
    file = handover.export_workbook(s.ctx.store, s.ctx.workbook_id, tmp_path / "anna.rugwerk")
    raw = file.read_bytes()
    assert PRIVATE.encode() not in raw and b"Samen de angstladder gemaakt" in raw
    # nor is it in a PDF of the workbook, made on the psychologist's side
    from rugschool_gui.export.pdf import build_workbook_pdf

    text = _pdf_text(build_workbook_pdf(s.ctx.store, s.ctx.workbook_id, lang="nl"))
    assert "Samen de angstladder gemaakt" in text and "Je stresssignalen noteren op 3 dagen" in text
    assert PRIVATE not in text and "Vermoeden" not in text

    # the patient's laptop: another database, the file read in, the role "patient"
    patient_db = tmp_path / "patient.sqlite3"
    handover.import_workbook(str(patient_db), file)
    s.window.close()
    p = startup("--database", str(patient_db))
    qtbot.addWidget(p.window)
    p.ctx.settings.role = "patient"
    show_active(qtbot, p.window)
    p.window.open_page("home")
    home = p.window.page("home")
    home.today = lambda: date.today()
    home.refresh()
    assert home.homework.isVisibleTo(home)
    [row] = [r for r in home.homework.rows if r.isVisibleTo(home)]
    assert row.text.text() == "Je stresssignalen noteren op 3 dagen — 0 van 3 · nog 3 dagen te gaan"
    assert "achterstand" not in row.text.text()

    def postpone(dialog):
        click(dialog.outside)
        type_into(dialog.text, "griep")
        save(dialog)

    modals.then(postpone)
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert row.text.text() == "Je stresssignalen noteren op 3 dagen — Uitgesteld: griep"
    [h] = repo.list_homework(p.ctx.store, p.ctx.workbook_id)
    assert (h.barrier_kind, h.barrier) == ("extern", "griep")
    assert row.button.text() == "Niet meer uitstellen"
    assert repo.list_consultations(p.ctx.store, p.ctx.workbook_id)[0].private_note == ""
    assert PRIVATE.encode() not in patient_db.read_bytes()
    assert PRIVATE not in _pdf_text(build_workbook_pdf(p.ctx.store, p.ctx.workbook_id, lang="nl"))


def test_the_patient_asks_a_question_for_next_time(startup, qtbot, modals):
    s = startup()
    qtbot.addWidget(s.window)
    s.ctx.settings.role = "patient"
    show_active(qtbot, s.window)
    s.window.open_page("consultations")
    page = s.window.page("consultations")
    assert not page.therapist and not page.new_consult.isVisible()

    def ask(dialog):
        type_into(dialog.text, "Mag ik weer zwemmen?")
        save(dialog)

    modals.then(ask)
    qtbot.mouseClick(page.ask, Qt.MouseButton.LeftButton)
    assert [q.text for q in repo.list_questions(s.ctx.store, s.ctx.workbook_id)] == ["Mag ik weer zwemmen?"]
    assert "Mag ik weer zwemmen? (open)" in page.questions.item(0).text()


def test_a_question_for_next_time_from_any_page_through_the_edit_menu(startup, qtbot, modals):
    s = startup()
    qtbot.addWidget(s.window)
    s.ctx.settings.role = "patient"
    show_active(qtbot, s.window)
    s.window.open_page("consultations")
    page = s.window.page("consultations")
    s.window.open_page("pacing")  # written down while planning the week
    action = s.window.act_ask
    assert action in s.window.menu_edit.actions() and action.text() == "&Vraag voor de volgende keer…"
    assert action.shortcut().toString() == "Ctrl+Shift+Q"

    def ask(dialog):
        assert dialog.windowTitle() == "Vraag voor de volgende keer"
        type_into(dialog.text, "Hoeveel pauzes per dag zijn genoeg?")
        save(dialog)

    modals.then(ask)
    action.trigger()
    assert [q.text for q in repo.list_questions(s.ctx.store, s.ctx.workbook_id)] == [
        "Hoeveel pauzes per dag zijn genoeg?"]
    s.window.open_page("consultations")  # it reloaded on its own: another page's change
    assert "Hoeveel pauzes per dag zijn genoeg? (open)" in page.questions.item(0).text()
    assert s.window.act_undo.isEnabled()


def test_the_role_is_asked_once_on_the_home_page(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    show_active(qtbot, s.window)
    home = s.window.page("home")
    assert s.ctx.settings.role == "" and home.role_question.isVisibleTo(home)
    assert home.role_question.choice.buttons["patient"].isChecked()  # one workbook: a patient's
    click(home.role_question.choice.buttons["therapist"])
    qtbot.mouseClick(home.role_question.confirm, Qt.MouseButton.LeftButton)
    assert s.ctx.settings.role == "therapist" and not home.role_question.isVisibleTo(home)


def test_the_patient_writes_a_smart_goal_and_it_is_printed(startup, qtbot, modals):
    s = startup()
    qtbot.addWidget(s.window)
    s.ctx.settings.role = "patient"
    show_active(qtbot, s.window)
    s.window.open_page("consultations")
    page = s.window.page("consultations")

    def goal(dialog):
        type_into(dialog.goal, "Weer met de fiets naar het werk")
        type_into(dialog.parts["measurable"], "Drie keer per week heen en terug")
        save(dialog)

    modals.then(goal)
    qtbot.mouseClick(page.new_goal, Qt.MouseButton.LeftButton)
    [g] = repo.list_goals(s.ctx.store, s.ctx.workbook_id)
    assert (g.rank, g.goal, g.measurable, g.author_role) == (1, "Weer met de fiets naar het werk",
                                                             "Drie keer per week heen en terug", "patient")
    assert page.goals.item(0).text() == "Weer met de fiets naar het werk\nMeetbaar: Drie keer per week heen en terug"
    from rugschool_gui.export.pdf import build_workbook_pdf

    text = _pdf_text(build_workbook_pdf(s.ctx.store, s.ctx.workbook_id, lang="nl"))
    assert "Mijn doelen" in text and "Weer met de fiets naar het werk" in text


def test_a_goal_that_follows_the_fear_ladder_shows_its_progress_on_the_page_and_in_the_pdf(startup, qtbot,
                                                                                             modals):
    from rugschool_gui.storage import exposure

    s = startup()
    qtbot.addWidget(s.window)
    s.ctx.settings.role = "patient"
    show_active(qtbot, s.window)
    store, wb = s.ctx.store, s.ctx.workbook_id
    exposure.add_item(store, wb, "Bukken", 40)
    exposure.add_item(store, wb, "Tillen van een krat", 90)
    s.window.open_page("consultations")
    page = s.window.page("consultations")

    def goal(dialog):
        type_into(dialog.goal, "Zelf de boodschappen dragen")
        choose(dialog.measure, "De hoogste stap van je angstladder")
        save(dialog)

    modals.then(goal)
    qtbot.mouseClick(page.new_goal, Qt.MouseButton.LeftButton)
    [g] = repo.list_goals(store, wb)
    assert g.measure == "top_step"
    assert page.goals.item(0).text() == ("Zelf de boodschappen dragen\n"
                                         "De hoogste stap van je angstladder komt nog")
    from rugschool_gui.export.pdf import build_workbook_pdf

    text = _pdf_text(build_workbook_pdf(store, wb, lang="nl"))
    assert "De hoogste stap van je angstladder komt nog" in text

    def keep(dialog):  # opening the goal again keeps its measure
        assert dialog.measure.currentData() == "top_step"
        save(dialog)

    page.goals.setCurrentRow(0)
    modals.then(keep)
    qtbot.mouseClick(page.edit_goal, Qt.MouseButton.LeftButton)
    assert repo.list_goals(store, wb)[0].measure == "top_step"
