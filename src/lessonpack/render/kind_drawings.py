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
from lessonpack.kinds.registry import home, kinds

D = TypeVar("D")


def _modules(kind: SlideKind) -> Iterator[ModuleType]:
    """The kind's module (where its ``KIND`` is declared) and, for a package, every module
    in it."""
    module = importlib.import_module(home(kind))
    yield module
    for info in pkgutil.walk_packages(getattr(module, "__path__", ()), f"{module.__name__}."):
        yield importlib.import_module(info.name)


def _table(found: tuple[SlideKind, ...], attribute: str) -> dict[str, Any]:
    """Name -> function, from every kind's modules' ``attribute``."""
    table: dict[str, Any] = {}
    owners: dict[str, str] = {}
    for kind in found:
        for module in _modules(kind):
            for entry in getattr(module, attribute, ()):
                if entry.slot in table:
                    raise InternalError(f"{entry.slot!r} is supplied twice ({owners[entry.slot]}"
                                        f" and {module.__name__}): one {attribute} a slot")
                table[entry.slot] = entry.draw
                owners[entry.slot] = module.__name__
    return table


# The tables found for the registry's current kinds, one for each attribute (SUPPLIES,
# LAYOUT_EDITS: two entries at most), each (the registry's tuple, the table). A build never
# changes the kinds; a test's `registered` makes a new tuple, looked through afresh.
# Outside caches.py's BoundedCache, and safe under its rule all the same: the bound is the
# two attributes; an entry is made outside any lock and put whole by one assignment, never
# changed after, so a thread sees an old entry or the new one, never half of one; two
# threads that miss together make the same table from the same tuple. Tests supply a
# drawing as a kind does (a SUPPLIES or LAYOUT_EDITS in the module of its payload, where
# a kind registered for a test is declared), never by
# writing into these tables.
_tables: dict[str, tuple[tuple[SlideKind, ...], dict[str, Any]]] = {}


def _current(attribute: str) -> dict[str, Any]:
    found = kinds()
    kept = _tables.get(attribute)
    if kept is None or kept[0] is not found:
        kept = (found, _table(found, attribute))
        _tables[attribute] = kept
    return kept[1]


def supplied() -> dict[str, Any]:
    """Slot name -> drawing, from every kind (read only: it is the kept table)."""
    return _current("SUPPLIES")


def layout_edits() -> dict[str, Any]:
    """Layout edit name -> function, from every kind (read only: it is the kept table)."""
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
