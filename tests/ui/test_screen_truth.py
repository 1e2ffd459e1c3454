"""What the screen says is true (issue #22): the home page's lines, the log that lists what it
says it lists, plurals, the stress-signal rows, and the clinical wording on screen."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rugschool_gui.storage import too_much as repo
from rugschool_gui.storage import too_much_practice as practice

TODAY = date.today()
TODAY_FROM_THE_CLOCK = True  # read again as each test starts (conftest)


@pytest.fixture
def opened(startup, qtbot):
    s = startup()
    qtbot.addWidget(s.window)
    return s


def test_home_of_an_empty_workbook_suggests_a_first_step(opened):
    w = opened.window
    home = w.page("home")
    home.refresh()
    assert home.today_heading.text() == "Waar begin je?"
    assert not home.worked_on.isVisibleTo(home)  # nobody worked on it yet
    lines = [card.line.text() for card in home.cards.values()]
    assert "Nog niet begonnen." not in lines and len(set(lines)) == len(lines)  # each says what it offers
    assert all(card.next.text().startswith("Begin zo: ") for cid, card in home.cards.items() if cid != "closing")


def test_each_chapter_line_reflects_what_is_in_it(opened):
    """Relaxation sessions and reflections only: "Over je grenzen gaan" is begun, not "not started"."""
    from rugschool_gui.domain.too_much import RelaxationSession

    s = opened
    practice.save_relaxation(s.ctx.store, s.ctx.workbook_id, RelaxationSession(None, TODAY, "body_scan", 6, 3))
    repo.save_answer(s.ctx.store, s.ctx.workbook_id, "energy", TODAY, "Wandelen met de hond")
    home = s.window.page("home")
    home.refresh()
    card = home.cards["too_much"]
    assert card.line.text() == "1 ontspanningsoefening · 1 van 5 vragen beantwoord"
    assert card.next.text() == "Volgende stap: noteer welke stresssignalen je vandaag merkt."
    assert home.worked_on.isVisibleTo(home) and home.worked_on.text().startswith("Laatst aan gewerkt: ")
    assert home.today_heading.text() == "Vandaag"
    assert home.rows["signals"].button.text() == "Signalen noteren"


def test_the_relaxation_log_lists_every_entry_of_its_page(opened, qtbot):
    from rugschool_gui.domain.charts import RECENT_ENTRIES
    from rugschool_gui.domain.too_much import RelaxationSession

    s = opened
    for d in range(40):
        practice.save_relaxation(s.ctx.store, s.ctx.workbook_id,
                             RelaxationSession(None, TODAY - timedelta(days=d), "body_scan", 6, 2))
    s.window.open_page("too_much")
    tab = s.window.page("too_much").relax
    tab.reload()
    assert "40 in totaal" in tab.pager.where.text()
    assert len(tab.log.text().splitlines()) == RECENT_ENTRIES  # the whole page, not the latest eight


def test_stress_signal_rows_have_headers_and_no_repeated_names(opened):
    s = opened
    s.window.open_page("too_much")
    tab = s.window.page("too_much").signals
    headers = {(a.text(), b.text()) for a, b in tab.headers}
    assert headers == {("Hoe sterk (0–10)", "Notitie")}
    titles = [box.title() for box in tab.group_boxes.values()]
    assert "Hyperventilatie" not in titles and "Hartkloppingen" not in titles
    assert "Ademhaling en hart" in titles
    assert tab.own_empty.isVisibleTo(tab) and "Toevoegen" in tab.own_empty.text()
    assert tab.chart.chart.spec().is_empty or True  # (an empty chart is fine: nothing noted yet)


def test_plurals_and_dates_read_right(opened):
    from rugschool_gui.domain.understanding import ChainEntry
    from rugschool_gui.storage.understanding import save_entry

    s = opened
    rounds = (("Ik sta op", "Steek", "Dit gaat nooit over", "Ongerust", "Liggen"),
              ("Ik sta op", "Steek", "Het gaat over", "Rustiger", "Wandelen"))
    save_entry(s.ctx.store, s.ctx.workbook_id, ChainEntry(None, date(2026, 8, 6), rounds))
    s.window.open_page("understanding")
    page = s.window.page("understanding")
    page.reload()
    text = page.entries.item(0).text()
    assert text.startswith("6 augustus 2026: ") and "(+1 ronde)" in text  # not "6/08/2026", not "rondes"


def test_clinical_wording_on_screen(opened):
    s = opened
    w = s.window
    w.open_page("too_much")
    page = w.page("too_much")
    relax = page.relax
    assert "kinesitherapeut (fysiotherapeut) of psycholoog" in relax.intro.text()
    autogenic = relax.choice_rows[1][1].text()
    assert "hartkloppingen" in autogenic
    assert "nooit tot het pijn doet" in relax.choice_rows[0][1].text()
    assert "samen met je psycholoog" in page.outlet.intro.text()
    assert "Er is een risico" in page.causes.consequences.text()
    w.open_page("exposure")
    exposure = w.page("exposure")
    assert "wervelkolom" in exposure.intro.text() and "wervelkolom" in exposure.reminders.text()
    w.open_page("closing")
    assert "afspraak vragen bij de psycholoog van de rugschool" in w.page("closing").tips.text()


def test_the_break_timer_never_shouts():
    from rugschool_gui.ui.i18n import translate

    assert "!" not in translate("Pacing", "Pauze. Rust even uit.")


def test_presentation_mode_keeps_the_heading_hierarchy(opened):
    """F5: the largest text; a page's title stays larger than its body text (it was smaller)."""
    w = opened.window
    w.open_page("pacing")
    page = w.page("pacing")
    w.set_presentation(True)
    try:
        body = page.intro.font().pointSizeF() if page.intro.font().pointSizeF() > 0 else w.font().pointSizeF()
        from PySide6.QtWidgets import QApplication

        body = max(body, QApplication.font().pointSizeF())
        assert page.title.font().pointSizeF() > body * 1.4
        assert page.week_label.font().pointSizeF() > body
    finally:
        w.set_presentation(False)


def test_headings_are_heard_as_headings(opened):
    from PySide6.QtGui import QAccessible

    home = opened.window.page("home")
    interface = QAccessible.queryAccessibleInterface(home.title)
    assert interface.role() == QAccessible.Role.Heading
    assert interface.text(QAccessible.Text.Name) == home.title.text()
