"""What can be checked here about the installers without building them (make package-test builds them)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
VERSION = re.search(r'__version__ = "([^"]+)"', (ROOT / "legpain_gui" / "__init__.py").read_text()).group(1)


def test_release_workflow_parses_and_covers_three_platforms():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    matrix = wf["jobs"]["build"]["strategy"]["matrix"]["os"]
    assert {m.split("-")[0] for m in matrix} == {"ubuntu", "windows", "macos"}
    steps = " ".join(str(s.get("run", "")) for s in wf["jobs"]["build"]["steps"])
    assert "package-test" in steps and "makensis" in steps and "build_dmg.sh" in steps


def test_spec_is_valid_python_and_bundles_the_data():
    source = (ROOT / "packaging" / "legpain_gui.spec").read_text()
    compile(source, "legpain_gui.spec", "exec")
    assert '"db"' in source and '"resources"' in source and "PySide6.QtNetwork" in source


def test_desktop_entry():
    entry = (ROOT / "packaging" / "linux" / "legpain-gui.desktop").read_text()
    assert "Exec=legpain-gui" in entry and "Icon=legpain-gui" in entry and "Terminal=false" in entry


def test_nsis_script_is_per_user_and_keeps_data_by_default():
    nsi = (ROOT / "packaging" / "windows" / "legpain-gui.nsi").read_text()
    assert "RequestExecutionLevel user" in nsi and "$LOCALAPPDATA\\Programs" in nsi
    assert 'Section /o "un.Also remove my notes' in nsi  # unticked: data kept unless asked
    assert 'Section /o "Desktop shortcut"' in nsi


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (make nsis-check installs it)")
def test_nsis_script_compiles_against_a_dummy_payload():
    proc = subprocess.run(["bash", str(ROOT / "packaging" / "windows" / "check_nsis.sh"), VERSION],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr


def _deps_lists() -> set[str]:
    import re

    text = (ROOT / ".ci" / "system-deps.sh").read_text()
    found = set()
    for name in ("pkgs", "x11", "build"):
        body = re.search(rf"^{name}=\((.*?)\)", text, re.S | re.M).group(1)
        found |= set(body.split())
    return found


def test_make_package_installs_the_x11_libraries_first():
    """Issue 18: on a fresh machine `make package` failed: the package target installed only the offscreen Qt
    libraries, and the .deb's dependency scan needs the X11 ones (libxcb-icccm4, libxcb-keysyms1)."""
    import re

    makefile = (ROOT / "Makefile").read_text()
    prerequisites = re.search(r"^package: (.*)$", makefile, re.M).group(1).split()
    assert prerequisites[0] == "packagedeps"  # before PyInstaller and the scan
    recipe = re.search(r"^packagedeps:\n\t(.*)$", makefile, re.M).group(1)
    assert "system-deps.sh --package" in recipe
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= _deps_lists()
    line = next(x for x in (ROOT / ".ci" / "system-deps.sh").read_text().splitlines() if x.strip().startswith("--package)"))
    assert 'pkgs+=("${x11[@]}" "${build[@]}"' in line
    assert "postgresql" in line  # the .deb's smoke test signs in to a throwaway clinic server (issue 20)
    assert {"binutils", "libcups2"} <= _deps_lists()


def test_every_library_qt_links_to_is_in_the_package_list():
    """Each system library that Qt's libraries and the xcb plugin link to directly belongs to a package that
    .ci/system-deps.sh --package installs (not one that some other package happens to pull in)."""
    import os
    import shutil
    import subprocess

    import PySide6

    if not (shutil.which("readelf") and shutil.which("dpkg") and shutil.which("ldconfig")):
        pytest.skip("needs readelf, dpkg and ldconfig (Debian/Ubuntu)")
    qt = Path(PySide6.__file__).parent / "Qt"
    files = [qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "plugins" / "printsupport").glob("*.so")),
             *sorted((qt / "plugins" / "imageformats").glob("libq[pij]*.so"))] + [
        qt / "lib" / f"libQt6{m}.so.6" for m in ("XcbQpa", "Gui", "Widgets", "Core", "PrintSupport")]
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    wanted, missing = _deps_lists(), []
    for f in (f for f in files if f.exists()):
        out = subprocess.run(["readelf", "-d", str(f)], capture_output=True, text=True).stdout
        for lib in {line.split("[")[1].split("]")[0] for line in out.splitlines() if "(NEEDED)" in line}:
            if lib.startswith(("libQt6", "libicu", "libc.so", "libm.so", "ld-linux", "libgcc_s", "libstdc++",
                               "libz.so", "libzstd", "libpthread", "libdl.so", "librt.so")):
                continue  # Qt's own, bundled by PyInstaller, or part of every system
            line = next((x for x in cache.splitlines() if x.strip().startswith(lib + " ")), None)
            if line is None:
                missing.append(f"{lib} (not installed here)")
                continue
            path = os.path.realpath(line.split(" => ")[1])
            owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True).stdout.split(":")[0]
            if owner and owner not in wanted:
                missing.append(f"{lib} ({owner})")
    assert missing == []


def test_nsis_installer_has_a_licence_page_an_apps_entry_and_upgrades_without_touching_user_data():
    nsi = (ROOT / "packaging" / "windows" / "legpain-gui.nsi").read_text()
    assert '!insertmacro MUI_PAGE_LICENSE "license.txt"' in nsi
    assert (ROOT / "packaging" / "windows" / "license.txt").read_text().startswith("legpain-gui is free software")
    assert 'VIProductVersion "${VERSION_NUMERIC}"' in nsi and 'VIAddVersionKey "ProductVersion" "${VERSION}"' in nsi
    for value in ("DisplayName", "DisplayVersion", "UninstallString", "QuietUninstallString", "EstimatedSize"):
        assert f'"${{UNINST_KEY}}" "{value}"' in nsi
    install = nsi.split('Section "legpain-gui (required)"')[1].split("SectionEnd")[0]
    assert "$APPDATA" not in install  # an install or upgrade replaces program files only
    assert 'RMDir /r "$INSTDIR\\_internal"' in install


def test_make_windows_runs_build_smoke_and_upgrade_tests():
    makefile = (ROOT / "Makefile").read_text()
    target = makefile.split("\nwindows:")[1].split("\n\n")[0]
    for script in ("build.sh", "smoke_test.sh", "upgrade_test.sh"):
        assert f"packaging/windows/{script} $(VERSION)" in target
        assert (ROOT / "packaging" / "windows" / script).exists()
    assert "windows" not in makefile.split("\ntest:")[1].split("\n\n")[0]  # heavy: not part of make test
