"""A council whose name is already in the directory (the same name, spaces and punctuation aside) is not saved
silently: the form asks, naming the existing council and where it is; No goes back to the form with nothing
saved, Yes saves it as well. Editing a council without changing its name asks nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_sites_support import type_text

from coordinator_app.core.database import Database
from coordinator_app.core.services import councils, geography
from coordinator_app.ui.councils.council_form import CouncilForm
from coordinator_app.ui.main_window import MainWindow


def _save(qtbot, form: CouncilForm) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_a_second_council_of_the_same_name_is_saved_only_when_confirmed(
        main_window: MainWindow, db: Database, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    street = geography.list_streets(db)[0]
    community = geography.create_community(db, street.id, "东华社区")
    existing = councils.save_council(db, {"name": "东华社区居民议事会", "kind": "community_council",
                                          "street_id": street.id, "community_id": community})
    assert [d.id for d in councils.find_same_name(db, " 东华社区 居民议事会。")] == [existing]
    assert councils.find_same_name(db, "东华社区居民议事会", exclude_id=existing) == []

    form = CouncilForm(db, None, main_window)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name_edit, "东华社区 居民议事会")
    form.location.set_street_id(street.id)
    message_boxes.answer = QMessageBox.StandardButton.No
    _save(qtbot, form)
    kind, title, text = message_boxes.shown[-1]
    assert kind == "question" and title == "可能重复"
    assert "东华社区居民议事会" in text and street.name in text and "东华社区" in text
    assert form.isVisible() and form.saved_id is None
    assert councils.count_councils(db, councils.CouncilFilter()) == 1

    message_boxes.answer = QMessageBox.StandardButton.Yes
    _save(qtbot, form)
    assert form.saved_id is not None and not form.isVisible()
    assert councils.count_councils(db, councils.CouncilFilter()) == 2


def test_editing_a_council_without_renaming_it_asks_nothing(
        main_window: MainWindow, db: Database, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    street = geography.list_streets(db)[0].id
    values = {"name": "北京街共治议事会", "kind": "co_governance_council", "street_id": street}
    first = councils.save_council(db, values)
    councils.save_council(db, values)  # an older duplicate, saved before the form asked
    form = CouncilForm(db, first, main_window)
    qtbot.addWidget(form)
    form.show()
    form.frequency_spin.setValue(60)
    _save(qtbot, form)
    assert message_boxes.shown == []
    assert councils.get_council(db, first)["frequency_days"] == 60
