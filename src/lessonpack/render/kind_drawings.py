"""The drawings of kinds' own (kinds.base.DrawingSlot) and their layout edits
(kinds.base.LayoutEdit), as each kind supplies them where it is: ``SUPPLIES = (supply(SLOT,
function), ...)`` and ``LAYOUT_EDITS = (edits(EDIT, function), ...)`` in its module, or in
its package's drawing module (``kinds/<kind>/drawing.py``). Found through the registry's
kinds, so a kind registered for a test is looked through too and nothing lists the drawings;
a slot nothing supplies is an InternalError naming it, never a blank slide
(tests/test_drawing_protocol.py checks every slot a kind declares is supplied).

The tables are keyed by the slot object itself (``DrawingSlot`` and ``LayoutEdit`` compare
by identity), so two kinds may name their slots alike and each gets its own drawing.

The renderer imports a kind's drawing modules here, when it first draws, and never by name:
the planners import a kind's module for its payload and never load the renderer."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType
from typing import Any, TypeVar, cast

from lessonpack.errors import InternalError
from lessonpack.kinds.base import DrawingSlot, EditsLayout, LayoutEdit, SlideKind
from lessonpack.kinds.registry import home, kinds

D = TypeVar("D")

Slot = DrawingSlot[Any] | LayoutEdit
# Slot -> the function that makes it; each function is its slot's type (``supply`` and
# ``edits`` check it), which a table of several slots can only hold as an object.
Table = dict[Slot, object]


# Where a kind's drawings are read from: the module declaring it and its package's drawing.py.
ATTRIBUTES = ("SUPPLIES", "LAYOUT_EDITS")


def _modules(kind: SlideKind) -> Iterator[ModuleType]:
    """The kind's module (where its ``KIND`` is declared) and, for a package, its drawing
    module (``kinds/<kind>/drawing.py``; the package's other modules are its helpers, and a
    ``SUPPLIES`` or ``LAYOUT_EDITS`` in one of them is refused: it would never be read, and
    the slot it meant to fill would fail only when drawn)."""
    module = importlib.import_module(home(kind))
    yield module
    if not hasattr(module, "__path__"):
        return
    for info in pkgutil.iter_modules(module.__path__):
        helper = importlib.import_module(f"{module.__name__}.{info.name}")
        if info.name == "drawing":
            yield helper
            continue
        said = [name for name in ATTRIBUTES if hasattr(helper, name)]
        if said:
            raise InternalError(f"{helper.__name__} declares {' and '.join(said)}, which only "
                                f"{module.__name__} or its drawing.py may: move it there")


def _table(found: tuple[SlideKind, ...], attribute: str) -> Table:
    """Slot -> function, from every kind's modules' ``attribute``."""
    table: Table = {}
    owners: dict[Slot, str] = {}
    for kind in found:
        for module in _modules(kind):
            for entry in getattr(module, attribute, ()):
                if entry.slot in table:
                    raise InternalError(f"{entry.slot.name!r} is supplied twice "
                                        f"({owners[entry.slot]} and {module.__name__}): one "
                                        f"{attribute} a slot")
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
# a kind registered for a test is declared), never by writing into these tables.
_tables: dict[str, tuple[tuple[SlideKind, ...], Table]] = {}


def _current(attribute: str) -> Table:
    found = kinds()
    kept = _tables.get(attribute)
    if kept is None or kept[0] is not found:
        kept = (found, _table(found, attribute))
        _tables[attribute] = kept
    return kept[1]


def supplied() -> Table:
    """Drawing slot -> drawing, from every kind (read only: it is the kept table)."""
    return _current("SUPPLIES")


def layout_edits() -> Table:
    """Layout edit -> function, from every kind (read only: it is the kept table)."""
    return _current("LAYOUT_EDITS")


def _supplied_by(table: Table, slot: Slot, what: str) -> object:
    """The function ``table`` holds for ``slot``; an internal error naming ``what`` (a
    drawing, a layout edit) when no kind supplies it."""
    found = table.get(slot)
    if found is None:
        raise InternalError(f"no slide kind supplies the {what} {slot.name!r} (a SUPPLIES or "
                            "LAYOUT_EDITS in its module or its package's drawing module)")
    return found


def drawing(slot: DrawingSlot[D]) -> D:
    """The function drawing ``slot``: of the slot's type, as ``supply`` checked it."""
    return cast(D, _supplied_by(supplied(), slot, "drawing"))


def layout_edit(edit: LayoutEdit) -> EditsLayout:
    """The function making ``edit``: an ``EditsLayout``, as ``edits`` checked it."""
    return cast(EditsLayout, _supplied_by(layout_edits(), edit, "layout edit"))
