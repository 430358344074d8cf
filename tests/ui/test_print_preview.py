"""Printing from the app: a 打印… button opens the options, Preview builds the PDF in the background and opens
the QtPdf preview (page count, zoom); Save as PDF writes the bytes; Print goes through the print dialog to a
printer (here a QPrinter writing PDF, no real printer); errors of the document layer show in Chinese; no English
on these screens; the fonts section of the settings."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QWidget

from coordinator_app.config import Settings
from coordinator_app.core.database import Database
from coordinator_app.core.services import (
    agreements,
    councils,
    geography,
    meetings,
    people,
    receptions,
    sites,
    units,
)
from coordinator_app.ui.councils.meeting_dialog import MeetingDialog
from coordinator_app.ui.dialogs.settings_dialog import SettingsDialog
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.printing import preview_dialog
from coordinator_app.ui.printing.preview_dialog import PreviewDialog


def open_preview(qtbot, options) -> PreviewDialog:  # type: ignore[no-untyped-def]
    """Press Preview in the print options and wait for the preview to open."""
    assert options.isVisible()
    qtbot.mouseClick(options.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(options.task, "dialog_shown", None) is not None, timeout=30000)
    preview = options.task.dialog_shown
    qtbot.waitUntil(lambda: preview.page_count > 0)
    return preview


def no_english(widget: QWidget, *skip: QWidget) -> None:
    """No Latin letters in titles, labels and buttons (font names, which are proper names, are ``skip``ped)."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if child in skip:
            continue
        texts = [child.windowTitle()]
        if isinstance(child, (QLabel, QPushButton)):
            texts.append(child.text())
        for text in texts:
            assert not any("a" <= c.lower() <= "z" for c in text.replace("PDF", "")), f"English on screen: {text!r}"


def save_pdf(qtbot, monkeypatch, preview: PreviewDialog, path: Path) -> bytes:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data == preview.pdf
    return data


class PdfPrintDialog:
    """Stands in for the system print dialog: the user picks a "printer" that writes a PDF file."""

    target: Path

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setResolution(150)

    def setWindowTitle(self, _title: str) -> None:  # noqa: N802 - Qt API
        pass

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted


