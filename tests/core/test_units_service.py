"""Co-building units through the services, without Qt: validation, filters, duplicates, merging, the
unit's page, resources, contacts, agreements (with the scanned copy), needs and match proposals."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from coordinator_app.core import credit_code
from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError, ValidationError
from coordinator_app.core.services import agreements, geography, needs, records, sites, units, units_parts

TODAY = date.today()


def code(seed: str) -> str:
    first17 = ("91440104" + seed.rjust(9, "0"))[:17]
    return first17 + credit_code.check_character(first17)


@pytest.fixture
def place(db: Database) -> dict[str, str]:
    return make_place(db)


def make_place(db: Database) -> dict[str, str]:
    """Two streets, two communities in the first (the PostgreSQL tests use it too)."""
    streets = geography.list_streets(db)
    a, b = streets[0].id, streets[1].id
    return {"street": a, "other_street": b, "community": geography.create_community(db, a, "东华社区"),
            "other_community": geography.create_community(db, a, "西华社区")}


def unit(db: Database, place: dict[str, str], name: str, **values) -> str:  # type: ignore[no-untyped-def]
    return units.create_unit(db, {"name": name, "category": "non_public", "street_id": place["street"], **values})


def test_create_normalises_and_validates(db: Database, place: dict[str, str]) -> None:
    raw = "  " + "".join(chr(ord(c) + 0xFEE0) for c in code("1").lower())
    unit_id = unit(db, place, "越秀某某科技有限公司", credit_code=raw, contact_phone="020-83001234",
                   tags="党建共建, 志愿服务")
    data = units.get_unit(db, unit_id)
    assert data["credit_code"] == code("1")
    assert data["tags"] == "党建共建、志愿服务"
    with pytest.raises(ValidationError) as error:
        unit(db, place, "错码单位", credit_code=code("2")[:-1] + ("0" if code("2")[-1] != "0" else "1"))
    assert error.value.field == "credit_code"
    assert units.count_units(db, units.UnitFilter(text="错码")) == 0
    with pytest.raises(ValidationError) as error:
        units.create_unit(db, {"name": "无类别", "street_id": place["street"]})
    assert error.value.field == "category"


def test_filters_in_sql(db: Database, place: dict[str, str]) -> None:
    a = unit(db, place, "甲公司", community_id=place["community"], in_charity_alliance=True)
    b = units.create_unit(db, {"name": "乙协会", "category": "social_org", "street_id": place["other_street"]})
    c = units.create_unit(db, {"name": "丙医院", "category": "hospital", "street_id": place["street"]})
    units_parts.save_contact(db, {"unit_id": a, "contacted_on": TODAY - timedelta(days=5), "summary": "走访"})
    units_parts.save_contact(db, {"unit_id": c, "contacted_on": TODAY - timedelta(days=200), "summary": "座谈"})

    def ids(f: units.UnitFilter) -> set[str]:
        assert units.count_units(db, f) == len(units.list_units(db, f))
        return {r.id for r in units.list_units(db, f)}

    assert ids(units.UnitFilter()) == {a, b, c}
    assert ids(units.UnitFilter(category="two_new")) == {a, b}
    assert ids(units.UnitFilter(street_id=place["street"])) == {a, c}
    assert ids(units.UnitFilter(community_id=place["community"])) == {a}
    assert ids(units.UnitFilter(alliance_only=True)) == {a}
    assert ids(units.UnitFilter(text="协会")) == {b}
    assert ids(units.UnitFilter(not_contacted_days=90)) == {b, c}
    rows = units.list_units(db, units.UnitFilter(), sort="last_contact", descending=True)
    assert rows[0].id == a and rows[0].last_contact == TODAY - timedelta(days=5)


def test_unit_ids_are_the_rows_of_the_filtered_list(db: Database, place: dict[str, str]) -> None:
    """The ids-only query behind an export of the filtered list: the list's rows, in its order."""
    a = unit(db, place, "甲公司", community_id=place["community"], in_charity_alliance=True)
    b = units.create_unit(db, {"name": "乙协会", "category": "social_org", "street_id": place["other_street"]})
    c = units.create_unit(db, {"name": "丙医院", "category": "hospital", "street_id": place["street"]})
    units_parts.save_contact(db, {"unit_id": a, "contacted_on": TODAY - timedelta(days=5), "summary": "走访"})
    expected = [
        (units.UnitFilter(), [c, a, b]),  # by name in pinyin order: bing, jia, yi
        (units.UnitFilter(category="two_new"), [a, b]),
        (units.UnitFilter(street_id=place["street"]), [c, a]),
        (units.UnitFilter(community_id=place["community"]), [a]),
        (units.UnitFilter(alliance_only=True), [a]),
        (units.UnitFilter(text="协会"), [b]),
        (units.UnitFilter(not_contacted_days=90, today=TODAY), [c, b]),
        (units.UnitFilter(street_id=place["street"], not_contacted_days=90, today=TODAY), [c]),
    ]
    for f, ids in expected:
        assert units.unit_ids(db, f) == ids == [r.id for r in units.list_units(db, f)]
    units.delete_unit(db, c)
    assert units.unit_ids(db, units.UnitFilter(street_id=place["street"])) == [a]


