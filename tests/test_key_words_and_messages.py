"""Readers' key-word cards (one a row, the meaning left-aligned in a few lines) and the
closing "Remember" messages (a bold lead, the rest regular), read back from the built decks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide

from built_decks import built_deck, shown
from lessonpack.check.measure import count_lines
from lessonpack.kinds.key_messages import KeyMessagesSlide

READERS = ("ks2", "ks3", "ks4")


def _titled(slides: list[Slide], *titles: str) -> list[Slide]:
    return [s for s in slides if s.shapes.title is not None
            and s.shapes.title.text_frame.text in titles]


@pytest.mark.parametrize("audience", READERS)
def test_key_word_meanings_are_left_aligned_in_four_lines_at_one_size(
        built_packs: Path, audience: str) -> None:
    slides = _titled(shown(built_deck(built_packs, audience).slides),
                     "Key words", "More key words")
    assert slides, audience
    for slide in slides:
        texts = [sh for sh in slide.shapes if sh.name.startswith("Card ")
                 and sh.name.endswith(" text")]
        assert len(texts) >= 2, audience
        sizes = set()
        for shape in texts:
            (para,) = shape.text_frame.paragraphs
            assert para.alignment == PP_ALIGN.LEFT, (audience, shape.name)
            size = para.runs[0].font.size.pt
            sizes.add(size)
            lines = count_lines(para.text, "Arial", size, shape.width / 12700)
            assert lines <= 4, (audience, shape.name, lines)
        assert len(sizes) == 1, (audience, sizes)


def _weights(paragraph: object) -> list[str | None]:
    return [r.find(qn("a:rPr")).get("b") if r.find(qn("a:rPr")) is not None else None
            for r in paragraph._p.findall(qn("a:r"))]  # type: ignore[attr-defined]


@pytest.mark.parametrize("audience", READERS)
def test_remember_messages_lead_in_bold_and_go_on_regular(
        built_packs: Path, audience: str) -> None:
    (slide,) = _titled(shown(built_deck(built_packs, audience).slides), "Remember")
    body = next(sh for sh in slide.placeholders if sh.placeholder_format.idx == 1)
    paragraphs = [p for p in body.text_frame.paragraphs if p.text.strip()]
    assert len(paragraphs) >= 3
    for para in paragraphs:
        lead, rest = (r.text for r in para.runs)
        assert _weights(para) == ["1", "0"], para.text
        assert lead.rstrip().endswith((".", ":", ",")) and rest.strip(), para.text


def test_a_lead_ends_at_the_first_full_stop_or_colon_of_a_phrase() -> None:
    messages = ("Get help any time: call 0800 1111.", "Visit ceop.police.uk. Report it.",
                "Watch for the tactics, not a type of person.")
    slide = KeyMessagesSlide.led(messages)
    assert slide.bullets == messages
    # The third has no full stop or colon: a panel with one unled line leads none.
    assert slide.leads == ("", "", "")
    assert KeyMessagesSlide.led(messages, clause=True).leads == (
        "Get help any time:", "Visit ceop.police.uk.", "Watch for the tactics,")


def test_timeline_takeaways_keep_clear_of_their_outline(built_packs: Path) -> None:
    slides = [s for s in shown(built_deck(built_packs, "ks4").slides)
              if any(sh.name == "Timeline arrow" for sh in s.shapes)]
    assert slides
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        cards = [name for name in shapes if name.startswith("Stage ")
                 and name.endswith(" help")]
        assert cards
        for name in cards:
            card, words = shapes[name], shapes[f"{name} text"]
            # Words at least a fifth of an inch inside the outline on each side.
            assert words.left - card.left >= 0.19 * 914400, name
            assert card.left + card.width - words.left - words.width >= 0.19 * 914400, name
