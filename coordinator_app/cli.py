"""coordinator-cli: demo data, listings and a database check from the command line (no Qt).

    coordinator-cli [--data-dir DIR] [--database-url URL] demo --scale small|district
    coordinator-cli list streets|communities|sites|people|receptions|units|resources|agreements|needs [--format table|json]
    coordinator-cli check
    coordinator-cli print KIND ID --out FILE.pdf [--from DATE] [--to DATE] [--issued DATE] [--full-numbers]
    coordinator-cli import KIND FILE.xlsx [--dry-run] | export KIND FILE.xlsx [--full] | template KIND FILE.xlsx

Exit codes: 0 success; 1 the check found problems; 2 a usage error or a message for the user (bad input,
a database this version cannot open, …); 3 an unexpected error (written with its traceback to the log
file in the data folder); 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from coordinator_app import cli_councils, cli_exchange, cli_units
from coordinator_app.cli_parser import ArgumentParser, add_location_options, display_width
from coordinator_app.config import AppConfig, resolve_config
from coordinator_app.core.formatting import mask_phone

log = logging.getLogger("coordinator_app.cli")

PAGE = 2000
#: widest table cell, in terminal columns (CJK characters count two)
MAX_CELL = 40
KINDS = ("streets", "communities", "sites", "people", "receptions", *cli_councils.KINDS, *cli_units.KINDS)


# --- output ------------------------------------------------------------------------------------------

def clip(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` columns, ending with … when cut."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


class TableWriter:
    """Aligned columns, written page by page: the widths come from the header and the first page (long
    cells are cut at ``MAX_CELL`` columns; a later, longer cell widens only its own row)."""

    def __init__(self, out: TextIO, headers: list[str]) -> None:
        self.out = out
        self.headers = headers
        self.widths: list[int] | None = None
        self.count = 0

    def _line(self, cells: list[str]) -> str:
        assert self.widths is not None
        last = len(cells) - 1
        return "  ".join(c if i == last else pad(c, w) for i, (c, w) in enumerate(zip(cells, self.widths, strict=True)))

    def write(self, rows: list[list[str]]) -> None:
        rows = [[clip(c.replace("\n", " "), MAX_CELL) for c in row] for row in rows]
        if self.widths is None:
            self.widths = [max([display_width(h)] + [display_width(r[i]) for r in rows])
                           for i, h in enumerate(self.headers)]
            self.out.write(self._line(self.headers).rstrip() + "\n")
            self.out.write("  ".join("-" * w for w in self.widths) + "\n")
        for row in rows:
            self.out.write(self._line(row).rstrip() + "\n")
        self.count += len(rows)

    def close(self) -> None:
        if self.widths is None:
            self.write([])
        self.out.write(f"共 {self.count:,} 条。\n")


class JsonWriter:
    """A JSON array, one object per line, written as the rows come."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def write(self, objects: list[dict[str, Any]]) -> None:
        for obj in objects:
            self.out.write(("[\n" if self.count == 0 else ",\n") + json.dumps(obj, ensure_ascii=False))
            self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")


# --- listings ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    key: str
    header: str
    #: how the JSON value shows in a table cell
    cell: Callable[[Any], str] = str


def _joined(values: Any) -> str:
    return "、".join(values)


def _yes_no(value: Any) -> str:
    return "是" if value else "否"


def _when(value: Any) -> str:
    return value.replace("T", " ") if isinstance(value, str) else str(value)


COLUMNS: dict[str, list[Column]] = {
    "streets": [Column("id", "编号"), Column("name", "街道"), Column("communities", "社区数")],
    "communities": [Column("id", "编号"), Column("name", "社区"), Column("street", "所属街道")],
    "sites": [Column("id", "编号"), Column("name", "名称"), Column("kind", "类型"), Column("street", "街道"),
              Column("community", "社区"), Column("address", "地址"), Column("phone", "联系电话"),
              Column("operator", "运营机构")],
    "people": [Column("id", "编号"), Column("name", "姓名"), Column("phone", "联系电话"),
               Column("party_member", "党员", _yes_no), Column("roles", "角色", _joined),
               Column("skills", "特长"), Column("sites", "对接阵地", _joined)],
    "receptions": [Column("id", "编号"), Column("held_at", "接访时间", _when), Column("site", "阵地"),
                   Column("street", "街道"), Column("visitor_count", "来访人数"), Column("hosts", "接访人员", _joined),
                   Column("topics", "反映问题"), Column("follow_up", "跟进情况")],
}

COLUMNS.update(cli_councils.columns(Column, _yes_no))
COLUMNS.update(cli_units.columns(Column, _yes_no))


def _pages(fetch: Callable[[int, int], list[Any]]) -> Iterator[list[Any]]:
    offset = 0
    while True:
        page = fetch(offset, PAGE)
        if page:
            yield page
        if len(page) < PAGE:
            return
        offset += len(page)


