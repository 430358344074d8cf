"""The site and unit forms share RecordForm: typed changes are never dropped without asking. Showing another
record or closing the form with unsaved changes asks 保存 / 丢弃 / 取消: 丢弃 saves nothing, 保存 saves,
取消 stays on the record with the input; with nothing changed nobody is asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from test_sites_support import type_text

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, sites, units
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.stations.site_form import SiteForm
from coordinator_app.ui.units.unit_form import UnitForm

Button = QMessageBox.StandardButton


@dataclass(frozen=True)
class Case:
    form: type
    #: makes a record named ``name``, returns its id
    make: Callable[[Database, str], str]
    #: the stored notes of a record
    notes: Callable[[Database, str], str]
    question: str


def _site(db: Database, name: str) -> str:
    return sites.create_site(db, {"name": name, "kind": "social_work_station",
                                  "street_id": geography.list_streets(db)[0].id})


def _unit(db: Database, name: str) -> str:
    return units.create_unit(db, {"name": name, "category": "non_public",
                                  "street_id": geography.list_streets(db)[0].id})


CASES = {
    "site": Case(SiteForm, _site, lambda db, i: sites.get_site(db, i)["notes"], "保存对该阵地的修改吗？"),
    "unit": Case(UnitForm, _unit, lambda db, i: units.get_unit(db, i)["notes"], "保存对该单位的修改吗？"),
}


def _open(case: Case, db: Database, record_id: str, parent: Any, qtbot) -> Any:  # type: ignore[no-untyped-def]
    form = case.form(db, record_id, parent)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


@pytest.mark.parametrize("name", list(CASES))
def test_switching_record_asks_about_unsaved_changes(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                     message_boxes, name: str) -> None:
    case = CASES[name]
    first, second = case.make(db, "越秀甲记录"), case.make(db, "越秀乙记录")
    form = _open(case, db, first, main_window, qtbot)

    # nothing typed: the other record is shown without a question
    assert form.show_record(second) and form.name_edit.text() == "越秀乙记录"
    assert message_boxes.shown == []
    assert form.show_record(first) and form.name_edit.text() == "越秀甲记录"

    # 取消: the form stays on the record with what was typed, nothing saved
    type_text(qtbot, form.notes_edit, "改了一半")
    message_boxes.answer = Button.Cancel
    assert not form.show_record(second)
    assert [(kind, title, text) for kind, title, text in message_boxes.shown] == [
        ("question", "未保存的修改", case.question)]
    assert form.name_edit.text() == "越秀甲记录" and form.notes_edit.toPlainText() == "改了一半"
    assert case.notes(db, first) == ""

    # 丢弃: the other record is shown, nothing saved
    message_boxes.answer = Button.Discard
    assert form.show_record(second)
    assert form.name_edit.text() == "越秀乙记录" and form.notes_edit.toPlainText() == ""
    assert case.notes(db, first) == "" and case.notes(db, second) == ""

    # 保存: saved, then the other record is shown
    type_text(qtbot, form.notes_edit, "乙的备注")
    message_boxes.answer = Button.Save
    assert form.show_record(first)
    assert case.notes(db, second) == "乙的备注" and case.notes(db, first) == ""
    assert form.name_edit.text() == "越秀甲记录"
    assert len(message_boxes.shown) == 3

    # the saved record shows what was saved, and leaving it again asks nothing
    assert form.show_record(second) and form.notes_edit.toPlainText() == "乙的备注"
    assert len(message_boxes.shown) == 3
    form.close()


@pytest.mark.parametrize("name", list(CASES))
def test_closing_with_unsaved_changes_asks(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                           message_boxes, name: str) -> None:
    case = CASES[name]
    record = case.make(db, "越秀甲记录")

    form = _open(case, db, record, main_window, qtbot)
    type_text(qtbot, form.notes_edit, "不要了")
    message_boxes.answer = Button.Discard
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown[-1][2] == case.question
    assert not form.isVisible() and form.result() == QDialog.DialogCode.Rejected
    assert case.notes(db, record) == ""

    form = _open(case, db, record, main_window, qtbot)
    type_text(qtbot, form.notes_edit, "要保存")
    message_boxes.answer = Button.Save
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert len(message_boxes.shown) == 2
    assert not form.isVisible() and form.result() == QDialog.DialogCode.Accepted  # saved: the caller sees it
    assert case.notes(db, record) == "要保存"

    form = _open(case, db, record, main_window, qtbot)
    form.close()  # nothing changed: closed without a question
    assert not form.isVisible() and len(message_boxes.shown) == 2


def test_a_refused_save_from_the_question_keeps_the_form_open(main_window: MainWindow, db: Database, qtbot,  # type: ignore[no-untyped-def]
                                                             message_boxes) -> None:
    first, second = _site(db, "越秀甲阵地"), _site(db, "越秀乙阵地")
    form = _open(CASES["site"], db, first, main_window, qtbot)
    form.name_edit.clear()
    type_text(qtbot, form.notes_edit, "没有名称")
    message_boxes.answer = Button.Save
    assert not form.show_record(second)  # the name is required: the core refuses, the form stays
    assert form.isVisible() and form.name_edit.text() == "" and form.notes_edit.toPlainText() == "没有名称"
    assert "阵地名称" in message_boxes.texts()[-1]
    assert sites.get_site(db, first)["name"] == "越秀甲阵地"
