"""Opening a database: a new one is migrated to head; an old one keeps its data (and is backed up before
a migration); one written by a newer version is refused untouched; SQLite runs with safe pragmas."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from coordinator_app.config import AppConfig
from coordinator_app.core.changelog import read_snapshot
from coordinator_app.core.database import (
    BACKUPS_KEPT,
    Database,
    alembic_config,
    backup_sqlite,
    create_app_engine,
    current_revision,
    head_revision,
    known_revisions,
    load_street_seed,
    open_database,
    sqlite_path,
)
from coordinator_app.core.errors import DatabaseOpenError, DatabaseTooNewError
from coordinator_app.core.models import Base
from coordinator_app.core.services import geography, people, records, sites

COPY_ID = "11111111-2222-4333-8444-555555555555"
STAMP = "2024-05-01 08:30:00.000000"


def first_revision() -> str:
    base = ScriptDirectory.from_config(alembic_config()).get_base()
    assert base is not None
    return base


def db_file(config: AppConfig) -> Path:
    return config.data_dir / "coordinator.sqlite3"


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checkpoint(path: Path) -> None:
    """Move everything from the WAL into the main file, so that the file alone shows any change."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def build_at_first_revision(config: AppConfig) -> None:
    """A database as the first released version left it, holding data (raw SQL of that schema)."""
    engine = create_app_engine(config.database_url)
    try:
        command.upgrade(alembic_config(engine), first_revision())
        common = f"'{STAMP}', '{STAMP}', NULL"
        with engine.begin() as conn:
            for sql in (
                f"INSERT INTO app_meta (key, value) VALUES ('copy_id', '{COPY_ID}')",
                f"INSERT INTO street (id, created_at, updated_at, deleted_at, name, district, sort_order) "
                f"VALUES ('old-street', {common}, '旧街道', '旧区', 0)",
                f"INSERT INTO community (id, created_at, updated_at, deleted_at, name, street_id) "
                f"VALUES ('old-community', {common}, '旧社区', 'old-street')",
                f"INSERT INTO site (id, created_at, updated_at, deleted_at, name, kind, street_id, community_id, "
                f"parent_id, address, opening_hours, phone, operator, notes) VALUES ('old-site', {common}, "
                f"'旧社区党群服务中心', 'community_service_center', 'old-street', 'old-community', NULL, "
                f"'越秀区北京路1号', '', '020-83001234', '', '')",
                f"INSERT INTO person (id, created_at, updated_at, deleted_at, name, phone, is_party_member, skills, "
                f"notes) VALUES ('old-person', {common}, '老党员', '13812345678', 1, '书法', '')",
                f"INSERT INTO person_role (id, created_at, updated_at, deleted_at, person_id, role) "
                f"VALUES ('old-role', {common}, 'old-person', 'party_volunteer')",
            ):
                conn.execute(text(sql))
    finally:
        engine.dispose()


