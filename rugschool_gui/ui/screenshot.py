"""``--screenshot FILE.png [--page NAME]``: render the window once, save it, and stop."""

from __future__ import annotations

from .qt_app import running_app


def take_screenshot(window, args) -> None:
    if args.size:
        w, h = (int(v) for v in args.size.lower().split("x"))
        window.resize(w, h)
    window.open_page(args.page)
    window.show()
    app = running_app()
    for _ in range(5):
        app.processEvents()
    window.grab().save(args.screenshot)
    window.close()
