"""Excel in and out through the real widgets: 导入… on the units list opens the dialog with every row's
verdict, 导入 writes in the background and the list shows the rows; a column the importer does not know
is mapped by hand and remembered; 导出… writes the list with phones masked; 模板… a blank template; and
no English on these screens."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from test_translations import assert_no_english

from coordinator_app.core.database import Database
from coordinator_app.core.services import people, units
from coordinator_app.exchange import mappings
from coordinator_app.ui.exchange.actions import ExportOptions
from coordinator_app.ui.exchange.import_dialog import ImportDialog
from coordinator_app.ui.main_window import MainWindow

FIXTURES = Path(__file__).parent.parent / "exchange" / "fixtures"


def test_import_units_from_the_list(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.nav.setCurrentRow(1)
    view = main_window.units_panel.units_view
    assert view.exchange.import_button.text() == "导入…"
    dialog = view.exchange.import_file(str(FIXTURES / "units_libreoffice.xlsx"))
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    assert "新增 3" in dialog.summary_label.text().replace(" ", " ") or "3" in dialog.summary_label.text()
    results = [dialog.preview.item(r, 1).text() for r in range(dialog.preview.rowCount())]
    assert results.count("新增") == 3 and results.count("不导入") == 3 and results.count("跳过") == 2
    assert_no_english(dialog)
    assert units.count_units(db, units.UnitFilter()) == 0
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=5000)
    assert units.count_units(db, units.UnitFilter()) == 3
    assert "已导入" in dialog.summary_label.text()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=3000)
    out = Path(db.config.data_dir) / "rejected.xlsx"
    dialog.save_rejected(str(out))
    assert load_workbook(out).active["B3"].value == "请填写“单位名称”。"
    dialog.close()


def test_unknown_column_mapped_by_hand_and_remembered(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["人名", "号码"])
    book.active.append(["陈明", "13812345678"])
    path = tmp_path / "名单.xlsx"
    book.save(path)
    main_window.nav.setCurrentRow(0)
    view = main_window.station_panel.people_view
    dialog = view.exchange.import_file(str(path))
    qtbot.waitExposed(dialog)
    assert "找不到表头" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_mapping("人名", "name")
    dialog.set_mapping("号码", "phone")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=5000)
    assert [p.phone for p in people.list_people(db, people.PersonFilter())] == ["13812345678"]
    assert mappings.load(db.config.data_dir, "people") == {"人名": "name", "号码": "phone"}
    dialog.close()


def test_header_under_a_title_with_an_unknown_name_column_is_offered_for_mapping(  # type: ignore[no-untyped-def]
        main_window: MainWindow, db: Database, qtbot, tmp_path: Path) -> None:
    """The header is found under the title (类别, 街道 are known) but the name column has a name the importer does
    not know: the mapping lists that header's columns, not the title row, and the correction is remembered."""
    book = Workbook()
    book.active.append(["越秀区北京街共建单位名册"])
    book.active.merge_cells("A1:E1")
    book.active.append(["序号", "企业全名（必填）", "类别*", "街道", "手机号码"])
    book.active.append([1, "广州某甲公司", "非公企业", "北京街", "13812345678"])
    book.active.append(["合计", 1])
    path = tmp_path / "名册.xlsx"
    book.save(path)
    main_window.nav.setCurrentRow(1)
    view = main_window.units_panel.units_view
    dialog = view.exchange.import_file(str(path))
    qtbot.waitExposed(dialog)
    assert "找不到“单位名称”列" in dialog.summary_label.text()
    assert [dialog.mapping_table.item(r, 0).text() for r in range(dialog.mapping_table.rowCount())] == [
        "序号", "企业全名（必填）", "类别*", "街道", "手机号码"]
    dialog.set_mapping("企业全名（必填）", "name")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "新增 1 条" in dialog.summary_label.text()
    dialog.close()
    again = view.exchange.import_file(str(path))
    qtbot.waitExposed(again)
    assert "新增 1 条" in again.summary_label.text()
    qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.imported, timeout=5000)
    assert [u.name for u in units.list_units(db, units.UnitFilter())] == ["广州某甲公司"]
    again.close()


