"""Start the workbook app: ``python main.py`` (same as the ``rugschool`` command)."""
from rugschool_gui.app import main

raise SystemExit(main())
