"""Documents as data (title, paragraphs, headings, tables, signature) and their rendering to PDF bytes.

Builders of the document families (``stations`` …) return a ``Document``; ``render`` lays it out on the
GB/T 9704 grid with reportlab: a pure function from data to bytes."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus import PageBreak as RLPageBreak

from coordinator_app import __version__

from .fonts import FontSet
from .layout import (
    BODY_SIZE,
    GRID_RATIO,
    LANDSCAPE,
    LINE_PITCH,
    PORTRAIT,
    TITLE_SIZE,
    Geometry,
    KeepLines,
    TextBlock,
    TextStyle,
    WithTail,
    page_number_drawer,
    shape,
)

CREATOR = f"街道党建工作台 {__version__}"


@dataclass
class Title:
    text: str


@dataclass
class Para:
    """A body paragraph: 仿宋 3号, first line indented two characters."""

    text: str
    indent: float = 2
    align: str = "left"
    role: str = "fangsong"
    #: the label up to the first "：" in this role (出席：in 黑体, the names in 仿宋)
    label_role: str | None = None


@dataclass
class Heading:
    """``level`` 1: 一、 in 黑体; 2: （一） in 楷体."""

    text: str
    level: int = 1


@dataclass
class Blank:
    lines: float = 1


@dataclass
class Signature:
    """The issuing body and the date, at the right; the date four characters in from the edge."""

    issuer: str
    date: str


@dataclass
class Column:
    header: str
    #: share of the table width
    weight: float = 1
    align: str = "left"
    #: 0: the column takes its share by ``weight``; N: it is as wide as its widest cell, up to N full-width
    #: characters, so that short values (a category, a community, a person's name, a phone) stay on one
    #: line, and the columns that share by weight (a unit's name) get the rest
    fit: float = 0


@dataclass
class TableBlock:
    columns: list[Column]
    rows: list[list[str]]
    size: float = 12
    #: line height inside a cell
    leading: float = 18
    #: the last rows may not start a page on their own: the row before them goes along (the empty 列席 rows
    #: of a sign-in sheet stay under the last member)
    keep_last: int = 0
    #: space above and below the text of a cell
    padding: float = 3


@dataclass
class PageBreak:
    pass


@dataclass
class Together:
    """Blocks kept on one page (the signing lines of an agreement): moved to the next page whole when they
    do not fit under the text above."""

    blocks: list[Block]


Block = Title | Para | Heading | Blank | Signature | TableBlock | PageBreak | Together


@dataclass
class Document:
    title: str
    author: str
    blocks: list[Block] = field(default_factory=list)
    subject: str = ""
    landscape: bool = False
    created: datetime | None = None
    #: file name the app suggests when saving (no extension)
    file_stem: str = ""
    #: what the user should know before posting it (a notice dated too late …), shown beside the preview
    warnings: list[str] = field(default_factory=list)


TABLE_PADDING = 4


def _flowables(doc: Document, fonts: FontSet, geometry: Geometry) -> list[object]:
    out: list[object] = []
    for block in doc.blocks:
        if isinstance(block, Title):
            out.append(TextBlock(block.text, TextStyle(role="xbs", size=TITLE_SIZE, align="center",
                                                       space_after=LINE_PITCH, balance=True), fonts))
        elif isinstance(block, Para):
            out.append(TextBlock(block.text, TextStyle(role=block.role, indent=block.indent, align=block.align,
                                                       label_role=block.label_role),
                                 fonts))
        elif isinstance(block, Heading):
            role = "hei" if block.level == 1 else "kai"
            out.append(TextBlock(block.text, TextStyle(role=role, indent=2), fonts))
        elif isinstance(block, Blank):
            out.append(Spacer(1, LINE_PITCH * block.lines))
        elif isinstance(block, Signature):
            tail = [Spacer(1, LINE_PITCH), TextBlock(block.issuer, TextStyle(align="right", right_indent=2), fonts),
                    TextBlock(block.date, TextStyle(align="right", right_indent=4), fonts)]
            if out and isinstance(out[-1], TextBlock):
                # the signature never starts a page alone: the last lines of the text above go with it
                out[-1] = WithTail(out[-1], tail)
            else:
                out += tail
        elif isinstance(block, TableBlock):
            out.append(_table(block, fonts, geometry.width))
        elif isinstance(block, PageBreak):
            out.append(RLPageBreak())
        elif isinstance(block, Together):
            out.append(KeepLines(_flowables(replace(doc, blocks=block.blocks), fonts, geometry), geometry.height))
        else:  # pragma: no cover - the Block union is closed
            raise TypeError(block)
    return out


class KeepLastTable(Table):
    """A table whose last ``kept`` rows never start a page alone, on every page it is split over."""

    kept = 0

    def keep(self, rows: int) -> None:
        self.kept = max(rows, 0)
        # a split may fall before any row up to the one ahead of the kept rows (rows counted with the header)
        self._rowSplitRange = (0, len(self._cellvalues) - self.kept - 1) if self.kept else None

    def split(self, availWidth: float, availHeight: float) -> list[object]:  # noqa: N803 - platypus API
        parts = super().split(availWidth, availHeight)
        if self.kept and len(parts) == 2 and isinstance(parts[1], KeepLastTable):
            parts[1].keep(self.kept)  # reportlab does not pass the range on to the rest
        return parts


WORD = re.compile(r"[0-9A-Za-z_\-/.@:]{2,}")


def _natural_width(text: str, role: str, size: float, fonts: FontSet) -> float:
    """The width of the longest line of ``text`` set unbroken (a header may be given in lines: 慈善\n联盟)."""
    return max(sum(shape(line, TextStyle(role=role, size=size), fonts)[1]) for line in text.split("\n"))


def _fitted_width(block: TableBlock, index: int, fonts: FontSet) -> float:
    """How wide a ``fit`` column is: its header or its widest cell (each value measured once), but no more
    than ``fit`` full-width characters."""
    column = block.columns[index]
    values = {row[index] for row in block.rows}
    widest = max((_natural_width(v, "song", block.size, fonts) for v in values), default=0.0)
    limit = column.fit * block.size * GRID_RATIO
    return max(_natural_width(column.header, "hei", block.size, fonts), min(widest, limit))


def column_widths(block: TableBlock, fonts: FontSet, width: float) -> list[float]:
    """The columns' widths. ``fit`` columns are as wide as their content (see ``Column.fit``) when that
    leaves the other columns room for their own needs; the other columns take shares of what is left by
    weight, but are never so narrow that a header (对接社工) or a number or code in a cell (序号 1177) has
    to break: the room they need is taken from the other columns."""
    padding = 2 * TABLE_PADDING + 0.5
    needed = []
    for index, column in enumerate(block.columns):
        words = {w for row in block.rows for w in WORD.findall(row[index])}
        longest = max(words, key=len, default="")
        need = max(_natural_width(column.header, "hei", block.size, fonts),
                   max((_natural_width(w, "song", block.size, fonts) for w in words if len(w) == len(longest)),
                       default=0.0))
        needed.append(need + padding)
    widths = [0.0] * len(block.columns)
    free = list(range(len(block.columns)))
    room = width
    fitted = {i: max(needed[i], _fitted_width(block, i, fonts) + padding)
              for i, column in enumerate(block.columns) if column.fit}
    flexible = [i for i in free if i not in fitted]
    if fitted and sum(fitted.values()) + sum(needed[i] for i in flexible) <= room:
        for i, fit in fitted.items():
            widths[i] = fit
        room -= sum(fitted.values())
        if not flexible:  # every column fits its content: the room left is shared by weight
            total = sum(c.weight for c in block.columns)
            return [w + room * c.weight / total for w, c in zip(widths, block.columns, strict=True)]
        free = flexible
    while free:  # columns that need more than their share get what they need; the rest share what is left
        total = sum(block.columns[i].weight for i in free)
        short = [i for i in free if room * block.columns[i].weight / total < needed[i]]
        if not short or sum(needed[i] for i in short) >= room:
            for i in free:
                widths[i] = room * block.columns[i].weight / total
            break
        for i in short:
            widths[i] = needed[i]
            room -= needed[i]
            free.remove(i)
    return widths


def _table(block: TableBlock, fonts: FontSet, width: float) -> Table:
    widths = column_widths(block, fonts, width)
    head = [TextBlock(c.header, TextStyle(role="hei", size=block.size, leading=block.leading, align="center"), fonts)
            for c in block.columns]
    data = [head]
    for row in block.rows:
        data.append([TextBlock(text, TextStyle(size=block.size, leading=block.leading, align=c.align), fonts)
                     for text, c in zip(row, block.columns, strict=True)])
    table = KeepLastTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.keep(min(block.keep_last, len(block.rows) - 1))
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        # cells hold text flowables; the cell font only keeps reportlab from naming Helvetica (not embedded)
        ("FONTNAME", (0, 0), (-1, -1), fonts.font("song").name),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), block.padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), block.padding),
    ]))
    return table


def text_of(blocks: list[Block]) -> str:
    """Every character the blocks print, for ``FontSet.prepare``."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Title | Para | Heading):
            parts.append(block.text)
        elif isinstance(block, Signature):
            parts += [block.issuer, block.date]
        elif isinstance(block, TableBlock):
            parts += [c.header for c in block.columns] + [cell for row in block.rows for cell in row]
        elif isinstance(block, Together):
            parts.append(text_of(block.blocks))
    return "".join(parts)


def render(doc: Document, fonts: FontSet) -> bytes:
    """The PDF of ``doc``: A4 (landscape if asked), fonts embedded as subsets, title/author/date set."""
    geometry = LANDSCAPE if doc.landscape else PORTRAIT
    fonts.prepare(text_of(doc.blocks))
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=(geometry.page_width, geometry.page_height), title=doc.title, author=doc.author,
        subject=doc.subject or doc.title, creator=CREATOR, producer=CREATOR, lang="zh-CN",
        leftMargin=geometry.left, rightMargin=geometry.page_width - geometry.right, topMargin=geometry.top,
        bottomMargin=geometry.bottom, invariant=doc.created is not None,
        initialFontName=fonts.font("song").name, initialFontSize=BODY_SIZE,
    )
    frame = Frame(geometry.left, geometry.bottom, geometry.width, geometry.height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="block")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=page_number_drawer(fonts))])
    template.build(_flowables(doc, fonts, geometry))
    return buffer.getvalue()


def body_chars_per_line() -> int:
    return int(PORTRAIT.width // (BODY_SIZE * (PORTRAIT.width / 28 / 16)))
