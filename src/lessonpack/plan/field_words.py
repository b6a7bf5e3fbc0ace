"""A deck's [fields] said in a teacher's words, for the lists that tell what is left to fill
in: the title slide's "Draft" strip and the lesson plan's "Fill in first" box.

Both read the fields the deck really prints, so neither is typed twice. A field with no
owner of its own ("[where to find them]", printed under each person's name) belongs to the
name before it: said once for the whole slide, the deputy's place was left off the lists
while the help slide still carried it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lessonpack.content.fill_ins import FILL_IN_PLACE
from lessonpack.plan.counts_and_lists import and_list

# The field a person's place prints in, as words: it follows that person's name.
PLACE_WORDS = FILL_IN_PLACE.strip("[]")
_OWNS = "’s "  # "DSL’s name": whose field, then what


def plain(field: str) -> str:
    """"[DSL's name]" as words: "DSL’s name" (no brackets, spaces as spaces, the apostrophe
    curled as the strip and box print it)."""
    return field.strip("[]").replace("\u00a0", " ").replace("'", "’")


def each_field(fields: Iterable[str]) -> list[str]:
    """``fields`` as printed, each once, but a person's place once for each person it
    follows ("[DSL's name], [where to find them], [deputy DSL's name], [where to find
    them]"): the hidden slide's list and the strip name every box a teacher types over."""
    seen: set[tuple[str, str]] = set()
    out: list[str] = []
    owner = ""
    for field in fields:
        words = plain(field)
        whose, mark, _thing = words.partition(_OWNS)
        key = (owner, words) if words == PLACE_WORDS else ("", words)
        owner = whose if mark else owner
        if key not in seen:
            seen.add(key)
            out.append(field)
    return out


def by_owner(fields: Sequence[str]) -> list[str]:
    """Each person's fields said once ("DSL’s name and email"), a person's place with
    them, and people whose fields are alike together: "DSL’s and deputy DSL’s names and
    where to find them". ``fields``: words (``plain``)."""
    owners: dict[str, list[str]] = {}
    last = ""
    for field in fields:
        whose, mark, thing = field.partition(_OWNS)
        if field == PLACE_WORDS and last:
            owners[last].append(field)
            continue
        key = whose + mark if mark else field
        owners.setdefault(key, []).append(thing)
        last = key if mark else ""
    alike: dict[tuple[str, ...], list[str]] = {}
    for owner, things in owners.items():
        # Only people are put together: fields of no one ("school phone") stay apart.
        group = tuple(things) if owner.endswith(_OWNS) else (owner,)
        alike.setdefault(group, []).append(owner)
    return [_said(whose, [t for t in owners[whose[0]] if t]) for whose in alike.values()]


def _said(owners: list[str], things: list[str]) -> str:
    """"DSL’s name and email"; for two people, "DSL’s and deputy DSL’s names"."""
    if len(owners) == 1:
        return f"{owners[0]}{and_list(things)}"
    whose = and_list([o.removesuffix(" ") for o in owners])
    # A one-word thing is each person's own: "names", "rooms".
    things = [f"{t}s" if " " not in t and t != PLACE_WORDS else t for t in things]
    return f"{whose} {and_list(things)}"
