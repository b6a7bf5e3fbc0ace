"""One list, on the lesson plan's first page, of every file in the pack that still prints a
fill-in (a [bracketed] field, or an example file's made-up contact), and where in it.

A pack built without a school's details keeps "[DSL's name]" on the help slide, the sheets'
help boxes, the help cards and the letter's letterhead and signature. Each is highlighted
where it is, but a teacher preparing the night before had to open four or five files to find
them all, and could hand out a help card that still said "[DSL's name]". The list is read
from the planned pack itself (every slide's and document's printed text, and the title
slide's speaker notes, whose safeguarding line gives a number to ring), so it names exactly
the files and places there are, and nothing when none are. It is a checklist, a row a
file: the file's plain title, where in it (a deck's by slide number), and a box to tick.
As one paragraph of file names and fields it read as small print, and a file was easy to
miss.
What counts as a fill-in is content/fill_ins's one pattern, the one the renderers highlight:
the box lists exactly what prints in yellow, an example brand's contacts included.
"""

from __future__ import annotations

import dataclasses
import re

from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.fill_ins import (
    CLASS_FIELD,
    HEAD_CONCERNS_FIELD,
    LESSON_DATE_FIELD,
    LETTER_DATE_FIELD,
    NOT_FIELDS,
    REPLY_BY_FIELD,
    example_places,
    field_of,
    fill_ins,
    place_key,
)
from lessonpack.content.model import Audience
from lessonpack.kinds.title import TitleSlide
from lessonpack.plan.counts_and_lists import and_list
from lessonpack.plan.field_words import notes_fields
from lessonpack.plan.fill_in_owners import known_as, whose_fill_ins
from lessonpack.plan.header_fill_ins import HEADER_PLACES, header_fill_ins
from lessonpack.plan.lesson_steps import DISCLOSES, GROUND_RULES
from lessonpack.plan.letter.home import FILL_IN_POLICY
from lessonpack.plan.letter.workshop import WORKSHOP_FIELD, WORKSHOP_WHEN, WORKSHOP_WHERE
from lessonpack.plan.model import (
    TEACHING_PLANS,
    Block,
    Callout,
    Checklist,
    CheckRow,
    CutLine,
    DeckPlan,
    DocPlan,
    Heading,
    HelpCards,
    Letterhead,
    PackPlan,
    Paragraph,
    Role,
    SideBySide,
    Slide,
    StepTable,
    WriteOnLine,
)
from lessonpack.plan.named_people import visitor
from lessonpack.plan.plan_crib import ANSWERS
from lessonpack.plan.printed_strings import printed_strings, walked_once
from lessonpack.plan.rse_sentence import CHOICE, OWN_CHOICE_FIELD, TICK_FIELD
from lessonpack.plan.visit_brief.brief_day import photo_jobs
from lessonpack.plan.visiting import HEAD_FIELD

TITLE = "Fill in first"
# The box's title says what to do and when; each line is a file, short for room (page one
# holds the running sheet, and a plan keeps to twelve pages).
HEADING = f"{TITLE}: {{whose}} details over each yellow [field] in these files"
# An example file's made-up contacts are yellow too, and are not [fields] to the eye. Plural,
# with no "each": "… each yellow field and made-up contact" wrapped its last word to a second
# line, which took the trainer's line of who to reach off page one.
EXAMPLE_HEADING = f"{TITLE}: {{whose}} details over yellow fields and made-up contacts"
# Whose details: the school's own staff read "your school's"; a visiting trainer, who
# prepares the host school's pack, "the school's".
WHOSE = "your school's"
VISIT_WHOSE = "the school's"
_OF = re.compile(r"\s*\(\d+ of \d+\)$")  # a run of slides' "(1 of 2)"


def _fields(value: object, pattern: re.Pattern[str]) -> list[str]:
    return [m for s in printed_strings(value) for m in pattern.findall(s) if m not in NOT_FIELDS]


