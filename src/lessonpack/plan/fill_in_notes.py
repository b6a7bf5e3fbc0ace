"""Build notes for what a brand or school file leaves a teacher to put right by hand.

Two kinds, each one line naming the file:

- A school file without a field the documents print (its deputy DSL, the office's phone):
  the pack prints a [bracketed] fill-in, and the only place that said so was the deck's
  hidden last slide, which the person building never sees: a build note names the file,
  the field and the fill-in, as the note for a pack without a DSL does.
- A file whose phone numbers are in Ofcom's ranges for TV and radio drama, or whose web and
  email addresses are on .example domains: the example brands and school are made up on
  purpose, and a reader of the pack could take the numbers for dead local lines.
  The note says they are fictional, before anything is printed; a file marked
  ``example: true`` also has them printed as yellow fill-ins (render/fill_in_marks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import FILL_IN_CONTACT, FILL_IN_DEPUTY

# A school file's field, the fill-in printed when it is empty, and where it is printed.
# (The DSL's name is required in a school file; a letter's signatory falls back to the class
# teacher at primary, so it is said only when neither is given.)
_PRINTED = (
    ("deputy_dsl_name", FILL_IN_DEPUTY,
     "help slides, worksheets, letters home and the parents' handout"),
    ("safeguarding_contact", FILL_IN_CONTACT,
     "the parents' help slide, letters home and the parents' handout"),
    ("address", "[School address]", "the letterhead of letters home"),
    ("phone", "[Phone]", "the letterhead of letters home"),
    ("email", "[Email]", "the letterhead of letters home"),
    ("website", "[Website]", "the letterhead of letters home"),
)


def school_fill_ins(school: Brand, shown: str) -> list[str]:
    """One note per field the school file ``shown`` leaves empty that a document prints as a
    fill-in; ``school``: the brand with the school file applied (its values are the school's,
    empty ones too)."""
    notes = [f"{shown}: no {field}: {where} print {fill_in} to fill in by hand; add "
             f"{field} to the school file" for field, fill_in, where in _PRINTED
             if not str(getattr(school, field)).strip()]
    if not school.letter_signatory.strip() and not school.class_teacher.strip():
        notes.append(f"{shown}: no letter_signatory: letters home are signed [Name] to fill "
                     "in by hand; add letter_signatory to the school file")
    return notes


# Ofcom's numbers for TV and radio drama ("Telephone numbers for drama", Ofcom), as the
# digits they start with: none of them is ever given to a real line. Geographic ranges are
# 1,000 numbers each; 07700 900, 08081 570, 0909 879 and 03069 990 likewise.
_DRAMA = ("01134960", "01144960", "01154960", "01164960", "01174960", "01184960",
          "01214960", "01314960", "01414960", "01514960", "01614960", "01914980",
          "02079460", "02920180", "01632960", "07700900", "08081570", "09098790",
          "03069990")
_PHONE = re.compile(r"\b0\d[\d ]{8,12}\d\b")
# An address on an example domain: "www.oakfield-primary.example.sch.uk", "a@b.example".
_EXAMPLE = re.compile(r"[\w.-]*\.example(?:\.[a-z]+)*\b", re.IGNORECASE)
# Numbers named in the note at most; the rest are counted.
SHOWN_NUMBERS = 3


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def drama_numbers(text: str) -> list[str]:
    """The phone numbers in ``text`` that are in a drama range, as written."""
    return [m.group(0) for m in _PHONE.finditer(text)
            if m.group(0).replace(" ", "").startswith(_DRAMA)]


def fictional_contacts_note(model: BaseModel, shown: str) -> str | None:
    """The note for a brand or school file whose contacts are made up, or None."""
    texts = list(_strings(model.model_dump(mode="json")))
    numbers = list(dict.fromkeys(n for t in texts for n in drama_numbers(t)))
    example = any(_EXAMPLE.search(t) for t in texts)
    marked = bool(getattr(model, "example", False))
    if not numbers and not example:
        return (f"{shown}: example data (example: true): its people and contacts print "
                "highlighted yellow as fill-ins; make a real file with `lessonpack new` "
                "before anything is printed") if marked else None
    said = []
    if numbers:
        more = len(numbers) - SHOWN_NUMBERS
        listed = ", ".join(numbers[:SHOWN_NUMBERS]) + (f" and {more} more" if more > 0 else "")
        said.append(f"phone numbers {listed} are in Ofcom's range for TV and radio drama "
                    "(they never connect)")
    if example:
        said.append("web and email addresses are on .example domains (they do not exist)")
    if marked:
        said.append("every person and contact from it prints highlighted yellow as a "
                    "fill-in (example: true)")
    return (f"{shown}: example data: {'; '.join(said)}: replace every contact with a real "
            "one, checked by the DSL, before anything is printed")
