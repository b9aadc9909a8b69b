# Sourced by smoke_test.sh and upgrade_test.sh (after wine.sh): a fresh test prefix and the installer's
# footprint in it.
#   fresh_test_prefix DIR FBDIR   a new prefix with no Python, on a private Xvfb whose screen is in FBDIR
#   install_silently SETUP        run SETUP /S; sets INSTDIR, STARTMENU, USERDATA, UNINST_KEY (Linux paths)
#   uninstall_silently            run the installed uninstaller /S and wait for it
#   reg_value KEY NAME            a value from the prefix's registry
#   screenshot EXE PNG            start EXE, wait for its window, save the screen as PNG, end it
UNINST_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\legpain-gui'

fresh_test_prefix() {
  local dir=$1 fbdir=$2
  [[ -d $dir ]] && { WINEPREFIX=$dir wineserver -k 2>/dev/null || true; rm -rf "$dir"; }
  mkdir -p "$fbdir"
  start_xvfb -fbdir "$fbdir"
  FBFILE=$fbdir/Xvfb_screen0
  wine_prefix "$dir"
  # Windows has icuuc.dll in system32, Wine 8 has not: the same stand-in as the build prefix (never in the bundle)
  cp "$root/build/windows/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
  [[ -z $(find "$WINEPREFIX/drive_c" -iname 'python*.exe' -o -iname 'python3*.dll' | head -n1) ]] \
    || { echo "FAIL: the test prefix has a Python" >&2; return 1; }
  local appdata localappdata
  appdata=$(wine_out cmd /c 'echo %APPDATA%' | tr -d '\r')
  localappdata=$(wine_out cmd /c 'echo %LOCALAPPDATA%' | tr -d '\r')
  APPDATA_DIR=$("$WINE" winepath -u "$appdata" 2>/dev/null </dev/null | cat)
  INSTDIR=$("$WINE" winepath -u "$localappdata\\Programs\\legpain-gui" 2>/dev/null </dev/null | cat)
  INSTDIR=${INSTDIR%/}
  STARTMENU="${APPDATA_DIR%/}/Microsoft/Windows/Start Menu/Programs"
  USERDATA=${APPDATA_DIR%/}/legpain-gui
}

install_silently() {
  wine_run "$1" /S || { echo "FAIL: $1 /S exited with $?" >&2; return 1; }
  wineserver -w
}

uninstall_silently() {
  # the uninstaller copies itself to %TEMP% and runs from there: wait for every process of the prefix
  wine_run "$INSTDIR/uninstall.exe" /S || { echo "FAIL: uninstall.exe /S exited with $?" >&2; return 1; }
  wineserver -w
}

reg_value() {
  wine_out reg query "$1" /v "$2" | tr -d '\r' | awk -v n="$2" '$1 == n { $1 = ""; $2 = ""; sub(/^ +/, ""); print }'
}

screenshot() {
  local exe=$1 png=$2 pid shown=0
  "$WINE" "$exe" </dev/null >/dev/null 2>&1 &
  pid=$!
  disown "$pid"   # ended on purpose below: no "Killed" line from the shell
  for _ in $(seq 90); do
    sleep 2
    if "$venv_py" "$here/screenshot.py" "$FBFILE" "$png" >/dev/null 2>&1; then shown=1; break; fi
  done
  if (( shown )); then sleep 8; "$venv_py" "$here/screenshot.py" "$FBFILE" "$png" || shown=0; fi
  wineserver -k 2>/dev/null || true
  for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  (( shown ))
}
