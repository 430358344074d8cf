"""What the docs/make_screenshots*.py scripts share: an X display (``$DISPLAY`` or a private Xvfb of
1400×900 started and stopped here), the real main window in Chinese over demo data in a temporary data
folder, and capturing the screen (ImageMagick's ``import -window root``, else Qt's own grab).

    with demo_window() as (app, window, db):
        ...
        capture(app, window, out / "screenshot-x.png")
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1400, 900


def start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("No $DISPLAY and no Xvfb: install xvfb or run under a desktop session.")
    for number in range(99, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    process = subprocess.Popen([xvfb, f":{number}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = f":{number}"
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.1)
    return process


def settle(app, seconds: float = 0.6) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def capture(app, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    settle(app)
    if shutil.which("import"):
        subprocess.run(["import", "-window", "root", str(path)], check=True)
    else:
        window.screen().grabWindow(0).save(str(path))
    print(f"wrote {path}")


@contextmanager
def demo_window(data_dir: Path | None = None, user_name: str = "党建办") -> Iterator[tuple[Any, Any, Any]]:
    """``(app, window, db)``: the main window in Chinese, 1400×900 at the top left, over ``data_dir`` (demo
    data generated when it is empty; default: a new temporary folder). Closes everything afterwards."""
    xvfb = start_xvfb()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ["COORDINATOR_CONFIG_DIR"] = tempfile.mkdtemp(prefix="coordinator-shots-config-")
    sys.path.insert(0, str(ROOT))
    try:
        from PySide6.QtWidgets import QApplication

        from coordinator_app.config import Settings, resolve_config
        from coordinator_app.core.database import open_database
        from coordinator_app.core.demo import generate_demo
        from coordinator_app.core.services import records
        from coordinator_app.ui.i18n import install_translators
        from coordinator_app.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication([sys.argv[0]])
        install_translators(app, "zh_CN")
        config = resolve_config(data_dir=data_dir or Path(tempfile.mkdtemp(prefix="coordinator-shots-")),
                                settings=Settings(user_name=user_name))
        db = open_database(config)
        if records.database_is_empty(db):
            generate_demo(db, "small")
        window = MainWindow(db, config)
        window.setGeometry(0, 0, WIDTH, HEIGHT)
        window.show()
        try:
            yield app, window, db
        finally:
            window.close()
            db.dispose()
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
