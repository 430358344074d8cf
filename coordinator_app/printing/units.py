"""Co-building unit documents: the agreement (共建协议书) and the unit roster (共建单位名册)."""

from __future__ import annotations

from datetime import date

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError
from coordinator_app.core.formatting import chinese_date
from coordinator_app.core.services import agreements, print_data, units
from coordinator_app.core.vocab import UNIT_CATEGORIES, label

from .common import list_scope, masker, street_title
from .document import Blank, Block, Column, Document, Heading, Para, TableBlock, Title, Together

#: the roster reads units in pages of this many
PAGE = 2000


def agreement(db: Database, agreement_id: str, *, full_numbers: bool = False) -> Document:
    """The agreement between our side (甲方) and the unit (乙方), with its content, term and signatures."""
    try:
        data = agreements.get_agreement(db, agreement_id)
    except NotFoundError:
        raise NotFoundError(f"找不到编号为“{agreement_id}”的共建协议，可能已被删除。") from None
    unit = units.get_unit(db, data["unit_id"])
    ours = print_data.agreement_our_side(db, agreement_id) or "（甲方）"
    if ours.endswith("街"):
        ours = street_title(ours) + "党建工作办公室"
    phone = masker(full_numbers)(unit["contact_phone"])
    title = data["title"] if "协议" in data["title"] else f"{data['title']}共建协议书"
    term = (f"本协议自{chinese_date(data['signed_on'])}起至{chinese_date(data['valid_until'])}止。"
            if data["valid_until"] else f"本协议自{chinese_date(data['signed_on'])}起生效，长期有效。")
    content = [Para(line) for line in (data["content"] or "").splitlines() if line.strip()] or [
        Para("双方围绕党建引领基层治理，在组织共建、资源共享、活动共办、服务共做等方面开展合作，具体事项另行商定。")]
    blocks: list[Block] = [
        Title(title),
        Para(f"甲方：{ours}", indent=0),
        Para(f"乙方：{unit['name']}", indent=0),
    ]
    if unit["credit_code"]:
        blocks.append(Para(f"统一社会信用代码：{unit['credit_code']}", indent=0))
    if unit["contact_name"] or phone:
        blocks.append(Para(f"联系人：{unit['contact_name']}　{phone}".strip(), indent=0))
    blocks += [
        Blank(0.5),
        Para("为深化区域化党建，推动驻区单位与属地共建共治共享，经甲乙双方友好协商，签订本协议。"),
        Heading("一、共建内容"),
        *content,
        Heading("二、协议期限"),
        Para(term),
        Heading("三、其他事项"),
        Para("本协议未尽事宜，由双方协商解决。本协议一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。"),
        # the signing lines stay together on one page
        Together([
            Blank(0.5),
            Para(f"甲方（盖章）：{ours}", indent=0),
            Para("代表（签字）：", indent=0),
            Para(f"乙方（盖章）：{unit['name']}", indent=0),
            Para("代表（签字）：", indent=0),
            Para(f"签订日期：{chinese_date(data['signed_on'])}", indent=0),
        ]),
    ]
    return Document(title=title, author=ours, subject="共建协议书", blocks=blocks, file_stem=title)


def roster(db: Database, target_id: str, *, full_numbers: bool = False, today: date | None = None) -> Document:
    """The roster of the co-building units of a street, or of the district when ``target_id`` is ``all``;
    landscape, contact phones masked unless asked."""
    today = today or date.today()
    street_id, scope = list_scope(db, target_id, "名册")
    sort = "street" if street_id is None else "name"
    found: list[units.UnitRow] = []
    while True:
        page = units.list_units(db, units.UnitFilter(street_id=street_id), offset=len(found), limit=PAGE, sort=sort)
        found += page
        if len(page) < PAGE:
            break
    phone = masker(full_numbers)
    # every column but the unit's name as wide as its content, so that a typical name (11 to 15 characters)
    # has one line; mobiles masked or full, landlines (020-8333 1234) and two numbers may need more
    columns = [Column("序号", fit=5, align="center")]
    if street_id is None:
        columns.append(Column("街道", fit=5))
    columns += [Column("单位名称"), Column("类别", fit=6), Column("统一社会信用代码", fit=10), Column("所在社区", fit=7),
                Column("联系人", fit=4), Column("联系电话", fit=7), Column("慈善\n联盟", fit=2, align="center")]
    rows = []
    for n, u in enumerate(found, 1):
        cells = [str(n)]
        if street_id is None:
            cells.append(u.street_name)
        cells += [u.name, label(UNIT_CATEGORIES, u.category), u.credit_code, u.community_name, u.contact_name,
                  phone(u.contact_phone), "是" if u.in_charity_alliance else ""]
        rows.append(cells)
    title = f"{scope}共建单位名册"
    alliance = sum(u.in_charity_alliance for u in found)
    return Document(
        title=title, author=f"{scope}党建工作办公室", subject="共建单位名册", landscape=True, file_stem=title,
        blocks=[
            Title(title),
            Para(f"截至{chinese_date(today)}，共有共建单位{len(found)}个，其中党群慈善联盟成员{alliance}个。",
                 indent=0, align="center"),
            TableBlock(columns, rows, size=10.5, leading=14, padding=2),
        ],
    )
