#!/usr/bin/env bash
# Wrap the one-folder build (dist/legpain-gui) into dist/legpain-gui_VERSION_amd64.deb and a .tar.gz.
#   packaging/linux/build_deb.sh VERSION
set -euo pipefail
version=${1:?usage: build_deb.sh VERSION}
root=$(cd "$(dirname "$0")/../.." && pwd)
bundle=$root/dist/legpain-gui
[[ -x $bundle/legpain-gui ]] || { echo "no one-folder build in $bundle: run pyinstaller first" >&2; exit 1; }
stage=$root/build/deb/legpain-gui_${version}_amd64
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/doc/legpain-gui" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$stage/opt/legpain-gui"
ln -s /opt/legpain-gui/legpain-gui "$stage/usr/bin/legpain-gui"
install -m 644 "$root/packaging/linux/legpain-gui.desktop" "$stage/usr/share/applications/legpain-gui.desktop"
install -m 644 "$root/resources/icons/legpain-gui.svg" "$stage/usr/share/icons/hicolor/scalable/apps/legpain-gui.svg"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$root/build/icons/legpain-gui-$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/legpain-gui.png"
done
cat > "$stage/usr/share/doc/legpain-gui/copyright" <<COPY
legpain-gui $version: an offline reference on the autoimmune causes of severe leg pain.
License: MIT. Bundles Qt (PySide6, LGPLv3), Python and SQLAlchemy (MIT), and the Human Phenotype
Ontology (https://hpo.jax.org; see the About box for the release and the attribution).
COPY
depends=$(python3 "$root/packaging/linux/depends.py" "$bundle")
depends="$depends, libpq5"  # loaded at run time by the clinic store's driver (psycopg's ctypes layer), not linked
installed=$(du -sk --apparent-size "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: legpain-gui
Version: $version
Architecture: amd64
Maintainer: legpain-gui developers <legpain-gui@localhost>
Installed-Size: $installed
Depends: $depends
Section: science
Priority: optional
Homepage: https://hpo.jax.org
Description: offline reference on the autoimmune causes of severe leg pain
 Browse conditions (findings with HPO codes and frequencies, red flags, criteria,
 investigations, references), compare them side by side, and reason from findings
 to a ranked, explained differential with cited triage rules. Works without any
 network. Supports, never replaces, clinical judgement.
CONTROL
cat > "$stage/DEBIAN/postinst" <<'POST'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
exit 0
POST
cat > "$stage/DEBIAN/postrm" <<'POST'
#!/bin/sh
# Removing the app never touches anyone's notes: they live in each user's ~/.local/share/legpain-gui.
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
exit 0
POST
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
find "$stage" -type d -exec chmod 755 {} +
dpkg-deb --build --root-owner-group -Zxz "$stage" "$root/dist/legpain-gui_${version}_amd64.deb" >/dev/null
tar -C "$root/dist" -czf "$root/dist/legpain-gui-${version}-linux-x86_64.tar.gz" legpain-gui
echo "$root/dist/legpain-gui_${version}_amd64.deb"
echo "$root/dist/legpain-gui-${version}-linux-x86_64.tar.gz"
