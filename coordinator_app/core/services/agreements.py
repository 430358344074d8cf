"""Co-building agreements (共建协议): a unit and our side (a street, a community or a site), dates, content,
status; the agreements expiring soon or expired lately; the scanned copy kept in the data folder
(``attachments/``).

An agreement in force (有效) whose end date has passed is 已到期 by itself: every listing shows the status
``effective_status`` gives (in SQL ``status_expression``), computed from the end date and today, so that no one
has to edit it and no background job has to run. The stored status stays as the user set it."""

from __future__ import annotations

import shutil
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ..database import Database
from ..errors import NotFoundError, ValidationError
from ..models import Agreement, CoBuildingUnit, Community, Site, Street
from ..validation import check_choice, clean_text, require
from ..vocab import AGREEMENT_STATUSES
from . import records
from .dates import check_not_far_ahead, check_not_too_early
from .units import AgreementRow, require_unit

AGREEMENT_FIELDS = ("unit_id", "street_id", "community_id", "site_id", "title", "signed_on", "valid_until",
                    "content", "status")
SIDES = ("street_id", "community_id", "site_id")
ATTACHMENTS = "attachments"
EXPIRING_DAYS = 30

#: an agreement may be entered a week before its signing; a later 签订日期 is a mistyped year
SIGNED_AHEAD_DAYS = 7


def effective_status(status: str, valid_until: date | None, today: date | None = None) -> str:
    """The status an agreement shows and counts as: 有效 (``active``) until its end date, 已到期 (``expired``) from
    the day after; the other statuses as stored."""
    if status == "active" and valid_until is not None and valid_until < (today or date.today()):
        return "expired"
    return status


def status_expression(today: date | None = None) -> Any:
    """``effective_status`` of each agreement, in SQL."""
    ended = and_(Agreement.status == "active", Agreement.valid_until < (today or date.today()))
    return case((ended, "expired"), else_=Agreement.status)


def agreement_rows(session: Session, *conditions: Any, limit: int = 1000, today: date | None = None
                   ) -> list[AgreementRow]:
    """Live agreements (with their effective status on ``today``) that meet ``conditions``, by end date."""
    our_side = func.coalesce(Street.name, Community.name, Site.name, "")
    rows = session.execute(
        select(Agreement.id, Agreement.unit_id, CoBuildingUnit.name, Agreement.title, our_side, Agreement.signed_on,
               Agreement.valid_until, status_expression(today), Agreement.attachment_name)
        .join(CoBuildingUnit, CoBuildingUnit.id == Agreement.unit_id)
        .outerjoin(Street, Street.id == Agreement.street_id)
        .outerjoin(Community, Community.id == Agreement.community_id)
        .outerjoin(Site, Site.id == Agreement.site_id)
        .where(Agreement.deleted_at.is_(None), *conditions)
        .order_by(Agreement.valid_until, Agreement.signed_on.desc(), Agreement.id).limit(limit))
    return [AgreementRow(*r) for r in rows]


def expiring_agreements(db: Database, days: int = EXPIRING_DAYS, today: date | None = None) -> list[AgreementRow]:
    """Agreements in force of live units whose validity ends within ``days`` days (from today on)."""
    today = today or date.today()
    with db.read() as session:
        return agreement_rows(session, Agreement.status == "active", Agreement.valid_until >= today,
                              Agreement.valid_until <= today + timedelta(days=days),
                              CoBuildingUnit.deleted_at.is_(None), today=today)


def expired_agreements(db: Database, days: int = EXPIRING_DAYS, today: date | None = None) -> list[AgreementRow]:
    """Agreements of live units that are 已到期 on ``today`` and whose validity ended within the last ``days``
    days (to be renewed or ended)."""
    today = today or date.today()
    with db.read() as session:
        return agreement_rows(session, status_expression(today) == "expired", Agreement.valid_until < today,
                              Agreement.valid_until >= today - timedelta(days=days),
                              CoBuildingUnit.deleted_at.is_(None), today=today)


def list_agreements(db: Database, offset: int = 0, limit: int = 200, today: date | None = None
                    ) -> list[AgreementRow]:
    """Every live agreement of live units, by validity end (the CLI's listing)."""
    with db.read() as session:
        rows = session.execute(select(Agreement.id).join(CoBuildingUnit, CoBuildingUnit.id == Agreement.unit_id)
                               .where(Agreement.deleted_at.is_(None), CoBuildingUnit.deleted_at.is_(None))
                               .order_by(Agreement.valid_until, Agreement.id).offset(offset).limit(limit))
        ids = [r[0] for r in rows]
        return agreement_rows(session, Agreement.id.in_(ids), limit=limit, today=today) if ids else []


