"""The deck of one audience in the session's built packs (conftest's ``built_packs``), opened
for a test to read: one place for the folder and file naming the tests share."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.presentation import Presentation as Deck


def built_deck(built_packs: Path, audience: str) -> Deck:
    """The audience's deck in a build folder; the parents' deck in whichever version the
    build's phase gave it (a primary school's brand builds the primary one)."""
    folder = built_packs / f"live-streaming-{audience}"
    if audience == "parents":
        found = sorted(folder.glob("live-streaming-parents-*-slides.pptx"))
        assert len(found) == 1, found
        return Presentation(str(found[0]))
    return Presentation(str(folder / slides_file(audience)))


def shown(slides: object) -> list[object]:
    """The slides an audience sees: a hidden one (render/deck_before's "Before you teach"
    list, last) is never presented and numbers nothing the plan gives."""
    return [s for s in slides if s.element.get("show") not in ("0", "false")]  # type: ignore[attr-defined]


# The parents' deck's name says its version, as its cover does (plan/parents.deck_filename).
VERSION_WORDS = {"all": "all-through", "primary": "primary", "secondary": "secondary"}


def slides_file(audience: str, phase: str = "all") -> str:
    """"live-streaming-ks2-slides.pptx"; the parents' deck with its version:
    "live-streaming-parents-all-through-slides.pptx" (a brand's or school's ``phase``)."""
    version = f"-{VERSION_WORDS[phase]}" if audience == "parents" else ""
    return f"live-streaming-{audience}{version}-slides.pptx"
