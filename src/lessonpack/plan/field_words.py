"""A deck's [fields] said in a teacher's words, for the lists that tell what is left to fill
in: the title slide's "Draft" strip, the hidden slide and the lesson plan's "Fill in first"
box.

Whose a field is, what of theirs, and how it is said come from the field's one typed record
(content/fill_ins ``FILL_INS``), never from its printed words: a renamed field ("[DSL's
phone]") is one record to change, not a list that silently regroups. A field with no owner
of its own ("[where to find them]", printed under each person's name) belongs to the name
before it: said once for the whole slide, the deputy's place was left off the lists while
the help slide still carried it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lessonpack.content.fill_ins import FIELD, FILL_IN_PLACE, NOT_FIELDS, FillIn, field_of
from lessonpack.content.owners import Owner
from lessonpack.plan.counts_and_lists import and_list

# The field a person's place prints in, as words: it follows that person's name.
PLACE_WORDS = field_of(FILL_IN_PLACE).said()


def plain(field: str) -> str:
    """"[DSL's name]" in a teacher's words: "DSL’s name" (as its record says it)."""
    return field_of(field).said()


def each_field(fields: Iterable[str]) -> list[str]:
    """``fields`` as printed, each once, but a person's place once for each person it
    follows ("[DSL's name], [where to find them], [deputy DSL's name], [where to find
    them]"): the hidden slide's list and the strip name every box a teacher types over."""
    seen: set[tuple[Owner | None, str]] = set()
    out: list[str] = []
    owner: Owner | None = None
    for printed in fields:
        field = field_of(printed)
        key = (owner, field.text) if field.follows else (None, field.text)
        owner = field.owner or owner
        if key not in seen:
            seen.add(key)
            out.append(printed)
    return out


def notes_fields(notes: str) -> list[str]:
    """The fields a slide's speaker notes hold, as printed, each once (but a person's place
    for each person): one rule for the lesson plan's box and the deck's own lists. The title
    slide's safeguarding line gives "phone [school phone], ask for the DSL" to a teacher who
    may ring it mid-lesson, so a field in the notes is as much left to fill in as one on a
    slide."""
    return each_field(f for f in FIELD.findall(notes) if f not in NOT_FIELDS)


def by_owner(fields: Sequence[str], short: bool = False) -> list[str]:
    """Each person's fields said once ("DSL’s name and email"), a person's place with
    them, and people whose fields are alike together: "DSL’s and deputy DSL’s names and
    where to find them". ``fields``: as printed. ``short``: owners said short where their
    record has a short name ("DSL’s and deputy’s names")."""
    owners: dict[Owner | str, list[FillIn]] = {}
    last: Owner | None = None
    for printed in fields:
        field = field_of(printed)
        if field.follows and last:
            owners[last].append(field)
            continue
        key = field.owner or field.said()
        owners.setdefault(key, []).append(field)
        last = field.owner
    alike: dict[tuple[str, ...], list[Owner | str]] = {}
    for key, found in owners.items():
        # Only people are put together: fields of no one ("school phone") stay apart.
        group = tuple(f.things(False) for f in found) if found[0].owner else (found[0].said(),)
        alike.setdefault(group, []).append(key)
    return [_said([owners[o] for o in whose], short) for whose in alike.values()]


def _said(people: list[list[FillIn]], short: bool) -> str:
    """"DSL’s name and email"; for two people, "DSL’s and deputy DSL’s names"; a field of
    no one in its own words."""
    first = people[0][0]
    if not first.owner:
        return first.said()
    together = len(people) > 1
    whose = and_list([p[0].owner.whose(short) for p in people if p[0].owner])
    return f"{whose} {and_list([f.things(together) for f in people[0]])}"
