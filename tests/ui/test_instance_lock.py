"""One instance per database: a second start is told kindly; a crashed owner's lock is taken over."""

import os
import signal
import subprocess
import sys
import textwrap

from PySide6.QtCore import QLockFile

from rugschool_gui.cli import parse_args
from rugschool_gui.ui.startup import Startup

from .driving import press, read_into


def test_second_start_on_same_database_is_refused_kindly(startup, qapp, db_path, modals):
    first = startup()
    shown = []
    modals.then(read_into(shown))  # the box appears before the second start has a window
    second = Startup(qapp, parse_args(["--database", str(db_path)]))
    assert second.prepare() is False
    assert shown and "al geopend" in shown[0]
    assert first.window is not None


def test_stale_lock_of_killed_process_is_taken_over(tmp_path):
    lock_path = tmp_path / "werkboek.sqlite3.lock"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        from PySide6.QtCore import QLockFile
        import sys, time
        lock = QLockFile({str(lock_path)!r})
        assert lock.tryLock(0)
        print("locked", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)
    assert lock.tryLock(500)
    lock.unlock()


def _scramble_middle_page(db_path, fill, table: str | None = None) -> None:
    """Write ``fill(store)`` rows, then overwrite one b-tree page in the middle of the file
    (or, given ``table``, the middle page of that table's own b-tree)."""
    import sqlite3

    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage.migrate import upgrade_if_needed

    upgrade_if_needed(db_path)
    store = Store(db_path)
    fill(store)
    store.close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    if table is None:
        middle = (pages // 2) * page_size
    else:
        own = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                                         "ORDER BY pageno", (table,))]
        middle = (own[len(own) // 2] - 1) * page_size
    con.close()
    data = bytearray(db_path.read_bytes())
    data[middle:middle + page_size] = b"\xa5" * page_size
    db_path.write_bytes(bytes(data))


def test_damage_deep_inside_is_found_after_the_first_paint(startup, db_path, no_modal_boxes):
    """The pre-paint look reads header, schema and workbook list; the full check follows."""
    from rugschool_gui.storage import exposure
    from rugschool_gui.storage.workbooks import create_workbook

    def fill(store):
        wb = create_workbook(store, "Anna")
        for n in range(10):
            exposure.add_item(store, wb.id, f"Stap {n} " + "x" * 150, n * 10)

    _scramble_middle_page(db_path, fill)
    startup()
    assert any("beschadigde stukken" in m for m in no_modal_boxes)


def _damaged_workbook_list(db_path) -> bytes:
    from rugschool_gui.storage.workbooks import create_workbook

    _scramble_middle_page(db_path, lambda store: [
        create_workbook(store, f"Werkboek {i:03d} " + "x" * 60) for i in range(300)], table="workbook")
    return db_path.read_bytes()


def _offer(seen: list, choice: str):
    """A step for the start-up box: read its text and buttons, then press ``choice``."""
    def step(box):
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        press(box, choice)
    return step


def test_damaged_workbook_list_offers_a_fresh_start_instead_of_crashing(qapp, data_home, db_path, modals):
    before = _damaged_workbook_list(db_path)
    offered = []
    modals.then(_offer(offered, "Afsluiten"))  # answered while prepare() waits, before any window
    s = Startup(qapp, parse_args(["--database", str(db_path)]))
    assert s.prepare() is False  # the person chose to quit: nothing was touched
    assert len(offered) == 1
    text, buttons = offered[0]
    assert "beschadigd" in text and str(db_path) in text
    assert sorted(buttons) == ["Afsluiten", "Opnieuw beginnen"]  # no backup yet: none offered
    assert s.window is None
    assert db_path.read_bytes() == before and not list(db_path.parent.glob("*onbruikbaar*"))
    s.lock.release()


def test_starting_afresh_sets_the_damaged_file_aside(qapp, data_home, db_path, modals):
    from rugschool_gui.storage.workbooks import list_workbooks

    before = _damaged_workbook_list(db_path)
    offered = []
    modals.then(_offer(offered, "Opnieuw beginnen"))
    s = Startup(qapp, parse_args(["--database", str(db_path)]))
    assert s.prepare()
    assert len(offered) == 1
    kept = list(db_path.parent.glob(f"{db_path.stem}.onbruikbaar-*{db_path.suffix}"))
    assert len(kept) == 1 and kept[0].read_bytes() == before  # never deleted: set aside, unchanged
    assert [w.name for w in list_workbooks(s.ctx.store)] == ["Mijn werkboek"]
    s.window.close()
    s.shutdown()
    s.window.deleteLater()


def test_the_same_file_through_a_hard_link_is_refused(startup, qapp, db_path, tmp_path, modals):
    """The lock belongs to the file, not its name: two instances never write one file."""
    first = startup()
    other_name = tmp_path / "elders" / "kopie-van-naam.sqlite3"
    other_name.parent.mkdir()
    os.link(db_path, other_name)
    shown = []
    modals.then(read_into(shown))
    second = Startup(qapp, parse_args(["--database", str(other_name)]))
    assert second.prepare() is False
    assert shown and "al geopend" in shown[0]
    assert first.window is not None


def test_a_damaged_or_foreign_lock_file_is_no_lock_out(startup, qapp, db_path, modals):
    from rugschool_gui.storage.migrate import upgrade_if_needed

    upgrade_if_needed(db_path)
    lock_file = db_path.with_name(db_path.name + ".lock")
    lock_file.write_text("4242\nrugschool\nandere-computer\n", encoding="utf-8")  # a crash elsewhere
    asked = []

    def open_here(box):
        asked.append(box.text())
        press(box, "Hier openen")

    modals.then(open_here)
    s = startup()
    assert asked and "andere-computer" in asked[0] and "niet netjes" in asked[0]
    assert s.window is not None and "andere-computer" not in lock_file.read_text(encoding="utf-8")


def test_a_garbage_lock_file_can_be_left_alone(qapp, data_home, db_path, modals):
    from rugschool_gui.storage.migrate import upgrade_if_needed

    upgrade_if_needed(db_path)
    lock_file = db_path.with_name(db_path.name + ".lock")
    lock_file.write_bytes(b"\x00\xff garbage")
    modals.then(lambda box: press(box, "Niet openen"))
    s = Startup(qapp, parse_args(["--database", str(db_path)]))
    assert s.prepare() is False and lock_file.read_bytes() == b"\x00\xff garbage"
