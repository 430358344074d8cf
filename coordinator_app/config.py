"""Where data lives and the user's settings. Qt-free; used by the GUI, the CLI and the tests.

Resolution order for the data folder: ``--data-dir`` > ``COORDINATOR_DATA_DIR`` > the folder chosen in
settings > the platformdirs user data folder. The database URL: ``--database-url`` >
``COORDINATOR_DATABASE_URL`` > an SQLite file ``coordinator.sqlite3`` in the data folder.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from coordinator_app import APP_AUTHOR, APP_NAME

DATABASE_FILE_NAME = "coordinator.sqlite3"
SETTINGS_FILE_NAME = "settings.json"
LOG_FILE_NAME = "coordinator.log"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def settings_path() -> Path:
    """Settings live in the config folder so that they can point at another data folder."""
    override = os.environ.get("COORDINATOR_CONFIG_DIR")
    base = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    return base / SETTINGS_FILE_NAME


def _default_user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "user"


@dataclass
class Settings:
    user_name: str = field(default_factory=_default_user_name)
    language: str = "zh_CN"
    data_dir: str = ""  # empty: the default folder
    #: a folder of fonts for printing, searched before the system's (empty: none)
    font_dir: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__ and isinstance(v, str)}
        return cls(**known)

    def save(self, path: Path | None = None) -> None:
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)


#: where the data folder in use came from (``AppConfig.data_dir_source``)
FROM_ARGUMENT, FROM_ENVIRONMENT, FROM_SETTINGS, FROM_DEFAULT = "argument", "environment", "settings", "default"


@dataclass(frozen=True)
class AppConfig:
    data_dir: Path
    database_url: str
    user_name: str
    language: str
    #: which of ``--data-dir``, ``COORDINATOR_DATA_DIR``, the settings or the default chose ``data_dir``
    data_dir_source: str = FROM_DEFAULT

    @property
    def log_file(self) -> Path:
        return self.data_dir / LOG_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


def sqlite_url(path: Path) -> str:
    """``sqlite:///`` + an absolute path with forward slashes (also right for C:/… on Windows)."""
    return "sqlite:///" + path.resolve().as_posix()


def resolve_config(
    data_dir: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    settings: Settings | None = None,
) -> AppConfig:
    settings = settings or Settings.load()
    source, chosen = next(((source, str(value)) for source, value in (
        (FROM_ARGUMENT, data_dir), (FROM_ENVIRONMENT, os.environ.get("COORDINATOR_DATA_DIR")),
        (FROM_SETTINGS, settings.data_dir)) if value), (FROM_DEFAULT, ""))
    folder = Path(chosen).expanduser() if chosen else default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    url = database_url or os.environ.get("COORDINATOR_DATABASE_URL") or sqlite_url(folder / DATABASE_FILE_NAME)
    return AppConfig(data_dir=folder, database_url=url, user_name=settings.user_name, language=settings.language,
                     data_dir_source=source)
