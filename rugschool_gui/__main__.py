"""``python -m rugschool_gui``: the same as the ``rugschool`` command."""

from .app import main

raise SystemExit(main())
