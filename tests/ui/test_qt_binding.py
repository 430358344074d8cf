"""The Qt binding must not leak or over-release references to None/True/False.

PySide6 6.12.0 on Python 3.11 releases one reference to None on every call that returns nothing (such as
``QLineEdit.setText``); after a few thousand calls the interpreter aborts with "deallocating None". The
pinned version must pass this check."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLineEdit


def test_calls_returning_nothing_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    box = QCheckBox()
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        edit.setText("阵地")
        box.setChecked(True)
        box.isChecked()
    assert abs(sys.getrefcount(None) - before_none) < 100
    assert abs(sys.getrefcount(True) - before_true) < 100
