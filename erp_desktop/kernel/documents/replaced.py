"""A document with some fields changed, as ``dataclasses.replace`` makes it, faster.

A finalized sale is copied twice (numbered, then sealed); ``dataclasses.replace`` walks the
class's fields and calls the generated ``__init__`` of some thirty fields, about a
fortieth of a demo ticket's time (issue 19). For a dataclass whose ``__init__`` only sets
its fields (no ``__post_init__``, every field an init field, no init-only variable) the
copy is the same made slot by slot; any other class goes through ``dataclasses.replace``.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def replaced(value: T, **changes: Any) -> T:
    """``dataclasses.replace(value, **changes)``."""
    cls: type = type(value)
    names = _plain_fields(cls)
    if names is None or not changes.keys() <= names[1]:
        return dataclasses.replace(value, **changes)  # type: ignore[type-var]
    made: T = _new(cls)
    for name in names[0]:
        _set(made, name, changes[name] if name in changes else getattr(value, name))
    return made


@cache
def _plain_fields(cls: type) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """The fields ``__init__`` sets of a dataclass whose ``__init__`` does nothing else."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__"):
        return None
    if not cls.__dataclass_params__.init:  # type: ignore[attr-defined]
        return None  # an __init__ of its own
    fields = dataclasses.fields(cls)
    if len(fields) != len(cls.__dataclass_fields__) or not all(f.init for f in fields):
        return None  # an init-only variable or a class variable, a field __init__ skips
    if cls.__init__ is not cls.__dict__.get("__init__"):
        return None  # an __init__ of its own or inherited: let replace call it
    names = tuple(f.name for f in fields)
    return names, frozenset(names)


_new = object.__new__
_set = object.__setattr__
