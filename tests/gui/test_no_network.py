"""The app never opens an internet socket: GUI start, search, check and exports run with every IPv4/IPv6
connection attempt recorded (and refused). packaging/linux/strace_no_network.sh shows the same on the
real program with strace."""
from __future__ import annotations

import socket

import pytest

from legpain_gui.cli import run


@pytest.fixture()
def internet_attempts(monkeypatch):
    attempts = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(self, address, *args):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError("network use is not allowed in legpain-gui")
        return real_connect(self, address, *args)

    def guard_ex(self, address, *args):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            return 1
        return real_connect_ex(self, address, *args)

    def no_lookup(*args, **kwargs):
        attempts.append(("getaddrinfo", args[:2]))
        raise OSError("name lookups are not allowed in legpain-gui")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard_ex)
    monkeypatch.setattr(socket, "getaddrinfo", no_lookup)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: (attempts.append(a), (_ for _ in ()).throw(OSError())))
    return attempts


def test_cli_search_check_compare_export_use_no_network(internet_attempts, tmp_path, capsys):
    assert run(["search", "foot drop", "--json"]) == 0
    assert run(["check", "--present", "HP:0009027", "--present", "HP:0001945", "--json"]) == 0
    assert run(["compare", "PAN", "SLE", "--html", str(tmp_path / "c.html"), "--pdf", str(tmp_path / "c.pdf")]) == 0
    capsys.readouterr()
    assert internet_attempts == []


def test_gui_start_search_check_export_use_no_network(internet_attempts, qtbot, make_window, tmp_path):
    window = make_window()
    qtbot.keyClicks(window.browse.search, "lupus")
    qtbot.waitUntil(lambda: window.browse.model.is_search(), timeout=5000)
    window.check_tab.set_state("HP:0009027", None, "present")
    qtbot.waitUntil(lambda: window.check_tab.report is not None, timeout=5000)
    window.browse_ctl.export_pdf(tmp_path / "page.pdf")
    window.check_ctl.export(tmp_path / "check.pdf")
    assert internet_attempts == []
