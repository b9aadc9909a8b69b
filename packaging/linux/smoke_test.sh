#!/usr/bin/env bash
# Smoke test of the frozen build: unpack the .deb into a temporary root and check that the frozen app
# answers like the venv app (--version, doctor, check JSON) and that its GUI starts offscreen.
# With root, also installs the .deb with dpkg -i, runs the menu entry's command and removes it with dpkg -r.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=${1:?usage: smoke_test.sh VERSION}
deb=$root/dist/legpain-gui_${version}_amd64.deb
venv_cli=$root/.venv/bin/legpain-gui
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export LEGPAIN_GUI_DATA_DIR=$tmp/userdata QT_QPA_PLATFORM=offscreen

dpkg-deb -x "$deb" "$tmp/root"
app=$tmp/root/opt/legpain-gui/legpain-gui
[[ -x $app ]] || fail "no executable at /opt/legpain-gui/legpain-gui in the .deb"
echo "unpacked $(basename "$deb")"

"$app" --version | tee "$tmp/version.txt"
grep -q "legpain-gui $version" "$tmp/version.txt" || fail "--version does not name $version"
grep -q "HPO release 2025" "$tmp/version.txt" || fail "--version does not name the HPO release"
"$app" doctor --json > "$tmp/doctor.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['integrity']=='ok' and d['counts']['conditions']>=5, d" "$tmp/doctor.json" \
  || fail "doctor"
echo "doctor ok"

# The clinic store (issue 20): the frozen app signs in to a throwaway PostgreSQL server on a Unix socket and
# says who it is (the driver, the dialect, the migrations' schema version and keyring all travel in the bundle).
pg=$(mktemp -d /tmp/lpg-XXXXXX)
trap 'LEGPAIN_GUI_DATA_DIR= "$root/.venv/bin/python" "$root/tests/clinic/clinic_server.py" stop "$pg" >/dev/null 2>&1 || true; rm -rf "$tmp" "$pg"' EXIT
"$root/.venv/bin/python" "$root/tests/clinic/clinic_server.py" start "$pg" > "$pg/start.txt" || fail "could not start a throwaway PostgreSQL server"
url=$(grep -o "postgresql://erin@[^']*" "$pg/start.txt" | head -1)
PGPASSFILE=$pg/pg/pgpass "$app" doctor --json --clinic-db "$url" > "$tmp/clinic.json" || fail "doctor --clinic-db"
python3 -c "import json,sys; c=json.load(open(sys.argv[1]))['clinic']; assert c['signed_in_as']=='erin' and c['editor'], c" \
  "$tmp/clinic.json" || fail "the frozen app did not sign in to the clinic store"
echo "clinic store: the frozen app signed in as erin"

args=(check --present HP:0009027 --present HP:0001824 --present HP:0001945 --absent HP:0000099 --age older --json)
"$app" "${args[@]}" > "$tmp/frozen.json"
LEGPAIN_GUI_KB=$tmp/root/opt/legpain-gui/_internal/db/legpain.sqlite "$venv_cli" "${args[@]}" > "$tmp/venv.json"
cmp -s "$tmp/frozen.json" "$tmp/venv.json" || { diff <(head -c 2000 "$tmp/frozen.json") <(head -c 2000 "$tmp/venv.json") | head; fail "check JSON differs between frozen and venv"; }
echo "check JSON identical to the venv CLI"

"$app" show nonsense-condition >/dev/null 2>"$tmp/err.txt" && fail "unknown condition did not fail"
grep -q "Traceback" "$tmp/err.txt" && fail "traceback from the frozen CLI"
echo "bad input: clear message, no traceback"

LEGPAIN_GUI_STARTUP_PROBE=1 timeout 60 "$app" > "$tmp/gui.txt" 2>"$tmp/gui-err.txt" || { cat "$tmp/gui-err.txt" >&2; fail "GUI did not start"; }
grep -q "^data " "$tmp/gui.txt" || { cat "$tmp/gui-err.txt" >&2; fail "GUI showed no data"; }
echo "GUI started offscreen and showed data"
[[ -z $(find "$tmp/root" -newer "$deb" -type f 2>/dev/null | grep -v __pycache__ || true) ]] || fail "the app wrote inside its install folder"
echo "nothing written inside the install folder"

if [[ $(id -u) -eq 0 ]] && command -v dpkg >/dev/null; then
  dpkg -i "$deb" >/dev/null 2>"$tmp/dpkg.txt" || { apt-get install -f -y -qq >/dev/null 2>&1 && dpkg -i "$deb" >/dev/null; } || { cat "$tmp/dpkg.txt"; fail "dpkg -i"; }
  exec_line=$(grep '^Exec=' /usr/share/applications/legpain-gui.desktop | cut -d= -f2)
  command -v "$exec_line" >/dev/null || fail "the menu entry's command '$exec_line' is not on the PATH"
  LEGPAIN_GUI_STARTUP_PROBE=1 timeout 60 "$exec_line" > "$tmp/menu.txt" 2>/dev/null || fail "menu command did not start"
  grep -q "^data " "$tmp/menu.txt" || fail "menu command showed no data"
  echo "installed with dpkg -i; the menu entry's command ($exec_line) starts the app"
  dpkg -r legpain-gui >/dev/null
  [[ ! -e /opt/legpain-gui && ! -e /usr/bin/legpain-gui && ! -e /usr/share/applications/legpain-gui.desktop ]] || fail "dpkg -r left files"
  [[ -d $LEGPAIN_GUI_DATA_DIR ]] || fail "dpkg -r removed the user's data"
  echo "dpkg -r removed it cleanly and kept the user's data"
fi
echo "package smoke test passed"
