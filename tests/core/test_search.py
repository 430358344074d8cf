"""services.search: the search box's "contains" condition."""

from __future__ import annotations

from sqlalchemy import column

from coordinator_app.core.services.search import contains, contains_pattern


def test_the_users_wildcards_are_taken_literally() -> None:
    assert contains_pattern(" 100%_Ab\\ ") == "%100\\%\\_ab\\\\%"


def test_lowered_columns_use_a_plain_like() -> None:
    assert "lower(" not in str(contains(column("search_text"), "x", lowered=True)).lower()
    assert "lower(" in str(contains(column("name"), "x")).lower()
    assert " ESCAPE " in str(contains(column("name"), "x")).upper()
