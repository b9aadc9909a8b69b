#!/usr/bin/env bash
# What `make windows` needs from Debian: Wine (64-bit), NSIS, the mingw-w64 compiler (for the icuuc
# stand-in), Xvfb (the GUI under Wine), unzip. As root with apt they are installed; otherwise named.
set -u
pkgs=(wine wine64 nsis gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64 xvfb unzip)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing for the Windows build: ${missing[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null) \
    || { echo "Could not install: ${missing[*]}" >&2; exit 1; }
else
  echo "make windows needs these Debian packages, which are missing: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
