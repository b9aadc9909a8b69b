"""Two windows of one person (two processes) share one outbox: a change queued by one is never written over
by the other, and a queued change is sent once, not once per window."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from legpain_gui.clinic.config import check_url, connect_url
from legpain_gui.clinic.outbox import Change, Outbox
from legpain_gui.clinic.store import ClinicStore

ROOT = Path(__file__).resolve().parents[2]
SERVER = "the clinic server"

ADDER = r"""
import sys, time
from pathlib import Path
from legpain_gui.clinic.outbox import Change, Outbox
folder, tag, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
outbox = Outbox(Path(folder), "the clinic server")
while not go.exists():
    time.sleep(0.002)
for i in range(40):
    outbox.add(Change("add", "PAN", f"{tag}-{i}"))
"""

SENDER = r"""
import json, sys, time
from pathlib import Path
from legpain_gui.clinic.client import ClinicClient
from legpain_gui.clinic.config import check_url, connect_url
url, folder, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
client = ClinicClient(connect_url(check_url(url)), Path(folder), server_label="the clinic server")
client.store.whoami()  # connected before the start, so both send at the same moment
while not go.exists():
    time.sleep(0.002)
sent = client.flush()
print(json.dumps(sent))
client.close()
"""


def _together(scripts: list[list[str]], go: Path) -> list[str]:
    """Start the processes, let them get ready, then start them all at once; their outputs."""
    procs = [subprocess.Popen([sys.executable, "-c", *args], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for args in scripts]
    time.sleep(2.5)  # imports and connections done
    go.touch()
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        outs.append(out)
    return outs


def test_two_windows_queueing_at_once_lose_no_change(tmp_path):
    folder = tmp_path / "data"
    go = tmp_path / "go"
    _together([[ADDER, str(folder), "first", str(go)], [ADDER, str(folder), "second", str(go)]], go)
    texts = [c.text for c in Outbox(folder, SERVER).items]
    assert sorted(texts) == sorted([f"{t}-{i}" for t in ("first", "second") for i in range(40)])
    assert [t for t in texts if t.startswith("first")] == [f"first-{i}" for i in range(40)]  # each in order


def test_two_windows_sending_at_once_send_each_change_once(cluster, clinic_db, tmp_path):
    folder = tmp_path / "data"
    outbox = Outbox(folder, SERVER)
    queued = [outbox.add(Change("add", "PAN", f"typed while the server was down {i}")).key for i in range(30)]
    go = tmp_path / "go"
    url = cluster.url("alice", clinic_db)
    first, second = (json.loads(out) for out in _together([[SENDER, url, str(folder), str(go)]] * 2, go))
    assert first and second, "both windows sent some: they ran at the same time"
    assert sorted(first + second) == sorted(queued)  # every change sent, none twice
    assert Outbox(folder, SERVER).items == []
    store = ClinicStore(connect_url(check_url(url)))
    assert sorted(n.text for n in store.notes("PAN")) == sorted(f"typed while the server was down {i}" for i in range(30))
    store.close()


def test_a_window_that_keeps_the_outbox_locked_is_one_sentence_and_nothing_is_written_half(tmp_path, monkeypatch):
    from legpain_gui.clinic import outbox as outbox_module
    from legpain_gui.clinic.oslock import exclusive

    folder = tmp_path / "data"
    outbox = Outbox(folder, SERVER)
    outbox.add(Change("add", "PAN", "queued before"))
    monkeypatch.setattr(outbox_module, "LOCK_TIMEOUT_S", 0.3)
    with exclusive(outbox.lock_path, 1):  # as another process would hold it
        started = time.monotonic()
        try:
            outbox.add(Change("add", "PAN", "queued while it is held"))
        except outbox_module.OutboxBusy as exc:
            assert "Another legpain-gui window" in str(exc)
        else:
            raise AssertionError("the add went through a held lock")
        assert time.monotonic() - started < 2
    assert [c.text for c in Outbox(folder, SERVER).items] == ["queued before"]
    outbox.add(Change("add", "PAN", "queued after"))
    assert [c.text for c in Outbox(folder, SERVER).items] == ["queued before", "queued after"]