def test_new_database_is_migrated_to_head(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    _district, names = load_street_seed()
    assert [s.name for s in geography.list_streets(db)] == names
    assert len(db.copy_id) == 36


def test_sqlite_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_old_database_keeps_its_data(app_config: AppConfig) -> None:
    build_at_first_revision(app_config)
    db = open_database(app_config)
    try:
        assert current_revision(db.engine) == head_revision()
        assert db.copy_id == COPY_ID
        assert sites.get_site(db, "old-site")["name"] == "旧社区党群服务中心"
        person = people.get_person(db, "old-person")
        assert (person["name"], person["is_party_member"], person["roles"]) == ("老党员", True, ["party_volunteer"])
        names = [s.name for s in geography.list_streets(db)]
        assert "旧街道" in names and len(names) == len(load_street_seed()[1]) + 1
        assert [c.name for c in geography.list_communities(db, "old-street")] == ["旧社区"]
        # and the old data can be changed like new data
        sites.update_site(db, "old-site", {**{k: v for k, v in sites.get_site(db, "old-site").items() if k != "id"},
                                           "name": "新名称"})
        assert sites.get_site(db, "old-site")["name"] == "新名称"
    finally:
        db.dispose()


def test_old_creation_rows_become_snapshots_and_histories_read_as_before(app_config: AppConfig) -> None:
    """Before 0006 a creation was a ``*created`` row holding the name, followed by one row per field."""
    build_at_first_revision(app_config)
    engine = create_app_engine(app_config.database_url)
    try:
        with engine.begin() as conn:
            for seq, field, value in ((1, "*created", "旧社区党群服务中心"), (2, "name", "旧社区党群服务中心"),
                                      (3, "phone", "020-83001234")):
                conn.execute(text(
                    "INSERT INTO change_log (seq, id, batch_id, record_type, record_id, field, old_value, new_value, "
                    "changed_at, user_name, copy_id, action, undoes_batch) VALUES (:seq, :id, 'old-batch', 'site', "
                    "'old-site', :field, NULL, :value, :stamp, '老用户', :copy, '新建阵地', NULL)"),
                    {"seq": seq, "id": f"old-log-{seq}", "field": field, "value": value, "stamp": STAMP, "copy": COPY_ID})
    finally:
        engine.dispose()
    db = open_database(app_config)
    try:
        with db.read() as session:
            stored = session.execute(text("SELECT new_value FROM change_log WHERE seq = 1")).scalar()
        assert read_snapshot(stored) == ("旧社区党群服务中心", {})
        assert stored.startswith("{")  # the same form new creations take
        history = [(e.field, e.new_value) for e in records.history(db, "old-site")]
        assert history == [("phone", "020-83001234"), ("name", "旧社区党群服务中心"), ("*created", "旧社区党群服务中心")]
    finally:
        db.dispose()


def test_backup_before_migrating_an_existing_database(app_config: AppConfig) -> None:
    build_at_first_revision(app_config)
    db = open_database(app_config)
    db.dispose()
    backups = sorted(app_config.backup_dir.glob("*.sqlite3")) if app_config.backup_dir.exists() else []
    if first_revision() == head_revision():
        # nothing to migrate, so nothing to back up
        assert backups == []
    else:
        assert len(backups) == 1 and f"before-{head_revision()}" in backups[0].name
        copy = sqlite3.connect(backups[0])
        try:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == first_revision()
            assert copy.execute("SELECT name FROM site WHERE id = 'old-site'").fetchone()[0] == "旧社区党群服务中心"
        finally:
            copy.close()
    # opening again at head makes no further backup
    open_database(app_config).dispose()
    after = sorted(app_config.backup_dir.glob("*.sqlite3")) if app_config.backup_dir.exists() else []
    assert after == backups


def test_no_backup_for_a_new_database(app_config: AppConfig, db: Database) -> None:
    assert not app_config.backup_dir.exists() or not any(app_config.backup_dir.iterdir())


def test_backup_copies_a_live_database_and_keeps_the_newest(app_config: AppConfig, db: Database) -> None:
    people.create_person(db, {"name": "备份里的人"})  # still in the WAL: the backup API must see it
    path = sqlite_path(db.engine)
    assert path is not None
    made = [backup_sqlite(path, app_config.backup_dir, f"r{i:02d}") for i in range(BACKUPS_KEPT + 2)]
    kept = sorted(app_config.backup_dir.glob("*.sqlite3"))
    assert len(kept) == BACKUPS_KEPT
    assert made[-1] in kept and made[0] not in kept
    copy = sqlite3.connect(made[-1])
    try:
        assert copy.execute("SELECT name FROM person").fetchall() == [("备份里的人",)]
    finally:
        copy.close()


def test_database_from_a_newer_version_is_refused_untouched(app_config: AppConfig) -> None:
    open_database(app_config).dispose()
    path = db_file(app_config)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    checkpoint(path)
    before = fingerprint(path)
    assert "9999_future" not in known_revisions()

    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(app_config)
    assert "9999_future" in caught.value.message and "未作任何改动" in caught.value.message

    checkpoint(path)
    assert fingerprint(path) == before
    assert not app_config.backup_dir.exists() or not any(app_config.backup_dir.iterdir())


def test_a_file_that_is_not_a_database_is_refused_untouched(app_config: AppConfig) -> None:
    path = db_file(app_config)
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = fingerprint(path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(app_config)
    assert "无法打开数据库" in caught.value.message
    assert fingerprint(path) == before


def test_a_pending_migration_backs_up_first(app_config: AppConfig, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate a newer release: the real scripts plus one more revision on top of today's head."""
    import shutil

    from coordinator_app.core import database

    real_head = head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9000_test_noop.py").write_text(
        '"""a later release\'s migration (test only)"""\n\n'
        "from alembic import op\n\n"
        "revision = '9000_test_noop'\n"
        f"down_revision = '{real_head}'\n"
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n"
        "    op.execute(\"UPDATE site SET notes = notes || '（已迁移）'\")\n\n\n"
        "def downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    open_database(app_config).dispose()  # today's release: at the real head
    build_site = open_database(app_config)
    street = geography.list_streets(build_site)[0].id
    site_id = sites.create_site(build_site, {"name": "北京街社工服务站", "kind": "social_work_station",
                                             "street_id": street, "notes": "原有数据"})
    build_site.dispose()

    monkeypatch.setattr(database, "MIGRATIONS_DIR", scripts)
    assert head_revision() == "9000_test_noop"
    db = open_database(app_config)
    try:
        assert current_revision(db.engine) == "9000_test_noop"
        assert sites.get_site(db, site_id)["notes"] == "原有数据（已迁移）"
    finally:
        db.dispose()
    [backup] = app_config.backup_dir.glob("*.sqlite3")
    assert "before-9000_test_noop" in backup.name
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == real_head
        assert copy.execute("SELECT notes FROM site").fetchall() == [("原有数据",)]
    finally:
        copy.close()


def test_creation_snapshots_go_back_to_names_on_downgrade(app_config: AppConfig) -> None:
    db = open_database(app_config)
    try:
        site_id = sites.create_site(db, {"name": "北京街社工服务站", "kind": "social_work_station",
                                         "street_id": geography.list_streets(db)[0].id})
    finally:
        db.dispose()
    engine = create_app_engine(app_config.database_url)
    try:
        command.downgrade(alembic_config(engine), "0005")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT new_value FROM change_log WHERE record_id = :id AND field = '*created'"),
                                {"id": site_id}).scalar() == "北京街社工服务站"
        command.upgrade(alembic_config(engine), "head")
        with engine.connect() as conn:
            value = conn.execute(text("SELECT new_value FROM change_log WHERE record_id = :id AND field = '*created'"),
                                 {"id": site_id}).scalar()
        assert read_snapshot(value) == ("北京街社工服务站", {})
    finally:
        engine.dispose()
