"""Reading an .xlsx defensively: refuse what is not one (with a message saying what to do), refuse zip and
XML bombs before parsing, read rows lazily in openpyxl's read-only mode, stop after a long run of empty rows
or a row limit, and cap every cell's length. ``defusedxml`` must be installed: openpyxl then refuses DTDs
and entity expansion."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

from ..core.errors import CoordinatorError

#: the most data rows an import reads
MAX_ROWS = 200_000
#: reading stops after this many empty rows in a row (a sheet claiming a million rows)
EMPTY_RUN = 1_000
#: Excel's own limit for one cell; longer text is cut and the row rejected
MAX_CELL = 32_767
#: refuse a file whose parts expand to more than this in total
MAX_UNCOMPRESSED = 400 * 1024 * 1024
#: a part that expands more than this many times (and is large) is taken for a zip bomb
MAX_RATIO = 100
MAX_COLUMNS = 200


class ExchangeError(CoordinatorError):
    """A file that cannot be read or written, with a message the user can act on."""


@dataclass
class Sheet:
    """The rows of a worksheet as tuples of plain values (str, int, float, date, datetime, None)."""

    rows: list[tuple[Any, ...]]
    #: row numbers as Excel shows them, parallel to ``rows``
    numbers: list[int]
    notes: list[str] = field(default_factory=list)


def _check_container(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix in (".xls", ".et", ".csv", ".ods", ".wps"):
        raise ExchangeError(f"只能导入 .xlsx 格式的表格。请在 Excel 或 WPS 中打开“{path.name}”，"
                            "选择“另存为”→“Excel 工作簿 (*.xlsx)”，再导入另存的文件。")
    if not path.is_file():
        raise ExchangeError(f"找不到文件“{path}”。")
    if not zipfile.is_zipfile(path):
        raise ExchangeError(f"“{path.name}”不是有效的 .xlsx 文件（可能已损坏，或是其他格式改了扩展名）。"
                            "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise ExchangeError(f"“{path.name}”不是 Excel 工作簿（缺少工作簿内容）。请另存为 .xlsx 后再导入。")
            total = 0
            for info in infos:
                total += info.file_size
                if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise ExchangeError(f"“{path.name}”中有异常膨胀的内容（可能是损坏或恶意构造的文件），已拒绝读取，"
                                        "未导入任何数据。")
            if total > MAX_UNCOMPRESSED:
                raise ExchangeError(f"“{path.name}”解压后超过 {MAX_UNCOMPRESSED // 1024 // 1024} MB，太大了，"
                                    "请拆分成几个文件再导入。")
            # no testzip(): it would inflate every part once more; a bad checksum surfaces while reading
    except zipfile.BadZipFile as exc:
        raise ExchangeError(f"“{path.name}”已损坏或不完整（{exc}），请重新保存为 .xlsx 后再导入。") from None


def read_sheet(path: str | Path, max_rows: int = MAX_ROWS) -> Sheet:
    """The rows of the first worksheet that has any, trailing empty cells trimmed, empty rows kept (they are skipped later).
    Raises ``ExchangeError`` for anything that is not a readable, sane .xlsx."""
    path = Path(path)
    _check_container(path)

    try:
        import defusedxml  # noqa: F401 - openpyxl guards its XML parsing only when this is installed
    except ImportError:  # pragma: no cover - a dependency of the package
        raise ExchangeError("缺少安全组件 defusedxml，无法安全读取 Excel 文件，请重新安装本程序。") from None
    try:
        book = _open_workbook(path)
    except ExchangeError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises anything on a broken file
        raise ExchangeError(_broken_message(path, exc)) from None
    try:
        # the first worksheet with anything in it (a workbook may open on an empty cover sheet)
        for sheet in book.worksheets:
            found = _rows(sheet, path, max_rows)
            if found.rows:
                return found
        raise ExchangeError(f"“{path.name}”是空的，没有可以导入的内容。请确认打开的是填好的表格。")
    except ExchangeError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ExchangeError(_broken_message(path, exc)) from None
    finally:
        book.close()


def _open_workbook(path: Path) -> Any:
    """``openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)``, with the shared-string
    table read by ``read_shared_strings``."""
    from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader

    class Reader(ExcelReader):  # type: ignore[misc]
        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is not None:
                with self.archive.open(part.PartName[1:]) as source:
                    self.shared_strings = read_shared_strings(source)

    reader = Reader(path, read_only=True, keep_vba=False, data_only=True, keep_links=False)
    reader.read()
    return reader.wb


class UnsafeXml(ValueError):
    """A DTD or an entity declaration in a workbook part (defusedxml refuses the same)."""


def read_shared_strings(source: Any) -> list[str]:
    """The workbook's shared strings as plain text, as openpyxl's own ``read_string_table`` gives them (the last
    ``<t>`` of the item, then the last ``<t>`` of each rich-text run; phonetic guides left out), read by expat
    with plain callbacks instead of building an element for every tag: this table is where Excel, WPS and
    LibreOffice keep a sheet's text, and parsing it was half the reading time. As with defusedxml, a DTD or an
    entity declaration is refused (``UnsafeXml``)."""
    from xml.parsers import expat

    from openpyxl.xml.constants import SHEET_MAIN_NS

    item, text, run, phonetic = (f"{SHEET_MAIN_NS} {tag}" for tag in ("si", "t", "r", "rPh"))
    strings: list[str] = []
    plain: list[str | None] = [None]  # the item's own text (None: none yet)
    runs: list[str] = []
    run_text: list[str | None] = [None]
    where: list[str] = []  # the open elements
    buffer: list[str] = []

    def start(name: str, _attributes: Any) -> None:
        where.append(name)
        if name == item:
            plain[0] = None
            runs.clear()
        elif name == run:
            run_text[0] = None
        elif name == text:
            buffer.clear()

    def end(name: str) -> None:
        where.pop()
        if name == text and phonetic not in where:
            value = "".join(buffer) or None
            if where and where[-1] == item:
                plain[0] = value
            elif where and where[-1] == run:
                run_text[0] = value
        elif name == run and run_text[0] is not None:
            runs.append(run_text[0])
        elif name == item:
            strings.append(((plain[0] or "") + "".join(runs)).replace("x005F_", ""))

    def characters(data: str) -> None:
        if where and where[-1] == text:
            buffer.append(data)

    def refuse(*_args: Any) -> None:
        raise UnsafeXml("DTD or entity declaration")

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    parser.ParseFile(source)
    return strings


def _broken_message(path: Path, exc: Exception) -> str:
    name = type(exc).__name__
    chain: BaseException | None = exc
    names = []
    while chain is not None and len(names) < 10:  # openpyxl wraps the parser's error in a ValueError
        names.append(type(chain).__name__)
        chain = chain.__cause__ or chain.__context__
    # defusedxml refuses DTDs and entities (EntitiesForbidden, DTDForbidden); lxml, which openpyxl prefers when
    # installed, never expands entities and stops an expansion loop with a syntax error naming the amplification
    lxml_refused = "amplification" in str(exc).lower() or "entity" in str(exc).lower()
    if lxml_refused or any("Forbidden" in n or "Entities" in n or "DTD" in n or n == "UnsafeXml" for n in names):
        return f"“{path.name}”含有不安全的内容（XML 实体或 DTD），已拒绝读取，未导入任何数据。"
    return f"无法读取“{path.name}”（{name}），文件可能已损坏。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入。"


def _rows(sheet: Any, path: Path, max_rows: int) -> Sheet:
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # trust the rows present, not a dimension that claims a million
    rows: list[tuple[Any, ...]] = []
    numbers: list[int] = []
    notes: list[str] = []
    empty_run = 0  # empty rows since the last row with something, and the first of them
    run_start = 1
    last = 0
    plain = (str, int, float, date, time, type(None))  # datetime is a date
    for number, raw in _numbered_rows(sheet):
        if number > last + 1:  # rows the file leaves out are empty rows
            if not empty_run:
                run_start = last + 1
            empty_run += number - last - 1
        last = number
        if empty_run >= EMPTY_RUN:
            break
        values = list(raw[:MAX_COLUMNS])
        for index, v in enumerate(values):
            if isinstance(v, str):
                if len(v) >= MAX_CELL:
                    values[index] = "\x00TOO_LONG"
            elif not isinstance(v, plain):
                values[index] = str(v)
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        if not values:
            if not empty_run:
                run_start = number
            empty_run += 1
            if empty_run >= EMPTY_RUN:
                break
            continue
        empty_run = 0
        if len(rows) >= max_rows:
            raise ExchangeError(f"“{path.name}”超过 {max_rows:,} 行，太多了，请拆分成几个文件再导入。未导入任何数据。")
        rows.append(tuple(values))
        numbers.append(number)
    if empty_run >= EMPTY_RUN:
        notes.append(f"第{run_start}行起连续{EMPTY_RUN}行为空，其后的内容未读取。")
    return Sheet(rows, numbers, notes)


def _numbered_rows(sheet: Any) -> Iterator[tuple[int, Any]]:
    """(row number, the row's values as long as its last cell) for the rows the sheet holds. Rows come unpadded
    and are cut to MAX_COLUMNS at once, so a cell far to the right costs one long row at a time, never memory that
    grows with the sheet. Inline strings (how openpyxl and other generators write text) are read without building
    openpyxl's rich-text objects, through ``_InlineTextParser``; without the openpyxl internals that needs, the
    public ``iter_rows`` serves."""
    parser = _inline_text_parser(sheet)
    if parser is None:
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
        return
    with parser.source:
        for number, cells in parser.parse():
            if not cells:
                yield number, ()
                continue
            values: list[Any] = [None] * min(cells[-1]["column"], MAX_COLUMNS)
            for cell in cells:
                if cell["column"] <= MAX_COLUMNS:
                    values[cell["column"] - 1] = cell["value"]
            yield number, values


def _inline_text_parser(sheet: Any) -> Any:
    try:
        from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser
        from openpyxl.xml.constants import SHEET_MAIN_NS

        book = sheet.parent
        args = (sheet._shared_strings,)
        options = {"data_only": book.data_only, "epoch": book.epoch, "date_formats": book._date_formats,
                   "timedelta_formats": book._timedelta_formats}
    except (ImportError, AttributeError):  # pragma: no cover - another openpyxl
        return None
    text_tag, run_tag = f"{{{SHEET_MAIN_NS}}}t", f"{{{SHEET_MAIN_NS}}}r"

    class InlineTextParser(WorkSheetParser):  # type: ignore[misc]
        """openpyxl's own sheet parser, but an inline string's text is taken straight from its ``<is>`` element,
        by the rule of ``Text.content`` (the last ``<t>``, then each run's last ``<t>``; phonetic guides left out)."""

        def parse_cell(self, element: Any) -> Any:
            if element.get("t") != "inlineStr":
                return super().parse_cell(element)
            child = element.find(INLINE_STRING)
            if child is None:
                return super().parse_cell(element)
            element.remove(child)  # what is left is read by openpyxl: the cell's place and style
            cell = super().parse_cell(element)
            cell["value"], cell["data_type"] = _element_text(child, text_tag, run_tag), "s"
            return cell

    source = sheet._get_source()
    parser = InlineTextParser(source, *args, **options)
    parser.source = source
    return parser


def _element_text(node: Any, text_tag: str, run_tag: str) -> str:
    plain: str | None = None
    runs: list[str] = []
    for child in node:
        if child.tag == text_tag:
            plain = child.text
        elif child.tag == run_tag:
            inner = child.findall(text_tag)
            if inner and inner[-1].text is not None:
                runs.append(inner[-1].text)
    return (plain or "") + "".join(runs)


def iter_rows(sheet: Sheet) -> Iterator[tuple[int, tuple[Any, ...]]]:
    yield from zip(sheet.numbers, sheet.rows, strict=True)
