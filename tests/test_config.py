"""Which data folder the program uses, and what chose it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.config import (
    FROM_ARGUMENT,
    FROM_DEFAULT,
    FROM_ENVIRONMENT,
    FROM_SETTINGS,
    Settings,
    resolve_config,
)


def test_the_data_folder_comes_from_the_first_of_argument_environment_settings_default(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coordinator_app.config.default_data_dir", lambda: tmp_path / "default")
    settings = Settings(user_name="测试员", data_dir=str(tmp_path / "settings"))
    monkeypatch.setenv("COORDINATOR_DATA_DIR", str(tmp_path / "env"))
    config = resolve_config(tmp_path / "arg", settings=settings)
    assert (config.data_dir, config.data_dir_source) == (tmp_path / "arg", FROM_ARGUMENT)
    config = resolve_config(settings=settings)
    assert (config.data_dir, config.data_dir_source) == (tmp_path / "env", FROM_ENVIRONMENT)
    monkeypatch.delenv("COORDINATOR_DATA_DIR")
    config = resolve_config(settings=settings)
    assert (config.data_dir, config.data_dir_source) == (tmp_path / "settings", FROM_SETTINGS)
    config = resolve_config(settings=Settings(user_name="测试员"))
    assert (config.data_dir, config.data_dir_source) == (tmp_path / "default", FROM_DEFAULT)