def _records(db: Any, kind: str) -> Iterator[list[dict[str, Any]]]:
    """Pages of JSON-ready objects (Chinese labels for codes, ISO dates)."""
    from coordinator_app.core.services import geography, people, receptions, sites
    from coordinator_app.core.vocab import PERSON_ROLES, SITE_KINDS, label

    if kind == "streets":
        yield [{"id": s.id, "name": s.name, "communities": len(geography.list_communities(db, s.id))}
               for s in geography.list_streets(db)]
    elif kind == "communities":
        for street in geography.list_streets(db):
            yield [{"id": c.id, "name": c.name, "street": street.name}
                   for c in geography.list_communities(db, street.id)]
    elif kind == "sites":
        for page in _pages(lambda offset, limit: sites.list_sites(db, sites.SiteFilter(), offset, limit)):
            yield [{"id": r.id, "name": r.name, "kind": label(SITE_KINDS, r.kind), "kind_code": r.kind,
                    "street": r.street_name, "community": r.community_name, "address": r.address, "phone": r.phone,
                    "operator": r.operator} for r in page]
    elif kind == "people":
        for page in _pages(lambda offset, limit: people.list_people(db, people.PersonFilter(), offset, limit)):
            yield [{"id": r.id, "name": r.name, "phone": r.phone, "party_member": r.is_party_member,
                    "roles": [label(PERSON_ROLES, code) for code in r.roles], "role_codes": list(r.roles),
                    "skills": r.skills, "sites": list(r.sites)} for r in page]
    elif kind == "receptions":
        for page in _pages(lambda offset, limit: receptions.list_receptions(db, offset, limit)):
            yield [{"id": r.id, "held_at": r.held_at.isoformat(timespec="minutes"), "site": r.site_name,
                    "site_id": r.site_id, "street": r.street_name, "visitor_count": r.visitor_count,
                    "hosts": list(r.hosts), "topics": r.topics, "follow_up": r.follow_up} for r in page]
    elif kind in cli_councils.KINDS:
        yield from cli_councils.records(db, kind, _pages)
    elif kind in cli_units.KINDS:
        yield from cli_units.records(db, kind, _pages)
    else:  # argparse has checked the choice
        raise AssertionError(kind)


def write_listing(pages: Iterable[list[dict[str, Any]]], kind: str, fmt: str, out: TextIO,
                  mask: bool = False) -> int:
    columns = COLUMNS[kind]
    writer: TableWriter | JsonWriter = JsonWriter(out) if fmt == "json" else TableWriter(out, [c.header for c in columns])
    for page in pages:
        if mask:
            for obj in page:
                if "phone" in obj:
                    obj["phone"] = mask_phone(obj["phone"])
        if isinstance(writer, JsonWriter):
            writer.write(page)
        else:
            writer.write([[c.cell(obj[c.key]) for c in columns] for obj in page])
    writer.close()
    return writer.count


# --- commands ----------------------------------------------------------------------------------------

def _open(config: AppConfig) -> Any:
    from coordinator_app.core.database import open_database

    return open_database(config)


def cmd_demo(args: argparse.Namespace, config: AppConfig) -> int:
    from coordinator_app.core.demo import generate_demo

    progress = None
    # a progress line on a terminal, overwritten in place (spaces rather than ANSI codes: old Windows consoles)
    blank = "\r" + " " * 40 + "\r"
    if sys.stderr.isatty():
        def progress(done: int, total: int, message: str) -> None:
            share = f"{done * 100 // total:3d}%" if total else "    "
            sys.stderr.write(f"{blank}{share} {message}")
            sys.stderr.flush()

    db = _open(config)
    try:
        summary = generate_demo(db, args.scale, progress=progress)
    finally:
        if progress is not None:
            sys.stderr.write(blank)
        db.dispose()
    log.info("demo data loaded into %s: %s", config.database_url, summary)
    print(summary.describe())
    return 0


def cmd_list(args: argparse.Namespace, config: AppConfig) -> int:
    db = _open(config)
    try:
        write_listing(_records(db, args.kind), args.kind, args.format, sys.stdout, mask=args.mask_phones)
    finally:
        db.dispose()
    return 0


def cmd_check(args: argparse.Namespace, config: AppConfig) -> int:
    from coordinator_app.core.checks import check_database

    report = check_database(config)
    verdict = report.verdict()
    log.info("check %s: %s", config.database_url, verdict)
    print(verdict)
    return 0 if report.ok else 1


def _date(text: str) -> Any:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期，请写成 2026-12-01 的样子。") from None


