"""A lesson's safeguarding checklist as a printed page lists it, and the heading of the
section that holds it."""

from __future__ import annotations

# A lesson plan's one safeguarding section: its checks (the DSL signs them), then how to
# teach the lesson safely. The visit papers name it where the DSL signs.
SAFE_DELIVERY = "Delivering this lesson safely"

_FILL_IN_CHECK = "[bracketed]"


def without_fill_in_check(checks: tuple[str, ...]) -> tuple[str, ...]:
    """A checklist without its "fill in every [bracketed] field" item: where a pack leaves
    fields, the plan's first page lists each file and field instead (plan/fill_in_first);
    where it leaves none, a teacher would hunt for brackets that are not there."""
    return tuple(c for c in checks if _FILL_IN_CHECK not in c)
