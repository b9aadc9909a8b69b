# Sourced by the Windows build and test scripts: Wine's 64-bit loader, a quiet environment, and helpers.
#   wine_prefix DIR      use (and create when missing) the Wine prefix DIR
#   wine_run PROG ARGS   run a Windows console program: stdin from /dev/null, output piped through cat
#                        (Wine gives a console program whose stdout is a plain file invalid handles)
#   winpath PATH         the Windows spelling (Z:\...) of a Linux path
#   start_xvfb [ARGS]    a private X display for Wine's windows (DISPLAY is set; stop_xvfb stops it)
WINE=${WINE:-/usr/lib/wine/wine64}
# The Wine prefixes live outside the checkout: each has a Z: link to / that setuptools would follow when
# pip builds the project (and they are caches, not build output).
WINE_HOME=${LEGPAIN_WINE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/legpain-gui-wine}
# winemenubuilder off: Wine would otherwise copy the Start-menu entries into the Linux desktop menus.
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" WINEARCH=win64

wine_prefix() {
  export WINEPREFIX=$1
  if [[ ! -f $WINEPREFIX/system.reg ]]; then
    mkdir -p "$WINEPREFIX"
    "$WINE" wineboot --init </dev/null 2>&1 | cat >/dev/null
    wineserver -w
  fi
}

wine_run() {
  local rc
  set +e
  "$WINE" "$@" </dev/null 2>&1 | cat
  rc=${PIPESTATUS[0]}
  set -e
  return "$rc"
}

# stdout only (stderr dropped): for output that is parsed
wine_out() {
  local rc
  set +e
  "$WINE" "$@" </dev/null 2>/dev/null | cat
  rc=${PIPESTATUS[0]}
  set -e
  return "$rc"
}

winpath() { "$WINE" winepath -w "$1" 2>/dev/null </dev/null | cat | tr -d '\r'; }

wine_stop() { [[ -n ${WINEPREFIX:-} ]] && wineserver -k 2>/dev/null || true; }

start_xvfb() {
  local fd_file
  fd_file=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp "$@" 3>"$fd_file" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 50); do [[ -s $fd_file ]] && break; sleep 0.1; done
  [[ -s $fd_file ]] || { echo "Xvfb did not start" >&2; return 1; }
  export DISPLAY=":$(head -n1 "$fd_file")"
  rm -f "$fd_file"
}

stop_xvfb() { [[ -n ${XVFB_PID:-} ]] && kill "$XVFB_PID" 2>/dev/null || true; }

# seconds since $1 (from `date +%s`), as "Ns"
since() { echo "$(( $(date +%s) - $1 ))s"; }
