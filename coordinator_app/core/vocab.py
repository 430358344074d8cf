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


def label(vocabulary: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return vocabulary.get(code, code)
