"""A hidden "Before you teach" slide in a deck that still has fields to fill in.

A deck built without a school's details keeps "[DSL's name]" and the like on the slides pupils
see (highlighted, to be filled in); nothing stopped a teacher presenting it as it was, and on
KS1's help slide the first thing a five-year-old saw was "[DSL's name]".
So such a deck gets a slide listing every field and the slide it is on, and the title slide's
notes (what a teacher reads first) open by pointing to it.

The slide is hidden (PowerPoint and LibreOffice skip it when presenting; LibreOffice leaves it
out of a PDF) and comes last: slide numbers count hidden slides, and LibreOffice ignores a
deck's first-slide number, so a slide in front would have shifted every pupil slide's number
away from the numbers the lesson plan and notes give. ``lessonpack check`` reads shown slides.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any, Literal

from pptx.oxml.ns import qn

from lessonpack.content.fill_ins import FIELD
from lessonpack.kinds.look import Reader
from lessonpack.plan.counts_and_lists import and_list
from lessonpack.plan.field_words import by_owner, each_field, notes_fields
from lessonpack.render.ooxml.slides import SlideXml

_SP, _TX, _P, _R, _T, _BR = (qn(t) for t in ("p:sp", "p:txBody", "a:p", "a:r", "a:t", "a:br"))
_PH = f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}"


def _text(tree: Any) -> str:
    """The words of a shape tree, a line per paragraph (a field is never split across
    paragraphs; render/deck_fill_ins splits its run, not its paragraph)."""
    return "\n".join("".join(t.text or "" for t in p.iter(_T)) for p in tree.iter(_P))


def fields_by_slide(slides: Sequence[SlideXml]) -> list[tuple[int, str, list[str]]]:
    """(slide number, its title, the fields on it as ``_fields`` lists them) for every
    slide with a field on it, as drawn (a help slide's plan holds its whole run of cards;
    only its own are on it), a hidden one too: a spare slide unhidden in the lesson shows
    its fields (the plan's box counts them alike, plan/fill_in_first). Notes are not shown
    and are left out."""
    found = []
    for number, slide in enumerate(slides, 1):
        title, on_slide = slide.reading("fields", _fields)
        if on_slide:
            found.append((number, title, on_slide))
    return found


# (slide number, the fields its speaker notes carry) for each shown slide whose notes hold one.
NotesFound = list[tuple[int, list[str]]]


def fields_in_notes(slides: Sequence[SlideXml]) -> NotesFound:
    """(slide number, the fields in its speaker notes) for every slide whose notes hold a
    field (``notes_fields``, the plan's box's rule too): the title slide's safeguarding
    line gives "phone [school phone], ask for the DSL" to a teacher who may ring it
    mid-lesson, so a field there is as much left to fill in as one on the slide, and the
    lists of what is left name it."""
    found = []
    for number, slide in enumerate(slides, 1):
        notes = slide.notes()
        if notes is None:
            continue
        fields = notes.reading("notes fields", lambda tree: notes_fields(_text(tree)))
        if fields:
            found.append((number, fields))
    return found


def notes_place(number: int, short: bool = False) -> str:
    """Where a field in the notes is, said on the title slide: "this slide’s notes" (with
    ``short``, "the notes", for a line with no room) for its own, "slide 37’s notes" for
    another's."""
    if number == 1:
        return "the notes" if short else "this slide’s notes"
    return f"slide {number}’s notes"


def _fields(tree: Any) -> tuple[str, list[str]]:
    """A slide's title and the fields on it, in order, once each but a person's place once
    for each person (plan/field_words: the deputy's was left off); no title read without."""
    on_slide = each_field(FIELD.findall(_text(tree)))
    return (_title(tree) if on_slide else ""), on_slide


# The first help card's shape: the school's card on a primary deck (render/deck_help).
_SCHOOL_CARD = "Help card 1"


def help_slide(slides: Sequence[SlideXml]) -> tuple[int, str] | None:
    """(number, title) of the first shown slide with help cards, None without one or where
    its school card shows no drawing (``_school_card``)."""
    for number, slide in enumerate(slides, 1):
        title = slide.reading("school card", _school_card)
        if title is not None:
            return (number, title) if title else None
    return None


def _school_card(tree: Any) -> str | None:
    """The slide's title where the school's help card is on it and shows its drawing, ""
    where the card is there without one, else None. A narrow card gives its drawing up to
    keep the lead's name and place on the slide: there is then no drawing to change, and a
    line asking to right-click one sent the teacher looking for it."""
    names = {c.get("name") for c in tree.iter(qn("p:cNvPr"))}
    if _SCHOOL_CARD not in names:
        return None
    return _title(tree) if f"{_SCHOOL_CARD} picture" in names else ""


def _title(tree: Any) -> str:
    for sp in tree.iter(_SP):
        ph = sp.find(_PH)
        if ph is not None and ph.get("type") in ("title", "ctrTitle"):
            return " ".join(_text(sp).split())
    return ""


def open_notes_with(slide: SlideXml, line: str) -> None:
    """``line`` as the first paragraph of the slide's speaker notes."""
    notes = slide.notes()
    if notes is None:
        return
    for sp in notes.tree.iter(_SP):
        ph = sp.find(_PH)
        body = sp.find(_TX)
        if ph is None or ph.get("type") != "body" or body is None:
            continue
        first = body.find(_P)
        if first is None:
            return
        para = copy.deepcopy(first)
        runs = para.findall(_R)
        for extra in runs[1:]:
            para.remove(extra)
        for br in para.findall(_BR):
            para.remove(br)
        if not runs:
            return
        runs[0].find(_T).text = line
        first.addprevious(para)
        notes.save()
        return


# Said where a primary deck's school card shows the drawn staff figure (no DSL photo), in
# KS1 and KS2 decks alike ("Young children" read oddly in a Year 6 deck): the
# slide is finished without it, and a photo is better still. A school's own teacher can
# change the picture on the slide. A visit's slides go to the school's DSL and teachers too,
# who have no school file and no build: the line says who sends the photos and who puts
# them in, by the visit brief's dates ({jobs}: brief_day.photo_jobs); how the trainer builds
# them in is the build's own note (build/school_notes), which only the trainer reads.
PHOTO_HOW = ("Slide {number} · {title}: {who} drawn, not photographed. Children know "
             "a face before a name: ask {whom} for a photo, with their agreement. To put "
             "{it} in, in PowerPoint right-click {drawing} on slide {number} and choose "
             "Change Picture.")
PHOTO_VISIT = ("Slide {number} · {title}: {who} drawn, not photographed. Children meeting a "
               "visitor need to see who to go to: {jobs}.")


def photo_line(number: int, title: str, names: Sequence[str], reader: Reader,
               jobs: str = "") -> str:
    """The hidden slide's line asking for the photos of ``names`` (the DSL, and the deputy
    where the deck draws them too), on slide ``number``; a visit's says who sends them and
    who puts them in, by when (``jobs``, brief_day.photo_jobs)."""
    who = (f"{names[0]} is" if len(names) == 1
           else f"{names[0]} and {names[1]} are")
    one = len(names) == 1
    whom = names[0] if one else "each of them"
    if reader.visiting and jobs:
        return PHOTO_VISIT.format(number=number, title=title, who=who, jobs=jobs)
    return PHOTO_HOW.format(number=number, title=title, who=who, whom=whom,
                            it="it" if one else "them",
                            drawing="the drawing" if one else "each drawing")


# The slide's body when the photo is all it has to say.
NOTHING_LEFT = "Nothing is left to fill in: every name and number is on its slide."
# An example school's deck has no bracketed field, but every name and number on it is made
# up (highlighted yellow): "nothing is left" would tell the teacher the opposite. {papers}:
# where the "Fill in first" box is, a lesson's plan or a presented session's notes.
EXAMPLE_LEFT = ("Every highlighted name and number on the slides is example data, not a "
                "real contact: replace each (the “Fill in first” box on page 1 of the "
                "{papers} lists them) before anyone sees the slides.")
PAPERS = "lesson plan"
PRESENTED_PAPERS = "facilitator notes"

# What the hidden slide's lines are about, which its notes follow: fields to fill in, an
# example school's made-up contacts, or nothing left.
Left = Literal["fields", "example", "nothing"]


# The hidden slide's line for the title slide's dashed logo box: the "Draft" strip names
# the logo first, so the list a teacher works through names it too (a list of the fields
# alone left the logo out). "Title slide", not its title: a title ending in a colon's
# clause ("Going live: notice, pause, get help") read as two labels.
LOGO_LINE = "Slide 1 · Title slide: your school logo, over the dashed “School logo” box"
# The list's last line wherever fields are left: the title slide's "Draft" strip (deck_draft)
# goes once they are filled in. Only the title slide's notes said so, and a teacher working
# from this list opened the lesson with "Draft" across the title.
STRIP_LINE = "Last, delete the yellow “Draft” strip on slide 1."


def lines_for(found: list[tuple[int, str, list[str]]], reader: Reader,
              photo: str = "", example: bool = False, logo: str = "",
              in_notes: NotesFound | None = None) -> tuple[Left, list[str]]:
    """What the slide's body is about, and its lines: the logo's line where the title
    slide has the dashed logo box (``logo``: LOGO_LINE), a line per slide with fields,
    the photo's line where the school's card has names only (``photo``: photo_line's), and
    what to do (``example``: the brand or school file is an example, its contacts made up;
    a presented session's papers are the facilitator notes, not a lesson plan); a line for
    each slide whose speaker notes hold a field (``in_notes``), after the slides'."""
    lines = [f"Slide {number} · {title}: {', '.join(names)}" for number, title, names in found]
    lines += [f"Slide {number}’s speaker notes: {', '.join(names)}"
              for number, names in in_notes or []]
    if lines and logo:
        lines.insert(0, logo)
    lines, photo = _with_photo(lines, photo)
    how = [photo] if photo else []
    if not lines:
        papers = PRESENTED_PAPERS if reader.presents else PAPERS
        first = EXAMPLE_LEFT.format(papers=papers) if example else NOTHING_LEFT
        return ("example" if example else "nothing",
                [first, *how, "This slide is hidden: it is not shown when you present."])
    where = "on its slide or in its notes" if in_notes else "on its slide"
    return "fields", [*lines, *how,
                      f"Type over each field {where} (then select what you typed "
            "and set its highlight to No Color: the tint stays on typed words), or ask whoever "
            "made this pack to rebuild it with your school’s details. This slide is hidden: "
            "it is not shown when you present.", STRIP_LINE]


def _with_photo(lines: list[str], photo: str) -> tuple[list[str], str]:
    """``lines`` with the photo's line joined to its slide's line of fields, and the photo's
    line left over ("" when joined): one bullet a slide. As two, "Slide 37 · Who can help
    (1 of 2)" was read twice and the list ran into the footer."""
    head, sep, ask = photo.partition(": ")
    at = next((i for i, line in enumerate(lines) if sep and line.startswith(f"{head}: ")), None)
    if at is None:
        return lines, photo
    joined = [*lines]
    joined[at] = f"{lines[at]}. {ask[:1].upper()}{ask[1:]}"
    return joined, ""


def title_for(found: list[tuple[int, str, list[str]]], reader: Reader,
              in_notes: NotesFound | None = None) -> str:
    """The hidden slide's title: "Before you teach" ("present", a presented session's),
    then what to do where something is left to fill in (on a slide or in its notes)."""
    before = _before(reader)
    return f"{before}: fill these in" if found or in_notes else before


def kicker_for(reader: Reader) -> str:
    """"For the teacher", "For the presenter" (a parents' session), or "For the trainer":
    a visiting trainer builds and teaches the pack, and the slide is theirs."""
    return f"For the {reader.role} · hidden slide"


# Read by the teacher, who is not the person running the tool: only what a teacher acts
# on; a line of tool commands meant nothing to a teacher, and the tool's own build
# message tells whoever builds the packs.
NOTES = ("This slide is hidden: it is skipped when you present. The bracketed fields it "
         "lists are on slides your audience will see, or in the notes you read from. Before "
         "the session, type over each field, or ask whoever made this pack to rebuild it "
         "with your school’s details; then delete the yellow “Draft” strip on slide 1, "
         "and this slide.")


# The notes of a deck with nothing to fill in: the photo is a choice, not a gap.
NOTES_DONE = ("This slide is hidden: it is skipped when you present. Nothing on the slides "
              "your audience sees is left to fill in; the DSL's photo is optional.")


# The notes of an example school's deck: its contacts are made up, not missing. {whose}:
# a visiting trainer replaces them with the host school's, not "your school's".
NOTES_EXAMPLE = ("This slide is hidden: it is skipped when you present. The highlighted "
                 "names and numbers on the slides your audience sees are example data: "
                 "replace each with {whose} own before the session, then delete "
                 "this slide.")


def notes_for(left: Left, reader: Reader) -> str:
    """The hidden slide's notes: what to do with it, by what its lines are about."""
    if left == "example":
        return NOTES_EXAMPLE.format(whose="the school’s" if reader.visiting
                                    else "your school’s")
    return NOTES_DONE if left == "nothing" else NOTES


def _before(reader: Reader) -> str:
    """How the hidden slide's title and the title slide's notes open: "Before you teach",
    or "Before you present" (a presented session)."""
    return f"Before you {reader.verb}"


def title_note(found: list[tuple[int, str, list[str]]], reader: Reader,
               strip: str = "", logo: bool = False, in_notes: NotesFound | None = None) -> str:
    """What the title slide's notes open with: what is left to fill in, and where (the
    fields of the slides' notes, ``in_notes``, by name); with ``logo`` (the cover shows the
    dashed logo box, which the strip names), how the logo goes in; and, where the title
    slide has a "Draft" strip (``strip``: "top" or "foot", deck_draft), that it goes once
    they are filled in."""
    numbers = [str(number) for number, _title, _names in found]
    slides = "slides" if len(numbers) > 1 else "slide"
    parts = [f"the bracketed fields on {slides} {and_list(numbers)} before anyone sees them"
             ] if found else []
    parts += [f"the {and_list(by_owner(names))} in {notes_place(number)}"
              .replace("this slide’s notes", "these notes") for number, names in in_notes or []]
    logo_how = (", put your school’s logo over the dashed “School logo” box on this slide (or "
                "ask whoever made this pack for a version with it)" if logo else "")
    then = (f", then delete the yellow “Draft” strip at the {strip} of this slide" if strip
            else "")
    return (f"{_before(reader)}: fill in {and_list(parts)} (the hidden last slide lists "
            f"them){logo_how}{then}.")


def hide(slide: Any) -> None:
    """Hidden when presenting (and left out of LibreOffice's PDF)."""
    slide.element.set("show", "0")
