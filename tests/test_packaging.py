"""Packaging: an installed app carries its migrations, reference data, translations and icons; the README's
test command is the one CI runs; the installer scripts are at least well-formed."""

from __future__ import annotations

import ast
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from coordinator_app.resources_path import icon_path, resources_dir, translations_dir

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "coordinator_app"
#: what a copy of the checkout for a wheel build leaves out (old build output would leak into the wheel)
NOT_SOURCES = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", ".*cache",
                                     ".hypothesis", ".venv", "benchmarks", "docs")


def ci_test_command() -> str:
    match = re.search(r"^TEST_COMMAND='([^']+)'$", (ROOT / ".ci" / "run").read_text(encoding="utf-8"), re.M)
    assert match, ".ci/run must define TEST_COMMAND='...'"
    return match.group(1)


def test_readme_shows_the_command_ci_runs() -> None:
    command = ci_test_command()
    readme_lines = [line.strip() for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()]
    assert command in readme_lines
    # the install and test commands come first
    assert readme_lines.index(command) < 30


def test_resources_dir_in_the_checkout() -> None:
    # a checkout has no coordinator_app/resources: the helper falls back to the top-level folder
    assert not (PACKAGE / "resources").exists()
    assert resources_dir() == ROOT / "resources"
    assert icon_path("app.svg").is_file()
    assert translations_dir() == ROOT / "resources" / "translations"


def test_app_icon_is_valid_svg() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(icon_path("app.svg")).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a clean copy of the checkout (as pip would when installing it)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "src"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    out = base / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-input", "--disable-pip-version-check", "-q",
         "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("coordinator_app-*.whl")
    return built


@pytest.mark.slow
def test_wheel_carries_migrations_data_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    # every Python module of the package, whatever sub-packages were added since
    sources = {p.relative_to(ROOT).as_posix() for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
    assert sources - names == set()
    # Alembic needs the environment, the template and the revisions as files
    for name in ("env.py", "script.py.mako", "versions/0001_initial.py"):
        assert f"coordinator_app/core/migrations/{name}" in names
    assert "coordinator_app/core/data/streets.json" in names
    # the top-level resources/ folder becomes coordinator_app/resources/
    assert "coordinator_app/resources/icons/app.svg" in names
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert f"coordinator_app/resources/translations/{qm.name}" in names
    assert not any(n.startswith(("resources/", "tests/", "installer/")) for n in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "coordinator-app = coordinator_app.__main__:main" in text
    assert "coordinator-cli = coordinator_app.cli:main" in text


@pytest.mark.slow
def test_installed_package_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    # GIVEN the wheel unpacked as an installer would (a pure-Python wheel is a zip of site-packages)
    site = tmp_path / "site-packages"
    zipfile.ZipFile(wheel).extractall(site)
    # WHEN a Python without this checkout on its path asks where the resources are (-S: no site-packages,
    # hence no editable install of the checkout)
    code = ("import coordinator_app.resources_path as r; print(r.resources_dir()); "
            "print(r.icon_path('app.svg').is_file())")
    result = subprocess.run([sys.executable, "-S", "-c", code], cwd=tmp_path, env={"PYTHONPATH": str(site)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    where, icon_found = result.stdout.split()
    # THEN they are the installed copies
    assert Path(where) == site / "coordinator_app" / "resources"
    assert icon_found == "True"


def test_installer_scripts_are_well_formed() -> None:
    for script in ("installer/install-and-run.sh", "installer/build-deb.sh", ".ci/run"):
        result = subprocess.run(["bash", "-n", str(ROOT / script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script}: {result.stderr}"
    # the PyInstaller spec is Python run by PyInstaller: it must at least parse, and bundle what the app loads
    spec = (ROOT / "installer" / "coordinator_app.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    for needed in ('"resources"', '"migrations"', '"data"'):
        assert needed in spec


def test_install_and_run_help() -> None:
    result = subprocess.run(["bash", str(ROOT / "installer" / "install-and-run.sh"), "--help"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    assert "--demo" in result.stdout and "--no-start" in result.stdout


def test_windows_icon_is_rendered_from_the_svg(tmp_path: Path) -> None:
    ico = tmp_path / "app.ico"
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "icons.py"), str(icon_path("app.svg")), str(ico)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    for index in range(count):
        width, _h, _c, _r, _planes, _bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
