"""coordinator-cli's argument parser in Chinese: argparse's headings (用法, 位置参数, 选项), its -h and its usage
errors, with help text wrapped by display width (a CJK character takes two columns and a line may break
between two of them, not before a closing mark such as ， or ）).  No Qt."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from typing import Any, NoReturn


def display_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


#: a run of spaces, a run of characters that are neither spaces nor wide, or one character
_TOKEN = re.compile(r"\s+|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|.")
_NO_BREAK_BEFORE = frozenset("，。；：、）」』”’！？…》")
_NO_BREAK_AFTER = frozenset("（「『“‘《")


def wrap(text: str, width: int) -> list[str]:
    """``text`` (white space folded) in lines of at most ``width`` columns where it can be broken: at spaces
    and between wide characters. A word longer than the width stands alone on its line."""
    units: list[str] = []
    for token in _TOKEN.findall(" ".join(text.split())):
        glued = (units and not token.isspace() and not units[-1].isspace()
                 and (token[0] in _NO_BREAK_BEFORE or units[-1][-1] in _NO_BREAK_AFTER))
        if glued:
            units[-1] += token
        else:
            units.append(token)
    lines: list[str] = []
    line = ""
    for unit in units:
        if unit.isspace():
            line += " " if line else ""
        elif not line or display_width(line + unit) <= width:
            line += unit
        else:
            lines.append(line.rstrip())
            line = unit
    if line.strip():
        lines.append(line.rstrip())
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout with Chinese headings and CJK-aware wrapping."""

    class _Section(argparse.HelpFormatter._Section):  # type: ignore[name-defined]
        def format_help(self) -> str:
            text: str = super().format_help()
            if self.heading and self.heading is not argparse.SUPPRESS:  # "位置参数:" -> "位置参数："
                text = text.replace(f"{self.heading}:\n", f"{self.heading}：\n", 1)
            return text

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


_USAGE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), chinese) for pattern, chinese in (
    (r"^argument (\S+): (.*)$", r"参数 \1：\2"),
    (r"invalid choice: '(.*)' \(choose from (.*)\)", r"“\1”不是可用的选项，可选：\2"),
    (r"^the following arguments are required: (.*)$", r"缺少参数：\1"),
    (r"^unrecognized arguments: (.*)$", r"无法识别的参数：\1"),
    (r"expected one argument$", r"后面需要跟一个值"),
    (r"^ambiguous option: (\S+) could match (.*)$", r"选项 \1 不明确，可能是：\2"),
    (r"invalid (\w+) value: '(.*)'", r"“\2”不是有效的值"),
))


class ArgumentParser(argparse.ArgumentParser):
    """argparse in Chinese: the help's headings and -h, and the usage errors (exit code 2, as argparse's own).
    Subcommands' parsers are of this class too. The help texts given to it are Chinese already."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        for pattern, chinese in _USAGE_ERRORS:
            message = pattern.sub(chinese, message)
        message = message.replace("'", "")
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：{message}\n运行 {self.prog} -h 查看用法。\n")


def add_location_options(parser: argparse.ArgumentParser, prog: str) -> None:
    """The options that coordinator-app and coordinator-cli share: ``--version``, and where the data is
    (``--data-dir``, ``--database-url``; ``config.resolve_config`` says what they override)."""
    from coordinator_app import __version__

    parser.add_argument("--version", action="version", version=f"{prog} {__version__}", help="显示版本号并退出")
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help="数据文件夹（默认：环境变量 COORDINATOR_DATA_DIR、设置中的文件夹或系统默认位置）")
    parser.add_argument("--database-url", metavar="URL", default=None,
                        help="数据库地址，如 postgresql+psycopg://用户名@服务器/数据库名（默认：环境变量 "
                             "COORDINATOR_DATABASE_URL 或数据文件夹中的 SQLite 文件）")
