"""Validation of user input. Each checker returns the cleaned value or raises ``ValidationError``
with a message the user can act on."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from .errors import ValidationError

_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
# 020-83001234, 02083001234, 83001234, 020-8300-1234 and an optional extension 转123 / -123
# (a local number starts with 2–9: one starting with 1 is a mistyped mobile)
_LANDLINE = re.compile(r"^(0\d{2,3})?[2-9]\d{6,7}((转|-|ext)\d{1,6})?$", re.ASCII)


def normalise_phone(raw: str) -> str:
    # NFKC turns full-width digits, brackets and dashes (typed with a Chinese input method) into ASCII
    text = unicodedata.normalize("NFKC", raw or "").strip()
    for ch in " ()\u3000":
        text = text.replace(ch, "")
    if text.startswith("+86"):
        text = text[3:]
    return text


def is_valid_phone(raw: str) -> bool:
    text = normalise_phone(raw)
    if _MOBILE.match(text.replace("-", "")):  # 13812345678, 138-1234-5678
        return True
    if text.startswith("1"):  # a mobile with a digit too many or too few, not a landline with an extension
        return False
    compact = text.replace("-", "", 1)
    return bool(_LANDLINE.match(compact) or _LANDLINE.match(text))


def check_phone(raw: str | None, field: str = "phone", label: str = "联系电话") -> str:
    """Empty is allowed (use ``require`` for a mandatory phone). Several numbers may be given,
    separated by ``、`` ``,`` ``;`` or ``/``."""
    text = (raw or "").strip()
    if not text:
        return ""
    parts = [p for p in re.split(r"[、,，;；/]", text) if p.strip()]
    for part in parts:
        if not is_valid_phone(part):
            raise ValidationError(
                f"{label}“{part.strip()}”格式不正确：请填写11位手机号（如13812345678）或固定电话（如020-83001234）。",
                field,
            )
    return "、".join(unicodedata.normalize("NFKC", p).strip() for p in parts)


def require(value: Any, field: str, label: str) -> Any:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(f"请填写“{label}”。", field)
    return value.strip() if isinstance(value, str) else value


def check_length(value: str, field: str, label: str, maximum: int) -> str:
    if len(value) > maximum:
        raise ValidationError(f"“{label}”最多{maximum}个字，当前{len(value)}个字。", field)
    return value


def check_choice(value: str | None, choices: Iterable[str], field: str, label: str) -> str:
    if value not in set(choices):
        raise ValidationError(f"请选择有效的“{label}”。", field)
    return value  # type: ignore[return-value]


def check_non_negative_int(value: Any, field: str, label: str, *, allow_none: bool = False) -> int | None:
    if value is None or value == "":
        if allow_none:
            return None
        raise ValidationError(f"请填写“{label}”。", field)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"“{label}”应为整数。", field) from None
    if number < 0:
        raise ValidationError(f"“{label}”不能为负数。", field)
    return number


def clean_text(values: dict[str, Any], limits: dict[str, tuple[str, int]]) -> dict[str, Any]:
    """Strip every string and check its length; ``limits`` maps field -> (label, max length)."""
    cleaned = dict(values)
    for field, (label, maximum) in limits.items():
        if field in cleaned and cleaned[field] is not None:
            cleaned[field] = check_length(str(cleaned[field]).strip(), field, label, maximum)
    return cleaned
