"""Cards whose words keep clear of their edges (help and contact cards
"packed to the edge"): every word of a help card at least 0.15 in inside its card, at most
two lines of contacts a card (a school's office, DSL and deputy numbers were four bold
lines ending on the card's foot; the numbers left off are on the handout and in the notes),
the cards of a row one height; sort cards' words 0.1 in clear of their card's top and foot
(0.07 in read as touching; 0.15 in set KS3/KS4's cards at 18 pt)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.slide import Slide
from pptx.util import Inches

from lessonpack.check.measure import count_lines
from lessonpack.cli import main

CLEAR = Inches(0.15)
_CARD = re.compile(r"Help card (\d+)")

ROOT = Path(__file__).resolve().parents[1]


def _deck(root: Path, audience: str) -> Path:
    # The one deck in the pack's folder (the parents' name says its phase's version).
    return next((root / f"live-streaming-{audience}").glob("*-slides.pptx"))


def _help_slides(path: Path) -> Iterator[Slide]:
    for slide in Presentation(str(path)).slides:
        if any(sh.name == "Help card 1" for sh in slide.shapes):
            yield slide


def _cards(slide: Slide) -> dict[str, tuple[object, list[object]]]:
    """Each help card's panel and the shapes with its words."""
    shapes = list(slide.shapes)
    panels = {sh.name: sh for sh in shapes if _CARD.fullmatch(sh.name)}
    return {name: (panel, [sh for sh in shapes if sh.name.startswith(name + " ")
                           and sh.has_text_frame and sh.text_frame.text.strip()])
            for name, panel in panels.items()}


def _contact_lines(words: list[object]) -> float:
    lines = 0.0
    for shape in words:
        if not shape.name.endswith(" contact"):  # type: ignore[attr-defined]
            continue
        runs = [r for p in shape.text_frame.paragraphs for r in p.runs]  # type: ignore[attr-defined]
        size, font = runs[0].font.size.pt, runs[0].font.name
        text = shape.text_frame.text.replace("-", "- ")  # type: ignore[attr-defined]
        lines += count_lines(text, font, size, shape.width / 12700, True)  # type: ignore[attr-defined]
    return lines


def _check_slide(slide: Slide, where: str) -> None:
    cards = _cards(slide)
    assert cards, where
    rows: dict[int, set[int]] = {}
    for name, (panel, words) in cards.items():
        rows.setdefault(panel.top, set()).add(panel.height)  # type: ignore[attr-defined]
        assert words, (where, name)
        for shape in words:
            # Every word's box inside the card by 0.15 in on every side.
            assert shape.left - panel.left >= CLEAR, (where, shape.name)
            assert panel.left + panel.width - (shape.left + shape.width) >= CLEAR, \
                (where, shape.name)
            assert shape.top - panel.top >= CLEAR, (where, shape.name)
            assert panel.top + panel.height - (shape.top + shape.height) >= CLEAR, \
                (where, shape.name)
        assert _contact_lines(words) <= 2, (where, name,
                                            [w.text_frame.text for w in words])
    # The cards of a row one height.
    assert all(len(heights) == 1 for heights in rows.values()), (where, rows)


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4", "parents"])
def test_help_cards_keep_their_words_clear_of_the_edge(built_packs: Path,
                                                       audience: str) -> None:
    slides = list(_help_slides(_deck(built_packs, audience)))
    assert slides
    for n, slide in enumerate(slides, 1):
        _check_slide(slide, f"{audience} help slide {n}")


@pytest.mark.parametrize("audience", ["ks2", "parents"])
def test_a_schools_cards_keep_two_contact_lines_and_say_the_rest(
        brightpath_at_ashgrove: Path, audience: str) -> None:
    """Ashgrove's DSL card names the DSL's and the deputy's own numbers and the school
    office: the card shows the first two (the people's own lines first), the notes say the
    rest is on the handout."""
    slides = list(_help_slides(_deck(brightpath_at_ashgrove, audience)))
    assert slides
    for n, slide in enumerate(slides, 1):
        _check_slide(slide, f"brightpath {audience} help slide {n}")
    if audience == "parents":
        first = slides[0]
        shown = " ".join(sh.text_frame.text for sh in first.shapes if sh.has_text_frame)
        notes = first.notes_slide.notes_text_frame.text
        shown = shown.replace("\u00a0", " ")
        for number in ("01632 960419", "01632 960420"):  # the DSL's and the deputy's
            assert number in shown, number
        office = "01632 960418"
        assert office not in shown and office in notes.replace("\u00a0", " ")
        assert "Also on the handout" in notes
        # Read aloud: the role, then whose it is (never after the DSL's name, which made a
        # deputy's line sound like the DSL's).
        assert "Also on the handout: School office: 01632" in notes.replace("\u00a0", " ")


def test_a_contact_left_off_the_card_is_said_with_its_role_and_person(
        tmp_path: Path) -> None:
    """Riverside's card keeps the office and the DSL's email (in smaller type: a contact
    is kept before a point of type) and leaves the deputy's email to the notes as "Deputy,
    Mrs Joy Mensah: …", never "Mr Daniel Okafor: Deputy: …". (Oakfield's card, the example
    before, now stands two a row, and its deputy's direct line fits on it.)"""
    brand = ROOT / "examples/brands/riverside-academy/brand.yml"
    assert main(["build", "-a", "parents", "-f", "pptx", "-q", "--out", str(tmp_path),
                 "--brand", str(brand)]) == 0
    (deck,) = tmp_path.rglob("*-slides.pptx")
    said = [line for slide in Presentation(str(deck)).slides
            for line in slide.notes_slide.notes_text_frame.text.splitlines()
            if line.startswith("Also on the handout") and "Deputy" in line]
    assert said == ["Also on the handout: Deputy, Mrs Joy Mensah: "
                    "deputy.dsl@riverside-academy.example.org.uk."]


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_sort_cards_words_keep_clear_of_top_and_foot(built_packs: Path, audience: str) -> None:
    seen = 0
    for slide in Presentation(str(_deck(built_packs, audience))).slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        for name, panel in shapes.items():
            if not re.fullmatch(r"Task card \d+", name) or f"{name} picture" in shapes:
                continue
            words = shapes[f"{name} text"]
            if words.top >= panel.top and words.width > panel.width * 0.6:
                seen += 1
                assert words.top - panel.top >= Inches(0.1) - 1, name
                assert panel.top + panel.height - (words.top + words.height) >= Inches(0.1) - 1, \
                    name
    assert seen
