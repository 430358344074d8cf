"""coordinator-cli, run in-process with its own data folder: version, demo, listings, check, exit codes."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app import __version__, cli
from coordinator_app.config import DATABASE_FILE_NAME, Settings, resolve_config, sqlite_url
from coordinator_app.core.database import open_database
from coordinator_app.core.demo import generate_demo
from coordinator_app.core.formatting import mask_phone
from coordinator_app.core.services import people, receptions, sites
from coordinator_app.core.vocab import PERSON_ROLES, SITE_KINDS


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() points the root logger at the data folder's file; put it back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database made once per module; each test gets its own copy."""
    folder = tmp_path_factory.mktemp("cli-demo")
    db = open_database(resolve_config(data_dir=folder, database_url=sqlite_url(folder / DATABASE_FILE_NAME),
                                      settings=Settings(user_name="测试员")))
    generate_demo(db, "small")
    db.dispose()
    return folder / DATABASE_FILE_NAME


@pytest.fixture
def demo_dir(data_dir: Path, demo_template: Path) -> Path:
    data_dir.mkdir(parents=True)
    source, target = sqlite3.connect(demo_template), sqlite3.connect(db_file(data_dir))
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return data_dir


def db_file(folder: Path) -> Path:
    return folder / "coordinator.sqlite3"


def open_db(folder: Path):  # type: ignore[no-untyped-def]
    return open_database(resolve_config(data_dir=folder, settings=Settings(user_name="测试员")))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"coordinator-cli {__version__}" == "coordinator-cli 0.1.0"


def test_module_entry_point(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "coordinator_app.cli", "--version"], capture_output=True,
                            text=True, cwd=Path(__file__).resolve().parents[1], timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "coordinator-cli 0.1.0"


def test_demo_fills_the_database_once(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "demo", "--scale", "small")
    assert code == 0 and out.startswith("已载入演示数据（小规模）")
    demo_dir = data_dir
    db = open_db(demo_dir)
    try:
        site_count = sites.count_sites(db, sites.SiteFilter())
        assert people.count_people(db, people.PersonFilter()) == 3000
        assert receptions.count_receptions(db) == 2000
    finally:
        db.dispose()
    # a second load is refused with the reason, exit code 2, and nothing changes
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "demo", "--scale", "small")
    assert code == 2 and out == ""
    assert "空数据库" in err
    db = open_db(demo_dir)
    try:
        assert sites.count_sites(db, sites.SiteFilter()) == site_count
    finally:
        db.dispose()


def test_demo_summary_line(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "demo")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1
    assert re.search(r"18个街道、220个社区、\d{3}个阵地.*3,000名人员.*2,000次接访、\d+家共建单位（\d+份共建协议）、"
                     r"\d+个议事会、\d+次会议（[\d,]+个议题）、[\d,]+件群众诉求，用时\d+\.\d秒。", lines[0])


def test_list_sites_as_json(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", "sites", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    db = open_db(demo_dir)
    try:
        assert len(rows) == sites.count_sites(db, sites.SiteFilter())
    finally:
        db.dispose()
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["kind"] for r in rows} == set(SITE_KINDS.values())  # Chinese labels
    assert {r["kind_code"] for r in rows} == set(SITE_KINDS)
    assert "社工服务站" in out  # not escaped (ensure_ascii=False)
    station = next(r for r in rows if r["name"] == "北京街社工服务站")
    assert station["street"] == "北京街" and station["kind"] == "社工服务站"


