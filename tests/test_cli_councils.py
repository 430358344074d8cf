"""coordinator-cli list councils|meetings|appeals|actions on the small demo data: Chinese labels, residents
masked, overdue flags; and the demo data of the councils panel is consistent with the vote rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from coordinator_app import cli
from coordinator_app.config import Settings, resolve_config
from coordinator_app.core.database import open_database
from coordinator_app.core.demo import generate_demo
from coordinator_app.core.models import AgendaItem, Attendance, Meeting
from coordinator_app.core.services import councils
from coordinator_app.core.vote_rules import VoteRules, decide


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-councils")
    db = open_database(resolve_config(data_dir=folder, settings=Settings(user_name="测试员")))
    generate_demo(db, "small")
    db.dispose()
    return folder


def listing(capsys: pytest.CaptureFixture[str], folder: Path, kind: str) -> list[dict]:  # type: ignore[type-arg]
    assert cli.main(["--data-dir", str(folder), "list", kind, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_list_councils_meetings_appeals_actions(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = {kind: listing(capsys, demo_dir, kind) for kind in ("councils", "meetings", "appeals", "actions")}
    assert len(found["councils"]) == 40 and len(found["meetings"]) == 600 and len(found["appeals"]) == 1500
    assert found["actions"]
    assert {c["kind"] for c in found["councils"]} <= {"社区议事会", "共治议事会", "联席会议"}
    assert any(c["overdue"] for c in found["councils"]) and not all(c["overdue"] for c in found["councils"])
    assert {m["status"] for m in found["meetings"]} >= {"计划中", "已归档"}
    appeal = found["appeals"][0]
    assert "*" in appeal["resident"] and (not appeal["phone"] or "****" in appeal["phone"])
    assert any(a["overdue"] for a in found["appeals"])
    assert cli.main(["--data-dir", str(demo_dir), "list", "appeals"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:4] == ["编号", "受理日期", "诉求人", "电话"]


def test_demo_votes_follow_the_councils_rules(demo_dir: Path) -> None:
    db = open_database(resolve_config(data_dir=demo_dir, settings=Settings(user_name="测试员")))
    try:
        with db.read() as session:
            meeting = session.scalars(select(Meeting).where(Meeting.status == "archived").limit(1)).one()
            states = list(session.scalars(select(Attendance.status).where(Attendance.meeting_id == meeting.id)))
            items = list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)))
        members = sum(1 for s in states if s != "observer")
        present = states.count("present")
        assert members == len(councils.list_members(db, meeting.council_id))
        for item in items:
            assert item.outcome == decide(VoteRules(), members, present, item.votes_for).result
    finally:
        db.dispose()
