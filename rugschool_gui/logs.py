"""A rotating log file in the data folder. It records what went wrong, never what people wrote."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .storage.files import make_private

LOG_FILE = "rugschool.log"


def setup_logging(folder: Path) -> Path:
    path = Path(folder) / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if not isinstance(h, logging.FileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    make_private(path)
    return path
