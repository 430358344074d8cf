"""Checking a database without changing it: file integrity, foreign keys, references to missing or
deleted streets, and the migration state. Used by ``coordinator-cli check`` (and usable by the GUI).

Unlike ``open_database`` this never migrates, backs up or creates anything: a missing SQLite file is
reported, not created."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from coordinator_app.config import AppConfig

from .database import create_app_engine, current_revision, head_revision, known_revisions
from .models import Base, Community, Site, Street

#: problems listed in detail before the summary counts take over
MAX_DETAILS = 20


@dataclass
class CheckReport:
    backend: str
    revision: str | None = None
    head: str = ""
    problems: list[str] = field(default_factory=list)
    #: what was checked and what was skipped, for the verdict
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def verdict(self) -> str:
        if not self.ok:
            return "检查未通过：" + "；".join(self.problems) + "。"
        parts = list(self.notes)
        parts.append(f"迁移版本 {self.revision}（最新）")
        return "检查通过：" + "，".join(parts) + "。"


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _integrity(conn: Connection, report: CheckReport) -> None:
    rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
    if rows != ["ok"]:
        shown = "；".join(rows[:3]) + ("…" if len(rows) > 3 else "")
        report.problems.append(f"数据库文件损坏（integrity_check 报告 {len(rows)} 处：{shown}）")
    else:
        report.notes.append("数据库完整")
    broken = Counter(r[0] for r in conn.execute(text("PRAGMA foreign_key_check")))
    if broken:
        report.problems.append(f"外键错误 {sum(broken.values())} 处（"
                               + "、".join(f"{t} 表 {n} 行" for t, n in sorted(broken.items())) + "）")
    else:
        report.notes.append("外键无误")


def _dangling(conn: Connection, report: CheckReport) -> None:
    """References to rows that do not exist, for every foreign key of the schema (PostgreSQL enforces
    them itself, so this finds nothing unless constraints were bypassed; it is cheap: all are indexed)."""
    broken: Counter[str] = Counter()
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            parent = fk.column.table.alias()
            count = conn.scalar(
                select(func.count()).select_from(table.outerjoin(parent, fk.parent == parent.c[fk.column.name]))
                .where(fk.parent.is_not(None), parent.c[fk.column.name].is_(None))
            )
            if count:
                broken[table.name] += count
    if broken:
        report.problems.append(f"引用了不存在的记录 {sum(broken.values())} 处（"
                               + "、".join(f"{t} 表 {n} 行" for t, n in sorted(broken.items())) + "）")
    else:
        report.notes.append("引用无误")


def _deleted_streets(conn: Connection, report: CheckReport) -> None:
    """Live sites and communities whose street is in the recycle bin: they drop out of the street tree."""
    for cls, label in ((Site, "阵地"), (Community, "社区")):
        count = conn.scalar(
            select(func.count()).select_from(cls).join(Street, Street.id == cls.street_id)
            .where(cls.deleted_at.is_(None), Street.deleted_at.is_not(None))
        )
        if count:
            report.problems.append(f"{count} 个{label}所属的街道已被删除")


def check_database(config: AppConfig) -> CheckReport:
    """Inspect the database ``config`` points at; see ``CheckReport.verdict``."""
    path = _sqlite_file(config.database_url)
    backend = make_url(config.database_url).get_backend_name()
    report = CheckReport(backend=backend, head=head_revision())
    if backend == "sqlite" and path is not None and not path.exists():
        report.problems.append(f"数据库文件不存在：{path}")
        return report
    engine: Engine = create_app_engine(config.database_url)
    try:
        report.revision = current_revision(engine)
        if report.revision is None:
            report.problems.append("数据库尚未初始化（没有迁移版本记录）")
        elif report.revision not in known_revisions():
            report.problems.append(f"数据库版本 {report.revision} 由更新版本的本软件写入，当前软件无法识别")
        elif report.revision != report.head:
            report.problems.append(f"迁移版本 {report.revision} 不是最新（最新为 {report.head}），用本软件打开时会自动升级")
        with engine.connect() as conn:
            if backend == "sqlite":
                _integrity(conn, report)
            else:
                report.notes.append(f"{backend} 数据库跳过 SQLite 完整性与外键检查（由服务器保证）")
            if report.revision == report.head:  # the schema is the one the models describe
                if backend != "sqlite":
                    _dangling(conn, report)
                _deleted_streets(conn, report)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
        report.problems.append(f"无法读取数据库（{exc.__class__.__name__}：{reason}）")
    finally:
        engine.dispose()
    return report
