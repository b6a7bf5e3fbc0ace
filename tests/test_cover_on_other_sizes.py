"""The cover's pictures on a trainer's template whose title layout is named like ours ("LP
Title") but whose slide is another size: KS1's two characters and the other ages' disc stay
on the slide, over the layout's stream window, and clear of the title's words. Placed in
absolute inches for our 13.333 in slide, KS1's second character ran 2.8 in off a 4:3 slide
10 in wide. Google Slides' 10 x 5.625 in is scaled up to widescreen before the deck is built
(render/deck_resize.py), so its cover must come out as ours does."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.cli import main
from lessonpack.render.deck_cover_art import OUR_SLIDE, OUR_WINDOW

ROOT = Path(__file__).resolve().parents[1]


def _resized_template(folder: Path, width: float, height: float) -> Path:
    """Our own deck template on a slide ``width`` x ``height`` in, every shape of its master
    and layouts kept in proportion (their names kept: layouts are found by name)."""
    deck = Presentation(str(ROOT / "templates" / "deck.pptx"))
    kx, ky = Inches(width) / deck.slide_width, Inches(height) / deck.slide_height
    deck.slide_width, deck.slide_height = Inches(width), Inches(height)
    for owner in (deck.slide_master, *deck.slide_layouts):
        for shape in owner.shapes:
            if shape.left is None:
                continue
            shape.left, shape.width = round(shape.left * kx), round(shape.width * kx)
            shape.top, shape.height = round(shape.top * ky), round(shape.height * ky)
    path = folder / f"ours-{width}x{height}.pptx"
    deck.save(str(path))
    return path


@pytest.fixture(scope="module", params=[(10, 7.5), (10, 5.625)], ids=["4x3", "google"])
def covers(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Each audience's cover slide built on the resized template, and the deck."""
    out = tmp_path_factory.mktemp("covers")
    template = _resized_template(out, *request.param)
    assert main(["build", "-a", "ks1", "-a", "ks2", "-f", "pptx", "-j", "1", "--quiet",
                 "--out", str(out / "packs"), "--template", str(template)]) == 0
    found = {}
    for audience in ("ks1", "ks2"):
        deck = Presentation(str(next((out / "packs").glob(f"*{audience}*/*-slides.pptx"))))
        found[audience] = deck
    return found


def _box(shape: object) -> tuple[int, int, int, int]:
    return (int(shape.left), int(shape.top), int(shape.width), int(shape.height))  # type: ignore[attr-defined]


def _art(deck: object) -> tuple[object, list[tuple[int, int, int, int]]]:
    cover = deck.slides[0]  # type: ignore[attr-defined]
    assert cover.slide_layout.name == "LP Title"
    pictures = [_box(sh) for sh in cover.shapes if sh.name.startswith("Picture")]
    assert pictures
    return cover, pictures


def _on_slide(deck: object, box: tuple[int, int, int, int]) -> bool:
    x, y, w, h = box
    return (x >= 0 and y >= 0 and x + w <= deck.slide_width  # type: ignore[attr-defined]
            and y + h <= deck.slide_height)  # type: ignore[attr-defined]


@pytest.mark.parametrize("audience", ["ks1", "ks2"])
def test_the_covers_pictures_stay_on_the_slide_over_the_window(covers: dict,
                                                               audience: str) -> None:
    deck = covers[audience]
    cover, pictures = _art(deck)
    window = next(sh for sh in cover.slide_layout.shapes if sh.name == "Stream window")
    wx, wy, ww, wh = _box(window)
    for box in pictures:
        assert _on_slide(deck, box), (audience, box, deck.slide_width)
        x, y, w, h = box
        assert wx <= x + w // 2 <= wx + ww and wy <= y + h // 2 <= wy + wh, (box, _box(window))


def test_ks1s_characters_are_clear_of_the_words_and_of_each_other(covers: dict) -> None:
    cover, pictures = _art(covers["ks1"])
    assert len(pictures) == 2
    (x1, _y1, side1, _h1), (x2, _y2, side2, _h2) = sorted(pictures)
    assert side1 == side2
    assert x2 - x1 >= 0.9 * side1  # side by side: at most a tenth overlapping
    words = [_box(ph) for ph in cover.placeholders if ph.text_frame.text.strip()
             and ph.placeholder_format.type in (3, 4)]  # the title and the line under it
    assert len(words) == 2
    for x, _y, w, _h in words:
        assert x + w <= x1, (x + w, x1)


def test_our_title_layout_is_what_the_cover_places_against() -> None:
    """The cover's pictures are placed as on our title layout: its size and window are
    written down in deck_cover_art, and must be the template's."""
    deck = Presentation(str(ROOT / "templates" / "deck.pptx"))
    assert (deck.slide_width, deck.slide_height) == OUR_SLIDE
    title = next(layout for layout in deck.slide_layouts if layout.name == "LP Title")
    window = next(sh for sh in title.shapes if sh.name == "Stream window")
    assert _box(window) == OUR_WINDOW
