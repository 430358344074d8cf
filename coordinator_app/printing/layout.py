"""GB/T 9704-2012 page geometry and the text flowables that set Chinese on its grid.

The text block (版心) is 156 mm × 225 mm, 37 mm from the top and 28 mm from the left of an A4 page; the
body is 3号 (16 pt) on a grid of 22 lines × 28 characters, so a full-width character advances 156/28 mm
and a line 225/22 mm. Page numbers "— 1 —" in 4号 (14 pt) 宋体 sit 7 mm below the block, odd pages on the
right and even pages on the left, one character in from the edge. Landscape pages (wide tables) turn the
block: 225 mm wide, 156 mm high, 28 mm from the top and 37 mm from the left.

``TextBlock`` is a platypus flowable: it breaks its text with ``linebreak.break_lines``, takes every
character from a font that can draw it (``FontSet.font_for``) and splits across pages line by line."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .fonts import FontSet, RegisteredFont
from .linebreak import EPSILON, SPACES, Line, break_lines, may_break

PAGE_PORTRAIT = A4
PAGE_LANDSCAPE = landscape(A4)
BLOCK_WIDTH = 156 * mm
BLOCK_HEIGHT = 225 * mm
TOP_MARGIN = 37 * mm
LEFT_MARGIN = 28 * mm
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
LINE_PITCH = BLOCK_HEIGHT / LINES_PER_PAGE
CHAR_PITCH = BLOCK_WIDTH / CHARS_PER_LINE
#: full-width characters advance by this share of the font size (156 mm / 28 / 16 pt)
GRID_RATIO = CHAR_PITCH / 16
BODY_SIZE = 16  # 3号
TITLE_SIZE = 22  # 2号
PAGE_NUMBER_SIZE = 14  # 4号
PAGE_NUMBER_GAP = 7 * mm
#: the em box of a CJK face sits this far above the baseline (the rest below)
ASCENT = 0.88


@dataclass(frozen=True)
class Geometry:
    """Where the text block is on a page."""

    page_width: float
    page_height: float
    left: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        """Distance of the block's lower edge from the bottom of the page (PDF coordinates)."""
        return self.page_height - self.top - self.height

    @property
    def right(self) -> float:
        return self.left + self.width


PORTRAIT = Geometry(PAGE_PORTRAIT[0], PAGE_PORTRAIT[1], LEFT_MARGIN, TOP_MARGIN, BLOCK_WIDTH, BLOCK_HEIGHT)
LANDSCAPE = Geometry(PAGE_LANDSCAPE[0], PAGE_LANDSCAPE[1], TOP_MARGIN, LEFT_MARGIN, BLOCK_HEIGHT, BLOCK_WIDTH)


def is_full_width(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def clean(text: str) -> str:
    """Tabs become spaces; other control and format characters (invisible) go. Private-use and unassigned
    characters stay, so that the font check names them rather than losing them."""
    text = text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) not in ("Cc", "Cf", "Cs"))


@dataclass(frozen=True)
class TextStyle:
    role: str = "fangsong"
    size: float = BODY_SIZE
    leading: float = LINE_PITCH
    #: first-line indent in characters (body paragraphs: 2)
    indent: float = 0
    align: str = "left"  # left | center | right
    #: right indent in characters (the date under a signature: 4)
    right_indent: float = 0
    space_before: float = 0
    space_after: float = 0
    #: the label that opens the text (出席：) in this role, the rest in ``role`` (GB/T 9704 §10.3 纪要)
    label_role: str | None = None
    #: a title: lines of even length, broken before a date (“…议事会（第2届）” / “2026年11月会议纪要”) when that fits
    balance: bool = False


@dataclass
class SetLine:
    chars: list[str]
    fonts: list[RegisteredFont]
    advances: list[float]
    width: float
    indent: float


def shape(text: str, style: TextStyle, fonts: FontSet, label: int = 0) -> tuple[list[RegisteredFont], list[float]]:
    """The font and the advance of each character; the first ``label`` characters in ``style.label_role``."""
    chosen, advances = [], []
    size = style.size
    for index, char in enumerate(text):
        role = style.label_role if style.label_role and index < label else style.role
        font = fonts.font_for(role, char)
        chosen.append(font)
        advances.append(size * GRID_RATIO if is_full_width(char) else font.width(char, size))
    return chosen, advances