def _place(block: object) -> str:
    """The heading a block prints under, or its own title, for a document's place."""
    if isinstance(block, Heading):
        return block.text
    if isinstance(block, (Callout, HelpCards)):
        return block.title if isinstance(block, Callout) else block.heading
    if isinstance(block, Letterhead):
        return "letterhead"
    if isinstance(block, SideBySide):
        return block.left[0]
    return ""


# Each place a file prints a fill-in, in the file's order, with the fill-ins found there.
Places = dict[str, list[str]]


def _deck_places(deck: DeckPlan, pattern: re.Pattern[str]) -> Places:
    """A deck's places: each slide by its number and title ("Slides 37–38 “Who can help”":
    a run of slides as one), and the title slide's notes where they hold a field (its
    safeguarding line's "phone [school phone], ask for the DSL", which a teacher may ring
    mid-lesson; ``notes_fields``, the deck's own lists' rule). Another slide's notes' fields
    are its slide's. A hidden slide's fields count, as on the deck's own lists
    (render/deck_before): a spare slide unhidden in the lesson shows its fields. The title
    slide is the one of the title kind, wherever it is. Numbers count every planned slide,
    as the deck's do (its hidden list comes last)."""
    found: Places = {}
    numbers: dict[str, list[int]] = {}
    notes: list[str] = []
    notes_at = 0
    cover = ""  # the title slide's title: named by its number alone (its title is long)
    for number, slide in enumerate(deck.slides, 1):
        # The kicker too: the title slide's "Year 4 (Mr Okoro)" is yellow over its title.
        fields = (_fields(slide.payload, pattern) + _fields(slide.title, pattern)
                  + _fields(slide.kicker, pattern))
        noted = _notes_fields(slide, pattern)
        if isinstance(slide.payload, TitleSlide):
            cover = _OF.sub("", slide.title)
            if noted:
                notes, notes_at = noted, number
                noted = []
        if fields or noted:
            # "Who can help (1 of 2)" and "(2 of 2)" are one place to a teacher.
            title = _OF.sub("", slide.title)
            numbers.setdefault(title, []).append(number)
            found.setdefault(title, []).extend(fields + noted)
    # The title slide's notes last: the slides the class sees come first.
    return {**{_slides(numbers[t]) if t == cover else f"{_slides(numbers[t])} “{t}”": fields
               for t, fields in found.items()},
            **({notes_place(notes_at): notes} if notes else {})}


def _notes_fields(slide: Slide, pattern: re.Pattern[str]) -> list[str]:
    """The fill-ins a slide's notes hold that are yellow there: the [fields] (but the
    headteacher's, asked for on a line of its own: head_line); an example school's made-up
    contacts only in the title slide's, whose safeguarding line gives a number to ring
    mid-lesson (render/pptx marks them there)."""
    noted = [f for f in notes_fields(slide.notes) if field_of(f).text != HEAD_FIELD]
    if isinstance(slide.payload, TitleSlide):
        noted += [f for f in dict.fromkeys(_fields(slide.notes, pattern))
                  if not f.startswith("[")]
    return noted


def _slides(numbers: list[int]) -> str:
    """"Slide 37", "Slides 37–38", "Slides 12, 37 and 38": the numbers a teacher goes to."""
    if len(numbers) == 1:
        return f"Slide {numbers[0]}"
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"Slides {numbers[0]}–{numbers[-1]}"
    return f"Slides {and_list([str(n) for n in numbers])}"


# The title slide's notes, named by the slide's number: "slide 1’s notes".
NOTES_PLACE = "’s notes"


def notes_place(number: int) -> str:
    """Where the title slide's notes' fields are: "slide 1’s notes"."""
    return f"slide {number}{NOTES_PLACE}"


