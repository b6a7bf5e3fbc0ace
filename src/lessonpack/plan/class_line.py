"""Which class and teacher a key stage's lesson plan and letter name.

A school names one class teacher; printed on both the Key Stage 1 and Key Stage 2 plans for
the same day, it was "impossible for one class teacher". With the
brand's class_name ("Year 2") the class and teacher go on the documents of the key stage
that year is in, and the other key stages' get a line to write theirs on. A brand that names
a teacher but no class keeps the teacher on every key stage's documents (as before).
"""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import CLASS_FIELD, LESSON_DATE_FIELD, pupil_name
from lessonpack.content.model import AUDIENCE_LABELS, Audience
from lessonpack.plan.model import Paragraph, WriteOnLine

# England's year groups by key stage.
_KEY_STAGE_OFYEAR = {**dict.fromkeys((1, 2), Audience.KS1),
                      **dict.fromkeys((3, 4, 5, 6), Audience.KS2),
                      **dict.fromkeys((7, 8, 9), Audience.KS3),
                      **dict.fromkeys((10, 11), Audience.KS4)}
# "Year 4", "Yr 4", "Y4"; a mixed class's "Years 5-6" by its first year (the younger
# year's route is the safe one for the class): "Years 5-6, Mrs Bell" read as a class with
# no year, and was printed on every key stage's papers.
YEAR = re.compile(r"\b(?:years?|yrs?|y)\s*(\d{1,2})\b", re.IGNORECASE)
# A mixed class's two years: "Years 5-6", "Year 5/6", "Y5 & Y6", "Years 5 and 6".
YEARS = re.compile(r"\b(?:years?|yrs?|y)\s*(\d{1,2})\s*(?:[-–/&+]|and|to)\s*"
                   r"(?:(?:years?|yrs?|y)\s*)?(\d{1,2})\b", re.IGNORECASE)


def key_stage_of(class_name: str) -> Audience | None:
    """Audience.KS2 for "Year 4 Owls"; None for a class named without its year."""
    found = YEAR.search(class_name)
    return _KEY_STAGE_OFYEAR.get(int(found[1])) if found else None


# "Mrs Patel", "Mr A. Khan", "Dr Lee": what starts a teacher's name after the class's comma;
# "Year 5, Hazel class" is a class alone.
_TITLE = re.compile(r"^(?:Mr|Mrs|Miss|Ms|Mx|Dr|Mme|Madame|Sir)\.?\s", re.IGNORECASE)


def split_class(text: str) -> tuple[str, str]:
    """"Year 2 Hedgehogs, Mrs Patel" -> ("Year 2 Hedgehogs", "Mrs Patel"); "Year 5, Hazel
    class" -> ("Year 5, Hazel class", ""): the part after the last comma is the teacher when
    it starts with a title."""
    name, comma, last = text.rpartition(",")
    if comma and name.strip() and _TITLE.match(last.strip() + " "):
        return name.strip(), last.strip()
    return text.strip(), ""


def class_and_teacher(audience: Audience, brand: Brand) -> tuple[str, str]:
    """("Year 2", "Miss Amy Cole") on the key stage the class is in; ("", "") on another
    (to be written in by hand); ("", teacher) when the brand names no class; a class
    without a year ("Hazel class") on every key stage's. The brand's ``classes`` (one a key
    stage, ``--class``) come before its ``class_name``: the first whose year is this key
    stage's names it, else the first without a year."""
    named = [split_class(c) for c in brand.classes]
    if brand.class_name:
        named.append((brand.class_name, brand.class_teacher))
    if not named:
        return "", brand.class_teacher
    ours = [c for c in named if key_stage_of(c[0]) is audience]
    anywhere = [c for c in named if key_stage_of(c[0]) is None]  # "Hazel class": no year
    name, teacher = (ours or anywhere or [("", "")])[0]
    # A class given without its teacher keeps the brand's, when the brand's class is it.
    if name and not teacher and name == brand.class_name:
        teacher = brand.class_teacher
    return name, teacher


def class_year(audience: Audience, brand: Brand) -> int | None:
    """4 for a Key Stage 2 lesson built for "Year 4 Owls"; None when the brand or school names
    no class of this key stage by its year (the notes then keep every year group's route)."""
    name, _ = class_and_teacher(audience, brand)
    found = YEAR.search(name)
    return int(found[1]) if found and key_stage_of(name) is audience else None


