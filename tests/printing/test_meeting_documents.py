"""The meeting documents read back (会议通知, 议程, 签到表, 会议纪要, 决议公示, 会议台账) and the co-building unit
documents (共建协议书, 共建单位名册): layout checks of pdfcheck plus the text against the source data."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

import pdfplumber
import pytest
from conftest import TODAY  # noqa: I001
from pdfcheck import check, metadata, table_cells

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError
from coordinator_app.core.services import agreements, councils, geography, meetings, people, sites, units
from coordinator_app.core.services.meetings import AttendanceRow
from coordinator_app.printing import kinds
from coordinator_app.printing import meetings as meeting_docs
from coordinator_app.printing.document import render
from coordinator_app.printing.fonts import FontSet

STARTS = datetime(2026, 12, 10, 19, 0)


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def meeting(db: Database) -> dict[str, object]:
    """A held meeting of a 6-member council: one on leave, one observer, two items (one passed, one not) and
    an action item; the discussion mentions a resident's mobile."""
    street = geography.list_streets(db)[0].id
    community = geography.create_community(db, street, "东华社区")
    hall = sites.create_site(db, {"name": "东华社区党群服务站", "kind": "community_service_center",
                                  "street_id": street, "address": "越秀区东华东路88号"})
    names = ["黄志明", "梁秀英", "陈国栋", "李美华", "周建国", "吴小燕"]
    members = [people.create_person(db, {"name": n}) for n in names]
    observer = people.create_person(db, {"name": "何律师"})
    council = councils.save_council(
        db, {"name": "东华社区居民议事会", "kind": "community_council", "street_id": street, "community_id": community,
             "notice_days": 5},
        [(m, "resident_representative" if n else "npc_deputy") for n, m in enumerate(members)])
    meeting_id = meetings.create_meeting(db, {"council_id": council, "starts_at": STARTS, "site_id": hall,
                                              "chair_id": members[0], "recorder_id": members[1],
                                              "title": "东华社区居民议事会12月例会"})
    meetings.save_attendance(db, meeting_id, [(m, "resident_representative" if n else "npc_deputy",
                                               "leave" if n == 5 else "present") for n, m in enumerate(members)]
                             + [(observer, "legal_adviser", "observer")])
    lift = meetings.save_agenda_item(db, meeting_id, {"title": "东华东路12号加装电梯", "proposer_id": members[2],
                                                      "source": "proposal",
                                                      "discussion": "住户代表（电话13812345678）介绍了意见征集情况。"})
    meetings.record_vote(db, lift, 4, 1, 0)
    park = meetings.save_agenda_item(db, meeting_id, {"title": "小区停车收费调整", "source": "proposal"})
    meetings.record_vote(db, park, 2, 3, 0)
    meetings.save_action(db, {"meeting_id": meeting_id, "agenda_item_id": lift, "title": "联系加装电梯施工单位",
                              "owner_id": members[3], "due_on": date(2026, 12, 31)})
    return {"id": meeting_id, "council": council, "members": members, "names": names}


def build(db: Database, fonts: FontSet, kind: str, target: str, **options: object) -> tuple[object, bytes, list]:
    document, data = kinds.build_pdf(db, kind, target, fonts, kinds.Options(**options))  # type: ignore[arg-type]
    return document, data, check(data)


def test_meeting_notice(db: Database, fonts: FontSet, meeting: dict) -> None:
    document, data, pages = build(db, fonts, "meeting-notice", meeting["id"], issued_on=date(2026, 12, 1))
    assert len(pages) == 1 and not document.warnings
    text = pages[0].text
    assert text.startswith("关于召开东华社区居民议事会12月例会的通知")
    for part in ("2026年12月10日（星期四）19:00", "东华社区党群服务站（越秀区东华东路88号）", "1．东华东路12号加装电梯",
                 "2．小区停车收费调整", "全体成员（共6人）"):
        assert part in text
    assert text.endswith("东华社区居民议事会2026年12月1日")
    assert metadata(data)["/Title"] == "关于召开东华社区居民议事会12月例会的通知"


