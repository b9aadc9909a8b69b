"""legpain_gui.record.Record: the frozen records of the first screen behave as frozen dataclasses did."""
from __future__ import annotations

import pytest

from legpain_gui.record import FrozenRecordError, Record


class Point(Record):
    x: int
    y: int
    tags: list = Record.factory(list)
    label: str | None = None


class Other(Record):
    x: int
    y: int


def test_construction_by_position_and_keyword_with_defaults():
    p = Point(1, y=2)
    assert (p.x, p.y, p.tags, p.label) == (1, 2, [], None)
    assert Point(1, 2).tags is not Point(1, 2).tags  # a fresh default each time


@pytest.mark.parametrize("args, kwargs", [((1,), {}), ((1, 2, [], None, 5), {}), ((1, 2), {"z": 3}), ((1, 2), {"x": 3})])
def test_wrong_construction_is_refused(args, kwargs):
    with pytest.raises(TypeError):
        Point(*args, **kwargs)


def test_a_record_cannot_be_changed_but_can_be_copied_with_changes():
    p = Point(1, 2)
    with pytest.raises(FrozenRecordError):
        p.x = 5
    with pytest.raises(AttributeError):
        del p.y
    q = p.replace(x=5)
    assert (p.x, q.x, q.y) == (1, 5, 2)


def test_equality_and_hash_by_value_within_one_class():
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(1, 3)
    assert Other(1, 2) != Point(1, 2)
    assert hash(Other(1, 2)) == hash(Other(1, 2))
    with pytest.raises(TypeError):  # a list field: unhashable, as a frozen dataclass with one
        hash(Point(1, 2))


def test_as_dict_is_recursive_and_repr_names_the_fields():
    outer = Point(1, 2, tags=[Other(3, 4)], label="a")
    assert outer.as_dict() == {"x": 1, "y": 2, "tags": [{"x": 3, "y": 4}], "label": "a"}
    assert repr(Other(3, 4)) == "Other(x=3, y=4)"


def test_a_field_without_a_default_after_one_with_a_default_is_refused():
    with pytest.raises(TypeError):
        class Bad(Record):  # noqa: F841
            a: int = 1
            b: int


def test_escape_equals_the_standard_librarys():
    import html

    from legpain_gui.text import escape

    for text in ("a & b", "<img src='x'>", '"quoted"', "plain", "é < 2.5 Hz >", "&amp;"):
        assert escape(text) == html.escape(text, quote=True)
