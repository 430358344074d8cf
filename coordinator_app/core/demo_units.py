"""Demo data for the co-building units panel (共建单位), called by ``demo._Builder``: units of every category
with valid 统一社会信用代码, a few near-duplicate pairs (to try merging), resources, agreements (some
expiring soon), the contact log (some units not contacted for months), communities' needs and matches."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from . import credit_code
from .models.units import unit_search_text
from .sorting import pinyin_key
from .unit_names import name_key

REGION = "440104"  # 越秀区
#: category -> (weight, possible first two characters of the credit code, "" for none)
CATEGORIES: dict[str, tuple[float, tuple[str, ...]]] = {
    "non_public": (35, ("91",)), "social_org": (12, ("52", "51", "53")), "state_owned": (8, ("91",)),
    "government": (8, ("11", "12")), "office_building": (7, ("91",)), "business_district": (6, ("91",)),
    "internet": (6, ("91",)), "school": (6, ("12", "52")), "hospital": (4, ("12",)),
    "community_party_org": (5, ("",)), "other": (3, ("91", "52")),
}
SYLLABLES = "华信达瑞恒通广宏德丰盛嘉安泰隆兴源鸿创新智博越秀羊城珠江云山海天正康明合和润金宝立远骏"
INDUSTRIES = ("科技", "贸易", "餐饮管理", "物业管理", "文化传播", "建筑装饰", "医药", "信息技术", "电子商务", "设计咨询",
              "会计师事务所", "律师事务所", "酒店管理", "服装", "食品", "教育咨询", "广告", "物流")
SOCIAL = ("志愿者协会", "社会工作服务中心", "慈善会", "青年志愿服务队", "长者服务中心", "义工联合会", "商会",
          "公益服务中心", "书画协会", "心理咨询服务中心")
STATE = ("越秀集团某某分公司", "城市建设投资有限公司", "地铁运营分公司", "供电局越秀分局", "自来水公司越秀营业所",
         "邮政越秀分公司", "燃气集团越秀服务站", "银行越秀支行", "移动越秀分公司", "电信越秀分局")
DEPARTMENTS = ("卫生健康局", "司法局", "城市管理和综合执法局", "民政局", "教育局", "市场监督管理局", "退役军人事务局",
               "人力资源和社会保障局", "文化广电旅游体育局", "税务局", "总工会", "团区委", "妇联", "消防救援大队",
               "公安分局派出所", "档案馆", "图书馆", "住房和建设局")
BUILDINGS = ("大厦", "国际中心", "商务中心", "广场", "中心大厦", "金融大厦")
MARKETS = ("商圈", "批发市场", "步行街商户联合会", "服装市场", "海味干果市场", "文具市场", "花鸟市场", "电器城")
HOSPITALS = ("医院", "中医医院", "口腔医院", "妇幼保健院", "社区卫生服务中心", "康复医院")
SCHOOLS = ("小学", "中学", "实验学校", "职业技术学校", "幼儿园", "培训学院")
OTHERS = ("律师事务所", "会计师事务所", "艺术团", "体育俱乐部")

RESOURCES: dict[str, tuple[tuple[str, float | None, str], ...]] = {
    "people": (("党员志愿者", 10, "人"), ("青年志愿者服务队", 20, "人"), ("医护志愿者", 6, "人"), ("法律志愿者", 3, "人"),
               ("技术骨干义修", 4, "人")),
    "material": (("防疫物资", 500, "份"), ("慰问品（米、油）", 100, "份"), ("图书", 800, "册"), ("办公电脑", 10, "台"),
                 ("轮椅", 5, "辆")),
    "relations": (("对接区直部门资源", None, ""), ("联系商会会员企业", None, ""), ("引荐专家学者", None, "")),
    "funds": (("助学金", 20000, "元"), ("社区微改造资金", 50000, "元"), ("慈善捐款", 10000, "元"),
              ("活动经费", 5000, "元")),
    "venue": (("会议室", 40, "人"), ("多功能厅", 150, "人"), ("培训教室", 30, "人"), ("户外场地", 200, "平方米")),
    "professional": (("义诊", 2, "次/月"), ("法律咨询", 1, "次/周"), ("心理辅导", 4, "次/月"), ("家电义修", 1, "次/月"),
                     ("财务咨询", 2, "次/月"), ("设计规划", None, "")),
}
AVAILABILITY = ("长期", "每周六上午", "每月第一个周日", "工作日", "节假日", "提前一周预约", "年内")
CHANNELS = ("visit", "visit", "meeting", "phone", "phone", "wechat", "activity")
SUMMARIES = ("走访了解单位近期情况，商议下季度共建活动。", "召开共建座谈会，交流党建工作经验。", "电话沟通志愿服务安排。",
             "协商社区活动场地使用。", "共同开展主题党日活动。", "商谈慈善捐赠事宜。", "对接长者饭堂志愿服务。",
             "邀请参加街道党群慈善联盟年会。", "沟通共建协议续签。", "走访单位党支部，了解党员报到情况。")
FOLLOW = ("", "", "下月再跟进。", "待单位回复具体人数。", "已报街道党建办备案。", "续签材料已准备。")
NEEDS: dict[str, tuple[str, ...]] = {
    "people": ("长者饭堂志愿者", "四点半课堂辅导志愿者", "垃圾分类督导志愿者", "重阳节活动志愿者"),
    "material": ("困难家庭慰问品", "社区图书角图书", "长者防跌倒扶手", "夏季防暑物资"),
    "relations": ("联系加装电梯施工单位", "对接区住建部门", "联系物业公司协商停车"),
    "funds": ("微改造项目资金", "困难学生助学金", "社区文化节经费"),
    "venue": ("居民议事会会场", "暑期托管场地", "党员培训课室"),
    "professional": ("义诊服务", "法律讲座", "心理辅导", "老旧楼宇安全检查"),
}


def _code(rng: random.Random, prefix: str) -> str:
    if not prefix:
        return ""
    organisation = "".join(rng.choice(credit_code.ALPHABET) for _ in range(9))
    first17 = prefix + REGION + organisation
    return first17 + credit_code.check_character(first17)


def _brand(rng: random.Random) -> str:
    return rng.choice(SYLLABLES) + rng.choice(SYLLABLES)


def _name(rng: random.Random, category: str, street: Any, community: str | None, road: str) -> str:
    brand = _brand(rng)
    if category == "non_public":
        return f"广州{brand}{rng.choice(INDUSTRIES)}有限公司"
    if category == "internet":
        return f"广州{brand}{rng.choice(('网络科技', '信息科技', '数字科技', '互联网服务'))}有限公司"
    if category == "social_org":
        return f"广州市越秀区{brand}{rng.choice(SOCIAL)}"
    if category == "state_owned":
        return f"广州{brand}{rng.choice(STATE)}".replace("某某", brand)
    if category == "government":
        return f"越秀区{rng.choice(DEPARTMENTS)}{street.name}{rng.choice(('联络组', '工作站', '服务点', ''))}"
    if category == "office_building":
        return f"{road}{brand}{rng.choice(BUILDINGS)}"
    if category == "business_district":
        return f"{road}{brand}{rng.choice(MARKETS)}"
    if category == "school":
        return f"越秀区{brand}{rng.choice(SCHOOLS)}"
    if category == "hospital":
        return f"广州市{brand}{rng.choice(HOSPITALS)}"
    if category == "community_party_org":
        return f"{community or street.name}{rng.choice(('党委', '党总支', '第一党支部', '第二党支部'))}"
    return f"广州{brand}{rng.choice(OTHERS)}"


def _spread(rng: random.Random, owners: list[str], total: int) -> list[str]:
    """``total`` owners: each at least once (when possible), the rest at random."""
    if not owners:
        return []
    chosen = owners[:total] + [rng.choice(owners) for _ in range(max(0, total - len(owners)))]
    rng.shuffle(chosen)
    return chosen


def add_units(builder: Any, count: int) -> None:
    """Append the panel's rows to ``builder.rows`` (keys co_unit, unit_resource, co_agreement, unit_contact,
    community_need, need_match, and unit_party_org: Party organisations of some units)."""
    for key in ("co_unit", "unit_party_org", "unit_resource", "co_agreement", "unit_contact", "community_need",
                "need_match"):
        builder.rows.setdefault(key, [])
    if count <= 0 or not builder.streets:
        return
    rng = random.Random(f"units-{count}")
    today: date = builder.today
    rows = builder.rows
    categories = list(CATEGORIES)
    weights = [CATEGORIES[c][0] for c in categories]
    units: list[dict[str, Any]] = []
    names: set[str] = set()
    while len(units) < count:
        street = rng.choice(builder.streets)
        community_id, community_name = rng.choice(street.communities) if street.communities and rng.random() < 0.7 \
            else (None, None)
        category = rng.choices(categories, weights=weights)[0]
        road = rng.choice(street.roads)
        name = _name(rng, category, street, community_name, road)
        if name in names:
            continue
        names.add(name)
        contact_phone = builder.mobile() if rng.random() < 0.7 else builder.landline()
        values = {
            "name": name, "category": category, "credit_code": _code(rng, rng.choice(CATEGORIES[category][1])),
            "address": builder.address(street), "street_id": street.id, "community_id": community_id,
            "contact_name": builder.name(), "contact_phone": contact_phone,
            "in_charity_alliance": rng.random() < 0.25,
            "tags": "、".join(rng.sample(("党建共建", "志愿服务", "慈善捐赠", "场地共享", "专业服务", "两新党建"),
                                        rng.choice((0, 1, 1, 2)))),
            "notes": "", "merged_into_id": None,
        }
        values["name_key"] = name_key(name)
        values["sort_name"] = pinyin_key(name)
        values["search_text"] = unit_search_text(name, values["credit_code"], values["address"],
                                                 values["contact_name"], contact_phone, values["tags"])
        units.append({**builder._common(), **values})
    # a few near-duplicates, as happen when two offices each record the same unit (to try merging)
    companies = [u for u in units[: count // 2] if u["name"].endswith("有限公司")]
    for original in rng.sample(companies, min(len(companies), max(3, count // 150))):
        twin_name = original["name"].removesuffix("有限公司") + "（有限责任公司）"
        twin = {**original, **builder._common(), "name": twin_name, "credit_code": "", "contact_name": "",
                "contact_phone": "", "tags": "", "in_charity_alliance": False, "notes": "由社区录入，待核实。"}
        twin["search_text"] = unit_search_text(twin_name, "", twin["address"], "", "", "")
        twin["sort_name"] = pinyin_key(twin_name)
        units.append(twin)
    rows["co_unit"].extend(units)
    unit_ids = [u["id"] for u in units]
    by_id = {u["id"]: u for u in units}

    kinds = list(RESOURCES)
    unit_kinds: dict[str, list[tuple[str, str, str]]] = {}
    for uid in _spread(rng, unit_ids, 3 * count):
        kind = rng.choice(kinds)
        description, amount, measure = rng.choice(RESOURCES[kind])
        row = {**builder._common(), "unit_id": uid, "kind": kind, "description": description,
               "amount": None if amount is None else float(amount * rng.choice((1, 1, 2, 3))),
               "unit_of_measure": measure, "availability": rng.choice(AVAILABILITY),
               "status": rng.choices(("available", "in_use", "withdrawn"), weights=(80, 15, 5))[0]}
        rows["unit_resource"].append(row)
        unit_kinds.setdefault(uid, []).append((kind, row["id"], row["status"]))

    people = [pid for pid, roles in builder.person_roles.items()
              if "coordinator" in roles or "committee_cadre" in roles or "social_worker" in roles]
    # most units are contacted regularly; a tenth have not been contacted for half a year or more
    stale = set(rng.sample(unit_ids, len(unit_ids) // 10))
    for uid in _spread(rng, unit_ids, 4 * count):
        back = rng.randint(181, 700) if uid in stale else rng.choice((rng.randint(1, 60), rng.randint(1, 365)))
        rows["unit_contact"].append({
            **builder._common(), "unit_id": uid, "contacted_on": today - timedelta(days=back),
            "our_person_id": rng.choice(people) if people else None, "their_person": by_id[uid]["contact_name"],
            "channel": rng.choice(CHANNELS), "summary": rng.choice(SUMMARIES), "follow_up": rng.choice(FOLLOW)})

    site_ids = [s["id"] for s in rows.get("site", []) if s["kind"] in ("community_service_center", "social_work_station")]
    for uid in rng.sample(unit_ids, count // 2):
        unit = by_id[uid]
        signed = today - timedelta(days=rng.randint(30, 1000))
        until = signed + timedelta(days=rng.choice((365, 730, 1095)))
        side = rng.random()
        if side < 0.4 and unit["community_id"]:
            our = {"street_id": None, "community_id": unit["community_id"], "site_id": None}
        elif side < 0.6 and site_ids:
            our = {"street_id": None, "community_id": None, "site_id": rng.choice(site_ids)}
        else:
            our = {"street_id": unit["street_id"], "community_id": None, "site_id": None}
        status = "active" if until >= today else rng.choice(("expired", "expired", "active"))
        rows["co_agreement"].append({
            **builder._common(), "unit_id": uid, **our, "title": f"{signed.year}年党建共建协议",
            "signed_on": signed, "valid_until": until,
            "content": "组织共建、活动共联、资源共享：" + "、".join(
                s.rstrip("。") for s in rng.sample(SUMMARIES, 2)) + "。", "status": status,
            "attachment_name": "", "attachment_path": ""})

    communities = [(cid, s) for s in builder.streets for cid, _ in s.communities]
    for _ in range(max(1, count * 2 // 5)):
        cid, street = rng.choice(communities)
        kind = rng.choice(kinds)
        status = rng.choices(("open", "matched", "closed"), weights=(45, 30, 25))[0]
        need = {**builder._common(), "community_id": cid, "title": rng.choice(NEEDS[kind]), "resource_kind": kind,
                "description": "", "needed_by": today + timedelta(days=rng.randint(-60, 120)), "status": status}
        rows["community_need"].append(need)
        if status == "open":
            continue
        offers = [u for u in unit_ids[:: max(1, count // 400)] if any(k == kind for k, _, _ in unit_kinds.get(u, ()))]
        if not offers:
            continue
        uid = rng.choice(offers)
        resource = next(r for k, r, _ in unit_kinds[uid] if k == kind)
        rows["need_match"].append({
            **builder._common(), "need_id": need["id"], "unit_id": uid, "resource_id": resource,
            "matched_on": today - timedelta(days=rng.randint(1, 90)),
            "reasons": "同街道" if by_id[uid]["street_id"] == street.id else "", "score": 0,
            "outcome": "fulfilled" if status == "closed" else "pending",
            "outcome_notes": "已按约定提供。" if status == "closed" else ""})

    for unit in units:
        if unit["category"] in ("non_public", "state_owned", "internet") and rng.random() < 0.3:
            rows["unit_party_org"].append({
                **builder._common(), "name": unit["name"].removesuffix("有限公司") + "党支部", "level": "branch",
                "secretary_id": None, "member_count": rng.randint(3, 40), "site_id": None, "unit_id": unit["id"],
                "notes": ""})
