"""What the document families share: dates as printed, masking personal mobiles, the street or district a
list covers."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError
from coordinator_app.core.formatting import chinese_date, mask_phone
from coordinator_app.core.services import geography

WEEKDAYS = "一二三四五六日"
#: the name of the whole district, for lists printed with ``all``
DISTRICT = "越秀区"

MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def when_label(moment: datetime) -> str:
    """2026年11月20日（星期五）19:30"""
    return f"{chinese_date(moment)}（星期{WEEKDAYS[moment.weekday()]}）{moment:%H:%M}"


def mask_personal(phone: str) -> str:
    """Mobile numbers (a person's own) are masked, 138****1234; an office's landline (020-8333 1234) stays:
    it is how the public reaches the site."""
    return MOBILE.sub(lambda m: mask_phone(m.group(0)), phone or "")


def masker(full_numbers: bool) -> Callable[[str], str]:
    """How free text and phone numbers are printed: as they are when the user asked for full numbers."""
    return (lambda text: text or "") if full_numbers else mask_personal


def street_title(name: str) -> str:
    """北京街 → 北京街道 (the street's office is named so)."""
    return name + "道" if name.endswith("街") else name


def street_name(db: Database, street_id: str) -> str | None:
    return next((s.name for s in geography.list_streets(db) if s.id == street_id), None)


def list_scope(db: Database, target_id: str, what: str) -> tuple[str | None, str]:
    """(street_id, the name printed in the title) of a street id, or (None, 越秀区) for ``all``; ``what``
    names the list in the message when the street is unknown (一览表, 名册)."""
    if target_id == "all":
        return None, DISTRICT
    name = street_name(db, target_id)
    if name is None:
        raise NotFoundError(f"找不到编号为“{target_id}”的街道，可能已被删除。打印全区{what}请用 all。")
    return target_id, street_title(name)
