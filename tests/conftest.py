"""Shared fixtures. Qt runs offscreen; user data goes to a temporary folder; the bundled knowledge base
is hashed before and after the whole run, and the run fails if anything changed it."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_KB = ROOT / "db" / "legpain.sqlite"
FIXTURE_SOURCES = Path(__file__).parent / "fixtures" / "kb"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session", autouse=True)
def bundled_kb_unchanged():
    """The bundled file is never written: its hash after the run equals its hash before."""
    if not SHIPPED_KB.exists():
        pytest.exit(f"{SHIPPED_KB} is missing: run `make db` (make test builds it first)", returncode=2)
    before = _sha256(SHIPPED_KB)
    yield
    after = _sha256(SHIPPED_KB)
    assert before == after, "the test run changed the bundled knowledge base"


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets an empty user-data folder of its own."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("LEGPAIN_GUI_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_clinic_server(tmp_path, monkeypatch):
    """No clinic server unless a test names one: neither the environment nor this machine's /etc counts."""
    monkeypatch.delenv("LEGPAIN_CLINIC_DB", raising=False)
    monkeypatch.setenv("LEGPAIN_GUI_SYSTEM_CONFIG", str(tmp_path / "no-system-settings.ini"))


@pytest.fixture(scope="session")
def shipped_kb_path() -> Path:
    return SHIPPED_KB


@pytest.fixture(scope="session")
def shipped_kb(shipped_kb_path):
    from legpain_gui.kb.store import KnowledgeBase

    kb = KnowledgeBase(shipped_kb_path)
    yield kb
    kb.close()


@pytest.fixture()
def fixture_sources(tmp_path) -> Path:
    """A writable copy of the small test sources (one made-up condition)."""
    target = tmp_path / "sources"
    shutil.copytree(FIXTURE_SOURCES, target)
    return target


@pytest.fixture(scope="session")
def fixture_kb_path(tmp_path_factory) -> Path:
    """The small test sources, built once per run."""
    from legpain_gui.kbbuild import build

    out = tmp_path_factory.mktemp("kb") / "fixture.sqlite"
    build(FIXTURE_SOURCES, out, min_findings=5)
    return out


# The clinic store's tests (tests/clinic, tests/gui/clinic) share one throwaway PostgreSQL cluster per run.
import sys  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent / "clinic"))
from pgcluster import clinic_db, cluster  # noqa: E402,F401