def _letter_part(block: object) -> str:
    """A letter's part, as a parent reads it: its letterhead, a labelled line by its label
    ("Where to get help"), the signature, a side-by-side box by its heading, else a body
    paragraph by its first words, so every field and made-up name is found where it
    prints (a letter has no headings to go by)."""
    if isinstance(block, Letterhead):
        return "letterhead"
    if isinstance(block, SideBySide):
        return f"“{block.left[0]}”"
    if isinstance(block, Paragraph):
        if block.label:
            return f"“{block.label.rstrip(':')}”"
        if block.text.startswith("_"):  # the line to sign on, the name under it
            return "signature"
        return f"paragraph “{' '.join(block.text.split()[:3])}…”"
    if isinstance(block, WriteOnLine):  # "Class: Year 2 (Miss Cole)" is its lead's
        return f"“{(block.lead[0] if block.lead else block.label).rstrip(':')}”"
    return f"“{block.text}”" if isinstance(block, Heading) else ""


def _letter_places(doc: DocPlan, pattern: re.Pattern[str]) -> Places:
    places: Places = {}
    slip = False  # under the scissors line: the reply slip
    for block in doc.blocks:
        slip = slip or isinstance(block, CutLine)
        fields = _fields(block, pattern)
        if fields:
            places.setdefault("reply slip" if slip else _letter_part(block), []).extend(fields)
    return places


def _doc_places(doc: DocPlan, pattern: re.Pattern[str],
                brand: Brand = DEFAULT_BRAND) -> tuple[Places, list[str]]:
    """A document's places, and every fill-in it prints (its header and footer too: the
    school's logo and name the renderer puts in a handout's header, first)."""
    fields: list[str] = _fields((doc.title, doc.subtitle, doc.header, doc.footer), pattern)
    slots = header_fill_ins(doc.kind, brand)
    header: Places = {HEADER_PLACES[slots]: list(slots)} if slots else {}
    if doc.kind == "letter":  # one page, no headings: its parts
        places = _letter_places(doc, pattern)
        return places, fields + [f for found in places.values() for f in found]
    places, found = _section_places(doc, pattern, brand)
    return {**header, **places}, [*slots, *fields, *found]


def _section_places(doc: DocPlan, pattern: re.Pattern[str],
                    brand: Brand = DEFAULT_BRAND) -> tuple[Places, list[str]]:
    """A document's fill-ins by the heading they are under (the letterhead by its own
    name), and all of them in the order printed."""
    places: Places = {}
    fields: list[str] = []
    under = ""
    for block in doc.blocks:
        here = _place(block)
        found = _fields(block, pattern)
        if found:
            where = here or under
            if where:
                label = where if where == "letterhead" else f"“{where}”"
                places.setdefault(label, []).extend(found)
            fields += found
        if isinstance(block, Heading):
            under = block.text
    return _every_section(doc, places, brand), fields


def _every_section(doc: DocPlan, places: Places, brand: Brand = DEFAULT_BRAND) -> Places:
    """A document with a fill-in under each of its three or more headings (a handover's
    before, during and after) as "every section" and what its fill-ins are ("every
    section: DSL’s name and phone, …"): named one by one, the sections took the box off
    page one, and "every section" alone did not say what to check."""
    sections = [f"“{b.text}”" for b in doc.blocks if isinstance(b, Heading)]
    if len(sections) > 2 and list(places) == sections:
        found = [f for fills in places.values() for f in fills]
        what = whose_fill_ins(found, brand)
        return {f"every section: {what}" if what else "every section": found}
    return places


# Each file's plain title, by what its name says after the pack's folder: a teacher looks
# for "Letter home (before)", not "live-streaming-ks2-letter-home.docx".
_FILE_TITLES = {
    "slides": "Slides", "primary-slides": "Slides (primary)",
    "secondary-slides": "Slides (secondary)", "all-through-slides": "Slides (all-through)",
    "worksheet": "Worksheet", "cards": "Help cards", "letter-home": "Letter home (before)",
    "letter-home-after": "Letter home (after)", "handout": "Handout",
    "invitation": "Invitation", "sign-in": "Sign-in sheet", "handover": "Handover",
    "lesson-plan": "Lesson plan", "teacher-notes": "Teacher notes",
    "facilitator-notes": "Facilitator notes", "reference-notes": "Reference notes",
}


