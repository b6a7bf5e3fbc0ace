"""One body font a deck on a trainer's LibreOffice template.

lo-cft-hexagons keeps its placeholders' look on their sample text, in DejaVu Sans Light (its
theme's body font is Arial). That look was copied onto the slide's placeholder face and all,
so KS4's "Remember" slide, the one slide whose words sat in the layout's text
placeholder, was in thin strokes beside Arial on every card. The
placeholder's face is now the deck's body font: every word lessonpack sets, but the titles
(the template's heading face) and the footers, resolves to one font.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pptx import Presentation

from lessonpack.check.pptx_shapes import FOOTER_TYPES, TITLE_TYPES, open_deck
from lessonpack.check.pptx_text import text_frame
from squeezed_template import built_on

WILD = Path(__file__).resolve().parent / "fixtures" / "wild"


def test_body_words_are_in_one_font(tmp_path: Path) -> None:
    deck = built_on(tmp_path, "ks4", WILD / "lo-cft-hexagons.pptx") \
        / "live-streaming-ks4-slides.pptx"
    faces: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for view in open_deck(deck, "hexagons").slides:
        for item in view.items:
            if item.tag != "sp" or (item.ph is not None and item.ph.type in (
                    *TITLE_TYPES, *FOOTER_TYPES)):
                continue
            frame = text_frame(item, view)
            for para in frame.paras if frame is not None else ():
                for run in para.runs:
                    if run.text.strip():
                        faces[run.font].append((view.number, item.name))
    assert set(faces) == {"Arial"}, {face: where[:4] for face, where in faces.items()}
    # The slide the reader saw it on is among them, in its text placeholder.
    remember = next(n for n, s in enumerate(Presentation(str(deck)).slides, 1)
                    if s.shapes.title is not None and s.shapes.title.text_frame.text == "Remember")
    assert (remember, "Content Placeholder 2") in faces["Arial"]
