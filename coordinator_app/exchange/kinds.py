"""What each directory looks like in a spreadsheet: its columns (Chinese header, synonyms people use,
required or not, how a cell is read and written), its natural key, how a row becomes a record and back.

Kinds: ``sites`` 阵地, ``people`` 人员 (with roles), ``units`` 共建单位 (with resources), ``appeals`` 群众诉求,
``council_members`` 议事会成员. A masked export read back (138****5678, 陈*明) is matched to the one record it fits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import credit_code
from ..core.database import Database
from ..core.errors import ValidationError
from ..core.formatting import mask_name, mask_phone
from ..core.models import (
    Appeal,
    CoBuildingUnit,
    Community,
    Council,
    CouncilMember,
    Person,
    PersonRole,
    Site,
    Street,
    UnitResource,
)
from ..core.services.appeals import validate_appeal
from ..core.services.people import validate_person
from ..core.services.sites import validate_site
from ..core.services.units import validate_unit
from ..core.vocab import (
    APPEAL_CATEGORIES,
    APPEAL_CHANNELS,
    APPEAL_STATUSES,
    COUNCIL_SEATS,
    PERSON_ROLES,
    RESOURCE_KINDS,
    SATISFACTION,
    SITE_KINDS,
    UNIT_CATEGORIES,
)
from .values import (
    PLACEHOLDERS,
    parse_bool,
    parse_date,
    parse_party_member,
    phone_key,
    phone_of,
    text_of,
    without_country_code,
)

_SPLIT = re.compile(r"[、,，;；/\n]+")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    #: text, phone, code, bool, choice, street, community, roles, resources
    type: str = "text"
    width: int = 14
    #: personal data: masked on export unless full values are asked for
    personal: bool = False
    example: str = ""


@dataclass
class Context:
    """Reference data and the existing records of a kind, loaded once per import."""

    streets: dict[str, str] = field(default_factory=dict)  # normalised name -> id
    street_names: dict[str, str] = field(default_factory=dict)  # id -> name
    communities: dict[tuple[str, str], str] = field(default_factory=dict)  # (street id, normalised name) -> id
    community_names: dict[str, str] = field(default_factory=dict)
    #: natural key -> (id, current values)
    existing: dict[Any, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    #: record id -> set of its children's keys (roles, resources)
    children: dict[str, set[Any]] = field(default_factory=dict)
    #: natural keys that more than one existing record has (a row with such a key is not imported)
    ambiguous: set[Any] = field(default_factory=set)
    #: natural key -> (id, values) of soft-deleted records that a unique constraint still holds (restored on import)
    deleted: dict[Any, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    #: other lookups a kind needs (councils, people)
    lookup: dict[Any, Any] = field(default_factory=dict)

    def add(self, key: Any, record_id: str, values: dict[str, Any]) -> None:
        found = self.existing.get(key)
        if found is not None and found[0] != record_id:
            self.ambiguous.add(key)
        else:
            self.existing[key] = (record_id, values)


def street_key(name: str) -> str:
    name = re.sub(r"\s+", "", name)
    for prefix in ("广东省", "广州市", "越秀区"):
        name = name.removeprefix(prefix)
    return name[:-1] if name.endswith("街道") else name


def community_key(name: str) -> str:
    name = re.sub(r"\s+", "", name)
    return name.removesuffix("居委会").removesuffix("社区居委").removesuffix("社区") or name


def load_geography(session: Session, ctx: Context) -> None:
    for sid, name in session.execute(select(Street.id, Street.name)):
        ctx.streets[street_key(name)] = sid
        ctx.street_names[sid] = name
    for cid, sid, name in session.execute(select(Community.id, Community.street_id, Community.name)
                                          .where(Community.deleted_at.is_(None))):
        ctx.communities[(sid, community_key(name))] = cid
        ctx.community_names[cid] = name


_LABELS: dict[int, tuple[dict[str, str], dict[str, str]]] = {}


def _by_label(choices: dict[str, str]) -> dict[str, str]:
    """label -> code of one of the vocabularies (module constants), made once per vocabulary."""
    found = _LABELS.get(id(choices))
    if found is None or found[0] is not choices:
        found = _LABELS[id(choices)] = (choices, {v: k for k, v in choices.items()})
    return found[1]


def _choice(text: str, choices: dict[str, str], label: str, field_name: str, aliases: dict[str, str] | None = None) -> str:
    if not text:
        raise ValidationError(f"请填写“{label}”。", field_name)
    if text in choices:
        return text
    by_label = _by_label(choices)
    if text in by_label:
        return by_label[text]
    if aliases and text in aliases:
        return aliases[text]
    near = [code for lab, code in by_label.items() if text and (text in lab or lab in text)]
    if len(near) == 1:
        return near[0]
    raise ValidationError(f"{label}“{text}”无法识别，可填：{'、'.join(choices.values())}。", field_name)


def _street_and_community(raw: dict[str, Any], ctx: Context, values: dict[str, Any]) -> None:
    street = text_of(raw.get("street"))
    if not street:
        raise ValidationError("请填写“所属街道”。", "street_id")
    sid = ctx.streets.get(street_key(street))
    if sid is None:
        raise ValidationError(f"街道“{street}”不存在。", "street_id")
    values["street_id"] = sid
    community = text_of(raw.get("community"))
    values["community_id"] = None
    if community:
        cid = ctx.communities.get((sid, community_key(community)))
        if cid is None:
            raise ValidationError(f"社区“{community}”不在{ctx.street_names[sid]}下。", "community_id")
        values["community_id"] = cid


def _take(raw: dict[str, Any], values: dict[str, Any], *keys: str) -> None:
    for key in keys:
        if key in raw:
            values[key] = text_of(raw[key])


def _bool(raw: dict[str, Any], key: str, label: str, parse: Callable[[Any], bool] = parse_bool) -> bool | None:
    if key not in raw or text_of(raw[key]) == "":
        return None
    try:
        return parse(raw[key])
    except ValueError:
        raise ValidationError(f"“{label}”应填“是”或“否”，而不是“{text_of(raw[key])}”。", key) from None


def _masked(text: str) -> bool:
    return "****" in text or "***" in text


def _phone(raw: dict[str, Any], key: str) -> str:
    text = phone_of(raw.get(key))
    if _masked(text):
        raise ValidationError(f"{_masked_phone_said(text)}，请填写完整号码。", key)
    return without_country_code(text)


def _phone_fits(stored: str | None, shown: str) -> bool:
    """Whether a number masked by an export (138****5678: its first 3 and last 4 digits) is ``stored``'s."""
    return bool(stored) and mask_phone(stored or "") == re.sub(r"\s+", "", shown)


