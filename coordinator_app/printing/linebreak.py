"""Chinese line breaking with 避头尾: closing punctuation never starts a line, opening punctuation never
ends one; ASCII words stay whole unless longer than a line. A pure function of the text and the advance of
each character, so that it can be tested for every input.

When the character that does not fit is a single closing mark, it is pulled onto the line and the line is
set a little tighter (挤进, at most one character's worth); otherwise characters are pushed to the next
line (推出). Only when a whole line is made of marks that may not start or end a line is there no legal
break; the line then breaks where it is full."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


def _marks(*categories: str) -> frozenset[str]:
    """Every character of the Basic Multilingual Plane in the Unicode ``categories``."""
    return frozenset(c for c in map(chr, range(0x10000)) if unicodedata.category(c) in categories)


#: may not start a line (行首禁则): every closing bracket and closing quote in any form (）】」』》〉〕］｝〗〙〛｣,
#: their vertical forms ︶︸﹂﹄ and small forms ﹚﹜ — Unicode Pe and Pf), and the marks that close a phrase,
#: with their half-width, small and vertical forms (｡､ ﹐﹒ ︐︒), units after a number and iteration marks
CLOSING = _marks("Pe", "Pf") | frozenset(
    "，。、；：？！…‥—～·％‰℃℉°′″,.;:?!%'\""
    "｡､･・‧﹐﹑﹒﹔﹕﹖﹗︐︑︒︓︔︕︖︙︰‼⁇⁈⁉〜々〻ゝゞヽヾ")
#: may not end a line (行尾禁则): every opening bracket and opening quote in any form (（【「『《〈〔［｛〖〘〚｢“‘,
#: ︵︷﹁﹃, ﹙﹛ — Unicode Ps and Pi), and the signs that go before a number
OPENING = _marks("Ps", "Pi") | frozenset("￥$#@£€")
SPACES = frozenset(" \u3000")

EPSILON = 0.01


def is_word_char(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "_-/.@:")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    #: the natural width of the characters (hanging spaces at the end not counted)
    width: float


def _starts_closing(text: str, k: int) -> bool:
    """Would the next line start with a closing mark? Spaces at a break hang at the end of the line, so
    what counts is the next visible character."""
    while k < len(text) and text[k] in SPACES:
        k += 1
    return k < len(text) and text[k] in CLOSING


def may_break(text: str, k: int, start: int) -> bool:
    """May a line break before ``text[k]`` (with the line starting at ``start``)?"""
    if k <= start:
        return False
    before, after = text[k - 1], text[k]
    if _starts_closing(text, k) or before in OPENING:
        return False
    if unicodedata.category(after).startswith("M"):  # a combining mark stays with the character it marks
        return False
    if is_word_char(before) and is_word_char(after):
        return False
    return True


def break_lines(text: str, advances: Sequence[float], width: float, first_indent: float = 0.0,
                squeeze: float | None = None) -> list[Line]:
    """Lines of ``text`` (no newlines in it) that fit ``width``. ``squeeze`` is how much wider than
    ``width`` a line may be made by pulling one closing mark in (default: that mark's own advance)."""
    n = len(text)
    lines: list[Line] = []
    i = 0
    while i < n:
        avail = width - (first_indent if not lines else 0.0)
        j, w = i, 0.0
        while j < n and w + advances[j] <= avail + EPSILON:
            w += advances[j]
            j += 1
        if j >= n:
            lines.append(Line(i, n, w))
            break
        if j == i:  # one character wider than the line: it goes alone
            lines.append(Line(i, i + 1, advances[i]))
            i += 1
            continue
        # 挤进: one closing mark (not followed by another) joins the line, set tighter
        limit = advances[j] if squeeze is None else squeeze
        k = j
        if (text[j] in CLOSING and j - i >= 4 and advances[j] <= limit + EPSILON
                and (j + 1 >= n or (text[j + 1] not in CLOSING and may_break(text, j + 1, i)))):
            k = j + 1
        else:
            # 推出: move the break back to a legal place
            while k > i and not may_break(text, k, i):
                k -= 1
            if k <= i:
                # no legal break on this line (a word longer than the line, a run of marks): break where
                # it is full, still keeping a closing mark off the next line's start if the line allows it
                k = j
                while k > i + 1 and (_starts_closing(text, k) or text[k - 1] in OPENING):
                    k -= 1
                if _starts_closing(text, k) or text[k - 1] in OPENING:
                    k = j
        # spaces at the break hang at the end of the line (invisible) rather than start the next one
        end = k
        while end < n and text[end] in SPACES:
            end += 1
        lines.append(Line(i, end, sum(advances[i:k])))
        i = end
    return lines
