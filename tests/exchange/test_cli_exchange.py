"""coordinator-cli import / export / template."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_dry_run_then_import_then_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "--data-dir", data, "import", "units", str(FIXTURES / "units_libreoffice.xlsx"), "--dry-run")
    assert code == 0 and "试导入" in out and "新增 3 条" in out and "第9行 不导入：街道“火星街”不存在" in out
    code, out, _ = run(capsys, "--data-dir", data, "import", "units", str(FIXTURES / "units_libreoffice.xlsx"))
    assert code == 0 and "导入完成：新增 3 条" in out and "第11行 跳过：合计行" in out
    code, out, _ = run(capsys, "--data-dir", data, "import", "units", str(FIXTURES / "units_libreoffice.xlsx"))
    assert code == 0 and "新增 0 条，更新 0 条，无变化 3 条" in out
    target = tmp_path / "out.xlsx"
    code, out, _ = run(capsys, "--data-dir", data, "export", "units", str(target))
    assert code == 0 and "已导出 3 条" in out and target.is_file()


def test_nothing_importable_exits_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "t.xlsx"
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "data"), "template", "sites", str(template))
    assert code == 0 and template.is_file()
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "data"), "import", "sites", str(bad))
    assert code == 2 and "另存为 .xlsx" in err
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "data"), "import", "people",
                         str(FIXTURES / "sites_libreoffice.xlsx"))
    assert code != 0


def test_export_to_a_missing_folder_says_so_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    for command in ("export", "template"):
        code, out, err = run(capsys, "--data-dir", data, command, "units", str(tmp_path / "nowhere" / "u.xlsx"))
        assert code == 2 and out == ""
        assert "文件夹" in err and "不存在" in err and "Traceback" not in err and "Exception ignored" not in err
    assert not (tmp_path / "nowhere").exists()