def _masked_phone_said(shown: str) -> str:
    return f"电话“{shown}”是隐去了中间几位的号码"


def _the_one(fits: list[Any], what: str, key: str, none: str, several: str) -> Any:
    """The one existing record a row with a masked value fits: an export of the directory read back matches the
    record it was written from and keeps its stored values. No record or several are refused: ``what`` was
    masked, then ``none`` or ``several`` (``{n}``: how many)."""
    if len(fits) == 1:
        return fits[0]
    raise ValidationError(f"{what}，{several.format(n=len(fits)) if fits else none}", key)


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    #: the record noun in messages (“单位”, “阵地”, “人员”)
    noun: str
    columns: tuple[Column, ...]
    #: raw cells (by column key) -> cleaned values for the record (and children under "_children")
    convert: Callable[[dict[str, Any], Context], dict[str, Any]]
    #: cleaned values -> natural key
    key: Callable[[dict[str, Any]], Any]
    load: Callable[[Session, Context], None]
    model: type
    #: (record id, child key) -> the values of a new child record (a role, a resource) of ``child_model``
    child: Callable[[str, Any], dict[str, Any]] | None = None
    child_model: type | None = None
    #: (session, ids) -> rows for export, dicts by column key
    rows: Callable[[Session, Context, list[str] | None], Iterator[dict[str, Any]]] | None = None
    fields: tuple[str, ...] = ()

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def masks_names(self) -> bool:
        """Whether an export masks names (an appeal's 诉求人) as well as phones."""
        return any(c.personal and c.type == "name" for c in self.columns)

    @property
    def personal_words(self) -> str:
        """What a full export shows in full, in words: 联系电话, or 姓名和联系电话."""
        return "姓名和联系电话" if self.masks_names else "联系电话"


# --- sites ---------------------------------------------------------------------------------------------

SITE_FIELDS = ("name", "kind", "street_id", "community_id", "address", "opening_hours", "phone", "operator", "notes")


def _convert_site(raw: dict[str, Any], ctx: Context) -> dict[str, Any]:
    values: dict[str, Any] = {}
    _take(raw, values, "name", "address", "opening_hours", "operator", "notes")
    values["phone"] = _phone(raw, "phone")
    values["kind"] = _choice(text_of(raw.get("kind")), SITE_KINDS, "阵地类型", "kind",
                             {"社工站": "social_work_station", "爱心超市": "charity_point", "爱心屋": "charity_point",
                              "联络站": "npc_liaison_station", "工作室": "deputies_studio"})
    _street_and_community(raw, ctx, values)
    cleaned = validate_site(values)
    cleaned.pop("parent_id", None)
    return cleaned


def _load_sites(session: Session, ctx: Context) -> None:
    for site in session.execute(select(Site.id, *[getattr(Site, f) for f in SITE_FIELDS])
                                .where(Site.deleted_at.is_(None))):
        values = dict(zip(SITE_FIELDS, site[1:], strict=True))
        ctx.add(_site_key(values), site[0], values)


