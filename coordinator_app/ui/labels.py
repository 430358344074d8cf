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
        **unit_record_types(),
        "council": translate("Labels", "Council"), "council_member": translate("Labels", "Council member"),
        "meeting": translate("Labels", "Meeting"), "attendance": translate("Labels", "Attendance"),
        "agenda_item": translate("Labels", "Agenda item"), "action_item": translate("Labels", "Action item"),
        "appeal": translate("Labels", "Appeal"),
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
        **unit_field_names(),
        **council_field_names(),
    }


def yes_no(value: bool) -> str:
    return translate("Labels", "Yes") if value else translate("Labels", "No")


# --- co-building units (panel 2) -----------------------------------------------------------------------------

def unit_categories() -> dict[str, str]:
    return {
        "community_party_org": translate("Labels", "Community Party organisation"),
        "government": translate("Labels", "Government body or public institution"),
        "state_owned": translate("Labels", "State-owned enterprise"),
        "non_public": translate("Labels", "Private enterprise"),
        "social_org": translate("Labels", "Social organisation"),
        "office_building": translate("Labels", "Office building"),
        "business_district": translate("Labels", "Business district or market"),
        "internet": translate("Labels", "Internet company"),
        "school": translate("Labels", "School"),
        "hospital": translate("Labels", "Hospital"),
        "other": translate("Labels", "Other"),
    }


def unit_category_filters() -> dict[str, str]:
    """The categories, with 两新组织 (private enterprises + social organisations) after them."""
    return {**unit_categories(), "two_new": translate("Labels", "New economic and social organisations")}


def resource_kinds() -> dict[str, str]:
    return {"people": translate("Labels", "Manpower"), "material": translate("Labels", "Materials"),
            "relations": translate("Labels", "Connections"), "funds": translate("Labels", "Funds"),
            "venue": translate("Labels", "Venue"), "professional": translate("Labels", "Professional services")}


def resource_statuses() -> dict[str, str]:
    return {"available": translate("Labels", "Available"), "in_use": translate("Labels", "In use"),
            "withdrawn": translate("Labels", "Withdrawn")}


def agreement_statuses() -> dict[str, str]:
    return {"draft": translate("Labels", "Draft"), "active": translate("Labels", "In force"),
            "expired": translate("Labels", "Expired"), "terminated": translate("Labels", "Terminated")}


def contact_channels() -> dict[str, str]:
    return {"visit": translate("Labels", "Visit"), "meeting": translate("Labels", "Meeting"),
            "phone": translate("Labels", "Phone call"), "wechat": translate("Labels", "WeChat"),
            "activity": translate("Labels", "Joint activity"), "other": translate("Labels", "Other")}


def need_statuses() -> dict[str, str]:
    return {"open": translate("Labels", "Waiting for a match"), "matched": translate("Labels", "Matched"),
            "closed": translate("Labels", "Done")}


def match_outcomes() -> dict[str, str]:
    return {"pending": translate("Labels", "Following up"), "fulfilled": translate("Labels", "Delivered"),
            "failed": translate("Labels", "Not delivered")}


def match_reasons() -> dict[str, str]:
    return {"same_community": translate("Labels", "same community"), "same_street": translate("Labels", "same street"),
            "contact_30": translate("Labels", "contacted within 30 days"),
            "contact_90": translate("Labels", "contacted within 90 days"),
            "available": translate("Labels", "resource available"),
            "alliance": translate("Labels", "charity alliance member")}


def unit_record_types() -> dict[str, str]:
    return {"co_unit": translate("Labels", "Co-building unit"), "unit_resource": translate("Labels", "Resource"),
            "co_agreement": translate("Labels", "Co-building agreement"),
            "unit_contact": translate("Labels", "Contact record"), "community_need": translate("Labels", "Community need"),
            "need_match": translate("Labels", "Need match")}


