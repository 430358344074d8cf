"""接访记录 on the Sites tab: the Receptions tab opens on the chosen site's reception log."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from test_sites_support import sites_view, small_network

from coordinator_app.core.database import Database
from coordinator_app.core.services import receptions
from coordinator_app.ui.main_window import MainWindow


def test_receptions_button_shows_the_sites_log(qtbot, main_window: MainWindow, db: Database) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    now = datetime.now().replace(second=0, microsecond=0)
    for days, topics in ((3, "小区停车难"), (10, "加装电梯")):
        receptions.save_reception(db, {"site_id": net.studio, "held_at": now - timedelta(days=days), "topics": topics})
    receptions.save_reception(db, {"site_id": net.centre, "held_at": now - timedelta(days=1), "topics": "别处的接待"})
    panel = main_window.station_panel
    main_window.nav.setCurrentRow(main_window.stack.indexOf(panel))
    view = sites_view(main_window)
    panel.tabs.setCurrentWidget(view)
    view.apply_filter()
    assert view.receptions_button.text() == "接访记录"
    assert not view.receptions_button.isEnabled()
    view.select_site(net.studio)
    qtbot.mouseClick(view.receptions_button, Qt.MouseButton.LeftButton)

    log = panel.receptions_view
    assert panel.tabs.currentWidget() is log and log.isVisible()
    assert log.site_chooser.site_id() == net.studio
    qtbot.waitUntil(lambda: log.log_model.rowCount() == 2, timeout=2000)
    shown = {log.log_model.index(r, c).data() for r in range(2) for c in range(log.log_model.columnCount())}
    assert "小区停车难" in shown and "加装电梯" in shown and "别处的接待" not in shown
