"""Excel in and out at scale: importing 10,000 co-building units with two resources each into an empty
database (read + judge + one transaction with the change log), and exporting the district's 50,000 people.
Targets: each <= 3 s, and within 1.5x of openpyxl alone reading / writing the same cells (the ratio is
reported; for the import, the ratio of reading and judging alone is reported too)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from _common import open_district, report


def _units_file(path: Path, count: int) -> None:
    from openpyxl import Workbook

    from coordinator_app.core import credit_code

    streets = ["北京街", "人民街", "东山街", "农林街", "梅花村街", "黄花岗街", "华乐街", "建设街", "大塘街"]
    book = Workbook()  # the normal mode, as Excel and WPS save: with the sheet's dimension written
    sheet = book.active
    sheet.append(["越秀区共建单位名册"])
    sheet.append(["单位名称", "统一社会信用代码", "单位类别", "所属街道", "所属社区", "地址", "联系人", "联系电话",
                  "慈善联盟成员", "标签", "可提供资源", "备注"])
    for i in range(count):
        first17 = f"91440104{i:09d}"
        sheet.append([f"广州市越秀区第{i}号科技有限公司", first17 + credit_code.check_character(first17), "非公企业",
                      streets[i % len(streets)], "", f"越秀区某路{i}号", "陈明", f"138{i:08d}", "是" if i % 3 else "否",
                      "科技、党建", f"人力：党员志愿者{i % 20}人；场地：会议室{i % 7}", "由社区录入"])
    book.save(path)


def _timed(fn):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def _saved_by_libreoffice(path: Path) -> Path | None:
    """The same workbook saved by LibreOffice Calc, as spreadsheet programs save (text in a shared-string table),
    or None when LibreOffice is not installed."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    out = path.parent / "libreoffice"
    out.mkdir(exist_ok=True)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{path.parent / 'lo-profile'}",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=300)
    return out / path.name


def _import_figures(folder: Path, path: Path, count: int, name: str) -> dict:  # type: ignore[type-arg]
    from openpyxl import load_workbook

    from coordinator_app.config import Settings, resolve_config
    from coordinator_app.core.database import open_database
    from coordinator_app.exchange.importer import apply_plan, plan_import

    def openpyxl_read() -> int:
        book = load_workbook(path, read_only=True, data_only=True)
        n = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        book.close()
        return n

    openpyxl_s, _ = _timed(openpyxl_read)
    db = open_database(resolve_config(data_dir=folder / f"data-{name}", settings=Settings(user_name="benchmark")))
    plan_s, plan = _timed(lambda: plan_import(db, "units", path))
    apply_s, counts = _timed(lambda: apply_plan(db, plan))
    again_s, again = _timed(lambda: plan_import(db, "units", path))
    db.dispose()
    total = plan_s + apply_s
    return {"rows": count, "new": counts["new"], "second_time_unchanged": again.count("same"),
            "openpyxl_read_s": round(openpyxl_s, 2), "read_and_judge_s": round(plan_s, 2),
            "write_s": round(apply_s, 2), "total_s": round(total, 2), "target_s": 3.0,
            "ratio_read_and_judge_vs_openpyxl": round(plan_s / openpyxl_s, 2),
            "ratio_total_vs_openpyxl": round(total / openpyxl_s, 2), "second_preview_s": round(again_s, 2)}


def bench_import(folder: Path, count: int = 10_000) -> dict:  # type: ignore[type-arg]
    """The file as openpyxl writes it (inline strings) and, where LibreOffice is installed, as spreadsheet programs
    save it (shared strings)."""
    path = folder / "units.xlsx"
    _units_file(path, count)
    figures = {"as_openpyxl_writes": _import_figures(folder, path, count, "openpyxl")}
    saved = _saved_by_libreoffice(path)
    if saved is not None:
        figures["as_libreoffice_saves"] = _import_figures(folder, saved, count, "libreoffice")
    return figures


def bench_export(folder: Path) -> dict:  # type: ignore[type-arg]
    from openpyxl import Workbook

    from coordinator_app.exchange.exporter import export_kind
    from coordinator_app.exchange.kinds import PEOPLE, new_context

    db = open_district()
    path = folder / "people.xlsx"
    ours_s, count = _timed(lambda: export_kind(db, "people", path))
    with db.read() as session:
        ctx = new_context(db, PEOPLE, existing=False)
        cells = [[r.get(c.key, "") for c in PEOPLE.columns] for r in PEOPLE.rows(session, ctx, None)]  # type: ignore[misc]

    def openpyxl_write() -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.append(["title"])
        sheet.append([c.header for c in PEOPLE.columns])
        for row in cells:
            sheet.append(row)
        book.save(folder / "plain.xlsx")

    plain_s, _ = _timed(openpyxl_write)
    db.dispose()
    return {"rows": count, "export_s": round(ours_s, 2), "openpyxl_write_s": round(plain_s, 2), "target_s": 3.0,
            "ratio_vs_openpyxl": round(ours_s / plain_s, 2)}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report("excel", {"import_units": bench_import(folder), "export_people": bench_export(folder)})


if __name__ == "__main__":
    main()