def unit_field_names() -> dict[str, str]:
    return {
        "category": translate("Labels", "Category"), "credit_code": translate("Labels", "Unified social credit code"),
        "contact_name": translate("Labels", "Contact person"), "contact_phone": translate("Labels", "Contact phone"),
        "in_charity_alliance": translate("Labels", "Charity alliance member"), "tags": translate("Labels", "Tags"),
        "merged_into_id": translate("Labels", "Merged into"), "unit_id": translate("Labels", "Co-building unit"),
        "description": translate("Labels", "Description"), "amount": translate("Labels", "Amount"),
        "unit_of_measure": translate("Labels", "Measure"), "availability": translate("Labels", "Available when"),
        "status": translate("Labels", "Status"), "title": translate("Labels", "Title"),
        "signed_on": translate("Labels", "Signed on"), "valid_until": translate("Labels", "Valid until"),
        "content": translate("Labels", "Content"), "attachment_name": translate("Labels", "Scanned copy"),
        "attachment_path": translate("Labels", "Stored file"), "contacted_on": translate("Labels", "Date"),
        "our_person_id": translate("Labels", "Our person"), "their_person": translate("Labels", "Their person"),
        "channel": translate("Labels", "Channel"), "summary": translate("Labels", "Summary"),
        "resource_kind": translate("Labels", "Resource type wanted"), "needed_by": translate("Labels", "Needed by"),
        "need_id": translate("Labels", "Need"), "resource_id": translate("Labels", "Resource"),
        "matched_on": translate("Labels", "Matched on"), "reasons": translate("Labels", "Reasons"),
        "outcome": translate("Labels", "Outcome"), "outcome_notes": translate("Labels", "Outcome notes"),
        "score": translate("Labels", "Score"),
    }


# --- councils and their meetings, appeals (panel 4) ----------------------------------------------------

def council_kinds() -> dict[str, str]:
    return {"community_council": translate("Labels", "Community council"),
            "co_governance_council": translate("Labels", "Co-governance council"),
            "joint_meeting": translate("Labels", "Joint meeting")}


def council_seats() -> dict[str, str]:
    return {"npc_deputy": translate("Labels", "NPC deputy"), "party_deputy": translate("Labels", "Party congress deputy"),
            "social_worker": translate("Labels", "Social worker"),
            "committee": translate("Labels", "Residents' committee"), "department": translate("Labels", "Department"),
            "union_representative": translate("Labels", "Trade union representative"),
            "legal_adviser": translate("Labels", "Legal adviser"),
            "resident_representative": translate("Labels", "Residents' representative"),
            "unit_representative": translate("Labels", "Co-building unit representative")}


def meeting_statuses() -> dict[str, str]:
    return {"planned": translate("Labels", "Planned"), "notice_posted": translate("Labels", "Notice posted"),
            "held": translate("Labels", "Held"), "minutes_approved": translate("Labels", "Minutes approved"),
            "archived": translate("Labels", "Archived")}


def attendance_statuses() -> dict[str, str]:
    return {"present": translate("Labels", "Present"), "leave": translate("Labels", "On leave"),
            "absent": translate("Labels", "Absent"), "observer": translate("Labels", "Non-voting attendee")}


def agenda_sources() -> dict[str, str]:
    return {"appeal": translate("Labels", "Residents' appeal"), "proposal": translate("Labels", "Member's proposal"),
            "brand_project": translate("Labels", "Brand project")}


def vote_outcomes() -> dict[str, str]:
    return {"passed": translate("Labels", "Passed"), "failed_votes": translate("Labels", "Not passed (votes)"),
            "failed_quorum": translate("Labels", "Not passed (no quorum)")}


def action_statuses() -> dict[str, str]:
    return {"open": translate("Labels", "Not started"), "in_progress": translate("Labels", "In progress"),
            "done": translate("Labels", "Done")}


def appeal_channels() -> dict[str, str]:
    return {"reception": translate("Labels", "Reception"), "council": translate("Labels", "Council"),
            "hotline": translate("Labels", "Hotline"), "online": translate("Labels", "Online"),
            "visit": translate("Labels", "Home visit")}