def _site_key(values: dict[str, Any]) -> Any:
    return (values["name"], values["street_id"])


def _site_rows(session: Session, ctx: Context, ids: list[str] | None) -> Iterator[dict[str, Any]]:
    query = select(Site).where(Site.deleted_at.is_(None)).order_by(Site.street_id, Site.sort_name, Site.id)
    for site in _in_chunks(session, query, Site, ids):
        yield {"name": site.name, "kind": SITE_KINDS.get(site.kind, site.kind),
               "street": ctx.street_names.get(site.street_id, ""),
               "community": ctx.community_names.get(site.community_id or "", ""), "address": site.address,
               "opening_hours": site.opening_hours, "phone": site.phone, "operator": site.operator,
               "notes": site.notes}


def _in_list_order(fetch: Callable[[list[str] | None], Iterable[Any]], ids: list[str] | None,
                   id_of: Callable[[Any], str]) -> Iterator[Any]:
    """The rows ``fetch`` gives: all of them in its own order, or those of ``ids`` (a filtered list's records)
    in the list's order, fetched 500 at a time."""
    if ids is None:
        yield from fetch(None)
        return
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found = {id_of(row): row for row in fetch(chunk)}
        yield from (found[i] for i in chunk if i in found)


def _in_chunks(session: Session, query: Any, model: Any, ids: list[str] | None) -> Iterator[Any]:
    def fetch(chunk: list[str] | None) -> Iterable[Any]:
        if chunk is None:
            return session.scalars(query.execution_options(yield_per=1000))
        return session.scalars(query.where(model.id.in_(chunk)))

    return _in_list_order(fetch, ids, lambda record: record.id)


SITES = Kind(
    "sites", "阵地", "阵地",
    (
        Column("name", "阵地名称", ("名称", "站点名称", "阵地", "站点", "服务站名称", "阵地全称"), True, width=28, example="北京街社工服务站"),
        Column("kind", "阵地类型", ("类型", "类别", "阵地类别", "站点类型"), True, "choice", 20, example="社工服务站"),
        Column("street", "所属街道", ("街道", "街道名称"), True, "street", 10, example="北京街"),
        Column("community", "所属社区", ("社区", "社区名称", "社区居委会"), False, "community", 12, example=""),
        Column("address", "地址", ("地点", "详细地址", "位置", "阵地地址"), width=30, example="越秀区北京路100号"),
        Column("opening_hours", "开放时间", ("服务时间", "办公时间"), width=18, example="周一至周五 9:00-17:30"),
        Column("phone", "联系电话", ("电话", "联系方式", "座机", "联系人电话", "手机号", "手机号码"), type="phone", width=16, example="020-83001234"),
        Column("operator", "运营机构", ("承接机构", "运营单位", "社工机构"), width=24, example="越秀区启创社工服务中心"),
        Column("notes", "备注", ("说明",), width=20),
    ),
    _convert_site, _site_key, _load_sites, Site, rows=_site_rows, fields=SITE_FIELDS,
)


# --- people --------------------------------------------------------------------------------------------

PERSON_FIELDS = ("name", "phone", "is_party_member", "skills", "notes")


def _convert_person(raw: dict[str, Any], ctx: Context) -> dict[str, Any]:
    values: dict[str, Any] = {}
    _take(raw, values, "name", "skills", "notes")
    shown = phone_of(raw.get("phone"))
    if _masked(shown):  # an export read back: the number of the one person of that name it fits
        name = values.get("name", "")
        fits = list(dict.fromkeys(phone for phone in ctx.lookup.get(("phones", name), ()) if _phone_fits(phone, shown)))
        values["phone"] = _the_one(fits, _masked_phone_said(shown), "phone", f"库中没有号码与之相符的“{name}”，请填写完整号码。",
                                   f"库中有{{n}}个“{name}”的号码与之相符，无法确定是哪一位，请填写完整号码。")
    else:
        values["phone"] = _phone(raw, "phone")
    party = _bool(raw, "is_party_member", "是否党员", parse_party_member)
    cleaned = validate_person(values)
    if party is None:
        cleaned.pop("is_party_member")
    else:
        cleaned["is_party_member"] = party
    roles = set()
    for part in _SPLIT.split(text_of(raw.get("roles"))):
        if part.strip():
            roles.add(_choice(part.strip(), PERSON_ROLES, "角色", "roles", {"党建组织员": "coordinator"}))
    cleaned["_children"] = roles
    return cleaned


def _person_key(values: dict[str, Any]) -> Any:
    return (values["name"], phone_key(values.get("phone")))


