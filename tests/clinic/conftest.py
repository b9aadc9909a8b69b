"""The clinic tests run against a real PostgreSQL server: one throwaway cluster per test run (Unix socket in
a temporary folder), a fresh database per test. Without PostgreSQL's server installed they are skipped
locally and fail in CI (make test installs it)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from pgcluster import Cluster, bindir


@pytest.fixture(scope="session")
def cluster():
    if bindir() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL's server is not installed; `make test` installs it (apt-get install postgresql)")
        pytest.skip("PostgreSQL's server is not installed (apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="legpain-pg-"))  # short: a Unix socket path has a length limit
    base.chmod(0o755)  # the server may run as another user (root in CI runs it as postgres)
    saved = os.environ.get("PGPASSFILE")
    c = Cluster(base / "pg").init()
    yield c
    c.destroy()
    os.rmdir(base) if base.exists() and not any(base.iterdir()) else None
    if saved is None:
        os.environ.pop("PGPASSFILE", None)
    else:
        os.environ["PGPASSFILE"] = saved


@pytest.fixture()
def clinic_db(cluster) -> str:
    """The name of a fresh clinic database (schema at head)."""
    if not cluster.running():
        cluster.start()
    return cluster.new_database()
