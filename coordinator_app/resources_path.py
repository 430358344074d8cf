"""Where the translations and icons are. Qt-free, so that the CLI, the tests and the packaging can use it.

An installed package (pip, PyInstaller) carries them in ``coordinator_app/resources/``; a source checkout
keeps them in the top-level ``resources/`` folder, which the packaging maps onto that place."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding ``icons/`` and ``translations/``."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def icon_path(name: str) -> Path:
    """An icon file, e.g. ``icon_path("app.svg")``."""
    return resources_dir() / "icons" / name


def translations_dir() -> Path:
    return resources_dir() / "translations"
