"""Demo data for the councils panel (议事会): councils with their members, a few years of monthly meetings
with attendance, agenda items decided by the council's rules, action items, and residents' appeals followed
to closure. Called by ``demo._Builder.build`` with the rows built so far; deterministic like the rest.

District scale: 500 councils, 20,000 meetings, 60,000 agenda items, ~200,000 attendance rows, 30,000
appeals."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as clock
from typing import Any

from sqlalchemy import Table

from .models import ActionItem, AgendaItem, Appeal, Attendance, Council, CouncilMember, Meeting
from .vocab import APPEAL_CATEGORIES
from .vote_rules import VoteRules, decide


@dataclass(frozen=True)
class CouncilScale:
    councils: int
    meetings: int
    appeals: int
    members: tuple[int, int]


#: by the size of the roster (``DemoScale.people``)
SCALES = {3000: CouncilScale(councils=40, meetings=600, appeals=1500, members=(7, 13)),
          50000: CouncilScale(councils=500, meetings=20000, appeals=30000, members=(7, 13))}

TABLES: tuple[tuple[str, Table, str], ...] = (
    ("council", Council.__table__, "议事会"),
    ("council_member", CouncilMember.__table__, "议事会成员"),
    ("appeal", Appeal.__table__, "群众诉求"),
    ("meeting", Meeting.__table__, "会议"),
    ("attendance", Attendance.__table__, "出席记录"),
    ("agenda_item", AgendaItem.__table__, "议题"),
    ("action_item", ActionItem.__table__, "落实事项"),
)

APPEAL_TEXTS = {
    "environment": ("楼道堆放杂物影响通行", "垃圾分类投放点异味扰民", "小区绿化带无人打理", "化粪池外溢需清理"),
    "renovation": ("老旧小区外墙脱落存在隐患", "小区雨污分流改造进度慢", "楼道照明损坏需维修", "天台防水失效漏水"),
    "elevator": ("加装电梯业主意见不一", "加装电梯低层住户采光补偿", "申请加装电梯政策咨询"),
    "parking": ("小区停车位不足", "共享单车乱停放堵塞巷口", "电动车充电桩不足"),
    "safety": ("电动车入户充电安全隐患", "消防通道被占用", "老旧电线私拉乱接"),
    "neighbours": ("楼上漏水邻里纠纷", "噪音扰民协调", "公共空间占用纠纷"),
    "elderly": ("长者饭堂用餐名额", "独居长者上门探访", "长者活动场地不足"),
    "welfare": ("困难家庭临时救助", "残疾人辅具申领", "低保申请咨询"),
    "property": ("物业服务质量差", "物业费收支不透明", "无物业小区管理"),
    "other": ("社区活动场地开放时间", "宠物管理问题", "商铺油烟扰民"),
}
HANDLED_BY = ("区住建局", "街道城管科", "区市场监管局", "街道综治中心", "区民政局", "社区居委会", "物业服务企业")
RESULTS = ("已协调相关部门处理完毕", "已现场核查并整改", "已召开协调会达成一致", "已纳入微改造项目实施",
           "已答复政策并协助办理", "已安排专人跟进并解决")
STANDING_ITEMS = ("上月决议落实情况通报", "居民诉求办理情况通报")
PROPOSALS = ("社区微改造项目方案", "长者饭堂运营调整", "垃圾分类督导安排", "小区公共空间改造", "党员义工服务排班",
             "社区文化活动计划", "停车秩序整治方案", "楼道安全隐患排查", "共建单位资源对接", "河涌保洁志愿服务")
ACTIONS = ("联系施工单位进场", "召开业主协调会", "提交街道审批", "张贴公示并收集意见", "上门走访相关住户",
           "协调物业公司整改", "报送区职能部门")
PLACES = ("community_service_center", "street_service_center", "deputies_studio", "npc_liaison_station")


def build(b: Any) -> dict[str, list[dict[str, Any]]]:
    """Rows for the councils panel. ``b`` is demo's ``_Builder`` after sites, people and receptions."""
    scale = SCALES.get(b.scale.people) or SCALES[min(SCALES, key=lambda n: abs(n - b.scale.people))]
    rng = random.Random(f"councils-{b.scale.people}")
    rows: dict[str, list[dict[str, Any]]] = {key: [] for key, _, _ in TABLES}
    now, today = b.now, b.today

    def common() -> dict[str, Any]:
        return b._common()

    # where people are: residents' representatives, cadres per community, deputies and workers per street
    residents = [pid for pid, roles in b.person_roles.items() if "resident_representative" in roles] or \
        list(b.person_roles)
    others = [pid for pid, roles in b.person_roles.items() if not roles] or residents
    community_sites: dict[str, list[str]] = {}
    street_sites: dict[str, list[str]] = {}
    for s in b.rows["site"]:
        if s["kind"] in PLACES:
            street_sites.setdefault(s["street_id"], []).append(s["id"])
            if s["community_id"]:
                community_sites.setdefault(s["community_id"], []).append(s["id"])
    places = [(street, cid, name) for street in b.streets for cid, name in street.communities]
    if not places:
        return rows

    # -- appeals
    reception_rows = [r for r in b.rows["reception"] if r["topics"] and r["held_at"].date() <= today]
    site_community = {s["id"]: s["community_id"] for s in b.rows["site"]}
    categories = list(APPEAL_CATEGORIES)
    open_appeals: dict[str, list[dict[str, Any]]] = {}
    for n in range(scale.appeals):
        street, community_id, _name = rng.choice(places)
        category = rng.choice(categories)
        channel = rng.choices(("reception", "council", "hotline", "online", "visit"), (4, 2, 3, 2, 2))[0]
        received = today - timedelta(days=int(rng.triangular(0, 900, 0)))
        reception_id = site_id = None
        if channel == "reception" and reception_rows and n % 3 == 0:
            reception = rng.choice(reception_rows)
            reception_id, site_id, received = reception["id"], reception["site_id"], reception["held_at"].date()
            street = b.site_street[site_id]
            community_id = site_community.get(site_id)
        age = (today - received).days
        due = received + timedelta(days=rng.choice((7, 15, 15, 30, 60)))
        closed_chance = 0.97 if age > 180 else 0.85 if age > 60 else 0.5 if age > 15 else 0.15
        status = "closed" if rng.random() < closed_chance else rng.choices(
            ("accepted", "transferred", "in_progress"), (2, 2, 5))[0]
        closed_on = min(today, received + timedelta(days=rng.randint(2, 45))) if status == "closed" else None
        row = {
            **common(), "resident_name": b.name(), "resident_phone": b.mobile() if rng.random() < 0.9 else "",
            "channel": channel, "category": category, "content": rng.choice(APPEAL_TEXTS[category]),
            "received_on": received, "status": status, "street_id": street.id, "community_id": community_id,
            "site_id": site_id, "reception_id": reception_id,
            "handler_id": rng.choice(street.workers) if street.workers else None, "due_on": due,
            "transferred_to": rng.choice(HANDLED_BY) if status != "accepted" and rng.random() < 0.6 else "",
            "result": rng.choice(RESULTS) if status == "closed" else "",
            "satisfaction": rng.choices(("satisfied", "basically", "dissatisfied"), (70, 22, 8))[0]
            if status == "closed" else None,
            "closed_on": closed_on,
        }
        rows["appeal"].append(row)
        if community_id and status != "closed":
            open_appeals.setdefault(community_id, []).append(row)

    # -- councils and members
    kinds = rng.choices(("community_council", "co_governance_council", "joint_meeting"), (7, 2, 1), k=scale.councils)
    councils: list[tuple[dict[str, Any], list[tuple[str, str]], list[str]]] = []
    council_names: set[str] = set()
    for n, kind in enumerate(kinds):
        street, community_id, community = places[n % len(places)]
        on_street = kind == "joint_meeting" or (kind == "co_governance_council" and rng.random() < 0.5)
        name = {"community_council": f"{community}居民议事会", "co_governance_council": f"{community}共治议事会",
                "joint_meeting": f"{street.name}党建联席会议"}[kind]
        if on_street:
            street_name = f"{street.name}{'党建联席会议' if kind == 'joint_meeting' else '共治议事会'}"
            if street_name in council_names:  # a street has one of each: this community gets its own council
                kind, name = "community_council", f"{community}居民议事会"
            else:
                name, community_id = street_name, None
        if n >= len(places):
            name += f"（第{n // len(places) + 1}届）" if kind != "joint_meeting" else f"（{n // len(places) + 1}）"
        council_names.add(name)
        size = rng.randint(*scale.members)
        npc = street.deputies.get("npc_deputy", [])
        candidates = [(pid, "npc_deputy") for pid in rng.sample(npc, min(2, len(npc)))]
        candidates += [(pid, "party_deputy") for pid in street.deputies.get("party_deputy", [])[:1]]
        candidates += [(rng.choice(street.workers), "social_worker")] if street.workers else []
        candidates += [(pid, "committee") for pid in b.party_cadres.get(community_id or "", [])[:2]]
        candidates += [(rng.choice(residents), "resident_representative" if rng.random() < 0.85
                        else "union_representative") for _ in range(size * 2)]
        members: list[tuple[str, str]] = list({pid: (pid, seat) for pid, seat in reversed(candidates)}.values())
        members = sorted(members, key=lambda m: [c[0] for c in candidates].index(m[0]))[:size]
        council = {**common(), "name": name, "kind": kind, "street_id": street.id, "community_id": community_id,
                   "quorum_numerator": 2, "quorum_denominator": 3, "pass_numerator": 1, "pass_denominator": 2,
                   "notice_days": 3 if rng.random() < 0.8 else 2, "frequency_days": 30 if kind != "joint_meeting" else 90,
                   "notes": ""}
        rows["council"].append(council)
        for pid, seat in members:
            rows["council_member"].append({**common(), "council_id": council["id"], "person_id": pid, "seat": seat})
        halls = (community_sites.get(community_id or "") or street_sites.get(street.id) or [None])
        councils.append((council, members, halls))

    # -- meetings: the same number for each council, monthly back from next month; a few councils lapse
    per_council = max(1, scale.meetings // max(1, len(councils)))
    extra = scale.meetings - per_council * len(councils)
    for n, (council, members, halls) in enumerate(councils):
        count = per_council + (1 if n < extra else 0)
        lapsed = rng.random() < 0.08  # no meeting for a while: overdue in the list
        step = council["frequency_days"] if council["kind"] == "joint_meeting" else 30
        first = today + timedelta(days=rng.randint(3, 25)) - timedelta(days=(90 if lapsed else 0))
        rules = VoteRules()
        chair = members[0][0]
        recorder = members[-1][0]
        hall = rng.choice(halls)
        previous = None
        days = [first - timedelta(days=step * k) for k in range(count)][::-1]
        for day in days:
            starts = datetime.combine(day, clock(rng.choice((9, 14, 15, 19, 19, 19)), rng.choice((0, 30))))
            ahead = (day - today).days
            age = -ahead
            status = ("planned" if ahead > 4 else "notice_posted") if ahead > 0 else \
                "held" if age < 7 else "minutes_approved" if age < 60 else "archived"
            notice = starts - timedelta(days=rng.choice((3, 3, 4, 5, 2))) if status != "planned" else None
            warnings = ""
            if notice is not None and (starts - notice) < timedelta(days=council["notice_days"]):
                warnings = f"通知张贴于{notice.year}年{notice.month}月{notice.day}日，距开会不足{council['notice_days']}天。"
            meeting = {**common(), "council_id": council["id"], "title": f"{council['name']}{day.year}年{day.month}月会议",
                       "starts_at": starts, "site_id": hall, "chair_id": chair, "recorder_id": recorder,
                       "status": status, "notice_posted_at": notice, "warnings": warnings,
                       "minutes": "会议听取议题汇报，与会成员充分讨论并举手表决。" if status in ("minutes_approved", "archived")
                       else "", "previous_id": previous}
            previous = meeting["id"]
            rows["meeting"].append(meeting)
            held = status in ("held", "minutes_approved", "archived")
            present = 0
            for pid, seat in members:
                state = "present" if not held else rng.choices(("present", "leave", "absent"), (85, 10, 5))[0]
                present += state == "present"
                rows["attendance"].append({**common(), "meeting_id": meeting["id"], "person_id": pid, "seat": seat,
                                           "status": state})
            if council["community_id"] and rng.random() < 0.3 and others:
                rows["attendance"].append({**common(), "meeting_id": meeting["id"], "person_id": rng.choice(others),
                                           "seat": "", "status": "observer"})
            # three items: the standing one, a proposal, and an appeal of the community when there is one
            pending = open_appeals.get(council["community_id"] or "", [])
            appeal = pending.pop() if pending and rng.random() < 0.5 else None
            items = [(STANDING_ITEMS[0], "proposal", None, True), (rng.choice(PROPOSALS), "proposal", None, False),
                     (f"群众诉求：{appeal['content']}", "appeal", appeal, False) if appeal else
                     (rng.choice(PROPOSALS), "proposal", None, False)]
            for position, (title, source, linked, recurring) in enumerate(items, start=1):
                votes = outcome = None
                item = {**common(), "meeting_id": meeting["id"], "position": position, "title": title,
                        "proposer_id": rng.choice(members)[0], "source": source,
                        "appeal_id": linked["id"] if linked else None, "materials": "", "recurring": recurring,
                        "discussion": "", "votes_for": None, "votes_against": None, "votes_abstain": None, "present_at_vote": None,
                        "outcome": None, "outcome_reason": "", "resolution": ""}
                if held:
                    votes_for = min(present, max(0, round(present * rng.uniform(0.45, 1.0))))
                    against = rng.randint(0, present - votes_for)
                    votes = (votes_for, against, present - votes_for - against)
                    outcome = decide(rules, len(members), present, votes_for)
                    item.update(votes_for=votes[0], votes_against=votes[1], votes_abstain=votes[2], present_at_vote=present,
                                outcome=outcome.result, outcome_reason=outcome.reason,
                                discussion="与会成员逐一发表意见。",
                                resolution="同意实施，由责任人跟进落实。" if outcome.passed else "")
                rows["agenda_item"].append(item)
                if outcome is not None and outcome.passed and (source == "appeal" or rng.random() < 0.2):
                    done = status == "archived" or rng.random() < 0.5
                    rows["action_item"].append({
                        **common(), "meeting_id": meeting["id"], "agenda_item_id": item["id"],
                        "appeal_id": linked["id"] if linked else None, "title": rng.choice(ACTIONS),
                        "owner_id": rng.choice(members)[0], "due_on": day + timedelta(days=rng.choice((7, 14, 30))),
                        "status": "done" if done else rng.choice(("open", "in_progress")),
                        "result": rng.choice(RESULTS) if done else "",
                        "done_on": min(today, day + timedelta(days=rng.randint(3, 30))) if done else None})
                    if linked and linked["status"] == "accepted":
                        linked["status"] = "in_progress"
    _ = now
    return rows
