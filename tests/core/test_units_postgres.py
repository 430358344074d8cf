"""Co-building units on PostgreSQL (the shared-server mode): the same service scenarios as
``test_units_service`` run against a fresh PostgreSQL database, plus the demo data's units."""

from __future__ import annotations

import pytest
import test_units_service as scenarios  # noqa: I001

from coordinator_app.core.database import Database
from coordinator_app.core.demo import generate_demo
from coordinator_app.core.services import agreements, needs, units

pytestmark = pytest.mark.postgres


@pytest.fixture
def place(pg_db: Database) -> dict[str, str]:
    return scenarios.make_place(pg_db)


def test_filters_in_sql(pg_db: Database, place: dict[str, str]) -> None:
    scenarios.test_filters_in_sql(pg_db, place)


def test_duplicates(pg_db: Database, place: dict[str, str]) -> None:
    scenarios.test_duplicates_by_code_and_by_near_identical_name(pg_db, place)


def test_merge_and_undo(pg_db: Database, place: dict[str, str]) -> None:
    scenarios.test_merge_moves_children_fills_fields_and_keeps_both_histories(pg_db, place)


def test_restore_of_a_merged_unit(pg_db: Database, place: dict[str, str]) -> None:
    scenarios.test_restoring_a_merged_unit_takes_back_its_merge(pg_db, place)
    scenarios.test_restoring_from_a_chain_of_merges(pg_db, place)


def test_agreements_expire_by_their_end_date(pg_db: Database, place: dict[str, str]) -> None:
    scenarios.test_an_agreement_in_force_is_expired_from_the_day_after_its_end(pg_db, place)


def test_proposals(pg_db: Database, place: dict[str, str]) -> None:
    scenarios.test_proposals_rank_by_place_contact_and_availability(pg_db, place)


def test_agreements_and_scan(pg_db: Database, place: dict[str, str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    scenarios.test_agreement_sides_expiry_and_scan(pg_db, place, tmp_path)


def test_demo_units_load_and_list(pg_db: Database) -> None:
    generate_demo(pg_db, "small")
    total = units.count_units(pg_db, units.UnitFilter())
    assert total >= 300
    assert len(units.list_units(pg_db, units.UnitFilter(), 0, 50, "last_contact", True)) == 50
    assert units.count_units(pg_db, units.UnitFilter(category="two_new")) > 0
    assert units.count_units(pg_db, units.UnitFilter(not_contacted_days=180)) > 0
    need = needs.list_needs(pg_db, needs.NeedFilter(status="open"), 0, 1)[0]
    assert needs.propose_units(pg_db, need.id)
    assert isinstance(agreements.expiring_agreements(pg_db), list)
