"""The deck of one audience in the session's built packs (conftest's ``built_packs``), opened
for a test to read: one place for the folder and file naming the tests share."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.presentation import Presentation as Deck

# The default look's Key Stage 2 pack that does every part of the lesson (the whole sheet,
# the whole exit quiz): with no class named the build makes one pack a route
# (build/run._per_class), and this route's is the one tests of the whole lesson open.
KS2_WHOLE = "live-streaming-ks2-years-5-6"


def whole_lesson(lesson: Any) -> Any:
    """``lesson`` (a content Lesson) as the default look's ``KS2_WHOLE`` pack teaches it: with
    its Years 5–6 route's own Parts (``route_cycles``) in their places, as that pack's slides,
    sheet and plan have them; another lesson as it is."""
    from lessonpack.content.routes import Years
    from lessonpack.plan.class_fit import with_route_cycles

    if not getattr(lesson, "route_cycles", None):  # a parents' session has none
        return lesson
    return with_route_cycles(lesson, Years(5, 6))


def whole_cycles(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """A lesson file's ``cycles`` as read by yaml, with the Years 5–6 route's own Parts in
    their places (``whole_lesson`` for the file as written)."""
    cycles = list(raw["cycles"])
    for part in raw.get("route_cycles", []):
        if part["years"] == "5-6":
            cycles[part["replaces"] - 1] = part
    return cycles


def whole_ks2(build: Path, what: str) -> Path:
    """A file of the default look's Years 5–6 pack (``KS2_WHOLE``) in a build: ``what`` is
    its name after the pack's ("slides.pptx")."""
    return build / KS2_WHOLE / f"{KS2_WHOLE}-{what}"


def pack_folders(build: Path, audience: str) -> list[Path]:
    """Every pack folder of one audience in a build: "live-streaming-ks2", or one per class
    where the brand names two classes of the key stage ("live-streaming-ks2-year-4",
    "live-streaming-ks2-year-6": plan/school_classes.class_folder), or one per route where
    it names none ("live-streaming-ks2-years-3-4"), lowest year first."""
    base = f"live-streaming-{audience}"
    years = {p: re.fullmatch(rf"{base}-years?-(\d+)(-.+)?", p.name) for p in build.iterdir()
             if p.is_dir()}
    found = [p for p, year in years.items() if p.name == base or year]
    return sorted(found, key=lambda p: (int(years[p][1]) if years[p] else 0, p.name))


def pack_folder(build: Path, audience: str, year: int | None = None) -> Path:
    """This audience's pack folder in a build: its only one; where each class has its own,
    that year's (``year``) or else the lowest year's (Year 4 before Year 6); where each route
    has its own (no class named), the route covering ``year``, or else the route that does
    every part and question (``KS2_WHOLE``: what a test of the whole lesson opens)."""
    folders = pack_folders(build, audience)
    assert folders, f"no live-streaming-{audience} pack in {build}"
    routes = {f: re.fullmatch(r".*-years-(\d+)-(\d+)", f.name) for f in folders}
    if year is None or len(folders) == 1:  # one pack: whatever the year, it is the one
        whole = [f for f in folders if f.name == KS2_WHOLE]
        return whole[0] if whole else folders[0]
    (folder,) = [f for f in folders if re.search(rf"-year-{year}(-|$)", f.name)
                 or (routes[f] and int(routes[f][1]) <= year <= int(routes[f][2]))]
    return folder


def pack_file(build: Path, audience: str, what: str, year: int | None = None) -> Path:
    """One file of this audience's pack in a build: ``what`` is its name after the pack's
    ("slides.pptx", "letter-home.docx"): a class's or route's files are named as its folder
    is ("live-streaming-ks2-year-6-slides.pptx")."""
    folder = pack_folder(build, audience, year)
    return folder / f"{folder.name}-{what}"


def slides_path(build: Path, audience: str, phase: str = "all", year: int | None = None
                ) -> Path:
    """The audience's deck in a build (``pack_folder``'s pack): the parents' deck in the
    version of ``phase`` (a brand's or school's), a lesson's named as its folder is."""
    if audience == "parents":
        return pack_folder(build, audience) / slides_file(audience, phase)
    return pack_file(build, audience, "slides.pptx", year)


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
