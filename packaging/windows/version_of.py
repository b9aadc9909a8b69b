"""Print the ProductVersion and FileVersion in the version resource of Windows executables (file properties).
Runs under the build prefix's Windows Python, where pefile comes with PyInstaller."""
import sys
from pathlib import Path

import pefile

for name in sys.argv[1:]:
    pe = pefile.PE(name, fast_load=True)
    pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]])
    strings = {}
    for info in getattr(pe, "FileInfo", None) or []:
        for entry in info:
            for table in getattr(entry, "StringTable", []):
                strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
    print(f"{Path(name).name}: ProductVersion {strings.get('ProductVersion', '(none)')}")
    print(f"{Path(name).name}: FileVersion {strings.get('FileVersion', '(none)')}")
