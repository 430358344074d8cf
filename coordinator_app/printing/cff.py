"""OpenType-CFF → TrueType (quadratic ``glyf`` outlines) with fontTools, for the CJK fonts many Linux
desktops carry (Noto CJK, Source Han): reportlab embeds TrueType outlines only.

The whole of such a font is 65,000 glyphs; converting all of it takes minutes, so only the characters a
document may need are kept (the common set below, plus whatever else is asked for) and the result is cached
in the data folder, keyed by the source file, its size and time, and the character set."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

#: cubic→quadratic tolerance in font units (1 000 or 2 048 per em): invisible at print sizes
MAX_ERROR = 1.0


def common_characters() -> set[str]:
    """ASCII, Chinese punctuation and the 6,763 hanzi + symbols of GB 2312: what official documents use."""
    chars = {chr(c) for c in range(0x20, 0x7F)}
    chars |= set("，。、；：？！（）【】「」『』《》〈〉“”‘’…—－～·　〔〕［］｛｝％＃＆＊＋＝／＼｜＿℃々〇")
    for high in range(0xA1, 0xF8):
        if 0xAA <= high <= 0xAF:
            continue
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def is_cff(path: str | os.PathLike[str], index: int = 0) -> bool:
    from fontTools.ttLib import TTFont

    font = TTFont(str(path), fontNumber=index, lazy=True)
    try:
        return "CFF " in font or "CFF2" in font
    finally:
        font.close()


def cache_key(path: str | os.PathLike[str], index: int, chars: Iterable[str]) -> str:
    stat = os.stat(path)
    digest = hashlib.sha1()
    digest.update(f"{Path(path).resolve()}|{index}|{stat.st_size}|{int(stat.st_mtime)}|".encode())
    digest.update("".join(sorted(set(chars))).encode("utf-8"))
    return digest.hexdigest()[:20]


def convert(path: str | os.PathLike[str], index: int, chars: Iterable[str], dest: Path) -> Path:
    """Write a TrueType subset of face ``index`` of the CFF font ``path`` covering ``chars`` to ``dest``."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.subset import Options, Subsetter
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(path), fontNumber=index, lazy=False)
    options = Options()
    options.layout_features = []  # no GSUB/GPOS: the documents set plain text
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in set(chars)])
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    for tag in ("CFF ", "CFF2", "VORG"):
        if tag in font:
            del font[tag]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    maxp.maxComponentDepth = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(".tmp")
    font.save(str(tmp))
    font.close()
    os.replace(tmp, dest)
    return dest


def converted(path: str | os.PathLike[str], index: int, cache_dir: Path, chars: Iterable[str] | None = None) -> Path:
    """The cached TrueType conversion of face ``index`` of ``path`` (made on first use)."""
    chars = set(chars) if chars is not None else common_characters()
    dest = cache_dir / f"{Path(path).stem}-{index}-{cache_key(path, index, chars)}.ttf"
    if not dest.exists():
        convert(path, index, chars, dest)
    return dest
