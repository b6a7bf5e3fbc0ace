"""The deck of one audience in the session's built packs (conftest's ``built_packs``), opened
for a test to read: one place for the folder and file naming the tests share."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.presentation import Presentation as Deck


def built_deck(built_packs: Path, audience: str) -> Deck:
    return Presentation(str(built_packs / f"live-streaming-{audience}" /
                            f"live-streaming-{audience}-slides.pptx"))


def shown(slides: object) -> list[object]:
    """The slides an audience sees: a hidden one (render/deck_before's "Before you teach"
    list, last) is never presented and numbers nothing the plan gives."""
    return [s for s in slides if s.element.get("show") not in ("0", "false")]  # type: ignore[attr-defined]
