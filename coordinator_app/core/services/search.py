"""The search box's "contains" condition, shared by every list: the user's ``%`` and ``_`` taken literally."""

from __future__ import annotations

from typing import Any


def contains_pattern(text: str) -> str:
    """A LIKE pattern for "contains ``text``", lower-cased, with the user's ``%`` and ``_`` taken literally
    (escape character ``\\``)."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(column: Any, text: str, *, lowered: bool = False) -> Any:
    """``column`` contains ``text``, ignoring case. ``lowered``: the column is already lower-cased (a
    ``search_text`` column), so a plain LIKE is enough and can use its index."""
    pattern = contains_pattern(text)
    return column.like(pattern, escape="\\") if lowered else column.ilike(pattern, escape="\\")
