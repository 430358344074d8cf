"""Writing an output file (PDF, .xlsx) the safe way: into ``name.part`` beside it, then moved in place, so a
failed or cancelled write never leaves half a file under the real name. Failures become a
``CoordinatorError`` with a Chinese message saying what to do, not an ``OSError`` in English."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from .errors import CoordinatorError


class FileWriteError(CoordinatorError):
    pass


def _reason(path: Path, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return f"文件夹“{path.parent}”不存在，请先建好文件夹或换一个位置"
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        return f"“{path}”是一个文件夹，请写上文件名"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "没有写入权限，或文件正在 Excel/WPS 等程序中打开（请先关闭）"
    if exc.errno == errno.ENOSPC:
        return "磁盘空间不足"
    return f"系统提示：{exc.strerror or exc}"


def check_writable(path: str | Path) -> Path:
    """Refuse, before any work, a path whose folder is missing or that names a folder."""
    path = Path(path)
    if path.is_dir():
        raise FileWriteError(f"无法保存“{path}”：{_reason(path, IsADirectoryError(errno.EISDIR, ''))}。")
    if not path.parent.is_dir():
        raise FileWriteError(f"无法保存“{path}”：{_reason(path, FileNotFoundError(errno.ENOENT, ''))}。")
    return path


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write`` with a temporary path beside ``path`` and move the result in place."""
    path = check_writable(path)
    tmp = path.with_name(path.name + ".part")
    try:
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileWriteError(f"无法保存“{path}”：{_reason(path, exc)}。") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
