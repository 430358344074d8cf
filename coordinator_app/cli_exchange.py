"""coordinator-cli import / export / template: Excel in and out from the command line.

    coordinator-cli import KIND FILE.xlsx [--dry-run]   accepted/rejected counts and reasons; exit 1 when
                                                        nothing could be imported
    coordinator-cli export KIND FILE.xlsx [--full]      the whole directory (phones masked unless --full)
    coordinator-cli template KIND FILE.xlsx             a blank template with an example row
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coordinator_app.config import AppConfig

KINDS = ("sites", "people", "units", "appeals", "council_members")
KIND_HELP = ("sites 阵地、people 人员（含角色）、units 共建单位（含资源）、appeals 群众诉求、"
             "council_members 议事会成员（议事会和人员需已在名录中）")


def _open(config: AppConfig) -> Any:
    from coordinator_app.core.database import open_database

    return open_database(config)


def cmd_import(args: argparse.Namespace, config: AppConfig) -> int:
    from coordinator_app.exchange import mappings
    from coordinator_app.exchange.importer import REJECTED, SKIPPED, apply_plan, plan_import

    db = _open(config)
    try:
        plan = plan_import(db, args.kind, args.file, remembered=mappings.load(config.data_dir, args.kind))
        if not args.dry_run:
            apply_plan(db, plan)
    finally:
        db.dispose()
    print(("试导入（未写入数据库）：" if args.dry_run else "导入完成：") + plan.summary())
    for note in plan.notes:
        print(f"注意：{note}")
    for row in plan.rows:
        if row.verdict == REJECTED:
            print(f"第{row.number}行 不导入：{row.reason}")
    skipped = [r for r in plan.rows if r.verdict == SKIPPED and r.reason != "空行"]
    for row in skipped:
        print(f"第{row.number}行 跳过：{row.reason}")
    if plan.accepted == 0:
        print("没有可以导入的行。", file=sys.stderr)
        return 1
    return 0


def cmd_export(args: argparse.Namespace, config: AppConfig) -> int:
    from coordinator_app.exchange.exporter import export_kind
    from coordinator_app.exchange.kinds import kind

    db = _open(config)
    try:
        count = export_kind(db, args.kind, args.file, full=args.full)
    finally:
        db.dispose()
    words = kind(args.kind).personal_words
    print(f"已导出 {count} 条到 {args.file}" + (f"（含完整{words}，已记入修改记录）" if args.full else f"（{words}已部分隐去）"))
    return 0


def cmd_template(args: argparse.Namespace, config: AppConfig) -> int:
    from coordinator_app.exchange.exporter import write_template

    write_template(args.kind, args.file)
    print(f"已生成导入模板：{args.file}")
    return 0


COMMANDS = {"import": cmd_import, "export": cmd_export, "template": cmd_template}


def add_parsers(commands: Any) -> None:
    imp = commands.add_parser("import", help="从 Excel（.xlsx）导入名录",
                              description=f"从 .xlsx 导入名录：{KIND_HELP}。按统一社会信用代码或名称+街道更新已有记录，"
                                          "同一文件导入两次不会重复。没有任何行可导入时退出码为 1。")
    imp.add_argument("kind", choices=KINDS, metavar="KIND", help=KIND_HELP)
    imp.add_argument("file", metavar="FILE.xlsx", help="要导入的 .xlsx 文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出结果，不写入数据库")
    exp = commands.add_parser("export", help="把名录导出为 Excel（.xlsx）",
                              description=f"导出名录：{KIND_HELP}。联系电话默认隐去中间几位。")
    exp.add_argument("kind", choices=KINDS, metavar="KIND", help=KIND_HELP)
    exp.add_argument("file", metavar="FILE.xlsx", help="导出到的 .xlsx 文件")
    exp.add_argument("--full", action="store_true", help="导出完整联系电话（会记入修改记录）")
    tpl = commands.add_parser("template", help="生成空白导入模板（.xlsx）", description=f"生成导入模板：{KIND_HELP}。")
    tpl.add_argument("kind", choices=KINDS, metavar="KIND", help=KIND_HELP)
    tpl.add_argument("file", metavar="FILE.xlsx", help="模板保存到的 .xlsx 文件")
