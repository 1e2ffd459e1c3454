"""Command-line options, for users, tests and benchmarks."""

from __future__ import annotations

import argparse


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="rugschool", description="Het werkboek van de rugschool.")
    p.add_argument("--database", metavar="PATH", help="gebruik deze database in plaats van de standaard")
    p.add_argument("--lang", choices=("nl", "en"), help="taal van de app (standaard: Nederlands)")
    p.add_argument("--theme", choices=("system", "light", "dark"), help="kleuren (voor deze keer)")
    p.add_argument("--screenshot", metavar="FILE.png", help="bewaar een schermafbeelding en stop")
    p.add_argument("--page", metavar="NAME", default="home", help="pagina voor --screenshot")
    p.add_argument("--size", metavar="WxH", help="venstergrootte voor --screenshot, bv. 1100x760")
    p.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = p.parse_known_args(argv)
    return args
