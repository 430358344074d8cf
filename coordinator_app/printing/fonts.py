"""Fonts by role (仿宋, 宋体, 黑体, 楷体, 小标宋): discovery, registration with reportlab, coverage.

Discovery looks in the folder the user chose (first), then the system's font folders (Windows, Linux
desktops, the user's own font folders) and matches each face's family names (every language) against
known families per role. TrueType faces are registered as they are; OpenType-CFF faces (Noto CJK,
Source Han) are converted once to TrueType (``cff.converted``) and cached in the data folder.
Registrations are cached for the whole process: the second document pays nothing for fonts.

A role without its own font falls back to a related role (仿宋 → 宋体 → 楷体 …) and ``FontSet.warnings``
says so. Every character is checked: one the role's font cannot draw is taken from another installed
TrueType font, else from a CFF face that has it (a rare character in a name: 𠮷, 䶮), converted for the
characters the document needs from it (``FontSet.prepare``); one no font can draw stops the document with a
message that names it (``MissingGlyphError``)."""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from coordinator_app.core.errors import CoordinatorError

from . import cff

ROLES: dict[str, str] = {
    "fangsong": "仿宋",
    "song": "宋体",
    "hei": "黑体",
    "kai": "楷体",
    "xbs": "小标宋",
}

#: family names (lower case) per role, best first; matched against every name a face carries
KNOWN_FAMILIES: dict[str, tuple[str, ...]] = {
    "fangsong": ("fangsong", "仿宋", "fangsong_gb2312", "仿宋_gb2312", "fzfangsong-z02s", "方正仿宋简体",
                 "方正仿宋_gbk", "stfangsong", "华文仿宋", "ar pl fangsong"),
    "song": ("simsun", "宋体", "nsimsun", "新宋体", "stsong", "华文宋体", "source han serif sc", "思源宋体",
             "noto serif cjk sc", "ar pl uming cn", "ar pl sungtil gb", "ar pl uming tw"),
    "hei": ("simhei", "黑体", "microsoft yahei", "微软雅黑", "stheiti", "华文黑体", "source han sans sc", "思源黑体",
            "noto sans cjk sc", "wenquanyi zen hei", "文泉驿正黑", "wenquanyi micro hei", "droid sans fallback"),
    "kai": ("kaiti", "楷体", "kaiti_gb2312", "楷体_gb2312", "stkaiti", "华文楷体", "fzkai-z03s", "方正楷体简体",
            "ar pl ukai cn", "ar pl kaitim gb", "ar pl ukai tw"),
    "xbs": ("fzxiaobiaosong-b05s", "方正小标宋简体", "方正小标宋_gbk", "fzxiaobiaosong-b05", "方正小标宋",
            "fzxbsjw--gb1-0"),
}

#: every known family name: a face with one of them is a Chinese face
CHINESE_FAMILIES = frozenset(f for families in KNOWN_FAMILIES.values() for f in families)

#: when a role has no font of its own, the roles that stand in, in order
FALLBACK_ROLES: dict[str, tuple[str, ...]] = {
    "fangsong": ("song", "kai", "hei"),
    "song": ("fangsong", "kai", "hei"),
    "hei": ("song", "fangsong", "kai"),
    "kai": ("fangsong", "song", "hei"),
    "xbs": ("song", "hei", "fangsong", "kai"),
}

FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
INDEX_FILE = "font-index.json"


class MissingGlyphError(CoordinatorError):
    """A character no installed font can draw."""

    def __init__(self, char: str) -> None:
        name = unicodedata.name(char, "")
        super().__init__(
            f"文档中的“{char}”（U+{ord(char):04X}{' ' + name if name else ''}）在已安装的字体中都无法显示，"
            "无法打印。请改写该字，或在“设置”中选择含有该字的字体文件夹。")
        self.char = char


class NoFontError(CoordinatorError):
    pass


def system_font_dirs() -> list[Path]:
    """The folders where installed fonts live on this system."""
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts"), Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        data_dirs = os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")
        dirs += [Path(d) / "fonts" for d in data_dirs if d]
        data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        dirs += [Path(data_home) / "fonts", Path.home() / ".fonts"]
    seen: list[Path] = []
    for d in dirs:
        if d not in seen:
            seen.append(d)
    return seen


