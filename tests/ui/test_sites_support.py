"""Helpers shared by the sites GUI tests (no tests here): a few streets' worth of sites, and the views."""

from __future__ import annotations

from dataclasses import dataclass

from coordinator_app.core.database import Database
from coordinator_app.core.services import geography, sites
from coordinator_app.ui.main_window import MainWindow


@dataclass
class SmallNetwork:
    street_a: str
    street_a_name: str
    street_b: str
    street_b_name: str
    community: str
    centre: str
    community_centre: str
    station: str
    studio: str


def small_network(db: Database) -> SmallNetwork:
    streets = geography.list_streets(db)
    a, b = streets[0], streets[1]
    community = geography.create_community(db, a.id, "东华社区")
    centre = sites.create_site(db, {"name": f"{a.name}党群服务中心", "kind": "street_service_center",
                                    "street_id": a.id, "address": "北京路100号", "phone": "020-83001234"})
    community_centre = sites.create_site(db, {"name": "东华社区党群服务中心", "kind": "community_service_center",
                                              "street_id": a.id, "community_id": community, "parent_id": centre,
                                              "address": "东华东路5号"})
    station = sites.create_site(db, {"name": f"{b.name}社工服务站", "kind": "social_work_station",
                                     "street_id": b.id, "operator": "越秀区启创社会工作服务中心"})
    studio = sites.create_site(db, {"name": "两代表一委员工作室（流花）", "kind": "deputies_studio", "street_id": b.id,
                                    "address": "流花路8号"})
    return SmallNetwork(a.id, a.name, b.id, b.name, community, centre, community_centre, station, studio)


def sites_view(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.station_panel is not None
    return window.station_panel.sites_view


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` as a user would: ASCII with key presses, Chinese as a Pinyin input method commits it
    (QTest cannot press keys for characters outside ASCII)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    chunk = ""
    for ch in text + "\0":
        if ch != "\0" and (ch.isascii()) == (chunk[:1].isascii() if chunk else ch.isascii()):
            chunk += ch
            continue
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)
        chunk = ch if ch != "\0" else ""