def set_lines(text: str, style: TextStyle, fonts: FontSet, width: float) -> list[SetLine]:
    """Break ``text`` (paragraphs separated by newlines) into lines of at most ``width``."""
    out: list[SetLine] = []
    indent = style.indent * style.size * GRID_RATIO
    right = style.right_indent * style.size * GRID_RATIO
    for count, paragraph in enumerate(clean(text).split("\n")):
        label = paragraph.find("：") + 1 if style.label_role and count == 0 else 0
        chosen, advances = shape(paragraph, style, fonts, label)
        if not paragraph:
            out.append(SetLine([], [], [], 0.0, 0.0))
            continue
        broken = break_lines(paragraph, advances, width - right, indent)
        if style.balance and len(broken) > 1:
            broken = balanced_lines(paragraph, advances, width - right, indent, len(broken))
        for number, line in enumerate(broken):
            out.append(SetLine(list(paragraph[line.start:line.end]), chosen[line.start:line.end],
                               advances[line.start:line.end], line.width, indent if number == 0 else 0.0))
    return out


#: where a title had best break: before a date (2026年…) or a year's number
DATE_START = re.compile(r"(?<!\d)\d{4}年")


def balanced_lines(text: str, advances: list[float], width: float, indent: float, count: int) -> list[Line]:
    """``count`` lines of ``text`` as even as the line breaking rules allow, so that a title does not leave
    one or two characters alone on its last line. Two lines break before a date when both halves fit."""
    if count == 2:
        best: tuple[float, int] | None = None
        for match in DATE_START.finditer(text):
            k = match.start()
            first, second = sum(advances[:k]), sum(advances[k:])
            if k and may_break(text, k, 0) and indent + first <= width + EPSILON and second <= width + EPSILON:
                gap = abs(first - second)
                if best is None or gap < best[0]:
                    best = (gap, k)
        if best is not None:
            k = best[1]
            return [Line(0, k, sum(advances[:k])), Line(k, len(text), sum(advances[k:]))]
    low, high = sum(advances) / count, width
    lines = break_lines(text, advances, width, indent)
    for _ in range(20):  # the narrowest width that still takes ``count`` lines
        middle = (low + high) / 2
        trial = break_lines(text, advances, middle, indent)
        if len(trial) <= count:
            high, lines = middle, trial
        else:
            low = middle
    return lines


def ink_width(line: SetLine, size: float) -> float:
    """How far from its left edge ``line`` draws: to where the last visible glyph's box ends. A mark set on
    a narrower advance (a full-width mark on the grid) still draws its full box; trailing spaces take no
    room."""
    visible = len(line.chars)
    while visible and line.chars[visible - 1] in SPACES:
        visible -= 1
    if not visible:
        return 0.0
    last = visible - 1
    return sum(line.advances[:last]) + max(line.advances[last], line.fonts[last].width(line.chars[last], size))


def draw_line(canvas: object, line: SetLine, x: float, baseline: float, size: float, avail: float) -> None:
    """Draw ``line`` with its left edge at ``x``: runs of one font and one spacing, each character at its
    grid advance; a line wider than ``avail`` (a closing mark pulled in) is set tighter to fit.

    Every string written to the PDF starts at its own origin, not where the string before it left the pen:
    that position includes the character spacing after the previous string's last glyph, which PDF readers
    do not agree on (pdfminer, and so pdfplumber, applies it only between the glyphs of one string). A
    squeezed line spaces its glyphs by about −1 pt, so each change of font (a character from a fallback
    font) or of font subset (reportlab writes a font in subsets of 256 characters) moved the rest of the
    line about 1 pt to the right in such a reader, past the block's edge."""
    visible = len(line.chars)
    while visible and line.chars[visible - 1] in SPACES:
        visible -= 1
    squeeze = 0.0
    ink = ink_width(line, size)
    if visible > 1 and ink > avail + 0.01:
        squeeze = (avail - ink) / (visible - 1)
    # runs of one font and one spacing: (font, spacing, index of the first character, of the one after)
    runs: list[tuple[RegisteredFont, float, int, int]] = []
    pens: list[float] = []
    pen = x
    for index in range(visible):
        char, font = line.chars[index], line.fonts[index]
        spacing = line.advances[index] - font.width(char, size) + squeeze
        if runs and runs[-1][0] is font and abs(runs[-1][1] - spacing) < 0.0005:
            runs[-1] = (font, runs[-1][1], runs[-1][2], index + 1)
        else:
            runs.append((font, spacing, index, index + 1))
        pens.append(pen)
        pen += line.advances[index] + squeeze
    text = canvas.beginText()  # type: ignore[attr-defined]
    for font, spacing, first, end in runs:
        text.setFont(font.name, size)
        text.setCharSpace(spacing)
        chars = "".join(line.chars[first:end])
        # the strings reportlab will write: one per font subset the characters fall in
        for _subset, part in font.ttfont.splitString(chars, canvas._doc):  # type: ignore[attr-defined]
            text.setTextOrigin(pens[first], baseline)
            text.textOut(chars[:len(part)])
            chars = chars[len(part):]
            first += len(part)
    canvas.drawText(text)  # type: ignore[attr-defined]


