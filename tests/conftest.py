"""Shared fixtures: every test gets its own data folder and database.

Qt runs offscreen; the variable must be set before Qt starts. Set ``COORDINATOR_TEST_DATABASE_URL`` to a
PostgreSQL URL to run the service tests against PostgreSQL as well (``.ci/run`` does)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from coordinator_app.config import AppConfig, Settings, resolve_config  # noqa: E402
from coordinator_app.core.database import Database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's settings or data folder."""
    monkeypatch.setenv("COORDINATOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("COORDINATOR_DATA_DIR", raising=False)
    monkeypatch.delenv("COORDINATOR_DATABASE_URL", raising=False)


@pytest.fixture
def app_config(tmp_path: Path) -> AppConfig:
    return resolve_config(data_dir=tmp_path / "data", settings=Settings(user_name="测试员"))


@pytest.fixture
def db(app_config: AppConfig) -> Iterator[Database]:
    database = open_database(app_config)
    yield database
    database.dispose()


# --- PostgreSQL (the shared-server mode) -------------------------------------------------------------------

@pytest.fixture
def pg_db(tmp_path: Path) -> Iterator[Database]:
    """A migrated database in a new, uniquely named PostgreSQL database on the server that
    ``COORDINATOR_TEST_DATABASE_URL`` points at (``bash .ci/run`` starts one); dropped afterwards."""
    base_url = os.environ.get("COORDINATOR_TEST_DATABASE_URL")
    if not base_url:
        pytest.skip("COORDINATOR_TEST_DATABASE_URL is not set: no PostgreSQL server to test against "
                    "(bash .ci/run starts a private one)")
    import uuid

    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    conninfo = {"host": url.host, "port": url.port, "user": url.username, "password": url.password,
                "dbname": url.database or "postgres"}
    conninfo = {k: v for k, v in conninfo.items() if v is not None}
    name = f"coordinator_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(**conninfo, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {} ENCODING 'UTF8'").format(sql.Identifier(name)))
    try:
        config = resolve_config(data_dir=tmp_path / "data", settings=Settings(user_name="测试员"),
                                database_url=url.set(database=name).render_as_string(hide_password=False))
        database = open_database(config)
        try:
            yield database
        finally:
            database.dispose()
    finally:
        with psycopg.connect(**conninfo, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