def _load_people(session: Session, ctx: Context) -> None:
    for row in session.execute(select(Person.id, *[getattr(Person, f) for f in PERSON_FIELDS])
                               .where(Person.deleted_at.is_(None))):
        values = dict(zip(PERSON_FIELDS, row[1:], strict=True))
        ctx.add(_person_key(values), row[0], values)
        ctx.lookup.setdefault(("phones", values["name"]), []).append(values["phone"])
    for pid, role in session.execute(select(PersonRole.person_id, PersonRole.role)
                                     .where(PersonRole.deleted_at.is_(None))):
        ctx.children.setdefault(pid, set()).add(role)


def _person_child(record_id: str, role: Any) -> dict[str, Any]:
    return {"person_id": record_id, "role": role}


def _people_rows(session: Session, ctx: Context, ids: list[str] | None) -> Iterator[dict[str, Any]]:
    rank = {role: index for index, role in enumerate(PERSON_ROLES)}
    found: dict[str, list[str]] = {}
    for pid, role in session.execute(select(PersonRole.person_id, PersonRole.role)
                                     .where(PersonRole.deleted_at.is_(None))):
        found.setdefault(pid, []).append(role)
    roles = {pid: "、".join(PERSON_ROLES.get(r, r) for r in sorted(mine, key=lambda r: rank.get(r, 99)))
             for pid, mine in found.items()}
    query = (select(Person.id, Person.name, Person.phone, Person.is_party_member, Person.skills, Person.notes)
             .where(Person.deleted_at.is_(None)).order_by(Person.sort_name, Person.id))

    def fetch(chunk: list[str] | None) -> Iterable[Any]:
        return session.execute(query if chunk is None else query.where(Person.id.in_(chunk)))

    for pid, name, phone, party, skills, notes in _in_list_order(fetch, ids, lambda row: row[0]):
        yield {"name": name, "phone": phone, "is_party_member": "是" if party else "否",
               "roles": roles.get(pid, ""), "skills": skills, "notes": notes}


PEOPLE = Kind(
    "people", "人员", "人员",
    (
        Column("name", "姓名", ("名字", "人员姓名", "联系人"), True, width=10, personal=False, example="陈明"),
        Column("phone", "联系电话", ("电话", "手机", "手机号", "手机号码", "联系方式"), type="phone", width=16,
               personal=True, example="13812345678"),
        Column("is_party_member", "是否党员", ("党员", "政治面貌", "是否中共党员"), type="bool", width=10, example="是"),
        Column("roles", "角色", ("身份", "人员类别", "类别", "身份类别"), type="roles", width=24, example="党员义工、人大代表"),
        Column("skills", "特长", ("专长", "技能", "能人专才"), width=20, example="义诊、法律咨询"),
        Column("notes", "备注", ("说明",), width=20),
    ),
    _convert_person, _person_key, _load_people, Person, child=_person_child, child_model=PersonRole, rows=_people_rows, fields=PERSON_FIELDS,
)


# --- co-building units ----------------------------------------------------------------------------------

UNIT_FIELDS = ("name", "category", "credit_code", "address", "street_id", "community_id", "contact_name",
               "contact_phone", "in_charity_alliance", "tags", "notes")


def _convert_unit(raw: dict[str, Any], ctx: Context) -> dict[str, Any]:
    values: dict[str, Any] = {}
    _take(raw, values, "name", "address", "contact_name", "tags", "notes")
    code_cell = raw.get("credit_code")
    code = text_of(code_cell)
    values["credit_code"] = "" if code in PLACEHOLDERS else credit_code.normalise(code)
    if (isinstance(code_cell, (int, float)) and not isinstance(code_cell, bool)
            and credit_code.problem(values["credit_code"])):
        raise ValidationError("统一社会信用代码被存成了数字，Excel 只保留15位有效数字，后几位已经丢失。请把这一列设为“文本”格式，"
                              "再按营业执照重新填写代码。", "credit_code")
    # a phone masked by an export (138****5678) is checked against the unit it updates (``importer.judge_row``)
    shown = phone_of(raw.get("contact_phone"))
    masked = {"contact_phone": shown} if _masked(shown) else {}
    values["contact_phone"] = "" if masked else _phone(raw, "contact_phone")
    values["category"] = _choice(text_of(raw.get("category")), UNIT_CATEGORIES, "单位类别", "category",
                                 {"机关": "government", "事业单位": "government", "国企": "state_owned",
                                  "民营企业": "non_public", "私营企业": "non_public", "企业": "non_public",
                                  "社会团体": "social_org", "民办非企业": "social_org"})
    alliance = _bool(raw, "in_charity_alliance", "慈善联盟成员")
    _street_and_community(raw, ctx, values)
    cleaned = validate_unit(values)
    if alliance is None:
        cleaned.pop("in_charity_alliance")
    else:
        cleaned["in_charity_alliance"] = alliance
    resources = set()
    for part in re.split(r"[;；\n]+", text_of(raw.get("resources"))):
        part = part.strip()
        if not part:
            continue
        found = re.match(r"^([^:：]+)[:：](.*)$", part, re.S)
        if not found:
            raise ValidationError(f"资源“{part}”应写成“类别：内容”，如“人力：党员志愿者10人”。", "resources")
        kind_text, description = found.groups()
        kind = _choice(kind_text.strip(), RESOURCE_KINDS, "资源类别", "resources")
        description = description.strip()
        if not description or len(description) > 200:
            raise ValidationError(f"资源“{part}”的内容应为1至200个字。", "resources")
        resources.add((kind, description))
    cleaned["_children"] = resources
    if masked:
        cleaned["_masked"] = masked
    return cleaned


