"""The deck of one audience in the session's built packs (conftest's ``built_packs``), opened
for a test to read: one place for the folder and file naming the tests share."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.presentation import Presentation as Deck


def built_deck(built_packs: Path, audience: str) -> Deck:
    return Presentation(str(built_packs / f"live-streaming-{audience}" /
                            f"live-streaming-{audience}-slides.pptx"))