@dataclass(frozen=True)
class Face:
    path: str
    index: int
    family: str
    #: every family name the face carries, lower case
    names: tuple[str, ...]
    is_cff: bool
    is_bold: bool = False


def _faces_of(path: Path) -> list[dict[str, object]]:
    from fontTools.ttLib import TTCollection, TTFont

    if path.suffix.lower() in (".ttc", ".otc"):
        fonts = TTCollection(str(path), lazy=True).fonts
    else:
        fonts = [TTFont(str(path), lazy=True)]
    faces = []
    for index, font in enumerate(fonts):
        names = set()
        english = ""
        for record in font["name"].names:
            if record.nameID in (1, 4, 16):
                try:
                    text = record.toUnicode().strip()
                except UnicodeDecodeError:
                    continue
                names.add(text.lower())
                if record.nameID in (1, 16) and record.langID in (0, 0x409) and not english:
                    english = text
        weight = font["OS/2"].usWeightClass if "OS/2" in font else 400
        faces.append({"index": index, "family": english or (sorted(names)[0] if names else path.stem),
                      "names": sorted(names), "cff": "CFF " in font or "CFF2" in font, "bold": weight >= 600})
    return faces


def scan(dirs: list[Path], index_file: Path | None = None) -> list[Face]:
    """Every face in the font files under ``dirs`` (in that order), its names read once and kept in
    ``index_file`` keyed by path, size and time."""
    cache: dict[str, dict[str, object]] = {}
    if index_file is not None:
        try:
            cache = json.loads(index_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cache = {}
    fresh: dict[str, dict[str, object]] = {}
    faces: list[Face] = []
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, _subdirs, files in os.walk(folder):
            for name in sorted(files):
                if not name.lower().endswith(FONT_SUFFIXES):
                    continue
                path = Path(root) / name
                try:
                    stat = path.stat()
                except OSError:
                    continue
                key = str(path)
                stamp = f"{stat.st_size}:{int(stat.st_mtime)}"
                entry = cache.get(key)
                if not entry or entry.get("stamp") != stamp:
                    try:
                        entry = {"stamp": stamp, "faces": _faces_of(path)}
                    except Exception:  # noqa: BLE001 - a broken font file is skipped, not fatal
                        entry = {"stamp": stamp, "faces": []}
                fresh[key] = entry
                for f in entry["faces"]:  # type: ignore[union-attr]
                    faces.append(Face(key, int(f["index"]), str(f["family"]), tuple(f["names"]), bool(f["cff"]),
                                      bool(f.get("bold"))))
    if index_file is not None and fresh != cache:
        try:
            index_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = index_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(fresh, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, index_file)
        except OSError:
            pass
    return faces


def pick(faces: list[Face], role: str) -> Face | None:
    """The best face for ``role``: a regular weight before a bold one, a TrueType face before a CFF one (no
    conversion, smaller files), then the earliest known family, then the earlier folder (the user's folder
    comes first)."""
    best: tuple[int, int, int, int] | None = None
    chosen = None
    for order, face in enumerate(faces):
        for rank, family in enumerate(KNOWN_FAMILIES[role]):
            if family in face.names:
                key = (int(face.is_bold), int(face.is_cff), rank, order)
                if best is None or key < best:
                    best, chosen = key, face
                break
    return chosen


@dataclass
class RoleFont:
    role: str
    face: Face
    #: the role whose font stands in, when the role has none of its own
    served_by: str

    @property
    def is_fallback(self) -> bool:
        return self.served_by != self.role


class RegisteredFont:
    """A face registered with reportlab under ``name``; ``has(char)`` says whether it can draw it."""

    def __init__(self, name: str, ttfont: object, face: Face) -> None:
        self.name = name
        self.ttfont = ttfont
        self.face = face
        self.cmap = ttfont.face.charToGlyph  # type: ignore[attr-defined]
        self._widths: dict[tuple[str, float], float] = {}

    def has(self, char: str) -> bool:
        return ord(char) in self.cmap

    def width(self, char: str, size: float) -> float:
        key = (char, size)
        w = self._widths.get(key)
        if w is None:
            w = self._widths[key] = self.ttfont.stringWidth(char, size)  # type: ignore[attr-defined]
        return w


_registered: dict[tuple[str, int, str, str], RegisteredFont] = {}
_coverage: dict[tuple[str, int, str], frozenset[int]] = {}
_lock = threading.Lock()


def _stamp(face: Face) -> str:
    stat = os.stat(face.path)
    return f"{stat.st_size}:{int(stat.st_mtime)}"


_BFCHAR = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16(match: re.Match[str]) -> str:
    code = int(match.group(2), 16) - 0x10000
    return f"{match.group(1)}<{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}>"


def _install_to_unicode_fix() -> None:
    """reportlab writes a character above U+FFFF (𠮷 U+20BB7) into a font's ToUnicode map as five hex digits
    instead of its UTF-16 surrogate pair, so the PDF's text reads (and searches, and copies) as another
    character (₻ U+20BB). Its map is rewritten with the pair."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "fixed_for_astral", False):
        return

    def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        return _BFCHAR.sub(_utf16, original(fontname, subset))

    to_unicode_cmap.fixed_for_astral = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def register(face: Face, cache_dir: Path, chars: frozenset[str] | None = None) -> RegisteredFont:
    """Register ``face`` with reportlab once per process (converting a CFF face through the cache: the
    common set, or only ``chars`` when given)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    key = (face.path, face.index, _stamp(face), "".join(sorted(chars)) if chars else "")
    with _lock:
        font = _registered.get(key)
        if font is not None:
            return font
        _install_to_unicode_fix()
        name = f"CA{len(_registered) + 1}-{Path(face.path).stem}-{face.index}"
        if face.is_cff:
            ttfont = TTFont(name, str(cff.converted(face.path, face.index, cache_dir, chars)))
        else:
            ttfont = TTFont(name, face.path, subfontIndex=face.index)
        pdfmetrics.registerFont(ttfont)
        font = _registered[key] = RegisteredFont(name, ttfont, face)
        return font


def coverage(face: Face) -> frozenset[int]:
    """The code points ``face`` draws, read from its cmap alone (a tenth of a second for Noto CJK), once per
    process."""
    from fontTools.ttLib import TTFont

    key = (face.path, face.index, _stamp(face))
    with _lock:
        found = _coverage.get(key)
    if found is None:
        font = TTFont(face.path, fontNumber=face.index, lazy=True)
        try:
            found = frozenset(font.getBestCmap() or {})
        finally:
            font.close()
        with _lock:
            _coverage[key] = found
    return found


@dataclass
class FontSet:
    """The font serving each role, and the per-character fallback chain."""

    roles: dict[str, RoleFont]
    faces: list[Face]
    cache_dir: Path
    _chains: dict[str, list[RegisteredFont]] = field(default_factory=dict)
    _extra: list[Face] | None = None
    #: subsets of CFF faces converted for characters no TrueType face draws (``prepare``)
    _converted: list[RegisteredFont] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        out = []
        for role, label in ROLES.items():
            rf = self.roles.get(role)
            if rf is None:
                out.append(f"没有找到{label}字体。")
            elif rf.is_fallback:
                out.append(f"没有找到{label}字体，以{ROLES[rf.served_by]}（{rf.face.family}）代替。")
        return out

    def font(self, role: str) -> RegisteredFont:
        return self.chain(role)[0]

    def chain(self, role: str) -> list[RegisteredFont]:
        chain = self._chains.get(role)
        if chain is None:
            if role not in self.roles:
                raise NoFontError("没有找到可用于打印的中文字体。请安装中文字体，或在“设置”中选择字体文件夹。")
            chain = self._chains[role] = [register(self.roles[role].face, self.cache_dir)]
        return chain

    def font_for(self, role: str, char: str) -> RegisteredFont:
        """The font that draws ``char`` in ``role``: the role's own, else the first other font that has it,
        else a CFF face's conversion of it (made here for this one character when ``prepare`` was not told)."""
        chain = self.chain(role)
        for font in chain:
            if font.has(char):
                return font
        for face in self._fallback_faces(role):
            font = register(face, self.cache_dir)
            if font not in chain:
                chain.append(font)
            if font.has(char):
                return font
        converted = self._converted_for(char)
        if converted is None and self._convert([char]):
            converted = self._converted_for(char)
        if converted is None:
            raise MissingGlyphError(char)
        chain.append(converted)
        return converted

    def prepare(self, text: str) -> None:
        """Before setting ``text`` (a whole document): the characters no TrueType face draws but a CFF face
        (Noto CJK, Source Han) does are converted from it, all of them at once (about a second, then cached
        in the data folder), rather than one conversion per character. Characters no font has are left for
        ``font_for`` to name."""
        missing = [c for c in sorted(set(text)) if not c.isspace() and not self._drawn_without_conversion(c)]
        if missing:
            self._convert(missing)

    def _drawn_without_conversion(self, char: str) -> bool:
        if any(font.has(char) for font in (*self._converted, *(c[0] for c in self._chains.values()))):
            return True
        return any(register(face, self.cache_dir).has(char) for face in self._all_faces())

    def _all_faces(self) -> list[Face]:
        faces: list[Face] = []
        for role in self.roles:
            faces += [f for f in self._fallback_faces(role) if f not in faces]
        return faces

    def _converted_for(self, char: str) -> RegisteredFont | None:
        return next((font for font in self._converted if font.has(char)), None)

    def _convert(self, chars: list[str]) -> bool:
        """Convert ``chars`` from the CFF faces that have them (regular before bold, serif before sans);
        whether any was."""
        song = set(KNOWN_FAMILIES["song"])
        candidates = sorted((f for f in self.faces if f.is_cff and set(f.names) & CHINESE_FAMILIES),
                            key=lambda f: (f.is_bold, not song & set(f.names)))
        remaining = list(chars)
        for face in candidates:
            if not remaining:
                break
            have = coverage(face)
            take = [c for c in remaining if ord(c) in have]
            if take:
                self._converted.append(register(face, self.cache_dir, frozenset(take)))
                remaining = [c for c in remaining if c not in take]
        return len(remaining) < len(chars)

    def _fallback_faces(self, role: str) -> list[Face]:
        order = [self.roles[r].face for r in (role, *FALLBACK_ROLES[role]) if r in self.roles]
        if self._extra is None:
            # any other TrueType face with Chinese names (no conversion needed); other CFF faces serve
            # only what no TrueType face has, converted for those characters (``_convert``)
            self._extra = sorted((f for f in self.faces if set(f.names) & CHINESE_FAMILIES and not f.is_cff),
                                 key=lambda f: f.is_bold)
        seen: list[Face] = []
        for face in order + self._extra:
            if face not in seen:
                seen.append(face)
        return seen


def resolve(faces: list[Face], cache_dir: Path) -> FontSet:
    own = {role: pick(faces, role) for role in ROLES}
    roles: dict[str, RoleFont] = {}
    for role in ROLES:
        for candidate in (role, *FALLBACK_ROLES[role]):
            face = own.get(candidate)
            if face is not None:
                roles[role] = RoleFont(role, face, candidate)
                break
    return FontSet(roles, faces, cache_dir)


_sets: dict[tuple[str, ...], FontSet] = {}


def font_set(data_dir: Path, user_font_dir: str | os.PathLike[str] | None = None,
             system_dirs: list[Path] | None = None) -> FontSet:
    """The fonts for documents: the user's folder first, then the system's. Kept for the process."""
    dirs = ([Path(user_font_dir)] if user_font_dir else []) + (system_font_dirs() if system_dirs is None
                                                               else system_dirs)
    key = (str(data_dir), *map(str, dirs))
    with _lock:
        cached = _sets.get(key)
    if cached is not None:
        return cached
    cache_dir = Path(data_dir) / "font-cache"
    result = resolve(scan(dirs, cache_dir / INDEX_FILE), cache_dir)
    with _lock:
        _sets[key] = result
    return result


def forget_font_sets() -> None:
    """After the user changes the font folder."""
    with _lock:
        _sets.clear()
