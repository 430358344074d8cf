"""coordinator-cli print KIND ID --out FILE.pdf"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfcheck import check, table_cells

from coordinator_app import cli
from coordinator_app.config import AppConfig
from coordinator_app.core.database import Database


def run(app_config: AppConfig, *args: str) -> int:
    return cli.main(["--data-dir", str(app_config.data_dir), *args])


def test_print_the_directory_and_the_notice(db: Database, street: dict, app_config: AppConfig, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "一览表.pdf"
    assert run(app_config, "print", "site-directory", street["id"], "--out", str(out)) == 0
    assert "已生成《北京街道党群服务阵地一览表》" in capsys.readouterr().out
    check(out.read_bytes())
    assert ["流水井社区人大代表联络站"] == [r[1] for r in table_cells(out.read_bytes()) if r[1].startswith("流水井")]
    out = tmp_path / "公告.pdf"
    start = street["start"].isoformat()
    assert run(app_config, "print", "reception-notice", street["id"], "--out", str(out), "--issued", "2026-11-27",
               "--from", start, "--full-numbers") == 0
    assert check(out.read_bytes())[0].text.endswith("2026年11月27日")
    assert "13812345678" in [r[3] for r in table_cells(out.read_bytes())]


@pytest.mark.parametrize(("args", "message"), [
    (["print", "site-directory", "nope"], "找不到编号为“nope”的街道"),
    (["print", "reception-notice", "nope"], "找不到编号为“nope”的街道或阵地"),
    (["print", "minutes", "nope"], "没有“minutes”这种文档"),
])
def test_unknown_ids_and_kinds_are_refused_in_chinese(db: Database, app_config: AppConfig, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str], args: list[str],
                                                       message: str) -> None:
    out = tmp_path / "x.pdf"
    assert run(app_config, *args, "--out", str(out)) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_a_bad_date_is_a_usage_error(app_config: AppConfig, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(app_config, "print", "reception-notice", "x", "--from", "12月1日", "--out", str(tmp_path / "x.pdf")) == 2
    assert "不是日期" in capsys.readouterr().err