def get_agreement(db: Database, agreement_id: str) -> dict[str, Any]:
    with db.read() as session:
        obj = records.get_live(session, Agreement, agreement_id, "共建协议")
        data = {key: getattr(obj, key) for key in ("id", *AGREEMENT_FIELDS, "attachment_name", "attachment_path")}
        return data


def validate_agreement(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_text({k: values.get(k) for k in AGREEMENT_FIELDS if k in values},
                         {"title": ("协议名称", 100), "content": ("协议内容", 5000)})
    require(cleaned.get("title"), "title", "协议名称")
    for key in SIDES:
        cleaned[key] = cleaned.get(key) or None
    chosen = [key for key in SIDES if cleaned[key]]
    if len(chosen) != 1:
        raise ValidationError("请选择协议的我方：一个街道、一个社区或一个阵地（只选一个）。", chosen[-1] if chosen else "street_id")
    if not isinstance(cleaned.get("signed_on"), date):
        raise ValidationError("请填写“签订日期”。", "signed_on")
    check_not_too_early(cleaned["signed_on"], "signed_on", "签订日期")
    check_not_far_ahead(cleaned["signed_on"], "signed_on", "签订日期", SIGNED_AHEAD_DAYS)
    until = cleaned.get("valid_until") or None
    if until is not None and until < cleaned["signed_on"]:
        raise ValidationError("“有效期至”不能早于签订日期。", "valid_until")
    cleaned["valid_until"] = until
    cleaned["status"] = cleaned.get("status") or "active"
    check_choice(cleaned["status"], AGREEMENT_STATUSES, "status", "协议状态")
    cleaned["content"] = cleaned.get("content") or ""
    return cleaned


def _check_references(session: Session, values: dict[str, Any]) -> None:
    require_unit(session, values.get("unit_id"))
    for key, cls, label in (("street_id", Street, "街道"), ("community_id", Community, "社区"), ("site_id", Site, "阵地")):
        if values.get(key) and session.get(cls, values[key]) is None:
            raise ValidationError(f"所选{label}不存在，请重新选择。", key)


def save_agreement(db: Database, values: dict[str, Any], agreement_id: str | None = None) -> str:
    cleaned = validate_agreement(values)
    with db.read() as session:
        _check_references(session, cleaned)
    if agreement_id:
        records.update(db, Agreement, agreement_id, cleaned, "修改共建协议", "共建协议")
        return agreement_id
    return records.create(db, Agreement, cleaned, "新增共建协议")


def delete_agreement(db: Database, agreement_id: str) -> None:
    records.soft_delete(db, Agreement, agreement_id, "共建协议")


# --- the scanned copy ---------------------------------------------------------------------------------------

def _data_dir(db: Database) -> Path:
    if db.config is None:
        raise ValidationError("没有数据文件夹，无法保存附件。")
    return Path(db.config.data_dir)


def attach_scan(db: Database, agreement_id: str, source: str | Path) -> str:
    """Copy ``source`` into <data folder>/attachments/<uuid>.<ext> and record it on the agreement (the
    previous copy's file stays, so that undo can point back to it). Returns the stored relative path."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(f"找不到文件“{source.name}”。", "attachment_name")
    folder = _data_dir(db) / ATTACHMENTS
    folder.mkdir(parents=True, exist_ok=True)
    stored = f"{ATTACHMENTS}/{uuid.uuid4()}{source.suffix.lower()}"
    target = _data_dir(db) / stored
    shutil.copyfile(source, target)
    try:
        with db.unit_of_work("附加协议扫描件") as session:
            agreement = records.get_live(session, Agreement, agreement_id, "共建协议")
            agreement.attachment_name = source.name[:200]
            agreement.attachment_path = stored
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return stored


def scan_path(db: Database, agreement_id: str) -> Path:
    """The stored scanned copy of an agreement, for opening with the system viewer."""
    data = get_agreement(db, agreement_id)
    if not data["attachment_path"]:
        raise NotFoundError("该协议还没有附加扫描件。")
    path = _data_dir(db) / data["attachment_path"]
    if not path.is_file():
        raise NotFoundError(f"扫描件文件“{data['attachment_name']}”不在数据文件夹中，可能已被移走或删除。")
    return path
