#!/usr/bin/env bash
# Installs the coordinator workbench (街道党建协调工作台) from this source folder into a private virtual
# environment and starts it. For Debian-like desktops (Debian, UOS, Kylin, Ubuntu); elsewhere it skips the
# system packages and only needs Python 3.10+ with venv.
#
#   bash installer/install-and-run.sh            install (or update) and start
#   bash installer/install-and-run.sh --demo     … and load demo data on first start, when the database is empty
#   bash installer/install-and-run.sh --no-start install (or update) only
#   bash installer/install-and-run.sh -- ARGS    pass ARGS to the app (e.g. -- --data-dir /path; with --demo,
#                                                set COORDINATOR_DATA_DIR instead so that the demo lands there too)
#
# Environment: PYTHON (default python3), COORDINATOR_VENV (default ~/.local/share/coordinator_app-venv),
# COORDINATOR_DATA_DIR / COORDINATOR_DATABASE_URL (where the data lives; see README.md).
set -euo pipefail

DEMO=0
START=1
DESKTOP_ENTRY=1
APP_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --demo) DEMO=1 ;;
        --no-start) START=0 ;;
        --no-desktop-entry) DESKTOP_ENTRY=0 ;;
        -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        --) shift; APP_ARGS=("$@"); break ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${COORDINATOR_VENV:-${XDG_DATA_HOME:-$HOME/.local/share}/coordinator_app-venv}"
PYTHON="${PYTHON:-python3}"

say() { printf '>> %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "need root for: $* (no sudo found); install these packages by hand" >&2
        return 1
    fi
}

# --- system libraries Qt needs, and a Chinese font ---------------------------------------------------------
QT_RUNTIME=(
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0
    fonts-wqy-zenhei
)
if [ -f /etc/debian_version ] && command -v dpkg-query >/dev/null 2>&1; then
    wanted=("${QT_RUNTIME[@]}")
    if ! "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1; then
        wanted+=(python3-venv)  # Debian's python3 creates no venv without it
    fi
    missing=()
    for package in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        say "installing system packages: ${missing[*]}"
        if ! { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
               as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; }; then
            echo "warning: could not install ${missing[*]}; the app may not start or may show boxes for Chinese" >&2
        fi
    fi
else
    say "not a Debian-like system: skipping system packages (Qt needs OpenGL/EGL, xkbcommon and a CJK font)"
fi

# --- Python ------------------------------------------------------------------------------------------------
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "$PYTHON not found: install Python 3.10 or newer, or set PYTHON=/path/to/python3" >&2
    exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
    echo "$("$PYTHON" --version 2>&1) is too old: the app needs Python 3.10 or newer (set PYTHON=...)" >&2
    exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment $VENV"
    "$PYTHON" -m venv "$VENV"
fi
say "installing the app from $SOURCE_DIR"
# --upgrade reinstalls the app from the folder; its dependencies are only upgraded when they must be.
PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install --quiet --upgrade "$SOURCE_DIR"
"$VENV/bin/coordinator-cli" --version 2>/dev/null || say "installed $("$VENV/bin/python" -c \
    'import coordinator_app; print(coordinator_app.__version__)')"

# --- a menu entry -------------------------------------------------------------------------------------------
if [ "$DESKTOP_ENTRY" -eq 1 ] && [ -n "${HOME:-}" ]; then
    applications="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
    icon="$("$VENV/bin/python" -c 'from coordinator_app.resources_path import icon_path; print(icon_path("app.svg"))')"
    mkdir -p "$applications"
    cat >"$applications/coordinator-app.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=Coordinator Workbench
Name[zh_CN]=街道党建协调工作台
Comment=Station hubs, co-building units, brand projects and councils
Comment[zh_CN]=阵地、共建单位、一社区一特色、议事会
Exec="$VENV/bin/coordinator-app"
Icon=$icon
Terminal=false
Categories=Office;
EOF
    say "menu entry: $applications/coordinator-app.desktop"
fi

# --- demo data on first start ------------------------------------------------------------------------------
if [ "$DEMO" -eq 1 ]; then
    set +e
    "$VENV/bin/python" - <<'EOF'
import sys

from coordinator_app.config import resolve_config
from coordinator_app.core.database import open_database
from coordinator_app.core.services.records import database_is_empty

db = open_database(resolve_config())
try:
    sys.exit(0 if database_is_empty(db) else 10)
finally:
    db.dispose()
EOF
    empty=$?
    set -e
    case "$empty" in
        0) say "loading demo data (small)"
           "$VENV/bin/coordinator-cli" demo --scale small || echo "warning: loading demo data failed" >&2 ;;
        10) say "the database already holds data: no demo data loaded" ;;
        *) echo "warning: could not check the database; no demo data loaded" >&2 ;;
    esac
fi

if [ "$START" -eq 1 ]; then
    say "starting coordinator-app"
    exec "$VENV/bin/coordinator-app" "${APP_ARGS[@]}"
fi
say "installed; start it with: $VENV/bin/coordinator-app"
