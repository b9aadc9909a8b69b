"""Any text in the search box, the finding picker and the note: no exception, no crash, nothing lost."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TEXT = st.one_of(st.text(max_size=200), st.sampled_from(['"', "AND NEAR(", "\u202e", "🦵" * 50, "x" * 100_000,
                                                          "' OR 1=1 --", "{name}:", "HP:0009027"]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_any_text_in_every_text_field(make_window_once, qtbot, text):
    window = make_window_once
    window.browse.search.setText(text)
    window.browse._emit_search()
    window.check_tab.finder.setText(text)
    window.check_tab._emit_completion()
    window.browse.note.setPlainText(text)
    window.browse.flush_note()
    window.runner.wait(5000)
    qtbot.wait(1)
    assert window.backend is not None
