"""The drawings of kinds' own (kinds.base.DrawingSlot), each supplied by the module here named
as its kind: ``SUPPLIES = (supply(SLOT, function), ...)``, and their layout edits
(kinds.base.LayoutEdit) the same way: ``LAYOUT_EDITS = (edits(EDIT, function), ...)``.
Found by looking through this package, as kinds/registry.py finds kinds, so a new kind's
drawing is its own module here and nothing lists it; a slot nothing supplies is an
InternalError naming it, never a blank slide (tests/test_drawing_protocol.py checks every
slot a kind declares is supplied)."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from lessonpack.errors import InternalError
from lessonpack.kinds.base import DrawingSlot, EditsLayout, LayoutEdit

D = TypeVar("D")


@dataclass(frozen=True)
class Supplied:
    """A slot's name and the function drawing it."""

    slot: str
    draw: Any


def supply(slot: DrawingSlot[D], draw: D) -> Supplied:
    """``draw`` as the drawing ``slot`` declares (mypy checks it against the slot's type)."""
    return Supplied(slot.name, draw)


def edits(edit: LayoutEdit, function: EditsLayout) -> Supplied:
    """``function`` as the layout edit ``edit`` names (mypy checks it against EditsLayout)."""
    return Supplied(edit.name, function)


def _table(attribute: str) -> dict[str, Any]:
    """Name -> function, from every module of this package's ``attribute``."""
    table: dict[str, Any] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for entry in getattr(module, attribute, ()):
            if entry.slot in table:
                raise InternalError(f"{entry.slot!r} is supplied twice (render/kinds/"
                                    f"{info.name}.py and another module)")
            table[entry.slot] = entry.draw
    return table


@lru_cache(maxsize=1)  # one table per process: the modules of this package, read once
def supplied() -> dict[str, Any]:
    """Slot name -> drawing, from every module of this package."""
    return _table("SUPPLIES")


@lru_cache(maxsize=1)
def layout_edits() -> dict[str, Any]:
    """Layout edit name -> function, from every module of this package."""
    return _table("LAYOUT_EDITS")


def _supplied_by(table: dict[str, Any], name: str, what: str) -> Any:
    """The function ``table`` holds for ``name``; an internal error naming ``what`` (a
    drawing, a layout edit) when no module of this package supplies it."""
    found = table.get(name)
    if found is None:
        raise InternalError(f"no module in lessonpack/render/kinds/ supplies the {what} "
                            f"{name!r}")
    return found


def drawing(slot: DrawingSlot[D]) -> D:
    """The function drawing ``slot``."""
    result: D = _supplied_by(supplied(), slot.name, "drawing")
    return result


def layout_edit(edit: LayoutEdit) -> EditsLayout:
    """The function making ``edit``."""
    result: EditsLayout = _supplied_by(layout_edits(), edit.name, "layout edit")
    return result
