"""A template whose theme font the machine lacks (shana/talks "pixelscamp": Yanone Kaffeesatz)
is drawn in the renderer's fallback, here DejaVu Sans, wider than the estimate text is
measured by: the live stream's "48 watching" wrapped in its fixed 1.8 in pill and was cut.
The pill is now as wide as its words need in the fallback too. The template is python-pptx's
default deck with its theme fonts set to a family no machine has, made in the test."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.check.measure import FALLBACK_FAMILY, drawn_width, font_path, text_width
from lessonpack.cli import main
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_drawings import pill_width

MISSING = "Nowhere Condensed Display"


def test_a_missing_font_is_measured_at_least_as_wide_as_its_fallback() -> None:
    assert font_path(MISSING, True) is None
    text = "48 watching"
    assert drawn_width(text, MISSING, 18, True) >= text_width(text, MISSING, 18, True)
    if font_path(FALLBACK_FAMILY, True) is not None:
        assert drawn_width(text, MISSING, 18, True) >= text_width(text, FALLBACK_FAMILY, 18,
                                                                  True)
    # A font the machine has (or its metric twin) is measured as itself.
    assert drawn_width(text, "Liberation Sans", 18, True) == \
        text_width(text, "Liberation Sans", 18, True)


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("missing-font")
    plain = folder / "plain.pptx"
    Presentation().save(str(plain))
    template = folder / "missing-font.pptx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(template, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("ppt/theme/theme"):
                data = re.sub(rb'(<a:(?:major|minor)Font><a:latin typeface=")[^"]*"',
                              b'\\g<1>' + MISSING.encode() + b'"', data)
            dst.writestr(item, data)
    out = folder / "out"
    assert main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(template)]) == 0
    return out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"


def _viewer_pills(deck: Path) -> list[tuple[int, str, int, int]]:
    found = []

    def walk(number: int, shapes) -> None:  # type: ignore[no-untyped-def]
        for shape in shapes:
            if shape.name == "Viewer count":
                found.append((number, shape.text_frame.text, shape.width, shape.height))
            walk(number, getattr(shape, "shapes", ()))

    for number, slide in enumerate(Presentation(str(deck)).slides, 1):
        walk(number, slide.shapes)
    return found


def test_the_viewer_count_pill_holds_its_words_in_the_fallback(deck: Path) -> None:
    pills = _viewer_pills(deck)
    assert len(pills) >= 3, pills
    for number, text, width, height in pills:
        ends = height / 2 * 0.29289
        room = (width - 2 * ends) / EMU_PT
        assert drawn_width(text, MISSING, 18, True) <= room, (number, text)
        assert width >= pill_width(text, MISSING, 18, height), (number, text)
