"""Logging to a file in the data folder; the GUI and the CLI both use it.

One rotating file (1 MB × 3 old copies) per data folder. Calling ``setup_logging`` again with another
file (the user chose another data folder, or tests run the CLI several times) moves the log there instead
of writing to both."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_MARK = "_coordinator_log"


def setup_logging(log_file: Path, level: int = logging.INFO) -> None:
    log_file = Path(log_file)
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if not isinstance(handler, RotatingFileHandler):
            continue
        if Path(handler.baseFilename) == log_file.resolve():
            root.setLevel(level)
            return
        if getattr(handler, _MARK, False):  # ours, for another data folder
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    setattr(handler, _MARK, True)
    root.addHandler(handler)
    root.setLevel(level)
