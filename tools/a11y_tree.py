#!/usr/bin/python3
"""Dump the running workbook app's accessibility tree as a Linux screen reader (Orca) sees it.

Run it with Debian's *system* Python, which has ``pyatspi`` (``apt-get install python3-pyatspi``),
not with the project's venv, while the app runs on the same session D-Bus with Qt's AT-SPI bridge
switched on::

    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 .venv/bin/python tools/a11y_launch.py --page pacing &
    /usr/bin/python3 tools/a11y_tree.py [--app Rugschool] [--wait 30] [--visit-tabs] [--tab-order 150]

(``main.py`` works too but always opens the home page; ``tools/a11y_launch.py --page PAGE`` opens
PAGE once the window is up.)

``tools/a11y_check.sh OUTDIR`` does all of it headless (Xvfb + a private D-Bus session + the AT-SPI
bus) for every page and writes one dump per page.

What is printed:

* the tree, one node per line, indented: ``role 'name'  desc='…'  [F S]  #id``. ``F`` = focusable,
  ``S`` = showing; other interesting states follow. ``#id`` is Qt's AT-SPI ``AccessibleId``: the
  widget's accessibleIdentifier, or else the chain of objectNames / class names from the app down
  (leading ``QApplication.`` dropped). ``text=`` shows the start of a text/document's content
  when it is not already the name, ``labelled-by=`` the label a screen reader falls back to.
* ``UNNAMED FOCUSABLE CONTROLS``: every focusable *and* showing node whose accessible name is
  empty (table cells are counted apart: an empty cell is normal), with its nearest named
  ancestors (``in:``), the named node just before it in reading order (``after:``, usually its
  visible label), its id, and any labelled-by relation (Orca reads that label when the name is empty;
  Qt deliberately names a combo box after its current value on Linux and relies on it).
  A combo box's closed popup list (Qt's own, unnamed; its items carry the names) is left out.
* ``DUPLICATE NAMES``: focusable, showing nodes with the same name in the same window (cells are
  left out; list/tree items are compared within their own list only; a tab bar is left out: Qt
  names it after its current tab).
* ``SUSPECT RAW MARKUP``: names or texts that look like unrendered Markdown/HTML (``## ``, ``**``,
  ``](``, ``<p>``…), i.e. what a screen reader would read out literally.

``--visit-tabs`` presses every page tab in turn (AT-SPI action) and dumps the tree again for each,
so controls on tabs that are not in front are checked too (one level of tabs; the app has no
nested tab widgets). ``--include-hidden`` also lists unnamed focusable nodes that are not showing.

``--tab-order N`` (needs ``xdotool`` and an X display: Xvfb is fine) gives the window the X input
focus and presses Tab up to N times, logging every AT-SPI focus event: the real keyboard path and
the name Orca speaks on each stop (``TAB ORDER`` / ``UNNAMED TAB STOPS``). It stops when the focus
comes round again. A Tab the focused control keeps (a multi-line edit inserting a tab, which is
taken back with BackSpace) or that walks cell by cell through a view is reported as
``TAB TRAPPED``, and the walk goes on from the next control via AT-SPI ``grabFocus``. This *types*
into the app: use a throwaway data folder. With ``--visit-tabs`` it is done on every page tab.
``A11Y_DEBUG=1`` prints the raw focus events on stderr.

``--press NAME`` (repeatable) presses every showing control whose name starts with NAME, once, in
every state walked, before dumping: to reach states behind a switch, e.g. ``--press 'Toon als tabel'``
(charts shown as tables) or ``--press 'Begin de oefening'`` (the running relaxation guide).

``--max-children`` (default 400) caps how many children of one node are walked (a table of 200
workbooks has thousands of cells); the dump says how many were left out.

Exit status: 0 = every focusable, showing control (and every Tab stop) has a name; 1 = at least one
has none; 2 = the application was not found on the accessibility bus (or its tree stayed empty).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field

try:
    import pyatspi
except ImportError:  # pragma: no cover - the venv has no pyatspi
    sys.exit("a11y_tree.py needs pyatspi: run it with /usr/bin/python3 (apt-get install python3-pyatspi)")

#: roles whose empty name is normal (the cell's content is empty); counted, not flagged
CELL_ROLES = {"table cell", "table row header", "table column header", "column header", "row header"}
#: roles compared for duplicates only inside their own container
ITEM_ROLES = {"list item", "tree item", "table cell", "page tab"}
WINDOW_ROLES = {"frame", "dialog", "window", "alert", "file chooser", "file-chooser"}
EXTRA_STATES = ("focused", "selected", "checked", "pressed", "editable", "read only", "enabled")
MARKUP = re.compile(
    r"(^|\n)\s{0,3}#{1,6} "                         # a heading: "## Title"
    r"|\*\*[^*\n]+\*\*|__[^_\n]+__"                # bold
    r"|\]\([^)\s]*\)"                              # a link: [text](url)
    r"|`[^`\n]+`"                                   # code
    r"|</?(p|b|i|em|strong|h\d|br|ul|ol|li|a|span|div|table|tr|td)\b[^>]*>"  # HTML tags
    r"|(^|\n)\s*[-*+] \S[^\n]*\n\s*[-*+] \S"           # two "- " list lines in a row
    r"|(^|\n)\s*\d+\. \S[^\n]*\n\s*\d+\. \S")         # two "1. " list lines in a row


@dataclass
class Node:
    acc: object
    role: str
    name: str
    desc: str
    states: set[str]
    acc_id: str
    depth: int
    parent: Node | None
    window: Node | None
    index_path: tuple[int, ...]
    text: str = ""
    labelled_by: list[str] = field(default_factory=list)
    children_skipped: int = 0
    #: the nearest named node before this one in reading (tree) order: usually its visible label
    after: str = ""

    @property
    def focusable(self) -> bool:
        return "focusable" in self.states

    @property
    def showing(self) -> bool:
        return "showing" in self.states

    def named_ancestors(self, limit: int = 4) -> str:
        names = []
        p = self.parent
        while p is not None and p.role != "application":
            if p.name.strip():
                names.append(f"{p.role} {clip(p.name, 50)!r}")
            p = p.parent
        names.reverse()
        if len(names) > limit:
            names = names[:1] + ["…"] + names[-(limit - 1):]
        return " › ".join(names) or "(none)"


def clip(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def safe(fn, default=""):
    try:
        value = fn()
    except Exception:  # noqa: BLE001 - a dying or busy widget must not stop the dump
        return default
    return default if value is None else value


def read_node(acc, depth: int, parent: Node | None, window: Node | None, index_path: tuple[int, ...]) -> Node:
    role = safe(acc.getRoleName, "?")
    state_set = safe(acc.getState, None)
    states = set()
    if state_set is not None:
        states = {pyatspi.stateToString(s) for s in safe(state_set.getStates, [])}
    acc_id = safe(lambda: acc.accessibleId, "")
    if acc_id.startswith("QApplication."):
        acc_id = acc_id[len("QApplication."):]
    node = Node(acc=acc, role=role, name=safe(lambda: acc.name), desc=safe(lambda: acc.description),
                states=states, acc_id=acc_id, depth=depth, parent=parent, window=window, index_path=index_path)
    if role in ("text", "entry", "paragraph", "document frame", "document text", "terminal", "password text",
                "label", "heading", "static") or "editable" in states:
        text_if = safe(acc.queryText, None)
        if text_if is not None:
            node.text = safe(lambda: text_if.getText(0, -1))
    for rel in safe(acc.getRelationSet, []):
        if safe(rel.getRelationType, None) == pyatspi.RELATION_LABELLED_BY:
            for i in range(safe(rel.getNTargets, 0)):
                target = safe(lambda: rel.getTarget(i), None)
                if target is not None:
                    node.labelled_by.append(safe(lambda: target.name))
    return node


def walk(app, max_children: int, max_depth: int) -> list[Node]:
    nodes: list[Node] = []
    last_named = [""]

    def visit(acc, depth, parent, window, index_path):
        node = read_node(acc, depth, parent, window, index_path)
        if window is None and node.role in WINDOW_ROLES and parent is not None and parent.role == "application":
            window = node
            last_named[0] = ""
        node.window = window
        node.after = last_named[0]
        if node.name.strip() and node.showing and node.role != "application" and node is not window:
            last_named[0] = f"{node.role} {clip(node.name, 40)!r}"
        nodes.append(node)
        if depth >= max_depth:
            return
        count = safe(lambda: acc.childCount, 0)
        if count > max_children:
            node.children_skipped = count - max_children
            count = max_children
        for i in range(count):
            child = safe(lambda: acc.getChildAtIndex(i), None)
            if child is not None:
                visit(child, depth + 1, node, window, index_path + (i,))

    visit(app, 0, None, None, ())
    return nodes


def find_app(pattern: str, wait: float):
    deadline = time.monotonic() + wait
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(safe(lambda: desktop.childCount, 0)):
            app = safe(lambda: desktop.getChildAtIndex(i), None)
            # a window with content, not just the bare application object
            if (app is not None and pattern.lower() in safe(lambda: app.name).lower()
                    and safe(lambda: app.childCount, 0) > 0 and safe(lambda: app.getChildAtIndex(0).childCount, 0) > 0):
                return app
        if time.monotonic() > deadline:
            return None
        time.sleep(0.5)


def settle(app, max_children: int, max_depth: int, wait: float) -> list[Node]:
    """Walk until two walks in a row see the same number of nodes (pages load after first paint)."""
    deadline = time.monotonic() + wait
    previous = -1
    while True:
        nodes = walk(app, max_children, max_depth)
        if len(nodes) == previous or time.monotonic() > deadline:
            return nodes
        previous = len(nodes)
        time.sleep(1.0)


def state_flags(node: Node) -> str:
    flags = ("F" if node.focusable else "-") + (" S" if node.showing else " -")
    extra = [s for s in EXTRA_STATES if s in node.states and s != "enabled"]
    if "enabled" not in node.states and "sensitive" not in node.states:
        extra.append("disabled")
    return f"[{flags}{(' ' + ','.join(extra)) if extra else ''}]"


def print_tree(nodes: list[Node], out) -> None:
    for n in nodes:
        parts = [f"{'  ' * n.depth}{n.role} {clip(n.name, 100)!r}"]
        if n.desc:
            parts.append(f"desc={clip(n.desc, 80)!r}")
        parts.append(state_flags(n))
        if n.text and n.text.strip() != n.name.strip():
            parts.append(f"text={clip(n.text, 80)!r}")
        if n.labelled_by:
            parts.append(f"labelled-by={[clip(x, 40) for x in n.labelled_by]!r}")
        if n.acc_id:
            parts.append(f"#{n.acc_id}")
        print("  ".join(parts), file=out)
        if n.children_skipped:
            print(f"{'  ' * (n.depth + 1)}… {n.children_skipped} more children not walked (--max-children)", file=out)


def describe(n: Node) -> str:
    bits = [n.role + ("" if ("enabled" in n.states or "sensitive" in n.states) else " [disabled]")]
    if n.name.strip():
        bits.append(repr(clip(n.name, 60)))
    bits.append(f"in: {n.named_ancestors()}")
    if n.after:
        bits.append(f"after: {n.after}")
    if n.desc:
        bits.append(f"desc={clip(n.desc, 60)!r}")
    if n.labelled_by:
        bits.append(f"labelled-by={[clip(x, 40) for x in n.labelled_by]!r}")
    if n.text.strip() and n.text.strip() != n.name.strip():
        bits.append(f"text={clip(n.text, 40)!r}")
    if n.acc_id:
        bits.append(f"#{n.acc_id}")
    return "  ".join(bits)


@dataclass
class Findings:
    unnamed: dict[str, Node] = field(default_factory=dict)
    unnamed_hidden: dict[str, Node] = field(default_factory=dict)
    empty_cells: dict[str, Node] = field(default_factory=dict)
    duplicates: dict[tuple, dict[str, Node]] = field(default_factory=lambda: defaultdict(dict))
    markup: dict[str, Node] = field(default_factory=dict)
    #: key -> the state the node was first seen in ("" = as the page opened, else "tab 'X' in front")
    seen_in: dict[str, str] = field(default_factory=dict)

    def where(self, n: Node) -> str:
        state = self.seen_in.get(self.key(n), "")
        return f"  [with {state}]" if state else ""

    @staticmethod
    def key(n: Node) -> str:
        # stable across re-walks (tab switches): the widget id plus the position among siblings
        return f"{n.acc_id}|{n.index_path}"

    def add(self, nodes: list[Node], state: str = "") -> None:
        by_window: dict[tuple, list[Node]] = defaultdict(list)
        for n in nodes:
            if n.showing:
                self.seen_in.setdefault(self.key(n), state)
            text = n.name + "\n" + n.text
            if n.showing and MARKUP.search(text):
                self.markup[self.key(n)] = n
            if not n.focusable:
                continue
            if n.role == "list" and n.parent is not None and n.parent.role == "combo box":
                continue  # a combo box's closed popup: Qt's own, its items carry the names
            unnamed = not n.name.strip()
            if unnamed and n.role in CELL_ROLES:
                if n.showing:
                    self.empty_cells[self.key(n)] = n
                continue
            if unnamed:
                (self.unnamed if n.showing else self.unnamed_hidden)[self.key(n)] = n
                continue
            if not n.showing or n.role in CELL_ROLES or n.role == "page tab list":
                continue  # Qt names a tab bar after its current tab: not the app's doing
            win = n.window.name if n.window is not None else ""
            if n.role in ITEM_ROLES and n.role != "page tab":
                scope = (win, "in container", n.parent.acc_id if n.parent else "", n.parent.index_path if n.parent else ())
            else:
                scope = (win, "window")
            by_window[scope].append(n)
        for scope, group in by_window.items():
            names = defaultdict(list)
            for n in group:
                names[" ".join(n.name.split()).casefold()].append(n)
            for name, same in names.items():
                if len(same) > 1:
                    for n in same:
                        self.duplicates[(scope, name)][self.key(n)] = n

    def report(self, out, include_hidden: bool) -> None:
        print("\n==== UNNAMED FOCUSABLE CONTROLS (focusable + showing, empty accessible name) ====", file=out)
        if not self.unnamed:
            print("none", file=out)
        for n in self.unnamed.values():
            print(f"- {describe(n)}{self.where(n)}", file=out)
        print("\n==== DUPLICATE NAMES (focusable + showing, same window) ====", file=out)
        if not self.duplicates:
            print("none", file=out)
        for (scope, name), group in self.duplicates.items():
            where = f"window {scope[0]!r}" + (f", inside one {scope[2] or 'container'}" if scope[1] == "in container" else "")
            print(f"- {name!r} x{len(group)} ({where}):", file=out)
            for n in group.values():
                print(f"    {describe(n)}{self.where(n)}", file=out)
        print("\n==== SUSPECT RAW MARKUP (a screen reader reads these characters out) ====", file=out)
        if not self.markup:
            print("none", file=out)
        for n in self.markup.values():
            sample = n.name if MARKUP.search(n.name) else n.text
            m = MARKUP.search(sample)
            start = max(0, m.start() - 20) if m else 0
            print(f"- {n.role} in: {n.named_ancestors()}  #{n.acc_id}{self.where(n)}\n    starts {clip(sample, 70)!r}"
                  f"\n    e.g. …{clip(sample[start:start + 70], 70)!r}", file=out)
        print(f"\n==== empty table cells (focusable + showing, not counted) : {len(self.empty_cells)} ====", file=out)
        # hidden in every state walked (shown on another page tab = already listed above)
        hidden = {k: n for k, n in self.unnamed_hidden.items() if k not in self.unnamed}
        print(f"==== unnamed focusable, NOT showing in any state walked: {len(hidden)}"
              f"{'' if include_hidden else ' (list with --include-hidden)'} ====", file=out)
        if include_hidden:
            for n in hidden.values():
                print(f"- {describe(n)}{self.where(n)}", file=out)


def page_tabs(nodes: list[Node]) -> list[Node]:
    return [n for n in nodes if n.role == "page tab" and n.showing]


def press(acc) -> bool:
    action = safe(acc.queryAction, None)
    if action is not None and safe(lambda: action.nActions, 0) > 0:
        names = [safe(lambda: action.getName(i)).lower() for i in range(action.nActions)]
        idx = next((i for i, nm in enumerate(names) if nm in ("press", "click", "switch", "activate")), 0)
        return bool(safe(lambda: action.doAction(idx), False))
    parent = safe(acc.get_parent, None) or safe(lambda: acc.parent, None)
    sel = safe(parent.querySelection, None) if parent is not None else None
    if sel is not None:
        return bool(safe(lambda: sel.selectChild(acc.getIndexInParent()), False))
    return False


# ----- the Tab order: what a keyboard + screen reader user actually lands on ----------------------
DEBUG = bool(__import__("os").environ.get("A11Y_DEBUG"))
TRAP_ESCAPE_ROLES = {"table cell", "list item", "tree item", "menu item", "page tab"}


def index_path_of(acc) -> tuple[int, ...]:
    path = []
    node = acc
    for _ in range(80):
        if safe(node.getRoleName) == "application":
            break
        path.append(safe(node.getIndexInParent, -1))
        node = safe(lambda: node.parent, None)
        if node is None:
            break
    return tuple(reversed(path))


class FocusLog:
    """Collects AT-SPI focus events (what Orca speaks on a focus change)."""

    def __init__(self) -> None:
        from gi.repository import GLib

        self.context = GLib.MainContext.default()
        self.events: list = []
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:focused")

    def _on_event(self, event) -> None:
        if DEBUG:
            print(f"  [event {event.type} {event.detail1} {safe(event.source.getRoleName)} {safe(lambda: event.source.name)!r}]",
                  file=sys.stderr)
        if event.detail1:
            self.events.append(event.source)

    def pump(self, timeout: float) -> list:
        start, end, got_at = len(self.events), time.monotonic() + timeout, None
        while time.monotonic() < end:
            while self.context.iteration(False):
                pass
            if len(self.events) > start and got_at is None:
                got_at = time.monotonic()
            if got_at is not None and time.monotonic() - got_at > 0.12:
                break
            time.sleep(0.015)
        return self.events[start:]

    def close(self) -> None:
        pyatspi.Registry.deregisterEventListener(self._on_event, "object:state-changed:focused")


def x_focus_window(app) -> bool:
    """Give the app's window the X input focus (there is no window manager under Xvfb)."""
    pid = safe(app.get_process_id, 0)
    if not pid or not shutil.which("xdotool"):
        return False
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                           capture_output=True, text=True, check=False).stdout.split()
    for wid in found:
        subprocess.run(["xdotool", "windowfocus", wid], capture_output=True, check=False)
    time.sleep(0.3)
    return bool(found)