def file_title(filename: str, folder: str) -> str:
    """``filename``'s plain title ("Letter home (before)"); a file of another name by its
    own words ("Visit brief")."""
    stem = filename.removeprefix(f"{folder}-").rsplit(".", 1)[0]
    return _FILE_TITLES.get(stem) or stem.replace("-", " ").capitalize()


def fill_in_rows(pack: PackPlan, leave_out: str,
                 brand: Brand | None = None) -> tuple[CheckRow, ...]:
    """One row per file of ``pack`` (but ``leave_out``, the plan that prints the list) with
    a fill-in (``brand``'s example contacts too): its plain title, then every place it
    prints one (a deck's by slide number), each with the made-up names there."""
    pattern = fill_ins(brand)
    rows: list[CheckRow] = []
    # Each file with its kind: a letter's parts are compared with the letter before's.
    files: list[tuple[str, str, tuple[Places, list[str]]]] = [
        *((d.filename, "deck", (places, [f for v in places.values() for f in v]))
          for d in pack.decks for places in (_deck_places(d, pattern),)),
        *((d.filename, d.kind, _doc_places(d, pattern, brand or DEFAULT_BRAND))
          for d in pack.documents if d.filename != leave_out)]
    said: set[str] = set()  # a made-up name is named once, where the box first finds it
    not_people = example_places(brand)
    letter_before: LetterParts | None = None
    for filename, kind, (places, fields) in files:
        if not fields:
            continue
        parts = _letter_parts(places, not_people) if kind == "letter" else None
        short = _letter_said(parts, letter_before) or _letter_short(parts, said)
        letter_before = parts if parts is not None else letter_before
        what = short or _where(places, fields, said, not_people)
        rows.append(CheckRow(file_title(filename, pack.folder), f"{what[:1].upper()}{what[1:]}",
                             filename))
    return tuple(rows)


def fill_in_lines(pack: PackPlan, leave_out: str,
                  brand: Brand | None = None) -> tuple[str, ...]:
    """``fill_in_rows`` as lines, "file name: what to change", for reading back."""
    return tuple(f"{row.filename}: {row.what}" for row in fill_in_rows(pack, leave_out, brand))


def _good(brand: Brand | None) -> str:
    """How the fields go in for good: whoever builds the pack (a visiting trainer: the
    reader) puts them in and builds again."""
    if brand is not None and visitor(brand):
        return "put them in the school file and build again (the build's notes name the lines)"
    return "ask whoever made this pack to put them in for good"


def with_letter_keys(rows: tuple[CheckRow, ...], pack: PackPlan,
                     brand: Brand | None = None) -> tuple[CheckRow, ...]:
    """``rows`` with what the letters' own fields still need decided ("which part of RSHE
    the lesson is (ask your RSE lead)") after the first letter's places: its second line
    has room, where a line of its own under the checklist took page one's last."""
    keys = letter_keys(pack, brand)
    letters = {d.filename for d in pack.documents if d.kind == "letter"}
    at = next((i for i, row in enumerate(rows) if row.filename in letters), None)
    if not keys or at is None:
        return rows
    row = dataclasses.replace(rows[at], what=f"{rows[at].what}. Also: {', '.join(keys)}")
    return (*rows[:at], row, *rows[at + 1:])


def good_line(pack: PackPlan, brand: Brand | None = None) -> str:
    """For a visiting trainer, how the letters' fields go in for good (the school file, a
    new build); "" for a school's own teacher, or when no letter prints one: a teacher
    types over the fields, and the line would take page one's last."""
    if brand is None or not visitor(brand) or not letter_keys(pack, brand):
        return ""
    return f"Or {_good(brand)}."