def test_duplicates_by_code_and_by_near_identical_name(db: Database, place: dict[str, str]) -> None:
    first = unit(db, place, "广州市越秀区某某贸易有限公司", credit_code=code("7"))
    by_code = units.find_duplicates(db, {"name": "完全不同", "credit_code": code("7").lower()})
    assert [(d.id, d.reason) for d in by_code] == [(first, "credit_code")]
    by_name = units.find_duplicates(db, {"name": "广州市越秀区 某某贸易（有限责任公司）"})
    assert [(d.id, d.reason) for d in by_name] == [(first, "name")]
    assert units.find_duplicates(db, {"name": "广州市越秀区某某贸易有限公司越秀分公司"}) == []
    assert units.find_duplicates(db, {"name": "广州市越秀区某某贸易有限公司"}, exclude_id=first) == []


def test_merge_moves_children_fills_fields_and_keeps_both_histories(db: Database, place: dict[str, str]) -> None:
    keep = unit(db, place, "某某贸易有限公司")
    other = unit(db, place, "某某贸易", credit_code=code("8"), contact_name="黄经理", in_charity_alliance=True)
    resource = units_parts.save_resource(db, {"unit_id": other, "kind": "funds", "description": "助学金", "amount": 5000,
                                              "unit_of_measure": "元"})
    contact = units_parts.save_contact(db, {"unit_id": other, "contacted_on": TODAY, "summary": "签约前沟通"})
    agreement = agreements.save_agreement(db, {"unit_id": other, "community_id": place["community"], "title": "共建协议",
                                               "signed_on": TODAY})
    org = sites.save_party_org(db, {"name": "某某贸易党支部", "level": "branch", "unit_id": other})
    need = needs.save_need(db, {"community_id": place["community"], "title": "助学", "resource_kind": "funds"})
    match = needs.record_match(db, need, other, resource)

    units.merge_units(db, keep, other)

    page = units.unit_page(db, keep)
    assert page.unit["credit_code"] == code("8") and page.unit["contact_name"] == "黄经理"
    assert page.unit["in_charity_alliance"] is True
    assert [r.id for r in page.resources] == [resource]
    assert [c.id for c in page.contacts] == [contact]
    assert [a.id for a in page.agreements] == [agreement]
    assert [m.id for m in page.matches] == [match]
    assert [o[0] for o in page.party_orgs] == [org]
    assert page.merged_from == ["某某贸易"]
    with pytest.raises(NotFoundError):
        units.get_unit(db, other)
    assert ("co_unit", other) in {(d.record_type, d.id) for d in records.recycle_bin(db)}
    history = units.unit_history(db, keep)
    assert {"合并共建单位", "新建共建单位"} <= {e.action for e in history}
    merged = [e for e in history if e.field == "merged_into_id"]
    assert merged and merged[0].new_value == keep
    assert any(e.field == "credit_code" and e.new_value == code("8") for e in records.history(db, other))

    assert records.undo_last(db) == "合并共建单位"
    assert units.get_unit(db, other)["contact_name"] == "黄经理"
    assert units.get_unit(db, keep)["credit_code"] == ""
    assert [r.id for r in units.unit_page(db, other).resources] == [resource]
    with pytest.raises(ValidationError):
        units.merge_units(db, keep, keep)


