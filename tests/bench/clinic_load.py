"""Load on a clinic server: N simulated workstations (default 50), each reading and writing clinic notes for a
while (default 60 s), then every note written is looked for on the server.

    python tests/bench/clinic_load.py                       # a throwaway local cluster, 50 workstations, 60 s
    python tests/bench/clinic_load.py --outage 5            # the server is stopped for 5 s in the middle
    python tests/bench/clinic_load.py --seconds 10 --workstations 10

Each workstation is a thread with its own ClinicClient (own user-data folder and outbox, one connection),
signed in as one of three people; it reads a condition's notes (timed) every 0.2-0.6 s and adds a note
(through the outbox, as the app does) about one time in four. Only the local Unix socket is used.
Prints: writes made, writes lost, duplicates, read latency p50/p95/max, write latency p95, errors.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "clinic"))

from pgcluster import PEOPLE, Cluster  # noqa: E402

from legpain_gui.clinic.client import ClinicClient  # noqa: E402
from legpain_gui.clinic.config import check_url, connect_url  # noqa: E402
from legpain_gui.clinic.errors import ClinicError  # noqa: E402
from legpain_gui.clinic.store import ClinicStore  # noqa: E402

CONDITIONS = ["polyarteritis-nodosa", "giant-cell-arteritis", "dermatomyositis", "guillain-barre-syndrome",
              "polymyalgia-rheumatica", "sarcoidosis"]


OUTAGE = threading.Event()  # set while the server is stopped on purpose (and a moment after: reconnecting)


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Workstation(threading.Thread):
    def __init__(self, n: int, url: str, folder: Path, until: float):
        super().__init__(daemon=True)
        self.n, self.until = n, until
        self.client = ClinicClient(url, folder, store=ClinicStore(url, pool_size=1))
        self.rng = random.Random(n)
        self.reads: list[float] = []
        self.writes: list[float] = []
        self.written: list[str] = []
        self.errors: dict[str, int] = {}
        self.offline_reads = 0
        self.during_outage = 0  # reads refused while the server was stopped on purpose (expected, not errors)

    def run(self) -> None:
        while time.monotonic() < self.until:
            cid = self.rng.choice(CONDITIONS)
            start = time.perf_counter()
            try:
                self.client.store.notes(cid)
                self.reads.append(time.perf_counter() - start)
            except ClinicError as exc:
                if OUTAGE.is_set():
                    self.during_outage += 1
                else:
                    self.errors[type(exc).__name__] = self.errors.get(type(exc).__name__, 0) + 1
            except Exception as exc:  # counted, never hidden
                self.errors[repr(exc)[:80]] = self.errors.get(repr(exc)[:80], 0) + 1
            if self.rng.random() < 0.25:
                token = f"ws{self.n}-{len(self.written)}"
                start = time.perf_counter()
                try:
                    view = self.client.add(cid, f"load note {token}")
                    self.written.append(token)
                    if view.online:
                        self.writes.append(time.perf_counter() - start)
                except Exception as exc:
                    self.errors[repr(exc)[:80]] = self.errors.get(repr(exc)[:80], 0) + 1
            time.sleep(self.rng.uniform(0.2, 0.6))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workstations", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--outage", type=float, default=0, help="stop the server this long mid-run")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="legpain-load-"))
    base.chmod(0o755)
    cluster = Cluster(base / "pg").init()
    try:
        db = cluster.new_database()
        roles = list(PEOPLE)
        urls = [connect_url(check_url(cluster.url(roles[i % len(roles)], db))) for i in range(args.workstations)]
        until = time.monotonic() + args.seconds
        stations = [Workstation(i, urls[i], base / f"ws{i}", until) for i in range(args.workstations)]
        for s in stations:
            s.start()
        if args.outage:
            time.sleep(max(0.0, args.seconds / 2 - args.outage / 2))
            OUTAGE.set()
            cluster.stop()
            print(f"server stopped for {args.outage:g} s", flush=True)
            time.sleep(args.outage)
            cluster.start()
            time.sleep(1)  # reads already waiting on the stopped server end now
            OUTAGE.clear()
        for s in stations:
            s.join(args.seconds + 60)
        unsent = 0
        for s in stations:  # what a workstation still holds is sent when it next talks to the server
            s.client.flush()
            unsent += len(s.client.outbox.items)
        check = ClinicStore(urls[0])
        on_server = [n.text.removeprefix("load note ") for cid in CONDITIONS for n in check.notes(cid)]
        check.close()
        written = [t for s in stations for t in s.written]
        lost = len(set(written) - set(on_server))
        duplicates = len(on_server) - len(set(on_server))
        reads = [r for s in stations for r in s.reads]
        writes = [w for s in stations for w in s.writes]
        errors: dict[str, int] = {}
        for s in stations:
            for k, v in s.errors.items():
                errors[k] = errors.get(k, 0) + v
            s.client.close()
        print(f"workstations {args.workstations}, {args.seconds:g} s each"
              + (f", server stopped {args.outage:g} s mid-run" if args.outage else ""))
        print(f"writes made {len(written)}, writes lost {lost}, duplicates {duplicates}, still unsent {unsent}")
        print(f"reads {len(reads)}: p50 {statistics.median(reads) * 1000:.1f} ms, p95 {_pct(reads, 0.95) * 1000:.1f} ms, "
              f"max {max(reads) * 1000:.1f} ms")
        print(f"writes acknowledged by the server while up {len(writes)}: p95 {_pct(writes, 0.95) * 1000:.1f} ms")
        if args.outage:
            print(f"reads answered 'clinic server unreachable' while it was stopped "
                  f"{sum(s.during_outage for s in stations)}")
        print(f"errors {sum(errors.values())}" + (f" ({', '.join(f'{k}: {v}' for k, v in errors.items())})"
                                                 if errors else ""))
        return 0 if lost == 0 and duplicates == 0 else 1
    finally:
        cluster.destroy()
        import shutil

        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