def _letter_short(parts: LetterParts | None, said: set[str]) -> str:
    """A letter's places said short: "every yellow field, letterhead to reply slip", with
    the made-up names it prints that the box has not named yet ("(Mrs Evans, Sam Carter)").
    Named part by part it took two or three lines, and page one has none to spare; each
    field and name is yellow on the letter's one page. "" for a letter with no parts."""
    if not parts:
        return ""
    names = [n for n in dict.fromkeys(n for _part, found in parts for n in found)
             if known_as(n) not in said]
    said.update(known_as(n) for n in names)
    named = f" ({', '.join(names)})" if names else ""
    if len(parts) == 1:  # one place (an undated letter's "Lesson date"): no "X to X"
        return f"the yellow field at {parts[0][0]}{named}"
    return f"every yellow field, {parts[0][0]} to {parts[-1][0]}{named}"


def _letter_said(parts: LetterParts | None, before: LetterParts | None) -> str:
    """A letter's places said short, else "": a letter whose parts and names are the letter
    before's (the letter after the lesson, as a rule) is "as the letter before"; one that
    adds parts naming no one new (the after-lesson letter's reply slip, back to the same
    class teacher) names only those. Only a letter is compared, and only with the letter
    before it."""
    if not parts or not before or parts[:len(before)] != before:
        return ""
    extra = parts[len(before):]
    known = {n for _part, names in before for n in names}
    if any(n not in known for _part, names in extra for n in names):
        return ""
    added = f", and its {' and '.join(part for part, _names in extra)}" if extra else ""
    return f"as the letter before{added}"


def letter_keys(pack: PackPlan, brand: Brand | None = None) -> list[str]:
    """What the letters' own fields still need, in a teacher's words (none when no letter
    prints one)."""
    pattern = fill_ins(brand)
    letters = [d for d in pack.documents if d.kind == "letter"]
    fields = [f for d in letters for f in _doc_places(d, pattern)[1]]
    return _letter_keys(fields, any(_undated(d) for d in letters)) if fields else []


# A letter's fields that one line of the brand file fills for good, in a teacher's words:
# the box is read by whoever teaches, who types over the letter or asks for a new build,
# and no brand-file key or command-line flag is theirs to act on (the build's notes,
# build/school_notes, name the lines for whoever builds). Commas only: the box's files are
# parted by semicolons.
_RSE_WORDS = "which part of RSHE the lesson is (ask your RSE lead)"
_LETTER_WORDS = (
    (WORKSHOP_WHEN, "the parents' workshop's date and place (or delete its line)"),
    (WORKSHOP_FIELD, "the parents' workshop's date and place (or delete its line)"),
    (FILL_IN_POLICY, "where parents read your RSHE policy"),
    (CHOICE, _RSE_WORDS),
    (TICK_FIELD, _RSE_WORDS),
    # KS4's field for the pupil's own right goes with the choice: the same answer settles it.
    (OWN_CHOICE_FIELD, _RSE_WORDS),
)


def _letter_keys(fields: list[str], undated: bool) -> list[str]:
    """What a letter's own fields still need decided: the parents' workshop's date and
    place (or delete its line), where the RSHE policy is read, which part of RSHE the
    lesson is, and the dates where the letter prints a line to write them on."""
    # The workshop's line asks for both when either is a field (a date given, no place).
    said = {*fields, WORKSHOP_WHEN} if WORKSHOP_WHERE in fields else set(fields)
    keys = list(dict.fromkeys(words for field, words in _LETTER_WORDS if field in said))
    # A draft letter's dates and class are yellow fields like the rest, which its row of
    # the checklist sends the teacher to ("every yellow field"): not said again here.
    if undated and not any(field in said for field in _DATE_FIELDS):
        # Dated from the lesson's day: the letter before two school weeks ahead, the one
        # after on the day.
        keys.append("lesson and letter dates")
    return keys


# A draft letter's date and class fields, in the order a letter prints them.
_DATE_FIELDS = (LETTER_DATE_FIELD, LESSON_DATE_FIELD, CLASS_FIELD, REPLY_BY_FIELD)


def _undated(doc: DocPlan) -> bool:
    """A letter whose letterhead prints a line to write its date on."""
    return doc.kind == "letter" and any(isinstance(b, Letterhead) and b.date == ""
                                        for b in doc.blocks)