def test_list_people_as_a_table(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", "people", "--format", "table")
    assert code == 0
    lines = out.splitlines()
    header = lines[0]
    assert header.split() == ["编号", "姓名", "联系电话", "党员", "角色", "特长", "对接阵地"]
    assert set(lines[1]) == {"-", " "}
    assert lines[-1] == "共 3,000 条。"
    body = lines[2:-1]
    assert len(body) == 3000
    # columns line up on screen: CJK characters are two columns wide
    phone_column = cli.display_width(header[:header.index("联系电话")])
    role_column = cli.display_width(header[:header.index("角色")])
    checked = 0
    for line in body:
        phone = re.search(r"(?<= )1[3-9]\d{9}(?= )", line)
        if phone:
            assert cli.display_width(line[:phone.start()]) == phone_column, line
            checked += 1
    assert checked > 2500
    labels = set(PERSON_ROLES.values())
    with_roles = [line for line in body if any(label in line for label in labels)]
    assert len(with_roles) > 2000
    for line in with_roles[:200]:
        first_label = min(line.index(label) for label in labels if label in line)
        assert cli.display_width(line[:first_label]) == role_column, line


def test_list_people_json_has_role_labels_and_masking(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", "people", "--format", "json", "--mask-phones")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 3000
    labels = {label for r in rows for label in r["roles"]}
    assert labels == set(PERSON_ROLES.values())
    assert all(r["roles"] == [PERSON_ROLES[c] for c in r["role_codes"]] for r in rows)
    phones = [r["phone"] for r in rows if r["phone"]]
    assert phones and all(re.fullmatch(r"1\d\d\*{4}\d{4}", p) for p in phones)


def test_list_other_kinds(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def listing(kind: str) -> list[dict[str, object]]:
        code, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", kind, "--format", "json")
        assert code == 0
        return json.loads(out)

    streets = listing("streets")
    assert [s["name"] for s in streets][:3] == ["北京街", "人民街", "东山街"] and len(streets) == 18
    assert sum(int(s["communities"]) for s in streets) == 220  # type: ignore[call-overload]
    communities = listing("communities")
    assert len(communities) == 220 and all(str(c["name"]).endswith("社区") for c in communities)
    held = listing("receptions")
    assert len(held) == 2000
    assert [r["held_at"] for r in held] == sorted((r["held_at"] for r in held), reverse=True)
    assert all(r["hosts"] for r in held)


def test_list_on_an_empty_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "sites", "--format", "json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "receptions")
    assert code == 0
    assert out.splitlines()[0].split() == ["编号", "接访时间", "阵地", "街道", "来访人数", "接访人员", "反映问题",
                                           "跟进情况"]
    assert out.splitlines()[-1] == "共 0 条。"


def test_data_dir_from_the_environment(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COORDINATOR_DATA_DIR", str(data_dir))
    code, _, _ = run(capsys, "list", "streets")
    assert code == 0
    assert db_file(data_dir).exists()


def test_check_passes_on_a_good_database(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "check")
    assert code == 0
    assert out.strip() == "检查通过：数据库完整，外键无误，迁移版本 0001（最新）。" or (
        out.startswith("检查通过：数据库完整，外键无误，迁移版本 ") and out.strip().endswith("（最新）。"))


def test_check_finds_a_broken_foreign_key(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(db_file(demo_dir))
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO room (id, created_at, updated_at, deleted_at, site_id, name, capacity, purpose, notes) "
                 "VALUES ('orphan-room', '2026-01-01 00:00:00', '2026-01-01 00:00:00', NULL, 'no-such-site', "
                 "'孤立的功能室', NULL, '', '')")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "check")
    assert code == 1
    assert out.startswith("检查未通过：") and "外键错误 1 处" in out and "room" in out


def test_check_finds_sites_of_a_deleted_street(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(db_file(demo_dir))
    conn.execute("UPDATE street SET deleted_at = '2026-01-01 00:00:00' WHERE name = '北京街'")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "check")
    assert code == 1
    assert "个阵地所属的街道已被删除" in out and "个社区所属的街道已被删除" in out


def test_check_reports_a_newer_database_without_touching_it(data_dir: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--data-dir", str(data_dir), "list", "streets")
    conn = sqlite3.connect(db_file(data_dir))
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 1 and "9999_future" in out
    # the other commands refuse it with the core's message and exit code 2
    code, out, err = run(capsys, "--data-dir", str(data_dir), "list", "sites")
    assert code == 2 and out == "" and "更新版本" in err
    conn = sqlite3.connect(db_file(data_dir))
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_future"
    conn.close()


def test_check_does_not_create_a_missing_database(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "check")
    assert code == 1 and "数据库文件不存在" in out
    assert not db_file(data_dir).exists()


def test_unknown_kind_is_a_usage_error(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "list", "volunteers")
    assert code == 2
    assert "“volunteers”不是可用的选项" in err and "sites" in err and "invalid choice" not in err
    assert not db_file(data_dir).exists()  # nothing was opened
    assert run(capsys)[0] == 2  # no command at all
    code, _, err = run(capsys, "--data-dir", str(data_dir), "print", "site-directory")
    assert code == 2 and "缺少参数：ID, --out" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "list", "sites", "--format")
    assert code == 2 and "参数 --format：后面需要跟一个值" in err
    assert not db_file(data_dir).exists()


def test_unexpected_errors_are_logged_with_their_traceback(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(_args: object, _config: object) -> int:
        raise RuntimeError("磁盘出了怪事")

    monkeypatch.setitem(cli.COMMANDS, "list", explode)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "list", "sites")
    assert code == 3 and out == ""
    log_file = data_dir / "coordinator.log"
    assert "抱歉" in err and str(log_file) in err
    assert "Traceback" not in err
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: 磁盘出了怪事" in logged


def test_print_to_a_missing_folder_or_a_folder_is_a_usage_error(demo_dir: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "list", "streets", "--format", "json")
    street = json.loads(out)[0]["id"]
    for target, words in ((tmp_path / "nowhere" / "a.pdf", "不存在"), (tmp_path, "是一个文件夹")):
        code, out, err = run(capsys, "--data-dir", str(demo_dir), "print", "site-directory", street, "--out", str(target))
        assert code == 2 and out == "" and words in err and "意外错误" not in err


def test_table_helpers() -> None:
    assert cli.display_width("北京街abc") == 9
    assert cli.clip("两代表一委员工作室", 9) == "两代表一…"
    assert cli.display_width(cli.clip("两代表一委员工作室", 9)) <= 9
    assert cli.clip("short", 9) == "short"
    assert mask_phone("13812345678、020-83001234") == "138****5678、020*****1234"
    assert mask_phone("") == ""


@pytest.mark.postgres
def test_check_on_postgresql(pg_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    url = pg_db.engine.url.render_as_string(hide_password=False)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "pg"), "--database-url", url, "check")
    assert code == 0, out
    assert out.startswith("检查通过：") and "postgresql" in out and "引用无误" in out


def test_list_agreements_shows_an_agreement_past_its_end_as_expired(data_dir: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date, timedelta

    from coordinator_app.core.services import agreements, geography, units

    db = open_db(data_dir)
    try:
        street = geography.list_streets(db)[0].id
        unit = units.create_unit(db, {"name": "某某公司", "category": "non_public", "street_id": street})
        today = date.today()
        for title, until in (("昨天到期", today - timedelta(days=1)), ("今天到期", today)):
            agreements.save_agreement(db, {"unit_id": unit, "street_id": street, "title": title,
                                           "signed_on": today - timedelta(days=365), "valid_until": until})
    finally:
        db.dispose()
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list", "agreements", "--format", "json")
    assert code == 0
    assert {a["title"]: a["status"] for a in json.loads(out)} == {"昨天到期": "已到期", "今天到期": "有效"}