def _unit_key(values: dict[str, Any]) -> Any:
    return ("code", values["credit_code"]) if values.get("credit_code") else ("name", values["name"], values["street_id"])


def _load_units(session: Session, ctx: Context) -> None:
    for row in session.execute(select(CoBuildingUnit.id, *[getattr(CoBuildingUnit, f) for f in UNIT_FIELDS])
                               .where(CoBuildingUnit.deleted_at.is_(None))):
        values = dict(zip(UNIT_FIELDS, row[1:], strict=True))
        ctx.add(_unit_key(values), row[0], values)
        if values["credit_code"]:  # a unit with a code is also found by name + street, if the file lacks the code
            ctx.add(("name", values["name"], values["street_id"]), row[0], values)
    for uid, kind, description in session.execute(select(UnitResource.unit_id, UnitResource.kind,
                                                         UnitResource.description)
                                                  .where(UnitResource.deleted_at.is_(None))):
        ctx.children.setdefault(uid, set()).add((kind, description))


def _unit_child(record_id: str, resource: Any) -> dict[str, Any]:
    return {"unit_id": record_id, "kind": resource[0], "description": resource[1]}


def _unit_rows(session: Session, ctx: Context, ids: list[str] | None) -> Iterator[dict[str, Any]]:
    resources: dict[str, list[str]] = {}
    for uid, kind, description in session.execute(
            select(UnitResource.unit_id, UnitResource.kind, UnitResource.description)
            .where(UnitResource.deleted_at.is_(None)).order_by(UnitResource.kind, UnitResource.description)):
        resources.setdefault(uid, []).append(f"{RESOURCE_KINDS.get(kind, kind)}：{description}")
    query = select(CoBuildingUnit).where(CoBuildingUnit.deleted_at.is_(None)).order_by(
        CoBuildingUnit.street_id, CoBuildingUnit.sort_name, CoBuildingUnit.id)
    for unit in _in_chunks(session, query, CoBuildingUnit, ids):
        yield {"name": unit.name, "credit_code": unit.credit_code,
               "category": UNIT_CATEGORIES.get(unit.category, unit.category),
               "street": ctx.street_names.get(unit.street_id, ""),
               "community": ctx.community_names.get(unit.community_id or "", ""), "address": unit.address,
               "contact_name": unit.contact_name, "contact_phone": unit.contact_phone,
               "in_charity_alliance": "是" if unit.in_charity_alliance else "否", "tags": unit.tags,
               "resources": "；".join(resources.get(unit.id, ())), "notes": unit.notes}


UNITS = Kind(
    "units", "共建单位", "单位",
    (
        Column("name", "单位名称", ("名称", "单位", "共建单位", "共建单位名称", "企业名称", "机构名称", "单位全称",
                                          "企业全称"), True, width=30,
               example="广州市越秀区某某科技有限公司"),
        Column("credit_code", "统一社会信用代码", ("信用代码", "社会信用代码", "统一代码", "组织机构代码"), type="code",
               width=22, example="91440104MA59A1B2CH"),
        Column("category", "单位类别", ("类别", "单位类型", "类型", "单位性质"), True, "choice", 14, example="非公企业"),
        Column("street", "所属街道", ("街道", "街道名称"), True, "street", 10, example="北京街"),
        Column("community", "所属社区", ("社区", "社区名称"), False, "community", 12),
        Column("address", "地址", ("单位地址", "详细地址", "办公地址"), width=30, example="越秀区北京路100号"),
        Column("contact_name", "联系人", ("负责人", "联系人姓名"), width=10, example="陈明"),
        Column("contact_phone", "联系电话", ("电话", "手机", "联系方式", "手机号码", "手机号", "联系人电话",
                                                     "联系人手机", "负责人电话"), type="phone", width=16,
               personal=True, example="13812345678"),
        Column("in_charity_alliance", "慈善联盟成员", ("慈善联盟", "党群慈善联盟", "是否慈善联盟成员"), type="bool", width=12,
               example="是"),
        Column("tags", "标签", ("特色", "关键词"), width=16),
        Column("resources", "可提供资源", ("资源", "资源清单", "提供资源"), type="resources", width=36,
               example="人力：党员志愿者10人；场地：会议室"),
        Column("notes", "备注", ("说明",), width=20),
    ),
    _convert_unit, _unit_key, _load_units, CoBuildingUnit, child=_unit_child, child_model=UnitResource, rows=_unit_rows, fields=UNIT_FIELDS,
)

