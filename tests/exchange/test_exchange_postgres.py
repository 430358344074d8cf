"""Excel import and export on PostgreSQL (the shared-server mode): the same scenarios as on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.core.database import Database

from . import test_bulk as bulk_scenarios
from . import test_export as export_scenarios
from . import test_import as import_scenarios

pytestmark = pytest.mark.postgres


def test_import_twice_changes_nothing(pg_db: Database) -> None:
    import_scenarios.test_import_writes_values_as_typed_and_twice_changes_nothing(pg_db)


def test_people_with_roles(pg_db: Database) -> None:
    import_scenarios.test_people_with_roles_and_masked_numbers(pg_db)


def test_cancel_leaves_nothing(pg_db: Database) -> None:
    import_scenarios.test_cancel_leaves_nothing_behind(pg_db)


def test_history_and_undo_of_an_import(pg_db: Database) -> None:
    import_scenarios.test_imported_records_are_searchable_have_a_history_and_the_import_can_be_undone(pg_db)


def test_full_export_logged(pg_db: Database, tmp_path: Path) -> None:
    export_scenarios.test_full_values_are_recorded_in_the_change_log(pg_db, tmp_path)


def test_bulk_inserts_match_the_session(pg_db: Database) -> None:
    bulk_scenarios.test_a_person_inserted_in_bulk_is_the_person_the_session_would_insert(pg_db)


def test_an_update_never_overwrites_a_later_edit(pg_db: Database, tmp_path: Path) -> None:
    import_scenarios.test_an_update_never_overwrites_an_edit_made_after_the_preview(pg_db, tmp_path)


def test_a_filtered_export_keeps_the_lists_order(pg_db: Database, tmp_path: Path) -> None:
    export_scenarios.test_a_filtered_export_keeps_the_lists_order_across_batches(pg_db, tmp_path)
