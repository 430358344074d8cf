"""Excel import and export on PostgreSQL (the shared-server mode): the same scenarios as on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.core.database import Database

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
