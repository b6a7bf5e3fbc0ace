"""The drawings of kinds' own (kinds.base.DrawingSlot) and their layout edits
(kinds.base.LayoutEdit), as each kind supplies them where it is: ``SUPPLIES = (supply(SLOT,
function), ...)`` and ``LAYOUT_EDITS = (edits(EDIT, function), ...)`` in its module, or in
any module of its package (``kinds/<kind>/drawing.py``). Found through the registry's kinds,
so a kind registered for a test is looked through too and nothing lists the drawings; a slot
nothing supplies is an InternalError naming it, never a blank slide
(tests/test_drawing_protocol.py checks every slot a kind declares is supplied).

The renderer imports a kind's drawing modules here, when it first draws, and never by name:
the planners import a kind's module for its payload and never load the renderer."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any, TypeVar

from lessonpack.errors import InternalError
from lessonpack.kinds.base import DrawingSlot, EditsLayout, LayoutEdit, SlideKind
from lessonpack.kinds.registry import kinds

D = TypeVar("D")


def _modules(kind: SlideKind) -> Iterator[ModuleType]:
    """The kind's module (where its payload is declared) and, for a package, every module
    in it."""
    module = importlib.import_module(kind.payload.__module__)
    yield module
    for info in pkgutil.walk_packages(getattr(module, "__path__", ()), f"{module.__name__}."):
        yield importlib.import_module(info.name)


def _table(found: tuple[SlideKind, ...], attribute: str) -> dict[str, Any]:
    """Name -> function, from every kind's modules' ``attribute``."""
    table: dict[str, Any] = {}
    for kind in found:
        for module in _modules(kind):
            for entry in getattr(module, attribute, ()):
                if entry.slot in table:
                    raise InternalError(f"{entry.slot!r} is supplied twice ({module.__name__} "
                                        "and another module)")
                table[entry.slot] = entry.draw
    return table


# One pair of tables per set of kinds (a build never changes them; a test's `registered`
# does, and is looked through afresh): the registry's tuple, and what was found for it.
_tables: dict[str, tuple[tuple[SlideKind, ...], dict[str, Any]]] = {}


def _current(attribute: str) -> dict[str, Any]:
    found = kinds()
    kept = _tables.get(attribute)
    if kept is None or kept[0] is not found:
        kept = _tables[attribute] = (found, _table(found, attribute))
    return kept[1]


def supplied() -> dict[str, Any]:
    """Slot name -> drawing, from every kind."""
    return _current("SUPPLIES")


def layout_edits() -> dict[str, Any]:
    """Layout edit name -> function, from every kind."""
    return _current("LAYOUT_EDITS")


def _supplied_by(table: dict[str, Any], name: str, what: str) -> Any:
    """The function ``table`` holds for ``name``; an internal error naming ``what`` (a
    drawing, a layout edit) when no kind supplies it."""
    found = table.get(name)
    if found is None:
        raise InternalError(f"no slide kind supplies the {what} {name!r} (a SUPPLIES or "
                            "LAYOUT_EDITS in its module or package)")
    return found


def drawing(slot: DrawingSlot[D]) -> D:
    """The function drawing ``slot``."""
    result: D = _supplied_by(supplied(), slot.name, "drawing")
    return result


def layout_edit(edit: LayoutEdit) -> EditsLayout:
    """The function making ``edit``."""
    result: EditsLayout = _supplied_by(layout_edits(), edit.name, "layout edit")
    return result
