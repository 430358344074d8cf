"""Reading a document back (pdfplumber, pypdf) and checking it against the GB/T 9704 layout."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber
from pypdf import PdfReader

from coordinator_app.printing.layout import GRID_RATIO, LANDSCAPE, PAGE_NUMBER_GAP, PAGE_NUMBER_SIZE, PORTRAIT
from coordinator_app.printing.linebreak import CLOSING

MM = 72 / 25.4
TOLERANCE = 1 * MM
#: how far a glyph's box may reach beyond the block's left or right edge: rounding only
EDGE_SLACK = 0.05


@dataclass
class Page:
    number: int
    landscape: bool
    #: the text inside the block, without any whitespace
    text: str
    lines_starting: list[str]
    footer: str


def geometry_of(page: pdfplumber.page.Page):  # noqa: ANN201
    return LANDSCAPE if page.width > page.height else PORTRAIT


def check(data: bytes) -> list[Page]:
    """Every check that holds for every document; returns the pages' text for content checks."""
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, f"font {font['/BaseFont']} is not embedded"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), \
                f"font {font['/BaseFont']} is not embedded"
    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index, page in enumerate(pdf.pages):
            number = index + 1
            g = geometry_of(page)
            assert abs(page.width - g.page_width) < 0.5 and abs(page.height - g.page_height) < 0.5, "not A4"
            block_bottom_top = g.top + g.height  # in top-down coordinates
            body, footer, spaces = [], [], []
            for c in page.chars:
                if c["top"] > block_bottom_top + TOLERANCE:
                    footer.append(c)
                    continue
                if not c["text"].strip():
                    spaces.append(c)  # a space hanging at the end of a line is invisible
                    continue
                assert c["x0"] >= g.left - EDGE_SLACK and c["x1"] <= g.right + EDGE_SLACK, \
                    f"page {number}: “{c['text']}” outside the block horizontally ({c['x0']:.2f}–{c['x1']:.2f}, " \
                    f"block {g.left:.2f}–{g.right:.2f})"
                assert c["top"] >= g.top - TOLERANCE and c["bottom"] <= block_bottom_top + TOLERANCE, \
                    f"page {number}: “{c['text']}” outside the block vertically"
                body.append(c)
            # the page number: "— n —", 7 mm under the block, odd pages right and even pages left
            footer_text = "".join(c["text"] for c in sorted(footer, key=lambda c: c["x0"])).replace(" ", "")
            assert footer_text == f"—{number}—", f"page {number}: footer {footer_text!r}"
            one_char = PAGE_NUMBER_SIZE * GRID_RATIO
            em_top = min(c["top"] for c in footer)
            assert abs(em_top - (block_bottom_top + PAGE_NUMBER_GAP)) < TOLERANCE + 2, "page number not 7 mm below"
            if number % 2:
                assert abs(max(c["x1"] for c in footer) - (g.right - one_char)) < 1.5, "odd page number not right"
            else:
                assert abs(min(c["x0"] for c in footer) - (g.left + one_char)) < 1.5, "even page number not left"
            starts = [c for c in line_starts(body + spaces) if c.strip()]
            for char in starts:
                assert char not in CLOSING, f"page {number}: a line starts with “{char}”"
            text = "".join(page.crop((g.left - TOLERANCE, g.top - TOLERANCE, g.right + TOLERANCE,
                                      block_bottom_top + TOLERANCE)).extract_text().split())
            pages.append(Page(number, g is LANDSCAPE, text, starts, footer_text))
    return pages


def line_starts(chars: list[dict]) -> list[str]:
    """The first character of every line, also of each line in a table cell: a character with no other
    character just before it on the same baseline (the text matrix's y: a box's bottom depends on the
    descent of the font that draws the character, and a line may mix fonts)."""
    rows: dict[int, list[dict]] = {}
    for c in chars:
        rows.setdefault(round(c["matrix"][5]), []).append(c)
    starts = []
    for row in rows.values():
        row.sort(key=lambda c: c["x0"])
        previous = None
        for c in row:
            if previous is None or c["x0"] - previous["x1"] > c["size"] * 0.8:
                starts.append(c["text"])
            previous = c
    return starts


def table_cells(data: bytes) -> list[list[str]]:
    """Every table row on every page, each cell's text without whitespace."""
    rows = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                rows += [["".join((cell or "").split()) for cell in row] for row in table]
    return rows


def metadata(data: bytes) -> dict[str, str]:
    info = PdfReader(io.BytesIO(data)).metadata
    return {k: str(v) for k, v in (info or {}).items()}
