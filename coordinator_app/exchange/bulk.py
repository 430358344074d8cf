"""Inserting many new records in one statement per table, with the change-log rows the ORM session would
write (one ``*created`` snapshot row per record), in the caller's unit of work.

The ORM path costs ~1 ms a record with its change log; an import of 10,000 units with 20,000 resources
would take half a minute that way. Records come as plain dicts of column values; their derived columns (sort
keys, search text) are filled by the models' own ``fills_derived`` functions. Rows go to the driver's
``executemany`` as tuples, each value converted by its column type's own bind processor (a timestamp shared by
every row is converted once)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

from ..core.changelog import constant_defaults, creation_snapshot, initial_values
from ..core.models import CREATED, ChangeLogEntry, Record, utcnow
from ..core.models.base import DERIVED, new_ids

#: change-log columns filled by the database
_LOG_SKIPPED = ("seq",)


class _Values:
    """A record's values as attributes (what ``fills_derived`` functions and ``display_name`` read), held in
    the very dict that becomes the row."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__ = values


@dataclass
class Prepared:
    """New records of one class and their change-log rows, ready to be written."""

    table: Table
    rows: list[dict[str, Any]]
    log: list[dict[str, Any]]

    @property
    def ids(self) -> list[str]:
        return [row["id"] for row in self.rows]


def insert_logged(session: Session, cls: type[Record], records: list[dict[str, Any]]) -> list[str]:
    """Insert new records of ``cls``, each given as {column key: value} (an ``id`` is made when absent), and
    log their creation in the session's change-log batch. Returns their ids, in order."""
    prepared = prepare_logged(session, cls, records)
    write_prepared(session.connection(), prepared)
    return prepared.ids


def prepare_logged(session: Session, cls: type[Record], records: list[dict[str, Any]]) -> Prepared:
    """The rows ``insert_logged`` writes, worked out without touching the database."""
    keys = [c.key for c in cls.__table__.columns]
    defaults = constant_defaults(cls)
    blank = {key: defaults.get(key) for key in keys}
    fill = DERIVED.get(cls)
    info = session.info
    stamp = utcnow()
    ids = new_ids(2 * len(records))
    base = {"batch_id": info["batch_id"], "record_type": cls.__record_type__,
            "changed_at": info.get("changed_at") or stamp, "user_name": info.get("user_name", ""),
            "copy_id": info.get("copy_id", ""), "action": info.get("action", ""),
            "undoes_batch": info.get("undoes_batch"), "old_value": None, "field": CREATED}
    rows: list[dict[str, Any]] = []
    log: list[dict[str, Any]] = []
    for n, values in enumerate(records):
        row = blank.copy()
        for key, value in values.items():
            if value is not None:
                row[key] = value
        row["id"] = row["id"] or ids[2 * n]
        # the change log sees the values as given, before derived columns are filled (as the session does)
        initial = initial_values(cls, row, defaults)
        target = _Values(row)
        if fill is not None:
            fill(target)
        row["created_at"] = row["updated_at"] = stamp
        row["deleted_at"] = None
        rows.append(row)
        log.append({**base, "id": ids[2 * n + 1], "record_id": row["id"],
                    "new_value": creation_snapshot(cls.display_name(target), initial)})  # type: ignore[arg-type]
    return Prepared(cls.__table__, rows, log)


def write_prepared(connection: Connection, prepared: Prepared) -> None:
    if prepared.rows:
        _execute_many(connection, prepared.table, prepared.rows)
        _execute_many(connection, ChangeLogEntry.__table__, prepared.log, skipped=_LOG_SKIPPED)


def _execute_many(connection: Connection, table: Table, rows: list[dict[str, Any]], skipped: tuple[str, ...] = ()) -> None:
    """One INSERT for all ``rows`` through the driver, values converted as SQLAlchemy would convert them."""
    dialect = connection.dialect
    columns = [c for c in table.columns if c.key not in skipped]
    quote = dialect.identifier_preparer
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO {quote.format_table(table)} ({', '.join(quote.format_column(c) for c in columns)}) "
           f"VALUES ({', '.join([marker] * len(columns))})")
    converters: list[Callable[[Any], Any] | None] = [c.type.dialect_impl(dialect).bind_processor(dialect)
                                                    for c in columns]
    to_convert = [(index, convert) for index, convert in enumerate(converters) if convert is not None]
    take = itemgetter(*[c.key for c in columns])
    params: list[Any] = []
    done: dict[tuple[int, Any], Any] = {}  # a value shared by every row (the timestamp) is converted once
    for row in rows:
        values = list(take(row))
        for index, convert in to_convert:
            value = values[index]
            if value is not None:
                try:
                    values[index] = done[(index, value)]
                except KeyError:
                    values[index] = done[(index, value)] = convert(value)
                except TypeError:  # a value that cannot be a key
                    values[index] = convert(value)
        params.append(tuple(values))
    connection.exec_driver_sql(sql, params)
