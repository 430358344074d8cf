"""The change log: one row per changed field. It powers each record's history, undo, and sync."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_id, utcnow

#: pseudo-field names for whole-record events
CREATED = "*created"


class ChangeLogEntry(Base):
    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "record_id", "seq"), Index("ix_change_log_batch", "batch_id"))

    #: local order of changes in this copy
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: global identity of the change, for sync
    id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True, default=new_id)
    #: all rows written by one unit of work share a batch; undo works on batches
    batch_id: Mapped[str] = mapped_column(String(36), nullable=False)
    record_type: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    field: Mapped[str] = mapped_column(String(60), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    user_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    copy_id: Mapped[str] = mapped_column(String(36), nullable=False, default="")
    #: a short description of the unit of work (“新建阵地”, “撤销”)
    action: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    #: set on rows written by an undo: the batch they undo
    undoes_batch: Mapped[str | None] = mapped_column(String(36))


class AppMeta(Base):
    """Key/value facts about this copy of the database (its copy id, …)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")
