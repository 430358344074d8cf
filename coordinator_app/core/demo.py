"""Deterministic, realistic sample data for trying the program and for tests (演示数据).

``generate_demo(db, "small")`` fills an empty database with the district's 18 streets' communities,
sites of every kind (with their network, function rooms and Party organisations), people holding every
role, the docking of social workers to sites (一社工一站点, with a few gaps and a few double dockings)
and receptions of residents, past and upcoming. The same scale always gives the same data (a seeded
random generator); only record ids and dates relative to today differ between runs.

Rows go in with bulk Core inserts inside one transaction: fast (the district scale writes ~200,000 rows in
a few seconds) and all-or-nothing: a cancelled or failed load leaves the database as it was. Bulk inserts
bypass the change log, so one change-log row summarises the load (“载入演示数据”); it is not undoable.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from datetime import time as clock
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select

from . import demo_councils
from .database import Database, ensure_reference_data, load_street_seed, street_id
from .errors import Cancelled, ValidationError
from .models import (
    Agreement,
    AppMeta,
    ChangeLogEntry,
    CoBuildingUnit,
    Community,
    CommunityNeed,
    NeedMatch,
    PartyOrganisation,
    Person,
    PersonRole,
    Reception,
    ReceptionHost,
    Room,
    Site,
    SiteAssignment,
    Street,
    UnitContact,
    UnitResource,
    new_id,
    utcnow,
)
from .models.people import person_search_text
from .sorting import pinyin_key

DEMO_ACTION = "载入演示数据"
DEMO_META_KEY = "demo_data"
SEED = 20200520
INSERT_CHUNK = 5000

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class DemoScale:
    label: str
    people: int
    receptions: int
    #: expected number per community (the fraction is a probability of one more)
    liaison_stations: float
    function_rooms: float
    charity_points: float
    studios_per_street: tuple[int, int]
    #: NPC deputies, Party-congress deputies, CPPCC members per street
    deputies_per_street: tuple[int, int, int]
    #: co-building units (with 3 resources, 4 contacts and 0.4 needs per unit: ``demo_units``)
    units: int = 0


SCALES: dict[str, DemoScale] = {
    "small": DemoScale("小规模", people=3000, receptions=2000, liaison_stations=0.3, function_rooms=0.7,
                       charity_points=0.3, studios_per_street=(1, 2), deputies_per_street=(8, 5, 4), units=300),
    "district": DemoScale("全区规模", people=50000, receptions=24000, liaison_stations=1.0, function_rooms=2.0,
                          charity_points=1.0, studios_per_street=(2, 3), deputies_per_street=(14, 8, 6), units=5000),
}

COMMUNITIES_TOTAL = 220
UNDOCKED_SHARE = 0.05
DOUBLE_DOCKED_SHARE = 0.015
PARTY_MEMBER_SHARE = 0.40
UPCOMING_DAYS = 30
PAST_DAYS = 730


@dataclass(frozen=True)
class DemoSummary:
    scale: str
    streets: int
    communities: int
    sites: int
    rooms: int
    people: int
    roles: int
    assignments: int
    party_orgs: int
    receptions: int
    reception_hosts: int
    undocked_sites: int
    seconds: float
    units: int = 0
    agreements: int = 0
    councils: int = 0
    meetings: int = 0
    agenda_items: int = 0
    appeals: int = 0

    def describe(self) -> str:
        label = SCALES[self.scale].label if self.scale in SCALES else self.scale
        return (f"已载入演示数据（{label}）：{self.streets}个街道、{self.communities:,}个社区、{self.sites:,}个阵地"
                f"（功能室{self.rooms:,}间）、{self.people:,}名人员、{self.assignments:,}条站点对接"
                f"（{self.undocked_sites}个阵地未对接社工）、{self.party_orgs:,}个党组织、{self.receptions:,}次接访、"
                f"{self.units:,}家共建单位（{self.agreements:,}份共建协议）、{self.councils:,}个议事会、"
                f"{self.meetings:,}次会议（{self.agenda_items:,}个议题）、{self.appeals:,}件群众诉求，"
                f"用时{self.seconds:.1f}秒。")


# --- name parts --------------------------------------------------------------------------------------

SURNAMES = (
    ("陈", 60), ("李", 40), ("黄", 40), ("梁", 25), ("张", 25), ("林", 20), ("刘", 20), ("吴", 18), ("何", 16),
    ("罗", 15), ("郑", 14), ("杨", 13), ("谢", 12), ("邓", 12), ("冯", 11), ("曾", 10), ("周", 10), ("麦", 9),
    ("钟", 9), ("叶", 9), ("卢", 8), ("区", 6), ("苏", 7), ("潘", 7), ("朱", 7), ("郭", 7), ("温", 5), ("王", 10),
    ("赵", 5), ("徐", 5), ("胡", 5), ("邱", 5), ("余", 6), ("彭", 4), ("莫", 5), ("关", 5), ("谭", 6), ("蔡", 5),
    ("江", 4), ("伍", 4), ("廖", 4), ("欧阳", 2), ("司徒", 2), ("陆", 4), ("袁", 4), ("马", 4), ("汤", 3),
    ("崔", 3), ("霍", 3), ("岑", 3), ("甘", 2), ("龚", 2), ("韦", 2), ("容", 2), ("邝", 3), ("简", 2), ("植", 1),
)
GIVEN_MALE = "伟强明华建国志勇军杰俊文斌浩宇泽锦振耀汉荣辉家永达伟鸿智嘉俊铭子晓健康德福海峰杰超毅成彬"
GIVEN_FEMALE = "敏静丽芳秀英玉兰嘉颖慧欣梓燕桂少婷洁晓雪琳珊莹佩雯凤霞美翠丽娟洁红梅颖思诗咏怡婉茵"

COMMUNITY_ROOTS = (
    "府学", "仓边", "都府", "西湖", "广卫", "惠新", "大马站", "流水井", "文德", "德政", "豪贤", "法政", "长塘",
    "大塘", "珠光", "东川", "大沙头", "筑南", "广九", "东华", "白云", "二沙", "犀牛", "执信", "东湖", "寺贝",
    "竹丝岗", "农林", "梅花", "龟岗", "达道", "华侨", "五羊", "梅东", "建设", "新河浦", "署前", "百子", "启明",
    "共和", "杨箕", "水荫", "先烈", "永福", "黄花", "环市", "淘金", "华乐", "麓湖", "下塘", "登峰", "云台",
    "桂花岗", "瑶台", "王圣堂", "矿泉", "三元里", "西湾", "流花", "象岗", "站前", "盘福", "解放", "越华",
    "六榕", "光孝", "光塔", "诗书", "纸行", "海珠", "一德", "高第", "大德", "光复", "人民", "西濠", "太平",
    "应元", "洪桥", "连新", "三眼井", "小北", "登瀛", "榨粉", "文明", "大南", "惠福", "米市", "起义", "朝天",
    "净慧", "芳草", "吉祥", "司后", "旧仓", "莲花井", "清泉", "东平", "天香", "白薇", "泰康", "寺右", "松岗",
    "合群", "恤孤院", "东园", "广园", "西华", "桂香", "盘龙", "仓前", "书院", "丰宁", "长庚", "万福", "聚贤",
    "福今", "锦荣", "安华", "兴隆", "宝源", "德安", "仁寿", "永胜", "荣华", "福寿", "瑞南", "豪畔",
    "越秀南", "东皋", "竹园", "先烈东", "淘金北", "华乐东", "青菜岗", "横枝岗", "沙涌", "雅荷塘", "麻行",
)
COMMUNITY_SUFFIXES = ("东", "西", "南", "北", "中", "新", "上", "下", "里")

#: main roads in (or next to) each street, for addresses
STREET_ROADS: dict[str, tuple[str, ...]] = {
    "北京街": ("北京路", "西湖路", "广卫路", "教育路", "惠福东路"),
    "人民街": ("人民中路", "光复中路", "惠福西路", "大德路", "一德路"),
    "东山街": ("东湖路", "署前路", "寺贝通津", "农林下路", "龟岗大马路"),
    "农林街": ("农林下路", "中山二路", "东风东路", "执信南路"),
    "梅花村街": ("梅花路", "中山一路", "杨箕大街", "共和西路"),
    "黄花岗街": ("先烈中路", "环市东路", "水荫路", "永福路"),
    "华乐街": ("环市东路", "淘金路", "华乐路", "花园路"),
    "建设街": ("建设大马路", "建设六马路", "建设横马路", "越秀北路"),
    "大塘街": ("文明路", "大塘街", "德政中路", "越秀中路"),
    "珠光街": ("文明路", "北京南路", "越秀南路", "泰康路"),
    "大东街": ("东华东路", "大沙头路", "东湖路", "越秀南路"),
    "白云街": ("沿江东路", "东华南路", "筑南路", "大沙头四马路"),
    "登峰街": ("登峰路", "麓湖路", "下塘西路", "云台路"),
    "矿泉街": ("解放北路", "广园西路", "桂花岗路", "瑶台路"),
    "六榕街": ("六榕路", "解放北路", "盘福路", "越华路"),
    "流花街": ("流花路", "人民北路", "站前路", "东风西路"),
    "光塔街": ("光塔路", "光孝路", "中山六路", "诗书路"),
    "洪桥街": ("应元路", "越秀北路", "解放北路", "连新路"),
}
GENERIC_ROADS = ("中山四路", "中山五路", "东风中路", "解放中路", "越秀北路", "环市中路", "仓边路", "小北路")

SOCIAL_WORK_ORGS = (
    "广州市越秀区启明社会工作服务中心", "广州市恒福社会工作服务中心", "广州市同心社会工作服务中心",
    "广州市越秀区阳光社会工作服务中心", "广州市和乐社会工作服务中心", "广州市仁爱社会工作服务中心",
    "广州市越秀区乐群社会工作服务中心", "广州市汇爱社会工作服务中心", "广州市德善社会工作服务中心",
)

#: (room name, purpose)
ROOM_TYPES = (
    ("党员活动室", "党员学习、组织生活会"), ("议事室", "居民议事会、联席会议"), ("阅览室", "图书阅览、亲子阅读"),
    ("长者活动室", "长者文娱、健康讲座"), ("四点半课堂", "青少年课后托管"), ("心理咨询室", "心理辅导、个案面谈"),
    ("调解室", "矛盾纠纷调解"), ("多功能厅", "讲座、培训、文艺活动"), ("志愿者之家", "党员义工、志愿者服务登记"),
    ("妇女儿童之家", "妇女儿童活动"), ("健康驿站", "义诊、健康咨询"), ("法律服务室", "法律咨询、普法宣传"),
    ("党群会客厅", "接待来访群众"), ("共享书吧", "读书会、分享会"),
)
STUDIO_THEMES = ("商圈", "楼宇", "校园", "医院", "文旅", "法治", "长者")

HOURS_CENTRE = ("周一至周五 8:30-12:00，14:00-17:30", "周一至周日 9:00-21:00", "周二至周日 9:00-12:00，14:30-21:00")
HOURS_STATION = ("周一至周五 9:00-18:00，周六 9:00-12:00", "周一至周六 8:30-17:30")
HOURS_STUDIO = ("每月第一个周三 9:30-11:30（接访日）", "每周四 14:30-17:00", "每月10日、25日 9:00-12:00")
HOURS_LIAISON = ("每月15日 9:00-12:00", "每两周周二 14:30-16:30", "每月第二个周五 9:30-11:30")
HOURS_CHARITY = ("周一至周六 9:00-17:00", "周一、三、五 9:00-12:00")

SKILLS = (
    "义诊", "义剪", "义修", "法律咨询", "心理辅导", "书法", "绘画", "摄影", "粤剧", "太极拳", "广场舞", "家电维修",
    "水电维修", "电脑维修", "中医推拿", "针灸", "烹饪", "手工编织", "英语辅导", "课业辅导", "财务咨询",
    "急救培训", "护理", "剪纸", "声乐", "器乐", "园艺",
)
SOCIAL_WORK_SKILLS = ("个案辅导", "小组工作", "社区活动策划", "心理辅导", "长者服务", "青少年服务", "残障服务")

TOPICS = (
    "加装电梯协调", "老旧小区微改造", "垃圾分类投放点设置", "停车难", "夜间施工噪音", "河涌整治", "长者饭堂开餐时间",
    "楼道照明维修", "二次供水改造", "学位咨询", "医保报销咨询", "门前三包", "共享单车乱停放", "违建拆除",
    "楼顶漏水", "占道经营", "养犬管理", "社区绿化", "独居长者照护", "适老化改造", "宠物扰民", "化粪池清掏",
    "小区治安", "快递柜设置", "充电桩安装", "消防通道堵塞", "公共厕所改造", "路面破损",
)
FOLLOW_UPS = (
    "已现场答复。", "已转交街道城管科跟进。", "已纳入社区议事会议题。", "已办结，群众表示满意。", "跟进中。",
    "已转交区住建局。", "已协调物业整改。", "已联系相关部门，待回复。", "已办结。",
)
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "156",
                   "158", "159", "176", "180", "185", "186", "187", "188", "189", "198", "199")
DEPUTY_NOTES = {"npc_deputy": "区人大代表", "party_deputy": "区党代会代表", "cppcc_member": "区政协委员"}
SOCIAL_WORKER_ROLES = ("social_worker", "party_social_worker")


# --- the generator -----------------------------------------------------------------------------------

@dataclass
class _StreetInfo:
    index: int
    id: str
    name: str
    roads: tuple[str, ...]
    communities: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    deputies: dict[str, list[str]] = field(default_factory=dict)  # role -> person ids
    workers: list[str] = field(default_factory=list)  # social workers (person ids) of the street
    station_id: str = ""
    centre_id: str = ""


class _Builder:
    """Builds every row in memory (lists of dicts per table), in foreign-key order."""

    def __init__(self, scale: DemoScale, streets: list[tuple[str, str]], district: str, taken: set[tuple[str, str]],
                 today: date) -> None:
        self.rng = random.Random(f"{SEED}-{scale.people}")
        self.scale = scale
        self.district = district
        self.today = today
        self.now = utcnow()
        self.taken_communities = taken
        self.streets = [_StreetInfo(i, sid, name, STREET_ROADS.get(name, GENERIC_ROADS))
                        for i, (sid, name) in enumerate(streets)]
        self.rows: dict[str, list[dict[str, Any]]] = {
            t: [] for t in ("community", "site", "room", "person", "person_role", "site_assignment", "party_org",
                            "reception", "reception_host")
        }
        self.person_roles: dict[str, list[str]] = {}
        self.person_party: dict[str, bool] = {}
        self.site_kind: dict[str, str] = {}
        self.site_street: dict[str, _StreetInfo] = {}
        self.site_worker: dict[str, str] = {}  # docked social worker
        self.site_deputies: dict[str, list[str]] = {}
        self.site_start: dict[str, date] = {}  # start of the current docking
        self.party_cadres: dict[str, list[str]] = {}  # community id -> Party-member committee cadres
        self.undocked = 0
        self._surnames = [s for s, _ in SURNAMES]
        self._surname_weights = list(_cumulative(w for _, w in SURNAMES))

    # -- helpers
    def _common(self) -> dict[str, Any]:
        return {"id": new_id(), "created_at": self.now, "updated_at": self.now, "deleted_at": None}

    def name(self) -> str:
        rng = self.rng
        surname = rng.choices(self._surnames, cum_weights=self._surname_weights)[0]
        pool = GIVEN_MALE if rng.random() < 0.5 else GIVEN_FEMALE
        given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.8 else "")
        return surname + given

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def landline(self) -> str:
        return f"020-8{self.rng.randrange(10**7):07d}"

    def address(self, street: _StreetInfo) -> str:
        rng = self.rng
        where = rng.choice(("", "", "", "首层", "二楼", "三楼", "之一"))
        return f"{self.district}{rng.choice(street.roads)}{rng.randint(1, 320)}号{where}"

    def past_day(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.rng.randint(lo, hi))

    # -- geography
    def communities(self) -> None:
        rng = self.rng
        counts = [COMMUNITIES_TOTAL // len(self.streets)] * len(self.streets) if self.streets else []
        for i in rng.sample(range(len(counts)), COMMUNITIES_TOTAL - sum(counts)) if counts else ():
            counts[i] += 1
        for _ in range(3 * len(counts)):  # vary sizes between streets, keeping the total
            a, b = rng.randrange(len(counts)), rng.randrange(len(counts))
            if counts[a] > 9 and counts[b] < 16:
                counts[a] -= 1
                counts[b] += 1
        roots = list(COMMUNITY_ROOTS)
        rng.shuffle(roots)
        variants = [r + s for r in COMMUNITY_ROOTS if r[-1] not in COMMUNITY_SUFFIXES for s in COMMUNITY_SUFFIXES]
        rng.shuffle(variants)
        candidates = iter(roots + variants)
        used: set[str] = set()
        for street, count in zip(self.streets, counts, strict=True):
            for _ in range(count):
                while True:
                    name = next(candidates) + "社区"
                    if name not in used and (street.id, name) not in self.taken_communities:
                        break
                used.add(name)
                row = {**self._common(), "name": name, "sort_name": pinyin_key(name), "street_id": street.id}
                self.rows["community"].append(row)
                street.communities.append((row["id"], name))

    # -- sites
    def site(self, street: _StreetInfo, kind: str, name: str, hours: tuple[str, ...], *, community_id: str | None = None,
             parent_id: str | None = None, operator: str = "", address: str | None = None, phone: str | None = None,
             notes: str = "") -> str:
        row = {
            **self._common(), "name": name, "sort_name": pinyin_key(name), "kind": kind, "street_id": street.id,
            "community_id": community_id,
            "parent_id": parent_id, "address": address or self.address(street), "opening_hours": self.rng.choice(hours),
            "phone": phone if phone is not None else self.landline(), "operator": operator, "notes": notes,
        }
        self.rows["site"].append(row)
        self.site_kind[row["id"]] = kind
        self.site_street[row["id"]] = street
        return row["id"]

    def rooms(self, site_id: str, count: int) -> None:
        for room_name, purpose in self.rng.sample(ROOM_TYPES, count):
            self.rows["room"].append({**self._common(), "site_id": site_id, "name": room_name,
                                      "capacity": self.rng.choice((8, 12, 20, 30, 40, 60, 80, 120)), "purpose": purpose,
                                      "notes": ""})

    def sites(self) -> None:
        rng, scale = self.rng, self.scale
        for street in self.streets:
            operator = rng.choice(SOCIAL_WORK_ORGS)
            street.station_id = self.site(street, "social_work_station", f"{street.name}社工服务站", HOURS_STATION,
                                          operator=operator, notes=f"由{operator}承接运营。")
            street.centre_id = self.site(street, "street_service_center", f"{street.name}党群服务中心", HOURS_CENTRE,
                                         operator=f"{street.name}道办事处")
            self.rooms(street.centre_id, rng.randint(4, 6))
            themes = rng.sample(STUDIO_THEMES, rng.randint(*scale.studios_per_street) - 1)
            for theme in ("", *themes):
                self.site(street, "deputies_studio", f"{street.name}{theme}“两代表一委员”工作室", HOURS_STUDIO,
                          parent_id=street.centre_id)
        for street in self.streets:
            for community_id, community in street.communities:
                centre = self.site(street, "community_service_center", f"{community}党群服务中心", HOURS_CENTRE,
                                   community_id=community_id, parent_id=street.centre_id,
                                   operator=f"{community}居民委员会")
                self.rooms(centre, rng.randint(1, 3))
                centre_address = self.rows["site"][-1]["address"]
                for i in range(_count(rng, scale.liaison_stations)):
                    suffix = "" if i == 0 else f"（{rng.choice(street.roads)}分站）"
                    self.site(street, "npc_liaison_station", f"{community}人大代表联络站{suffix}", HOURS_LIAISON,
                              community_id=community_id)
                rooms = rng.sample(ROOM_TYPES, min(len(ROOM_TYPES), _count(rng, scale.function_rooms)))
                for room_name, purpose in rooms:
                    self.site(street, "function_room", f"{community}{room_name}", HOURS_CENTRE,
                              community_id=community_id, parent_id=centre, address=centre_address,
                              notes=f"用途：{purpose}")
                for _ in range(_count(rng, scale.charity_points)):
                    kind_name = rng.choice(("党群爱心超市", "爱心屋"))
                    self.site(street, "charity_point", f"{community}{kind_name}", HOURS_CHARITY,
                              community_id=community_id, phone=self.mobile() if rng.random() < 0.3 else None,
                              operator=f"{community}居民委员会", notes="为困难群众提供物资帮扶。")

    # -- people
    def person(self, street: _StreetInfo | None, community: str | None, party: bool, roles: list[str],
               skills: list[str] | None = None, notes: str = "") -> str:
        rng = self.rng
        if skills is None:
            skills = rng.sample(SKILLS, rng.choice((1, 1, 2))) if rng.random() < 0.35 else []
        where = f"{community}（{street.name}）" if community and street else (street.name if street else "")
        note_parts = [n for n in (notes, f"所属：{where}" if where else "") if n]
        row = {
            **self._common(), "name": self.name(), "phone": self.mobile() if rng.random() < 0.96 else "",
            "is_party_member": party, "skills": "、".join(skills), "notes": "；".join(note_parts),
        }
        row["search_text"] = person_search_text(row["name"], row["phone"], row["skills"])
        row["sort_name"] = pinyin_key(row["name"], person=True)
        self.rows["person"].append(row)
        pid = row["id"]
        self.person_party[pid] = party
        self.person_roles[pid] = roles
        for role in roles:
            self.rows["person_role"].append({**self._common(), "person_id": pid, "role": role})
        return pid

    def fixed_people(self) -> None:
        """People whose roles come from the structure: coordinators, deputies, cadres, advisers."""
        rng = self.rng
        npc, party_dep, cppcc = self.scale.deputies_per_street
        for street in self.streets:
            for _ in range(2):
                self.person(street, None, True, ["coordinator"], notes="街道党建办")
            for role, count, party_share in (("npc_deputy", npc, 0.7), ("party_deputy", party_dep, 1.0),
                                              ("cppcc_member", cppcc, 0.3)):
                for _ in range(count):
                    party = rng.random() < party_share
                    roles = [role]
                    if role == "npc_deputy" and party and rng.random() < 0.15:
                        roles.append("party_deputy")  # some hold both mandates
                    skills = rng.sample(SKILLS, 1) if rng.random() < 0.3 else []
                    pid = self.person(street, None, party, roles, skills, notes="、".join(DEPUTY_NOTES[r] for r in roles))
                    for r in roles:
                        street.deputies.setdefault(r, []).append(pid)
            for community_id, community in street.communities:
                for i in range(rng.randint(3, 5)):
                    roles = ["committee_cadre"]
                    if i == 0 and rng.random() < 0.2:
                        roles.append("npc_deputy")
                    party = i == 0 or rng.random() < 0.6  # the first cadre (the secretary) is a Party member
                    if party and rng.random() < 0.3:
                        roles.append("party_volunteer")
                    pid = self.person(street, community, party, roles)
                    if party:
                        self.party_cadres.setdefault(community_id, []).append(pid)
                    if "npc_deputy" in roles:
                        street.deputies.setdefault("npc_deputy", []).append(pid)
                if rng.random() < 0.5:
                    self.person(street, community, rng.random() < 0.3, ["legal_adviser"],
                                ["法律咨询"] + (["人民调解"] if rng.random() < 0.4 else []), notes="社区法律顾问")
                if rng.random() < 0.4:
                    party = rng.random() < 0.5
                    roles = ["union_representative"] + (["party_volunteer"] if party and rng.random() < 0.5 else [])
                    self.person(street, community, party, roles)

    def social_worker(self, street: _StreetInfo) -> str:
        rng = self.rng
        party = rng.random() < 0.45
        roles = ["party_social_worker" if party else "social_worker"]
        if party and rng.random() < 0.3:
            roles.append("party_volunteer")
        pid = self.person(street, None, party, roles, rng.sample(SOCIAL_WORK_SKILLS, rng.choice((1, 2))),
                          notes=f"{street.name}社工服务站")
        street.workers.append(pid)
        return pid

    def remaining_people(self) -> None:
        rng = self.rng
        remaining = self.scale.people - len(self.rows["person"])
        if remaining <= 0:
            return
        party_so_far = sum(self.person_party.values())
        target = PARTY_MEMBER_SHARE * self.scale.people
        share = min(0.9, max(0.05, (target - party_so_far) / remaining))
        communities = [(s, name) for s in self.streets for _, name in s.communities]
        for _ in range(remaining):
            street, community = rng.choice(communities) if communities else (None, None)
            party = rng.random() < share
            roles = []
            if party and rng.random() < 0.6:
                roles.append("party_volunteer")
            if rng.random() < 0.12:
                roles.append("resident_representative")
            self.person(street, community, party, roles)

    # -- docking
    def assignment(self, person_id: str, site_id: str, role: str, start: date, end: date | None = None,
                   notes: str = "") -> None:
        self.rows["site_assignment"].append({**self._common(), "person_id": person_id, "site_id": site_id,
                                             "role": role, "start_date": start, "end_date": end, "notes": notes})

    def docking(self) -> None:
        rng = self.rng
        site_ids = [s["id"] for s in self.rows["site"]]
        undocked = set(rng.sample(site_ids, round(len(site_ids) * UNDOCKED_SHARE)))
        docked = [s for s in site_ids if s not in undocked]
        double = set(rng.sample(docked, max(2, round(len(docked) * DOUBLE_DOCKED_SHARE))))
        self.undocked = len(undocked)
        by_street: dict[str, list[str]] = {}
        for sid in site_ids:
            by_street.setdefault(self.site_street[sid].id, []).append(sid)
        for street in self.streets:
            sites = by_street.get(street.id, [])
            rng.shuffle(sites)
            single: list[str] = []  # workers docked to exactly one site so far
            for sid in sites:
                if sid in undocked:
                    continue
                if sid in double and single:
                    worker = single.pop(rng.randrange(len(single)))
                else:
                    worker = self.social_worker(street)
                    single.append(worker)
                role = next(r for r in self.person_roles[worker] if r in SOCIAL_WORKER_ROLES)
                start = self.past_day(20, 1100)
                self.assignment(worker, sid, role, start)
                self.site_worker[sid] = worker
                self.site_start[sid] = start
            for sid in sites:  # history: who held the post before, and why some sites have a gap
                candidates = [w for w in street.workers if self.site_worker.get(sid) != w]
                if not candidates:
                    continue
                previous = rng.choice(candidates)
                role = next(r for r in self.person_roles[previous] if r in SOCIAL_WORKER_ROLES)
                if sid in undocked and rng.random() < 0.6:
                    end = self.past_day(3, 120)
                    self.assignment(previous, sid, role, end - timedelta(days=rng.randint(90, 700)), end,
                                    notes="原对接社工已调岗，待重新对接。")
                elif sid not in undocked and rng.random() < 0.1:
                    end = self.site_start[sid] - timedelta(days=1)
                    self.assignment(previous, sid, role, end - timedelta(days=rng.randint(90, 500)), end)
            # deputies receive residents at the studios and liaison stations
            for sid in sites:
                kind = self.site_kind[sid]
                if kind == "deputies_studio":
                    hosts = [rng.choice(street.deputies[r]) for r in ("npc_deputy", "party_deputy", "cppcc_member")
                             if street.deputies.get(r)]
                elif kind == "npc_liaison_station":
                    pool = street.deputies.get("npc_deputy", [])
                    hosts = rng.sample(pool, min(2, len(pool)))
                else:
                    continue
                hosts = list(dict.fromkeys(hosts))
                self.site_deputies[sid] = hosts
                for pid in hosts:
                    role = next(r for r in self.person_roles[pid] if r in DEPUTY_NOTES)
                    self.assignment(pid, sid, role, self.past_day(60, 1400))

    # -- Party organisations
    def party_orgs(self) -> None:
        rng = self.rng
        year = self.today.year - 1
        for street in self.streets:
            party_workers = [w for w in street.workers if self.person_party[w]]
            station_worker = self.site_worker.get(street.station_id)
            if station_worker and self.person_party[station_worker]:
                secretary = station_worker
            elif party_workers:
                secretary = rng.choice(party_workers)
            else:
                secretary = None
            self.rows["party_org"].append({
                **self._common(), "name": f"{street.name}社工服务站党支部", "level": "branch",
                "secretary_id": secretary, "member_count": max(3, len(party_workers) + rng.randint(0, 3)),
                "site_id": street.station_id,
                "notes": f"{year}年召开组织生活会{rng.randint(4, 12)}次、民主生活会1次，发展党员{rng.randint(0, 3)}名。",
            })
        centres = [s for s in self.rows["site"] if s["kind"] == "community_service_center"]
        for site in centres:
            community = site["name"].removesuffix("党群服务中心")
            level = rng.choices(("committee", "general_branch", "branch"), weights=(3, 3, 4))[0]
            suffix, members = {"committee": ("党委", (100, 350)), "general_branch": ("党总支", (50, 99)),
                               "branch": ("党支部", (10, 49))}[level]
            cadres = self.party_cadres.get(site["community_id"], [])
            self.rows["party_org"].append({
                **self._common(), "name": f"{community}{suffix}", "level": level,
                "secretary_id": cadres[0] if cadres else None, "member_count": rng.randint(*members),
                "site_id": site["id"], "notes": "",
            })

    # -- receptions
    def receptions(self) -> None:
        rng = self.rng
        weights = {"deputies_studio": 6.0, "npc_liaison_station": 4.0, "community_service_center": 1.0,
                   "social_work_station": 1.0, "street_service_center": 1.0}
        host_sites = [s["id"] for s in self.rows["site"] if s["kind"] in weights]
        if not host_sites:
            return
        cum = list(_cumulative(weights[self.site_kind[s]] for s in host_sites))
        upcoming_share = UPCOMING_DAYS / (UPCOMING_DAYS + PAST_DAYS)
        chosen = rng.choices(host_sites, cum_weights=cum, k=self.scale.receptions)
        for sid in chosen:
            street = self.site_street[sid]
            upcoming = rng.random() < upcoming_share
            if upcoming:
                day = self.today + timedelta(days=rng.randint(1, UPCOMING_DAYS))
            else:
                day = self.today - timedelta(days=rng.randint(1, PAST_DAYS))
            held_at = datetime.combine(day, clock(rng.choice((9, 9, 10, 14, 15, 19)), rng.choice((0, 0, 30))))
            kind = self.site_kind[sid]
            open_day = kind == "deputies_studio" and rng.random() < 0.3
            row = {
                **self._common(), "site_id": sid, "held_at": held_at,
                "visitor_count": 0 if upcoming else rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 15)),
                "topics": "" if upcoming else "；".join(rng.sample(TOPICS, rng.choice((1, 1, 2, 3)))),
                "follow_up": "" if upcoming else rng.choice(FOLLOW_UPS),
                "notes": ("工作室开放日" if open_day else "") if not upcoming else "已在社区公告栏张贴接访通知。",
            }
            self.rows["reception"].append(row)
            pool = self.site_deputies.get(sid) or list(dict.fromkeys(
                p for r in ("npc_deputy", "party_deputy", "cppcc_member") for p in street.deputies.get(r, [])))
            hosts = rng.sample(pool, min(len(pool), rng.randint(1, 3))) if pool else []
            worker = self.site_worker.get(sid)
            if worker and worker not in hosts and (not hosts or rng.random() < 0.3):
                hosts.append(worker)
            for pid in hosts:
                self.rows["reception_host"].append({**self._common(), "reception_id": row["id"], "person_id": pid})

    def build(self) -> dict[str, list[dict[str, Any]]]:
        self.communities()
        self.sites()
        self.fixed_people()
        self.docking()
        self.remaining_people()
        self.party_orgs()
        self.receptions()
        self.rows.update(demo_councils.build(self))  # councils, meetings, appeals
        from .demo_units import add_units

        add_units(self, self.scale.units)
        return self.rows


def _count(rng: random.Random, expected: float) -> int:
    whole = int(expected)
    return whole + (1 if rng.random() < expected - whole else 0)


def _cumulative(values: Any) -> Any:
    total = 0.0
    for v in values:
        total += v
        yield total


# --- loading ------------------------------------------------------------------------------------------

TABLES: tuple[tuple[str, Table, str], ...] = (
    ("community", Community.__table__, "社区"),
    ("site", Site.__table__, "阵地"),
    ("room", Room.__table__, "功能室"),
    ("person", Person.__table__, "人员"),
    ("person_role", PersonRole.__table__, "人员角色"),
    ("site_assignment", SiteAssignment.__table__, "站点对接"),
    ("party_org", PartyOrganisation.__table__, "党组织"),
    ("reception", Reception.__table__, "接访记录"),
    ("reception_host", ReceptionHost.__table__, "接访人员"),
    ("co_unit", CoBuildingUnit.__table__, "共建单位"),
    ("unit_party_org", PartyOrganisation.__table__, "单位党组织"),
    ("unit_resource", UnitResource.__table__, "资源"),
    ("co_agreement", Agreement.__table__, "共建协议"),
    ("unit_contact", UnitContact.__table__, "对接记录"),
    ("community_need", CommunityNeed.__table__, "社区需求"),
    ("need_match", NeedMatch.__table__, "需求对接"),
)
TABLES += demo_councils.TABLES


def _holds_data(conn: Connection) -> bool:
    return any(conn.scalar(select(func.count()).select_from(t)) for t in (Site.__table__, Person.__table__))


def _refuse_if_not_empty(conn: Connection) -> None:
    if _holds_data(conn):
        raise ValidationError("数据库中已有阵地或人员，演示数据只能载入空数据库。请新建一个数据文件夹后再载入。")


def generate_demo(db: Database, scale: str = "small", progress: Progress | None = None,
                  cancel: CancelCheck | None = None, *, today: date | None = None) -> DemoSummary:
    """Fill an empty database with demo data; all or nothing. Raises ``ValidationError`` when the database
    already holds sites or people and ``Cancelled`` (after rolling back) when ``cancel()`` returns True."""
    if scale not in SCALES:
        raise ValidationError(f"未知的演示数据规模“{scale}”，可选：{'、'.join(SCALES)}。", "scale")
    started = time.perf_counter()
    report = progress or (lambda _done, _total, _message: None)

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise Cancelled("已取消载入演示数据，数据库未作改动。")

    with db.engine.connect() as conn:
        _refuse_if_not_empty(conn)
    report(0, 0, "正在生成演示数据…")
    check_cancel()
    ensure_reference_data(db)
    district, names = load_street_seed()
    with db.read() as session:
        live = set(session.scalars(select(Street.id).where(Street.deleted_at.is_(None))))
        taken = {(c.street_id, c.name) for c in session.execute(
            select(Community.street_id, Community.name).where(Community.deleted_at.is_(None)))}
    streets = [(street_id(district, n), n) for n in names if street_id(district, n) in live]
    if not streets:
        raise ValidationError("数据库中没有可用的街道，无法生成演示数据。")
    builder = _Builder(SCALES[scale], streets, district, taken, today or date.today())
    rows = builder.build()
    check_cancel()

    total = sum(len(rows[key]) for key, _, _ in TABLES)
    done = 0
    with db.engine.begin() as conn:
        _refuse_if_not_empty(conn)  # again, inside the transaction that writes
        for key, table, label in TABLES:
            data = rows[key]
            for start in range(0, len(data), INSERT_CHUNK):
                check_cancel()
                chunk = data[start:start + INSERT_CHUNK]
                conn.execute(insert(table), chunk)
                done += len(chunk)
                report(done, total, f"正在写入{label}…")
        check_cancel()
        summary = DemoSummary(
            scale=scale, streets=len(streets), communities=len(rows["community"]), sites=len(rows["site"]),
            rooms=len(rows["room"]), people=len(rows["person"]), roles=len(rows["person_role"]),
            assignments=len(rows["site_assignment"]), party_orgs=len(rows["party_org"]),
            receptions=len(rows["reception"]), reception_hosts=len(rows["reception_host"]),
            undocked_sites=builder.undocked, seconds=time.perf_counter() - started,
            units=len(rows["co_unit"]), agreements=len(rows["co_agreement"]), councils=len(rows["council"]),
            meetings=len(rows["meeting"]), agenda_items=len(rows["agenda_item"]), appeals=len(rows["appeal"]),
        )
        now = utcnow()
        conn.execute(insert(ChangeLogEntry.__table__), [{
            "id": new_id(), "batch_id": new_id(), "record_type": "demo", "record_id": new_id(), "field": "*loaded",
            "old_value": None, "new_value": json.dumps({key: len(rows[key]) for key, _, _ in TABLES}),
            "changed_at": now, "user_name": db.user_name, "copy_id": db.copy_id, "action": DEMO_ACTION,
            "undoes_batch": None,
        }])
        meta = {"scale": scale, "seed": SEED, "loaded_at": now.isoformat(timespec="seconds")}
        conn.execute(delete(AppMeta.__table__).where(AppMeta.__table__.c.key == DEMO_META_KEY))
        conn.execute(insert(AppMeta.__table__), [{"key": DEMO_META_KEY, "value": json.dumps(meta)}])
    db.refresh_statistics()
    summary = replace(summary, seconds=time.perf_counter() - started)
    report(total, total, "演示数据已载入。")
    return summary
