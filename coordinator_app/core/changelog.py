"""Records every change made through an ORM session as change-log rows.

Installed on the session factory by ``Database``; each unit of work carries its batch id, user name and
copy id in ``session.info``. Values are stored as text (``encode_value``) and read back by column type
(``decode_value``), which undo and sync use.

A new record is logged as one ``*created`` row whose value is a snapshot of the record as created (its name
and every non-empty tracked field, ``creation_snapshot``); a change to a record is logged as one row per
changed field, with the old and the new value."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, event, inspect
from sqlalchemy.orm import Session

from .models import CREATED, ChangeLogEntry, Record, utcnow

#: columns that change on every write and say nothing to the user
UNTRACKED = frozenset({"id", "created_at", "updated_at", "search_text", "name_key", "sort_name"})


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


@cache
def tracked_columns(record_class: type[Record]) -> tuple[str, ...]:
    return tuple(c.key for c in record_class.__table__.columns if c.key not in UNTRACKED)


#: the key of a creation snapshot that holds the record's name as shown in its history
SNAPSHOT_NAME = "*name"


_SNAPSHOT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def creation_snapshot(name: str, values: dict[str, str]) -> str:
    """The value of a ``*created`` row: the record's name and its initial values (encoded, non-empty only)."""
    return _SNAPSHOT_JSON.encode({SNAPSHOT_NAME: name, **values})


def read_snapshot(text: str | None) -> tuple[str, dict[str, str]]:
    """(name, initial values) of a ``*created`` row's value; a value that is not a snapshot is taken as a name."""
    try:
        data = json.loads(text or "")
    except ValueError:
        return text or "", {}
    if not isinstance(data, dict) or not isinstance(data.get(SNAPSHOT_NAME), str):
        return text or "", {}
    name = data.pop(SNAPSHOT_NAME)
    return name, {str(k): v for k, v in data.items() if isinstance(v, str)}


def initial_values(record_class: type[Record], values: dict[str, Any], defaults: dict[str, Any]) -> dict[str, str]:
    """The encoded non-empty tracked values of a new record, a column's constant default standing in for None."""
    out: dict[str, str] = {}
    for key in tracked_columns(record_class):
        value = values.get(key)
        if value is None:
            value = defaults.get(key)
        if value is None or value == "":
            continue
        out[key] = value if type(value) is str else encode_value(value)  # type: ignore[assignment]
    return out


@cache
def constant_defaults(record_class: type[Record]) -> dict[str, Any]:
    """Column key -> its default when that is a constant (not a function such as ``new_id``)."""
    out: dict[str, Any] = {}
    for column in record_class.__table__.columns:
        default = column.default
        if default is not None and not callable(default.arg):
            out[column.key] = default.arg
    return out


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
        cls = type(obj)
        values = {key: getattr(obj, key) for key in tracked_columns(cls)}
        snapshot = creation_snapshot(obj.display_name(), initial_values(cls, values, constant_defaults(cls)))
        entries.append(_entry(session, obj, CREATED, None, snapshot))
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
