#!/usr/bin/env bash
# Wrap micdesk's one-folder Linux bundle into an AppImage.
#
#   packaging/linux/build_appimage.sh                build dist/micdesk if missing, then the AppImage
#   packaging/linux/build_appimage.sh --appdir-only  stop after assembling build/AppDir
#
# Output: dist/micdesk-<version>-x86_64.AppImage. Build on the oldest distribution it must
# run on (glibc 2.34+ for PySide6 6.12): the bundle carries its libraries, not glibc.
# appimagetool is taken from $APPIMAGETOOL or PATH, else downloaded into build/tools/ at
# run time (it is never committed). It is itself an AppImage; without FUSE (containers,
# CI) it is run with --appimage-extract-and-run.
set -euo pipefail
cd "$(dirname "$0")/../.."

appdir_only=false
[ "${1:-}" = "--appdir-only" ] && appdir_only=true

bundle=${MICDESK_DIST_DIR:-dist}/micdesk
[ -x "$bundle/micdesk" ] || packaging/build.sh
version=$(python3 packaging/bundle_filter.py --version)

appdir=${MICDESK_APPDIR:-build/AppDir}
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications"
cp -a "$bundle" "$appdir/usr/lib/micdesk"

# No MimeType= line: micdesk must not become the handler of .xlsx files.
cat > "$appdir/micdesk.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=micdesk
GenericName=Work-plan reporting
Comment=Report on UNIDO's work plan with middle-income countries
Exec=micdesk
Icon=micdesk
Terminal=false
StartupWMClass=micdesk
Categories=Office;
X-AppImage-Version=$version
DESKTOP
cp "$appdir/micdesk.desktop" "$appdir/usr/share/applications/micdesk.desktop"

for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$appdir/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "resources/icons/micdesk-$size.png" "$appdir/usr/share/icons/hicolor/${size}x${size}/apps/micdesk.png"
done
mkdir -p "$appdir/usr/share/icons/hicolor/scalable/apps"
cp micdesk/gui/icons/micdesk.svg "$appdir/usr/share/icons/hicolor/scalable/apps/micdesk.svg"
cp resources/icons/micdesk-256.png "$appdir/micdesk.png"
ln -s micdesk.png "$appdir/.DirIcon"

# AppRun: the AppImage's entry point; passes every argument on (--version, --self-test, ...).
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/micdesk/micdesk" "$@"
APPRUN
chmod +x "$appdir/AppRun"

if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$appdir/micdesk.desktop"
fi
"$appdir/AppRun" --version
if $appdir_only; then
    echo "AppDir ready: $appdir"
    exit 0
fi

tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
    tool=build/tools/appimagetool-x86_64.AppImage
    if [ ! -x "$tool" ]; then
        mkdir -p build/tools
        curl -fL -o "$tool" \
            https://github.com/AppImage/appimagetool/releases/download/continuous/appimagetool-x86_64.AppImage
        chmod +x "$tool"
    fi
fi
output=dist/micdesk-$version-x86_64.AppImage
run=("$tool")
[ -e /dev/fuse ] || run+=(--appimage-extract-and-run)
ARCH=x86_64 "${run[@]}" --no-appstream "$appdir" "$output"
QT_QPA_PLATFORM=offscreen "$output" --self-test
ls -lh "$output"
