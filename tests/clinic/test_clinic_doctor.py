"""`legpain-gui doctor --clinic-db URL` against the real throwaway server: signs in and says who; a bad
address or a server that does not answer is one sentence and exit 2."""
from __future__ import annotations

import json
import subprocess
import sys



def _doctor(*args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "legpain_gui", "doctor", *args], capture_output=True, text=True,
                          timeout=120, env=env)


def test_doctor_signs_in_to_the_clinic_store_and_says_who(cluster, clinic_db):
    out = _doctor("--json", "--clinic-db", cluster.url("erin", clinic_db))
    assert out.returncode == 0, out.stderr
    clinic = json.loads(out.stdout)["clinic"]
    assert clinic["signed_in_as"] == "erin" and clinic["editor"] is True and clinic["comparison_sets"] == 0
    text = _doctor("--clinic-db", cluster.url("alice", clinic_db)).stdout
    assert "signed in as alice," in text and "clinic editor" not in text


def test_doctor_without_a_clinic_store_says_so():
    out = _doctor("--json")
    assert out.returncode == 0 and json.loads(out.stdout)["clinic"] is None


def test_doctor_refuses_a_bad_address_and_a_silent_server_in_one_sentence(tmp_path):
    bad = _doctor("--clinic-db", "mysql://alice@host/db")
    assert bad.returncode == 2 and "must start with postgresql://" in bad.stderr and "Traceback" not in bad.stderr
    down = _doctor("--clinic-db", f"postgresql://alice@/legpain?host={tmp_path}")
    assert down.returncode == 2 and "did not answer" in down.stderr and "Traceback" not in down.stderr
