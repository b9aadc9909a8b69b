"""Immutable records, as `@dataclass(frozen=True)` makes them, for the classes on the path to the first screen.

A dataclass writes and compiles its methods when its class is created: about 1 ms a class, 13 ms for the
records the first screen reads before the list can be shown (with the `dataclasses` module itself). `Record`
gives the same behaviour from methods written once: keyword or positional construction in field order,
defaults, no assignment after construction, equality and hashing by value within one class, a readable
repr, and `as_dict` for JSON (what `dataclasses.asdict` gave).

    class Summary(Record):
        id: str
        name: str
        tags: list = Record.factory(list)    # a fresh default for each record
        note: str | None = None
"""
from __future__ import annotations


class FrozenRecordError(AttributeError):
    """A record was assigned to after construction."""


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make):
        self.make = make


_MISSING = object()


class Record:
    """Subclasses declare their fields as annotations (in order); a class attribute of the same name is the
    field's default (`Record.factory(list)` for a mutable one)."""

    _fields: tuple[str, ...] = ()
    _defaults: dict = {}

    @staticmethod
    def factory(make) -> _Factory:
        return _Factory(make)

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        own = tuple(cls.__dict__.get("__annotations__", {}))
        cls._fields = cls._fields + tuple(n for n in own if n not in cls._fields)
        defaults = dict(cls._defaults)
        for name in own:
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
        seen_default = False
        for name in cls._fields:  # as a dataclass: no field without a default after one with a default
            if name in defaults:
                seen_default = True
            elif seen_default:
                raise TypeError(f"{cls.__name__}: field '{name}' without a default follows one with a default")
        cls._defaults = defaults

    def __init__(self, *args, **kwargs) -> None:
        fields = self._fields
        if not kwargs and len(args) == len(fields):  # every field by position: the common case, kept quick
            self.__dict__.update(zip(fields, args))
            return
        if not args and len(kwargs) == len(fields) and all(f in kwargs for f in fields):  # every field by name
            self.__dict__.update(kwargs)
            return
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} takes {len(fields)} fields, {len(args)} given")
        values = dict(zip(fields, args))
        for name, value in kwargs.items():
            if name not in fields:
                raise TypeError(f"{type(self).__name__} has no field '{name}'")
            if name in values:
                raise TypeError(f"{type(self).__name__} got field '{name}' twice")
            values[name] = value
        if len(values) < len(fields):
            for name in fields:
                if name not in values:
                    default = self._defaults.get(name, _MISSING)
                    if default is _MISSING:
                        raise TypeError(f"{type(self).__name__} is missing field '{name}'")
                    values[name] = default.make() if isinstance(default, _Factory) else default
        self.__dict__.update(values)

    def __setattr__(self, name, value) -> None:
        raise FrozenRecordError(f"cannot assign to field '{name}' of a {type(self).__name__}")

    def __delattr__(self, name) -> None:
        raise FrozenRecordError(f"cannot delete field '{name}' of a {type(self).__name__}")

    def _values(self) -> tuple:
        d = self.__dict__
        return tuple(d[name] for name in self._fields)

    def __eq__(self, other) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={self.__dict__[n]!r}' for n in self._fields)})"

    def replace(self, **changes) -> "Record":
        """A copy with some fields changed (`dataclasses.replace`)."""
        values = {name: self.__dict__[name] for name in self._fields}
        values.update(changes)
        return type(self)(**values)

    def as_dict(self) -> dict:
        """The record as plain dicts and lists, recursively (for JSON)."""
        return {name: _plain(self.__dict__[name]) for name in self._fields}


def _plain(value):
    if isinstance(value, Record):
        return value.as_dict()
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
