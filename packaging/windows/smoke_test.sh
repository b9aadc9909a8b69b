#!/usr/bin/env bash
# Smoke test of dist/legpain-gui-VERSION-setup.exe in a fresh Wine prefix that has no Python: silent install,
# the Start-menu entry and the Apps entry, the installed CLI (--version, doctor, show of every condition,
# check --json in UTF-8 and equal to the Linux venv's answer, bad input), the GUI on Xvfb with a screenshot,
# silent uninstall (the user's data kept), nothing left in the program folders or the registry.
#   packaging/windows/smoke_test.sh VERSION      (after build.sh; `make windows` runs both)
set -euo pipefail
source "$(dirname "$0")/installed.sh"  # root, version, paths, Wine, fail, tmp (cleaned up on exit)
fresh_test_prefix "$WINE_HOME/prefix-test" "$tmp/fb"
echo "fresh Wine prefix without Python: $WINEPREFIX ($(since "$t0"))"

t1=$(date +%s)
install_silently "$setup"
echo "silent install into $(winpath "$INSTDIR") ($(since "$t1"))"
[[ -f $INSTDIR/legpain-gui.exe && -f $INSTDIR/legpain-gui-cli.exe && -f $INSTDIR/uninstall.exe ]] || fail "program files missing"
[[ -f $STARTMENU/legpain-gui/legpain-gui.lnk ]] || fail "no Start-menu entry"
reg_value "$UNINST_KEY" DisplayVersion | grep -qx "$version" || fail "Apps does not list legpain-gui $version"
reg_value "$UNINST_KEY" UninstallString | grep -q 'uninstall.exe' || fail "Apps entry has no uninstaller"
echo "Start-menu entry and Apps entry (DisplayVersion $version, with uninstaller)"
[[ -z $(find "${XDG_DATA_HOME:-$HOME/.local/share}/applications" "$HOME/.config/menus" -iname '*legpain*' 2>/dev/null) ]] \
  || fail "Wine copied the Start-menu entry into this Linux machine's menus"
touch "$tmp/installed"

cli=$INSTDIR/legpain-gui-cli.exe
wine_out "$cli" --version | tr -d '\r' | tee "$tmp/version.txt"
grep -q "legpain-gui $version" "$tmp/version.txt" || fail "--version does not name $version"
wine_out "$cli" doctor --json > "$tmp/doctor.json"
"$venv_py" -c "import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); assert d['integrity']=='ok', d" "$tmp/doctor.json" \
  || fail "doctor"
echo "doctor ok"

# every condition, printed to a pipe: Windows' ANSI code page would fail on "≥" without UTF-8 mode
wine_out "$cli" list --json > "$tmp/list.json"
mapfile -t ids < <("$venv_py" -c "import json,sys; [print(c['id']) for c in json.load(open(sys.argv[1], encoding='utf-8'))]" "$tmp/list.json")
(( ${#ids[@]} >= 5 )) || fail "list --json named ${#ids[@]} conditions"
for id in "${ids[@]}"; do
  # one retry: now and then Wine hands the frozen program an invalid standard handle ("init_sys_streams: ...
  # Invalid handle") before any of its code runs; a program that really fails fails twice
  wine_out "$cli" show "$id" > "$tmp/show.txt" 2>&1 || wine_out "$cli" show "$id" > "$tmp/show.txt" 2>&1 \
    || { head -5 "$tmp/show.txt" >&2; fail "show $id failed"; }
  iconv -f utf-8 -t utf-8 "$tmp/show.txt" >/dev/null 2>&1 || fail "show $id is not UTF-8"
  grep -q "Traceback" "$tmp/show.txt" && fail "show $id printed a traceback"
  cat "$tmp/show.txt" >> "$tmp/show-all.txt"
done
non_ascii=$(grep -c -P '[^\x00-\x7F]' "$tmp/show-all.txt" || true)
echo "show of all ${#ids[@]} conditions through a pipe: UTF-8, no traceback ($non_ascii lines with non-ASCII text)"

args=(check --present HP:0009027 --present HP:0001824 --present HP:0001945 --absent HP:0000099 --age older --json)
wine_out "$cli" "${args[@]}" | tr -d '\r' > "$tmp/frozen.json"
LEGPAIN_GUI_KB=$INSTDIR/_internal/db/legpain.sqlite "$venv_py" -m legpain_gui "${args[@]}" > "$tmp/venv.json"
iconv -f utf-8 -t utf-8 "$tmp/frozen.json" >/dev/null 2>&1 || fail "check --json is not UTF-8"
cmp -s "$tmp/frozen.json" "$tmp/venv.json" || { diff <(head -c 1500 "$tmp/frozen.json") <(head -c 1500 "$tmp/venv.json") | head >&2; fail "check --json differs from the Linux venv's"; }
echo "check --json: UTF-8, identical to the Linux venv's answer ($(stat -c %s "$tmp/frozen.json") bytes)"

wine_run "$cli" show nonsense-condition > "$tmp/err.txt" && fail "an unknown condition did not fail"
[[ -s $tmp/err.txt ]] && ! grep -q Traceback "$tmp/err.txt" || fail "bad input gave no clear message"
echo "bad input: $(tr -d '\r' < "$tmp/err.txt" | head -n1)"

t2=$(date +%s)
LEGPAIN_GUI_STARTUP_PROBE=1 timeout 180 "$WINE" "$cli" </dev/null 2>/dev/null | tr -d '\r' > "$tmp/gui.txt" || true
grep -q '^data ' "$tmp/gui.txt" || fail "the GUI (windows platform on Xvfb) showed no data"
echo "GUI started with Qt's windows platform on Xvfb and showed data ($(since "$t2"))"
screenshot "$INSTDIR/legpain-gui.exe" "$out/screenshot-$version.png" || fail "the GUI window did not appear on screen"
[[ -z $(find "$INSTDIR" -newer "$tmp/installed" -type f) ]] || fail "the app wrote inside its install folder"
[[ -d $USERDATA ]] || fail "the app made no data folder at $(winpath "$USERDATA")"
echo "nothing written inside the install folder; user data in $(winpath "$USERDATA")"

t3=$(date +%s)
uninstall_silently
[[ ! -e $INSTDIR ]] || fail "the uninstaller left $(find "$INSTDIR" | head -3 | tr '\n' ' ')"
[[ ! -e $STARTMENU/legpain-gui ]] || fail "the uninstaller left the Start-menu entry"
[[ -d $USERDATA ]] || fail "the uninstaller removed the user's data"
leftovers=$(find "$WINEPREFIX/drive_c/Program Files" "$WINEPREFIX/drive_c/Program Files (x86)" "$(dirname "$INSTDIR")" -iname '*legpain*' 2>/dev/null || true)
[[ -z $leftovers ]] || fail "left behind: $leftovers"
keys=$(grep -i -n 'legpain' "$WINEPREFIX"/system.reg "$WINEPREFIX"/user.reg | grep -vi 'MuiCache\|legpain-gui.log\|RecentDocs' || true)
[[ -z $keys ]] || fail "registry entries left: $keys"
echo "silent uninstall: program files, Start-menu entry and registry keys gone, the user's data kept ($(since "$t3"))"
echo "Windows smoke test passed in $(since "$t0")"
