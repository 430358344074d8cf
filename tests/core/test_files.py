"""core.files: output files written whole or not at all, failures in Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.core.errors import CoordinatorError
from coordinator_app.core.files import check_writable, write_atomically


def test_a_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    write_atomically(target, lambda tmp: tmp.write_bytes(b"%PDF"))
    assert target.read_bytes() == b"%PDF" and not (tmp_path / "a.pdf.part").exists()


@pytest.mark.parametrize(("name", "words"), [("missing/a.pdf", "不存在"), (".", "是一个文件夹")])
def test_a_bad_target_is_refused_in_chinese(tmp_path: Path, name: str, words: str) -> None:
    with pytest.raises(CoordinatorError, match=words):
        check_writable(tmp_path / name)
    with pytest.raises(CoordinatorError, match=words):
        write_atomically(tmp_path / name, lambda tmp: tmp.write_bytes(b"x"))


def test_a_failed_write_leaves_no_part_file(tmp_path: Path) -> None:
    def fail(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise PermissionError(13, "Permission denied")

    with pytest.raises(CoordinatorError, match="没有写入权限"):
        write_atomically(tmp_path / "a.xlsx", fail)
    assert list(tmp_path.iterdir()) == []
