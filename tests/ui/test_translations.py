"""The Chinese translation is complete and compiled, and the Chinese UI shows no English.

- every source string in ``coordinator_app/ui`` is in the committed ``coordinator_zh_CN.ts`` (and nothing
  stale is left in it), none is unfinished;
- the committed ``.qm`` is what ``lrelease`` makes of the committed ``.ts``;
- the main window with the Sites and Network tabs, the site form and the dialogs show no English words."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)
from test_sites_support import small_network

from coordinator_app.core.database import Database
from coordinator_app.core.services import people, sites
from coordinator_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _tools():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


@pytest.fixture(scope="module")
def tools():  # type: ignore[no-untyped-def]
    return _tools()


def test_committed_ts_has_every_ui_string_and_nothing_unfinished(tools, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fresh = tmp_path / "fresh.ts"
    tools.lupdate(fresh)
    committed = tools.ts_path("zh_CN")
    in_sources, in_ts = _messages(fresh), _messages(committed)
    missing = sorted(in_sources - in_ts)
    stale = sorted(in_ts - in_sources)
    assert not missing, f"strings not in the .ts (run: python tools/translations.py update): {missing[:20]}"
    assert not stale, f"strings in the .ts that the UI no longer has (run update): {stale[:20]}"
    unfinished = tools.unfinished(committed)
    assert not unfinished, f"untranslated (python tools/translations.py unfinished): {unfinished[:20]}"


def test_committed_qm_is_compiled_from_the_committed_ts(tools, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ts = tools.ts_path("zh_CN")
    qm = ts.with_suffix(".qm")
    assert qm.exists(), "run: python tools/translations.py release"
    compiled = tmp_path / "check.qm"
    subprocess.run([tools._tool("lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == qm.read_bytes(), "the .qm is out of date: python tools/translations.py release"


# --- no English on screen ----------------------------------------------------------------------------

ENGLISH = re.compile(r"[A-Za-z]{3,}")
#: words that are the same in a Chinese UI (product and format names)
ALLOWED_WORDS = {"PostgreSQL", "SQLite", "Excel", "PDF", "USB", "Windows", "Linux"}
PATH = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s：:，,；;]*")


def english_in(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", "", text or "")  # rich-text markup
    text = PATH.sub("", text)  # data folder, log file
    return [w for w in ENGLISH.findall(text) if w not in ALLOWED_WORDS]


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # list models hide columnCount
        columns = 1
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), 50)):
            for column in range(columns if not parent.isValid() else min(columns, model.columnCount(parent))):
                texts.append(str(model.index(row, column, parent).data() or ""))
            if depth < 4:
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        if action.menu():
            texts.extend(_menu_texts(action.menu()))
    return texts


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what a user can read in ``top``: labels, buttons, tabs, headers and cells,
    placeholders, combo entries, tooltips, the window title and its menus."""
    found = [("window title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        name = f"{type(widget).__name__}({widget.objectName()})"
        texts: list[str] = [widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.extend([widget.placeholderText(), widget.text()])
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            texts.extend(_model_texts(widget))
        found.extend((name, t) for t in texts if t)
    menu_bar = getattr(top, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            found.extend(("menu", t) for t in _menu_texts(action.menu()) if t)
    return found


def assert_no_english(top: QWidget) -> None:
    offending = [(where, text) for where, text in visible_texts(top) if english_in(text)]
    assert not offending, f"English on screen: {offending[:15]}"


def test_english_detector() -> None:
    assert english_in("Save") == ["Save"]
    assert english_in("数据文件夹：/tmp/pytest-of-root/data") == []
    assert english_in('阵地名称 <span style="color:#c0392b">*</span>') == []
    assert english_in("撤销(&U)：修改阵地") == []
    assert english_in("支持 PostgreSQL") == []


def test_sites_and_network_tabs_show_no_english(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    net = small_network(db)
    sites.create_room(db, net.community_centre, "党员活动室", 20)
    panel = main_window.station_panel
    assert panel is not None
    panel.sites_view.apply_filter()
    panel.tabs.setCurrentWidget(panel.sites_view)
    shown = {text for _where, text in visible_texts(main_window)}
    # the walk sees tabs, headers, cells, buttons, combo entries, placeholders and menus
    assert {"阵地", "阵地名称", "两代表一委员工作室（流花）", "新建", "全部街道", "搜索名称、地址、电话或运营机构",
            "编辑(&E)", "回收站(&R)…"} <= shown
    assert_no_english(main_window)
    panel.tabs.setCurrentWidget(panel.network_view)
    panel.network_view.tree.expandAll()
    assert_no_english(main_window)


def test_site_form_and_dialogs_show_no_english(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.ui.dialogs.history_dialog import HistoryDialog
    from coordinator_app.ui.dialogs.recycle_bin_dialog import RecycleBinDialog
    from coordinator_app.ui.stations.site_form import SiteForm
    from coordinator_app.ui.stations.site_party_orgs import PartyOrgDialog

    net = small_network(db)
    sites.create_room(db, net.station, "活动室", 20)
    person = people.create_person(db, {"name": "周书记"})
    sites.save_party_org(db, {"name": "站点党支部", "level": "branch", "secretary_id": person, "site_id": net.station})
    sites.delete_site(db, net.studio)
    dialogs: list[QWidget] = [SiteForm(db, None, main_window)]
    for tab in range(3):
        dialogs.append(SiteForm(db, net.station, main_window, tab=tab))
    dialogs += [PartyOrgDialog(db, net.station, None, main_window),
                PartyOrgDialog(db, net.station, sites.list_party_orgs(db, net.station)[0].id, main_window),
                RecycleBinDialog(db, main_window), HistoryDialog(db, net.station, "历史记录", main_window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert_no_english(dialog)
        dialog.hide()
