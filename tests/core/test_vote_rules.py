"""The vote rules (core/vote_rules.py): for any council rules, member count, attendance and votes, the
computed outcome equals a plain restatement of the rules; and the reasons read as the users expect."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from coordinator_app.core.vote_rules import (
    FAILED_QUORUM,
    FAILED_VOTES,
    PASSED,
    VoteRules,
    decide,
    fraction_words,
    quorum_needed,
    shown_reason,
    votes_needed,
)

#: brackets, and the other ASCII marks that have a full-width form in Chinese text
HALF_WIDTH_MARKS = set("()[]{},;:?!")


@st.composite
def fractions(draw: st.DrawFn) -> Fraction:
    denominator = draw(st.integers(1, 30))
    return Fraction(draw(st.integers(1, denominator)), denominator)


@st.composite
def meetings(draw: st.DrawFn) -> tuple[VoteRules, int, int, int]:
    rules = VoteRules(draw(fractions()), draw(fractions()))
    members = draw(st.integers(0, 200))
    present = draw(st.integers(0, members))
    votes_for = draw(st.integers(0, present))
    return rules, members, present, votes_for


@given(meetings())
def test_outcome_restates_the_rules(case: tuple[VoteRules, int, int, int]) -> None:
    rules, members, present, votes_for = case
    outcome = decide(rules, members, present, votes_for)
    # the rules, as a council writes them: at least the quorum share of ALL members present ...
    has_quorum = present >= rules.quorum * members
    # ... and more than the threshold share of ALL members (not of those present) in favour
    enough_votes = votes_for > rules.threshold * members
    expected = FAILED_QUORUM if not has_quorum else PASSED if enough_votes else FAILED_VOTES
    assert outcome.result == expected
    assert outcome.passed == (has_quorum and enough_votes)


@given(meetings())
def test_needed_counts_are_the_smallest_that_satisfy_the_rules(case: tuple[VoteRules, int, int, int]) -> None:
    rules, members, _present, _votes = case
    q = quorum_needed(rules, members)
    assert q >= rules.quorum * members and (q == 0 or q - 1 < rules.quorum * members)
    v = votes_needed(rules, members)
    assert v > rules.threshold * members and v - 1 <= rules.threshold * members


def test_defaults_read_as_the_users_expect() -> None:
    rules = VoteRules()
    assert quorum_needed(rules, 20) == 14 and votes_needed(rules, 20) == 11
    assert quorum_needed(rules, 15) == 10  # exact two thirds: a float would say 11
    assert decide(rules, 20, 12, 12).reason == "出席12人，未达法定人数14人"
    assert decide(rules, 20, 14, 9).reason == "赞成9票，未超过全体成员半数（10票）"
    assert decide(rules, 20, 14, 11).reason == "赞成11票，超过全体成员半数（10票）"
    assert decide(rules, 19, 13, 10).reason == "赞成10票，超过全体成员半数（9.5票）"
    assert decide(VoteRules(Fraction(1, 2), Fraction(2, 3)), 21, 11, 14).reason == \
        "赞成14票，未超过全体成员三分之二（14票）"


@given(meetings())
def test_reasons_use_full_width_brackets(case: tuple[VoteRules, int, int, int]) -> None:
    rules, members, present, votes_for = case
    reason = decide(rules, members, present, votes_for).reason
    assert not HALF_WIDTH_MARKS & set(reason), reason
    # a fraction in Chinese numerals whatever its denominator (十二分之十一, not 11/12)
    assert "/" not in reason, reason
    # the count that decides a vote stands in full-width brackets: 全体成员半数（10票）, 三分之二（9.5票）
    assert reason.count("（") == reason.count("）") == (0 if reason.startswith("出席") else 1)
    assert shown_reason(reason) == reason


def test_reasons_recorded_with_half_width_brackets_are_shown_full_width() -> None:
    assert shown_reason("赞成11票，超过全体成员半数(10票)") == "赞成11票，超过全体成员半数（10票）"
    assert shown_reason("赞成10票，超过全体成员半数(9.5票)") == "赞成10票，超过全体成员半数（9.5票）"
    assert shown_reason("出席12人，未达法定人数14人") == "出席12人，未达法定人数14人"
    assert shown_reason("") == ""


def test_fractions_read_in_chinese_numerals_whatever_the_denominator() -> None:
    assert fraction_words(Fraction(1, 2)) == "半数"
    assert fraction_words(Fraction(2, 3)) == "三分之二"
    assert fraction_words(Fraction(7, 10)) == "十分之七"
    assert fraction_words(Fraction(11, 12)) == "十二分之十一"
    assert fraction_words(Fraction(13, 20)) == "二十分之十三"
    assert fraction_words(Fraction(21, 40)) == "四十分之二十一"
    assert fraction_words(Fraction(50, 99)) == "九十九分之五十"
    assert fraction_words(Fraction(51, 100)) == "百分之五十一"
    assert fraction_words(Fraction(101, 200)) == "二百分之一百零一"
    assert decide(VoteRules(Fraction(2, 3), Fraction(11, 12)), 24, 24, 23).reason == \
        "赞成23票，超过全体成员十二分之十一（22票）"


def test_fractions_recorded_in_arabic_numerals_are_shown_in_chinese() -> None:
    """Earlier versions recorded a rule over ten as 11/12 in the reason; it is shown and printed as words."""
    assert shown_reason("赞成23票，超过全体成员11/12(22票)") == "赞成23票，超过全体成员十二分之十一（22票）"
    assert shown_reason("赞成10票，未超过全体成员13/20（13票）") == "赞成10票，未超过全体成员二十分之十三（13票）"
