"""coordinator-cli's and coordinator-app's help and usage errors are Chinese: argparse's own words (usage,
positional arguments, options, show this help message and exit) are not left in any command's help."""

from __future__ import annotations

import argparse
import re

import pytest

from coordinator_app import cli
from coordinator_app.cli_parser import display_width, wrap
from coordinator_app.printing.kinds import KINDS as PRINT_KINDS

#: names a Chinese user types or sees as they are: file types, formats, the environment's variables, and the
#: value "all" that print takes for a whole district
TECHNICAL = ("PDF", "Excel", "xlsx", "JSON", "SQLite", "COORDINATOR_DATA_DIR", "COORDINATOR_DATABASE_URL",
             "postgresql+psycopg", "all", "coordinator-cli")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {"": parser, **sub.choices}


def _allowed(parser: argparse.ArgumentParser) -> set[str]:
    """What may stay English in ``parser``'s help: its command names, option names, metavars and choices."""
    names = set(TECHNICAL) | set(_commands()) | set(PRINT_KINDS)
    for action in parser._actions:
        names.update(action.option_strings)
        if isinstance(action.metavar, str):
            names.add(action.metavar)
        names.update(str(choice) for choice in action.choices or ())
    return names - {""}


def _english_words(text: str, allowed: set[str]) -> list[str]:
    for name in sorted(allowed, key=len, reverse=True):
        text = re.sub(rf"(?<![\w+-]){re.escape(name)}(?![\w+-])", " ", text)
    return re.findall(r"[A-Za-z]+", text)


@pytest.mark.parametrize("command", list(_commands()))
def test_every_help_is_chinese(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main([command, "--help"] if command else ["--help"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert out.startswith(f"用法：coordinator-cli {command}".rstrip())
    assert "选项：\n  -h, --help" in out and "显示本帮助并退出" in out
    assert _english_words(out, _allowed(_commands()[command])) == [], out


#: a Chinese character (CJK ideographs, extension A and compatibility ideographs)
HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@pytest.mark.parametrize("command", list(_commands()))
def test_brackets_in_chinese_help_are_full_width(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """“从 Excel（.xlsx）导入名录”, not “从 Excel (.xlsx) 导入名录”: a line of help in Chinese takes full-width
    brackets (the usage lines, argparse's syntax, are left out)."""
    cli.main([command, "--help"] if command else ["--help"])
    _usage, _blank, help_text = capsys.readouterr().out.partition("\n\n")
    wrong = [line.strip() for line in help_text.splitlines() if HANZI.search(line) and re.search(r"[()]", line)]
    assert wrong == []


def test_the_gui_help_is_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """coordinator-app's own --help (the GUI's options) goes through the same Chinese parser."""
    from coordinator_app.ui.app import build_parser as gui_parser
    from coordinator_app.ui.app import parse_args

    with pytest.raises(SystemExit) as exit_:
        parse_args(["coordinator-app", "--help"])
    out, err = capsys.readouterr()
    assert exit_.value.code in (0, None) and err == ""
    assert out.startswith("用法：coordinator-app")
    assert "选项：\n  -h, --help" in out and "显示本帮助并退出" in out and "显示版本号并退出" in out
    assert _english_words(out, _allowed(gui_parser()) | {"coordinator-app"}) == [], out


def test_the_gui_keeps_qt_options_and_refuses_a_bad_one_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    from coordinator_app.ui.app import parse_args

    args = parse_args(["coordinator-app", "--data-dir", "/tmp/d", "-platform", "offscreen"])
    assert args.data_dir == "/tmp/d" and args.database_url is None
    with pytest.raises(SystemExit) as exit_:
        parse_args(["coordinator-app", "--database-url"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.startswith("用法：coordinator-app") and "参数 --database-url：后面需要跟一个值" in err
    assert "usage" not in err and "expected" not in err


def test_the_test_finds_english() -> None:
    parser = _commands()["list"]
    assert _english_words("usage: list [-h] KIND\n\npositional arguments:\n  KIND  sites", _allowed(parser)) == \
        ["usage", "positional", "arguments"]


def test_a_usage_error_shows_the_usage_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：coordinator-cli list") and "缺少参数：KIND" in err and "usage" not in err


def test_help_lines_are_wrapped_by_display_width() -> None:
    text = ("从 .xlsx 导入名录：sites 阵地、people 人员（含角色）、units 共建单位（含资源）、appeals 群众诉求、"
            "council_members 议事会成员（议事会和人员需已在名录中）。")
    lines = wrap(text, 30)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(display_width(line) <= 30 for line in lines), lines
    assert not any(line[0] in "，。、；：）" for line in lines), lines
    assert not any(line.endswith("（") for line in lines), lines
    assert "council_members" in " ".join(lines).split()  # a word is never split
    assert wrap("a-very-long-option-name 说明", 10) == ["a-very-long-option-name", "说明"]
