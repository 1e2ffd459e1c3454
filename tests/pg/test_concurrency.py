"""Two clinicians' apps on the same workbook: a write to a row changed by the other since it was
read is refused (a Conflict), never a silent overwrite; after a reload it goes through."""

from __future__ import annotations

import pytest

from rugschool_gui.operations import exposure as exposure_ops
from rugschool_gui.storage import errors, exposure
from rugschool_gui.storage.db import Database
from rugschool_gui.storage.exposure import FearItemRow


@pytest.fixture
def two_apps(pg_url, workbook):
    first, second = Database(pg_url), Database(pg_url)
    item = exposure.add_item(first, workbook.id, "Bukken", 40)
    yield first, second, item
    first.close()
    second.close()


def _label(db: Database, workbook_id: str, item_id: str) -> str:
    return next(i.label for i in exposure.load_hierarchy(db, workbook_id).items if i.id == item_id)


def test_a_change_made_on_a_page_read_before_a_colleagues_change_is_a_conflict(two_apps, workbook):
    first, second, item = two_apps
    assert _label(second, workbook.id, item.id) == "Bukken"  # the second app's page shows it
    exposure.update_item(first, workbook.id, item.id, label="Bukken naar de vaatwasser")
    with pytest.raises(errors.Conflict) as refused:
        exposure.update_item(second, workbook.id, item.id, label="Bukken om iets op te rapen")
    assert refused.value.kind == "conflict"
    assert _label(first, workbook.id, item.id) == "Bukken naar de vaatwasser"  # nothing overwritten
    # the reload shows the colleague's words; a change made after it is written
    assert _label(second, workbook.id, item.id) == "Bukken naar de vaatwasser"
    exposure.update_item(second, workbook.id, item.id, label="Bukken, ook laag")
    assert _label(first, workbook.id, item.id) == "Bukken, ook laag"


def test_an_operation_is_refused_whole(two_apps, workbook):
    first, second, item = two_apps
    exposure.load_hierarchy(second, workbook.id)
    exposure.update_item(first, workbook.id, item.id, label="Anders")
    with pytest.raises(errors.Conflict):
        exposure_ops.relabel_item(second, workbook.id, item.id, "Nog anders")
    assert _label(first, workbook.id, item.id) == "Anders"


def test_two_transactions_at_the_same_moment_the_second_write_is_a_conflict(two_apps, workbook):
    first, second, item = two_apps

    def write_while_the_other_commits() -> None:
        with first.transaction() as session:
            row = session.get(FearItemRow, item.id)  # the first one's snapshot starts here
            assert row is not None
            exposure.update_item(second, workbook.id, item.id, label="Tweede")  # committed meanwhile
            row.label = "Eerste"

    with pytest.raises(errors.Conflict):
        write_while_the_other_commits()
    assert _label(second, workbook.id, item.id) == "Tweede"


def test_rows_nobody_else_touched_are_written_as_always(two_apps, workbook):
    first, second, item = two_apps
    other = exposure.add_item(first, workbook.id, "Tillen", 60)
    exposure.load_hierarchy(second, workbook.id)
    exposure.update_item(first, workbook.id, item.id, label="Bukken diep")
    exposure.update_item(second, workbook.id, other.id, label="Tillen van een krat")
    assert _label(first, workbook.id, other.id) == "Tillen van een krat"
    assert _label(first, workbook.id, item.id) == "Bukken diep"


def test_in_the_window_a_conflict_is_said_kindly_and_every_page_reloads(qapp, two_apps, workbook, tmp_path):
    from rugschool_gui.ui.appsettings import AppSettings
    from rugschool_gui.ui.context import Hub, PageContext

    first, _second, item = two_apps
    ctx = PageContext(url=first.url, hub=Hub(), settings=AppSettings(tmp_path), workbook_id=workbook.id)
    said: list[str] = []
    reloads: list[str] = []
    ctx.hub.save_failed.connect(said.append)
    ctx.hub.data_changed.connect(reloads.append)
    exposure.load_hierarchy(ctx.store, workbook.id)  # what the window's page shows
    exposure.update_item(first, workbook.id, item.id, label="Van de collega")
    assert ctx.run(exposure_ops.relabel_item, item.id, "Van mij") is None
    assert said and "Iemand anders heeft dit net gewijzigd" in said[0]
    assert reloads == [""]  # every page shows the colleague's version again
    assert not ctx.history.can_undo(workbook.id)  # nothing recorded: nothing was written
    assert _label(first, workbook.id, item.id) == "Van de collega"
    ctx.store.close()
