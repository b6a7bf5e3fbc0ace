"""Layouts set in vertical text ("Title and Vertical Text", "Vertical Title and Text", in
every PowerPoint default deck) serve an English lesson only where no layout can be made
from the template's title-only one.

A python-pptx default template (MIT) whose layouts' content areas lost their width (a script
moved the top of placeholders that inherit their box from the master: python-pptx then
writes a box 0 in wide, as this repository's own test templates did) has no usable text
layout, as Apache POI's "aptia" test deck has none. The build took "Vertical Title and
Text" for every lesson slide: titles and card text rotated a quarter turn, and `check` found
nothing to say. It now adds a "Title and Content (lessonpack)" layout made from "Title
Only", and says so.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.cli import main
from squeezed_template import saved


def _zero_width_template(folder: Path) -> Path:
    prs = Presentation()
    for master in prs.slide_masters:
        for tree in [master, *master.slide_layouts]:
            for ph in tree.placeholders:
                if ph.placeholder_format.idx == 1 and ph.height is not None \
                        and ph.height > Inches(3):
                    # Read before the write: a layout's inherited box is its master's, and
                    # python-pptx writes only the offset and height it is given.
                    ph.top, ph.height = ph.top + Inches(1.1), ph.height - Inches(1.1)
    return saved(prs, folder / "zero-width.pptx")


def _vertical(element) -> bool:  # type: ignore[no-untyped-def]
    return any(body.get("vert", "horz") != "horz" for body in element.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}bodyPr"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("vertical")
    template = _zero_width_template(folder)
    layouts = {lay.name: lay for lay in Presentation(str(template)).slide_layouts}
    # The template is what it says: no content area with width, vertical layouts intact.
    body = next(ph for ph in layouts["Title and Content"].placeholders
                if ph.placeholder_format.idx == 1)
    assert body.width == 0
    assert _vertical(layouts["Vertical Title and Text"].element)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1",
                     "--out", str(folder / "out"), "--template", str(template)])
    assert code == 0, err.getvalue()
    return folder / "out" / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx", \
        err.getvalue()


def test_no_lesson_slide_is_set_in_vertical_text(built: tuple[Path, str]) -> None:
    deck, _ = built
    prs = Presentation(str(deck))
    vertical = [(n, s.slide_layout.name) for n, s in enumerate(prs.slides, 1)
                if _vertical(s.slide_layout.element) or _vertical(s.shapes._spTree)]
    assert not vertical, vertical
    used = {s.slide_layout.name for s in prs.slides}
    assert "Title and Content (lessonpack)" in used, used


def test_the_build_says_which_layout_it_made(built: tuple[Path, str]) -> None:
    _, said = built
    assert "'Title and Content (lessonpack)' (derived from 'Title Only')" in said, said
