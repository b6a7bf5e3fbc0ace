"""The drawings of kinds' own (kinds.base.DrawingSlot), each supplied by the module here named
as its kind: ``SUPPLIES = (supply(SLOT, function), ...)``. Found by looking through this
package, as kinds/registry.py finds kinds, so a new kind's drawing is its own module here and
nothing lists it; a slot nothing supplies is an InternalError naming it, never a blank slide
(tests/test_drawing_protocol.py checks every slot a kind declares is supplied)."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from lessonpack.errors import InternalError
from lessonpack.kinds.base import DrawingSlot

D = TypeVar("D")


@dataclass(frozen=True)
class Supplied:
    """A slot's name and the function drawing it."""

    slot: str
    draw: Any


def supply(slot: DrawingSlot[D], draw: D) -> Supplied:
    """``draw`` as the drawing ``slot`` declares (mypy checks it against the slot's type)."""
    return Supplied(slot.name, draw)


@lru_cache(maxsize=1)  # one table per process: the modules of this package, read once
def supplied() -> dict[str, Any]:
    """Slot name -> drawing, from every module of this package."""
    table: dict[str, Any] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for entry in getattr(module, "SUPPLIES", ()):
            if entry.slot in table:
                raise InternalError(f"drawing {entry.slot!r} is supplied twice (render/kinds/"
                                    f"{info.name}.py and another module)")
            table[entry.slot] = entry.draw
    return table


def drawing(slot: DrawingSlot[D]) -> D:
    """The function drawing ``slot``."""
    found = supplied().get(slot.name)
    if found is None:
        raise InternalError(f"no module in lessonpack/render/kinds/ supplies the drawing "
                            f"{slot.name!r}")
    result: D = found
    return result
