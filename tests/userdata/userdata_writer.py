"""A process that saves notes in a loop and reports each completed save (used by the kill test)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from legpain_gui.userdata.store import UserData  # noqa: E402

folder, start = Path(sys.argv[1]), int(sys.argv[2])
data = UserData(folder)
print("ready", flush=True)
i = start
while True:
    data.save_note(f"condition-{i % 40}", f"note {i} " + "x" * (i % 200))
    data.set_favourite(f"condition-{i % 40}", i % 2 == 0)
    print(f"saved {i}", flush=True)
    i += 1
