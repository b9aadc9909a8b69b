#!/usr/bin/env bash
# macOS (run on a Mac build machine): build legpain-gui.app with PyInstaller (the spec makes a BUNDLE whose
# Info.plist carries the version from legpain_gui/__init__.py), smoke-test it, and wrap it in a .dmg.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' legpain_gui/__init__.py)
python3 -m venv .venv && .venv/bin/python -m pip install -q -e '.[dev,package]'
.venv/bin/python db/build.py
.venv/bin/python packaging/make_icons.py build/icons
.venv/bin/pyinstaller packaging/legpain_gui.spec --distpath dist --workpath build/pyinstaller --noconfirm
app=dist/legpain-gui.app
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist" | grep -qx "$version"
"$app/Contents/MacOS/legpain-gui" --version | grep -q "legpain-gui $version"
"$app/Contents/MacOS/legpain-gui" doctor >/dev/null
QT_QPA_PLATFORM=offscreen LEGPAIN_GUI_STARTUP_PROBE=1 "$app/Contents/MacOS/legpain-gui" | grep -q '^data '
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "legpain-gui $version" -srcfolder "$staging" -ov -format UDZO "dist/legpain-gui-$version.dmg"
echo "dist/legpain-gui-$version.dmg"