def cmd_print(args: argparse.Namespace, config: AppConfig) -> int:
    from coordinator_app.config import Settings
    from coordinator_app.core.files import check_writable, write_atomically
    from coordinator_app.printing.fonts import font_set
    from coordinator_app.printing.kinds import Options, build_pdf

    out = check_writable(args.out)  # before the work, not after it
    db = _open(config)
    try:
        fonts = font_set(config.data_dir, Settings.load().font_dir or None)
        options = Options(start=args.start, end=args.end, issued_on=args.issued, full_numbers=args.full_numbers)
        document, pdf = build_pdf(db, args.kind, args.id, fonts, options)
    finally:
        db.dispose()
    write_atomically(out, lambda tmp: tmp.write_bytes(pdf))
    for warning in [*fonts.warnings, *document.warnings]:
        print(f"注意：{warning}", file=sys.stderr)
    print(f"已生成《{document.title}》：{out}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, AppConfig], int]] = {
    "demo": cmd_demo, "list": cmd_list, "check": cmd_check, "print": cmd_print, **cli_exchange.COMMANDS,
}


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="coordinator-cli", description="街道党建工作台命令行工具：载入演示数据、列出记录、检查数据库。",
        epilog="退出码：0 成功；1 检查发现问题；2 用法或输入有误；3 意外错误（详情见数据文件夹中的日志）。",
    )
    add_location_options(parser, "coordinator-cli")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser("demo", help="在空数据库中载入演示数据", description="在空数据库中载入演示数据。")
    demo.add_argument("--scale", choices=("small", "district"), default="small",
                      help="small：约3,000人、600个阵地（默认）；district：5万人、1,000多个阵地、2万多次接访")

    listing = commands.add_parser("list", help="列出街道、社区、阵地、人员或接访记录",
                                  description="列出记录：streets 街道、communities 社区、sites 阵地、people 人员、"
                                              "receptions 接访。")
    listing.add_argument("kind", choices=KINDS, metavar="KIND", help="、".join(KINDS))
    listing.add_argument("--format", choices=("table", "json"), default="table",
                         help="table：对齐的文本表格（默认）；json：JSON 数组")
    listing.add_argument("--mask-phones", action="store_true", help="隐去电话号码中间几位（如 138****5678）")

    commands.add_parser("check", help="检查数据库完整性、外键和迁移版本",
                        description="检查数据库完整性、外键、引用和迁移版本，不修改数据库。全部通过时退出码为 0。")

    from coordinator_app.printing.kinds import KINDS as PRINT_KINDS

    printing = commands.add_parser(
        "print", help="生成可打印的 PDF 文档（公告、一览表等）",
        description="生成 PDF 文档：" + "；".join(f"{k.code} {k.label}，ID 为{k.target}" for k in PRINT_KINDS.values())
                    + "。电话号码中的手机号默认隐去中间几位。")
    printing.add_argument("kind", metavar="KIND", help="、".join(PRINT_KINDS))
    printing.add_argument("id", metavar="ID", help="记录编号（见 coordinator-cli list）")
    printing.add_argument("--out", required=True, metavar="FILE.pdf", help="输出的 PDF 文件")
    printing.add_argument("--from", dest="start", type=_date, default=None, metavar="DATE",
                          help="公告的起始日期（默认：发布日期3天后）")
    printing.add_argument("--to", dest="end", type=_date, default=None, metavar="DATE", help="公告的结束日期")
    printing.add_argument("--issued", type=_date, default=None, metavar="DATE", help="发布日期（默认：今天）")
    printing.add_argument("--full-numbers", action="store_true", help="显示完整的手机号码（默认隐去中间几位）")
    cli_exchange.add_parsers(commands)
    return parser


def _quiet_stdout() -> None:
    """After a closed pipe (``… | head``) let the interpreter exit without another error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors (argparse printed them)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    config: AppConfig | None = None
    log_file: Path | None = None
    try:
        from coordinator_app.core.logs import setup_logging

        config = resolve_config(args.data_dir, args.database_url)
        setup_logging(config.log_file)
        log_file = config.log_file
        return COMMANDS[args.command](args, config)
    except KeyboardInterrupt:
        print("已中断，数据库未作改动。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        from coordinator_app.core.errors import CoordinatorError

        if isinstance(exc, CoordinatorError):
            print(exc.message, file=sys.stderr)
            return 2
        if log_file is not None:
            log.exception("coordinator-cli %s failed", args.command)
            print(f"抱歉，程序出现意外错误（{exc.__class__.__name__}），未能完成。详细信息已写入日志文件：{log_file}",
                  file=sys.stderr)
        else:
            print(f"抱歉，程序出现意外错误（{exc.__class__.__name__}），未能完成，也无法写入日志文件：",
                  file=sys.stderr)
            traceback.print_exc()
        return 3


if __name__ == "__main__":
    raise SystemExit(main())
