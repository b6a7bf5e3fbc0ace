"""A refusal names a layout's text box too small for a lesson's text as too small.

LibreOffice's "typography" designs (lo-cft "typography-blue", CC0) set a title over most of
the slide and their "Title, Content" text box as a 0.3 in strip under it. The build refused
them (LP130: no "title and content layout") while listing 'Title, Content' [title, 1 text]
among the layouts it had: a contradiction to the trainer reading it. The listing now says
which text boxes are too small and how small. The template here is python-pptx's default
(MIT) left with one text layout whose box is such a strip.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from lessonpack.cli import main
from squeezed_template import saved


def test_a_strip_of_a_text_box_is_listed_as_too_small(tmp_path: Path) -> None:
    prs = Presentation()
    for layout in list(prs.slide_layouts):
        if layout.name != "Title and Content":
            prs.slide_layouts.remove(layout)
    body = next(ph for ph in prs.slide_layouts[0].placeholders
                if ph.placeholder_format.idx == 1)
    body.left, body.top, body.width, body.height = (Inches(0.5), Inches(6.5), Inches(9),
                                                     Inches(0.3))
    template = saved(prs, tmp_path / "strip.pptx")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1",
                     "--out", str(tmp_path / "out"), "--template", str(template)])
    said = err.getvalue()
    assert code == 1, said
    refusal = [line for line in said.splitlines() if "error[LP130]" in line]
    assert len(refusal) == 1, said
    assert "'Title and Content' [title, 1 text (1 too small: 9.0 x 0.3 in)]" in refusal[0]
