"""A date far in the future is a mistyped year (2099 for 2026) where the record is of something that has
happened or is about to: an agreement's 签订日期 may be at most a week ahead (a signing arranged for next
week), a docking's start (对接开始日期) at most a month ahead. The message names the field and the date and
nothing is saved; a docking start before 1 October 1949 is refused like every other date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coordinator_app.core.database import Database
from coordinator_app.core.errors import ValidationError
from coordinator_app.core.services import agreements, geography, people, sites

TODAY = date.today()


def _agreement(day: date) -> dict[str, object]:
    return {"unit_id": "u", "street_id": "s", "title": "共建协议", "signed_on": day}


def test_an_agreement_signed_more_than_a_week_ahead_is_refused() -> None:
    agreements.validate_agreement(_agreement(TODAY + timedelta(days=7)))
    for day in (TODAY + timedelta(days=8), date(2099, 1, 1)):
        with pytest.raises(ValidationError) as refused:
            agreements.validate_agreement(_agreement(day))
        assert refused.value.field == "signed_on"
        assert "签订日期" in str(refused.value) and f"{day.year}年{day.month}月{day.day}日" in str(refused.value)


def test_a_docking_starting_more_than_a_month_ahead_or_before_1949_is_refused(db: Database) -> None:
    street = geography.list_streets(db)[0].id
    site = sites.create_site(db, {"name": "北京街社工服务站", "kind": "social_work_station", "street_id": street})
    worker = people.create_person(db, {"name": "陈社工"})
    for day in (date(2099, 3, 1), TODAY + timedelta(days=32), date(1926, 3, 1)):
        with pytest.raises(ValidationError) as refused:
            people.assign_to_site(db, worker, site, start_date=day)
        assert refused.value.field == "start_date"
        assert f"{day.year}年{day.month}月{day.day}日" in str(refused.value)
    assert people.list_assignments(db, site_id=site) == []
    assert people.get_person(db, worker)["roles"] == []
    people.assign_to_site(db, worker, site, start_date=TODAY + timedelta(days=30))
    assert len(people.list_assignments(db, site_id=site)) == 1
