"""Every help card on every trainer's template says what its service is for.

The help slides had dropped a different safeguarding line on each template (CEOP's "Report
online grooming..." on one, the safeguarding lead's "They keep you safe..." on another,
Report Remove's "what it is for" on a third): the fitter cut words before it tried a
smaller icon, a tighter card or smaller type. Each deck is reopened and each card's drawn
words compared with the card the planner made.
"""

from __future__ import annotations

import re
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
    punctuation around a word left off (a card's line may wrap or end differently)."""
    plain = text.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2060", "")
    return [w for w in (word.strip(".,:;()") for word in plain.split()) if w]


@pytest.fixture(scope="module")
def planned() -> dict[str, dict[str, str]]:
    """Each audience's help cards as planned: name to what the card says it is for."""
    index = load()
    cards: dict[str, dict[str, str]] = {}
    for audience in AUDIENCES:
        pack = plan_pack(index.items[f"live-streaming-{audience}"].item, index.facts,
                         DEFAULT_BRAND)
        cards[audience] = {" ".join(_words(sign.name)): sign.blurb
                           for deck in pack.decks for slide in deck.slides
                           if isinstance(slide.payload, SignpostingSlide)
                           for sign in slide.payload.signposts}
    return cards


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_help_card_keeps_what_it_is_for(template: str, audience: str,
                                              planned: dict[str, dict[str, str]],
                                              tmp_path: Path) -> None:
    assert main(["build", "-a", audience, "-f", "pptx", "--out", str(tmp_path), "-q", "-j", "1",
                 "--template", str(WILD / f"{template}.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.glob(f"live-streaming-{audience}/*-slides.pptx"))))
    seen = 0
    for number, slide in enumerate(deck.slides, 1):
        names = {sh.name.removesuffix(" heading"): sh.text_frame.text for sh in slide.shapes
                 if re.fullmatch(r"Help card \d+ heading", sh.name)}
        for card, heading in names.items():
            said = " ".join(sh.text_frame.text for sh in slide.shapes
                            if sh.name in {f"{card} text", f"{card} contact"})
            blurb = planned[audience][" ".join(_words(heading))]
            lost = [word for word in _words(blurb) if word not in set(_words(said))]
            assert not lost, (number, heading, lost)
            seen += 1
    assert seen >= 4  # the help slides were found
