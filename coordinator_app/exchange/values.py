"""Turning spreadsheet cells into field values and back: text of numbers, dates in every form people type,
yes/no, and the neutralising of text a spreadsheet would run as a formula."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

#: Excel's day zero (serial 1 = 1900-01-01, with its phantom 1900-02-29)
_EXCEL_EPOCH = date(1899, 12, 30)
#: the date, then a time of day as a date cell saved as text carries it (2021-03-05 00:00:00, 2021/3/5 10:30)
_DATE = re.compile(r"^(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*[日号]?"
                   r"(?:(?:\s+|T)([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
YES = {"是", "y", "yes", "true", "1", "√", "✓", "有", "党员", "中共党员", "预备党员"}
NO = {"否", "n", "no", "false", "0", "×", "无", "群众", "非党员", ""}


#: characters that show as nothing, brought along when text is copied from a web page or a chat (zero-width
#: spaces and joiners, the word joiner, a byte-order mark)
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
#: what a form that wants every cell filled has where there is nothing: an empty value for a code, a phone, a date
PLACEHOLDERS = frozenset({"无", "暂无", "/", "／", "\\", "-", "—", "——", "－", "–", "空", "未提供"})


def text_of(value: Any) -> str:
    """A cell as text: numbers without a trailing .0, dates as 2021-03-05, invisible characters dropped, trimmed."""
    if type(value) is str:  # the common case first
        if _INVISIBLE.search(value):
            value = _INVISIBLE.sub("", value)
        text = (value.replace("\u3000", " ") if "\u3000" in value else value).strip()
        if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@", "'"):
            return text[1:]
        return text
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if _INVISIBLE.search(str(value)):
        value = _INVISIBLE.sub("", str(value))
    # no NFKC here: full-width punctuation (，（）：) is part of Chinese names and text; phones and codes
    # are normalised by their own checks
    text = str(value).replace("\u3000", " ").strip()
    # a neutralising apostrophe written by an export comes back as the text itself
    if text.startswith("'") and len(text) > 1 and text[1] in "=+-@'":
        text = text[1:]
    return text


def phone_of(value: Any) -> str:
    """A phone number cell: a number stored as a number loses nothing but a Guangzhou landline's leading 0
    (20 8300 1234 → 020-83001234)."""
    text = text_of(value)
    if text in PLACEHOLDERS:
        return ""
    if isinstance(value, (int, float)) and re.fullmatch(r"20\d{8}", text):
        return f"0{text[:2]}-{text[2:]}"
    return text


_PHONE_LIST = re.compile(r"[、,，;；/]")
_COUNTRY_CODE = re.compile(r"^(?:\+|00)?86[\s\-]*(.+)$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")


def without_country_code(text: str) -> str:
    """A mobile number written with China's country code (+86 138…, 0086-138…, or ８６１３８… typed with a
    Chinese input method) as the number itself; anything else as it is."""
    parts = [p.strip() for p in _PHONE_LIST.split(text) if p.strip()]
    found = [_COUNTRY_CODE.match(unicodedata.normalize("NFKC", p)) for p in parts]
    if not any(m and _MOBILE.match(re.sub(r"[\s\-]", "", m[1])) for m in found):
        return text
    return "、".join(m[1] if m and _MOBILE.match(re.sub(r"[\s\-]", "", m[1])) else p
                    for p, m in zip(parts, found, strict=True))


def phone_key(text: str | None) -> str:
    """A phone as compared: its digits, without a country code (138-1234-5678, 138 1234 5678, +86 13812345678
    and 13812345678 are one number; so are 020-83001234 and (020)8300 1234)."""
    return "、".join(re.sub(r"\D", "", unicodedata.normalize("NFKC", without_country_code(p)))
                    for p in _PHONE_LIST.split(text or "") if p.strip())


def parse_date(value: Any) -> date | None:
    """2021年3月5日 (or 5号), 2021/3/5, 2021.3.5, 2021-03-05 (a time after it is dropped), 20210305 as text or as
    a number, an Excel serial number or a date cell.
    None for an empty cell; ``ValueError`` for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # 20210305 typed into a number cell: eight digits, beyond Excel's last serial (9999-12-31)
        compact = _COMPACT.match(text_of(value)) if value >= 10_000_000 else None
        if compact:
            return _from_parts(*compact.groups())
        if not 1 <= value < 2_958_466:
            raise ValueError(value)
        return _EXCEL_EPOCH + timedelta(days=int(value))
    text = text_of(value)
    if not text or text in PLACEHOLDERS:
        return None
    found = _DATE.match(text) or _COMPACT.match(text)
    if found:
        return _from_parts(*found.groups()[:3])
    if re.fullmatch(r"\d{1,6}(\.0+)?", text):
        return parse_date(float(text))
    raise ValueError(text)


def _from_parts(year: str, month: str, day: str) -> date:
    return date(int(year), int(month), int(day))


#: a 政治面貌 other than the CPC's: the Youth League, the eight democratic parties, no party
_NOT_PARTY = re.compile(r"^(共青团员|团员|民革|民盟|民建|民进|农工|致公|九三|台盟|无党派|民主党派)")


def parse_party_member(value: Any) -> bool:
    """是否党员 as yes/no, or a 政治面貌 (中共党员, 中共预备党员 yes; 共青团员, 民盟盟员, 无党派人士, 群众 no)."""
    text = text_of(value)
    if text in ("中共预备党员", "中国共产党党员"):
        return True
    if _NOT_PARTY.match(text):
        return False
    return parse_bool(value)


def parse_bool(value: Any) -> bool:
    text = text_of(value).lower()
    if text in YES:
        return True
    if text in NO:
        return False
    raise ValueError(text)


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe;
    a number-looking ``-5`` stays as text too, since export writes text cells."""
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or (value[:1] == "'" and value[1:2] in ("=", "+", "-", "@", "'"))):
        return "'" + value  # an apostrophe already there is doubled, so that reading back removes only ours
    return value
