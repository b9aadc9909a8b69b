"""Triage from text, session 24: a complete cauda equina syndrome written as an emergency clerking note ('incontinent
of urine and faeces', 'cannot feel his bottom', 'no anal tone', '900 mL retained') was left routine because none of
its red flags was read. Read now, the cauda equina rule fires; the same note with the red flags denied does not fire
it."""
from __future__ import annotations

from tests.checker.readings import fired as _fired

COMPLETE_CES = ("A 49-year-old man has a large central L5/S1 disc herniation on MRI. Since last night he has been "
                "incontinent of urine and faeces and cannot feel his bottom or genitals. Both legs are weak. On PR "
                "there is no anal tone. Bladder scan shows 900 mL retained despite the overflow incontinence.")
DENIED = ("A 49-year-old man has low back pain from a disc herniation on MRI. He is not incontinent of urine, has "
          "no saddle numbness, and anal tone is normal.")


def test_a_complete_cauda_equina_note_is_an_emergency(lex, checker):
    level, fired = _fired(lex, checker, COMPLETE_CES)
    assert level == "emergency" and "cauda-equina" in fired


def test_the_red_flags_denied_do_not_fire_it(lex, checker):
    _, fired = _fired(lex, checker, DENIED)
    assert "cauda-equina" not in fired


def test_a_leg_clot_with_hypoxaemia_is_a_pulmonary_embolism_emergency(triage_of):
    out, fired = triage_of(["HP:0002625", "HP:0012418"])
    assert "pulmonary-embolism" in fired and out["triage"]["level"] == "emergency"
    _, fired = triage_of(["HP:0002625"], ["HP:0012418"])
    assert "pulmonary-embolism" not in fired
