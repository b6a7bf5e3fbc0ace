"""The 7-11s' ground rules keep their icons on a cramped 4:3 template.

On coreoz-ppt-templates (10 x 7.5 in) the six rules are two columns of wide cards, an icon
left of each rule. One rule ("We talk about the characters, not about ourselves or people we
know.") needs four lines beside its icon, a point more than an equal row holds, so every
card lost its icon, though the other rules had lines to spare. The rows now share the
height by need: the long rule's row taller, every icon kept, every rule inside its card.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from lessonpack.check.measure import MIN_SLIDE_PT
from lessonpack.cli import main

TEMPLATE = Path("tests/fixtures/wild/coreoz-ppt-templates.pptx")


def test_ks2_ground_rules_keep_six_icons_on_a_4_3_template(tmp_path: Path) -> None:
    code = main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(tmp_path), "--template", str(TEMPLATE)])
    assert code == 0
    deck = Presentation(str(tmp_path / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"))
    slide = deck.slides[1]
    assert slide.shapes.title is not None and slide.shapes.title.text == "Our ground rules"
    shapes = {shape.name: shape for shape in slide.shapes}
    cards = [shapes[f"Card {n}"] for n in range(1, 7)]
    pictures = [shapes.get(f"Card {n} picture") for n in range(1, 7)]
    assert all(p is not None and p.shape_type == MSO_SHAPE_TYPE.PICTURE for p in pictures)
    words = [shapes[f"Card {n} heading"] for n in range(1, 7)]
    long_rule = next(i for i, w in enumerate(words) if "about the characters" in w.text)
    others = [c.height for i, c in enumerate(cards) if i // 2 != long_rule // 2]
    # The long rule's row is the tall one; the others share what is left equally.
    assert cards[long_rule].height > max(others)
    for card, picture, text in zip(cards, pictures, words, strict=True):
        assert picture is not None
        # The rule's words inside its card, beside the icon.
        assert card.top <= text.top and text.top + text.height <= card.top + card.height
        assert picture.left + picture.width <= text.left
        # The icon sits inside its card.
        assert card.left <= picture.left and picture.left + picture.width <= card.left + card.width
        assert card.top <= picture.top and picture.top + picture.height <= card.top + card.height
        sizes = [run.font.size.pt for p in text.text_frame.paragraphs for run in p.runs
                 if run.font.size is not None]
        assert sizes and min(sizes) >= MIN_SLIDE_PT
