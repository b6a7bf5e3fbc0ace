"""11-16s' checks show the story they ask about: the room the cycle opens on, as a still
beside the answer panels, on the question and on its reveal alike; never at the cost of a
reason sent to a slide of its own (the panels go full width instead)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation


def _deck(built: Path, audience: str) -> Any:
    return Presentation(str(next((built / f"live-streaming-{audience}").glob("*slides.pptx"))))


def _still(slide: Any) -> Any:
    return next((sh for sh in slide.shapes if sh.name == "Story scene"), None)


def _alt(group: Any) -> str:
    return str(group.element.nvGrpSpPr.cNvPr.get("descr"))


def _titled(deck: Any, title: str) -> Any:
    return next(s for s in deck.slides
                if s.shapes.title is not None and s.shapes.title.text == title)


def test_older_checks_show_the_room_of_their_story_beside_the_panels(built_packs: Path
                                                                        ) -> None:
    ks4 = _deck(built_packs, "ks4")
    for title in ("Tricked at sixteen", "Answer: Tricked at sixteen"):
        slide = _titled(ks4, title)
        still = _still(slide)
        assert still is not None, title
        # Ravi's room by day after the stream: the part's own scene, as its divider's.
        assert "Ravi's room after the stream" in _alt(still)
        # At the right of the panels, clear of them; the strip under both.
        panels = [sh for sh in slide.shapes if sh.name in (f"Answer {x} panel" for x in "ABC")]
        assert len(panels) == 3 and all(p.left + p.width <= still.left for p in panels)
        strip = next(sh for sh in slide.shapes if sh.name in (
            "How to answer panel", "Answer explanation panel"))
        assert strip.left + strip.width >= still.left + still.width - 914400 * 0.1
        assert strip.top >= still.top + still.height
    ks3 = _deck(built_packs, "ks3")
    assert "Kai's room at night" in _alt(_still(_titled(ks3, "The ‘going private’ tactic")))


def test_the_still_never_costs_a_slide(built_packs: Path) -> None:
    """Answers or a reason that would be set smaller beside the still lose the still, not
    their size or their place: no "Why A: …" slide in the default decks, and where a check
    has the still its answers are at 22 pt or more."""
    for audience in ("ks3", "ks4"):
        deck = _deck(built_packs, audience)
        titles = [s.shapes.title.text for s in deck.slides if s.shapes.title is not None]
        assert not any(t.startswith("Why ") for t in titles), audience
        for slide in deck.slides:
            if _still(slide) is not None and any(sh.name == "Answer A" for sh in slide.shapes):
                words = next(sh for sh in slide.shapes if sh.name == "Answer A")
                assert min(r.font.size.pt for p in words.text_frame.paragraphs
                           for r in p.runs if r.font.size) >= 22
        # The question and its reveal alike: both have the still or neither.
        for t in titles:
            if t.startswith("Answer: ") and f"{t[8:]}" in titles:
                assert (_still(_titled(deck, t)) is None) == (
                    _still(_titled(deck, t[8:])) is None), t