_PARAGRAPH = re.compile(r"paragraph “[^”]*”")
# A letter's parts in order, each with the made-up names it prints.
LetterParts = tuple[tuple[str, tuple[str, ...]], ...]


def _letter_parts(places: Places, not_people: frozenset[str]) -> LetterParts:
    """A letter's parts in order, each with the made-up names it prints (none of
    ``not_people``, ``example_places``): a body paragraph as "paragraph" whatever its first
    words (the letter after the lesson opens its paragraphs in other words, and holds the
    same fill-ins in the same parts)."""
    return tuple((_PARAGRAPH.sub("paragraph", place),
                  tuple(dict.fromkeys(" ".join(f.split()) for f in found
                                      if _made_up_name(" ".join(f.split()), not_people))))
                 for place, found in places.items())


def _where(places: Places, fields: list[str], said: set[str],
           not_people: frozenset[str]) -> str:
    """Every place in a file that prints a field or a made-up contact, in the file's order
    (a letter's by its parts), each with the made-up names first printed there: each is
    yellow where it is, and a teacher filling in the night before is told of every one
    ("… and 9 more" left nine to find, "15 made-up contacts" not where). The [fields]
    themselves are said once for the whole pack, before the files (``field_line``)."""
    if not places:  # fill-ins only in a header or footer
        return ", ".join(dict.fromkeys(fields))
    shown = []
    for place, found in places.items():
        # One name, however its spaces print ("Mrs\u00a0Shah" beside "Mrs Shah").
        names = [f for f in dict.fromkeys(" ".join(f.split()) for f in found)
                 if _made_up_name(f, not_people) and known_as(f) not in said]
        said.update(known_as(f) for f in names)
        shown.append(f"{place} ({', '.join(names)})" if names else place)
    return ", ".join(shown)


def _made_up_name(fill_in: str, not_people: frozenset[str]) -> bool:
    """An example's made-up person ("Mrs Helen Okafor", "Sam Carter"): not a [field], a
    number, address, email or web address, a service ("Oakfield Family Support"), nor one
    of ``not_people``, the places in school its file typed ("By the school hall", "Mrs
    Okafor's office"; ``example_places``), each yellow where it is (named, they took the
    box off page one and the steps a page later)."""
    return not (fill_in.startswith("[") or any(c.isdigit() for c in fill_in)
                or "@" in fill_in or "www." in fill_in
                or any(word in _SERVICE_WORDS for word in fill_in.split())
                or place_key(fill_in) in not_people)


_SERVICE_WORDS = frozenset({"Services", "Support", "Help", "Team", "Centre", "Office",
                            "School", "Academy", "Council", "Trust"})


# KS1's help slide draws the DSL and deputy where no photo is given, and five-year-olds know
# a face before a name. KS2's draws the DSL alone (the deputy is named on the DSL's card), so
# its plan asks for one photo: a trainer prepares from the plan, not the hidden slide.
PHOTO_AUDIENCES = (Audience.KS1, Audience.KS2)
# A school's own KS2 plan leaves the photo to the hidden slide and the build's note (its page
# one has no room); a visit's plan is what the trainer prepares from, so it asks.
VISIT_ONLY = (Audience.KS2,)


