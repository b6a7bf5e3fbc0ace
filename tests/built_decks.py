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


def stream_bubbles(deck: Path) -> list[tuple[int, object, list]]:
    """Each mock live stream in a deck: its slide number, its group and its comment
    bubbles ("Comment 1", "Comment 2", … in the stream's group), in slide order."""
    found = []
    for n, slide in enumerate(Presentation(str(deck)).slides, 1):
        for group in slide.shapes:
            if group.name != "Mock live stream":
                continue
            bubbles = [sh for sh in group.shapes if sh.name.startswith("Comment ")
                       and sh.name.removeprefix("Comment ").isdigit()]
            found.append((n, group, bubbles))
    return found


def small_area_template(folder: Path) -> Path:
    """Our own deck template with its bullets' body cut to 3 x 0.6 in (room for a line or
    two at 18 pt): a trainer's template too small for what a slide holds."""
    from pptx.util import Inches

    root = Path(__file__).resolve().parents[1]
    deck = Presentation(str(root / "templates" / "deck.pptx"))
    bullets = next(layout for layout in deck.slide_layouts if layout.name == "LP Bullets")
    body = next(ph for ph in bullets.placeholders if ph.placeholder_format.idx == 1)
    body.width, body.height = Inches(3), Inches(0.6)
    path = folder / "small.pptx"
    deck.save(str(path))
    return path
