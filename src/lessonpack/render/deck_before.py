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
from typing import Any

from pptx.oxml.ns import qn

from lessonpack.content.fill_ins import FIELD
from lessonpack.render.deck_photo_frames import FRAMES, whose
from lessonpack.render.ooxml.slides import SlideXml

_SP, _TX, _P, _R, _T, _BR = (qn(t) for t in ("p:sp", "p:txBody", "a:p", "a:r", "a:t", "a:br"))
_PH = f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}"
TITLE = "Before you teach: fill these in"
KICKER = "For the teacher · hidden slide"


def _text(tree: Any) -> str:
    """The words of a shape tree, a line per paragraph (a field is never split across
    paragraphs; render/deck_fill_ins splits its run, not its paragraph)."""
    return "\n".join("".join(t.text or "" for t in p.iter(_T)) for p in tree.iter(_P))


def fields_by_slide(slides: Sequence[SlideXml]) -> list[tuple[int, str, list[str]]]:
    """(slide number, its title, the fields on it, in order, once each) for every shown
    slide with a field on it, as drawn (a help slide's plan holds its whole run of cards;
    only its own are on it). Notes are not shown and are left out."""
    found = []
    for number, slide in enumerate(slides, 1):
        title, on_slide = slide.reading("fields", _fields)
        if on_slide:
            found.append((number, title, on_slide))
    return found


# The help card's frames for the DSL's and the deputy's photos (render/deck_photo_frames): a field
# with no words, listed as one.
PHOTOS_FIELD = "[photos of "
PHOTOS = f"{PHOTOS_FIELD}the DSL and the deputy]"


def _fields(tree: Any) -> tuple[str, list[str]]:
    """A slide's title and the fields on it, in order, once each (no title read without)."""
    on_slide = list(dict.fromkeys(FIELD.findall(_text(tree))))
    # The frames are a field too on a school's own deck (names given): left empty, pupils
    # see two dashed circles, so the teacher is told about them before the lesson.
    photos = _photos(tree)
    if photos:
        on_slide.append(photos)
    return (_title(tree) if on_slide else ""), on_slide


def _photos(tree: Any) -> str:
    """The frames' field ("" without frames): whose photos, where the frames' alt texts name
    them ("[photos of Mrs Shah and Mr Adeyemi]"), else PHOTOS."""
    alts = {c.get("name"): c.get("descr") or "" for c in tree.iter(qn("p:cNvPr"))
            if c.get("name") in FRAMES}
    if len(alts) < len(FRAMES):
        return ""
    names = [whose(alts[frame]) for frame in FRAMES]
    return f"[photos of {names[0]} and {names[1]}]" if all(names) else PHOTOS


def _is_photos(field: str) -> bool:
    return field.startswith(PHOTOS_FIELD)


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


def _photos_only(found: list[tuple[int, str, list[str]]]) -> bool:
    """Whether the photo frames are all there is to fill in (a school's own deck)."""
    return all(len(names) == 1 and _is_photos(names[0]) for _number, _title, names in found)


# What to do, for a deck whose only fields are the photo frames: there is nothing to type
# over or rebuild.
PHOTOS_ONLY = ("Put a photo in each dashed circle (see this slide’s notes), or hold the "
               "photos up as you say the names. This slide is hidden: it is not shown when "
               "you present.")


def lines_for(found: list[tuple[int, str, list[str]]]) -> list[str]:
    """The slide's body: a line per slide with fields, and what to do."""
    lines = [f"Slide {number} · {title}: {', '.join(names)}" for number, title, names in found]
    if _photos_only(found):
        return [*lines, PHOTOS_ONLY]
    return [*lines, "Type over each field on its slide, or ask whoever made this pack to "
            "rebuild it with your school’s details. This slide is hidden: it is not shown "
            "when you present."]


# Read by the teacher, who is not the person running the tool: only what a teacher acts
# on; a line of tool commands meant nothing to a teacher, and the tool's own build
# message tells whoever builds the packs.
NOTES = ("This slide is hidden: it is skipped when you present. The bracketed fields it "
         "lists are on slides your audience will see. Before the session, type over each "
         "field, or ask whoever made this pack to rebuild it with your school’s details; "
         "then delete this slide.")


# How the staff's photos go into the school card's frames: said here, where the teacher
# fills the deck in before the lesson, not on the help slide, whose notes are read in the
# lesson's last two minutes (notes are cues there, not admin).
PHOTOS_HOW = ("Photos: with their agreement, put a photo of the DSL and of the deputy in the "
              "two dashed circles on the school's help card (select a circle, then Shape "
              "Format, Shape Fill, Picture), or hold the photos up as you say their names: "
              "young children know a face before a name.")


# The notes of a deck whose only fields are the photo frames: no bracketed fields to speak of.
NOTES_PHOTOS = ("This slide is hidden: it is skipped when you present. The photo frames it "
                "lists are on a slide your audience will see; fill them before the lesson, "
                "then delete this slide.")


def notes_for(lines: list[str]) -> str:
    """The hidden slide's notes: what to do with it, and how to put the photos in where
    they are one of its fields."""
    if PHOTOS_ONLY in lines:
        return f"{NOTES_PHOTOS}\n{PHOTOS_HOW}"
    return f"{NOTES}\n{PHOTOS_HOW}" if any(PHOTOS_FIELD in line for line in lines) else NOTES


def title_note(found: list[tuple[int, str, list[str]]]) -> str:
    """What the title slide's notes open with: what is left to fill in, and where."""
    numbers = [str(number) for number, _title, _names in found]
    where = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} and {numbers[-1]}"
    slides = "slides" if len(numbers) > 1 else "slide"
    if _photos_only(found):
        return (f"Before you teach: put the staff’s photos in the frames on {slides} {where} "
                "(the hidden last slide says how).")
    return (f"Before you teach: fill in the bracketed fields on {slides} {where} before anyone "
            "sees them (the hidden last slide lists them).")


def hide(slide: Any) -> None:
    """Hidden when presenting (and left out of LibreOffice's PDF)."""
    slide.element.set("show", "0")