def test_resource_and_contact_validation(db: Database, place: dict[str, str]) -> None:
    u = unit(db, place, "甲")
    with pytest.raises(ValidationError) as error:
        units_parts.save_resource(db, {"unit_id": u, "kind": "people", "description": "义工", "amount": "很多"})
    assert error.value.field == "amount"
    rid = units_parts.save_resource(db, {"unit_id": u, "kind": "people", "description": "义工", "amount": "12.5"})
    assert units_parts.get_resource(db, rid)["amount"] == 12.5
    with pytest.raises(ValidationError) as error:
        units_parts.save_contact(db, {"unit_id": u, "contacted_on": TODAY + timedelta(days=1), "summary": "x"})
    assert error.value.field == "contacted_on"


@pytest.mark.parametrize("typed", ["nan", "inf", "-inf", "1e309", "99999999999999999999"])
def test_a_resource_amount_that_is_no_real_quantity_is_refused(db: Database, place: dict[str, str], typed: str) -> None:
    """“nan”, “inf” and a mistyped run of nines were stored and shown as nan, inf, 1e+20."""
    u = unit(db, place, "甲")
    with pytest.raises(ValidationError) as error:
        units_parts.save_resource(db, {"unit_id": u, "kind": "people", "description": "义工", "amount": typed})
    assert error.value.field == "amount" and "数量" in error.value.message


@pytest.mark.parametrize(("typed", "stored"), [("1,000", 1000), ("1，000", 1000), ("１２", 12), (" 3 ", 3)])
def test_a_resource_amount_may_be_typed_with_thousands_separators(db: Database, place: dict[str, str],
                                                                   typed: str, stored: float) -> None:
    u = unit(db, place, "甲")
    rid = units_parts.save_resource(db, {"unit_id": u, "kind": "funds", "description": "慈善基金", "amount": typed})
    assert units_parts.get_resource(db, rid)["amount"] == stored


def test_agreement_sides_expiry_and_scan(db: Database, place: dict[str, str], tmp_path: Path) -> None:
    u = unit(db, place, "甲")
    base = {"unit_id": u, "title": "共建协议", "signed_on": TODAY - timedelta(days=300)}
    with pytest.raises(ValidationError):
        agreements.save_agreement(db, base)
    with pytest.raises(ValidationError):
        agreements.save_agreement(db, {**base, "street_id": place["street"], "community_id": place["community"]})
    soon = agreements.save_agreement(db, {**base, "street_id": place["street"], "valid_until": TODAY + timedelta(days=20)})
    agreements.save_agreement(db, {**base, "community_id": place["community"], "valid_until": TODAY + timedelta(days=60)})
    assert [a.id for a in agreements.expiring_agreements(db)] == [soon]
    scan = tmp_path / "协议扫描件.PDF"
    scan.write_bytes(b"%PDF-1.4 test")
    stored = agreements.attach_scan(db, soon, scan)
    assert stored.startswith("attachments/") and stored.endswith(".pdf")
    path = agreements.scan_path(db, soon)
    assert path.read_bytes() == b"%PDF-1.4 test"
    assert path.parent == Path(db.config.data_dir) / "attachments"  # type: ignore[union-attr]
    assert agreements.get_agreement(db, soon)["attachment_name"] == "协议扫描件.PDF"


