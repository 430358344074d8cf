"""Station-hub documents: the reception notice (代表接待公告) and the site directory (阵地一览表)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from coordinator_app.core.database import Database
from coordinator_app.core.errors import NotFoundError, ValidationError
from coordinator_app.core.formatting import chinese_date
from coordinator_app.core.services import print_data, sites
from coordinator_app.core.vocab import PERSON_ROLES, SITE_KINDS, label

from .common import list_scope, masker, street_name, street_title, when_label
from .document import Blank, Column, Document, Para, Signature, TableBlock, Title

#: a reception notice is posted this many days before the first reception it announces
NOTICE_LEAD_DAYS = 3
#: how far the notice looks ahead by default
NOTICE_SPAN_DAYS = 30
#: roles named beside a host on the notice, in this order
NOTICE_ROLES = ("npc_deputy", "party_deputy", "cppcc_member", "legal_adviser", "party_social_worker", "social_worker")


def notice_scope(db: Database, target_id: str) -> tuple[str | None, str | None, str, str]:
    """(street_id, site_id, the scope's name, the issuer) of a street id or a site id."""
    street = street_name(db, target_id)
    if street is not None:
        return target_id, None, street_title(street), f"{street_title(street)}党建工作办公室"
    try:
        site = sites.get_site(db, target_id)
    except NotFoundError:
        raise NotFoundError(f"找不到编号为“{target_id}”的街道或阵地，可能已被删除。") from None
    street = street_name(db, site["street_id"]) or ""
    return None, target_id, site["name"], f"{street_title(street)}党建工作办公室" if street else site["name"]


def host_label(host: print_data.ScheduledHost) -> str:
    shown = [label(PERSON_ROLES, code) for code in NOTICE_ROLES if code in host.roles]
    return f"{host.name}（{'、'.join(shown)}）" if shown else host.name


def reception_notice(db: Database, target_id: str, *, start: date | None = None, end: date | None = None,
                     issued_on: date | None = None, full_numbers: bool = False) -> Document:
    """The notice of upcoming receptions at the sites of a street (or at one site) from ``start`` to ``end``
    (both days included), dated ``issued_on``, which must be at least three days before ``start``."""
    street_id, site_id, scope, issuer = notice_scope(db, target_id)
    issued_on = issued_on or date.today()
    earliest = issued_on + timedelta(days=NOTICE_LEAD_DAYS)
    start = start or earliest
    end = end or start + timedelta(days=NOTICE_SPAN_DAYS - 1)
    if start < earliest:
        raise ValidationError(f"接待公告须提前{NOTICE_LEAD_DAYS}天张贴：{chinese_date(issued_on)}发布的公告"
                              f"最早只能公告{chinese_date(earliest)}起的接待。", "start")
    if end < start:
        raise ValidationError("结束日期早于开始日期，请重新选择。", "end")
    rows = print_data.reception_schedule(db, datetime.combine(start, time()),
                                         datetime.combine(end + timedelta(days=1), time()),
                                         street_id=street_id, site_id=site_id)
    if not rows:
        raise ValidationError(f"{scope}在{chinese_date(start)}至{chinese_date(end)}没有安排接待，无需公告。", "start")
    phone = masker(full_numbers)
    table = TableBlock(
        [Column("接待时间", 2.3), Column("接待地点", 3), Column("接待代表", 3), Column("联系电话", 2, "center")],
        [[when_label(r.held_at), f"{r.site_name}（{r.site_address}）" if r.site_address else r.site_name,
          "、".join(host_label(h) for h in r.hosts) or "待定", phone(r.site_phone)] for r in rows],
    )
    return Document(
        title=f"{scope}代表接待群众公告", author=issuer, subject="代表接待群众公告", file_stem=f"{scope}代表接待群众公告",
        blocks=[
            Title(f"{scope}代表接待群众公告"),
            Para(f"为密切人大代表、党代表、政协委员同人民群众的联系，听民声、传民意、解民忧，现将"
                 f"{chinese_date(start)}至{chinese_date(end)}代表接待群众安排公告如下："),
            Blank(0.5),
            table,
            Blank(0.5),
            Para("欢迎辖区居民群众届时前往，当面反映意见和建议。如接待安排有变，以现场通知为准。"),
            Signature(issuer, chinese_date(issued_on)),
        ],
    )


def site_directory(db: Database, target_id: str, *, full_numbers: bool = False, today: date | None = None) -> Document:
    """The directory of the sites of a street, or of the district when ``target_id`` is ``all``."""
    today = today or date.today()
    street_id, scope = list_scope(db, target_id, "一览表")
    rows = print_data.site_directory(db, street_id, today)
    phone = masker(full_numbers)
    columns = [Column("序号", 1, "center")]
    if street_id is None:
        columns.append(Column("街道", 1.7))
    columns += [Column("阵地名称", 3.2), Column("类型", 2.1), Column("所在社区", 1.7), Column("地址", 2.9),
                Column("开放时间", 2.9), Column("联系电话", 2.6), Column("运营机构", 2.3), Column("对接社工", 1.7)]
    data = []
    for number, r in enumerate(rows, 1):
        cells = [str(number)]
        if street_id is None:
            cells.append(r.street_name)
        cells += [r.name, label(SITE_KINDS, r.kind), r.community_name, r.address, r.opening_hours, phone(r.phone),
                  r.operator, "、".join(r.social_workers) or "（空缺）"]
        data.append(cells)
    title = f"{scope}党群服务阵地一览表"
    return Document(
        title=title, author=f"{scope}党建工作办公室", subject="阵地一览表", landscape=True, file_stem=title,
        blocks=[
            Title(title),
            Para(f"截至{chinese_date(today)}，共有阵地{len(rows)}个，其中未对接社工的{sum(not r.social_workers for r in rows)}个。",
                 indent=0, align="center"),
            TableBlock(columns, data, size=10.5, leading=14),
        ],
    )