# --- appeals (诉求) -----------------------------------------------------------------------------------------

APPEAL_FIELDS = ("received_on", "resident_name", "resident_phone", "channel", "category", "content", "street_id",
                 "community_id", "due_on", "transferred_to", "status", "result", "satisfaction", "closed_on")


def _date(raw: dict[str, Any], key: str, label: str) -> Any:
    try:
        return parse_date(raw.get(key))
    except ValueError:
        raise ValidationError(f"“{label}”“{text_of(raw.get(key))}”不是日期，请写成 2021-03-05 或 2021年3月5日 的样子。",
                              key) from None


def _convert_appeal(raw: dict[str, Any], ctx: Context) -> dict[str, Any]:
    values: dict[str, Any] = {}
    _take(raw, values, "resident_name", "content", "transferred_to", "result")
    # a name or phone masked by an export (陈*明, 138****5678) is that of the appeal it fits (``_stored_resident``)
    shown_name, shown_phone = values.get("resident_name", ""), phone_of(raw.get("resident_phone"))
    masked = "*" in shown_name or _masked(shown_phone)
    if "*" in shown_name:
        values["resident_name"] = ""
    values["resident_phone"] = "" if _masked(shown_phone) else _phone(raw, "resident_phone")
    values["channel"] = _choice(text_of(raw.get("channel")), APPEAL_CHANNELS, "诉求渠道", "channel",
                                {"12345": "hotline", "12345热线": "hotline", "来访": "reception"})
    category = text_of(raw.get("category"))
    values["category"] = _choice(category, APPEAL_CATEGORIES, "诉求类别", "category") if category else "other"
    values["received_on"] = _date(raw, "received_on", "受理日期")
    values["due_on"] = _date(raw, "due_on", "办理期限")
    _street_and_community(raw, ctx, values)
    cleaned = validate_appeal(values)
    for key in ("site_id", "reception_id", "handler_id"):
        cleaned.pop(key, None)
    status = text_of(raw.get("status"))
    cleaned["status"] = _choice(status, APPEAL_STATUSES, "办理状态", "status") if status else "accepted"
    satisfaction = text_of(raw.get("satisfaction"))
    cleaned["satisfaction"] = _choice(satisfaction, SATISFACTION, "满意度", "satisfaction") if satisfaction else None
    cleaned["closed_on"] = _date(raw, "closed_on", "办结日期")
    if cleaned["status"] == "closed" and cleaned["closed_on"] is None:
        raise ValidationError("已办结的诉求请填写“办结日期”。", "closed_on")
    cleaned["result"] = values.get("result") or ""
    if masked:
        _stored_resident(cleaned, ctx, shown_name, shown_phone)
    return cleaned


def _stored_resident(cleaned: dict[str, Any], ctx: Context, shown_name: str, shown_phone: str) -> None:
    """The resident's name and phone of the one appeal of that day, street and content whose name and phone the
    masked ones (陈*明, 138****5678) fit."""
    def name_fits(appeal: dict[str, Any]) -> bool:
        name = appeal["resident_name"] or ""
        return mask_name(name) == shown_name if "*" in shown_name else name == shown_name

    same = ctx.lookup.get(("appeal", cleaned["received_on"], cleaned["street_id"], cleaned["content"]), ())
    named = [a for a in same if name_fits(a)]
    if _masked(shown_phone):
        fits = [a for a in named if _phone_fits(a["resident_phone"], shown_phone)]
    else:  # a phone written in full tells namesakes apart, and may be a new number for the one appeal named
        fits = [a for a in named if phone_key(a["resident_phone"]) == phone_key(shown_phone)] if len(named) > 1 else named
    # the reason names what does not fit: the name, or else the phone
    what, key = ((f"诉求人“{shown_name}”是隐去了部分字的姓名", "resident_name")
                 if "*" in shown_name and (not named or len(fits) > 1) or not _masked(shown_phone)
                 else (_masked_phone_said(shown_phone), "resident_phone"))
    found = _the_one(fits, what, key,
                     "库中没有与之相符的诉求（同一受理日期、街道和诉求内容），请填写完整的姓名和电话。",
                     "库中有{n}条诉求与之相符（同一受理日期、街道和诉求内容），无法确定是哪一条，请填写完整的姓名和电话。")
    cleaned["resident_name"] = found["resident_name"]
    if _masked(shown_phone):
        cleaned["resident_phone"] = found["resident_phone"]


def _appeal_key(values: dict[str, Any]) -> Any:
    return (values["received_on"], values["street_id"], values.get("resident_name", ""), values["content"])


