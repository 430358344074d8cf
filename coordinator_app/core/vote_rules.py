"""The vote rules of a council, as pure functions (no database): given the council's rules, the number of
members, how many members are present and the votes, the outcome of an agenda item and why.

The rules, as councils write them (each council sets its own fractions):

- **Quorum** (法定人数): the meeting can decide only when the members present (出席; not those on leave,
  not the absent, not non-voting attendees 列席) number at least ``quorum`` × all members, rounded up.
  Default two thirds: 20 members need 14 present.
- **Passing** (表决通过): more than ``threshold`` × ALL members (not of those present) vote for.
  Default more than half: 20 members need 11 votes for; 19 members need 10.
- Without quorum nothing passes, whatever the votes.

Fractions are kept as integer numerator/denominator, so "two thirds" is exact (floating point would make
ceil(2/3 × 15) = 11)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from .formatting import chinese_number

PASSED = "passed"
FAILED_VOTES = "failed_votes"
FAILED_QUORUM = "failed_quorum"


@dataclass(frozen=True)
class VoteRules:
    quorum: Fraction = Fraction(2, 3)
    threshold: Fraction = Fraction(1, 2)

    @classmethod
    def of(cls, quorum_numerator: int, quorum_denominator: int, pass_numerator: int,
           pass_denominator: int) -> VoteRules:
        return cls(Fraction(quorum_numerator, quorum_denominator), Fraction(pass_numerator, pass_denominator))


@dataclass(frozen=True)
class VoteOutcome:
    result: str  # PASSED, FAILED_VOTES or FAILED_QUORUM
    #: why, in the user's words: "出席12人，未达法定人数14人", "赞成11票，超过全体成员半数（10票）"
    reason: str

    @property
    def passed(self) -> bool:
        return self.result == PASSED


def quorum_needed(rules: VoteRules, members: int) -> int:
    """Members who must be present: ⌈quorum × members⌉."""
    product = rules.quorum * members
    return -(-product.numerator // product.denominator)


def votes_needed(rules: VoteRules, members: int) -> int:
    """Votes for that pass: the smallest whole number greater than threshold × members."""
    product = rules.threshold * members
    return product.numerator // product.denominator + 1


def fraction_words(value: Fraction) -> str:
    """半数, 三分之二, 五分之三, 十二分之十一, 二十分之十三, 百分之五十一: every fraction in Chinese numerals, as rules
    and laws write them (三分之二以上), whatever the denominator; never 11/12 beside 三分之二 in one document
    (GB/T 15835-2011 §4.3: 1/3 or 三分之一, one form for numbers of one kind in one text)."""
    if value == Fraction(1, 2):
        return "半数"
    denominator = chinese_number(value.denominator)
    if value.denominator in (100, 1000, 10000):  # 百分之五十一, 千分之五, as percentages are read
        denominator = denominator[1:]
    return f"{denominator}分之{chinese_number(value.numerator)}"


def _number(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.1f}".rstrip("0").rstrip(".")


def decide(rules: VoteRules, members: int, present: int, votes_for: int) -> VoteOutcome:
    """The outcome of one vote. ``members``: all members of the council at the meeting; ``present``:
    members present; ``votes_for``: members who voted for."""
    needed = quorum_needed(rules, members)
    if present < needed:
        return VoteOutcome(FAILED_QUORUM, f"出席{present}人，未达法定人数{needed}人")
    bar = rules.threshold * members
    words = f"全体成员{fraction_words(rules.threshold)}（{_number(bar)}票）"
    if votes_for > bar:
        return VoteOutcome(PASSED, f"赞成{votes_for}票，超过{words}")
    return VoteOutcome(FAILED_VOTES, f"赞成{votes_for}票，未超过{words}")


#: the vote count as reasons recorded by earlier versions wrote it, in half-width brackets: "半数(10票)"
_HALF_WIDTH_COUNT = re.compile(r"\((\d+(?:\.\d+)?票)\)")
#: a fraction as reasons recorded by earlier versions wrote those over ten: "全体成员11/12"
_ARABIC_FRACTION = re.compile(r"(?<![\d.])(\d+)/([1-9]\d*)(?![\d.])")


def shown_reason(reason: str) -> str:
    """A stored reason as shown and printed. Reasons are kept with the agenda item; those recorded by earlier
    versions wrote the vote count in half-width brackets inside Chinese text ("半数(10票)"), which reads
    as "半数（10票）" now, and a fraction over ten in Arabic numerals ("11/12"), which reads "十二分之十一"."""
    reason = _HALF_WIDTH_COUNT.sub(r"（\1）", reason or "")
    return _ARABIC_FRACTION.sub(lambda m: fraction_words(Fraction(int(m.group(1)), int(m.group(2)))), reason)