def test_proposals_rank_by_place_contact_and_availability(db: Database, place: dict[str, str]) -> None:
    near = unit(db, place, "同社区单位", community_id=place["community"])
    street = unit(db, place, "同街道单位", community_id=place["other_community"])
    far = units.create_unit(db, {"name": "外街道单位", "category": "state_owned", "street_id": place["other_street"]})
    wrong_kind = unit(db, place, "只出场地", community_id=place["community"])
    for u in (near, street, far):
        units_parts.save_resource(db, {"unit_id": u, "kind": "people", "description": "党员志愿者"})
    units_parts.save_resource(db, {"unit_id": wrong_kind, "kind": "venue", "description": "会议室"})
    units_parts.save_contact(db, {"unit_id": far, "contacted_on": TODAY - timedelta(days=3), "summary": "电话"})
    need = needs.save_need(db, {"community_id": place["community"], "title": "长者饭堂志愿者", "resource_kind": "people"})

    proposals = needs.propose_units(db, need)
    assert [p.unit_id for p in proposals] == [near, street, far]
    assert needs.reasons_text(proposals[0].reasons) == "同社区、资源可提供"
    assert "30天内有对接" in needs.reasons_text(proposals[2].reasons)

    best = proposals[0]
    match = needs.record_match(db, need, best.unit_id, best.resource_id, needs.reasons_text(best.reasons), best.score)
    assert needs.get_need(db, need)["status"] == "matched"
    assert near not in [p.unit_id for p in needs.propose_units(db, need)]
    with pytest.raises(ValidationError):
        needs.record_match(db, need, near)
    needs.record_outcome(db, match, "fulfilled", "每周二派4名志愿者")
    assert needs.get_need(db, need)["status"] == "closed"
    page = units.unit_page(db, near)
    assert [m.need_title for m in page.contributions] == ["长者饭堂志愿者"]
    rows = needs.list_needs(db, needs.NeedFilter(street_id=place["street"]))
    assert [(r.title, r.matches) for r in rows] == [("长者饭堂志愿者", 1)]


def _merged_pair(db: Database, place: dict[str, str]) -> dict[str, str]:
    """某某贸易 (with a resource, contact, agreement, Party organisation, match, a code and a contact name)
    merged into 某某贸易有限公司 (with a resource of its own)."""
    keep = unit(db, place, "某某贸易有限公司")
    other = unit(db, place, "某某贸易", credit_code=code("8"), contact_name="黄经理", in_charity_alliance=True)
    ids = {"keep": keep, "other": other,
           "own": units_parts.save_resource(db, {"unit_id": keep, "kind": "venue", "description": "会议室"}),
           "resource": units_parts.save_resource(db, {"unit_id": other, "kind": "funds", "description": "助学金"}),
           "contact": units_parts.save_contact(db, {"unit_id": other, "contacted_on": TODAY, "summary": "走访"}),
           "agreement": agreements.save_agreement(db, {"unit_id": other, "community_id": place["community"],
                                                       "title": "共建协议", "signed_on": TODAY}),
           "org": sites.save_party_org(db, {"name": "某某贸易党支部", "level": "branch", "unit_id": other})}
    need = needs.save_need(db, {"community_id": place["community"], "title": "助学", "resource_kind": "funds"})
    ids["match"] = needs.record_match(db, need, other, ids["resource"])
    units.merge_units(db, keep, other)
    return ids


def _parts(db: Database, unit_id: str) -> dict[str, set[str]]:
    page = units.unit_page(db, unit_id)
    return {"resources": {r.id for r in page.resources}, "contacts": {c.id for c in page.contacts},
            "agreements": {a.id for a in page.agreements}, "matches": {m.id for m in page.matches},
            "orgs": {o[0] for o in page.party_orgs}}


def test_restoring_a_merged_unit_takes_back_its_merge(db: Database, place: dict[str, str]) -> None:
    ids = _merged_pair(db, place)
    keep, other = ids["keep"], ids["other"]
    later = units_parts.save_contact(db, {"unit_id": keep, "contacted_on": TODAY, "summary": "合并后的对接"})
    records.restore(db, "co_unit", other)

    assert _parts(db, other) == {"resources": {ids["resource"]}, "contacts": {ids["contact"]},
                                 "agreements": {ids["agreement"]}, "matches": {ids["match"]}, "orgs": {ids["org"]}}
    assert _parts(db, keep) == {"resources": {ids["own"]}, "contacts": {later}, "agreements": set(),
                                "matches": set(), "orgs": set()}
    kept = units.get_unit(db, keep)
    assert (kept["credit_code"], kept["contact_name"], kept["in_charity_alliance"]) == ("", "", False)
    assert units.get_unit(db, other)["credit_code"] == code("8")
    assert units.unit_page(db, keep).merged_from == []
    assert ("co_unit", other) not in {(d.record_type, d.id) for d in records.recycle_bin(db)}
    # one unit of work: one change-log batch, which undo takes back whole (the merge stands again)
    assert records.undo_last(db) == "恢复共建单位（撤销合并）"
    assert _parts(db, keep)["resources"] == {ids["own"], ids["resource"]}
    assert units.unit_page(db, keep).merged_from == ["某某贸易"]
    with pytest.raises(NotFoundError):
        units.get_unit(db, other)


