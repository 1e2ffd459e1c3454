"""A full disk while typing (issue #18): what happens to the typed text, how often the app tries
again, and that nothing is lost once there is room again.

    .venv/bin/python bench/full_disk.py [--size-mb 4] [--display :94]

Needs root (or CAP_SYS_ADMIN) to mount a small tmpfs, and Xvfb, openbox, xdotool and
ImageMagick's ``import`` (screenshots). The database lies on the tmpfs; the app's data folder
(logs, backups) does not. The real app (``bench/typing_launch.py``) gets a sentence typed and
saved; then a file fills the tmpfs to the last byte, more sentences are typed (real keys),
the "not saved" message is closed with Enter, and after a while the filler is removed. Prints
what the database holds at each step, how many saves failed and were tried again (the log's
"saving failed" lines: the log never holds the text), how long after space returned the text
was in the database, and what it holds after the app was closed normally (Alt+F4).
"""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kill_typing import launch, start_display

FIRST, SECOND, THIRD = "Ik plan te veel op zaterdag.", " Dan wil ik alles inhalen.", " Zondag lig ik plat."


def fill(folder: Path) -> int:
    """Write a file until the filesystem is full to the last byte; returns the bytes written."""
    written = 0
    with open(folder / "filler", "wb", buffering=0) as f:
        for size in (1 << 16, 1 << 12, 512, 1):
            while True:
                try:
                    written += f.write(b"\0" * size)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    return written


def answer(db: Path, key: str) -> str:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT text FROM reflection_answer WHERE question = ? AND deleted_at IS NULL",
                          (key,)).fetchone()
        return row[0] if row else ""
    except sqlite3.OperationalError as exc:  # the reader itself may need room for the -shm file
        return f"<not readable: {exc}>"
    finally:
        con.close()


def failures(home: Path) -> int:
    log = home / "logs" / "rugschool.log"
    return log.read_text(errors="replace").count("saving failed") if log.exists() else 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=4)
    ap.add_argument("--display", help="a running X server (else Xvfb on :94 is started)")
    ap.add_argument("--shots", help="folder for screenshots")
    args = ap.parse_args()
    display = args.display or ":94"
    work = Path(tempfile.mkdtemp(prefix="fulldisk-"))
    disk, home = work / "disk", work / "home"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={args.size_mb}m,mode=0700", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        print(f"cannot mount a tmpfs here ({mounted.stderr.strip()}): run as root, or see "
              "tests/ui/test_disk_faults.py, which injects ENOSPC where the write happens")
        raise SystemExit(2)
    started = [] if args.display else start_display(display)
    env = dict(os.environ, DISPLAY=display)

    def keys(text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "90", text], env=env, check=True)

    def shot(name: str) -> None:
        if args.shots:
            subprocess.run(["import", "-window", "root", str(Path(args.shots) / f"full_disk_{name}.png")], env=env)

    db = disk / "werkboek.sqlite3"
    app = None
    try:
        app, key = launch(db, home, display)
        time.sleep(0.5)
        keys(FIRST)
        time.sleep(1.5)
        print(f"typed and saved:            {answer(db, key)!r}")
        filled = fill(disk)
        print(f"filled the {args.size_mb} MB tmpfs: {filled / 1024:.0f} KB written, "
              f"{os.statvfs(disk).f_bavail} blocks free")
        keys(SECOND)
        time.sleep(2.0)
        shot("told")
        print(f"disk full, typed more:      database {answer(db, key)!r}; failed saves so far {failures(home)}")
        subprocess.run(["xdotool", "key", "Return"], env=env, check=True)  # close "Niet opgeslagen"
        time.sleep(0.5)
        keys(THIRD)
        time.sleep(2.0)
        print(f"typed on (next edit):       database {answer(db, key)!r}; failed saves so far {failures(home)}")
        time.sleep(11.0)
        shot("waiting")
        print(f"after 11 s (retry timer):   database {answer(db, key)!r}; failed saves so far {failures(home)}")
        (disk / "filler").unlink()
        freed = time.monotonic()
        while answer(db, key) != FIRST + SECOND + THIRD and time.monotonic() - freed < 15:
            time.sleep(0.2)
        took = time.monotonic() - freed
        print(f"space freed: after {took:.1f} s the database holds {answer(db, key)!r}; "
              f"{failures(home)} failed saves in all")
        shot("saved")
        subprocess.run(["xdotool", "key", "alt+F4"], env=env, check=True)
        try:
            app.wait(timeout=15)
        except subprocess.TimeoutExpired:
            shot("close")
            print("the app did not close within 15 s (a question open?)")
        con = sqlite3.connect(db)
        ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
        text = answer(db, key)
        log = (home / "logs" / "rugschool.log").read_text(errors="replace") if (home / "logs").exists() else ""
        print(f"after closing: {text!r}, complete: {text == FIRST + SECOND + THIRD}, integrity ok: {ok}, "
              f"typed text in the log: {any(s.strip(' .') in log for s in (FIRST, SECOND, THIRD))}")
    finally:
        if app is not None and app.poll() is None:
            app.kill()
            app.wait()
        subprocess.run(["umount", str(disk)], check=False)
        for proc in started:
            proc.terminate()
            proc.wait()


if __name__ == "__main__":
    main()