class TextBlock(Flowable):
    """One or more paragraphs of Chinese text on the grid; splits between lines across pages."""

    def __init__(self, text: str, style: TextStyle, fonts: FontSet, lines: list[SetLine] | None = None,
                 width: float | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.fonts = fonts
        self._lines = lines
        self._width = width
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def lines(self, width: float) -> list[SetLine]:
        if self._lines is None or self._width is None or abs(self._width - width) > 0.01:
            self._lines = set_lines(self.text, self.style, self.fonts, width)
            self._width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - platypus API
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines(availWidth)
        fit = int((availHeight + 0.01) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        first = TextBlock(self.text, replace(self.style, space_after=0), self.fonts, lines[:fit], availWidth)
        rest = TextBlock(self.text, replace(self.style, space_before=0), self.fonts, lines[fit:], availWidth)
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        width = self.width
        right = style.right_indent * style.size * GRID_RATIO
        for number, line in enumerate(self.lines(width)):
            line_top = self.height - number * style.leading
            baseline = line_top - (style.leading - style.size) / 2 - ASCENT * style.size
            avail = width - right - line.indent
            visible_width = min(ink_width(line, style.size), avail)
            if style.align == "center":
                x = (width - visible_width) / 2
            elif style.align == "right":
                x = width - right - visible_width
            else:
                x = line.indent
            draw_line(self.canv, line, x, baseline, style.size, avail)


class WithTail(Flowable):
    """A paragraph and what must follow it on the same page (the issuer and date of a signature): when they
    do not fit, the paragraph splits so that its last ``keep`` lines go over with the tail, which never
    stands alone at the top of a page."""

    def __init__(self, body: TextBlock, tail: list[Flowable], keep: int = 2) -> None:
        super().__init__()
        self.body = body
        self.tail = tail
        self.keep = keep
        self.spaceBefore = body.spaceBefore

    def _tail_height(self, width: float, height: float) -> float:
        return sum(f.wrap(width, height)[1] for f in self.tail)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - platypus API
        self.width = availWidth
        self.height = self.body.wrap(availWidth, availHeight)[1] + self._tail_height(availWidth, availHeight)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight + 0.01:
            return [self]
        lines = self.body.lines(availWidth)
        leading = self.body.style.leading
        # as many lines as fit here, leaving ``keep`` (or all there are, if fewer) for the next page
        cut = min(int((availHeight + 0.01) // leading), len(lines) - min(self.keep, len(lines)))
        if cut <= 0:
            return []
        style = self.body.style
        first = TextBlock(self.body.text, replace(style, space_after=0), self.body.fonts, lines[:cut], availWidth)
        rest = TextBlock(self.body.text, replace(style, space_before=0), self.body.fonts, lines[cut:], availWidth)
        return [first, WithTail(rest, self.tail, self.keep)]

    def draw(self) -> None:
        y = self.height
        for flowable in (self.body, *self.tail):
            _w, h = flowable.wrap(self.width, y)
            y -= h
            flowable.drawOn(self.canv, 0, y)


class KeepLines(Flowable):
    """Flowables set one under another and kept on one page: moved whole to the next page when they do not
    fit; split only when they are taller than a whole page (``page_height``)."""

    def __init__(self, parts: list[Flowable], page_height: float) -> None:
        super().__init__()
        self.parts = parts
        self.page_height = page_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - platypus API
        self.width = availWidth
        self.height = sum(f.wrap(availWidth, availHeight)[1] for f in self.parts)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight + 0.01:
            return [self]
        return list(self.parts) if self.height > self.page_height + 0.01 else []

    def draw(self) -> None:
        y = self.height
        for flowable in self.parts:
            _w, h = flowable.wrap(self.width, y)
            y -= h
            flowable.drawOn(self.canv, 0, y)


def page_number_drawer(fonts: FontSet) -> Callable[[object, object], None]:
    """The onPage callback: "— n —" 7 mm below the block, odd pages right and even pages left."""
    style = TextStyle(role="song", size=PAGE_NUMBER_SIZE)

    def draw(canvas: object, doc: object) -> None:
        number = canvas.getPageNumber()  # type: ignore[attr-defined]
        width, height = canvas._pagesize  # type: ignore[attr-defined]
        geometry = LANDSCAPE if width > height else PORTRAIT
        (line,) = set_lines(f"— {number} —", style, fonts, geometry.width)
        baseline = geometry.bottom - PAGE_NUMBER_GAP - ASCENT * PAGE_NUMBER_SIZE
        one_char = PAGE_NUMBER_SIZE * GRID_RATIO
        x = geometry.right - one_char - line.width if number % 2 else geometry.left + one_char
        canvas.saveState()  # type: ignore[attr-defined]
        draw_line(canvas, line, x, baseline, PAGE_NUMBER_SIZE, geometry.width)
        canvas.restoreState()  # type: ignore[attr-defined]

    return draw
