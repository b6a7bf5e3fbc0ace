"""A lesson's safeguarding checklist as a printed page lists it."""

from __future__ import annotations

_FILL_IN_CHECK = "[bracketed]"


def without_fill_in_check(checks: tuple[str, ...]) -> tuple[str, ...]:
    """A checklist without its "fill in every [bracketed] field" item: where a pack leaves
    fields, the plan's first page lists each file and field instead (plan/fill_in_first);
    where it leaves none, a teacher would hunt for brackets that are not there."""
    return tuple(c for c in checks if _FILL_IN_CHECK not in c)
