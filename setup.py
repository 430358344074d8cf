"""Packaging. The metadata lives in pyproject.toml; this file only lists the packages, because the
top-level ``resources/`` folder (translations and icons, shared with the PyInstaller spec) is installed
as ``coordinator_app.resources`` and pyproject.toml's package finder cannot map a folder from outside
the package. Sub-packages of ``coordinator_app`` are found automatically."""

from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent
RESOURCES = HERE / "resources"


def resource_packages() -> dict[str, str]:
    """``coordinator_app.resources`` and one data "package" per sub-folder of ``resources/``."""
    mapping = {"coordinator_app.resources": "resources"}
    for folder in sorted(p for p in RESOURCES.rglob("*") if p.is_dir() and not p.name.startswith((".", "__"))):
        relative = folder.relative_to(RESOURCES)
        mapping["coordinator_app.resources." + ".".join(relative.parts)] = (Path("resources") / relative).as_posix()
    return mapping


RESOURCE_PACKAGES = resource_packages()

setup(
    packages=find_packages(include=["coordinator_app", "coordinator_app.*"]) + list(RESOURCE_PACKAGES),
    package_dir=RESOURCE_PACKAGES,
    package_data={
        "coordinator_app.core.data": ["*.json"],
        "coordinator_app.core.migrations": ["script.py.mako"],
        **{name: ["*"] for name in RESOURCE_PACKAGES},
    },
    # .ts files are translation sources; the app loads the compiled .qm files
    exclude_package_data={name: ["*.ts", "*.pyc"] for name in RESOURCE_PACKAGES},
)
