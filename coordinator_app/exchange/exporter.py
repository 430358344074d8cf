"""Export: a directory (or the rows of a filtered list) as an .xlsx with a title row (street, date), Chinese
headers, a frozen header, sensible widths, phone and code columns as text and no cell a spreadsheet would
run as a formula; personal data masked unless full values are asked for (the change log records such an
export). Blank templates with the header the importer expects and an example row; the rejected rows of an
import with a reason column."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from ..core.database import Database
from ..core.errors import Cancelled
from ..core.files import check_writable, write_atomically
from ..core.formatting import chinese_date, mask_name, mask_phone
from ..core.models import ChangeLogEntry, new_id, utcnow
from .kinds import Kind, kind, new_context
from .values import FORMULA_STARTS, neutralise

Progress = Callable[[int, int, str], None]
#: the change-log action of an export with full personal data (not undoable: nothing to undo)
FULL_EXPORT_ACTION = "导出完整个人信息"
#: first characters after which ``neutralise`` may have something to do (checked first: most cells start otherwise)
RISKY_FIRST = frozenset("".join(FORMULA_STARTS) + "'")


def _write_book(path: Path, title: str, headers: list[str], widths: list[int], text_columns: set[int],
                rows: Iterable[list[Any]], progress: Progress | None = None, total: int = 0,
                cancelled: Callable[[], bool] | None = None) -> int:
    """Write with openpyxl's write-only mode (constant memory) to a temporary file, then move it in place."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    check_writable(path)  # before the rows are written (a write-only book cannot be saved twice)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A3"
    count = len(headers)
    sheet.merged_cells.ranges.add(f"A1:{get_column_letter(count)}1") if hasattr(sheet, "merged_cells") else None
    title_cell = WriteOnlyCell(sheet, value=neutralise(title))
    title_cell.font = Font(bold=True, size=14)
    title_cell.alignment = Alignment(horizontal="center")
    sheet.append([title_cell])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F0")
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font, cell.fill = bold, fill
        header_cells.append(cell)
    sheet.append(header_cells)
    text_style = _style_with_format(sheet, "@")
    date_style = _style_with_format(sheet, "yyyy-mm-dd")

    def styled(value: Any, style: Any) -> Any:
        cell = WriteOnlyCell(sheet, value=value)
        cell._style = style  # shared and never changed: one style lookup instead of one per cell
        return cell

    written = 0
    for row in rows:
        out: list[Any] = []
        for index, value in enumerate(row):
            if value is None or value == "":
                out.append(None)  # no cell at all: nothing to write, and blank to COUNTA as well
            elif isinstance(value, str):
                if value[0] in RISKY_FIRST:
                    value = neutralise(value)
                out.append(styled(value, text_style) if index in text_columns else value)
            elif index in text_columns:
                out.append(styled(str(value), text_style))
            elif isinstance(value, date):
                out.append(styled(value, date_style))
            else:
                out.append(value)
        sheet.append(out)
        written += 1
        if written % 1000 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled("已取消导出，未生成文件。")
            if progress:
                progress(written, total, "正在导出…")
    write_atomically(path, book.save)
    return written


def _style_with_format(sheet: Any, number_format: str) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    cell.number_format = number_format
    return cell._style


def _title(k: Kind, street: str | None, today: date) -> str:
    return f"越秀区{street or ''}{k.label}名册（{chinese_date(today)}导出）"


def export_kind(db: Database, kind_code: str, path: str | Path, *, ids: list[str] | None = None,
                full: bool = False, street: str | None = None, today: date | None = None,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    """Export a directory (``ids``: only those records, e.g. the filtered list) to ``path``; returns the row
    count. ``full``: personal data unmasked — recorded in the change log."""
    k = kind(kind_code)
    path = Path(path)
    ctx = new_context(db, k, existing=False)
    headers = [c.header for c in k.columns]
    widths = [c.width for c in k.columns]
    text_columns = {i for i, c in enumerate(k.columns) if c.type in ("phone", "code")}
    personal = [c.key for c in k.columns if c.personal]
    names = {c.key for c in k.columns if c.type == "name"}
    assert k.rows is not None
    day = today or date.today()

    def write() -> int:
        with db.read() as session:
            total = len(ids) if ids is not None else session.query(k.model).filter(
                k.model.deleted_at.is_(None)).count()
            records: Iterable[dict[str, Any]] = k.rows(session, ctx, ids)  # type: ignore[misc]
            title = _title(k, street, day)
            if street is None and any(c.key == "street" for c in k.columns):
                # a list of one street is titled with it (越秀区北京街共建单位名册); people have no street
                records = list(records)
                streets = {record.get("street") for record in records}
                if len(streets) == 1 and (only := streets.pop()):
                    title = _title(k, only, day)

            def rows() -> Iterable[list[Any]]:
                for record in records:
                    if not full:
                        for key in personal:
                            record[key] = (mask_name if key in names else mask_phone)(record[key] or "")
                    yield [record.get(c.key, "") for c in k.columns]

            return _write_book(path, title, headers, widths, text_columns, rows(), progress, total, cancelled)

    if not (full and personal):
        return write()
    # Full personal data: the file exists only if the change log records it. It is written inside the unit of
    # work that logs it, and removed again should that unit of work fail to commit.
    written = False
    try:
        with db.unit_of_work(FULL_EXPORT_ACTION) as session:
            count = write()
            written = True
            session.add(ChangeLogEntry(
                batch_id=session.info["batch_id"], record_type="export", record_id=new_id(), field="full_values",
                old_value=None, new_value=f"{k.label}名册 {count} 条，含完整{k.personal_words}：{path.name}", changed_at=utcnow(),
                user_name=db.user_name, copy_id=db.copy_id, action=FULL_EXPORT_ACTION))
    except BaseException:
        if written:
            path.unlink(missing_ok=True)
        raise
    return count


def write_template(kind_code: str, path: str | Path) -> None:
    """A blank list with the header the importer expects, required columns marked, and one example row."""
    k = kind(kind_code)
    headers = [c.header for c in k.columns]
    example = [c.example or "" for c in k.columns]
    text_columns = {i for i, c in enumerate(k.columns) if c.type in ("phone", "code")}
    required = "、".join(c.header for c in k.columns if c.required)
    title = f"越秀区××街{k.label}名册（模板：第3行为示例，可删除；必填列：{required}）"
    _write_book(Path(path), title, headers, [c.width for c in k.columns], text_columns, [example])


def write_rejected(plan: Any, path: str | Path) -> int:
    """The rejected rows of an import, as they were, with the row number and the reason in front."""
    headers = ["原行号", "不导入的原因", *plan.headers]
    width = len(headers)
    rows = [[r.number, r.reason, *[_cell(v) for v in r.raw]][:max(width, 2 + len(r.raw))] for r in plan.rejected]
    widths = [8, 40, *[14] * len(plan.headers)]
    return _write_book(Path(path), f"未导入的{plan.kind.label}（共{len(rows)}行）", headers, widths, set(), rows)


def _cell(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 32_000:
        return value[:32_000]
    return value
