"""Records every change made through an ORM session as change-log rows.

Installed on the session factory by ``Database``; each unit of work carries its batch id, user name and
copy id in ``session.info``. Values are stored as text (``encode_value``) and read back by column type
(``decode_value``), which undo and sync use."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, event, inspect
from sqlalchemy.orm import Session

from .models import CREATED, ChangeLogEntry, Record, utcnow

#: columns that change on every write and say nothing to the user
UNTRACKED = frozenset({"id", "created_at", "updated_at", "search_text", "name_key"})


def encode_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def decode_value(record_class: type[Record], field: str, text: str | None) -> Any:
    if text is None:
        return None
    column = record_class.__table__.columns[field]
    if isinstance(column.type, Boolean):
        return text == "1"
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(text)
    if isinstance(column.type, Date):
        return date.fromisoformat(text)
    if isinstance(column.type, Integer):
        return int(text)
    if isinstance(column.type, Float):
        return float(text)
    return text


def tracked_columns(record_class: type[Record]) -> list[str]:
    return [c.key for c in record_class.__table__.columns if c.key not in UNTRACKED]


def _entry(session: Session, obj: Record, field: str, old: Any, new: Any) -> ChangeLogEntry:
    info = session.info
    return ChangeLogEntry(
        batch_id=info["batch_id"],
        record_type=obj.__record_type__,
        record_id=obj.id,
        field=field,
        old_value=encode_value(old),
        new_value=encode_value(new),
        changed_at=info.get("changed_at") or utcnow(),
        user_name=info.get("user_name", ""),
        copy_id=info.get("copy_id", ""),
        action=info.get("action", ""),
        undoes_batch=info.get("undoes_batch"),
    )


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    if "batch_id" not in session.info:
        return  # a read-only session or a bulk tool that logs by itself
    entries: list[ChangeLogEntry] = []
    for obj in session.new:
        if not isinstance(obj, Record):
            continue
        if obj.id is None:
            from .models import new_id

            obj.id = new_id()
        entries.append(_entry(session, obj, CREATED, None, obj.display_name()))
        for key in tracked_columns(type(obj)):
            value = getattr(obj, key)
            if value is None:
                column = type(obj).__table__.columns[key]
                default = column.default.arg if column.default is not None and not callable(column.default.arg) else None
                value = default
            if value not in (None, ""):
                entries.append(_entry(session, obj, key, None, value))
    for obj in session.dirty:
        if not isinstance(obj, Record) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        for key in tracked_columns(type(obj)):
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if encode_value(old) != encode_value(new):
                entries.append(_entry(session, obj, key, old, new))
    for obj in session.deleted:
        if isinstance(obj, Record):
            raise RuntimeError("records are soft-deleted; set deleted_at instead of session.delete()")
    session.add_all(entries)


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", _before_flush)
