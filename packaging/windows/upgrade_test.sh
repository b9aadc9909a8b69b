#!/usr/bin/env bash
# Upgrade in place: install an older version, let it make its data folder, add a note, install this
# version over it; the note is still there, the Apps entry names the new version, and program files of the
# old version are gone. The "older version" is this build's program files under an older installer version
# (0.0.1) with one extra file only it has.
#   packaging/windows/upgrade_test.sh VERSION      (after build.sh; `make windows` runs it)
set -euo pipefail
source "$(dirname "$0")/installed.sh"  # root, version, paths, Wine, fail, tmp (cleaned up on exit)

old_version=0.0.1
old_payload=$out/upgrade-old/legpain-gui
old_setup=$out/upgrade-old/legpain-gui-$old_version-setup.exe
rm -rf "$out/upgrade-old" && mkdir -p "$out/upgrade-old"
cp -al "$out/dist/legpain-gui" "$old_payload"
echo "only in $old_version" > "$old_payload/_internal/only-in-the-old-version.txt"
(cd "$here" && makensis -V2 -DTARGET_AMD64 -DVERSION=$old_version -DVERSION_NUMERIC=$old_version.0 -DFAST_COMPRESSION \
   -DSOURCE_DIR="$old_payload" -DOUTFILE="$old_setup" legpain-gui.nsi)

fresh_test_prefix "$WINE_HOME/prefix-upgrade" "$tmp/fb"
install_silently "$old_setup"
reg_value "$UNINST_KEY" DisplayVersion | grep -qx "$old_version" || fail "the old installer did not register $old_version"
LEGPAIN_GUI_STARTUP_PROBE=1 timeout 180 "$WINE" "$INSTDIR/legpain-gui-cli.exe" </dev/null 2>/dev/null | tr -d '\r' > "$tmp/gui-old.txt" || true
grep -q '^data ' "$tmp/gui-old.txt" || fail "the old version's GUI showed no data"
note="Seen in clinic – upgrade test ≥ 2 visits"
"$venv_py" - "$USERDATA" "$note" <<'PY'
import sys
from pathlib import Path
from legpain_gui.userdata.store import UserData
data = UserData(Path(sys.argv[1]))
data.save_note("sjogren-disease", sys.argv[2])
data.set_favourite("sjogren-disease", True)
data.close()
PY
echo "installed $old_version, started it, added a note and a favourite"

install_silently "$setup"
reg_value "$UNINST_KEY" DisplayVersion | grep -qx "$version" || fail "after the upgrade Apps does not name $version"
[[ ! -e $INSTDIR/_internal/only-in-the-old-version.txt ]] || fail "the upgrade left the old version's program files"
wine_out "$INSTDIR/legpain-gui-cli.exe" --version | grep -q "legpain-gui $version" || fail "the upgraded CLI is not $version"
LEGPAIN_GUI_STARTUP_PROBE=1 timeout 180 "$WINE" "$INSTDIR/legpain-gui-cli.exe" </dev/null 2>/dev/null | tr -d '\r' > "$tmp/gui-new.txt" || true
grep -q '^data ' "$tmp/gui-new.txt" || fail "the upgraded GUI showed no data"
"$venv_py" - "$USERDATA" "$note" <<'PY' || fail "the note or favourite did not survive the upgrade"
import sys
from pathlib import Path
from legpain_gui.userdata.store import UserData
data = UserData(Path(sys.argv[1]))
assert data.note("sjogren-disease") == sys.argv[2], data.notes()
assert "sjogren-disease" in data.favourites()
data.close()
PY
echo "upgraded $old_version -> $version in place: the note and favourite kept, the old program files replaced"
uninstall_silently
[[ ! -e $INSTDIR && -d $USERDATA ]] || fail "uninstall after the upgrade"
echo "upgrade test passed in $(since "$t0")"
