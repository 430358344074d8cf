"""Sort keys in pinyin order (拼音排序), the order Chinese users expect of names in a list.

Character-code order puts 伍 before 陈 and 万 before 三; the key is the name's pinyin, so lists ordered by
it read 艾, 白, 陈 … 张, 赵. Each character is read with its usual reading from ``data/pinyin.json``
(generated from pypinyin by tools/make_pinyin_table.py); surnames with a special reading (曾 zēng,
单 shàn, 区 ōu …) are read as surnames in people's names. The name itself follows the pinyin so that
homophones keep a stable order."""

from __future__ import annotations

from functools import lru_cache

#: surnames whose reading differs from the character's most common reading
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "区": "ou", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "缪": "miao",
    "乐": "yue", "覃": "qin", "盖": "ge", "繁": "po", "种": "chong", "召": "shao", "员": "yun", "秘": "bi",
    "尉": "yu", "翟": "zhai", "燕": "yan", "任": "ren", "华": "hua", "纪": "ji", "洗": "xian", "冼": "xian",
    "粘": "nian", "句": "gou", "宿": "su", "隗": "wei", "沈": "shen", "厙": "she", "万俟": "mo qi",
    "尉迟": "yu chi", "长孙": "zhang sun", "单于": "chan yu", "澹台": "tan tai",
}

_SURNAMES_LONGEST_FIRST = sorted(SURNAME_READINGS, key=len, reverse=True)

#: separates the pinyin from the name itself; sorts before every letter and digit
_SEPARATOR = "\x01"


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    import json
    from importlib import resources

    by_reading = json.loads(resources.files("coordinator_app.core.data").joinpath("pinyin.json").read_text("utf-8"))
    return {char: reading for reading, chars in by_reading.items() for char in chars}


def spell(text: str) -> str:
    """Pinyin of the ideographs, other characters as they are: 3号楼 → "3 hao lou"."""
    readings = _readings()
    parts: list[str] = []
    run = ""
    for char in text:
        reading = readings.get(char)
        if reading is None:
            run += char
            continue
        if run.strip():
            parts.append(run.strip())
        run = ""
        parts.append(reading)
    if run.strip():
        parts.append(run.strip())
    return " ".join(parts)


def pinyin_key(text: str | None, *, person: bool = False) -> str:
    """``"chen wei ming\\x01陈伟明"``; ASCII letters are lower-cased and digits kept, so 3号楼 sorts as "3hao lou"."""
    text = (text or "").strip()
    if not text:
        return ""
    head = ""
    rest = text
    if person:
        for surname in _SURNAMES_LONGEST_FIRST:
            if text.startswith(surname):
                head, rest = SURNAME_READINGS[surname] + " ", text[len(surname):]
                break
    spelled = head + spell(rest)
    return f"{spelled.lower()}{_SEPARATOR}{text}"
