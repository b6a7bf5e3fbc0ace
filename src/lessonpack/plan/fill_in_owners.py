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
from lessonpack.plan.counts_and_lists import and_list

# Whose each school-file line is, and what of theirs it prints; the head before the
# letters' signatory, who is often the same person and is named on the handover as the head.
_NAMES = (("dsl_name", "DSL’s"), ("deputy_dsl_name", "deputy’s"),
          ("trainer_name", "trainer’s"), ("class_teacher", "class teacher’s"),
          ("headteacher", "headteacher’s"), ("letter_signatory", "signatory’s"),
          # Who hears a concern about the head: a chair of governors or a trust's person.
          ("head_concerns_to", "chair’s (or trust’s)"))
_PHONES = (("safeguarding_contact", "DSL’s"), ("deputy_dsl_contact", "deputy’s"),
           ("trainer_phone", "trainer’s"), ("headteacher_phone", "headteacher’s"))
_PHONE = re.compile(r"\b0\d[\d ]{8,12}\d\b")


def known_as(name: str) -> str:
    """"Mrs Okafor" for "Mrs Helen Okafor": the short form the slides and handover print,
    by which the box knows a letter's person on a help slide too."""
    words = name.split()
    return f"{words[0]} {words[-1]}" if len(words) > 2 else name


def _said_of(brand: Brand) -> dict[str, tuple[str, str]]:
    """Each made-up value ``brand`` prints, with whose it is and what ("name", "phone")."""
    said: dict[str, tuple[str, str]] = {}
    for key, whose in _NAMES:
        value = " ".join(str(getattr(brand, key, "") or "").split())
        if value:
            said.setdefault(value, (whose, "name"))
            said.setdefault(known_as(value), (whose, "name"))
    for key, whose in _PHONES:
        for phone in _PHONE.findall(str(getattr(brand, key, "") or "")):
            said.setdefault(" ".join(phone.split()), (whose, "phone"))
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
    # The school's people in the school file's order (DSL, deputy, then the rest), as
    # the handover's disclosure line names them, whatever order the sections print them.
    order = [whose for _key, whose in _NAMES]
    ranked = sorted(people, key=lambda w: order.index(w) if w in order else len(order))
    return ", ".join(f"{whose} {and_list(people[whose])}" if people[whose] else whose
                     for whose in ranked)
