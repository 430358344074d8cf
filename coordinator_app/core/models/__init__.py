"""All mapped classes; importing this package registers every table on ``Base.metadata``."""

from .base import Base, Record, new_id, utcnow
from .changelog import CREATED, AppMeta, ChangeLogEntry
from .councils import ActionItem, AgendaItem, Appeal, Attendance, Council, CouncilMember, Meeting
from .geography import Community, Street
from .people import Person, PersonRole, SiteAssignment
from .receptions import Reception, ReceptionHost
from .sites import PartyOrganisation, Room, Site
from .units import Agreement, CoBuildingUnit, CommunityNeed, NeedMatch, UnitContact, UnitResource

RECORD_CLASSES: dict[str, type[Record]] = {
    cls.__record_type__: cls
    for cls in (Street, Community, Site, Room, PartyOrganisation, Person, PersonRole, SiteAssignment, Reception,
                ReceptionHost)
}
#: councils and their meetings, appeals (panel 4)
RECORD_CLASSES.update({cls.__record_type__: cls for cls in (Council, CouncilMember, Meeting, Attendance, AgendaItem,
                                                            ActionItem, Appeal)})
#: co-building units (panel 2)
RECORD_CLASSES.update({cls.__record_type__: cls for cls in (CoBuildingUnit, UnitResource, Agreement, UnitContact,
                                                            CommunityNeed, NeedMatch)})

__all__ = [
    "Agreement", "CoBuildingUnit", "CommunityNeed", "NeedMatch", "UnitContact", "UnitResource",
    "ActionItem", "AgendaItem", "Appeal", "Attendance", "Council", "CouncilMember", "Meeting",
    "CREATED", "RECORD_CLASSES", "AppMeta", "Base", "ChangeLogEntry", "Community", "PartyOrganisation", "Person",
    "PersonRole", "Reception", "ReceptionHost", "Record", "Room", "Site", "SiteAssignment", "Street", "new_id",
    "utcnow",
]