def photo_line(audience: Audience | None, brand: Brand | None) -> str:
    """The DSL's photo, asked for as the build's note asks (build/school_notes): KS1's
    "Who can help" slide draws a named DSL for want of one, and five-year-olds (meeting a
    visitor, above all) know a face before a name. "" where a photo is given, the slide
    names nobody, or the pack is not KS1's or a visit's KS2 (only the DSL on its slide)."""
    if audience not in PHOTO_AUDIENCES or brand is None or brand.dsl_photo is not None:
        return ""
    if not (visitor(brand) or brand.dsl_name.strip()) or \
            (audience in VISIT_ONLY and not visitor(brand)):
        return ""
    both = audience is Audience.KS1 and brand.deputy_dsl_name.strip() != ""
    whom = "the DSL and the deputy" if both else "the DSL"
    # One line: the box shares page one with the running sheet. In the reader's words: a
    # school's teacher changes the picture on the slide (as the hidden slide says); a
    # visit's plan goes to the school's DSL too, so it says who sends the photos and who
    # puts them in, by the visit brief's dates (how the trainer builds them in is the
    # build's own note, build/school_notes).
    if visitor(brand):
        return ("Photos for “Who can help” (drawn until given): "
                f"{photo_jobs(brand, 2 if both else 1, stop='.', deleted=True)}.")
    # No semicolon: the box's files are parted by them.
    return (f"Photos for “Who can help” (drawn until given): ask {whom}, then right-click "
            f"{'each' if both else 'the'} drawing, Change Picture.")


def head_line(plan: DocPlan) -> str:
    """The plan's own field for the headteacher (``visiting.HEAD_FIELD``, in its parents'
    disclosure box and the title slide's notes), which the files' list leaves out (it lists
    the other files): the one fallback when neither safeguarding lead is free at an evening
    session, so it is asked for here; and the box's field for who hears a concern about
    the head (``HEAD_CONCERNS_FIELD``). "" when the school file names them."""
    where = _box_with(plan, HEAD_FIELD)
    concerns = _box_with(plan, HEAD_CONCERNS_FIELD)
    about = "who hears a concern about the head"
    if not where:
        return f"This file's “{concerns}” box: write in {about}." if concerns else ""
    # Two lines with the box's field too: a third moved the box off page one.
    said = ("name, out-of-hours phone and who hears concerns about them" if concerns
            else "name and a phone that answers out of school hours")
    # No semicolon: the box's files are parted by them.
    return (f"This file's “{where}” box and the title slide's notes: write in the "
            f"headteacher's {said}.")


def _box_with(plan: DocPlan, field: str) -> str:
    """The title of ``plan``'s first box but a lesson's disclosure box (its own row lists
    that) that prints ``field``; "" for none."""
    return next((b.title for b in plan.blocks if isinstance(b, Callout)
                 and b.title != LESSON_DISCLOSURE
                 and any(field in t for t in printed_strings(b))), "")


# The plan's own line of who to reach, where it prints [fields] (a pack built with no school
# file), listed as the other files' places are. Named by what follows it, the answers: it
# is under the box, but where page one is full (the plan for every primary year) it opens
# page two, and "under this box" sent the teacher looking on the wrong page.
OWN_PLACE = "the DSL line above the answers"
# A lesson plan's disclosure box names the head and the council's 24-hour line for when
# neither safeguarding lead is free (a [field] for each the school file lacks).
LESSON_DISCLOSURE = DISCLOSES


def _line_fields(plan: DocPlan, pattern: re.Pattern[str]) -> list[str]:
    return [f for b in plan.blocks if isinstance(b, Paragraph) and b.role is Role.WHO_TO_REACH
            for f in pattern.findall(b.text)]


def _box_fields(plan: DocPlan, pattern: re.Pattern[str]) -> list[str]:
    return [f for b in plan.blocks if isinstance(b, Callout) and b.title == LESSON_DISCLOSURE
            for t in printed_strings(b) for f in pattern.findall(t)]


def own_row(plan: DocPlan, brand: Brand | None = None) -> CheckRow | None:
    """The plan's own row, where it prints fill-ins (``brand``'s made-up contacts too, which
    are yellow as [fields] are): the line of who to reach, the disclosure box, or both;
    None where it prints none."""
    pattern = fill_ins(brand)
    places = [OWN_PLACE] if _line_fields(plan, pattern) else []
    places += [f"“{LESSON_DISCLOSURE}”"] if _box_fields(plan, pattern) else []
    if not places:
        return None
    what = ", ".join(places)
    return CheckRow("This plan", f"{what[:1].upper()}{what[1:]}", plan.filename)


