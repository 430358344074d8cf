"""The co-building units panel in Chinese: its tabs, lists, unit page and dialogs show no English."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget
from test_translations import assert_no_english, visible_texts

from coordinator_app.core import credit_code
from coordinator_app.core.database import Database
from coordinator_app.core.services import agreements, geography, needs, sites, units, units_parts
from coordinator_app.ui.main_window import MainWindow

TODAY = date.today()


def _code(seed: str) -> str:
    first17 = ("91440104" + seed.rjust(9, "0"))[:17]
    return first17 + credit_code.check_character(first17)


def _small_directory(db: Database) -> dict[str, str]:
    street = geography.list_streets(db)[0].id
    community = geography.create_community(db, street, "东华社区")
    unit = units.create_unit(db, {"name": "广州某某贸易有限公司", "category": "non_public", "street_id": street,
                                  "community_id": community, "credit_code": _code("12"), "contact_name": "黄经理",
                                  "contact_phone": "13812345678", "in_charity_alliance": True, "tags": "志愿服务"})
    twin = units.create_unit(db, {"name": "广州某某贸易", "category": "non_public", "street_id": street})
    units_parts.save_resource(db, {"unit_id": unit, "kind": "people", "description": "党员志愿者", "amount": 10,
                                   "unit_of_measure": "人"})
    units_parts.save_contact(db, {"unit_id": unit, "contacted_on": TODAY - timedelta(days=3), "summary": "走访"})
    agreement = agreements.save_agreement(db, {"unit_id": unit, "community_id": community, "title": "共建协议",
                                               "signed_on": TODAY - timedelta(days=300),
                                               "valid_until": TODAY + timedelta(days=20)})
    need = needs.save_need(db, {"community_id": community, "title": "长者饭堂志愿者", "resource_kind": "people"})
    match = needs.record_match(db, need, unit, reasons="同社区")
    sites.save_party_org(db, {"name": "某某贸易党支部", "level": "branch", "unit_id": unit})
    return {"unit": unit, "twin": twin, "agreement": agreement, "need": need, "match": match, "street": street}


def test_units_panel_shows_no_english(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = _small_directory(db)
    main_window.nav.setCurrentRow(1)
    panel = main_window.units_panel
    panel.units_view.apply_filter()
    shown = {text for _where, text in visible_texts(main_window)}
    assert {"共建单位", "单位名录", "广州某某贸易有限公司", "非公企业", "全部类别", "两新组织", "合并重复…"} <= shown
    assert_no_english(main_window)
    panel.tabs.setCurrentWidget(panel.needs_view)
    panel.needs_view.apply_filter()
    assert panel.needs_view.select_need(data["need"])
    assert_no_english(main_window)
    panel.tabs.setCurrentWidget(panel.reminders_view)
    panel.reminders_view.reload()
    assert_no_english(main_window)


def test_unit_page_and_dialogs_show_no_english(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.ui.dialogs.history_dialog import HistoryDialog
    from coordinator_app.ui.dialogs.recycle_bin_dialog import RecycleBinDialog
    from coordinator_app.ui.units.agreement_dialog import AgreementDialog
    from coordinator_app.ui.units.contact_dialog import ContactDialog
    from coordinator_app.ui.units.merge_dialog import MergeDialog
    from coordinator_app.ui.units.need_form import NeedForm
    from coordinator_app.ui.units.outcome_dialog import OutcomeDialog
    from coordinator_app.ui.units.resource_dialog import ResourceDialog
    from coordinator_app.ui.units.unit_form import UnitForm
    from coordinator_app.ui.units.unit_page import UnitPage

    data = _small_directory(db)
    units.merge_units(db, data["unit"], data["twin"])
    dialogs: list[QWidget] = [UnitForm(db, None, main_window), UnitForm(db, data["unit"], main_window)]
    for tab in range(5):
        dialogs.append(UnitPage(db, data["unit"], main_window, tab))
    dialogs += [
        ResourceDialog(db, data["unit"], None, main_window),
        ContactDialog(db, data["unit"], None, main_window),
        AgreementDialog(db, data["unit"], None, main_window, street_id=data["street"]),
        AgreementDialog(db, data["unit"], data["agreement"], main_window),
        NeedForm(db, None, main_window), NeedForm(db, data["need"], main_window),
        OutcomeDialog(db, needs.matches_of_need(db, data["need"])[0], main_window),
        MergeDialog(db, data["unit"], main_window),
        HistoryDialog(db, data["unit"], "修改记录", main_window, units.unit_history(db, data["unit"])),
        RecycleBinDialog(db, main_window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert_no_english(dialog)
        dialog.hide()
