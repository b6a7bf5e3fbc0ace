"""Every quiz check of an 11-16s' deck sets its three answers as cards side by side (the
letter above the words), at one size a deck, with no picture beside them: rows one under
another read as a form's fields, and a small room still beside them said nothing about the
question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation


def _deck(built: Path, audience: str) -> Any:
    return Presentation(str(next((built / f"live-streaming-{audience}").glob("*slides.pptx"))))


def _checks(deck: Any) -> list[tuple[int, Any]]:
    """The deck's slides with three lettered answer panels (questions and reveals)."""
    return [(n, slide) for n, slide in enumerate(deck.slides, 1)
            if {sh.name for sh in slide.shapes} >= {f"Answer {x} panel" for x in "ABC"}]


def _named(slide: Any, name: str) -> Any:
    return next(sh for sh in slide.shapes if sh.name == name)


def _answer_sizes(slide: Any) -> set[float]:
    return {r.font.size.pt for x in "ABC"
            for p in _named(slide, f"Answer {x}").text_frame.paragraphs
            for r in p.runs if r.font.size is not None}


def _assert_cards(deck: Any, label: str) -> None:
    checks = _checks(deck)
    assert len(checks) >= 6, label
    sizes: set[float] = set()
    for n, slide in checks:
        panels = [_named(slide, f"Answer {x} panel") for x in "ABC"]
        # Side by side: one top, left to right, none under another.
        assert len({p.top for p in panels}) == 1, (label, n)
        assert panels[0].left < panels[1].left < panels[2].left, (label, n)
        # The letter above its words, inside its card.
        for x, panel in zip("ABC", panels, strict=True):
            letter, words = _named(slide, f"Answer {x} letter"), _named(slide, f"Answer {x}")
            assert letter.top + letter.height <= words.top, (label, n, x)
            assert panel.left <= words.left and words.left + words.width <= (
                panel.left + panel.width), (label, n, x)
        assert not any(sh.name == "Story scene" for sh in slide.shapes), (label, n)
        sizes |= _answer_sizes(slide)
    assert len(sizes) == 1 and min(sizes) >= 20, (label, sizes)


def test_older_classes_checks_are_cards_at_one_size(built_packs: Path) -> None:
    for audience in ("ks3", "ks4"):
        _assert_cards(_deck(built_packs, audience), audience)

