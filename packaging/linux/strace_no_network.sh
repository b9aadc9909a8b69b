#!/usr/bin/env bash
# Show with strace that the real program opens no internet socket while it starts the GUI (offscreen),
# searches, checks and exports. Prints the count of IPv4/IPv6 connect/sendto calls: it must be 0.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-$root/.venv/bin/legpain-gui}
command -v strace >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y -qq strace >/dev/null; } \
  || { echo "strace is missing: sudo apt-get install strace" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export LEGPAIN_GUI_DATA_DIR=$tmp/data QT_QPA_PLATFORM=offscreen
run() { strace -f -qq -e trace=socket,connect,sendto,bind -o "$tmp/trace.$1" "${@:2}" >/dev/null 2>&1; }
run gui env LEGPAIN_GUI_STARTUP_PROBE=1 "$app"
run search "$app" search "foot drop" --json
run check "$app" check --present HP:0009027 --present HP:0001945 --json
run compare "$app" compare PAN SLE GBS --pdf "$tmp/c.pdf" --html "$tmp/c.html"
total=0
for f in "$tmp"/trace.*; do
  n=$(grep -E 'connect\(|sendto\(|bind\(' "$f" | grep -cE 'AF_INET6?[,}]|sin6?_' || true)
  echo "$(basename "$f" | cut -d. -f2): $(grep -c 'socket(' "$f" || true) sockets opened, $n internet connect/sendto/bind calls"
  total=$((total + n))
done
echo "internet connections: $total"
[[ $total -eq 0 ]]
