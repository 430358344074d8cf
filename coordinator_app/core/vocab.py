"""Controlled vocabularies. The database stores the stable codes; labels are the domain's own words
(see DOMAIN.md). The UI shows its translated labels (``ui/labels.py``); the CLI and printed documents
use these."""

from __future__ import annotations

SITE_KINDS: dict[str, str] = {
    "social_work_station": "社工服务站",
    "street_service_center": "街道党群服务中心",
    "community_service_center": "社区党群服务中心",
    "deputies_studio": "两代表一委员工作室",
    "npc_liaison_station": "人大代表社区联络站",
    "function_room": "党群服务功能室",
    "charity_point": "党群爱心超市/爱心屋",
}

PERSON_ROLES: dict[str, str] = {
    "social_worker": "社工",
    "party_social_worker": "党员社工",
    "party_volunteer": "党员义工",
    "npc_deputy": "人大代表",
    "party_deputy": "党代表",
    "cppcc_member": "政协委员",
    "union_representative": "工会代表",
    "legal_adviser": "法律顾问",
    "resident_representative": "居民代表",
    "committee_cadre": "居委干部",
    "coordinator": "党建指导员",
}

#: Roles that can be docked to a site under "一社工一站点".
SOCIAL_WORKER_ROLES: tuple[str, ...] = ("social_worker", "party_social_worker")

PARTY_ORG_LEVELS: dict[str, str] = {
    "committee": "党委",
    "general_branch": "党总支",
    "branch": "党支部",
}

RECORD_TYPES: dict[str, str] = {
    "street": "街道",
    "community": "社区",
    "site": "阵地",
    "room": "功能室",
    "person": "人员",
    "person_role": "人员角色",
    "site_assignment": "站点对接",
    "party_org": "党组织",
    "reception": "接访",
    "reception_host": "接访人员",
}


# --- councils and their meetings, appeals (panel 4) ------------------------------------------------------

COUNCIL_KINDS: dict[str, str] = {
    "community_council": "社区议事会",
    "co_governance_council": "共治议事会",
    "joint_meeting": "联席会议",
}

COUNCIL_SEATS: dict[str, str] = {
    "npc_deputy": "人大代表",
    "party_deputy": "党代表",
    "social_worker": "社工",
    "committee": "居委",
    "department": "部门",
    "union_representative": "工会代表",
    "legal_adviser": "法律顾问",
    "resident_representative": "居民代表",
    "unit_representative": "共建单位代表",
}

#: planned → notice posted → held → minutes approved → archived
MEETING_STATUSES: dict[str, str] = {
    "planned": "计划中",
    "notice_posted": "已发通知",
    "held": "已召开",
    "minutes_approved": "纪要已通过",
    "archived": "已归档",
}

ATTENDANCE_STATUSES: dict[str, str] = {
    "present": "出席",
    "leave": "请假",
    "absent": "缺席",
    "observer": "列席",
}

AGENDA_SOURCES: dict[str, str] = {
    "appeal": "群众诉求",
    "proposal": "成员提议",
    "brand_project": "品牌项目",
}

VOTE_OUTCOMES: dict[str, str] = {
    "passed": "通过",
    "failed_votes": "未通过（票数不足）",
    "failed_quorum": "未通过（未达法定人数）",
}

ACTION_STATUSES: dict[str, str] = {
    "open": "未开始",
    "in_progress": "进行中",
    "done": "已完成",
}

APPEAL_CHANNELS: dict[str, str] = {
    "reception": "接访",
    "council": "议事会",
    "hotline": "热线",
    "online": "线上",
    "visit": "走访",
}

APPEAL_CATEGORIES: dict[str, str] = {
    "environment": "环境卫生",
    "renovation": "老旧小区改造",
    "elevator": "加装电梯",
    "parking": "停车交通",
    "safety": "治安消防",
    "neighbours": "邻里纠纷",
    "elderly": "养老助老",
    "welfare": "困难帮扶",
    "property": "物业管理",
    "other": "其他",
}

#: 受理 → 转办 → 办理中 → 办结
APPEAL_STATUSES: dict[str, str] = {
    "accepted": "受理",
    "transferred": "转办",
    "in_progress": "办理中",
    "closed": "办结",
}

SATISFACTION: dict[str, str] = {
    "satisfied": "满意",
    "basically": "基本满意",
    "dissatisfied": "不满意",
}

RECORD_TYPES.update({
    "council": "议事会",
    "council_member": "议事会成员",
    "meeting": "会议",
    "attendance": "出席记录",
    "agenda_item": "议题",
    "action_item": "落实事项",
    "appeal": "诉求",
})


# --- co-building units (panel 2) -------------------------------------------------------------------------

UNIT_CATEGORIES: dict[str, str] = {
    "community_party_org": "社区党组织",
    "government": "机关事业单位",
    "state_owned": "国有企业",
    "non_public": "非公企业",
    "social_org": "社会组织",
    "office_building": "商务楼宇",
    "business_district": "商圈市场",
    "internet": "互联网企业",
    "school": "学校",
    "hospital": "医院",
    "other": "其他",
}

#: 两新组织 (new economic and social organisations) = 非公企业 + 社会组织; a filter choice, not a category
TWO_NEW_CATEGORIES: tuple[str, ...] = ("non_public", "social_org")
TWO_NEW = "two_new"

RESOURCE_KINDS: dict[str, str] = {
    "people": "人力",
    "material": "物质",
    "relations": "关系",
    "funds": "资金",
    "venue": "场地",
    "professional": "专业服务",
}

RESOURCE_STATUSES: dict[str, str] = {
    "available": "可提供",
    "in_use": "使用中",
    "withdrawn": "已停止",
}

AGREEMENT_STATUSES: dict[str, str] = {
    "draft": "拟签",
    "active": "有效",
    "expired": "已到期",
    "terminated": "已终止",
}

CONTACT_CHANNELS: dict[str, str] = {
    "visit": "走访",
    "meeting": "座谈会议",
    "phone": "电话",
    "wechat": "微信",
    "activity": "共建活动",
    "other": "其他",
}

NEED_STATUSES: dict[str, str] = {
    "open": "待对接",
    "matched": "已对接",
    "closed": "已完成",
}

MATCH_OUTCOMES: dict[str, str] = {
    "pending": "跟进中",
    "fulfilled": "已落实",
    "failed": "未落实",
}

RECORD_TYPES.update({
    "co_unit": "共建单位",
    "unit_resource": "资源",
    "co_agreement": "共建协议",
    "unit_contact": "对接记录",
    "community_need": "社区需求",
    "need_match": "需求对接",
})


def label(vocabulary: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return vocabulary.get(code, code)