def test_a_late_notice_is_warned(db: Database, fonts: FontSet, meeting: dict) -> None:
    document, _data, _pages = build(db, fonts, "meeting-notice", meeting["id"], issued_on=date(2026, 12, 8))
    assert document.warnings == ["东华社区居民议事会的规则要求提前5天发出会议通知（最迟2026年12月5日），"
                                 "本通知的落款日期2026年12月8日已晚于此。"]


def test_meeting_agenda(db: Database, fonts: FontSet, meeting: dict) -> None:
    _document, _data, pages = build(db, fonts, "meeting-agenda", meeting["id"])
    text = pages[0].text
    assert "主持人：黄志明" in text and "一、东华东路12号加装电梯" in text and "二、小区停车收费调整" in text


def test_sign_in_sheet_lists_every_member_with_a_blank_signature(db: Database, fonts: FontSet, meeting: dict) -> None:
    _document, data, pages = build(db, fonts, "meeting-sign-in", meeting["id"])
    rows = table_cells(data)
    assert rows[0] == ["序号", "姓名", "席位", "签名", "备注"]
    body = rows[1:]
    assert [r[1] for r in body[:7]] == ["黄志明", "吴小燕", "李美华", "梁秀英", "陈国栋", "周建国", "何律师"] or \
        sorted(r[1] for r in body[:7]) == sorted([*meeting["names"], "何律师"])
    assert all(r[3] == "" for r in body)
    assert [r for r in body if r[1] == "何律师"][0][2] == "列席"
    assert [r for r in body if r[1] == "吴小燕"][0][4] == "请假"
    assert body[-3:] == [[str(n), "", "列席", "", ""] for n in (8, 9, 10)]


