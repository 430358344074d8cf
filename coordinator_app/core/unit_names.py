"""Telling near-identical unit names apart from different ones (“广州市越秀区某某有限公司” and
“广州市越秀区 某某（有限责任公司）” are one unit; “某某有限公司越秀分公司” is another)."""

from __future__ import annotations

import unicodedata

#: company-form suffixes that do not tell two units apart (longest first); 分公司 is kept on purpose
SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司")


def name_key(name: str | None) -> str:
    """The name without spaces and punctuation, full-width folded to ASCII, lower-cased, and without a
    trailing company form. Equal keys mean "probably the same unit"."""
    text = unicodedata.normalize("NFKC", name or "").lower()
    kept = "".join(ch for ch in text if not unicodedata.category(ch).startswith(("P", "Z", "S", "C")))
    for suffix in SUFFIXES:
        if kept.endswith(suffix) and len(kept) > len(suffix):
            return kept[: -len(suffix)]
    return kept