def test_restoring_a_merged_unit_keeps_later_changes(db: Database, place: dict[str, str]) -> None:
    ids = _merged_pair(db, place)
    keep, other = ids["keep"], ids["other"]
    kept = units.get_unit(db, keep)
    units.update_unit(db, keep, {**kept, "contact_name": "李主任"})  # edited after the merge: stays
    units_parts.delete_contact(db, ids["contact"])  # deleted after the merge: goes back, still deleted
    records.restore(db, "co_unit", other)
    kept = units.get_unit(db, keep)
    assert (kept["contact_name"], kept["credit_code"]) == ("李主任", "")
    assert _parts(db, other)["contacts"] == set()
    records.restore(db, "unit_contact", ids["contact"])
    assert _parts(db, other)["contacts"] == {ids["contact"]}


def test_restoring_from_a_chain_of_merges(db: Database, place: dict[str, str]) -> None:
    """甲 merged into 乙, then 乙 into 丙: restoring 乙 brings back its own and 甲's parts, and 甲 points at 乙."""
    a, b, c = unit(db, place, "甲公司"), unit(db, place, "乙公司"), unit(db, place, "丙公司")
    ra = units_parts.save_resource(db, {"unit_id": a, "kind": "funds", "description": "甲的资金"})
    rb = units_parts.save_resource(db, {"unit_id": b, "kind": "venue", "description": "乙的场地"})
    rc = units_parts.save_resource(db, {"unit_id": c, "kind": "people", "description": "丙的志愿者"})
    units.merge_units(db, b, a)
    units.merge_units(db, c, b)
    assert _parts(db, c)["resources"] == {ra, rb, rc}
    records.restore(db, "co_unit", b)
    assert _parts(db, b)["resources"] == {ra, rb}
    assert _parts(db, c)["resources"] == {rc}
    assert units.unit_page(db, b).merged_from == ["甲公司"]
    assert units.unit_page(db, c).merged_from == []
    records.restore(db, "co_unit", a)
    assert [_parts(db, u)["resources"] for u in (a, b, c)] == [{ra}, {rb}, {rc}]


def test_restoring_a_unit_merged_then_deleted_from_a_chain(db: Database, place: dict[str, str]) -> None:
    """甲 merged into 乙, 乙 into 丙: restoring 甲 alone takes its parts back from 丙."""
    a, b, c = unit(db, place, "甲公司"), unit(db, place, "乙公司"), unit(db, place, "丙公司")
    ra = units_parts.save_resource(db, {"unit_id": a, "kind": "funds", "description": "甲的资金"})
    rb = units_parts.save_resource(db, {"unit_id": b, "kind": "venue", "description": "乙的场地"})
    units.merge_units(db, b, a)
    units.merge_units(db, c, b)
    records.restore(db, "co_unit", a)
    assert _parts(db, a)["resources"] == {ra}
    assert _parts(db, c)["resources"] == {rb}
    assert units.unit_page(db, c).merged_from == ["乙公司"]


