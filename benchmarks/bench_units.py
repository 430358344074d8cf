"""Co-building units at district scale (5,000+ units, 15,000 resources, 20,000 contact records, 2,000 needs):
one keystroke in the units list (count + first page) with each filter, the match proposals for a need, and
opening a unit's page (details, resources, agreements, contacts, matches, Party organisations).
Targets: filter <= 50 ms, proposals <= 100 ms, a unit's page <= 100 ms."""

from __future__ import annotations

from _common import open_district, report, timed_ms


def main() -> None:
    from coordinator_app.core.services import geography, needs, units

    db = open_district()
    street = geography.list_streets(db)[3].id

    def unit_query(f: units.UnitFilter):  # type: ignore[no-untyped-def]
        return lambda: (units.count_units(db, f), units.list_units(db, f, 0, 200))

    filters = {
        "units: all": unit_query(units.UnitFilter()),
        "units: text 科技": unit_query(units.UnitFilter(text="科技")),
        "units: text 9144": unit_query(units.UnitFilter(text="9144")),
        "units: street + 两新组织": unit_query(units.UnitFilter(street_id=street, category="two_new")),
        "units: charity alliance": unit_query(units.UnitFilter(alliance_only=True)),
        "units: not contacted for 90 days": unit_query(units.UnitFilter(not_contacted_days=90)),
        "units: sorted by last contact": lambda: units.list_units(db, units.UnitFilter(), 0, 200, "last_contact", True),
    }
    filter_figures = {name: timed_ms(fn) for name, fn in filters.items()}

    open_needs = needs.list_needs(db, needs.NeedFilter(status="open"), 0, 200)
    kinds = {n.resource_kind: n.id for n in open_needs}
    proposal_figures = {f"proposals: {kind}": timed_ms(lambda need=need: needs.propose_units(db, need))
                        for kind, need in sorted(kinds.items())}

    busiest = units.list_units(db, units.UnitFilter(), 0, 1, "last_contact", True)[0].id
    page_figures = {"unit page": timed_ms(lambda: units.unit_page(db, busiest)),
                    "unit history": timed_ms(lambda: units.unit_history(db, busiest))}
    report("units", {
        "filter": filter_figures, "proposals": proposal_figures, "page": page_figures,
        "worst_filter_median_ms": max(f["median_ms"] for f in filter_figures.values()),
        "worst_proposals_median_ms": max(f["median_ms"] for f in proposal_figures.values()),
        "unit_page_median_ms": page_figures["unit page"]["median_ms"],
        "counts": {"units": units.count_units(db, units.UnitFilter()),
                   "needs": needs.count_needs(db, needs.NeedFilter())},
    })
    db.dispose()


if __name__ == "__main__":
    main()