def key(name: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", name], capture_output=True, check=False)


@dataclass
class Stop:
    role: str
    name: str
    acc_id: str
    path: tuple[int, ...]
    note: str = ""
    node: Node | None = None


def tab_walk(app, nodes: list[Node], limit: int, out) -> list[Stop]:
    """Press Tab from the current focus until the focus comes round again; log every stop."""
    by_path = {n.index_path: n for n in nodes}
    if not x_focus_window(app):
        print("tab order: xdotool or the app's window not found; skipped", file=out)
        return []
    log = FocusLog()
    stops: list[Stop] = []
    seen: set[tuple] = set()

    def record(events, note: str = "") -> bool:
        """Add the stop the last focus event names; False once the focus has come round again."""
        src = events[-1]
        path = index_path_of(src)
        if path in seen:
            return False
        seen.add(path)
        node = by_path.get(path)
        acc_id = node.acc_id if node else safe(lambda: src.accessibleId, "").removeprefix("QApplication.")
        stops.append(Stop(role=safe(src.getRoleName, "?"), name=safe(lambda: src.name), acc_id=acc_id,
                          path=path, note=note, node=node))
        return True

    def jump_past(subtree: tuple[int, ...]) -> list:
        target = next_focusable(nodes, subtree)
        comp = safe(target.acc.queryComponent, None) if target is not None else None
        if comp is None:
            return []
        safe(comp.grabFocus, False)
        return log.pump(1.2)

    try:
        log.pump(0.3)
        for _ in range(limit):
            key("Tab")
            events = log.pump(1.2)
            if not events:
                # Tab did not move the focus: the widget uses it (a multi-line edit inserts a tab
                # character). Undo that and go on from the next control, via AT-SPI.
                last = stops[-1] if stops else None
                if last is None:
                    print("tab order: Tab moved the focus nowhere; stopped", file=out)
                    break
                if last.node is not None and "editable" in last.node.states:
                    key("BackSpace")
                last.note += "  <-- TAB TRAPPED: Tab stays in this control (went on after it via AT-SPI)"
                events = jump_past(last.path)
                if not events or not record(events, "  (reached via AT-SPI after the trap)"):
                    break
                continue
            if not record(events):
                break  # round the whole window once
            # three cells/items of one view in a row: Tab walks the view's cells (tabKeyNavigation)
            run = stops[-3:]
            if (len(run) == 3 and all(r.role in TRAP_ESCAPE_ROLES and r.role != "page tab" for r in run)
                    and len({r.path[:-1] for r in run}) == 1):
                container = by_path.get(run[-1].path[:-1])
                run[-1].note += ("  <-- TAB TRAPPED: Tab goes from cell to cell in "
                                 f"{container.role if container else 'this view'} (went on after it via AT-SPI)")
                events = jump_past(run[-1].path[:-1])
                if not events or not record(events, "  (reached via AT-SPI after the trap)"):
                    break
    finally:
        log.close()
    return stops


def next_focusable(nodes: list[Node], after: tuple[int, ...]) -> Node | None:
    """The first focusable, showing, enabled control after the subtree at ``after``, in tree order."""
    passed = False
    for n in nodes:
        inside = n.index_path[:len(after)] == after
        if not passed:
            passed = inside
            continue
        if inside:
            continue
        if (n.focusable and n.showing and ("enabled" in n.states or "sensitive" in n.states)
                and n.role not in TRAP_ESCAPE_ROLES and n.role not in ("filler", "layered pane", "application")):
            return n
    return None


def print_tab_order(stops: list[Stop], out) -> list[Stop]:
    print("\n==== TAB ORDER (Tab pressed from the start focus round the window; what Orca announces) ====", file=out)
    unnamed = []
    for i, st in enumerate(stops, 1):
        flag = ""
        if not st.name.strip():
            flag = "  <-- UNNAMED STOP"
            unnamed.append(st)
        where = st.node.named_ancestors() if st.node else "?"
        after = f"  after: {st.node.after}" if st.node and st.node.after else ""
        print(f"{i:3}. {st.role} {clip(st.name, 60)!r}{flag}{st.note}  in: {where}{after}  #{st.acc_id}", file=out)
    if not stops:
        print("no focus changes seen", file=out)
    return unnamed


def press_named(app, nodes: list[Node], args, pressed: set[tuple], out) -> list[Node]:
    """``--press``: press the showing controls with one of the given names (each once), walk again."""
    todo = [n for n in nodes if n.showing and n.name.startswith(tuple(args.press)) and (n.acc_id, n.index_path) not in pressed]
    for n in todo:
        pressed.add((n.acc_id, n.index_path))
        ok = press(n.acc)
        print(f"(pressed {n.role} {n.name!r}{'' if ok else ' - FAILED'})", file=out)
        time.sleep(0.5)
    return settle(app, args.max_children, args.max_depth, 5) if todo else nodes


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--app", default="Rugschool", help="part of the application's accessible name (default: Rugschool)")
    p.add_argument("--wait", type=float, default=30, help="seconds to wait for the app and for its tree to settle")
    p.add_argument("--max-children", type=int, default=400, help="walk at most this many children per node")
    p.add_argument("--max-depth", type=int, default=60)
    p.add_argument("--visit-tabs", action="store_true", help="press every page tab and dump again for each")
    p.add_argument("--include-hidden", action="store_true", help="also list unnamed focusable nodes not showing")
    p.add_argument("--no-tree", action="store_true", help="print only the findings")
    p.add_argument("--press", action="append", default=[], metavar="NAME",
                   help="press (AT-SPI action) every showing control whose name starts with NAME before dumping, in every"
                        " state walked, once each: e.g. --press 'Begin de oefening'; may be repeated")
    p.add_argument("--tab-order", type=int, default=0, metavar="N",
                   help="also press Tab (xdotool, up to N times) round the window and log every focus stop;"
                        " with --visit-tabs on every page tab")
    args = p.parse_args(argv)
    out = sys.stdout

    app = find_app(args.app, args.wait)
    if app is None:
        desktop = pyatspi.Registry.getDesktop(0)
        seen = [safe(lambda: desktop.getChildAtIndex(i).name) for i in range(safe(lambda: desktop.childCount, 0))]
        print(f"no application matching {args.app!r} with a window on the AT-SPI bus; seen: {seen}", file=sys.stderr)
        return 2
    nodes = settle(app, args.max_children, args.max_depth, args.wait)
    pressed: set[tuple] = set()
    nodes = press_named(app, nodes, args, pressed, out)
    findings = Findings()
    findings.add(nodes)
    if not args.no_tree:
        print(f"==== tree of {app.name!r}: {len(nodes)} nodes ====", file=out)
        print_tree(nodes, out)
    tab_unnamed = []
    if args.tab_order:
        tab_unnamed += print_tab_order(tab_walk(app, nodes, args.tab_order, out), out)

    if args.visit_tabs:
        visited = {(t.acc_id, t.name) for t in page_tabs(nodes) if "selected" in t.states}
        while True:
            todo = [t for t in page_tabs(nodes) if (t.acc_id, t.name) not in visited]
            if not todo:
                break
            tab = todo[0]
            visited.add((tab.acc_id, tab.name))
            ok = press(tab.acc)
            time.sleep(0.8)
            nodes = settle(app, args.max_children, args.max_depth, 5)
            nodes = press_named(app, nodes, args, pressed, out)
            findings.add(nodes, f"tab {tab.name!r} in front")
            if not args.no_tree:
                print(f"\n==== tree after pressing page tab {tab.name!r} (in: {tab.named_ancestors()})"
                      f"{'' if ok else ' [press FAILED]'}: {len(nodes)} nodes ====", file=out)
                print_tree(nodes, out)
            if args.tab_order:
                tab_unnamed += print_tab_order(tab_walk(app, nodes, args.tab_order, out), out)

    findings.report(out, args.include_hidden)
    if args.tab_order:
        print("\n==== UNNAMED TAB STOPS (reached with Tab, empty name: Orca says only the role) ====", file=out)
        names = {}
        for st in tab_unnamed:
            names.setdefault(st.path, st)
        for st in names.values():
            where = st.node.named_ancestors() if st.node else "?"
            print(f"- {st.role}  in: {where}  #{st.acc_id}", file=out)
        if not names:
            print("none", file=out)
    print(f"\nsummary: {len(findings.unnamed)} unnamed focusable control(s), "
          f"{len(findings.duplicates)} duplicated name(s), {len(findings.markup)} suspect raw markup text(s)", file=out)
    return 1 if findings.unnamed or tab_unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
