"""An export file saved again as UTF-8 with a BOM or as UTF-16 (Windows editors do both) is imported, not
refused with codec jargon (issue 18, failure 28)."""
from __future__ import annotations

import json

import pytest

from legpain_gui.gui import dialogs
from legpain_gui.text import decode_text_file

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]


def _export_text() -> str:
    return json.dumps({"format": "legpain-gui-export", "version": 1, "favourites": ["polyarteritis-nodosa"],
                       "notes": {"polyarteritis-nodosa": "Mononeuritis: früh erkennen — ①"}}, ensure_ascii=False)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_decode_text_file(encoding):
    assert decode_text_file(_export_text().encode(encoding)) == _export_text()


@pytest.mark.parametrize("data", [b"\xff\xfe\x00", b"caf\xe9 latin-1", b"\x80\x81\x82"])
def test_other_bytes_are_one_plain_sentence(data):
    with pytest.raises(ValueError) as info:
        decode_text_file(data)
    assert "codec" not in str(info.value) and "UTF-8 or UTF-16" in str(info.value)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_import_accepts_bom_and_utf16(make_window, qtbot, monkeypatch, tmp_path, no_real_dialogs, encoding):
    from legpain_gui.userdata.store import EXPORT_FORMAT

    window = make_window()
    path = tmp_path / "notes.json"
    path.write_bytes(_export_text().replace("legpain-gui-export", EXPORT_FORMAT).encode(encoding))
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    window.transfer.import_()
    qtbot.waitUntil(lambda: bool(window.backend.user.favourites() or no_real_dialogs), timeout=5000)
    assert no_real_dialogs == []
    assert window.backend.user.favourites() and window.backend.user.notes()


def test_a_latin1_file_is_refused_without_codec_jargon(make_window, monkeypatch, tmp_path, no_real_dialogs, qtbot):
    window = make_window()
    path = tmp_path / "notes.json"
    path.write_bytes('{"notes": "café"}'.encode("latin-1"))
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    window.transfer.import_()
    qtbot.waitUntil(lambda: bool(no_real_dialogs), timeout=5000)
    assert no_real_dialogs and "codec" not in no_real_dialogs[-1][1] and "UTF-8 or UTF-16" in no_real_dialogs[-1][1]
