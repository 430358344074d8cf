"""Printed materials (no Qt): GB/T 9704 layout with embedded fonts, one module per document family.

    fonts     fonts by role, discovery, CFF → TrueType, per-character coverage
    linebreak 避头尾 line breaking (pure)
    layout    page geometry, the grid, text flowables, page numbers
    document  documents as data → PDF bytes
    stations  代表接待公告, 阵地一览表
    kinds     every document kind by code (CLI, UI)
"""
