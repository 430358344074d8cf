"""Property tests: phone validation over generated numbers, and undo as the exact inverse of any
sequence of edits to a site."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator_app.core.database import Database
from coordinator_app.core.errors import ValidationError
from coordinator_app.core.services import geography, records, sites
from coordinator_app.core.validation import check_phone, is_valid_phone

DIGITS = "0123456789"
FULL_WIDTH = {ord(d): chr(0xFF10 + i) for i, d in enumerate(DIGITS)}


def digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=DIGITS, min_size=n, max_size=n)


mobiles = st.builds(lambda second, rest: f"1{second}{rest}", st.sampled_from("3456789"), digits(9))
# a local number starts with 2–9 (numbers starting with 1 are mobiles and service numbers)
local = st.builds(lambda first, rest: first + rest, st.sampled_from("23456789"), st.one_of(digits(6), digits(7)))
landlines = st.one_of(
    st.builds(lambda local: f"020-{local}", st.builds(lambda a, b: a + b, st.sampled_from("2345678"), digits(7))),
    st.builds(lambda area, local: f"0{area}-{local}", digits(3), local),
    st.builds(lambda local, ext: f"020{local}转{ext}", local, st.integers(1, 999999).map(str)),
)


@given(mobiles)
def test_generated_mobiles_are_accepted(number: str) -> None:
    assert is_valid_phone(number)
    assert check_phone(f"  {number} ") == number
    assert is_valid_phone(f"+86 {number[:3]} {number[3:7]} {number[7:]}")


@given(landlines)
def test_generated_landlines_are_accepted(number: str) -> None:
    assert is_valid_phone(number)
    assert check_phone(number) == number


@given(st.lists(st.one_of(mobiles, landlines), min_size=1, max_size=3), st.sampled_from(["、", ",", "，", ";", "/"]))
def test_several_numbers_are_joined_with_a_chinese_comma(numbers: list[str], separator: str) -> None:
    assert check_phone(separator.join(numbers)) == "、".join(numbers)


@given(mobiles)
def test_full_width_digits_are_accepted_and_stored_as_ascii(number: str) -> None:
    typed = number.translate(FULL_WIDTH)
    assert typed != number
    assert check_phone(typed) == number


@given(st.one_of(mobiles, landlines), st.data())
def test_letters_anywhere_are_rejected(number: str, data: st.DataObject) -> None:
    letter = data.draw(st.characters(categories=["Lu", "Ll"]).filter(lambda c: c.isalpha() and not c.isdigit()))
    position = data.draw(st.integers(0, len(number)))
    spoiled = number[:position] + letter + number[position:]
    assert not is_valid_phone(spoiled)
    with pytest.raises(ValidationError) as caught:
        check_phone(spoiled)
    assert caught.value.field == "phone"


@given(st.sampled_from("3456789"), st.sampled_from([9, 10, 12, 13, 15]), st.data())
def test_mobiles_of_the_wrong_length_are_rejected(second: str, length: int, data: st.DataObject) -> None:
    number = "1" + second + data.draw(digits(length - 2))
    assert not is_valid_phone(number)
    # written in groups, a digit short or over is not taken for a landline with an extension (138-1234-567)
    assert not is_valid_phone(f"{number[:3]}-{number[3:7]}-{number[7:]}")


@given(mobiles)
def test_mobiles_written_in_groups_are_accepted(number: str) -> None:
    assert is_valid_phone(f"{number[:3]}-{number[3:7]}-{number[7:]}")
    assert is_valid_phone(f"{number[:3]} {number[3:7]} {number[7:]}")


@given(st.text(alphabet=DIGITS, min_size=1, max_size=6))
def test_too_short_numbers_are_rejected(number: str) -> None:
    assert not is_valid_phone(number)


@given(st.text(alphabet="١٢٣٤٥٦٧٨٩٠", min_size=11, max_size=11))
def test_digits_of_other_scripts_are_rejected(number: str) -> None:
    assert not is_valid_phone(number)


# --- undo round trip ----------------------------------------------------------------------------------

TEXTS = st.text(alphabet="北京路社区中心站党群服务一二三 AB12（）-", max_size=12)
EDITS = st.one_of(
    st.tuples(st.just("name"), TEXTS.filter(lambda t: t.strip() != "")),
    st.tuples(st.just("address"), TEXTS),
    st.tuples(st.just("opening_hours"), st.sampled_from(["", "周一至周五 9:00-17:30", "每周四 14:30-17:00"])),
    st.tuples(st.just("phone"), st.one_of(st.just(""), mobiles, landlines)),
    st.tuples(st.just("operator"), TEXTS),
    st.tuples(st.just("notes"), TEXTS),
    st.tuples(st.just("kind"), st.sampled_from(["social_work_station", "deputies_studio", "charity_point"])),
)


def editable(db: Database, site_id: str) -> dict[str, Any]:
    return {k: v for k, v in sites.get_site(db, site_id).items() if k != "id"}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(EDITS, min_size=1, max_size=6))
def test_undoing_every_edit_restores_the_original(db: Database, edits: list[tuple[str, str]]) -> None:
    street = geography.list_streets(db)[0].id
    site_id = sites.create_site(db, {"name": "原名", "kind": "function_room", "street_id": street,
                                     "address": "越秀区北京路1号", "phone": "020-83001234"})
    original = editable(db, site_id)
    changed = 0
    for field, value in edits:
        before = editable(db, site_id)
        sites.update_site(db, site_id, {**before, field: value})
        if editable(db, site_id) != before:
            changed += 1  # an edit that changes nothing is no step to undo
    for _ in range(changed):
        records.undo_last(db)
    assert editable(db, site_id) == original
    # what is left to undo is the creation; undoing it too leaves the next example a clean slate
    assert records.last_change(db) == "新建阵地"
    records.undo_last(db)
    assert sites.count_sites(db, sites.SiteFilter()) == 0