def test_site_directory_preview_save_and_print(qtbot, main_window: MainWindow, db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    street = geography.list_streets(db)[0]
    for n in range(3):
        sites.create_site(db, {"name": f"测试阵地{n}", "kind": "deputies_studio", "street_id": street.id,
                               "phone": "13812345678"})
    view = main_window.station_panel.sites_view
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    options = view.last_print_dialog
    assert options.chosen_target() == "all"
    no_english(options)
    preview = open_preview(qtbot, options)
    assert preview.page_count == len(PdfReader(io.BytesIO(preview.pdf)).pages) >= 1
    no_english(preview)
    text = PdfReader(io.BytesIO(save_pdf(qtbot, monkeypatch, preview, tmp_path / "directory.pdf"))).pages[0]\
        .extract_text()
    assert "测试阵地0" in text and "138****5678" in text
    PdfPrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(preview_dialog, "QPrintDialog", PdfPrintDialog)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    printed = PdfReader(str(PdfPrintDialog.target))
    assert len(printed.pages) == preview.page_count
    assert abs(float(printed.pages[0].mediabox.width) - 841.9) < 2  # landscape A4, as the document
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() > 0


def test_reception_notice_with_a_date_range_and_an_error_in_chinese(qtbot, main_window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                                    message_boxes) -> None:
    street = geography.list_streets(db)[0]
    site = sites.create_site(db, {"name": "接待工作室", "kind": "deputies_studio", "street_id": street.id})
    host = people.create_person(db, {"name": "黄代表"}, ["npc_deputy"])
    receptions.save_reception(db, {"site_id": site, "held_at": datetime.combine(date.today() + timedelta(days=5),
                                                                                 datetime.min.time())
                                   + timedelta(hours=9)}, [host])
    view = main_window.station_panel.receptions_view
    view.street_filter.setCurrentIndex(view.street_filter.findData(street.id))
    options = view.print_notice()
    assert options.scope_combo.currentData() == street.id
    no_english(options)
    preview = open_preview(qtbot, options)
    assert preview.page_count == 1
    # a range that starts too soon: the document layer's message, in Chinese
    options = view.print_notice()
    options.start_edit.setDate(options.issued_edit.date().addDays(1))
    qtbot.mouseClick(options.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=30000)
    assert "须提前3天张贴" in message_boxes.texts()[-1]


def test_meeting_dialog_prints_every_meeting_document(qtbot, zh_app, db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    street = geography.list_streets(db)[0].id
    members = [people.create_person(db, {"name": f"成员{n:02d}"}) for n in range(8)]
    council = councils.save_council(db, {"name": "测试议事会", "kind": "community_council", "street_id": street},
                                    [(m, "resident_representative") for m in members])
    meeting = meetings.create_meeting(db, {"council_id": council, "starts_at": datetime.now() + timedelta(days=10)})
    item = meetings.save_agenda_item(db, meeting, {"title": "议题甲", "source": "proposal"})
    meetings.record_vote(db, item, 6, 1, 1)
    dialog = MeetingDialog(db, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    menu = dialog.print_button.menu()
    expected = {"meeting-notice": 1, "meeting-agenda": 1, "meeting-sign-in": 1, "meeting-minutes": 1,
                "meeting-resolution": 1}
    for action in menu.actions():
        action.trigger()
        options = dialog.last_print_dialog
        no_english(options)
        preview = open_preview(qtbot, options)
        no_english(preview)
        if action.objectName() in expected:
            assert preview.page_count == expected[action.objectName()], action.objectName()
        else:
            assert action.objectName() == "meeting-packet" and preview.page_count >= 6
            save_pdf(qtbot, monkeypatch, preview, tmp_path / "packet.pdf")
        preview.close()


def test_unit_roster_and_agreement(qtbot, main_window: MainWindow, db: Database) -> None:  # type: ignore[no-untyped-def]
    street = geography.list_streets(db)[0].id
    unit = units.create_unit(db, {"name": "测试共建单位", "category": "other", "street_id": street,
                                  "contact_phone": "13900001111"})
    agreement = agreements.save_agreement(db, {"unit_id": unit, "street_id": street, "title": "共建协议",
                                               "signed_on": date(2026, 1, 1), "status": "active"})
    view = main_window.units_panel.units_view
    options = view.print_roster()
    preview = open_preview(qtbot, options)
    assert preview.page_count == 1
    from coordinator_app.ui.units.unit_page import UnitPage

    page = UnitPage(db, unit)
    qtbot.addWidget(page)
    page.agreements.table.selectRow(0)
    options = page.print_agreement()
    assert options is not None and options.target_id == agreement
    preview = open_preview(qtbot, options)
    assert preview.page_count >= 1


def test_fonts_section_shows_each_role(qtbot, zh_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Settings(user_name="测试员"))
    qtbot.addWidget(dialog)
    section = dialog.fonts_section
    assert [section.table.item(r, 0).text() for r in range(section.table.rowCount())] == \
        ["仿宋", "宋体", "黑体", "楷体", "小标宋"]
    assert all(section.table.item(r, 1).text() for r in range(5))
    assert "没有找到小标宋字体" in section.warning_label.text() or "小标宋" not in section.warning_label.text()
    section.folder_edit.setText(str(tmp_path / "missing"))
    section.refresh()
    assert section.warning_label.text() == "字体文件夹不存在。"
    section.folder_edit.setText(str(tmp_path))
    section.refresh()
    dialog.user_name_edit.setText("测试员")
    dialog.accept()
    assert Settings.load().font_dir == str(tmp_path)
    no_english(dialog, section.warning_label)
