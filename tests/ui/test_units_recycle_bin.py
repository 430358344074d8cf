"""A co-building unit merged into another and restored from the recycle bin takes its parts back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from test_units_view import good_code, place, show_units_panel  # noqa: F401 - place is a fixture

from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, records, units, units_parts
from coordinator_app.ui.dialogs.recycle_bin_dialog import RecycleBinDialog
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.units.unit_page import UnitPage


def test_restore_a_merged_unit_from_the_recycle_bin(main_window: MainWindow, db: Database, place, qtbot,  # type: ignore[no-untyped-def]  # noqa: F811
                                                   message_boxes) -> None:
    # GIVEN 广州某某贸易 (with a resource and an agreement) merged into 广州某某贸易有限公司
    keep = units.create_unit(db, {"name": "广州某某贸易有限公司", "category": "non_public", "street_id": place["street"]})
    other = units.create_unit(db, {"name": "广州某某贸易", "category": "non_public", "street_id": place["street"],
                                   "credit_code": good_code("9"), "contact_name": "黄经理"})
    units_parts.save_resource(db, {"unit_id": other, "kind": "funds", "description": "助学金"})
    agreements.save_agreement(db, {"unit_id": other, "community_id": place["community"], "title": "助学共建协议",
                                   "signed_on": date(2026, 1, 5)})
    units.merge_units(db, keep, other)
    view = show_units_panel(main_window).units_view
    view.apply_filter()
    assert view.row_texts() == ["广州某某贸易有限公司"]

    # WHEN the user restores 广州某某贸易 from the recycle bin
    dialog = RecycleBinDialog(db, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select_name("广州某某贸易")
    # … where the merged unit says where it went and that restoring it takes back the merge
    row = dialog.table.selectionModel().selectedRows()[0].row()
    header = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    note = dialog.model.data(dialog.model.index(row, header.index("说明")))
    assert note == "已合并到“广州某某贸易有限公司”，恢复时将撤销合并"
    assert dialog.table.columnWidth(header.index("说明")) >= dialog.fontMetrics().horizontalAdvance(note)
    assert "恢复它会撤销合并" in dialog.hint.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    # THEN it is back in the list with its resource and agreement, and the kept unit is as before the merge
    assert records.recycle_bin(db) == [] and dialog.model.rowCount() == 0
    assert message_boxes.shown == []
    assert sorted(view.row_texts()) == sorted(["广州某某贸易有限公司", "广州某某贸易"])
    restored = UnitPage(db, other, main_window)
    qtbot.addWidget(restored)
    restored.show()
    assert restored.resources.texts(1) == ["助学金"]
    assert restored.agreements.texts(0) == ["助学共建协议"]
    kept = UnitPage(db, keep, main_window)
    qtbot.addWidget(kept)
    kept.show()
    assert kept.resources.texts(1) == [] and kept.agreements.texts(0) == []
    assert "已合并" not in kept.details.text()
    assert units.get_unit(db, keep)["credit_code"] == "" and units.get_unit(db, other)["credit_code"] == good_code("9")
    assert records.last_change(db) == "恢复共建单位（撤销合并）"
