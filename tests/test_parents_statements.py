"""A parents' part that comes down to one idea opens on it: the sentence set large as the
slide's title on the section layout (the pupils' cycles open the same way), its picture on a
disc, and the part's points after it without the sentence again. Built for real and read
back, in the default look and on the trainer's template."""

from __future__ import annotations

from pathlib import Path

import pytest

from built_decks import built_deck
from lessonpack.api import load


def _statements() -> dict[str, str]:
    session = load().items["live-streaming-parents"].item
    return {s.title: s.statement for s in session.sections if s.statement}


A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _plain(text: str) -> str:
    """Text as written in the content: a title's line breaks as spaces, its typographic
    apostrophes straight."""
    return " ".join(text.replace("\v", " ").split()).replace("\u2019", "'")


def _title_pt(slide: object) -> float:
    """The title's smallest size as drawn: its runs' own, else its list style's, its
    layout title's, or the master's title style."""
    title = slide.shapes.title  # type: ignore[attr-defined]
    own = [r.font.size.pt for p in title.text_frame.paragraphs for r in p.runs if r.font.size]
    if own:
        return min(own)
    layout = slide.slide_layout  # type: ignore[attr-defined]
    held = layout.placeholders.get(idx=0)
    styles = [title.element.find(f".//{A}lstStyle"),
              held.element.find(f".//{A}lstStyle") if held is not None else None,
              layout.slide_master.element.find(f".//{P}titleStyle")]
    for style in styles:
        found = style.find(f"{A}lvl1pPr/{A}defRPr[@sz]") if style is not None else None
        if found is not None:
            return int(found.get("sz")) / 100
    return 0.0


@pytest.mark.parametrize("look", ["default", "brightpath"])
def test_a_parts_one_idea_opens_it_large_with_its_picture(
        built_packs: Path, brightpath_at_ashgrove: Path, look: str) -> None:
    deck = built_deck(built_packs if look == "default" else brightpath_at_ashgrove, "parents")
    statements = _statements()
    assert len(statements) >= 3
    slides = list(deck.slides)
    opened = 0
    for n, slide in enumerate(slides):
        title = _plain(slide.shapes.title.text_frame.text)
        part = next((t for t, s in statements.items() if s == title), None)
        if part is None:
            continue
        opened += 1
        # A big statement: larger than the title of the points slide after it, with a
        # picture, and nothing else to read but its kicker.
        after = slides[n + 1]
        assert _title_pt(slide) > _title_pt(after), title
        assert any(sh.shape_type == 13 or sh.name.endswith("picture")
                   for sh in slide.shapes), title  # 13: a picture
        # The next slide is the part's points, titled with the part's name, and does not
        # say the statement again.
        assert part in after.shapes.title.text_frame.text.replace("\v", " ")
        words = _plain(" ".join(sh.text_frame.text for sh in after.shapes
                                if sh.has_text_frame))
        assert title not in words
    assert opened == len(statements)
