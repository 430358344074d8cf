"""List filter latency at district scale: what one keystroke in a search box costs (count + first page),
for the sites list and the people roster. Target: <= 50 ms."""

from __future__ import annotations

from _common import open_district, report, timed_ms


def main() -> None:
    from coordinator_app.core.services import geography, people, sites

    db = open_district()
    street = geography.list_streets(db)[3].id
    some_site = sites.list_sites(db, sites.SiteFilter(), 0, 1)[0].id

    def site_query(f: sites.SiteFilter):  # type: ignore[no-untyped-def]
        return lambda: (sites.count_sites(db, f), sites.list_sites(db, f, 0, 200))

    def people_query(f: people.PersonFilter):  # type: ignore[no-untyped-def]
        return lambda: (people.count_people(db, f), people.list_people(db, f, 0, 200))

    cases = {
        "sites: all": site_query(sites.SiteFilter()),
        "sites: text 社区": site_query(sites.SiteFilter(text="社区")),
        "sites: street + kind": site_query(sites.SiteFilter(street_id=street, kind="community_service_center")),
        "sites: no social worker docked": site_query(sites.SiteFilter(without_social_worker=True)),
        "people: all": people_query(people.PersonFilter()),
        "people: text 陈": people_query(people.PersonFilter(text="陈")),
        "people: text 1391": people_query(people.PersonFilter(text="1391")),
        "people: role 社工": people_query(people.PersonFilter(role="social_worker")),
        "people: party members": people_query(people.PersonFilter(party_member=True)),
        "people: docked to a site": people_query(people.PersonFilter(site_id=some_site)),
        "people: sorted by phone, descending": lambda: people.list_people(db, people.PersonFilter(), 0, 200,
                                                                          "phone", True),
        "docking report": lambda: people.docking_report(db),
    }
    figures = {name: timed_ms(fn) for name, fn in cases.items()}
    report("filter", {"cases": figures, "worst_median_ms": max(f["median_ms"] for f in figures.values())})
    db.dispose()


if __name__ == "__main__":
    main()
