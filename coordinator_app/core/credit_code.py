"""统一社会信用代码 (unified social credit identifier, GB 32100-2015).

Eighteen characters from the alphabet 0-9 A-Z without I, O, Z, S and V:

    position 1     registration authority (登记管理部门代码): 1 机构编制, 5 民政, 9 工商, Y 其他, …
    position 2     kind of organisation within that authority (机构类别代码)
    positions 3-8  administrative division code (登记管理机关行政区划码), six digits
    positions 9-17 organisation code (主体标识码, GB 11714)
    position 18    check character over the first seventeen

``normalise`` accepts what users type (lower case, spaces, full-width characters from a Chinese input
method); ``check`` returns the normalised code or raises ``ValidationError`` with a message the user can
act on; ``check_character`` computes the last character (tests and demo data use it)."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
VALUES = {ch: i for i, ch in enumerate(ALPHABET)}
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18

#: registration authorities (position 1) and the kinds each registers (position 2), per GB 32100-2015 and
#: the codes assigned since; checked loosely: an unknown pair is refused, the rest is the check character's job
AUTHORITY_KINDS: dict[str, str] = {
    "1": "1239",   # 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
    "2": "19",     # 外交
    "3": "12349",  # 司法行政
    "4": "19",     # 文化
    "5": "1239",   # 民政: 社会团体, 民办非企业单位, 基金会, 其他
    "6": "129",    # 旅游
    "7": "129",    # 宗教
    "8": "129",    # 工会
    "9": "123",    # 工商: 企业, 个体工商户, 农民专业合作社
    "A": "19",     # 中央军委改革和编制办公室
    "N": "12349",  # 农业
    "Y": "1",      # 其他
}

_SPACES = re.compile(r"[\s\-_]+")


def normalise(raw: str | None) -> str:
    """Upper-case ASCII without spaces or dashes; full-width letters and digits become ASCII."""
    text = unicodedata.normalize("NFKC", raw or "")
    return _SPACES.sub("", text).upper()


def check_character(first17: str) -> str:
    """The check character (position 18) for the first seventeen characters."""
    total = sum(VALUES[ch] * weight for ch, weight in zip(first17, WEIGHTS, strict=True))
    value = 31 - total % 31
    return ALPHABET[0 if value == 31 else value]


#: the shape of a valid code: 18 characters of the alphabet, the 3rd to 8th digits (checked first: most codes are fine)
_SHAPE = re.compile(f"[{ALPHABET}]{{2}}[0-9]{{6}}[{ALPHABET}]{{10}}")


def problem(code: str) -> str | None:
    """What is wrong with an already normalised code, in words for the user; None when it is valid."""
    if _SHAPE.fullmatch(code) and code[1] in AUTHORITY_KINDS.get(code[0], "") and \
            check_character(code[:17]) == code[17]:
        return None
    if len(code) != LENGTH:
        return f"应为18位，当前为{len(code)}位"
    bad = sorted({ch for ch in code if ch not in VALUES})
    if bad:
        return f"含有不允许的字符“{'、'.join(bad)}”（代码中不使用字母I、O、Z、S、V）"
    kinds = AUTHORITY_KINDS.get(code[0])
    if kinds is None:
        return f"第1位登记管理部门代码“{code[0]}”不存在"
    if code[1] not in kinds:
        return f"第2位机构类别代码“{code[1]}”与登记管理部门不符"
    if not code[2:8].isdigit():
        return "第3至8位应为行政区划代码（6位数字）"
    if check_character(code[:17]) != code[17]:
        return "校验位不符，可能有字符输错"
    return None


def is_valid(raw: str | None) -> bool:
    return problem(normalise(raw)) is None


def check(raw: str | None, field: str = "credit_code", *, required: bool = False) -> str:
    """The normalised code ("" when empty and not required); ``ValidationError`` when it is not valid."""
    code = normalise(raw)
    if not code:
        if required:
            raise ValidationError("请填写“统一社会信用代码”。", field)
        return ""
    reason = problem(code)
    if reason:
        raise ValidationError(f"统一社会信用代码“{code}”不正确：{reason}。请对照营业执照或登记证书核对。", field)
    return code