def _load_appeals(session: Session, ctx: Context) -> None:
    for row in session.execute(select(Appeal.id, *[getattr(Appeal, f) for f in APPEAL_FIELDS])
                               .where(Appeal.deleted_at.is_(None))):
        values = dict(zip(APPEAL_FIELDS, row[1:], strict=True))
        ctx.add(_appeal_key(values), row[0], values)
        ctx.lookup.setdefault(("appeal", values["received_on"], values["street_id"], values["content"]), []).append(
            values)


def _appeal_rows(session: Session, ctx: Context, ids: list[str] | None) -> Iterator[dict[str, Any]]:
    query = select(Appeal).where(Appeal.deleted_at.is_(None)).order_by(Appeal.received_on, Appeal.id)
    for appeal in _in_chunks(session, query, Appeal, ids):
        yield {"received_on": appeal.received_on, "resident_name": appeal.resident_name,
               "resident_phone": appeal.resident_phone, "channel": APPEAL_CHANNELS.get(appeal.channel, appeal.channel),
               "category": APPEAL_CATEGORIES.get(appeal.category, appeal.category), "content": appeal.content,
               "street": ctx.street_names.get(appeal.street_id, ""),
               "community": ctx.community_names.get(appeal.community_id or "", ""), "due_on": appeal.due_on,
               "transferred_to": appeal.transferred_to, "status": APPEAL_STATUSES.get(appeal.status, appeal.status),
               "result": appeal.result, "satisfaction": SATISFACTION.get(appeal.satisfaction or "", ""),
               "closed_on": appeal.closed_on}


APPEALS = Kind(
    "appeals", "群众诉求", "诉求",
    (
        Column("received_on", "受理日期", ("日期", "登记日期", "来访日期", "反映日期", "受理时间", "来访时间", "反映时间"), True, "date", 12,
               example="2026年3月5日"),
        Column("resident_name", "诉求人", ("姓名", "反映人", "来访人"), type="name", width=10, personal=True, example="陈明"),
        Column("resident_phone", "联系电话", ("电话", "手机", "联系方式", "手机号", "手机号码"), type="phone", width=16, personal=True,
               example="13812345678"),
        Column("channel", "诉求渠道", ("渠道", "来源"), True, "choice", 10, example="接访"),
        Column("category", "诉求类别", ("类别", "问题类别", "类型", "诉求类型"), type="choice", width=12, example="加装电梯"),
        Column("content", "诉求内容", ("内容", "反映问题", "问题描述", "诉求"), True, width=40,
               example="3号楼居民希望加装电梯，请协调"),
        Column("street", "所属街道", ("街道",), True, "street", 10, example="北京街"),
        Column("community", "所属社区", ("社区",), False, "community", 12),
        Column("due_on", "办理期限", ("期限", "截止日期", "办理时限"), type="date", width=12),
        Column("transferred_to", "转办单位", ("承办单位", "责任单位"), width=16),
        Column("status", "办理状态", ("状态", "进度"), type="choice", width=10, example="受理"),
        Column("result", "办理结果", ("结果", "处理结果", "答复"), width=30),
        Column("satisfaction", "满意度", ("评价",), type="choice", width=10),
        Column("closed_on", "办结日期", ("办结时间",), type="date", width=12),
    ),
    _convert_appeal, _appeal_key, _load_appeals, Appeal, rows=_appeal_rows, fields=APPEAL_FIELDS,
)

# --- council members (议事会成员) ------------------------------------------------------------------------------

MEMBER_FIELDS = ("council_id", "person_id", "seat")
_SEVERAL = object()


def _convert_member(raw: dict[str, Any], ctx: Context) -> dict[str, Any]:
    council = text_of(raw.get("council"))
    name = text_of(raw.get("name"))
    if not council:
        raise ValidationError("请填写“议事会名称”。", "council_id")
    if not name:
        raise ValidationError("请填写“姓名”。", "person_id")
    values: dict[str, Any] = {}
    _street_and_community(raw, ctx, values)
    council_id = ctx.lookup.get(("council", council, values["street_id"]))
    if council_id is _SEVERAL:
        raise ValidationError(f"{ctx.street_names[values['street_id']]}有多个名为“{council}”的议事会，无法确定是哪一个，"
                              "请先在程序中改名区分。", "council_id")
    if council_id is None:
        raise ValidationError(f"{ctx.street_names[values['street_id']]}没有名为“{council}”的议事会，请先在程序中新建。",
                              "council_id")
    shown = phone_of(raw.get("phone"))
    if _masked(shown):  # an export read back: the one person of that name whose number it fits
        fits = [pid for pid in ctx.lookup.get(("name", name), ()) if _phone_fits(ctx.lookup[("phone", pid)], shown)]
        person_id = _the_one(fits, _masked_phone_said(shown), "person_id", f"人员名录中没有号码与之相符的“{name}”，请填写完整号码。",
                             f"人员名录中有{{n}}个“{name}”的号码与之相符，无法确定是哪一位，请填写完整号码。")
        phone = ""
    elif phone := _phone(raw, "phone"):
        from ..core.validation import check_phone

        phone = check_phone(phone)
        person_id = ctx.lookup.get(("person", name, phone_key(phone)))
        if person_id is _SEVERAL:
            raise ValidationError(f"人员名录中有多个“{name}”（{phone}），请先在程序中合并或区分。", "person_id")
    else:
        found = ctx.lookup.get(("name", name), ())
        if len(found) > 1:
            raise ValidationError(f"人员名录中有{len(found)}个“{name}”，请填写联系电话以区分。", "person_id")
        person_id = found[0] if found else None
    if person_id is None:
        raise ValidationError(f"人员“{name}”{'（' + phone + '）' if phone else ''}不在人员名录中，请先导入或新建该人员。",
                              "person_id")
    seat = text_of(raw.get("seat"))
    return {"council_id": council_id, "person_id": person_id,
            "seat": _choice(seat, COUNCIL_SEATS, "席位", "seat") if seat else "resident_representative"}