def test_export_and_template_from_the_people_list(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path, message_boxes) -> None:
    people.create_person(db, {"name": "陈明", "phone": "13812345678"}, ["party_volunteer"])
    view = main_window.station_panel.people_view
    out = tmp_path / "人员.xlsx"
    task = view.exchange.export_file(str(out), current=False, full=False)
    qtbot.waitUntil(lambda: out.exists() and bool(message_boxes.shown), timeout=5000)
    assert task is not None
    sheet = load_workbook(out).active
    assert sheet["A3"].value == "陈明" and sheet["B3"].value == "138****5678"
    assert "1" in message_boxes.texts()[0]
    template = tmp_path / "模板.xlsx"
    view.exchange.save_template(str(template))
    assert load_workbook(template).active["A2"].value == "姓名"


def test_export_options_show_no_english(main_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    options = ExportOptions(True, True, main_window)
    qtbot.addWidget(options)
    options.show()
    qtbot.waitExposed(options)
    assert_no_english(options)
    assert options.current.isChecked()
    options.reject()
    assert options.result() == QDialog.DialogCode.Rejected


def test_import_appeals_from_the_appeals_list(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.core.services import appeals

    view = main_window.councils_panel.appeals_view
    assert view.exchange.export_button.text() == "导出…"
    dialog = view.exchange.import_file(str(FIXTURES / "appeals_libreoffice.xlsx"))
    qtbot.waitExposed(dialog)
    assert_no_english(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=5000)
    assert appeals.count_appeals(db, appeals.AppealFilter()) == 6
    dialog.close()


def test_council_members_buttons_on_the_councils_list(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    view = main_window.councils_panel.councils_view
    assert view.exchange.import_button.text() == "导入…"
    template = tmp_path / "成员模板.xlsx"
    view.exchange.save_template(str(template))
    assert [c.value for c in load_workbook(template).active[2]] == ["议事会名称", "所属街道", "姓名", "联系电话", "席位"]


def test_full_values_of_appeals_name_the_names_too(main_window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """诉求人 is masked as 陈* like the phone: the box that unmasks says both."""
    shown: list[ExportOptions] = []
    monkeypatch.setattr(ExportOptions, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    main_window.councils_panel.appeals_view.exchange.export_file()
    main_window.station_panel.people_view.exchange.export_file()
    assert [options.full.text() for options in shown] == ["导出完整姓名和电话号码（将记入修改记录）",
                                                          "导出完整电话号码（将记入修改记录）"]


def test_cancelling_an_import_writes_nothing_and_says_so(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path, monkeypatch) -> None:
    import time

    from PySide6.QtWidgets import QPushButton

    from coordinator_app.ui.exchange import import_dialog

    book = Workbook()
    book.active.append(["单位名称", "单位类别", "所属街道"])
    for number in range(3000):
        book.active.append([f"广州{number:04d}公司", "非公企业", "北京街"])
    path = tmp_path / "名册.xlsx"
    book.save(path)
    real_apply = import_dialog.apply_plan

    def apply_when_cancelled(db, plan, progress, cancelled):  # type: ignore[no-untyped-def]
        progress(0, 3000, "正在导入共建单位…")
        deadline = time.monotonic() + 5
        while not cancelled() and time.monotonic() < deadline:  # the user clicks 取消 while it runs
            time.sleep(0.01)
        return real_apply(db, plan, progress, cancelled)

    monkeypatch.setattr(import_dialog, "apply_plan", apply_when_cancelled)
    main_window.nav.setCurrentRow(1)
    dialog = main_window.units_panel.units_view.exchange.import_file(str(path))
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    progress = dialog.task.dialog
    qtbot.waitUntil(progress.isVisible, timeout=3000)
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task.error is not None, timeout=5000)
    assert units.count_units(db, units.UnitFilter()) == 0
    assert dialog.summary_label.text().startswith("已取消导入共建单位，数据未作改动。")
    assert dialog.import_button.isEnabled()
    dialog.close()


def test_a_file_name_typed_without_xlsx_gets_it(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path, monkeypatch, message_boxes) -> None:
    """The save dialog suggests a name in the documents folder; a name typed without .xlsx (the dialog of Linux
    adds none) is saved as .xlsx, so that Excel and WPS open it."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def answer(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / f"名册{len(asked)}"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    people.create_person(db, {"name": "陈明", "phone": "13812345678"})
    buttons = main_window.station_panel.people_view.exchange
    task = buttons.export_file(current=False, full=False)
    qtbot.waitUntil(lambda: task.result is not None, timeout=5000)
    buttons.save_template()
    assert sorted(p.name for p in tmp_path.glob("名册*")) == ["名册1.xlsx", "名册2.xlsx"]
    assert all(Path(s).is_absolute() and s.endswith(".xlsx") for s in asked)
    assert "名册1.xlsx" in message_boxes.texts()[0]


def test_mapping_shows_each_header_on_one_line_and_each_field_in_full(main_window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["单位名称", "单位类别\n(必填)", "所属街道", "统一社会信用代码"])
    book.active.append(["广州某甲公司", "非公企业", "北京街", "91440104MA59A1B2CH"])
    book.save(tmp_path / "u.xlsx")
    main_window.nav.setCurrentRow(1)
    dialog = main_window.units_panel.units_view.exchange.import_file(str(tmp_path / "u.xlsx"))
    qtbot.waitExposed(dialog)
    table = dialog.mapping_table
    assert table.item(1, 0).text() == "单位类别 (必填)"
    combo = table.cellWidget(3, 1)
    assert combo.currentText() == "统一社会信用代码"
    assert combo.width() >= combo.fontMetrics().horizontalAdvance("统一社会信用代码") + 24
    dialog.close()


def test_a_corrected_mapping_is_what_gets_imported_without_checking_again(  # type: ignore[no-untyped-def]
        main_window: MainWindow, db: Database, qtbot, tmp_path: Path) -> None:
    """导入 right after choosing a field imports with that choice (it imported with the mapping of the last check)."""
    book = Workbook()
    book.active.append(["姓名", "电话", "备用号码"])
    book.active.append(["陈明", "13812345678", "13912345678"])
    book.save(tmp_path / "p.xlsx")
    dialog = main_window.station_panel.people_view.exchange.import_file(str(tmp_path / "p.xlsx"))
    qtbot.waitExposed(dialog)
    dialog.set_mapping("电话", None)
    dialog.set_mapping("备用号码", "phone")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported, timeout=5000)
    assert [p.phone for p in people.list_people(db, people.PersonFilter())] == ["13912345678"]
    dialog.close()


def test_a_large_file_is_read_and_checked_off_the_gui_thread(main_window: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path, monkeypatch) -> None:
    """10,000 rows take a second or two to read and check: the window stays responsive, with a progress dialog."""
    import threading

    from coordinator_app.ui.exchange import import_dialog

    monkeypatch.setattr(import_dialog, "READ_IN_BACKGROUND", 0)  # bytes: every file is large here
    threads: list[bool] = []
    real_read = import_dialog.read_sheet
    monkeypatch.setattr(import_dialog, "read_sheet",
                        lambda path: threads.append(threading.current_thread() is threading.main_thread())
                        or real_read(path))
    book = Workbook()
    book.active.append(["单位名称", "单位类别", "所属街道"])
    for number in range(300):
        book.active.append([f"广州{number:04d}公司", "非公企业", "北京街"])
    book.save(tmp_path / "u.xlsx")
    main_window.nav.setCurrentRow(1)
    dialog = main_window.units_panel.units_view.exchange.import_file(str(tmp_path / "u.xlsx"))
    assert dialog.summary_label.text() == "正在读取表格…"
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: "新增 300 条" in dialog.summary_label.text(), timeout=5000)
    assert threads == [False]
    assert dialog.import_button.isEnabled() and dialog.mapping_table.rowCount() == 3
    dialog.close()
