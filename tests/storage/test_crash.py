"""Nothing is lost: a writer killed with SIGKILL mid-run keeps every committed edit."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from rugschool_gui.storage.db import Store
from rugschool_gui.storage.migrate import upgrade_if_needed
from rugschool_gui.storage.workbooks import list_workbooks

WRITER = textwrap.dedent("""
    import sys
    from rugschool_gui.storage.db import Store
    from rugschool_gui.storage import workbooks as repo
    store = Store(sys.argv[1])
    wb = repo.create_workbook(store, f"Schrijver {sys.argv[2]}")
    i = 0
    while True:
        i += 1
        repo.rename_workbook(store, wb.id, f"Schrijver {sys.argv[2]} versie {i}")
        repo.create_workbook(store, f"Schrijver {sys.argv[2]} boek {i}")
        print(i, flush=True)   # printed only after both commits returned
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("round_", range(3))
def test_sigkill_loses_no_committed_edit(db_path, round_):
    upgrade_if_needed(db_path)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(round_)],
                            stdout=subprocess.PIPE, text=True)
    confirmed = 0
    for line in proc.stdout:
        confirmed = int(line)
        if confirmed >= 40 + 17 * round_:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = Store(db_path)
    try:
        assert store.integrity_check() == "ok"
        names = {w.name for w in list_workbooks(store)}
        for i in range(1, confirmed + 1):
            assert f"Schrijver {round_} boek {i}" in names
        renamed = [n for n in names if n.startswith(f"Schrijver {round_} versie ")]
        assert len(renamed) == 1
        assert int(renamed[0].rsplit(" ", 1)[1]) >= confirmed
    finally:
        store.close()
