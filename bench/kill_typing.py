"""kill -9 while typing (issue #18): what of the typed text is in the database afterwards.

    .venv/bin/python bench/kill_typing.py [--trials 12] [--seed 1] [--display :94]

Each trial starts the real app (``bench/typing_launch.py``: a real window under Xvfb with
openbox, the keyboard in a reflection answer), types a text key by key through the X server
(``xdotool``, at a person's pace: 60–160 ms between keys, a little more after a word, a pause
of 0.7–1.6 s after a sentence), and kills the app with SIGKILL 0.2–3 s after the first key of
the second sentence (spread evenly over the trials; the first one was saved in its pause). Then it reads the database: ``integrity_check``, the saved
answer (it must be the start of what was typed, never something else), how many characters were
lost and how long before the kill the oldest lost one was typed. The app writes an answer 0.6 s
after the last key (``ui/saving.DEBOUNCE_MS``) and at most 1 s after the first unsaved key
(``ui/saving.MAX_WAIT_MS``), so what is lost should be at most the last second of typing. Prints a line per trial and a summary; starts and stops its own Xvfb
unless ``--display`` names a running one. Needs Xvfb, openbox and xdotool.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ["Ik plan te veel op zaterdag.", "Dan wil ik alles inhalen.", "Zondag lig ik plat.",
             "Mijn rug protesteert dan.", "Volgende week doe ik het anders.", "Ik vraag hulp aan Jan."]


def rhythm(text: str, rng: random.Random) -> list[float]:
    """When each key of ``text`` is pressed, in seconds from the first."""
    at, out = 0.0, []
    for i, ch in enumerate(text):
        out.append(at)
        at += rng.uniform(0.06, 0.16)
        if ch == " ":
            at += rng.uniform(0.0, 0.25)
        if ch == "." and i + 1 < len(text):
            at += rng.uniform(0.7, 1.6)
    return out


def start_display(display: str) -> list[subprocess.Popen]:
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    wm = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=display), stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    return [wm, xvfb]


def launch(db: Path, home: Path, display: str) -> tuple[subprocess.Popen, str]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", RUGSCHOOL_HOME=str(home))
    app = subprocess.Popen([sys.executable, str(ROOT / "bench" / "typing_launch.py"), "--database", str(db)],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert app.stdout is not None
    for line in app.stdout:
        if line.startswith("typing_launch: ready"):
            return app, line.split()[-1]
    raise RuntimeError("the app did not start")


def saved_answer(db: Path, key: str) -> tuple[bool, str]:
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        row = con.execute("SELECT text FROM reflection_answer WHERE question = ? AND deleted_at IS NULL",
                          (key,)).fetchone()
        return ok, row[0] if row else ""
    finally:
        con.close()


def trial(offset: float, rng: random.Random, display: str, folder: Path) -> dict:
    db, home = folder / "werkboek.sqlite3", folder / "home"
    app, key = launch(db, home, display)
    time.sleep(0.5)
    text = " ".join(rng.sample(SENTENCES, 4))
    plan = rhythm(text, rng)
    # the first sentence and its pause are typed (and saved); the kill comes ``offset`` seconds
    # after the first key of the second sentence
    kill_at = plan[text.index(". ") + 2] + offset
    env = dict(os.environ, DISPLAY=display)
    sent: list[float] = []
    t0 = time.monotonic()
    for ch, at in zip(text, plan, strict=True):
        if at > kill_at:
            break
        delay = t0 + at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        subprocess.run(["xdotool", "type", "--delay", "0", ch], env=env, check=True)
        sent.append(time.monotonic() - t0)
    delay = t0 + kill_at - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    killed = time.monotonic() - t0
    os.kill(app.pid, signal.SIGKILL)
    app.wait()
    ok, saved = saved_answer(db, key)
    typed = text[:len(sent)]
    lost = len(typed) - len(saved) if typed.startswith(saved) else None
    oldest = killed - sent[len(saved)] if lost else 0.0
    quiet = killed - sent[-1] if sent else killed
    return {"kill_at": killed, "typed": len(typed), "saved": len(saved), "lost": lost, "oldest_lost_s": oldest,
            "quiet_before_kill_s": quiet, "intact": ok and lost is not None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--display", help="a running X server to use (else Xvfb on :94 is started)")
    args = ap.parse_args()
    display = args.display or ":94"
    started = [] if args.display else start_display(display)
    rng = random.Random(args.seed)
    results = []
    try:
        for i in range(args.trials):
            offset = 0.2 + (3.0 - 0.2) * i / max(1, args.trials - 1)
            with tempfile.TemporaryDirectory() as tmp:
                r = trial(offset, rng, display, Path(tmp))
            results.append(r)
            print(f"trial {i + 1:2d}: killed {offset:.2f} s into the 2nd sentence ({r['kill_at']:.2f} s), typed {r['typed']:3d} keys, saved {r['saved']:3d}, "
                  f"lost {r['lost']} (oldest typed {r['oldest_lost_s']:.2f} s before the kill; last key "
                  f"{r['quiet_before_kill_s']:.2f} s before), database {'intact' if r['intact'] else 'NOT INTACT'}",
                  flush=True)
    finally:
        for proc in started:
            proc.terminate()
            proc.wait()
    worst = max(results, key=lambda r: r["oldest_lost_s"])
    print(f"{len(results)} kills: {sum(r['lost'] or 0 for r in results)} keys lost of "
          f"{sum(r['typed'] for r in results)} typed; worst oldest lost key {worst['oldest_lost_s']:.2f} s before "
          f"the kill; every database intact and every saved text the start of what was typed: "
          f"{all(r['intact'] for r in results)}")


if __name__ == "__main__":
    main()
