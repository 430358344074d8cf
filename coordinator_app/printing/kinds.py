"""Every kind of document the app prints, by the code the CLI and the UI use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from coordinator_app.core.database import Database
from coordinator_app.core.errors import ValidationError

from . import meetings, stations, units
from .document import Document, render
from .fonts import FontSet


@dataclass(frozen=True)
class Options:
    """What the user may choose besides the record: a date range, the date of issue, full phone numbers."""

    start: date | None = None
    end: date | None = None
    issued_on: date | None = None
    full_numbers: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    #: what the ID on the command line is
    target: str
    build: Callable[[Database, str, Options], Document]


KINDS: dict[str, Kind] = {k.code: k for k in (
    Kind("reception-notice", "代表接待公告", "街道编号或阵地编号",
         lambda db, target, o: stations.reception_notice(db, target, start=o.start, end=o.end,
                                                         issued_on=o.issued_on, full_numbers=o.full_numbers)),
    Kind("site-directory", "阵地一览表", "街道编号，或 all（全区）",
         lambda db, target, o: stations.site_directory(db, target, full_numbers=o.full_numbers)),
    *(Kind(code, label, "会议编号",
           lambda db, target, o, build=build: build(db, target, issued_on=o.issued_on, full_numbers=o.full_numbers))
      for code, label, build in (
          ("meeting-notice", "会议通知", meetings.notice),
          ("meeting-agenda", "会议议程", meetings.agenda),
          ("meeting-sign-in", "会议签到表", meetings.sign_in),
          ("meeting-minutes", "会议纪要", meetings.minutes),
          ("meeting-resolution", "决议公示", meetings.resolution),
          ("meeting-packet", "会议台账（通知、议程、签到表、纪要、公示合订）", meetings.packet),
      )),
    Kind("unit-agreement", "共建协议书", "共建协议编号",
         lambda db, target, o: units.agreement(db, target, full_numbers=o.full_numbers)),
    Kind("unit-roster", "共建单位名册", "街道编号，或 all（全区）",
         lambda db, target, o: units.roster(db, target, full_numbers=o.full_numbers)),
)}


def build_document(db: Database, kind: str, target_id: str, options: Options | None = None) -> Document:
    found = KINDS.get(kind)
    if found is None:
        raise ValidationError(f"没有“{kind}”这种文档。可以打印：" + "、".join(f"{k.code}（{k.label}）" for k in KINDS.values())
                              + "。", "kind")
    return found.build(db, target_id, options or Options())


def build_pdf(db: Database, kind: str, target_id: str, fonts: FontSet, options: Options | None = None) -> tuple[Document, bytes]:
    document = build_document(db, kind, target_id, options)
    return document, render(document, fonts)
