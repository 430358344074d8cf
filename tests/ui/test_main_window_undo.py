"""Undo from the Edit menu takes back an edit made in the site form and the list shows the old value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_sites_support import sites_view, small_network, type_text

from coordinator_app.core.database import Database
from coordinator_app.core.services import sites
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.site_form import SiteForm


def _edit_menu_action(window: MainWindow, starts_with: str):  # type: ignore[no-untyped-def]
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("编辑"))
    return next(a for a in edit_menu.actions() if a.text().startswith(starts_with))


def test_undo_reverts_an_edit_and_the_list_refreshes(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    view = sites_view(main_window)
    view.apply_filter()
    form = SiteForm(db, net.studio, main_window)
    qtbot.addWidget(form)
    form.show()
    form.address_edit.clear()
    type_text(qtbot, form.address_edit, "人民北路1号")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "人民北路1号" in view.row_texts(4)

    undo = _edit_menu_action(main_window, "撤销")
    assert undo.isEnabled() and undo.text() == "撤销(&U)：修改阵地"
    with qtbot.waitSignal(main_window.undo_done):  # undo runs in the background
        undo.trigger()
    assert sites.get_site(db, net.studio)["address"] == "流花路8号"
    assert "流花路8号" in view.row_texts(4) and "人民北路1号" not in view.row_texts(4)
    assert main_window.statusBar().currentMessage() == "已撤销：修改阵地"


def test_undo_of_a_delete_brings_the_site_back_into_the_list(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                             message_boxes) -> None:
    net = small_network(db)
    view = sites_view(main_window)
    view.apply_filter()
    view.select_site(net.station)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.model.total() == 3
    with qtbot.waitSignal(main_window.undo_done):
        qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.total() == 4
    assert view.count_label.text() == "共 4 个阵地"
