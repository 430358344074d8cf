"""Printed documents at district scale. Targets: a one-page notice <= 150 ms, a 20-page table document
(a sign-in sheet's shape) <= 1 s; fonts are registered once per process (the first document pays for it,
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

    report("print", {
        "font_scan_ms": round(scan_ms, 1), "font_registration_first_ms": round(register_ms, 1),
        "one_page_notice": {**timed_ms(notice), "pages": notice_pages, "target_ms": 150},
        "table_document": {**timed_ms(lambda: render(sheet, fonts), repeat=3), "pages": sheet_pages, "target_ms": 1000},
        "district_site_directory": timed_ms(directory, repeat=1),
    })
    db.dispose()


if __name__ == "__main__":
    main()
