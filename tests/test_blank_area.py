"""Slides that fill the projector: measured on what LibreOffice really draws.

Every default deck is rendered to PNG; on each slide the area from the foot of the title
down to the footer band is scanned for the lowest row holding any ink (a pixel that is not
the white slide background). A slide whose ink stops above the middle of that area leaves
more than half of it blank; at most 15 % of a deck's slides may. The title's foot and the
footer's top come from the deck itself (check.pptx_layout_rules, which measures the same
thing from the XML for ``lessonpack check``), so the two measures are compared too.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import need_libreoffice, need_tool
from lessonpack.check.pptx_layout_rules import MOSTLY_BLANK, blank_share
from lessonpack.check.pptx_shapes import open_deck

MAX_BLANK_SLIDES = 0.15
INK = 24  # a channel this far from white is ink (anti-aliasing and JPEG-like noise aside)


def _ink_reach(image: object, top: float, bottom: float) -> float:
    """Share of the rows from ``top`` to ``bottom`` (fractions of the height) that lie below
    the lowest ink, i.e. the blank share of the area."""
    from PIL import Image

    assert isinstance(image, Image.Image)
    rgb = image.convert("RGB")
    width, height = rgb.size
    first, last = int(top * height), int(bottom * height)
    lowest = first
    pixels = rgb.load()
    for y in range(last - 1, first - 1, -1):
        if any(min(pixels[x, y]) < 255 - INK for x in range(0, width, 2)):
            lowest = y + 1
            break
    return (last - lowest) / max(1, last - first)


def _render(decks: list[Path], out: Path) -> dict[str, list[Path]]:
    soffice = need_libreoffice()
    need_tool("pdftoppm", "poppler-utils")
    subprocess.run([soffice, "--headless", "--norestore",
                    f"-env:UserInstallation=file://{out}/profile", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, decks)], check=True, capture_output=True,
                   timeout=900)
    pages = {}
    for deck in decks:
        subprocess.run(["pdftoppm", "-png", "-r", "24", str(out / f"{deck.stem}.pdf"),
                        str(out / deck.stem)], check=True, timeout=300)
        pages[deck.name] = sorted(out.glob(f"{deck.stem}-*.png"),
                                  key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return pages


def test_rendered_decks_leave_few_slides_mostly_blank(built_packs: Path, tmp_path: Path
                                                       ) -> None:
    from PIL import Image

    decks = sorted(built_packs.rglob("*-slides.pptx"))
    assert len(decks) == 5
    pages = _render(decks, tmp_path)
    report = []
    for deck in decks:
        view = open_deck(deck, deck.name)
        # The PDF leaves hidden slides out: the pages are the shown slides.
        assert len(pages[deck.name]) == len(view.shown)
        height = view.size[1]
        blank = []
        for slide, png in zip(view.shown, pages[deck.name], strict=True):
            measured = blank_share(slide, view.size)
            if measured is None:
                continue
            _share, top, bottom = measured
            with Image.open(png) as image:
                rendered = _ink_reach(image, top / height, bottom / height)
            if rendered > MOSTLY_BLANK:
                blank.append(slide.number)
        report.append(f"{deck.name}: slides {blank} of {len(view.shown)} mostly blank")
        assert len(blank) <= MAX_BLANK_SLIDES * len(view.shown), "\n".join(report)


def test_ink_reach_measures_the_lowest_ink() -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (100, 100), "white")
    assert _ink_reach(image, 0.2, 0.9) == 1.0
    ImageDraw.Draw(image).rectangle((10, 30, 20, 54), fill="black")
    assert _ink_reach(image, 0.2, 0.9) == pytest.approx((90 - 55) / 70)
    ImageDraw.Draw(image).rectangle((10, 80, 20, 95), fill="black")
    assert _ink_reach(image, 0.2, 0.9) == 0.0
