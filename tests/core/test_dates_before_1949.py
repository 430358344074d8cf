"""A date before 1 October 1949 is a mistyped year (1926 for 2026): the services refuse it, naming the field and
the date, for an appeal's 受理日期, an agreement's 签订日期, a contact's 对接日期, a meeting's time and a
reception's time; 1 October 1949 itself is accepted."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coordinator_app.core.errors import ValidationError
from coordinator_app.core.services import agreements, appeals, meetings, receptions, units_parts

MISTYPED = date(1926, 11, 27)
FIRST = date(1949, 10, 1)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 30)


CASES = [
    ("received_on", lambda d: appeals.validate_appeal({"channel": "hotline", "content": "楼道照明", "street_id": "s",
                                                       "received_on": d})),
    ("signed_on", lambda d: agreements.validate_agreement({"unit_id": "u", "street_id": "s", "title": "共建协议",
                                                           "signed_on": d})),
    ("contacted_on", lambda d: units_parts.validate_contact({"unit_id": "u", "contacted_on": d, "summary": "走访"})),
    ("starts_at", lambda d: meetings.validate_meeting({"council_id": "c", "starts_at": _at(d)})),
    ("held_at", lambda d: receptions.validate_reception({"site_id": "s", "held_at": _at(d)})),
]


@pytest.mark.parametrize(("field", "validate"), CASES, ids=[field for field, _v in CASES])
def test_a_date_before_1949_is_refused_with_the_field_and_the_date(field, validate) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        validate(MISTYPED)
    assert refused.value.field == field
    assert "1926年11月27日" in str(refused.value) and "1949年10月1日" in str(refused.value)
    validate(FIRST)
