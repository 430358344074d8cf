"""The 统一社会信用代码 validator (GB 32100-2015): codes built with a correct check character pass, every
single-character change and every swap of two different neighbours is caught, user typing is normalised."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordinator_app.core import credit_code
from coordinator_app.core.errors import ValidationError

ALPHABET = credit_code.ALPHABET
AUTHORITY_KINDS = sorted((a, k) for a, kinds in credit_code.AUTHORITY_KINDS.items() for k in kinds)


@st.composite
def valid_codes(draw) -> str:  # type: ignore[no-untyped-def]
    authority, kind = draw(st.sampled_from(AUTHORITY_KINDS))
    region = draw(st.text(alphabet="0123456789", min_size=6, max_size=6))
    organisation = draw(st.text(alphabet=ALPHABET, min_size=9, max_size=9))
    first17 = authority + kind + region + organisation
    return first17 + credit_code.check_character(first17)


def test_published_examples() -> None:
    assert credit_code.is_valid("91350100M000100Y43")
    assert credit_code.is_valid("91110000600037341L")
    assert not credit_code.is_valid("91350100M000100Y44")


@given(valid_codes())
def test_codes_with_a_correct_check_character_are_accepted(code: str) -> None:
    assert credit_code.problem(code) is None
    assert credit_code.check(code) == code


@given(valid_codes(), st.integers(min_value=0, max_value=17), st.sampled_from(ALPHABET))
def test_changing_one_character_is_caught(code: str, position: int, replacement: str) -> None:
    mutated = code[:position] + replacement + code[position + 1:]
    if mutated == code:
        return
    assert not credit_code.is_valid(mutated)
    with pytest.raises(ValidationError) as error:
        credit_code.check(mutated)
    assert error.value.field == "credit_code"
    assert "统一社会信用代码" in error.value.message


@given(valid_codes(), st.integers(min_value=8, max_value=16))
def test_swapping_two_neighbours_is_caught(code: str, position: int) -> None:
    if code[position] == code[position + 1]:
        return
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2:]
    assert not credit_code.is_valid(swapped)


@given(valid_codes())
def test_typing_is_normalised(code: str) -> None:
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in code.lower())
    spaced = f" {full_width[:6]}　{full_width[6:]} "
    assert credit_code.check(spaced) == code


@pytest.mark.parametrize(("raw", "words"), [
    ("9135010", "应为18位"),
    ("91350100M000100YO3", "不允许的字符“O”"),
    ("X1350100M000100Y43", "登记管理部门代码"),
    ("9A350100M000100Y43", "机构类别代码"),
    ("913501A0M000100Y43", "行政区划代码"),
    ("91350100M000100Y44", "校验位不符"),
])
def test_messages_say_what_is_wrong(raw: str, words: str) -> None:
    with pytest.raises(ValidationError) as error:
        credit_code.check(raw)
    assert words in error.value.message


def test_empty_is_allowed_unless_required() -> None:
    assert credit_code.check("  ") == ""
    with pytest.raises(ValidationError):
        credit_code.check("", required=True)
