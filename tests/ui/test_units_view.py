"""The co-building units panel driven through the real widgets: a wrong credit code (clear message, nothing
saved), a duplicate offered for opening, merging two duplicates, recording a need and accepting a proposed
match with its outcome, the unit's page, filters and the reminders."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_sites_support import type_text

from coordinator_app.core import credit_code
from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, geography, needs, units, units_parts
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.units.merge_dialog import MergeDialog
from coordinator_app.ui.units.need_form import NeedForm
from coordinator_app.ui.units.unit_form import UnitForm
from coordinator_app.ui.units.unit_page import TAB_AGREEMENTS, UnitPage
from coordinator_app.ui.widgets.form_errors import is_invalid

TODAY = date.today()


def good_code(seed: str) -> str:
    first17 = ("91440104" + seed.rjust(9, "0"))[:17]
    return first17 + credit_code.check_character(first17)


@pytest.fixture
def place(db: Database) -> dict[str, str]:
    street = geography.list_streets(db)[0]
    return {"street": street.id, "street_name": street.name,
            "community": geography.create_community(db, street.id, "东华社区")}


def show_units_panel(window: MainWindow):  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(1)
    return window.units_panel


def _active(qtbot, cls):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), cls), timeout=3000)
    return QApplication.activeModalWidget()


def test_navigation_shows_the_panel(main_window: MainWindow) -> None:
    assert main_window.nav.item(1).text() == "共建单位"
    panel = show_units_panel(main_window)
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == ["单位名录", "需求对接", "到期与久未对接"]
    # only the tab on screen is built; the others when first shown
    assert panel.tabs.is_built("units") and not panel.tabs.is_built("needs") and not panel.tabs.is_built("reminders")
    panel.tabs.setCurrentIndex(1)
    assert panel.tabs.is_built("needs") and panel.tabs.currentWidget() is panel.needs_view


def test_wrong_credit_code_clear_message_nothing_saved(main_window: MainWindow, db: Database, place, qtbot,  # type: ignore[no-untyped-def]
                                                       message_boxes) -> None:
    view = show_units_panel(main_window).units_view
    wrong = good_code("123")[:-1] + ("A" if good_code("123")[-1] != "A" else "B")
    seen: list[UnitForm] = []

    def fill() -> None:
        form = _active(qtbot, UnitForm)
        seen.append(form)
        assert form.windowTitle() == "新建共建单位"
        type_text(qtbot, form.name_edit, "广州越秀某某科技有限公司")
        form.category_combo.setCurrentIndex(form.category_combo.findText("非公企业"))
        form.street_combo.setCurrentIndex(form.street_combo.findText(place["street_name"]))
        type_text(qtbot, form.code_edit, wrong.lower())
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        assert form.isVisible() and is_invalid(form.code_edit)
        message_boxes.answer = QMessageBox.StandardButton.Discard
        form.reject()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert seen
    kind, title, text = message_boxes.shown[0]
    assert (kind, title) == ("warning", "无法保存")
    assert f"统一社会信用代码“{wrong}”不正确：校验位不符" in text
    assert units.count_units(db, units.UnitFilter()) == 0
    assert view.count_label.text() == "共 0 个单位"


def test_new_unit_is_saved_and_listed(main_window: MainWindow, db: Database, place, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = show_units_panel(main_window).units_view

    def fill() -> None:
        form = _active(qtbot, UnitForm)
        type_text(qtbot, form.name_edit, "越秀区某某志愿者协会")
        form.category_combo.set_current_id("social_org")
        form.street_combo.set_current_id(place["street"])
        form.community_combo.set_current_id(place["community"])
        type_text(qtbot, form.code_edit, good_code("55"))
        type_text(qtbot, form.contact_edit, "黄会长")
        type_text(qtbot, form.phone_edit, "13812345678")
        form.alliance_check.setChecked(True)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    rows = units.list_units(db, units.UnitFilter())
    assert [(r.name, r.credit_code, r.in_charity_alliance) for r in rows] == [("越秀区某某志愿者协会", good_code("55"), True)]
    assert view.row_texts() == ["越秀区某某志愿者协会"] and view.selected_id() == rows[0].id
    view.category.set_current_id("two_new")
    assert view.model.total() == 1
    view.category.set_current_id("hospital")
    assert view.model.total() == 0


def test_duplicate_is_offered_for_opening(main_window: MainWindow, db: Database, place, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    existing = units.create_unit(db, {"name": "广州某某贸易有限公司", "category": "non_public", "street_id": place["street"]})
    form = UnitForm(db, None, main_window)
    qtbot.addWidget(form)
    form.show()
    type_text(qtbot, form.name_edit, "广州某某贸易（有限责任公司）")
    form.category_combo.set_current_id("non_public")
    form.street_combo.set_current_id(place["street"])
    message_boxes.answer = QMessageBox.StandardButton.Open
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    kind, title, text = message_boxes.shown[0]
    assert title == "可能重复" and "广州某某贸易有限公司" in text and "几乎相同的名称" in text
    assert form.open_instead == existing and not form.isVisible()
    assert units.count_units(db, units.UnitFilter()) == 1


def test_merge_two_duplicates(main_window: MainWindow, db: Database, place, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    keep = units.create_unit(db, {"name": "广州某某贸易有限公司", "category": "non_public", "street_id": place["street"]})
    other = units.create_unit(db, {"name": "广州某某贸易", "category": "non_public", "street_id": place["street"],
                                   "credit_code": good_code("9"), "contact_name": "黄经理"})
    units_parts.save_resource(db, {"unit_id": other, "kind": "funds", "description": "助学金"})
    view = show_units_panel(main_window).units_view
    view.apply_filter()
    assert view.select_unit(keep)
    done: list[MergeDialog] = []

    def merge() -> None:
        dialog = _active(qtbot, MergeDialog)
        done.append(dialog)
        assert dialog.other_combo.current_id() == other  # the near-identical name is proposed
        assert dialog.keep_this.isChecked() and dialog.keep_this.text() == "广州某某贸易有限公司"
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, merge)
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert done and done[0].merged
    assert any("合并" in text for text in message_boxes.texts())
    assert view.row_texts() == ["广州某某贸易有限公司"]
    page = units.unit_page(db, keep)
    assert page.unit["credit_code"] == good_code("9") and [r.description for r in page.resources] == ["助学金"]
    assert page.merged_from == ["广州某某贸易"]
    unit_page = UnitPage(db, keep, main_window)
    qtbot.addWidget(unit_page)
    unit_page.show()
    assert "已合并：广州某某贸易" in unit_page.details.text()
    assert unit_page.resources.texts(1) == ["助学金"]


def test_record_a_need_and_accept_a_proposed_match(main_window: MainWindow, db: Database, place, qtbot) -> None:  # type: ignore[no-untyped-def]
    near = units.create_unit(db, {"name": "东华某某医院", "category": "hospital", "street_id": place["street"],
                                  "community_id": place["community"]})
    far = units.create_unit(db, {"name": "远处某某公司", "category": "non_public",
                                 "street_id": geography.list_streets(db)[5].id})
    for unit_id in (near, far):
        units_parts.save_resource(db, {"unit_id": unit_id, "kind": "professional", "description": "义诊"})
    units_parts.save_contact(db, {"unit_id": near, "contacted_on": TODAY - timedelta(days=10), "summary": "走访"})
    panel = show_units_panel(main_window)
    panel.tabs.setCurrentWidget(panel.needs_view)
    view = panel.needs_view

    def fill() -> None:
        form = _active(qtbot, NeedForm)
        form.place.street.set_current_id(place["street"])
        form.place.community.set_current_id(place["community"])
        type_text(qtbot, form.title_edit, "长者义诊")
        form.kind_combo.setCurrentIndex(form.kind_combo.findText("专业服务"))
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    saved = needs.list_needs(db, needs.NeedFilter())
    assert [(n.title, n.resource_kind, n.status) for n in saved] == [("长者义诊", "professional", "open")]
    assert view.selected_id() == saved[0].id
    assert view.proposals.texts(0) == ["东华某某医院", "远处某某公司"]
    assert view.proposals.texts(4)[0] == "同社区、30天内有对接、资源可提供"
    assert view.proposals_label.text() == "推荐 2 个单位，按匹配程度排序"

    view.proposals.table.selectRow(0)
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    matches = needs.matches_of_need(db, saved[0].id)
    assert [(m.unit_name, m.reasons, m.outcome) for m in matches] == [("东华某某医院", "同社区、30天内有对接、资源可提供", "pending")]
    assert needs.get_need(db, saved[0].id)["status"] == "matched"
    assert view.matches.texts(1) == ["东华某某医院"] and view.proposals.texts(0) == ["远处某某公司"]

    from coordinator_app.ui.units.outcome_dialog import OutcomeDialog

    def outcome() -> None:
        dialog = _active(qtbot, OutcomeDialog)
        dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findText("已落实"))
        type_text(qtbot, dialog.notes_edit, "每月一次")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    view.matches.table.selectRow(0)
    QTimer.singleShot(0, outcome)
    qtbot.mouseClick(view.matches.findChild(type(view.accept_button), "recordOutcome"), Qt.MouseButton.LeftButton)
    assert needs.get_need(db, saved[0].id)["status"] == "closed"
    assert [m.need_title for m in units.unit_page(db, near).contributions] == ["长者义诊"]


def test_unit_page_adds_a_resource_and_shows_agreements(main_window: MainWindow, db: Database, place, qtbot,  # type: ignore[no-untyped-def]
                                                        tmp_path) -> None:
    from coordinator_app.ui.units.agreement_dialog import AgreementDialog
    from coordinator_app.ui.units.resource_dialog import ResourceDialog

    unit_id = units.create_unit(db, {"name": "某某大厦", "category": "office_building", "street_id": place["street"]})
    page = UnitPage(db, unit_id, main_window)
    qtbot.addWidget(page)
    page.show()

    def fill() -> None:
        dialog = _active(qtbot, ResourceDialog)
        dialog.kind_combo.set_current_id("venue")
        type_text(qtbot, dialog.description_edit, "会议室")
        type_text(qtbot, dialog.amount_edit, "40")
        type_text(qtbot, dialog.measure_edit, "人")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(page.resources.findChild(type(page.edit_button), "addResource"), Qt.MouseButton.LeftButton)
    assert page.resources.texts(0) == ["场地"] and page.resources.texts(2) == ["40 人"]
    assert page.tabs.tabText(0) == "资源清单 (1)"

    agreement = agreements.save_agreement(db, {"unit_id": unit_id, "street_id": place["street"], "title": "共建协议",
                                               "signed_on": TODAY - timedelta(days=300),
                                               "valid_until": TODAY + timedelta(days=10)})
    page.reload()
    page.tabs.setCurrentIndex(TAB_AGREEMENTS)
    assert page.agreements.texts(1) == [place["street_name"]]
    dialog = AgreementDialog(db, unit_id, agreement, page)
    qtbot.addWidget(dialog)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4")
    assert dialog.attach_scan(str(scan))
    assert dialog.scan_label.text() == "scan.pdf" and dialog.open_button.isEnabled()
    assert agreements.scan_path(db, agreement).read_bytes() == b"%PDF-1.4"
    reminders = main_window.units_panel.reminders_view
    main_window.nav.setCurrentRow(1)
    main_window.units_panel.tabs.setCurrentWidget(reminders)
    reminders.reload()
    assert reminders.expiring.texts(1) == ["某某大厦"]
    assert reminders.expiring_label.text() == "30天内到期的协议 1 份，近30天已到期 0 份"


def test_a_resource_the_unit_already_offers_is_refused_in_the_dialog(main_window: MainWindow, db: Database, place,  # type: ignore[no-untyped-def]
                                                                      qtbot, message_boxes) -> None:
    from coordinator_app.ui.units.resource_dialog import ResourceDialog

    unit_id = units.create_unit(db, {"name": "某某大厦", "category": "office_building", "street_id": place["street"]})
    units_parts.save_resource(db, {"unit_id": unit_id, "kind": "venue", "description": "会议室", "amount": 40})
    dialog = ResourceDialog(db, unit_id, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.set_current_id("venue")
    type_text(qtbot, dialog.description_edit, " 会议室 ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert message_boxes.texts() == ["该单位已有资源“场地：会议室”，不能重复添加。如需更改数量或时间，请修改原有的那一项。"]
    assert dialog.isVisible() and dialog.result() == 0 and is_invalid(dialog.description_edit)
    with db.read() as session:
        assert [r.description for r in units_parts.resource_rows(session, unit_id)] == ["会议室"]

    dialog.kind_combo.set_current_id("people")  # the same words under another type are another resource
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with db.read() as session:
        assert sorted(r.kind for r in units_parts.resource_rows(session, unit_id)) == ["people", "venue"]
