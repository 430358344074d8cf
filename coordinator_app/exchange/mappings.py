"""The user's corrections of the column mapping, remembered per directory in the data folder
(``import_mappings.json``: kind -> header text -> field key, or "" for a column to ignore)."""

from __future__ import annotations

import json
import os
from pathlib import Path

FILE_NAME = "import_mappings.json"


def load(data_dir: Path, kind_code: str) -> dict[str, str]:
    try:
        data = json.loads((Path(data_dir) / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = data.get(kind_code) if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def remember(data_dir: Path, kind_code: str, headers: list[str], mapping: dict[int, str | None]) -> None:
    path = Path(data_dir) / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    mine = data.setdefault(kind_code, {})
    for index, header in enumerate(headers):
        if header:
            mine[header] = mapping.get(index) or ""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
