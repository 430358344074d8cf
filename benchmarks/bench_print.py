"""Printed documents at district scale. Targets: a one-page notice <= 150 ms, a 20-page table document
(a sign-in sheet's shape) <= 1 s, a real meeting's 20-page sign-in sheet <= 1 s, the packet of a 10-item
meeting <= 1 s; fonts are registered once per process (the first document pays for it,
reported separately)."""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from _common import open_district, report, timed_ms


def main() -> None:
    from coordinator_app.core.services import geography
    from coordinator_app.printing import kinds
    from coordinator_app.printing.document import Column, Document, TableBlock, Title, render
    from coordinator_app.printing.fonts import font_set

    db = open_district()
    street = geography.list_streets(db)[0].id
    started = time.perf_counter()
    fonts = font_set(Path(tempfile.mkdtemp()))
    scan_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    for role in ("fangsong", "song", "hei", "kai", "xbs"):
        fonts.font(role)
    register_ms = (time.perf_counter() - started) * 1000
    options = kinds.Options(start=date.today() + timedelta(days=3), end=date.today() + timedelta(days=9))

    def notice() -> None:
        kinds.build_pdf(db, "reception-notice", street, fonts, options)

    _doc, pdf = kinds.build_pdf(db, "reception-notice", street, fonts, options)
    notice_pages = pdf.count(b"/Type /Page\n")
    rows = [[str(n), f"居民代表{n:03d}", "居民代表", "", ""] for n in range(1, 337)]
    sheet = Document("签到表", "测试", [Title("社区议事会签到表"), TableBlock(
        [Column("序号", 1, "center"), Column("姓名", 2), Column("席位", 2), Column("签名", 3), Column("备注", 2)],
        rows, size=14, leading=28)])
    sheet_pages = render(sheet, fonts).count(b"/Type /Page\n")

    def directory() -> None:
        kinds.build_pdf(db, "site-directory", "all", fonts)

    from dataclasses import replace

    from coordinator_app.core.services import meetings
    from coordinator_app.core.services.meetings import AttendanceRow
    from coordinator_app.printing import meetings as meeting_docs

    held = meetings.list_meetings(db, meetings.MeetingFilter(status="minutes_approved"), limit=1)[0]
    p = meeting_docs.load(db, held.id)

    def meeting_notice() -> None:
        kinds.build_pdf(db, "meeting-notice", held.id, fonts)

    crowd = [AttendanceRow(f"p{n}", f"居民代表{n:03d}", "resident_representative", "present") for n in range(300)]
    big = replace(p, meeting=replace(p.meeting, attendance=crowd))
    sign_in_pages = render(meeting_docs.sign_in_of(big), fonts).count(b"/Type /Page\n")
    def ten_items(loaded: meeting_docs.MeetingPrint) -> meeting_docs.MeetingPrint:
        """The meeting read from the database, its agenda and actions repeated to ten items."""
        items = (loaded.meeting.agenda * 10)[:10]
        return replace(loaded, meeting=replace(
            loaded.meeting, agenda=[replace(item, position=n) for n, item in enumerate(items, 1)],
            actions=(loaded.meeting.actions * 10)[:10]))

    packet_pages = render(meeting_docs.packet_of(ten_items(p)), fonts).count(b"/Type /Page\n")

    def packet() -> None:
        render(meeting_docs.packet_of(ten_items(meeting_docs.load(db, held.id))), fonts)

    report("print", {
        "meeting_notice_from_db": {**timed_ms(meeting_notice), "target_ms": 150},
        "sign_in_sheet": {**timed_ms(lambda: render(meeting_docs.sign_in_of(big), fonts), repeat=3),
                          "pages": sign_in_pages, "target_ms": 1000},
        "meeting_packet_10_items": {**timed_ms(packet, repeat=3), "pages": packet_pages, "target_ms": 1000},
        "font_scan_ms": round(scan_ms, 1), "font_registration_first_ms": round(register_ms, 1),
        "one_page_notice": {**timed_ms(notice), "pages": notice_pages, "target_ms": 150},
        "table_document": {**timed_ms(lambda: render(sheet, fonts), repeat=3), "pages": sheet_pages, "target_ms": 1000},
        "district_site_directory": timed_ms(directory, repeat=1),
    })
    db.dispose()


if __name__ == "__main__":
    main()
