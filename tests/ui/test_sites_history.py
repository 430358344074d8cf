"""A site's history: the edit is listed with its time, user, field and values, names instead of ids."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_sites_support import sites_view, small_network

from coordinator_app.core.database import Database
from coordinator_app.core.services import sites
from coordinator_app.ui.dialogs.history_dialog import HistoryDialog
from coordinator_app.ui.main_window import MainWindow


def test_history_lists_the_edit_with_names(main_window: MainWindow, db: Database, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    values = sites.get_site(db, net.studio)
    values.pop("id")
    sites.update_site(db, net.studio, {**values, "phone": "13812345678", "street_id": net.street_a,
                                       "kind": "npc_liaison_station"})
    dialogs: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: dialogs.append(self) or 0)
    view = sites_view(main_window)
    view.apply_filter()
    view.select_site(net.studio)
    qtbot.mouseClick(view.history_button, Qt.MouseButton.LeftButton)
    dialog = dialogs[0]
    assert dialog.windowTitle() == "修改记录：两代表一委员工作室（流花）"
    rows = dialog.texts()
    edits = {r[3]: r for r in rows if r[2] == "修改阵地"}
    assert set(edits) == {"联系电话", "街道", "类型"}
    assert edits["联系电话"][4:] == ["", "13812345678"]
    assert edits["街道"][4:] == [net.street_b_name, net.street_a_name]  # names, not ids
    assert edits["类型"][4:] == ["两代表一委员工作室", "人大代表社区联络站"]
    assert edits["联系电话"][1] == "测试员"
    assert "年" in edits["联系电话"][0] and ":" in edits["联系电话"][0]
    created = [r for r in rows if r[2] == "新建阵地"]
    assert any(r[3] == "新建" and r[5] == "两代表一委员工作室（流花）" for r in created)
    assert not any(net.street_b in cell for r in rows for cell in r)  # no raw UUIDs
    # newest first
    assert rows[0][2] == "修改阵地"
