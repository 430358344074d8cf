"""Opening the database: engine and pragmas, backup, migrations, reference data, units of work.

``open_database(config)`` is the one way in for the GUI, the CLI and the tests."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coordinator_app.config import AppConfig

from . import changelog
from .errors import DatabaseOpenError, DatabaseTooNewError
from .models import AppMeta, Street, new_id

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BACKUPS_KEPT = 10


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_app_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config  # imported only when migrating: it costs start-up time

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(.+)$", re.MULTILINE)


def _script_revisions() -> dict[str, set[str]]:
    """revision -> its down revisions, read from the migration scripts' text. Alembic reads the same two
    assignments; reading them here spares importing Alembic on every start (tests check both agree)."""
    revisions: dict[str, set[str]] = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if not found:
            continue
        down = _DOWN_REVISION.search(source)
        revisions[found.group(1)] = set(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1))) if down else set()
    return revisions


def head_revision() -> str:
    revisions = _script_revisions()
    referenced = set().union(*revisions.values()) if revisions else set()
    heads = sorted(set(revisions) - referenced)
    if len(heads) != 1:
        raise RuntimeError(f"migration scripts must have exactly one head, found {heads}")
    return heads[0]


def known_revisions() -> set[str]:
    return set(_script_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def sqlite_path(engine: Engine) -> Path | None:
    if engine.url.get_backend_name() != "sqlite":
        return None
    db = engine.url.database
    return Path(db) if db and db != ":memory:" else None


def backup_sqlite(path: Path, backup_dir: Path, reason: str) -> Path:
    """Copy a live SQLite database safely (the backup API honours WAL) and keep the newest few copies."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-{stamp}-{reason}.sqlite3"
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    backups = sorted(backup_dir.glob(f"{path.stem}-*.sqlite3"))
    for old in backups[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


class Database:
    """An open, migrated database. Every write is one ``unit_of_work``: one session, one transaction,
    one change-log batch."""

    def __init__(self, engine: Engine, config: AppConfig | None, copy_id: str, user_name: str) -> None:
        self.engine = engine
        self.config = config
        self.copy_id = copy_id
        self.user_name = user_name
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        changelog.install(self._sessions)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.url.get_backend_name() == "sqlite"

    @contextmanager
    def unit_of_work(self, action: str = "", *, undoes_batch: str | None = None) -> Iterator[Session]:
        session = self._sessions()
        session.info.update(
            batch_id=str(uuid.uuid4()), user_name=self.user_name, copy_id=self.copy_id, action=action,
            undoes_batch=undoes_batch,
        )
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()  # ends the read transaction; loaded objects stay readable, detached

    def refresh_statistics(self) -> None:
        """Let the query planner see the tables' sizes again; call after loading many rows at once."""
        with self.engine.begin() as conn:
            conn.execute(text("ANALYZE"))

    def dispose(self) -> None:
        if self.is_sqlite:
            try:
                with self.engine.begin() as conn:
                    conn.execute(text("PRAGMA optimize"))  # SQLite's advice for every connection it closes
            except SQLAlchemyError:
                log.warning("PRAGMA optimize failed", exc_info=True)
        self.engine.dispose()


def _ensure_copy_id(engine: Engine) -> str:
    with Session(engine) as session:
        meta = session.get(AppMeta, "copy_id")
        if meta is None:
            meta = AppMeta(key="copy_id", value=new_id())
            session.add(meta)
            session.commit()
        return meta.value


def street_id(district: str, name: str) -> str:
    """Streets get the same id in every copy, so that sync packages agree on them."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"coordinator-app/street/{district}/{name}"))


def load_street_seed() -> tuple[str, list[str]]:
    data = json.loads(resources.files("coordinator_app.core.data").joinpath("streets.json").read_text("utf-8"))
    return data["district"], list(data["streets"])


def ensure_reference_data(db: Database) -> None:
    """Seed the district's streets once (idempotent; deterministic ids)."""
    district, names = load_street_seed()
    with db.read() as session:
        have = set(session.scalars(select(Street.id)))
    missing = [(i, n) for i, n in enumerate(names) if street_id(district, n) not in have]
    if not missing:
        return
    with db.unit_of_work("导入街道") as session:
        for order, name in missing:
            session.add(Street(id=street_id(district, name), name=name, district=district, sort_order=order))


def migrate(engine: Engine, config: AppConfig | None) -> None:
    """Back up, then upgrade to head. Refuses a database written by a newer version."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            f"此数据库由更新版本的本软件创建（数据库版本 {current}），当前版本无法打开。请升级软件后再试，数据未作任何改动。"
        )
    head = head_revision()
    if current == head:
        return
    path = sqlite_path(engine)
    if current is not None and path is not None and path.exists() and config is not None:
        target = backup_sqlite(path, config.backup_dir, f"before-{head}")
        log.info("backed up %s to %s before migrating %s -> %s", path, target, current, head)
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def open_database(config: AppConfig, *, user_name: str | None = None) -> Database:
    engine: Engine | None = None
    try:
        engine = create_app_engine(config.database_url)
        migrate(engine, config)
        copy_id = _ensure_copy_id(engine)
    except DatabaseTooNewError:
        if engine is not None:
            engine.dispose()  # close the file: on Windows an open handle keeps it locked
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        if engine is not None:
            engine.dispose()
        log.exception("cannot open database %s", config.database_url)
        raise DatabaseOpenError(f"无法打开数据库：{exc.__class__.__name__}。详情见日志文件。") from exc
    db = Database(engine, config, copy_id, user_name or config.user_name)
    ensure_reference_data(db)
    return db