def with_fill_in_first(pack: PackPlan, brand: Brand | None = None,
                       audience: Audience | None = None) -> PackPlan:
    """``pack`` with the list in its lesson plan (or facilitator notes), before page one's
    resources and checklist, when any file prints a fill-in (an example ``brand``'s
    contacts count) or a primary ``audience``'s help slide still draws the DSL (no photo);
    unchanged otherwise."""
    with walked_once():  # the files' line and the fields' line walk the same blocks
        return _with_fill_in_first(pack, brand, audience)


def _with_fill_in_first(pack: PackPlan, brand: Brand | None,
                        audience: Audience | None) -> PackPlan:
    # Found by its kind, not its place in the pack: a visit brief listed first is no plan.
    plans = [d for d in pack.documents if d.kind in TEACHING_PLANS]
    if not plans:
        return pack
    plan = plans[0]
    own = own_row(plan, brand)
    rows = (*fill_in_rows(pack, plan.filename, brand), *([own] if own else []))
    photo = photo_line(audience, brand)
    head = head_line(plan)
    if not rows and not photo and not head:
        return pack
    heading = (EXAMPLE_HEADING if brand is not None and brand.example else HEADING).format(
        whose=VISIT_WHOSE if brand is not None and visitor(brand) else WHOSE)
    # A row a file to tick off (as a paragraph of file names, one was easy to miss), the
    # letters' own needs in the first letter's row; then the headteacher's line and the
    # photos.
    said = (good_line(pack, brand) if rows else "", head, photo)
    box = Callout(heading, tuple(filter(None, said)), "info", whole=True,
                  checks=with_letter_keys(rows, pack, brand))
    at = _above_the_checklist(plan.blocks)
    blocks = (*plan.blocks[:at], box, *plan.blocks[at:])
    documents = tuple(dataclasses.replace(d, blocks=blocks) if d is plan else d
                      for d in pack.documents)
    return dataclasses.replace(pack, documents=documents)


def _above_the_checklist(blocks: tuple[Block, ...]) -> int:
    """Where the box goes: right above the safeguarding checklist, where the preparing is
    read (page one's top is the running sheet a teacher teaches from). A lesson plan's
    checklist is the right-hand list beside its resources; facilitator notes give theirs a
    heading of its own after the running order, and the box above the running order pushed
    that onto page two of a visiting trainer's notes, leaving page one a third empty. The
    top when there is no checklist. A lesson plan taught from a step table has its
    checklist after the steps: the box goes above page one's answers, in every plan alike,
    so it ends page one and the answers (read in the lesson, not before it) may open page
    two. Under the answers, a plan whose running sheet and answers filled page one (KS1's,
    a secondary plan's, one serving every year) had its box open page two, where a teacher
    preparing from page one never saw it."""
    if any(isinstance(b, StepTable) for b in blocks):
        # Above page one's line of who to reach, where it has one: that line, under the
        # box, stays on page one where the box leaves it room, as the answers need not.
        at = _who_to_reach_at(blocks)
        at = _heading_at(blocks, ANSWERS) if at is None else at
        return _top_if_none(_heading_at(blocks, GROUND_RULES) if at is None else at)
    for i, block in enumerate(blocks):
        if isinstance(block, SideBySide) and block.right_ticks:
            return i
        if isinstance(block, Checklist):
            return next((j for j in range(i, -1, -1) if isinstance(blocks[j], Heading)), i)
    return 0


def _who_to_reach_at(blocks: tuple[Block, ...]) -> int | None:
    """The index of page one's line of who to reach; None where the plan has none."""
    return next((i for i, b in enumerate(blocks)
                 if isinstance(b, Paragraph) and b.role is Role.WHO_TO_REACH), None)


def _heading_at(blocks: tuple[Block, ...], text: str) -> int | None:
    """The index of the heading ``text``; None where the plan has none."""
    return next((i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == text),
                None)


def _top_if_none(at: int | None) -> int:
    """``at``, or the plan's top where the heading it looked for is not there."""
    return 0 if at is None else at