def year_label(audience: Audience, brand: Brand) -> str:
    """"Year 4 (ages 8–9)" for a pack built for a class of this key stage named by its year,
    else the key stage's label ("Key Stage 2 (ages 7–11)"): a Year 4 deck's footers said
    "ages 7–11" under a title naming Year 4, and a teacher projecting to Year 3 saw the same."""
    year = class_year(audience, brand)
    if year is None:
        return AUDIENCE_LABELS[audience]
    # A mixed class ("Years 5-6") is both years' ages, not its first year's alone.
    mixed = YEARS.search(class_and_teacher(audience, brand)[0])
    last = int(mixed[2]) if mixed and int(mixed[1]) == year else year
    if last > year and _KEY_STAGE_OFYEAR.get(last) is audience:
        return f"Years {year}–{last} (ages {year + 4}–{last + 5})"
    return f"Year {year} (ages {year + 4}–{year + 5})"


def taught_class(audience: Audience, brand: Brand) -> str:
    """"Year 2 (Mrs Evans)" when the brand or school names this key stage's class
    by its year, else "": what parents are told was taught, so a parent of another year is
    not told their child had the lesson."""
    name, teacher = class_and_teacher(audience, brand)
    if not name or key_stage_of(name) is not audience:
        return ""
    # Children and parents say "Miss Cole"; the line must stay one line on the handout.
    return f"{name} ({pupil_name(teacher)})" if teacher else name


def title_class(audience: Audience, brand: Brand) -> str:
    """"Year 2 · Miss Cole" on the title slide of a pack built for a class of this key
    stage (two classes' decks looked alike but for their file names), else "". In sentence
    case on a line of its own: the teacher in brackets inside the kicker's capitals read
    as a typo."""
    name, teacher = class_and_teacher(audience, brand)
    if not name or key_stage_of(name) is not audience:
        return ""
    return f"{name} · {pupil_name(teacher)}" if teacher else name


def _class_field(audience: Audience, brand: Brand) -> tuple[str, str]:
    """("Class:", "Year 2 (Miss Amy Cole)"), ("Class teacher:", "Miss Amy Cole") for a brand
    naming no class, or ("Class:", "") to write in. The teacher in brackets after the class:
    a name alone after a dot read as whoever teaches the lesson or takes the replies."""
    name, teacher = class_and_teacher(audience, brand)
    if teacher and not name:
        return "Class teacher:", teacher
    return "Class:", f"{name} ({teacher})" if name and teacher else name


def date_and_class(date_label: str, audience: Audience, brand: Brand, *,
                   class_line: bool = True, fields: bool = False,
                   date_field: bool = False) -> Paragraph | WriteOnLine:
    """"Lesson date: Wednesday 9 December 2026  ·  Class: Year 2 (Miss Amy Cole)" on one
    line; what the brand leaves unknown is a ruled space to write on (a printed plan or
    letter is filled in with a pen). ``class_line`` False: a known date and no class is the
    date alone (a school's letter goes to every family of the year taught, and nobody
    writes a class on each copy). ``fields``: what is unknown is a [field] instead (a draft
    letter's, typed over with the school's other fields). ``date_field``: an unknown date
    alone is a [field] (a named school's letter: a parent can ask to see the materials only
    before a lesson whose date they are given, and a ruled line among yellow fields was the
    one blank the office missed)."""
    date = brand.lesson_date or (LESSON_DATE_FIELD if date_field else "")
    label, who = _class_field(audience, brand)
    if fields and not (date and who):
        return Paragraph(f"{date or LESSON_DATE_FIELD}  ·  {label} {who or CLASS_FIELD}",
                         label=date_label)
    if date and not who and not class_line:
        return Paragraph(date, label=date_label)
    if date and who:
        return Paragraph(f"{date}  ·  {label} {who}", label=date_label)
    if who:  # the known class first, the date to write in after it
        return WriteOnLine(date_label, lead=(label, who))
    return WriteOnLine(label, lead=(date_label, date))


def name_and_class(audience: Audience, brand: Brand) -> WriteOnLine:
    """"Name: ________   Class: Year 2" (a line to write the class on when the brand names
    none for this key stage; the teacher when it names only them): heading a pupil sheet's
    later page, which the DSL may read apart from the first (a helping hand names the
    grown-ups a child trusts). The class alone: with its teacher it ran to two lines."""
    name, teacher = class_and_teacher(audience, brand)
    return WriteOnLine("Class:", filled=name or teacher, lead=("Name:", ""), space_before=0)
