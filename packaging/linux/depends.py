#!/usr/bin/env python3
"""Print the Debian packages that provide the system libraries a one-folder build links to directly.

Every ELF file of the bundle is read with readelf -d; each NEEDED library that the bundle does not carry
is resolved with ldconfig's cache and mapped to its package with dpkg -S. libc6 is left out (essential).
Exits 1 when a needed library is neither in the bundle nor on this system."""
import os
import subprocess
import sys
from pathlib import Path

ESSENTIAL = {"libc6"}


def system_libraries() -> dict[str, str]:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    libs = {}
    for line in out.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        if "x86-64" in name or "x86_64" in path or "64" in name:
            libs.setdefault(name.split(" ")[0], path)
    return libs


def main(bundle: Path) -> int:
    carried = {p.name for p in bundle.rglob("*") if ".so" in p.name}
    system = system_libraries()
    needed: dict[str, set[str]] = {}
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with open(path, "rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "(NEEDED)" in line:
                lib = line.split("[")[1].split("]")[0]
                if lib not in carried:
                    needed.setdefault(lib, set()).add(str(path.relative_to(bundle)))
    packages, problems = set(), []
    for lib, users in sorted(needed.items()):
        path = system.get(lib)
        if path is None:
            problems.append(f"{lib} (needed by {', '.join(sorted(users)[:3])})")
            continue
        result = subprocess.run(["dpkg", "-S", os.path.realpath(path)], capture_output=True, text=True)
        if result.returncode != 0:
            result = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
        if result.returncode == 0:
            packages.add(result.stdout.split(":")[0].strip())
        else:
            problems.append(f"{lib}: no Debian package owns {path}")
    if problems:
        print("missing: " + "; ".join(problems), file=sys.stderr)
        return 1
    print(", ".join(sorted(packages - ESSENTIAL)))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve()))
