"""Translated labels for the core's vocabulary codes (``coordinator_app.core.vocab``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def site_kinds() -> dict[str, str]:
    return {
        "social_work_station": translate("Labels", "Social-work station"),
        "street_service_center": translate("Labels", "Street Party-masses service centre"),
        "community_service_center": translate("Labels", "Community Party-masses service centre"),
        "deputies_studio": translate("Labels", "Deputies' studio"),
        "npc_liaison_station": translate("Labels", "NPC deputies' community liaison station"),
        "function_room": translate("Labels", "Party-masses function room"),
        "charity_point": translate("Labels", "Party-masses charity shop"),
    }


def person_roles() -> dict[str, str]:
    return {
        "social_worker": translate("Labels", "Social worker"),
        "party_social_worker": translate("Labels", "Party-member social worker"),
        "party_volunteer": translate("Labels", "Party-member volunteer"),
        "npc_deputy": translate("Labels", "NPC deputy"),
        "party_deputy": translate("Labels", "Party congress deputy"),
        "cppcc_member": translate("Labels", "CPPCC member"),
        "union_representative": translate("Labels", "Trade union representative"),
        "legal_adviser": translate("Labels", "Legal adviser"),
        "resident_representative": translate("Labels", "Residents' representative"),
        "committee_cadre": translate("Labels", "Residents' committee cadre"),
        "coordinator": translate("Labels", "Party-building coordinator"),
    }


def party_org_levels() -> dict[str, str]:
    return {"committee": translate("Labels", "Party committee"), "general_branch": translate("Labels", "General Party branch"),
            "branch": translate("Labels", "Party branch")}


def record_types() -> dict[str, str]:
    return {
        "street": translate("Labels", "Street"), "community": translate("Labels", "Community"), "site": translate("Labels", "Site"), "room": translate("Labels", "Function room"),
        "person": translate("Labels", "Person"), "person_role": translate("Labels", "Role"), "site_assignment": translate("Labels", "Docking"),
        "party_org": translate("Labels", "Party organisation"), "reception": translate("Labels", "Reception"), "reception_host": translate("Labels", "Reception host"),
    }


def field_names() -> dict[str, str]:
    """Field names as shown in a record's history."""
    return {
        "*created": translate("Labels", "Created"), "name": translate("Labels", "Name"), "kind": translate("Labels", "Kind"), "street_id": translate("Labels", "Street"),
        "community_id": translate("Labels", "Community"), "parent_id": translate("Labels", "Parent site"), "address": translate("Labels", "Address"),
        "opening_hours": translate("Labels", "Opening hours"), "phone": translate("Labels", "Phone"), "operator": translate("Labels", "Operating organisation"),
        "notes": translate("Labels", "Notes"), "deleted_at": translate("Labels", "Deleted"), "is_party_member": translate("Labels", "Party member"),
        "skills": translate("Labels", "Skills"), "role": translate("Labels", "Role"), "start_date": translate("Labels", "Start date"), "end_date": translate("Labels", "End date"),
        "site_id": translate("Labels", "Site"), "person_id": translate("Labels", "Person"), "held_at": translate("Labels", "Time"), "visitor_count": translate("Labels", "Visitors"),
        "topics": translate("Labels", "Topics raised"), "follow_up": translate("Labels", "Follow-up"), "capacity": translate("Labels", "Capacity"),
        "purpose": translate("Labels", "Purpose"), "level": translate("Labels", "Level"), "secretary_id": translate("Labels", "Secretary"),
        "member_count": translate("Labels", "Members"),
    }


def yes_no(value: bool) -> str:
    return translate("Labels", "Yes") if value else translate("Labels", "No")