def appeal_categories() -> dict[str, str]:
    return {"environment": translate("Labels", "Environment and sanitation"),
            "renovation": translate("Labels", "Old estate renovation"),
            "elevator": translate("Labels", "Lift installation"), "parking": translate("Labels", "Parking and traffic"),
            "safety": translate("Labels", "Public safety and fire"),
            "neighbours": translate("Labels", "Neighbour disputes"), "elderly": translate("Labels", "Elderly care"),
            "welfare": translate("Labels", "Hardship relief"), "property": translate("Labels", "Property management"),
            "other": translate("Labels", "Other")}


def appeal_statuses() -> dict[str, str]:
    return {"accepted": translate("Labels", "Accepted"), "transferred": translate("Labels", "Transferred"),
            "in_progress": translate("Labels", "Being handled"), "closed": translate("Labels", "Closed")}


def satisfaction() -> dict[str, str]:
    return {"satisfied": translate("Labels", "Satisfied"), "basically": translate("Labels", "Basically satisfied"),
            "dissatisfied": translate("Labels", "Dissatisfied")}


def record_field_names(record_type: str | None) -> dict[str, str]:
    """Field names that differ by record type (a meeting's title, an agenda item's), over ``field_names()``."""
    overrides = {
        "meeting": {"title": translate("Labels", "Meeting name")},
        "agenda_item": {"title": translate("Labels", "Agenda item title"), "outcome": translate("Labels", "Vote outcome")},
        "action_item": {"title": translate("Labels", "Action"), "status": translate("Labels", "Progress")},
        "appeal": {"content": translate("Labels", "Appeal content")},
    }
    return {**field_names(), **overrides.get(record_type or "", {})}


def council_field_names() -> dict[str, str]:
    """The councils panel's fields (议事会, 会议, 议题, 督办事项, 诉求) as shown in a record's history."""
    return {
        "quorum_numerator": translate("Labels", "Quorum (numerator)"),
        "quorum_denominator": translate("Labels", "Quorum (denominator)"),
        "pass_numerator": translate("Labels", "Majority to pass (numerator)"),
        "pass_denominator": translate("Labels", "Majority to pass (denominator)"),
        "notice_days": translate("Labels", "Notice days"), "frequency_days": translate("Labels", "Meets every (days)"),
        "council_id": translate("Labels", "Council"), "seat": translate("Labels", "Seat"),
        "starts_at": translate("Labels", "Meeting time"), "chair_id": translate("Labels", "Chair"),
        "recorder_id": translate("Labels", "Recorder"), "notice_posted_at": translate("Labels", "Notice posted at"),
        "warnings": translate("Labels", "Warnings"), "minutes": translate("Labels", "Minutes"),
        "previous_id": translate("Labels", "Previous meeting"), "meeting_id": translate("Labels", "Meeting"),
        "position": translate("Labels", "Order"), "proposer_id": translate("Labels", "Proposed by"),
        "source": translate("Labels", "Source"), "appeal_id": translate("Labels", "Appeal"),
        "materials": translate("Labels", "Materials"), "recurring": translate("Labels", "Recurring item"),
        "discussion": translate("Labels", "Discussion"), "votes_for": translate("Labels", "Votes for"),
        "votes_against": translate("Labels", "Votes against"), "votes_abstain": translate("Labels", "Abstentions"),
        "present_at_vote": translate("Labels", "Present at the vote"), "outcome_reason": translate("Labels", "Reason"),
        "resolution": translate("Labels", "Resolution"), "agenda_item_id": translate("Labels", "Agenda item"),
        "owner_id": translate("Labels", "Person responsible"), "due_on": translate("Labels", "Due"),
        "result": translate("Labels", "Result"), "done_on": translate("Labels", "Done on"),
        "resident_name": translate("Labels", "Resident"), "resident_phone": translate("Labels", "Resident's phone"),
        "received_on": translate("Labels", "Received on"), "reception_id": translate("Labels", "Reception"),
        "handler_id": translate("Labels", "Person in charge"), "transferred_to": translate("Labels", "Transferred to"),
        "satisfaction": translate("Labels", "Satisfaction"), "closed_on": translate("Labels", "Closed on"),
    }
