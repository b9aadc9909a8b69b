"""A throwaway clinic server for trying the clinic pane by hand (and for screenshots):

    python tests/clinic/clinic_server.py start /tmp/legpain-clinic [--demo]   # prints how to point the app at it
    python tests/clinic/clinic_server.py stop /tmp/legpain-clinic

The cluster listens on a Unix socket in that folder only; people alice and bob (clinicians) and erin (clinic
editor), their passwords in FOLDER/pg/pgpass (export PGPASSFILE=... as printed).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pgcluster import Cluster, bindir  # noqa: E402


def start(folder: Path, demo: bool) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    cluster = Cluster(folder / "pg").init()
    db = cluster.new_database()
    if demo:
        from legpain_gui.clinic.config import check_url, connect_url
        from legpain_gui.clinic.store import ClinicStore

        def store(role):
            return ClinicStore(connect_url(check_url(cluster.url(role, db))))

        erin, bob = store("erin"), store("bob")
        erin.set_pathway("polyarteritis-nodosa", "Suspected PAN: same-week rheumatology clinic (bleep 4412); "
                         "hepatitis B serology, urine dip and CT angiography before steroids where safe.", None)
        note = bob.add_note("polyarteritis-nodosa", "Nerve conduction studies: the neurophysiology lab takes "
                            "urgent requests on Tuesdays and Thursdays.")
        erin.edit_note(note.key, note.text + " Mark the form 'mononeuritis'.", note.version)
        erin.add_note("polyarteritis-nodosa", "Teaching: compare with EGPA and microscopic polyangiitis in the "
                      "shared set 'Medium-vessel vasculitis'.")
        erin.add_comparison_set("Medium-vessel vasculitis", ["polyarteritis-nodosa", "giant-cell-arteritis"])
    print(f"export PGPASSFILE={cluster.passfile}")
    for role in ("alice", "bob", "erin"):
        print(f"legpain-gui --clinic-db '{cluster.url(role, db)}'")


def stop(folder: Path) -> None:
    data = folder / "pg" / "data"
    import os

    subprocess.run([str(bindir() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], check=False,
                   user="postgres" if os.geteuid() == 0 else None, cwd="/")


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("start", "stop"):
        print(__doc__)
        sys.exit(2)
    (start(Path(sys.argv[2]), "--demo" in sys.argv) if sys.argv[1] == "start" else stop(Path(sys.argv[2])))
