"""The live stream's comment bar always says what it is for.

On klee2's narrow stream (KS2 slide 8, KS4 slide 9) even "Comment…" did not fit beside the
likes and gifts, and the bar was an empty grey pill. The likes and gifts now sit closer to
their counts where that makes room for the prompt.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from squeezed_template import slides_on

KLEE2 = Path(__file__).resolve().parent / "fixtures" / "wild" / "klee2-libreoffice.pptx"


def _shapes(shapes):  # type: ignore[no-untyped-def]
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes)
        else:
            yield shape


def test_every_comment_bar_has_its_prompt(tmp_path: Path) -> None:
    deck = Presentation(str(slides_on(tmp_path, "ks2", KLEE2)))
    bars = [(number, shape.text_frame.text) for number, slide in enumerate(deck.slides, 1)
            for shape in _shapes(slide.shapes) if shape.name == "Comment box"]
    assert bars, "no live stream drawn"
    assert all(text in ("Add a comment…", "Comment…") for _n, text in bars), bars