def test_an_agreement_in_force_is_expired_from_the_day_after_its_end(db: Database, place: dict[str, str]) -> None:
    u = unit(db, place, "甲")
    end = date(2026, 3, 31)
    base = {"unit_id": u, "street_id": place["street"], "signed_on": date(2025, 4, 1)}
    ending = agreements.save_agreement(db, {**base, "title": "到期协议", "valid_until": end})
    agreements.save_agreement(db, {**base, "title": "长期协议"})
    agreements.save_agreement(db, {**base, "title": "终止协议", "valid_until": end, "status": "terminated"})
    agreements.save_agreement(db, {**base, "title": "拟签协议", "valid_until": end, "status": "draft"})
    agreements.save_agreement(db, {**base, "title": "标为到期", "valid_until": end + timedelta(days=400),
                                   "status": "expired"})
    changes = len(records.history(db, ending))

    def shown(today: date) -> dict[str, str]:
        on_page = {a.title: a.status for a in units.unit_page(db, u, today=today).agreements}
        assert {a.title: a.status for a in agreements.list_agreements(db, today=today)} == on_page
        return on_page

    others = {"长期协议": "active", "终止协议": "terminated", "拟签协议": "draft", "标为到期": "expired"}
    assert shown(end) == {"到期协议": "active", **others}  # the end date itself is still in force
    assert shown(end + timedelta(days=1)) == {"到期协议": "expired", **others}
    assert [a.id for a in agreements.expiring_agreements(db, today=end)] == [ending]
    assert agreements.expired_agreements(db, today=end) == []
    assert agreements.expiring_agreements(db, today=end + timedelta(days=1)) == []
    assert [a.id for a in agreements.expired_agreements(db, today=end + timedelta(days=1))] == [ending]
    assert [a.status for a in agreements.expired_agreements(db, today=end + timedelta(days=30))] == ["expired"]
    assert agreements.expired_agreements(db, today=end + timedelta(days=31)) == []  # past the reminder window
    # computed, not written: the stored status and the history are as the user left them
    assert agreements.get_agreement(db, ending)["status"] == "active"
    assert len(records.history(db, ending)) == changes
    # the SQL and the Python rule agree
    for today in (end, end + timedelta(days=1)):
        for row in agreements.list_agreements(db, today=today):
            stored = agreements.get_agreement(db, row.id)["status"]
            assert row.status == agreements.effective_status(stored, row.valid_until, today)


def test_a_deleted_unit_leaves_the_needs_it_was_matched_to_until_it_is_restored(db: Database,
                                                                                place: dict[str, str]) -> None:
    """A match to a unit in the recycle bin showed under the need (and counted in 已对接单位) with a unit no one
    could open."""
    u = unit(db, place, "甲")
    kept = unit(db, place, "乙")
    need = needs.save_need(db, {"community_id": place["community"], "title": "助学", "resource_kind": "funds"})
    needs.record_match(db, need, u)
    needs.record_match(db, need, kept)
    units.delete_unit(db, u)
    assert [m.unit_id for m in needs.matches_of_need(db, need)] == [kept]
    assert [n.matches for n in needs.list_needs(db, needs.NeedFilter())] == [1]
    records.restore(db, "co_unit", u)
    assert {m.unit_id for m in needs.matches_of_need(db, need)} == {u, kept}
    assert [n.matches for n in needs.list_needs(db, needs.NeedFilter())] == [2]


def test_a_unit_offers_each_resource_once(db: Database, place: dict[str, str]) -> None:
    """Two identical resources (type and description) on one unit were saved without a word; a second is refused
    in the same unit of work that would have added it, and nothing is logged."""
    from coordinator_app.core.models import ChangeLogEntry

    u, other = unit(db, place, "甲"), unit(db, place, "乙")
    first = units_parts.save_resource(db, {"unit_id": u, "kind": "venue", "description": "会议室 40人"})
    with db.read() as session:
        logged = session.query(ChangeLogEntry).count()
    for typed in ("会议室 40人", "会议室４０人", " 会议室40人 "):
        with pytest.raises(ValidationError, match="该单位已有资源“场地：会议室") as error:
            units_parts.save_resource(db, {"unit_id": u, "kind": "venue", "description": typed})
        assert error.value.field == "description"
    second = units_parts.save_resource(db, {"unit_id": u, "kind": "venue", "description": "活动室"})
    with pytest.raises(ValidationError, match="不能重复添加"):  # changed into the first one
        units_parts.save_resource(db, {"unit_id": u, "kind": "venue", "description": "会议室40人"}, second)
    with db.read() as session:
        assert session.query(ChangeLogEntry).count() == logged + 1
    # the same resource itself, another type, another unit, or one removed earlier: all fine
    units_parts.save_resource(db, {"unit_id": u, "kind": "venue", "description": "会议室 40人", "amount": 2}, first)
    units_parts.save_resource(db, {"unit_id": u, "kind": "people", "description": "会议室 40人"})
    units_parts.save_resource(db, {"unit_id": other, "kind": "venue", "description": "会议室 40人"})
    units_parts.delete_resource(db, second)
    units_parts.save_resource(db, {"unit_id": u, "kind": "venue", "description": "活动室"})
