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
