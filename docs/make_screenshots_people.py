"""Screenshots of the People, 一社工一站点 and Receptions tabs over demo data, in Chinese.

    python docs/make_screenshots_people.py [OUTPUT_DIR] [--forms]

Writes screenshot-people.png, screenshot-docking.png and screenshot-receptions.png (default: docs/), plus
the person and reception forms as screenshot-person-form.png and screenshot-reception-form.png when
``--forms`` is given. Uses a temporary data folder; the user's data is never touched. ``$DISPLAY`` or a private Xvfb, like
``make_screenshots.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _screenshots_common import ROOT, demo_window  # noqa: E402

sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QItemSelectionModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from coordinator_app.core.services import receptions, sites  # noqa: E402


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    forms = "--forms" in argv
    out = Path(args[0]) if args else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    with demo_window(user_name="演示用户") as (app, window, db):
        settle(app)
        panel = window.station_panel

        people_view = panel.people_view
        panel.tabs.setCurrentWidget(people_view)
        people_view.table.selectRow(2)
        save(app, window, out / "screenshot-people.png")
        if forms:
            form = people_view.edit_selected()
            form.resize(form.sizeHint().expandedTo(form.size()))
            save(app, form, out / "screenshot-person-form.png")
            form.reject()

        docking = panel.docking_view
        panel.tabs.setCurrentWidget(docking)
        docking.refresh()
        docking.undocked_table.selectRow(0)
        save(app, window, out / "screenshot-docking.png")
        if forms:
            dialog = docking.dock_selected()
            save(app, dialog, out / "screenshot-assign-dialog.png")
            dialog.reject()

        view = panel.receptions_view
        panel.tabs.setCurrentWidget(view)
        # the site with the longest log
        best = max(sites.site_options(db), key=lambda s: len(receptions.receptions_for_site(db, s[0])))
        view.show_site(best[0])
        if view.log_model.rowCount():
            view.log_table.selectionModel().select(
                view.log_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        save(app, window, out / "screenshot-receptions.png")
        if forms:
            form = view.edit_selected()
            if form is not None:
                save(app, form, out / "screenshot-reception-form.png")
                form.reject()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
