"""At a visit, the notes name the second adult: the class teacher, who stays all lesson."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.plan.class_fit import second_adult


def test_the_second_adult_named() -> None:
    assert second_adult("While you read, the second adult notes who.", "Mrs Evans") == \
        "While you read, Mrs Evans (the second adult) notes who."
    assert second_adult("The second adult lays out sheets.", "Mrs Evans") == \
        "Mrs Evans (the second adult) lays out sheets."
    assert second_adult("the second adult notes", "") == "the second adult notes"


def _notes(deck: Path) -> str:
    return "\n".join(p.text for s in Presentation(str(deck)).slides
                     for p in s.notes_slide.notes_text_frame.paragraphs)


def test_a_visit_names_the_class_teacher(brightpath_at_ashgrove: Path,
                                         built_packs: Path) -> None:
    visit = _notes(next((brightpath_at_ashgrove / "live-streaming-ks1").glob("*-slides.pptx")))
    assert "Mrs Evans (the second adult)" in visit
    assert "the second adult" not in visit.replace("Mrs Evans (the second adult)", "")
    # A school's own lesson may have a teaching assistant as its second adult: unnamed.
    own = _notes(next((built_packs / "live-streaming-ks1").glob("*-slides.pptx")))
    assert "the second adult" in own and "(the second adult)" not in own
