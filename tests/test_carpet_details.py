"""KS1 slides as non-readers see them from the carpet: answer pictures
large, a zipped mouth for "nobody", the stop sign saying STOP, the sort key's chips in
the palette."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.picture_library import builtin_library
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.plan.pack import plan_pack


def _ks1(built: Path) -> Presentation:
    return Presentation(str(built / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"))


def test_answer_pictures_are_a_seventh_of_the_slide_high(built_packs: Path) -> None:
    deck = _ks1(built_packs)
    pictures = [sh for s in deck.slides for sh in s.shapes
                if sh.name.startswith("Answer ") and sh.name.endswith(" picture")]
    assert len(pictures) >= 9  # three checks and the exit check, three answers each
    # Stacked under the number they were about 1/12 of the slide's height.
    assert min(sh.height for sh in pictures) >= deck.slide_height / 7


def test_nobody_is_a_zipped_mouth_not_a_red_cross_or_an_empty_chair() -> None:
    """"Who can you tell? Nobody.": telling nobody is keeping quiet, which a Year 2 reads
    in a zipped mouth; an empty chair was not read as nobody, and a red cross gave the
    answer away before the reveal."""
    index = load()
    (plan,) = plan_pack(index.items["live-streaming-ks1"].item, index.facts, DEFAULT_BRAND,
                        index.pictures).decks
    found = [(o, p.name) for s in plan.slides if isinstance(s.payload, QuestionSlide)
             for o, p in zip(s.payload.question.options, s.payload.question.pictures,
                             strict=False)
             if "nobody" in o.lower()]
    assert found and all(name == "zip-mouth" for _o, name in found), found


def test_the_stop_sign_is_the_one_with_its_word() -> None:
    stop = builtin_library().get("stop")
    assert stop is not None and "STOP" in stop.alt


def test_traffic_light_chips_are_rimmed_in_the_palette(built_packs: Path) -> None:
    chips = [sh for s in _ks1(built_packs).slides for sh in s.shapes
             if sh.name.startswith("Sort column ") and sh.name[len("Sort column "):].isdigit()]
    assert chips
    for chip in chips:
        rim = chip._element.find(f"{qn('p:spPr')}/{qn('a:ln')}")
        colour = rim.find(f"{qn('a:solidFill')}/{qn('a:schemeClr')}") if rim is not None else None
        assert colour is not None and colour.get("val") == "tx2", chip.name
