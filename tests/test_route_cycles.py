"""Years 5–6 meet Part 3's tricks in a case at their own age (``route_cycles``): a pack for
those years has Amara's group call where Years 3–4 keep Kofi's baking show, on the slides,
the sheet, the plan and the letter after; a pack for no class keeps the lesson's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pptx import Presentation
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.content.routes import Years
from lessonpack.plan.class_fit import for_class, with_route_cycles
from lessonpack.plan.class_line import class_year

KS2 = "live-streaming-ks2"


def _lesson() -> Lesson:
    return load().items[KS2].item


def _child(lesson: Lesson, part: int) -> str:
    scenario = lesson.cycles[part - 1].scenario
    assert scenario is not None
    return scenario.watcher or scenario.character


def test_each_route_has_its_own_part_3() -> None:
    lesson = _lesson()
    assert _child(with_route_cycles(lesson, Years(5, 6)), 3) == "Amara"
    assert _child(with_route_cycles(lesson, Years.of(6)), 3) == "Amara"
    assert _child(with_route_cycles(lesson, Years(3, 4)), 3) == "Kofi"
    assert _child(with_route_cycles(lesson, Years.of(4)), 3) == "Kofi"
    # No class year: the lesson as written, Kofi's (a pack that may reach Year 3).
    assert _child(with_route_cycles(lesson, None), 3) == "Kofi"
    # Parts 1 and 2 are the same for every route.
    for part in (1, 2):
        assert _child(with_route_cycles(lesson, Years(5, 6)), part) == _child(lesson, part)


def test_the_older_route_reads_its_own_child_everywhere() -> None:
    """The lesson's own prose that named Kofi (the names check, the starter's notes, the
    letter after) names Amara for Years 5–6, and no line about Kofi's grandma is left."""
    brand = Brand(class_name="Year 6")
    assert class_year(_lesson().audience, brand) == Years.of(6)
    fitted = for_class(_lesson(), brand)
    said = fitted.model_dump_json(exclude={"summary"})  # the whole lesson's, in no pack
    assert "Kofi" not in said and "grandma" not in said.lower()
    assert "Amara" in fitted.letter.after.opening
    assert any("Amara" in note for note in fitted.safeguarding.notes)
    assert not fitted.route_cycles


def test_a_route_cycle_must_fit_its_place() -> None:
    raw = _lesson().model_dump(exclude_defaults=True)
    minutes = dict(raw, route_cycles=[dict(raw["route_cycles"][0], minutes=15)])
    with pytest.raises(ValidationError, match="Part 3 takes 16"):
        Lesson.model_validate(minutes)
    beyond = dict(raw, route_cycles=[dict(raw["route_cycles"][0], replaces=3)],
                  cycles=raw["cycles"][:2])
    with pytest.raises(ValidationError, match="replaces: 3, but the lesson has 2 Parts"):
        Lesson.model_validate(beyond)
    years = dict(raw, route_cycles=[dict(raw["route_cycles"][0], years="4-6")])
    with pytest.raises(ValidationError, match="is no sheet route's"):
        Lesson.model_validate(years)


def _deck_text(path: Path) -> str:
    deck = Presentation(str(path))
    return "\n".join([sh.text_frame.text for s in deck.slides for sh in s.shapes
                      if sh.has_text_frame]
                     + [s.notes_slide.notes_text_frame.text for s in deck.slides
                        if s.has_notes_slide])


def _doc_text(path: Path) -> str:
    body = Document(str(path)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in body.iter(qn("w:p")))


def test_each_routes_pack_tells_its_own_part_3(built_packs: Path) -> None:
    for route, ours, theirs in (("years-3-4", "Kofi", "Amara"),
                                ("years-5-6", "Amara", "Kofi")):
        folder = built_packs / f"{KS2}-{route}"
        texts = [_deck_text(folder / f"{folder.name}-slides.pptx"),
                 *(_doc_text(folder / f"{folder.name}-{doc}.docx")
                   for doc in ("worksheet", "lesson-plan", "letter-home-after"))]
        for text in texts:
            assert ours in text and theirs not in text, (route, text[:200])
    deck = _deck_text(built_packs / f"{KS2}-years-5-6" / f"{KS2}-years-5-6-slides.pptx")
    # Group chats, a recording passed on, and the move to secondary, on the slides.
    assert "Amara’s video call" in deck and "class chat" in deck
    assert "secondary" in deck
