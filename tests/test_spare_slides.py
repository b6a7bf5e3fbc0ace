"""A parents' deck keeps the quiz questions it has no time for as spare slides at its very
end, after a hidden "Spare slides" divider: the slides the show presents number 1…n with no
gap (PowerPoint numbers hidden slides too), and every slide range in the notes counts them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from example_looks import ASHGROVE, OAKFIELD
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.loader import load_content
from lessonpack.content.model import ParentSession
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.kinds.section import SectionSlide
from lessonpack.plan.deck import spare
from lessonpack.plan.parents import session_sheet
from lessonpack.plan.parents.workshop import plan_facilitator_notes, plan_parents_deck

INDEX = load_content([])
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
BRANDS = pytest.mark.parametrize("brand", [DEFAULT_BRAND, OAKFIELD, ASHGROVE],
                                 ids=["default", "oakfield", "ashgrove"])


def _session() -> ParentSession:
    session = INDEX.items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    return session


@BRANDS
def test_the_hidden_slides_all_follow_the_last_shown_one(brand: Brand) -> None:
    slides = plan_parents_deck(_session(), INDEX.facts, brand).slides
    hidden = [s.hidden for s in slides]
    shown = hidden.index(True)
    # Shown slides 1…n, then only hidden ones: the footer numbers the room sees never jump.
    assert not any(hidden[:shown]) and all(hidden[shown:])
    assert slides[shown - 1].title.startswith("Where to get help")
    divider = slides[shown]
    assert divider.title == spare.TITLE and isinstance(divider.payload, SectionSlide)
    # Its icon disc, as every other section slide's: without one it looked unfinished.
    assert [p.name for p in divider.pictures] in (["hourglass"], ["plain-hourglass"])
    spares = slides[shown + 1:]
    assert len(spares) == 2 * (len(_session().for_phase(brand.phase).quiz) - 1)
    assert all(isinstance(s.payload, QuestionSlide) for s in spares)


@BRANDS
def test_the_notes_name_the_spares_by_number_and_the_way_back_by_a_link(brand: Brand) -> None:
    slides = plan_parents_deck(_session(), INDEX.facts, brand).slides
    first_spare = next(n for n, s in enumerate(slides, 1) if s.hidden) + 1
    last = len(slides)
    take_home = next(n for n, s in enumerate(slides, 1) if s.title == "Take home")
    # The asked question's answer, just before "Take home", says where the spares are.
    pointer = slides[take_home - 2].notes
    assert f"slides {first_spare}–{last}" in pointer
    assert f"type {first_spare} and press Enter" in pointer
    # Back by the spare's own link (a jump to the slide, whatever its number becomes), not
    # a typed number that goes wrong once a school adds or removes a slide.
    assert "click “Back to Take home”" in pointer
    for s in slides[first_spare - 1:]:
        assert s.back_to == take_home and s.kicker.endswith("Back to Take home"), s.title
        assert "click “Back to Take home”" in s.notes
        assert not re.search(r"type \d+ and press Enter to come back", s.notes)
    assert not any(re.search(r"follow (it|the first).*hidden", s.notes) for s in slides)


@BRANDS
def test_the_facilitator_notes_count_only_shown_slides(brand: Brand) -> None:
    deck = plan_parents_deck(_session(), INDEX.facts, brand)
    shown = sum(not s.hidden for s in deck.slides)
    parts = session_sheet.part_slides(_session().for_phase(brand.phase), deck)
    assert parts[-1].last == shown and parts[-1].first < shown
    order = session_sheet.running_order(_session().for_phase(brand.phase), deck, brand)
    # A visiting team's running order ends with its close (the feedback forms) after it.
    spare_row = order[-2] if order[-1].startswith("At the close") else order[-1]
    assert spare_row.startswith(f"If there is time · slides {shown + 2}–{len(deck.slides)}")
    notes = plan_facilitator_notes(_session(), INDEX.facts, brand, deck)
    assert notes.blocks  # builds with the deck's numbers


@BRANDS
def test_the_welcome_runs_to_the_slide_before_part_one(brand: Brand) -> None:
    """The welcome's slides are counted from Part 1's first slide as a number: one slide
    before it is "slide 1", more are "slides 1–n", in the running order and the steps."""
    from lessonpack.plan.slide_span import SlideSpan

    deck = plan_parents_deck(_session(), INDEX.facts, brand)
    parts = session_sheet.part_slides(_session().for_phase(brand.phase), deck)
    opening = session_sheet.opening_slides(deck, parts[0])
    assert opening == SlideSpan(1, parts[0].first - 1)
    order = session_sheet.running_order(_session().for_phase(brand.phase), deck, brand)
    assert any(f"· slides 1–{parts[0].first - 1}: welcome" in row for row in order), order
    assert session_sheet.opening_slides(deck, SlideSpan(2, 5)) == SlideSpan(1, 1)
    assert SlideSpan(1, 1).label == "slide 1" and SlideSpan(4, 6).label == "slides 4–6"
    assert session_sheet.opening_slides(None, parts[0]) is None


def test_the_way_back_survives_a_school_removing_a_slide(tmp_path: Path) -> None:
    """Built for real: each spare's "Back to Take home" is a jump to the "Take home" slide
    itself, and still lands there after a slide before it is deleted and the file saved."""
    from pptx import Presentation

    from lessonpack import api
    from lessonpack.content.model import Audience

    api.build(api.pack(audiences=[Audience.PARENTS], formats=("pptx",)), out=tmp_path)
    path = next(tmp_path.rglob("*-slides.pptx"))
    deck = Presentation(str(path))
    ids = deck.slides._sldIdLst
    ids.remove(ids[1])  # a school drops its ground-rules slide
    deck.save(str(path))
    deck = Presentation(str(path))
    slides = list(deck.slides)
    links = 0
    for slide in slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for run in (r for p in shape.text_frame.paragraphs for r in p.runs):
                click = run._r.find(f".//{A}hlinkClick")
                if click is None:
                    continue
                target = slide.part.rels[click.get(f"{R}id")].target_part
                assert click.get("action") == "ppaction://hlinksldjump"
                assert run.text == "Back to Take home"
                landed = next(s for s in slides if s.part is target)
                assert landed.shapes.title.text_frame.text == "Take home"
                links += 1
    assert links == 2 * (len(_session().quiz) - 1)  # every spare question and answer
