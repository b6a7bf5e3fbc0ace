"""Words read out to the class reach 4.5:1 on a trainer's template, at any size.

The learning intention on the section slides of coreoz, onlyoffice-ar-SA and
pptx-blueprint-german came in the template's placeholder grey (#8B8B8B on white, 3.4:1), and
the "LEARNING CYCLE n" kickers in blue on the dark templates: both passed WCAG's 3:1 for large
text, and were the faintest words in the deck. Text in
the template's placeholders (but its titles, the template's heading look) and the kicker are
now given a colour that reaches 4.5:1 on what they sit on, as `check` measures it, where one
of the theme's or lessonpack's colours does. lessonpack's own drawings keep their colours.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack import contrast
from lessonpack.check.pptx_shapes import FOOTER_TYPES, TITLE_TYPES, open_deck
from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import backdrop
from lessonpack.render.deck_kicker import KICKER_NAME
from squeezed_template import built_on

WILD = Path(__file__).resolve().parent / "fixtures" / "wild"
# KS4's learning cycles open on a slide whose kicker names the cycle and whose notes
# give its outcome; KS2's section slides show the "I can" line (build below).


def _read_aloud(item) -> bool:  # type: ignore[no-untyped-def]
    """A placeholder's text but a title's or a footer's, or the kicker."""
    if item.tag != "sp":
        return False
    if item.ph is None:
        return bool(item.name == KICKER_NAME)
    return item.ph.type not in (*TITLE_TYPES, *FOOTER_TYPES)


def _faint(deck: Path) -> list[str]:
    """Each read-aloud run under 4.5:1, with its slide and ratio."""
    faint = []
    # Shown slides: words read out to the class. The hidden teacher slide's fields sit on
    # their yellow tint, which this measure does not see; check measures that slide
    # (tests/test_check_hidden_slides.py).
    for view in open_deck(deck, "wild").shown:
        for index, item in enumerate(view.items):
            if not _read_aloud(item):
                continue
            frame = text_frame(item, view)
            if frame is None or not frame.text.strip():
                continue
            colours = backdrop(view, item, [*view.beneath, *view.items[:index]])
            for para in frame.paras if colours else ():
                for run in para.runs:
                    if not run.text.strip() or run.colour is None:
                        continue
                    worst = min(contrast.ratio(run.colour[0], c) for c in colours or ())
                    if worst < contrast.AA_NORMAL_TEXT:
                        faint.append(f"slide {view.number} {item.name}: {run.text[:30]!r} "
                                     f"{worst:.2f}:1")
    return faint


@pytest.mark.parametrize("template", [
    "coreoz-ppt-templates", "onlyoffice-ar-SA", "pptx-blueprint-german",  # pale grey
    "lo-cft-fire-red", "lo-cft-hexagons",  # blue kickers on dark grey and black
])
def test_read_aloud_text_reaches_4_5(tmp_path: Path, template: str) -> None:
    deck = built_on(tmp_path, "ks4", WILD / f"{template}.pptx") / "live-streaming-ks4-slides.pptx"
    faint = _faint(deck)
    assert not faint, faint
    # The section slides the reader named (KS2's now: 11-16s' cycles open on their story)
    # have a kicker and a learning intention to measure.
    ks2 = built_on(tmp_path / "ks2", "ks2", WILD / f"{template}.pptx") \
        / "live-streaming-ks2-slides.pptx"
    assert not _faint(ks2)
    sections = [v for v in open_deck(ks2, "wild").slides
                if "I can" in " ".join(i.text for i in v.items)
                and "learning cycle" in " ".join(i.text for i in v.items).lower()]
    assert len(sections) == 3, [v.number for v in sections]


def test_clearer_keeps_light_text_light_and_dark_text_dark() -> None:
    """Made clearer, never inverted: grey on white goes darker, blue on black lighter, and
    white on Google's pink band (4.3:1) stays white beside the band's white title rather
    than turning black (black reaches 5:1 there, but reads as a different slide)."""
    from lessonpack import contrast
    from lessonpack.check.colour import Theme, hex_rgb
    from lessonpack.render.deck_contrast import _KEEP, _recolour

    theme = Theme({"dk1": "000000", "lt1": "FFFFFF", "dk2": "1F497D", "lt2": "EEECE1"})
    clr_map = {"tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}

    def rgb(value: str):  # type: ignore[no-untyped-def]
        found = hex_rgb(value)
        assert found is not None
        return found

    def shown(choice: tuple[str, str] | None) -> str | None:
        if choice is None:
            return None
        tag, value = choice
        return theme.colours[clr_map[value]] if tag == "schemeClr" else value

    def clearer(run: str, backdrop: str) -> tuple[str, str] | None:
        # Large text (3:1 is all its size needs), held to 4.5:1 as read-aloud text is.
        return _recolour((rgb(run), 1.0), [rgb(backdrop)], theme, clr_map,
                         contrast.AA_LARGE_TEXT, True)

    assert shown(clearer("8B8B8B", "FFFFFF")) == "000000"
    assert shown(clearer("4F81BD", "1A2230")) == "FFFFFF"
    assert clearer("FFFFFF", "E91E63") == _KEEP
    assert clearer("000000", "FFFFFF") == _KEEP  # 21:1
