"""The recycle bin: a site deleted from the list is listed with its type and time, and restored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_sites_support import sites_view, small_network

from coordinator_app.core.database import Database
from coordinator_app.core.services import records, sites
from coordinator_app.ui.dialogs.recycle_bin_dialog import RecycleBinDialog
from coordinator_app.ui.main_window import MainWindow


def test_delete_then_restore_from_the_recycle_bin(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                  message_boxes) -> None:
    net = small_network(db)
    view = sites_view(main_window)
    view.apply_filter()
    view.select_site(net.studio)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "两代表一委员工作室（流花）" not in view.row_texts()

    dialog = RecycleBinDialog(db, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "回收站"
    assert dialog.model.rowCount() == 1
    shown = [dialog.model.data(dialog.model.index(0, c)) for c in range(4)]
    assert shown[:2] == ["阵地", "两代表一委员工作室（流花）"]
    assert "年" in shown[2] and "月" in shown[2] and "日" in shown[2]
    assert shown[3] == ""  # only a merged co-building unit has a note
    assert dialog.count_label.text() == "共 1 条已删除记录"
    assert not dialog.restore_button.isEnabled()
    assert dialog.select_name("两代表一委员工作室（流花）")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert records.recycle_bin(db) == []
    assert sites.get_site(db, net.studio)["name"] == "两代表一委员工作室（流花）"
    assert "两代表一委员工作室（流花）" in view.row_texts()
    assert message_boxes.shown[-1][0] == "question"  # only the delete confirmation; no error


def test_recycle_bin_from_the_edit_menu(main_window: MainWindow, db: Database, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    sites.delete_site(db, net.station)
    sites.create_room(db, net.centre, "会议室")
    room = sites.list_rooms(db, net.centre)[0]
    sites.delete_room(db, room.id)
    seen: list[list[str]] = []
    monkeypatch.setattr(RecycleBinDialog, "exec",
                        lambda self: seen.append([self.model.data(self.model.index(r, 0))
                                                  for r in range(self.model.rowCount())]) or 0)
    main_window.recycle_bin_action.trigger()
    assert sorted(seen[0]) == ["功能室", "阵地"]
