"""Generate coordinator_app/core/data/pinyin.json: the usual pinyin reading of every CJK ideograph, which
core/sorting.py uses for 拼音排序. Run once when the table should change (needs ``pip install pypinyin``);
the app itself does not depend on pypinyin (its dictionaries cost ~0.3 s and ~55 MB when loaded)."""

from __future__ import annotations

import json
from pathlib import Path

from pypinyin import Style, lazy_pinyin

RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]
TARGET = Path(__file__).resolve().parent.parent / "coordinator_app" / "core" / "data" / "pinyin.json"


def main() -> None:
    table: dict[str, str] = {}
    for low, high in RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            reading = lazy_pinyin(char, style=Style.NORMAL)[0]
            if reading != char and reading.isascii():
                table[char] = reading
    # one line per reading, listing its characters: compact and readable in a diff
    by_reading: dict[str, list[str]] = {}
    for char, reading in table.items():
        by_reading.setdefault(reading, []).append(char)
    TARGET.write_text(json.dumps({r: "".join(c) for r, c in sorted(by_reading.items())}, ensure_ascii=False,
                                 indent=0), encoding="utf-8")
    print(f"{len(table)} characters, {len(by_reading)} readings -> {TARGET}")


if __name__ == "__main__":
    main()
