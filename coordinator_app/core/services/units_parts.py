"""A unit's resources (资源清单) and its contact log (对接记录)."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..database import Database
from ..errors import ValidationError
from ..models import CoBuildingUnit, Person, Street, UnitContact, UnitResource
from ..validation import check_choice, clean_text, require
from ..vocab import CONTACT_CHANNELS, RESOURCE_KINDS, RESOURCE_STATUSES
from . import records
from .dates import check_not_too_early
from .units import ContactRow, ResourceRow, require_unit

RESOURCE_FIELDS = ("unit_id", "kind", "description", "amount", "unit_of_measure", "availability", "status")
CONTACT_FIELDS = ("unit_id", "contacted_on", "our_person_id", "their_person", "channel", "summary", "follow_up")


# --- resources --------------------------------------------------------------------------------------------

def resource_rows(session: Session, unit_id: str) -> list[ResourceRow]:
    rows = session.execute(
        select(UnitResource.id, UnitResource.kind, UnitResource.description, UnitResource.amount,
               UnitResource.unit_of_measure, UnitResource.availability, UnitResource.status)
        .where(UnitResource.unit_id == unit_id, UnitResource.deleted_at.is_(None))
        .order_by(UnitResource.kind, UnitResource.description))
    return [ResourceRow(*r) for r in rows]


def get_resource(db: Database, resource_id: str) -> dict[str, Any]:
    with db.read() as session:
        obj = records.get_live(session, UnitResource, resource_id, "资源")
        return {key: getattr(obj, key) for key in ("id", *RESOURCE_FIELDS)}


#: more than any unit offers (100亿, in yuan for funds): a larger number is a mistyped one
MAX_AMOUNT = 1e10


def _amount(typed: Any) -> float:
    """A quantity as typed: digits (full-width ones too), thousands separators allowed (1,000 or 1，000);
    not negative, not NaN or infinity (float() accepts "nan" and "inf"), not beyond ``MAX_AMOUNT``."""
    text = str(typed).strip().replace(",", "").replace("，", "")
    try:
        value = float(text)
    except ValueError:
        raise ValidationError("“数量”应为数字。", "amount") from None
    if not math.isfinite(value):
        raise ValidationError("“数量”应为数字。", "amount")
    if value < 0:
        raise ValidationError("“数量”不能为负数。", "amount")
    if value > MAX_AMOUNT:
        raise ValidationError("“数量”超过100亿，请核对。", "amount")
    return value


def validate_resource(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_text({k: values.get(k) for k in RESOURCE_FIELDS if k in values},
                         {"description": ("资源说明", 200), "unit_of_measure": ("计量单位", 20),
                          "availability": ("可提供时间", 100)})
    check_choice(cleaned.get("kind"), RESOURCE_KINDS, "kind", "资源类型")
    require(cleaned.get("description"), "description", "资源说明")
    amount = cleaned.get("amount")
    if amount in (None, ""):
        cleaned["amount"] = None
    else:
        cleaned["amount"] = _amount(amount)
    cleaned["status"] = cleaned.get("status") or "available"
    check_choice(cleaned["status"], RESOURCE_STATUSES, "status", "状态")
    for key in ("unit_of_measure", "availability"):
        cleaned[key] = cleaned.get(key) or ""
    return cleaned


def save_resource(db: Database, values: dict[str, Any], resource_id: str | None = None) -> str:
    """Add or change a resource in one unit of work; a unit offers each resource (type and description) once."""
    cleaned = validate_resource(values)
    with db.unit_of_work("修改资源" if resource_id else "新增资源") as session:
        require_unit(session, cleaned.get("unit_id"))
        _refuse_a_second(session, cleaned, resource_id)
        if resource_id:
            records.assign(records.get_live(session, UnitResource, resource_id, "资源"), cleaned)
            return resource_id
        obj = UnitResource()
        records.assign(obj, cleaned)
        session.add(obj)
        session.flush()
        return obj.id


def _same_text(text: str) -> str:
    """A description as compared: without spaces, full-width letters and digits as half-width ones."""
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def _refuse_a_second(session: Session, cleaned: dict[str, Any], resource_id: str | None) -> None:
    """The unit's resources of that type: one with the same description (spaces and full-width digits aside) is
    the same resource, offered twice."""
    wanted = _same_text(cleaned["description"])
    query = select(UnitResource.description).where(
        UnitResource.unit_id == cleaned["unit_id"], UnitResource.kind == cleaned["kind"],
        UnitResource.deleted_at.is_(None))
    if resource_id:
        query = query.where(UnitResource.id != resource_id)
    if any(_same_text(description) == wanted for description in session.scalars(query)):
        kind = RESOURCE_KINDS.get(cleaned["kind"], cleaned["kind"])
        raise ValidationError(f"该单位已有资源“{kind}：{cleaned['description']}”，不能重复添加。"
                              "如需更改数量或时间，请修改原有的那一项。", "description")


def delete_resource(db: Database, resource_id: str) -> None:
    records.soft_delete(db, UnitResource, resource_id, "资源")


# --- contact log --------------------------------------------------------------------------------------------

def contact_rows(session: Session, unit_id: str, limit: int = 500) -> list[ContactRow]:
    rows = session.execute(
        select(UnitContact.id, UnitContact.contacted_on, func.coalesce(Person.name, ""), UnitContact.their_person,
               UnitContact.channel, UnitContact.summary, UnitContact.follow_up)
        .outerjoin(Person, Person.id == UnitContact.our_person_id)
        .where(UnitContact.unit_id == unit_id, UnitContact.deleted_at.is_(None))
        .order_by(UnitContact.contacted_on.desc(), UnitContact.id).limit(limit))
    return [ContactRow(*r) for r in rows]


def get_contact(db: Database, contact_id: str) -> dict[str, Any]:
    with db.read() as session:
        obj = records.get_live(session, UnitContact, contact_id, "对接记录")
        data = {key: getattr(obj, key) for key in ("id", *CONTACT_FIELDS)}
        person = session.get(Person, obj.our_person_id) if obj.our_person_id else None
        data["our_person_name"] = person.name if person else ""
        return data


def validate_contact(values: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    cleaned = clean_text({k: values.get(k) for k in CONTACT_FIELDS if k in values},
                         {"their_person": ("对方联系人", 50), "summary": ("对接内容", 2000), "follow_up": ("后续跟进", 2000)})
    when = cleaned.get("contacted_on")
    if not isinstance(when, date):
        raise ValidationError("请填写“对接日期”。", "contacted_on")
    check_not_too_early(when, "contacted_on", "对接日期")
    if when > (today or date.today()):
        raise ValidationError("对接日期不能晚于今天：对接记录记的是已经发生的对接。", "contacted_on")
    cleaned["channel"] = cleaned.get("channel") or "visit"
    check_choice(cleaned["channel"], CONTACT_CHANNELS, "channel", "对接方式")
    require(cleaned.get("summary"), "summary", "对接内容")
    cleaned["our_person_id"] = cleaned.get("our_person_id") or None
    for key in ("their_person", "follow_up"):
        cleaned[key] = cleaned.get(key) or ""
    return cleaned


def save_contact(db: Database, values: dict[str, Any], contact_id: str | None = None) -> str:
    cleaned = validate_contact(values)
    with db.read() as session:
        require_unit(session, cleaned.get("unit_id"))
        if cleaned["our_person_id"] and session.get(Person, cleaned["our_person_id"]) is None:
            raise ValidationError("所选我方人员不存在，请重新选择。", "our_person_id")
    if contact_id:
        records.update(db, UnitContact, contact_id, cleaned, "修改对接记录", "对接记录")
        return contact_id
    return records.create(db, UnitContact, cleaned, "新增对接记录")


def delete_contact(db: Database, contact_id: str) -> None:
    records.soft_delete(db, UnitContact, contact_id, "对接记录")


@dataclass(frozen=True)
class ResourceListRow:
    id: str
    unit_id: str
    unit_name: str
    street_name: str
    kind: str
    description: str
    amount: float | None
    unit_of_measure: str
    availability: str
    status: str


def list_resources(db: Database, offset: int = 0, limit: int = 200, kind: str | None = None) -> list[ResourceListRow]:
    """Every live resource of live units, by unit name (the CLI's listing)."""
    query = (select(UnitResource.id, UnitResource.unit_id, CoBuildingUnit.name, Street.name, UnitResource.kind,
                    UnitResource.description, UnitResource.amount, UnitResource.unit_of_measure,
                    UnitResource.availability, UnitResource.status)
             .join(CoBuildingUnit, CoBuildingUnit.id == UnitResource.unit_id)
             .join(Street, Street.id == CoBuildingUnit.street_id)
             .where(UnitResource.deleted_at.is_(None), CoBuildingUnit.deleted_at.is_(None)))
    if kind:
        query = query.where(UnitResource.kind == kind)
    with db.read() as session:
        return [ResourceListRow(*r) for r in session.execute(
            query.order_by(CoBuildingUnit.name, UnitResource.id).offset(offset).limit(limit))]
