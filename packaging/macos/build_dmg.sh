#!/usr/bin/env bash
# Build micdesk.app and a .dmg on macOS; sign and notarise them when the certificates are here.
#
#   packaging/macos/build_dmg.sh
#
# Build on macOS 14 (PySide6 6.12's oldest) with a Python 3.12+ from python.org or Homebrew
# (packaging/build.sh refuses older ones: packaging/build_python.py says why).
# Output: dist/micdesk.app and dist/micdesk-<version>.dmg.
#
# Signing and notarisation run only when these are set (by whoever holds the certificates):
#   MICDESK_CODESIGN_IDENTITY  "Developer ID Application: <Org> (<TEAMID>)", in the keychain
#   MICDESK_NOTARY_PROFILE     a notarytool keychain profile, made once with
#       xcrun notarytool store-credentials micdesk-notary \
#           --apple-id <id> --team-id <TEAMID> --password <app-specific password>
# Without them the .dmg is unsigned: Gatekeeper then asks users to right-click → Open.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(python3 packaging/bundle_filter.py --version)
build=build
mkdir -p "$build"

# 1. The .icns from the committed PNGs (iconutil wants exactly these names).
iconset="$build/micdesk.iconset"
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256 512; do
    cp "resources/icons/micdesk-$size.png" "$iconset/icon_${size}x${size}.png"
    cp "resources/icons/micdesk-$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$iconset" -o "$build/micdesk.icns"

# 2. The bundle: the same spec as Linux and Windows; on macOS it also makes micdesk.app.
packaging/build.sh --clean-venv
app=dist/micdesk.app
"$app/Contents/MacOS/micdesk" --version
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/micdesk" --self-test

# 3. Sign inside out: every library, then the app, with the hardened runtime that
#    notarisation requires. (codesign --deep would sign in the wrong order.)
if [ -n "${MICDESK_CODESIGN_IDENTITY:-}" ]; then
    sign=(codesign --force --timestamp --options runtime --sign "$MICDESK_CODESIGN_IDENTITY")
    find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' file; do
            if file "$file" | grep -q 'Mach-O'; then "${sign[@]}" "$file"; fi
        done
    find "$app/Contents" -type d -name '*.framework' -print0 |
        while IFS= read -r -d '' framework; do "${sign[@]}" "$framework"; done
    "${sign[@]}" --entitlements packaging/macos/entitlements.plist "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "build_dmg.sh: MICDESK_CODESIGN_IDENTITY not set: the app and .dmg stay unsigned" >&2
fi

# 4. The .dmg: the app and a link to /Applications to drag it onto.
staging="$build/dmg"
rm -rf "$staging" && mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/micdesk-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "micdesk $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

# 5. Sign the .dmg, notarise it (Apple scans it; takes minutes), staple the ticket so
#    Gatekeeper accepts it offline, then check what a user's Mac will check.
if [ -n "${MICDESK_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MICDESK_CODESIGN_IDENTITY" "$dmg"
    if [ -n "${MICDESK_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$dmg" --keychain-profile "$MICDESK_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
        xcrun stapler validate "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    else
        echo "build_dmg.sh: MICDESK_NOTARY_PROFILE not set: signed but not notarised" >&2
    fi
fi
ls -lh "$dmg"