@pytest.mark.parametrize("count", [7, 12, 13, 14, 30, 31, 32])
def test_the_empty_observer_rows_never_start_a_page_alone(db: Database, fonts: FontSet, meeting: dict,
                                                          count: int) -> None:
    p = meeting_docs.load(db, meeting["id"])
    many = [AttendanceRow(f"p{n}", f"成员{n:03d}", "resident_representative", "present") for n in range(count)]
    data = render(meeting_docs.sign_in_of(replace(p, meeting=replace(p.meeting, attendance=many))), fonts)
    check(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        last = [["".join((c or "").split()) for c in row] for t in pdf.pages[-1].extract_tables() for row in t]
    assert last[0][0] == "序号" and last[1][1].startswith("成员"), last
    assert [r[2] for r in last[-meeting_docs.SPARE_ROWS:]] == ["列席"] * meeting_docs.SPARE_ROWS


def test_a_twenty_page_sign_in_sheet_repeats_its_header(db: Database, fonts: FontSet, meeting: dict) -> None:
    p = meeting_docs.load(db, meeting["id"])
    many = [AttendanceRow(f"p{n}", f"成员{n:03d}", "resident_representative", "present") for n in range(360)]
    document = meeting_docs.sign_in_of(replace(p, meeting=replace(p.meeting, attendance=many)))
    data = render(document, fonts)
    pages = check(data)
    assert len(pages) >= 20
    rows = table_cells(data)
    headers = [r for r in rows if r[0] == "序号"]
    assert len(headers) == len(pages)
    names = [r[1] for r in rows if r[1].startswith("成员")]
    assert names == [f"成员{n:03d}" for n in range(360)]


def test_minutes_in_gbt_9704_style(db: Database, fonts: FontSet, meeting: dict) -> None:
    _document, _data, pages = build(db, fonts, "meeting-minutes", meeting["id"])
    text = "".join(p.text for p in pages)
    assert text.startswith("东华社区居民议事会12月例会纪要")
    assert "应到6人，实到5人" in text
    assert "一、东华东路12号加装电梯" in text and "提议人：陈国栋" in text
    assert "住户代表（电话138****5678）介绍了意见征集情况。" in text
    assert "同意4票，反对1票，弃权0票。结果：通过。" in text
    assert "二、小区停车收费调整" in text and "结果：未通过（票数不足）。" in text
    assert "三、工作事项" in text and "联系加装电梯施工单位（责任人：李美华，完成时限：2026年12月31日）" in text
    assert "出席：" in text and "请假：吴小燕" in text and "列席：何律师" in text and "记录人：梁秀英" in text
    reason = meetings.get_meeting(db, meeting["id"]).agenda[0].outcome_reason
    assert reason and squeeze(reason) in text
    assert "结果：通过。赞成4票，超过全体成员半数（3票）。" in text
    assert "(" not in text and ")" not in text


def test_minutes_print_a_reason_recorded_with_half_width_brackets_in_full_width(db: Database, fonts: FontSet,
                                                                                meeting: dict) -> None:
    p = meeting_docs.load(db, meeting["id"])
    agenda = [replace(item, outcome_reason=item.outcome_reason.replace("（", "(").replace("）", ")"))
              for item in p.meeting.agenda]
    assert "(3票)" in agenda[0].outcome_reason  # as earlier versions recorded it
    pages = check(render(meeting_docs.minutes_of(replace(p, meeting=replace(p.meeting, agenda=agenda))), fonts))
    text = "".join(page.text for page in pages)
    assert "超过全体成员半数（3票）。" in text and "未超过全体成员半数（3票）。" in text and "(" not in text


def test_a_rule_over_ten_prints_in_chinese_numerals(db: Database, fonts: FontSet, meeting: dict) -> None:
    """A council that passes with more than eleven twelfths: 十二分之十一 in the minutes, like 三分之二 would be,
    also where an earlier version recorded the reason as 11/12."""
    council = councils.get_council(db, meeting["council"])
    councils.save_council(db, {**{k: council[k] for k in councils.COUNCIL_FIELDS}, "pass_numerator": 11,
                               "pass_denominator": 12}, council_id=meeting["council"])
    item = meetings.get_meeting(db, meeting["id"]).agenda[0]
    meetings.record_vote(db, item.id, 5, 0, 0)
    _document, _data, pages = build(db, fonts, "meeting-minutes", meeting["id"])
    text = "".join(p.text for p in pages)
    assert "结果：未通过（票数不足）。赞成5票，未超过全体成员十二分之十一（5.5票）。" in text
    p = meeting_docs.load(db, meeting["id"])
    agenda = [replace(i, outcome_reason=i.outcome_reason.replace("十二分之十一", "11/12")) for i in p.meeting.agenda]
    assert "11/12" in agenda[0].outcome_reason  # as earlier versions recorded it
    pages = check(render(meeting_docs.minutes_of(replace(p, meeting=replace(p.meeting, agenda=agenda))), fonts))
    text = "".join(page.text for page in pages)
    assert "未超过全体成员十二分之十一（5.5票）。" in text and "/" not in text


def test_resolution_for_the_notice_board(db: Database, fonts: FontSet, meeting: dict) -> None:
    _document, _data, pages = build(db, fonts, "meeting-resolution", meeting["id"], issued_on=date(2026, 12, 11))
    text = pages[0].text
    assert text.startswith("东华社区居民议事会决议公示")
    assert "一、东华东路12号加装电梯同意4票，反对1票，弃权0票，通过。" in text
    assert "二、小区停车收费调整同意2票，反对3票，弃权0票，未通过（票数不足）。" in text
    assert "13812345678" not in text
    # the posting period as dates: seven days from the date of issue, both ends included
    assert "公示期自2026年12月11日至2026年12月17日。居民群众如有意见和建议，请在公示期内向东华社区居民议事会反映。" in text
    assert "公示期为" not in text
    assert text.endswith("东华社区居民议事会2026年12月11日")


@pytest.mark.parametrize(("issued_on", "period"), [
    (date(2026, 12, 28), "公示期自2026年12月28日至2027年1月3日"),  # into the next year
    (date(2027, 2, 25), "公示期自2027年2月25日至2027年3月3日"),  # February of a common year
    (date(2028, 2, 25), "公示期自2028年2月25日至2028年3月2日"),  # and of a leap year
])
def test_the_posting_period_runs_seven_days_from_the_date_of_issue(db: Database, fonts: FontSet, meeting: dict,
                                                                   issued_on: date, period: str) -> None:
    _document, _data, pages = build(db, fonts, "meeting-resolution", meeting["id"], issued_on=issued_on)
    text = "".join(p.text for p in pages)
    assert period + "。" in text
    assert text.endswith(f"东华社区居民议事会{issued_on.year}年{issued_on.month}月{issued_on.day}日")


def test_a_resolution_is_never_dated_before_its_meeting(db: Database, fonts: FontSet, meeting: dict) -> None:
    # the default date of issue is the notice's, days before the meeting (12月10日)
    _document, _data, pages = build(db, fonts, "meeting-resolution", meeting["id"], issued_on=date(2026, 12, 1))
    posted = max(date.today(), STARTS.date())
    assert pages[-1].text.endswith(f"东华社区居民议事会{posted.year}年{posted.month}月{posted.day}日")
    # the posting period starts on the day it is dated, not on the notice's date
    ends = posted + timedelta(days=6)
    assert f"公示期自{posted.year}年{posted.month}月{posted.day}日至{ends.year}年{ends.month}月{ends.day}日。" in \
        "".join(p.text for p in pages)


def test_meeting_packet_binds_the_documents_in_order(db: Database, fonts: FontSet, meeting: dict) -> None:
    _document, _data, pages = build(db, fonts, "meeting-packet", meeting["id"], issued_on=date(2026, 12, 1))
    text = "".join(p.text for p in pages)
    assert pages[0].text.startswith("东华社区居民议事会12月例会台账")
    order = [text.index(t) for t in ("关于召开东华社区居民议事会12月例会的通知", "东华社区居民议事会12月例会议程",
                                     "东华社区居民议事会12月例会签到表", "东华社区居民议事会12月例会纪要",
                                     "东华社区居民议事会决议公示")]
    assert order == sorted(order)
    assert [p.footer for p in pages] == [f"—{n}—" for n in range(1, len(pages) + 1)]


def test_unknown_meeting(db: Database, fonts: FontSet) -> None:
    with pytest.raises(NotFoundError, match="找不到编号为“nope”的会议"):
        kinds.build_pdf(db, "meeting-minutes", "nope", fonts)


@pytest.fixture
def unit(db: Database) -> dict[str, str]:
    street = geography.list_streets(db)[0].id
    unit_id = units.create_unit(db, {"name": "广州市越秀区东华律师事务所", "category": "social_org", "street_id": street,
                                     "credit_code": "", "contact_name": "何志强", "contact_phone": "13900001111"})
    units.create_unit(db, {"name": "广州东山百货有限公司", "category": "non_public", "street_id": street,
                           "contact_name": "林小姐", "contact_phone": "020-83330000", "in_charity_alliance": True})
    agreement = agreements.save_agreement(db, {"unit_id": unit_id, "street_id": street, "title": "2026年党建共建协议",
                                               "signed_on": date(2026, 3, 1), "valid_until": date(2027, 2, 28),
                                               "content": "乙方每月派律师到社区提供一次法律咨询。\n甲方提供场地。",
                                               "status": "active"})
    return {"street": street, "unit": unit_id, "agreement": agreement}


def test_agreement(db: Database, fonts: FontSet, unit: dict) -> None:
    _document, _data, pages = build(db, fonts, "unit-agreement", unit["agreement"])
    text = "".join(p.text for p in pages)
    assert text.startswith("2026年党建共建协议")
    assert "甲方：北京街道党建工作办公室" in text and "乙方：广州市越秀区东华律师事务所" in text
    assert "联系人：何志强139****1111" in text
    assert "乙方每月派律师到社区提供一次法律咨询。" in text and "甲方提供场地。" in text
    assert "本协议自2026年3月1日起至2027年2月28日止。" in text
    full = "".join(p.text for p in build(db, fonts, "unit-agreement", unit["agreement"], full_numbers=True)[2])
    assert "13900001111" in full


@pytest.mark.parametrize("items", [1, 2, 3, 13, 14])
def test_the_signing_lines_of_an_agreement_stay_on_one_page(db: Database, fonts: FontSet, unit: dict,
                                                            items: int) -> None:
    content = "\n".join(f"{n}．乙方每月派律师到社区提供一次法律咨询，甲方提供场地并组织居民参加。" for n in range(items))
    agreements.save_agreement(db, {**agreements.get_agreement(db, unit["agreement"]), "content": content},
                              unit["agreement"])
    _document, _data, pages = build(db, fonts, "unit-agreement", unit["agreement"])
    signing = [p for p in pages if "代表（签字）" in p.text]
    assert len(signing) == 1 and "签订日期：2026年3月1日" in signing[0].text
    assert signing[0].text.count("（盖章）") == 2


def test_unit_roster_masks_mobiles(db: Database, fonts: FontSet, unit: dict) -> None:
    _document, data, pages = build(db, fonts, "unit-roster", unit["street"])
    assert pages[0].landscape
    rows = table_cells(data)
    assert rows[0] == ["序号", "单位名称", "类别", "统一社会信用代码", "所在社区", "联系人", "联系电话", "慈善联盟"]
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["广州市越秀区东华律师事务所"][6] == "139****1111"
    assert by_name["广州东山百货有限公司"][6:] == ["020-83330000", "是"]
    _d, data, _p = build(db, fonts, "unit-roster", "all", full_numbers=True)
    assert any("13900001111" in r for r in table_cells(data))
    with pytest.raises(NotFoundError):
        kinds.build_pdf(db, "unit-roster", "nope", fonts)


def test_every_kind_is_on_the_command_line() -> None:
    assert set(kinds.KINDS) >= {"meeting-notice", "meeting-agenda", "meeting-sign-in", "meeting-minutes",
                                "meeting-resolution", "meeting-packet", "unit-agreement", "unit-roster"}
    assert TODAY


@pytest.mark.parametrize("case", ["no agenda", "no members", "a 2,000-character item", "no title"])
def test_odd_meetings_still_print_every_document(db: Database, fonts: FontSet, meeting: dict, case: str) -> None:
    p = meeting_docs.load(db, meeting["id"])
    m = p.meeting
    changed = {
        "no agenda": replace(m, agenda=[], actions=[]),
        "no members": replace(m, attendance=[]),
        "a 2,000-character item": replace(m, agenda=[replace(m.agenda[0], title="加装电梯意见征集" * 250,
                                                             discussion="讨论，" * 700)]),
        "no title": replace(m, title=""),
    }[case]
    for build_of in (meeting_docs.notice_of, meeting_docs.agenda_of, meeting_docs.sign_in_of,
                     meeting_docs.minutes_of, meeting_docs.resolution_of, meeting_docs.packet_of):
        pages = check(render(build_of(replace(p, meeting=changed)), fonts))
        assert pages and pages[-1].text


def test_a_character_no_font_has_is_refused_in_chinese(db: Database, fonts: FontSet, meeting: dict) -> None:
    from coordinator_app.printing.fonts import MissingGlyphError

    p = meeting_docs.load(db, meeting["id"])
    odd = replace(p.meeting, agenda=[replace(p.meeting.agenda[0], title="议题\U000f0001")])
    with pytest.raises(MissingGlyphError, match="U\\+F0001.*无法打印"):
        render(meeting_docs.minutes_of(replace(p, meeting=odd)), fonts)


def test_minutes_set_the_attendance_labels_in_hei_and_the_names_in_the_body_font(db: Database, fonts: FontSet,
                                                                                 meeting: dict) -> None:
    _document, data, _pages = build(db, fonts, "meeting-minutes", meeting["id"])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
    text = "".join(c["text"] for c in chars)
    start = text.index("出席：")
    label_fonts = {c["fontname"] for c in chars[start:start + 3]}
    name_fonts = {c["fontname"] for c in chars[start + 3:start + 6]}
    heading = text.index("一、东华东路")
    body = text.index("提议人")
    assert label_fonts == {chars[heading]["fontname"]}  # 黑体, as the headings
    assert name_fonts == {chars[body]["fontname"]}  # 仿宋 (or what stands in), as the body
