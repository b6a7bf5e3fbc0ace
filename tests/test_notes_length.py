"""Speaker notes a presenter can read at a glance (closing notes of
150-380 words were admin, not cues). Every deck of the three looks is reopened and each
slide's notes counted, as python-pptx reads them.

Limits: a help ("Who can help") slide is shown in a lesson's last two or three minutes,
while the presenter talks; its notes are read in a glance of about half a minute, which at
an adult's 240 words a minute of silent reading is 120 words. Any other slide's notes must
fit one printed notes page at 12 pt (the layout's notes box holds about 30 lines of 13 words:
400 words): the parents' workshop notes are a script to read from, not cues. What the help
slides used to carry beyond the cues (how to put the staff's photos in, the after-lesson
jobs, how a visitor's concern is recorded) is said once, where it is done: the hidden
fill-in slide, the lesson plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

HELP_MOST = 120
PAGE_MOST = 400


@pytest.fixture(scope="module")
def oakfield(oakfield_all: Path) -> Path:
    """Oakfield's packs (conftest builds them once for the session)."""
    return oakfield_all


def _decks(*roots: Path) -> list[Path]:
    decks = sorted(p for root in roots for p in root.glob("*/*-slides.pptx"))
    # 5 default, 4 Oakfield (KS1, KS2's Year 4 and Year 6 classes, parents), 3 Brightpath
    # at Ashgrove.
    assert len(decks) == 12
    return decks


def _notes(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def _help(slide) -> bool:
    return any(shape.name.startswith("Help card ") for shape in slide.shapes)


def test_every_slides_notes_are_cues_the_presenter_reads_at_a_glance(
        built_packs: Path, oakfield: Path, brightpath_at_ashgrove: Path) -> None:
    long = []
    helps = 0
    for deck in _decks(built_packs, oakfield, brightpath_at_ashgrove):
        for n, slide in enumerate(Presentation(str(deck)).slides, 1):
            words = len(_notes(slide).split())
            most = HELP_MOST if _help(slide) else PAGE_MOST
            helps += _help(slide)
            if words > most:
                long.append(f"{deck.parent.parent.name}/{deck.name} slide {n}: {words} > {most}")
    assert helps >= 22  # every deck's help slides were found and counted
    assert not long, long


def test_the_help_slides_still_carry_every_safeguarding_cue(
        built_packs: Path, brightpath_at_ashgrove: Path) -> None:
    """Shorter, not emptier: the first help slide keeps the upset-pupil cue, a way for the
    question box (or, visiting, who keeps it) and the pointer to the after-lesson jobs."""
    for deck in sorted([*built_packs.glob("*/*-slides.pptx"),
                        *brightpath_at_ashgrove.glob("*/*-slides.pptx")]):
        if "parents" in deck.name:
            continue  # a workshop for adults: no question box
        first = next(s for s in Presentation(str(deck)).slides if _help(s))
        notes = _notes(first)
        assert "Safeguarding:" in notes, deck.name
        assert "question box" in notes.lower(), deck.name
        assert "After the lesson: the plan lists" in notes, deck.name


def test_how_to_add_the_photo_is_on_the_hidden_slide_not_the_help_slide(
        built_packs: Path) -> None:
    """The hidden slide the teacher reads beforehand is where what to add is said (the
    photo's line, on a deck whose card names its staff, is tested on Oakfield's deck in
    test_before_you_teach); the help slide's notes, read in the lesson's last minutes, say
    nothing of photos."""
    prs = Presentation(str(built_packs / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"))
    slides = list(prs.slides)
    hidden = [s for s in slides if s._element.get("show") == "0"]
    assert len(hidden) == 1
    words = " ".join(sh.text_frame.text for sh in hidden[0].shapes if sh.has_text_frame)
    assert "Before you teach" in words and "Shape Fill" not in words + _notes(hidden[0])
    help_notes = " ".join(_notes(s) for s in slides if _help(s))
    assert "photo" not in help_notes.lower(), help_notes
