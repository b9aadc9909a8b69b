"""A process that imports into a user-data folder (used by the two-writer and the kill tests).

  userdata_importer.py FOLDER p|q N   N imports of one note each, merged below the note already there
  userdata_importer.py FOLDER big N   one import of N favourites, printing "progress" as it goes
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from legpain_gui.userdata.store import EXPORT_FORMAT, UserData  # noqa: E402

folder, tag, n = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
data = UserData(folder)
if tag == "big":
    print("importing", flush=True)
    data.import_data({"format": EXPORT_FORMAT, "favourites": [f"f{i}" for i in range(n)]},
                     progress=lambda done, total: print("progress", flush=True))
    print("done", flush=True)
else:
    for i in range(n):
        data.import_data({"format": EXPORT_FORMAT, "notes": {"c": f"{tag}-{i}: appended"}})
