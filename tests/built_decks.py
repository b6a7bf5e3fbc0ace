"""The deck of one audience in the session's built packs (conftest's ``built_packs``), opened
for a test to read: one place for the folder and file naming the tests share."""

from __future__ import annotations

import re
from pathlib import Path

from pptx import Presentation
from pptx.presentation import Presentation as Deck


def pack_folders(build: Path, audience: str) -> list[Path]:
    """Every pack folder of one audience in a build: "live-streaming-ks2", or one per class
    where the brand names two classes of the key stage ("live-streaming-ks2-year-4",
    "live-streaming-ks2-year-6": plan/school_classes.class_folder), lowest year first."""
    base = f"live-streaming-{audience}"
    years = {p: re.fullmatch(rf"{base}-year-(\d+)(-.+)?", p.name) for p in build.iterdir()
             if p.is_dir()}
    found = [p for p, year in years.items() if p.name == base or year]
    return sorted(found, key=lambda p: (int(years[p][1]) if years[p] else 0, p.name))


def pack_folder(build: Path, audience: str, year: int | None = None) -> Path:
    """This audience's pack folder in a build: its only one, or where each class has its
    own, that year's (``year``) or else the lowest year's (Year 4 before Year 6)."""
    folders = pack_folders(build, audience)
    assert folders, f"no live-streaming-{audience} pack in {build}"
    if year is None:
        return folders[0]
    (folder,) = [f for f in folders if re.search(rf"-year-{year}(-|$)", f.name)]
    return folder


def pack_file(build: Path, audience: str, what: str, year: int | None = None) -> Path:
    """One file of this audience's pack in a build: ``what`` is its name after the pack's
    ("slides.pptx", "letter-home.docx"): a class's files are named as its folder is
    ("live-streaming-ks2-year-6-slides.pptx")."""
    folder = pack_folder(build, audience, year)
    return folder / f"{folder.name}-{what}"


def built_deck(built_packs: Path, audience: str) -> Deck:
    """The audience's deck in a build folder; the parents' deck in whichever version the
    build's phase gave it (a primary school's brand builds the primary one)."""
    folder = pack_folder(built_packs, audience)
    if audience == "parents":
        found = sorted(folder.glob("live-streaming-parents-*-slides.pptx"))
        assert len(found) == 1, found
        return Presentation(str(found[0]))
    return Presentation(str(folder / f"{folder.name}-slides.pptx"))


def shown(slides: object) -> list[object]:
    """The slides an audience sees: a hidden one (render/deck_before's "Before you teach"
    list, last) is never presented and numbers nothing the plan gives."""
    return [s for s in slides if s.element.get("show") not in ("0", "false")]  # type: ignore[attr-defined]


# The parents' deck's name says its version, as its cover does
# (plan/parents/workshop.deck_filename).
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
