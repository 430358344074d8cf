"""``coordinator-cli list units|resources|agreements|needs``: the co-building units panel's listings (no Qt).
Contact phones follow ``--mask`` like the people listing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

KINDS = ("units", "resources", "agreements", "needs")


def _date(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def _amount(value: Any) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def columns(column: Callable[..., Any], yes_no: Callable[[Any], str]) -> dict[str, list[Any]]:
    return {
        "units": [column("id", "编号"), column("name", "单位名称"), column("category", "类别"),
                  column("credit_code", "统一社会信用代码"), column("street", "街道"), column("community", "社区"),
                  column("contact", "联系人"), column("phone", "联系电话"), column("alliance", "慈善联盟", yes_no),
                  column("last_contact", "最近对接")],
        "resources": [column("id", "编号"), column("unit", "单位"), column("street", "街道"), column("kind", "类型"),
                      column("description", "资源"), column("amount", "数量"), column("measure", "单位"),
                      column("availability", "可提供时间"), column("status", "状态")],
        "agreements": [column("id", "编号"), column("unit", "共建单位"), column("title", "协议"),
                       column("our_side", "我方"), column("signed_on", "签订日期"), column("valid_until", "有效期至"),
                       column("status", "状态"), column("scan", "扫描件")],
        "needs": [column("id", "编号"), column("title", "需求"), column("kind", "所需资源"), column("street", "街道"),
                  column("community", "社区"), column("needed_by", "需要日期"), column("status", "状态"),
                  column("matches", "已对接单位数")],
    }


def records(db: Any, kind: str, pages: Callable[[Callable[[int, int], list[Any]]], Iterator[list[Any]]]
            ) -> Iterator[list[dict[str, Any]]]:
    from coordinator_app.core.services import agreements, needs, units, units_parts
    from coordinator_app.core.vocab import (
        AGREEMENT_STATUSES,
        NEED_STATUSES,
        RESOURCE_KINDS,
        RESOURCE_STATUSES,
        UNIT_CATEGORIES,
        label,
    )

    if kind == "units":
        for page in pages(lambda offset, limit: units.list_units(db, units.UnitFilter(), offset, limit)):
            yield [{"id": r.id, "name": r.name, "category": label(UNIT_CATEGORIES, r.category),
                    "category_code": r.category, "credit_code": r.credit_code, "street": r.street_name,
                    "community": r.community_name, "contact": r.contact_name, "phone": r.contact_phone,
                    "alliance": r.in_charity_alliance, "last_contact": _date(r.last_contact)} for r in page]
    elif kind == "resources":
        for page in pages(lambda offset, limit: units_parts.list_resources(db, offset, limit)):
            yield [{"id": r.id, "unit": r.unit_name, "unit_id": r.unit_id, "street": r.street_name,
                    "kind": label(RESOURCE_KINDS, r.kind), "kind_code": r.kind, "description": r.description,
                    "amount": _amount(r.amount), "measure": r.unit_of_measure, "availability": r.availability,
                    "status": label(RESOURCE_STATUSES, r.status)} for r in page]
    elif kind == "agreements":
        for page in pages(lambda offset, limit: agreements.list_agreements(db, offset, limit)):
            yield [{"id": r.id, "unit": r.unit_name, "unit_id": r.unit_id, "title": r.title, "our_side": r.our_side,
                    "signed_on": _date(r.signed_on), "valid_until": _date(r.valid_until),
                    "status": label(AGREEMENT_STATUSES, r.status), "scan": r.attachment_name} for r in page]
    elif kind == "needs":
        for page in pages(lambda offset, limit: needs.list_needs(db, needs.NeedFilter(), offset, limit)):
            yield [{"id": r.id, "title": r.title, "kind": label(RESOURCE_KINDS, r.resource_kind),
                    "kind_code": r.resource_kind, "street": r.street_name, "community": r.community_name,
                    "needed_by": _date(r.needed_by), "status": label(NEED_STATUSES, r.status), "matches": r.matches}
                   for r in page]
    else:
        raise AssertionError(kind)
