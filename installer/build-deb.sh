#!/usr/bin/env bash
# Builds a .deb for Debian-like desktops (UOS, Kylin, Debian, Ubuntu) from the PyInstaller folder.
#
#   pyinstaller --noconfirm installer/coordinator_app.spec     # makes dist/coordinator_app/
#   bash installer/build-deb.sh [--xz] [DIST_FOLDER]             # makes dist/coordinator-app_VERSION_ARCH.deb
#
# The package installs the folder to /opt/coordinator-app, links coordinator-app and coordinator-cli into
# /usr/bin, and adds a menu entry and the icon. It is compressed with zstd (fast); dpkg before 1.21.18 (UOS 20,
# Kylin V10 and other Debian 10 / Ubuntu 20.04 bases) cannot read zstd: use --xz for those (slower build).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMPRESSION=zstd
DIST=""
for arg in "$@"; do
    case "$arg" in
        --xz) COMPRESSION=xz ;;
        -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) DIST="$arg" ;;
    esac
done
DIST="${DIST:-$ROOT/dist/coordinator_app}"
if [ ! -x "$DIST/coordinator-app" ]; then
    echo "no PyInstaller build in $DIST: run 'pyinstaller --noconfirm installer/coordinator_app.spec' first" >&2
    exit 1
fi

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/coordinator_app/__init__.py")"
ARCH="$(dpkg --print-architecture)"
OUT="$ROOT/dist/coordinator-app_${VERSION}_${ARCH}.deb"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/coordinator-app"

mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
    "$PKG/usr/share/icons/hicolor/scalable/apps"
cp -a "$DIST" "$PKG/opt/coordinator-app"
ln -s /opt/coordinator-app/coordinator-app "$PKG/usr/bin/coordinator-app"
if [ -x "$DIST/coordinator-cli" ]; then
    ln -s /opt/coordinator-app/coordinator-cli "$PKG/usr/bin/coordinator-cli"
fi
cp "$ROOT/resources/icons/app.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/coordinator-app.svg"
cat >"$PKG/usr/share/applications/coordinator-app.desktop" <<'EOF'
[Desktop Entry]
Type=Application
Name=Coordinator Workbench
Name[zh_CN]=街道党建协调工作台
Comment=Station hubs, co-building units, brand projects and councils
Comment[zh_CN]=阵地、共建单位、一社区一特色、议事会
Exec=/usr/bin/coordinator-app
Icon=coordinator-app
Terminal=false
Categories=Office;
EOF

cat >"$PKG/DEBIAN/control" <<EOF
Package: coordinator-app
Version: $VERSION
Architecture: $ARCH
Maintainer: Yuexiu District coordinator workbench <noreply@localhost>
Installed-Size: $(du -sk "$PKG" | cut -f1)
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libglib2.0-0,
 libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-randr0, libxcb-render-util0,
 libxcb-shape0, fonts-wqy-zenhei | fonts-noto-cjk
Section: misc
Priority: optional
Description: 街道党建协调工作台 — workbench for street party-building coordinators
 Station hubs (阵地), co-building units (共建单位), one-community-one-brand projects (一社区一特色)
 and councils (议事会) for the street party-building offices of Yuexiu District, Guangzhou.
EOF
find "$PKG" -type d -exec chmod 0755 {} +
chmod -R u+rwX,go+rX,go-w "$PKG"

mkdir -p "$(dirname "$OUT")"
dpkg-deb --root-owner-group -Z"$COMPRESSION" --build "$PKG" "$OUT"
echo "$OUT"
