"""What a file's fill-ins are, in a teacher's words ("DSL’s name and phone, trainer’s
name"), for a checklist row that names no single place: a handover has one in every
section, and "every section" alone did not say what to check.

A [field] is said as its own record says it; an example file's made-up contact by the
school file's line it came from (its name, or a phone in its contact line).
"""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import field_of
from lessonpack.content.owners import OWNERS
from lessonpack.plan.counts_and_lists import and_list

_PHONE = re.compile(r"\b0\d[\d ]{8,12}\d\b")


def known_as(name: str) -> str:
    """"Mrs Okafor" for "Mrs Helen Okafor": the short form the slides and handover print,
    by which the box knows a letter's person on a help slide too."""
    words = name.split()
    return f"{words[0]} {words[-1]}" if len(words) > 2 else name


def _said_of(brand: Brand) -> dict[str, tuple[str, str]]:
    """Each made-up value ``brand`` prints, with whose it is (said short, as beside the
    others: "deputy’s") and what ("name", "phone"); a value two lines share is the first
    owner's (content/owners ``OWNERS``), a name before a phone."""
    said: dict[str, tuple[str, str]] = {}
    for owner in (o for o in OWNERS if o.name_key):
        value = " ".join(str(getattr(brand, owner.name_key) or "").split())
        if value:
            said.setdefault(value, (owner.whose(short=True), "name"))
            said.setdefault(known_as(value), (owner.whose(short=True), "name"))
    for owner in (o for o in OWNERS if o.phone_key):
        for phone in _PHONE.findall(str(getattr(brand, owner.phone_key) or "")):
            said.setdefault(" ".join(phone.split()), (owner.whose(short=True), "phone"))
    return said


def whose_fill_ins(found: list[str], brand: Brand) -> str:
    """``found`` (as printed) said by whose and what each is, each person once with their
    things ("DSL’s name and phone, deputy’s name and phone, trainer’s name"); "" when none
    is known."""
    said = _said_of(brand)
    people: dict[str, list[str]] = {}
    for printed in found:
        text = " ".join(printed.split())
        if text.startswith("["):
            people.setdefault(field_of(text).said(), [])
        elif text in said:
            whose, thing = said[text]
            things = people.setdefault(whose, [])
            if thing not in things:
                things.append(thing)
    # The school's people in the owners' order (DSL, deputy, then the rest), as the
    # handover's disclosure line names them, whatever order the sections print them.
    order = [owner.whose(short=True) for owner in OWNERS]
    ranked = sorted(people, key=lambda w: order.index(w) if w in order else len(order))
    return ", ".join(f"{whose} {and_list(people[whose])}" if people[whose] else whose
                     for whose in ranked)
