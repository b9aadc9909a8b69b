"""User data and knowledge-base values are shown as the text they are, never read as HTML (issue 18, failures
10, 11 and 29): the status bar and message boxes are plain text, rich-text labels escape what they show."""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from legpain_gui.gui.dialogs import ask_choice, show_disclaimer, show_error  # the real ones, before the fixtures

HOSTILE = "<a href='https://example.org'>link</a><img src='file:///etc/hostname'> & <b>bold</b>"


def _seen(rich: str) -> str:
    """What a rich-text label shows for `rich`."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def test_the_status_bar_is_plain_text(make_window):
    """Failure 10: set and session names in the status bar were rendered as rich text (images, links)."""
    window = make_window()
    assert window.status.textFormat() == Qt.TextFormat.PlainText
    window.status.setText(f"Saved set {HOSTILE}")
    assert window.status.text() == f"Saved set {HOSTILE}"


def test_message_boxes_are_plain_text(qtbot, monkeypatch):
    """Failure 10: names from an imported file in message boxes were rendered as rich text."""
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append((box.textFormat(), box.text())) or 0)
    show_error(None, "Session not opened", f"The session “{HOSTILE}” could not be opened.")
    show_disclaimer(None, HOSTILE)
    ask_choice(None, "Notes already here", HOSTILE, ["Keep both", "Cancel"])
    assert [f for f, _ in boxes] == [Qt.TextFormat.PlainText] * 3
    assert all(HOSTILE in text for _, text in boxes)


def test_a_set_name_from_an_imported_file_is_plain_in_the_status_bar(make_window, qtbot, monkeypatch, tmp_path,
                                                                     no_real_dialogs):
    import json

    from legpain_gui.gui import dialogs

    window = make_window()
    exported = tmp_path / "in.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: exported)
    window.transfer.export()
    qtbot.waitUntil(lambda: exported.exists(), timeout=5000)
    data = json.loads(exported.read_text())
    data.setdefault("comparison_sets", {})[HOSTILE] = ["polyarteritis-nodosa", "granulomatosis-with-polyangiitis"]
    exported.write_text(json.dumps(data))
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: exported)
    window.transfer.import_()
    qtbot.waitUntil(lambda: window.status.text().startswith("Imported") or bool(no_real_dialogs), timeout=5000)
    assert no_real_dialogs == [], window.status.text()
    window.compare_ctl.delete_set(HOSTILE)
    qtbot.waitUntil(lambda: window.status.text().startswith("Deleted"), timeout=5000)
    assert window.status.text() == f"Deleted the set “{HOSTILE}”."
    assert window.status.textFormat() == Qt.TextFormat.PlainText


def test_hpo_names_with_angle_brackets_are_shown_whole(make_window, qtbot):
    """Failure 29: 'EEG with spike-wave complexes (<2.5 Hz)' was cut at the '<' in the search message."""
    window = make_window()
    window.browse.search.setText("EEG with spike-wave complexes (<2.5 Hz)")
    qtbot.waitUntil(lambda: window.browse.message.isVisibleTo(window) and "findings" in window.browse.message.text(),
                    timeout=5000)
    assert "EEG with spike-wave complexes (<2.5 Hz)" in _seen(window.browse.message.text())


def test_search_message_escapes_finding_names_and_suggestions(make_window):
    """Failure 11: finding names and the 'Try:' suggestions from a crafted knowledge base were injected."""
    window = make_window()
    browse = window.browse
    browse.search.setText("anything")
    seq = browse._search_seq
    hits = SimpleNamespace(conditions=[SimpleNamespace(id="x", name="X", category="C", matched=[], score=1.0)],
                           findings=[SimpleNamespace(name=HOSTILE)], suggestions=[])
    browse.show_hits(seq, hits)
    assert HOSTILE in _seen(browse.message.text()) and "<img" not in browse.message.text()
    none = SimpleNamespace(conditions=[], findings=[], suggestions=[HOSTILE, 'a" onclick="x'])
    browse.show_hits(seq, none)
    assert HOSTILE in _seen(browse.message.text()) and "<img" not in browse.message.text()
    assert "href='https" not in browse.message.text()


def test_tooltips_from_the_knowledge_base_are_plain():
    from legpain_gui.gui.common import plain_tip

    assert plain_tip("Vasculitis\nFound via: foot drop") == "Vasculitis\nFound via: foot drop"  # unchanged
    assert "<img" not in plain_tip(HOSTILE) and HOSTILE in _seen(plain_tip(HOSTILE))
