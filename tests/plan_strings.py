"""Every string in a document plan's blocks, in order: the words a plan prints, for tests
that look for a line wherever the plan puts it (a checklist, a side-by-side list, a table)."""

from __future__ import annotations


def strings_in(value: object) -> list[str]:
    """The strings in ``value`` (blocks, tuples, lists, dataclasses), depth first."""
    found: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            found.append(v)
        elif isinstance(v, (tuple, list)):
            for x in v:
                walk(x)
        elif hasattr(v, "__dataclass_fields__"):
            for name in v.__dataclass_fields__:
                walk(getattr(v, name))

    walk(value)
    return found
