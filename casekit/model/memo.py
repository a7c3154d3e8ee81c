"""Results remembered for the very objects they were made from, for the life of the process."""
from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Hashable, TypeVar

T = TypeVar("T")

_MAX = 20_000
_made: OrderedDict[tuple[Hashable, ...], tuple[tuple[object, ...], object]] = OrderedDict()


def for_same_objects(name: str, sources: tuple[object, ...], context: Hashable, make: Callable[..., T], *args: object) -> T:
    """make(*args), or what it gave before for these very objects (by identity) and an equal context.

    Under `mkdocs serve` the loader hands out the same frozen object for a file
    whose bytes did not change (casekit.load.source.by_content), so what depends
    only on such objects is made once per version of them. make must depend on
    nothing but the sources and the context. An entry holds its sources, so no
    other object can have their ids while it lives: an equal key is the same objects.
    """
    key = (name, tuple(map(id, sources)), context)
    entry = _made.get(key)
    if entry is None:
        entry = (sources, make(*args))
        _made[key] = entry
        if len(_made) > _MAX:
            _made.popitem(last=False)
    else:
        _made.move_to_end(key)
    return entry[1]  # type: ignore[return-value]
