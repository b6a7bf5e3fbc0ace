"""Every help slide's line above its cards, and every card's name, is on the slide in every
trainer's template.

A template whose card layout is a title and one text area with no heading placeholder
(klee2, re-saved by LibreOffice) had no place for the line above the help cards, and the
build left it off without a word: the parents' "Day or night: Samaritans 116 123 · Shout:
text SHOUT to 85258" (on no other slide of that deck), "Start with the school...", the
pupils' "You can talk to any of these...". Each deck is reopened and each help slide's
words compared with the slide the planner made, found by its title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.pack import plan_pack

pytestmark = pytest.mark.integration

WILD = Path(__file__).parent / "fixtures" / "wild"
TEMPLATES = sorted(p.stem for p in WILD.glob("*.pptx"))
AUDIENCES = ("parents", "ks2", "ks4")


def _words(text: str) -> list[str]:
    """Words as a reader compares them: no-break spaces and curly quotes as plain ones, the
    punctuation around a word left off (a line may wrap or end differently)."""
    plain = text.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2060", "")
    return [w for w in (word.strip(".,:;()·") for word in plain.split()) if w]


@pytest.fixture(scope="module")
def planned() -> dict[str, dict[str, SignpostingSlide]]:
    """Each audience's help slides as planned, by title."""
    index = load()
    slides: dict[str, dict[str, SignpostingSlide]] = {}
    for audience in AUDIENCES:
        pack = plan_pack(index.items[f"live-streaming-{audience}"].item, index.facts,
                         DEFAULT_BRAND)
        slides[audience] = {slide.title: slide.payload for deck in pack.decks
                            for slide in deck.slides
                            if isinstance(slide.payload, SignpostingSlide)}
    return slides


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_help_slide_keeps_its_line_and_names(
        template: str, audience: str, planned: dict[str, dict[str, SignpostingSlide]],
        tmp_path: Path) -> None:
    assert main(["build", "-a", audience, "-f", "pptx", "--out", str(tmp_path), "-q", "-j", "1",
                 "--template", str(WILD / f"{template}.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.glob(f"live-streaming-{audience}/*-slides.pptx"))))
    seen = 0
    for number, slide in enumerate(deck.slides, 1):
        title = slide.shapes.title
        payload = planned[audience].get(title.text_frame.text if title is not None else "")
        if payload is None:
            continue
        shown = set(_words(" ".join(sh.text_frame.text for sh in slide.shapes
                                    if sh.has_text_frame)))
        wanted = [payload.intro, *(sign.name for sign in payload.signposts)]
        lost = [word for line in wanted for word in _words(line) if word not in shown]
        assert not lost, (number, title.text_frame.text if title is not None else "", lost)
        seen += 1
    assert seen == len(planned[audience])  # every help slide was found by its title
