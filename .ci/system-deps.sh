#!/usr/bin/env bash
# Make sure the system libraries Qt needs are present.
#   .ci/system-deps.sh            libraries for offscreen Qt (tests)
#   .ci/system-deps.sh --x11      also those for a real X11 window (make run)
#   .ci/system-deps.sh --clinic   also PostgreSQL's server, for the clinic store's tests (make test)
#   .ci/system-deps.sh --windows  also what make windows needs: Wine (64-bit), NSIS, the mingw-w64 compiler (the
#                                 icuuc stand-in), Xvfb (the GUI under Wine), unzip
#   .ci/system-deps.sh --package  also the tools of the build (make package): the .deb's dependency scan
#                                 (packaging/linux/depends.py) resolves every library the bundle links to, so
#                                 each one must be installed on the building machine, X11 ones included
# As root with apt, missing packages are installed; otherwise the exact list is printed and we fail.
set -u
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0)
# Every X11 library that Qt's xcb platform plugin and libQt6XcbQpa link to directly (readelf -d), so none
# depends on another package happening to pull it in (tests/packaging checks this list against PySide6).
x11=(libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render0
     libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xinerama0
     libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0)
# The build also needs binutils (readelf for the scan, objdump for PyInstaller) and the CUPS library that Qt's
# print-support plugin links to.
build=(binutils libcups2)
windows=(wine wine64 nsis gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64 xvfb unzip)
case ${1:-} in
  --x11) pkgs+=("${x11[@]}") ;;
  --package) pkgs+=("${x11[@]}" "${build[@]}" postgresql libpq5) ;;  # postgresql: the smoke test signs in to a clinic store
  --clinic) pkgs+=(postgresql) ;;
  --windows) pkgs+=("${windows[@]}") ;;
  "") ;;
  *) echo "usage: $0 [--x11|--package|--clinic|--windows]" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian/Ubuntu: nothing we can check here
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") \
    || { echo "Could not install: ${missing[*]}" >&2; exit 1; }
else
  echo "These system packages are missing: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
