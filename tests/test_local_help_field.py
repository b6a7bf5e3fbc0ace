"""Families always get a route to their local children's services: a parents' pack built
from a file that names no local service prints a yellow field for the council's 24-hour
number on the handout and as a card on the help slides (listed by "Fill in first" and the
build note); a file's own local line takes its place."""

from __future__ import annotations

from pathlib import Path

import docx
from pptx import Presentation
from pptx.oxml.ns import qn

from example_looks import OAKFIELD
from lessonpack.api import load
from lessonpack.build.school_notes import local_help_note
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.plan.local_help import local_help_field, local_helplines, own_helplines

PARENTS = "live-streaming-parents"
FIELD = local_help_field().contact


def test_no_local_line_named_leaves_the_field_for_families_only() -> None:
    assert local_helplines(DEFAULT_BRAND, pupils=False) == [local_help_field()]
    assert local_helplines(DEFAULT_BRAND, pupils=True) == []
    # The brand's own lines alone (the letter home prints the field in their place itself).
    assert own_helplines(DEFAULT_BRAND, pupils=False) == []


def test_a_brands_own_local_help_fills_it() -> None:
    lines = local_helplines(OAKFIELD, pupils=False)
    assert local_help_field() not in lines
    assert any("Children's Services" in h.name for h in lines)


def test_the_build_note_asks_for_the_number_only_when_it_is_missing() -> None:
    items = load().items
    parents, ks2 = items[PARENTS].item, items["live-streaming-ks2"].item
    (line,) = local_help_note([ks2, parents], None)
    assert line.startswith(f"live-streaming-ks2, {PARENTS}: ") and FIELD in line
    assert "extra_helplines" in line
    # The letters home print the field as the handout does, and the note says so.
    assert "the letters home and the parents' handout and help slides" in line
    assert local_help_note([ks2, parents], DEFAULT_BRAND) == [line]
    (pupils,) = local_help_note([ks2], None)
    assert "letters home" in pupils and "handout" not in pupils
    assert local_help_note([parents], OAKFIELD) == []
    assert local_help_note([ks2], OAKFIELD) == []


def _docx_text(path: Path) -> str:
    """Every paragraph of the body, in tables nested in a box's cell too (the "Fill in
    first" checklist)."""
    body = docx.Document(str(path)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))


def test_the_default_parents_pack_prints_the_field(built_packs: Path) -> None:
    pack = built_packs / PARENTS
    assert FIELD in _docx_text(pack / f"{PARENTS}-handout.docx")
    (deck,) = pack.glob("*slides.pptx")
    # Slides set typographic apostrophes ("council’s").
    # Every run of each slide, in groups too; slides set typographic apostrophes and hold
    # "24-hour number" together with a no-break space.
    slides = [" ".join(t.text or "" for t in s.shapes._spTree.iter(qn("a:t")))
              .replace("\u2019", "'").replace("\xa0", " ") for s in Presentation(str(deck)).slides
              if any(sh.name.startswith("Help card") for sh in s.shapes)]
    # A card on the help slides too, whole: its name and what it is for above the field.
    (card,) = [t for t in slides if FIELD in t]
    assert "Local children's services" in card and "at risk of harm" in card
    # The facilitator's "Fill in first" box names the handout's help section.
    assert "Where to report and get help" in _docx_text(pack / f"{PARENTS}-facilitator-notes.docx")


def _letters_help(brand: object) -> dict[str, tuple[str, str]]:
    """Each pupil pack's letters (before and after), by file: the help box and the rest."""
    from lessonpack.content.model import Audience
    from lessonpack.plan.letter.home import plan_letters
    from lessonpack.plan.model import Paragraph
    from lessons import content_index, lesson_for
    from plan_strings import strings_in

    out = {}
    for audience in (Audience.KS1, Audience.KS2, Audience.KS3, Audience.KS4):
        dated = brand.model_copy(update={"lesson_date": "Wednesday 20 January 2027"})
        for letter in plan_letters(lesson_for(audience), content_index().facts, dated):
            (box,) = [b.text for b in letter.blocks
                      if isinstance(b, Paragraph) and b.label == "Where to get help:"]
            out[letter.filename] = (box, " ".join(strings_in(letter.blocks)))
    return out


def test_every_letter_gives_999_and_a_local_line_and_other_formats() -> None:
    """A family reads the letter, not the slides: every letter home, KS1 to KS4, before and
    after the lesson, says "In danger now: 999" and gives a local 24-hour route (the field
    where the file names none, as on the handout), and offers itself in another language,
    read aloud or explained."""
    unnamed = _letters_help(DEFAULT_BRAND)
    assert len(unnamed) == 8
    for name, (box, text) in unnamed.items():
        assert "In danger now: 999" in box, name
        assert f"Local children's services, {FIELD}" in box, name
        assert "this letter in another language, read aloud or explained? Ask us: [contact]." \
            in text, name
    for name, (box, text) in _letters_help(OAKFIELD).items():
        assert "In danger now: 999" in box and FIELD not in box, name
        assert "Northshire Children's Services" in box, name
        assert "another language, read aloud or explained? Ask us: 01632" in text, name
