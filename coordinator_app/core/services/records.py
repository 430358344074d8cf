"""Generic record operations shared by every panel: create, update, soft delete and restore, the
recycle bin, each record's history and undo of the last change."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from ..changelog import decode_value, encode_value, read_snapshot
from ..database import Database
from ..errors import Cancelled, NotFoundError, NothingToUndoError, ValidationError
from ..models import CREATED, RECORD_CLASSES, ChangeLogEntry, CoBuildingUnit, Record, new_id, utcnow
from ..vocab import RECORD_TYPES

R = TypeVar("R", bound=Record)

#: record types that appear in the recycle bin (the others are parts of these)
RECYCLABLE = ("site", "room", "person", "party_org", "reception", "community", "site_assignment",
              "co_unit", "unit_resource", "co_agreement", "unit_contact", "community_need", "need_match")

#: the councils panel's records (议事会)
RECYCLABLE += ("council", "meeting", "agenda_item", "action_item", "appeal")

#: batches that undo never picks: seeding the streets, and bulk loads that log one summary row
#: (undoing them would write nothing and leave the batch forever "undoable")
NOT_UNDOABLE_ACTIONS = ("导入街道", "载入演示数据", "导出完整个人信息")


def get_live(session: Session, cls: type[R], record_id: str, label: str = "记录") -> R:
    obj = session.get(cls, record_id)
    if obj is None or obj.deleted_at is not None:
        raise NotFoundError(f"找不到该{label}，它可能已被删除。")
    return obj


def assign(obj: Record, values: dict[str, Any]) -> None:
    columns = type(obj).__table__.columns
    for key, value in values.items():
        if key not in columns or key in ("id", "created_at", "updated_at", "deleted_at"):
            raise ValueError(f"unknown field {key!r} for {type(obj).__name__}")
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def create(db: Database, cls: type[R], values: dict[str, Any], action: str) -> str:
    with db.unit_of_work(action) as session:
        obj = cls()
        assign(obj, values)
        session.add(obj)
        session.flush()
        return obj.id


def update(db: Database, cls: type[R], record_id: str, values: dict[str, Any], action: str, label: str = "记录") -> None:
    with db.unit_of_work(action) as session:
        assign(get_live(session, cls, record_id, label), values)


def soft_delete(db: Database, cls: type[Record], record_id: str, label: str = "记录") -> None:
    with db.unit_of_work(f"删除{label}") as session:
        get_live(session, cls, record_id, label).deleted_at = utcnow()


@dataclass(frozen=True)
class DeletedRecord:
    record_type: str
    type_label: str
    id: str
    name: str
    deleted_at: datetime
    #: a co-building unit merged into another: the name of the unit it went into (restoring takes back the merge)
    merged_into: str = ""


def recycle_bin(db: Database, limit: int = 500) -> list[DeletedRecord]:
    rows: list[DeletedRecord] = []
    with db.read() as session:
        from .people import deleted_with_person  # people builds on this module

        targets: dict[str, str] = {}
        for record_type in RECYCLABLE:
            cls = RECORD_CLASSES[record_type]
            for obj in session.scalars(
                select(cls).where(cls.deleted_at.is_not(None)).order_by(cls.deleted_at.desc()).limit(limit)
            ):
                if record_type == "site_assignment" and deleted_with_person(session, obj):  # type: ignore[arg-type]
                    continue
                target = getattr(obj, "merged_into_id", None)
                if target:
                    targets[obj.id] = target
                rows.append(DeletedRecord(record_type, RECORD_TYPES[record_type], obj.id, obj.display_name(),
                                          obj.deleted_at))  # type: ignore[arg-type]
        if targets:
            names: dict[str, str] = {unit_id: name for unit_id, name in session.execute(
                select(CoBuildingUnit.id, CoBuildingUnit.name).where(CoBuildingUnit.id.in_(set(targets.values()))))}
            rows = [replace(r, merged_into=names.get(targets[r.id], "")) if r.id in targets else r for r in rows]
    rows.sort(key=lambda r: r.deleted_at, reverse=True)
    return rows[:limit]


def restore(db: Database, record_type: str, record_id: str) -> None:
    """Bring a record back from the recycle bin. A co-building unit that was merged into another also takes
    back what the merge moved from it (``units.unmerge``), in the same unit of work."""
    cls = RECORD_CLASSES[record_type]
    with db.unit_of_work(f"恢复{RECORD_TYPES[record_type]}") as session:
        obj = session.get(cls, record_id)
        if obj is None:
            raise NotFoundError("回收站中找不到该记录。")
        _refuse_when_parent_deleted(session, obj)
        if getattr(obj, "merged_into_id", None):
            from .units import unmerge  # units builds on this module

            session.info["action"] = f"恢复{RECORD_TYPES[record_type]}（撤销合并）"
            unmerge(session, obj)  # type: ignore[arg-type]
        if record_type == "person":
            from .people import restore_dependants  # people builds on this module

            restore_dependants(session, obj)  # type: ignore[arg-type]
        obj.deleted_at = None


def _refuse_when_parent_deleted(session: Session, obj: Record) -> None:
    """A ValidationError naming the record ``obj`` belongs to (its council, unit, site, person …) when that one
    is still in the recycle bin: restored alone, ``obj`` would show in lists under a record no one can open."""
    classes = {cls.__table__.name: cls for cls in RECORD_CLASSES.values()}
    for column in type(obj).__table__.columns:
        if column.name == "merged_into_id":
            continue
        for key in column.foreign_keys:
            parent_cls = classes.get(key.column.table.name)
            value = getattr(obj, column.key, None)
            parent = session.get(parent_cls, value) if parent_cls is not None and value else None
            if parent is not None and parent.deleted_at is not None:
                label = RECORD_TYPES.get(parent_cls.__record_type__, "记录")  # type: ignore[union-attr]
                raise ValidationError(f"它所属的{label}“{parent.display_name()}”还在回收站中，请先恢复{label}。")


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    user_name: str
    action: str
    field: str
    old_value: str | None
    new_value: str | None


def history(db: Database, record_id: str) -> list[HistoryEntry]:
    """Newest first. A creation reads as its ``*created`` row (with the record's name) under one row per
    initial value, as if each field had been set in turn."""
    with db.read() as session:
        entries = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.record_id == record_id).order_by(ChangeLogEntry.seq.desc())
        )
        out: list[HistoryEntry] = []
        for e in entries:
            if e.field != CREATED:
                out.append(HistoryEntry(e.changed_at, e.user_name, e.action, e.field, e.old_value, e.new_value))
                continue
            name, values = read_snapshot(e.new_value)
            out.extend(HistoryEntry(e.changed_at, e.user_name, e.action, key, None, value)
                       for key, value in reversed(values.items()))
            out.append(HistoryEntry(e.changed_at, e.user_name, e.action, CREATED, None, name))
        return out


#: fields that hold the id of another record, with that record's type
REFERENCE_FIELDS = {
    "street_id": "street", "community_id": "community", "parent_id": "site", "site_id": "site",
    "person_id": "person", "secretary_id": "person", "reception_id": "reception",
    "unit_id": "co_unit", "merged_into_id": "co_unit", "our_person_id": "person", "need_id": "community_need",
    "resource_id": "unit_resource",
}

#: the councils panel's references (议事会)
REFERENCE_FIELDS.update({
    "council_id": "council", "meeting_id": "meeting", "previous_id": "meeting", "chair_id": "person",
    "recorder_id": "person", "proposer_id": "person", "owner_id": "person", "handler_id": "person",
    "appeal_id": "appeal", "agenda_item_id": "agenda_item",
})


def reference_names(db: Database, references: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Names for ``(field, id)`` pairs such as a history's ``("street_id", "…")``: {id: name}. Deleted
    records keep their name; unknown fields and ids are left out."""
    wanted: dict[str, set[str]] = {}
    for field_name, record_id in references:
        record_type = REFERENCE_FIELDS.get(field_name)
        if record_type and record_id:
            wanted.setdefault(record_type, set()).add(record_id)
    names: dict[str, str] = {}
    with db.read() as session:
        for record_type, ids in wanted.items():
            cls = RECORD_CLASSES[record_type]
            for obj in session.scalars(select(cls).where(cls.id.in_(sorted(ids)))):
                names[obj.id] = obj.display_name()
    return names


def _undoable_batch(session: Session, user_name: str) -> str | None:
    """The newest batch of this user that is not itself an undo and has not been undone."""
    undone = select(ChangeLogEntry.undoes_batch).where(ChangeLogEntry.undoes_batch.is_not(None))
    return session.scalar(
        select(ChangeLogEntry.batch_id)
        .where(ChangeLogEntry.user_name == user_name, ChangeLogEntry.undoes_batch.is_(None),
               ChangeLogEntry.batch_id.not_in(undone), ChangeLogEntry.action.not_in(NOT_UNDOABLE_ACTIONS))
        .order_by(ChangeLogEntry.seq.desc())
        .limit(1)
    )


_ID_IN_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _refuse_when_used_since(session: Session, entries: list[ChangeLogEntry], created: set[str], action: str) -> None:
    """A ValidationError when a later change that still stands (by anyone: a colleague, an imported copy)
    touched a record of the batch, or refers to a record the batch created: undoing it would throw that
    change away or leave it pointing at a deleted record. The later changes are read once, whatever the size
    of the batch (an import of 10,000 units)."""
    touched = {e.record_id for e in entries}
    undone = select(ChangeLogEntry.undoes_batch).where(ChangeLogEntry.undoes_batch.is_not(None))
    later = (select(ChangeLogEntry.record_id, ChangeLogEntry.new_value)
             .where(ChangeLogEntry.seq > max(e.seq for e in entries), ChangeLogEntry.undoes_batch.is_(None),
                    ChangeLogEntry.batch_id.not_in(undone))
             .execution_options(yield_per=2000))
    for record_id, new_value in session.execute(later):
        if record_id in touched:
            raise ValidationError(f"“{action}”之后该记录又被修改过，无法撤销。")
        if created and new_value and any(found in created for found in _ID_IN_TEXT.findall(new_value)):
            raise ValidationError(f"“{action}”之后又有其他记录用到了它，无法撤销。")


def _remove_created(session: Session, record_type: str, ids: list[str], step: Callable[[int], None]) -> None:
    """Soft-delete the records a batch created, a few hundred per statement, logging each removal as the
    session would (``deleted_at`` set), instead of loading every record: undoing an import of 10,000 units.
    ``step(n)`` is called before each statement with the number of records it takes."""
    cls = RECORD_CLASSES[record_type]
    now = utcnow()
    info = session.info
    session.flush()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        step(len(chunk))
        live = list(session.scalars(select(cls.id).where(cls.id.in_(chunk), cls.deleted_at.is_(None))))
        if not live:
            continue
        session.execute(sql_update(cls).where(cls.id.in_(live)).values(deleted_at=now, updated_at=now)
                        .execution_options(synchronize_session=False))
        session.execute(insert(ChangeLogEntry), [{
            "id": new_id(), "batch_id": info["batch_id"], "record_type": record_type, "record_id": record_id,
            "field": "deleted_at", "old_value": None, "new_value": encode_value(now), "changed_at": now,
            "user_name": info.get("user_name", ""), "copy_id": info.get("copy_id", ""),
            "action": info.get("action", ""), "undoes_batch": info.get("undoes_batch")} for record_id in live])
    session.expire_all()


def last_change(db: Database) -> str | None:
    """A description of what ``undo_last`` would undo, or None."""
    with db.read() as session:
        batch = _undoable_batch(session, db.user_name)
        if batch is None:
            return None
        return session.scalar(select(ChangeLogEntry.action).where(ChangeLogEntry.batch_id == batch).limit(1)) or "修改"


def undo_last(db: Database, on_undone: Callable[[str], None] | None = None,
              progress: Callable[[int, int, str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> str:
    """Reverse this user's newest change. Returns its description. ``progress(done, total, message)`` and
    ``cancelled()`` serve a progress dialog: a cancelled undo raises ``Cancelled`` and changes nothing."""
    with db.read() as session:
        batch = _undoable_batch(session, db.user_name)
        if batch is None:
            raise NothingToUndoError("没有可以撤销的操作。")
        entries = list(session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.batch_id == batch).order_by(ChangeLogEntry.seq.desc())
        ))
    action = entries[0].action or "修改"
    created = {e.record_id for e in entries if e.field == CREATED}
    with db.read() as session:
        _refuse_when_used_since(session, entries, created, action)
    with db.unit_of_work(f"撤销：{action}", undoes_batch=batch) as session:
        removed: dict[str, list[str]] = {}
        for entry in entries:
            cls = RECORD_CLASSES.get(entry.record_type)
            if cls is None:
                continue
            if entry.field == CREATED:
                removed.setdefault(entry.record_type, []).append(entry.record_id)
                continue
            if entry.record_id in created:
                continue
            obj = session.get(cls, entry.record_id)
            if obj is None:
                continue
            if entry.field in cls.__table__.columns:
                current = getattr(obj, entry.field)
                if encode_value(current) != entry.new_value:
                    raise ValidationError(f"“{action}”之后该记录又被修改过，无法撤销。")
                setattr(obj, entry.field, decode_value(cls, entry.field, entry.old_value))
        total = sum(len(ids) for ids in removed.values())
        done = [0]

        def step(count: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled(f"已取消撤销“{action}”，数据未作改动。")
            if progress is not None:
                progress(done[0], total, f"正在撤销“{action}”…")
            done[0] += count

        for record_type, ids in removed.items():
            _remove_created(session, record_type, ids, step)
    if on_undone:
        on_undone(action)
    return action


def database_is_empty(db: Database) -> bool:
    """True when no site and no person has been recorded (the app then offers demo data)."""
    from ..models import Person, Site

    with db.read() as session:
        return session.scalar(select(Site.id).limit(1)) is None and session.scalar(select(Person.id).limit(1)) is None
