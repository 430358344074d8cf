"""An empty history says why instead of 共 0 条修改记录: a record the demo data loaded, or one with no
change recorded."""

from __future__ import annotations

from sqlalchemy import select

from coordinator_app.core.database import Database
from coordinator_app.core.demo import generate_demo
from coordinator_app.core.models import ChangeLogEntry, Site
from coordinator_app.core.services import sites
from coordinator_app.ui.dialogs.history_dialog import HistoryDialog
from coordinator_app.ui.main_window import MainWindow


def show(qtbot, dialog: HistoryDialog) -> HistoryDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_history_of_a_demo_record_says_it_came_with_the_demo(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    generate_demo(db, "small")
    with db.read() as session:
        site_id = session.scalar(select(Site.id).order_by(Site.sort_name).limit(1))
    dialog = show(qtbot, HistoryDialog(db, site_id, "修改记录：安华社区党群服务中心", main_window))
    assert dialog.empty_note.isVisible() and not dialog.table.isVisible()
    assert dialog.empty_note.text() == "此记录随演示数据批量载入，尚无修改记录。"
    labels = [w.text() for w in dialog.findChildren(type(dialog.empty_note)) if w.isVisible()]
    assert not any("共 0 条" in text for text in labels)


def test_history_without_entries_says_none_is_recorded(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.core.services import geography

    site_id = sites.create_site(db, {"name": "站", "kind": "social_work_station",
                                     "street_id": geography.list_streets(db)[0].id})
    with db.engine.begin() as conn:  # as a record of an older version, written without a change log
        conn.execute(ChangeLogEntry.__table__.delete().where(ChangeLogEntry.__table__.c.record_id == site_id))
    dialog = show(qtbot, HistoryDialog(db, site_id, "修改记录：站", main_window))
    assert dialog.empty_note.text() == "尚无修改记录。"
    assert not dialog.table.isVisible()


def test_a_history_with_entries_counts_them(main_window: MainWindow, db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.core.services import geography

    site_id = sites.create_site(db, {"name": "站", "kind": "social_work_station",
                                     "street_id": geography.list_streets(db)[0].id})
    dialog = show(qtbot, HistoryDialog(db, site_id, "修改记录：站", main_window))
    assert dialog.table.isVisible() and not dialog.empty_note.isVisible()
    count = dialog.model.rowCount()
    assert count > 0
    assert any(w.text() == f"共 {count} 条修改记录" for w in dialog.findChildren(type(dialog.empty_note)))
