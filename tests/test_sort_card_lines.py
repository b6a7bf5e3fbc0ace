"""A sort card's words never leave one word alone on their last line ("Your keepy-uppies
are getting so / good!", "Nobody likes your videos. Just give / up."): a card that wraps so
is broken by hand where its lines come out even, a sentence's end preferred, and broken
again at the size the deck sets its cards at (deck_sizes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches, Pt

from built_decks import slides_file
from lessonpack.check.measure import count_lines
from lessonpack.render.deck_title_breaks import even_lines, reeven


def _last_line(text: str, font: str, size: float, width: float) -> list[str]:
    """The words on the last line of ``text`` (hand breaks as "\\v") as it wraps."""
    words = text.split("\v")[-1].split()
    lines = count_lines(" ".join(words), font, size, width)
    if lines < 2:
        return words
    cut = max(k for k in range(1, len(words))
              if count_lines(" ".join(words[:k]), font, size, width) == lines - 1)
    return words[cut:]


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4"])
def test_no_sort_card_ends_on_one_word(built_packs: Path, audience: str) -> None:
    deck = Presentation(str(built_packs / f"live-streaming-{audience}"
                            / slides_file(audience)))
    cards = broken = 0
    for slide in deck.slides:
        for shape in slide.shapes:
            card = shape.name.startswith(("Task card", "Answer card"))
            if not (card and shape.name.endswith(" text")):
                continue
            run = shape.text_frame.paragraphs[0].runs[0]
            text = shape.text_frame.text
            width = (shape.width - shape.text_frame.margin_left
                     - shape.text_frame.margin_right) / 12700
            cards += 1
            broken += "\v" in text
            if "\v" in text or count_lines(text, run.font.name, run.font.size.pt, width) > 1:
                assert len(_last_line(text, run.font.name, run.font.size.pt, width)) > 1, \
                    (audience, text)
    assert cards, audience
    if audience == "ks2":  # the comment sort's cards: four of them wrapped on one word
        assert broken >= 4, broken


def _card(width: float, text: str, size: int) -> object:
    """A text box ``width`` in wide holding ``text`` in Arial at ``size`` pt, evened."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(0, 0, Inches(width), Inches(1))
    box.text_frame.word_wrap = True
    box.text_frame.margin_left = box.text_frame.margin_right = 0
    run = box.text_frame.paragraphs[0].add_run()
    run.text = text
    run.font.name, run.font.size = "Arial", Pt(size)
    even_lines(box, "Arial", size)
    return box


@pytest.mark.parametrize(("width", "at_28", "at_20"), [
    (6.0, "Nobody likes your videos.\vJust give up.", "Nobody likes your videos. Just give up."),
    (4.2, "Nobody likes your videos. Just give up.", "Nobody likes your videos.\vJust give up."),
])
def test_a_card_is_evened_again_at_its_new_size(width: float, at_28: str, at_20: str) -> None:
    """Evened at 28 pt, set at 20 pt by deck_sizes: a break made for 28 pt goes where the
    words now fit a line, and one is made where 20 pt leaves a runt that 28 pt did not."""
    box = _card(width, "Nobody likes your videos. Just give up.", 28)
    assert box.text_frame.text == at_28  # type: ignore[attr-defined]
    for run in box.text_frame.paragraphs[0].runs:  # type: ignore[attr-defined]
        run.font.size = Pt(20)
    reeven(box.element)  # type: ignore[attr-defined]
    assert box.text_frame.text == at_20  # type: ignore[attr-defined]
