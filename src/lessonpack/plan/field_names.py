"""The field names of a planned block's dataclass, read once a class.

The walks over a planned pack (its texts made typographic for each document, citation codes
and visitors' asides edited out, fill-ins found) visit every block, item and line of it, a
few hundred dataclass instances a document; ``dataclasses.fields`` builds its tuple anew on
each call, filtering the class's field table: about half a per cent of building a pack.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache


@lru_cache(maxsize=512)  # one entry a dataclass: a few hundred at most
def field_names(cls: type) -> tuple[str, ...]:
    """The names ``dataclasses.fields(cls)`` gives, in its order."""
    return tuple(f.name for f in dataclasses.fields(cls))


@lru_cache(maxsize=512)  # one entry a dataclass: a few hundred at most
def init_field_names(cls: type) -> tuple[str, ...]:
    """The names of the fields ``cls.__init__`` takes (``dataclasses.replace`` accepts only
    these), in their order."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)