def _member_key(values: dict[str, Any]) -> Any:
    return (values["council_id"], values["person_id"])


def _load_members(session: Session, ctx: Context) -> None:
    for cid, name, sid in session.execute(select(Council.id, Council.name, Council.street_id)
                                          .where(Council.deleted_at.is_(None))):
        key = ("council", name, sid)
        ctx.lookup[key] = cid if ctx.lookup.get(key, cid) == cid else _SEVERAL
    for pid, name, phone in session.execute(select(Person.id, Person.name, Person.phone)
                                            .where(Person.deleted_at.is_(None))):
        key = ("person", name, phone_key(phone))
        ctx.lookup[key] = pid if ctx.lookup.get(key, pid) == pid else _SEVERAL
        ctx.lookup[("name", name)] = (*ctx.lookup.get(("name", name), ()), pid)
        ctx.lookup[("phone", pid)] = phone
    for mid, council_id, person_id, seat, deleted in session.execute(
            select(CouncilMember.id, CouncilMember.council_id, CouncilMember.person_id, CouncilMember.seat,
                   CouncilMember.deleted_at)):
        values = {"council_id": council_id, "person_id": person_id, "seat": seat}
        if deleted is None:
            ctx.add(_member_key(values), mid, values)
        else:
            ctx.deleted[_member_key(values)] = (mid, values)


def _member_rows(session: Session, ctx: Context, ids: list[str] | None) -> Iterator[dict[str, Any]]:
    query = (select(CouncilMember.id, Council.name, Council.street_id, Person.name, Person.phone, CouncilMember.seat)
             .join(Council, Council.id == CouncilMember.council_id).join(Person, Person.id == CouncilMember.person_id)
             .where(CouncilMember.deleted_at.is_(None), Council.deleted_at.is_(None), Person.deleted_at.is_(None))
             .order_by(Council.street_id, Council.name, Person.sort_name, CouncilMember.id))
    def fetch(chunk: list[str] | None) -> Iterable[Any]:
        return session.execute(query if chunk is None else query.where(CouncilMember.id.in_(chunk)))

    for _mid, council, street_id, name, phone, seat in _in_list_order(fetch, ids, lambda row: row[0]):
        yield {"council": council, "street": ctx.street_names.get(street_id, ""), "name": name, "phone": phone,
               "seat": COUNCIL_SEATS.get(seat, seat)}


COUNCIL_MEMBERS = Kind(
    "council_members", "议事会成员", "成员",
    (
        Column("council", "议事会名称", ("议事会", "会议名称", "组织名称"), True, width=28, example="北京街共治议事会"),
        Column("street", "所属街道", ("街道",), True, "street", 10, example="北京街"),
        Column("name", "姓名", ("成员姓名", "名字"), True, width=10, example="陈明"),
        Column("phone", "联系电话", ("电话", "手机", "联系方式", "手机号", "手机号码"), type="phone", width=16,
               personal=True, example="13812345678"),
        Column("seat", "席位", ("身份", "成员类别", "界别"), type="choice", width=14, example="居民代表"),
    ),
    _convert_member, _member_key, _load_members, CouncilMember, rows=_member_rows, fields=MEMBER_FIELDS,
)

KINDS: dict[str, Kind] = {k.code: k for k in (SITES, PEOPLE, UNITS, APPEALS, COUNCIL_MEMBERS)}


def kind(code: str) -> Kind:
    try:
        return KINDS[code]
    except KeyError:
        raise ValidationError(f"未知的名录“{code}”，可选：{'、'.join(KINDS)}。") from None


def new_context(db: Database, k: Kind, existing: bool = True) -> Context:
    ctx = Context()
    with db.read() as session:
        load_geography(session, ctx)
        if existing:
            k.load(session, ctx)
    return ctx
