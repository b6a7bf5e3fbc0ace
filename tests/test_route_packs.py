"""With no Key Stage 2 class named, the build makes one pack for each of the lesson's routes
(Years 3–4, Years 5–6), drawn as two classes' packs are: a teacher printing for Year 4 reads
only Years 3–4's lines, sheet, exit quiz, cards and print list, never the other route's."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from pptx import Presentation

from lessonpack.api import load
from lessonpack.build.school_notes import each_class_note
from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.content.routes import Years
from lessonpack.plan.class_line import class_and_teacher, class_year, key_stage_of, route_years
from lessonpack.plan.quotes import typographic

ROUTES = {"years-3-4": "Years 3–4", "years-5-6": "Years 5–6"}
# Words of each route's Part 1 sort (content/live-streaming/ks2.yml), in lower case.
OWN_WORDS = {"years-3-4": "one card set per table", "years-5-6": "card table; no cards"}


def _texts(path: Path) -> str:
    body = Document(str(path)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in body.iter(qn("w:p")))


def _notes(path: Path) -> str:
    return "\n".join(s.notes_slide.notes_text_frame.text for s in Presentation(str(path)).slides
                     if s.has_notes_slide)


def test_a_route_is_drawn_as_a_class_that_names_no_class() -> None:
    assert route_years("Years 3–4") == Years(3, 4) and route_years("Year 4 Owls") is None
    assert key_stage_of("Years 5–6") is Audience.KS2
    brand = Brand(classes=["Years 5–6", "Year 2, Mrs Ruth Evans"])
    assert class_year(Audience.KS2, brand) == Years(5, 6)
    # The plan and letter keep a line to write the class on: a route is not a class.
    assert class_and_teacher(Audience.KS2, brand) == ("", "")
    assert class_year(Audience.KS1, brand) == Years.of(2)


def test_the_build_note_names_each_routes_pack_and_how_to_name_a_class() -> None:
    ks2 = load().items["live-streaming-ks2"].item
    note = each_class_note(ks2, [("Years 3–4", ""), ("Years 5–6", "")], Brand())
    assert "live-streaming-ks2-years-3-4 (Years 3–4)" in note
    assert "live-streaming-ks2-years-5-6 (Years 5–6)" in note
    assert '--class "Year 4, teacher"' in note


def test_the_default_build_makes_a_pack_a_route(built_packs: Path) -> None:
    names = sorted(p.name for p in built_packs.iterdir() if p.name.startswith(
        "live-streaming-ks2"))
    assert names == [f"live-streaming-ks2-{r}" for r in ROUTES]
    for route in ROUTES:
        folder = built_packs / f"live-streaming-ks2-{route}"
        # Each file named as its folder is: two routes' files never overwrite each other.
        assert all(f.name.startswith(f"{folder.name}-") for f in folder.iterdir())


def test_each_routes_pack_holds_only_its_own_route(built_packs: Path) -> None:
    for route, label in ROUTES.items():
        other = next(v for k, v in ROUTES.items() if k != route)
        folder = built_packs / f"live-streaming-ks2-{route}"
        plan = _texts(folder / f"{folder.name}-lesson-plan.docx")
        notes = _notes(folder / f"{folder.name}-slides.pptx")
        # Page one says which route this is and where the other route's pack is.
        assert f"This version is for {label}; {other} have their own pack" in plan
        assert "choose Years 3–4 or Years 5–6" not in plan
        ours, theirs = OWN_WORDS[route], next(v for k, v in OWN_WORDS.items() if k != route)
        for text in (plan, notes):
            # Its own route's words alone, unlabelled (the pack is that route's).
            assert f"{label}: " not in text and f"{other}: " not in text
            assert ours in text.lower() and theirs not in text.lower()
        # Its own cards file in the print list (Years 5–6: the help cards alone), never the
        # other route's.
        other_folder = next(f"live-streaming-ks2-{k}" for k in ROUTES if k != route)
        assert f"{folder.name}-cards.docx" in plan and f"{other_folder}-cards.docx" not in plan


def test_the_younger_routes_sheet_and_quiz_are_its_own(built_packs: Path) -> None:
    young, old = (built_packs / f"live-streaming-ks2-{r}" for r in ROUTES)
    young_sheet = _texts(young / f"{young.name}-worksheet.docx")
    old_sheet = _texts(old / f"{old.name}-worksheet.docx")
    # Years 3–4 sort on their table's cards; Years 5–6 on the sheet.
    assert "your table’s cards" in young_sheet and "your table’s cards" not in old_sheet
    assert len(young_sheet) < len(old_sheet)
    quiz = load().items["live-streaming-ks2"].item.exit_quiz

    def asked(folder: Path) -> int:
        """The exit-quiz questions on the deck's quiz slides (never the answers slide)."""
        deck = Presentation(str(folder / f"{folder.name}-slides.pptx"))
        texts = " ".join(sh.text_frame.text for s in deck.slides for sh in s.shapes
                         if sh.has_text_frame and any(
                             t.has_text_frame and t.text_frame.text.startswith("Exit quiz:")
                             for t in s.shapes))
        return sum(1 for q in quiz if typographic(q.question) in texts)

    # Years 3–4 answer their route's two; Years 5–6 the whole quiz.
    assert 0 < asked(young) < asked(old) == len(quiz)
