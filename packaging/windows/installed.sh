# Sourced by smoke_test.sh and upgrade_test.sh (tests of the built setup.exe under Wine), with the version as
# the script's first argument: the paths, Wine, the prefixes, `fail`, a temporary folder cleaned up on exit.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
version=${1:?usage: ${0##*/} VERSION}
here=$root/packaging/windows
out=$root/build/windows
venv_py=${VENV_PYTHON:-$root/.venv/bin/python}
setup=$root/dist/legpain-gui-$version-setup.exe
source "$here/wine.sh"
source "$here/prefix.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
[[ -f $setup ]] || fail "no $setup: run packaging/windows/build.sh $version first"
t0=$(date +%s)
tmp=$(mktemp -d)
trap 'wine_stop; stop_xvfb; rm -rf "$tmp"' EXIT
