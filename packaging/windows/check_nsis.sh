#!/usr/bin/env bash
# Compile the NSIS script here (Linux, makensis from Debian) against a dummy one-folder payload.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=${1:?usage: check_nsis.sh VERSION}
if ! command -v makensis >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq nsis >/dev/null; else
    echo "makensis is missing: sudo apt-get install nsis" >&2; exit 1; fi
fi
payload=$root/build/nsis-dummy/legpain-gui
rm -rf "$root/build/nsis-dummy" && mkdir -p "$payload/_internal/db"
printf 'MZ dummy' > "$payload/legpain-gui.exe"
printf 'MZ dummy' > "$payload/legpain-gui-cli.exe"
printf 'dummy' > "$payload/_internal/db/legpain.sqlite"
out=$root/build/legpain-gui-${version}-setup-dummy.exe
(cd "$root/packaging/windows" && makensis -V2 -DVERSION="$version" -DSOURCE_DIR="$payload" -DOUTFILE="$out" legpain-gui.nsi)
[[ -s $out ]] || { echo "makensis produced no installer" >&2; exit 1; }
echo "NSIS script compiled: $out ($(stat -c %s "$out") bytes)"
