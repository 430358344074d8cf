"""Why a record's history (修改记录) is empty. Records written through the services log their creation;
the demo data goes in with bulk inserts that log one summary row for the whole load (“载入演示数据”), so a
record it loaded has no row of its own until someone changes it."""

from __future__ import annotations

from sqlalchemy import func, select

from ..database import Database
from ..demo import DEMO_ACTION
from ..models import RECORD_CLASSES, ChangeLogEntry


def loaded_by_demo(db: Database, record_id: str) -> bool:
    """True when the record has no change-log row of its own and was created by the time the demo data's
    load was logged: the demo brought it in."""
    with db.read() as session:
        loaded_at = session.scalar(select(func.max(ChangeLogEntry.changed_at))
                                   .where(ChangeLogEntry.action == DEMO_ACTION))
        if loaded_at is None:
            return False
        if session.scalar(select(ChangeLogEntry.id).where(ChangeLogEntry.record_id == record_id).limit(1)):
            return False
        for cls in RECORD_CLASSES.values():
            created_at = session.scalar(select(cls.created_at).where(cls.id == record_id))
            if created_at is not None:
                return bool(created_at <= loaded_at)
        return False
