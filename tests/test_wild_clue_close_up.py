"""The room of clues' close-up on a template scaled up to widescreen (Google Slides' 10 x
5.625 in, an 11 x 6.2 in LibreOffice one): the body area is short, and a room laid out in
the stream's video proportions there had no room for its words at 18 pt, so slides 21-22
showed a sign, certificate, label and badge all blank and no pinned drawing. The close-up
now widens its room until the words fit; where even the whole area cannot hold them, the
build warns naming the slide, and ``check`` fails a drawing whose alt text names words it
does not show (LPC311). Built from the fixtures in the repository: no network.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.check import Options, check_file
from lessonpack.cli import main
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.plan.pack import plan_pack
from lessonpack.plan.scenes import has_room
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_room_close_up import CluesLeftOut
from lessonpack.render.deck_scenes import draw_props

WILD = Path(__file__).parent / "fixtures" / "wild"


def _clue_words() -> set[str]:
    lesson = api.load().items["live-streaming-ks2"].item
    return {words for cycle in lesson.cycles
            if cycle.scenario is not None and cycle.scenario.clues
            for words in cycle.scenario.clues.values()}


def _texts(group) -> list[str]:
    found = []
    for shape in group.shapes:
        if shape.shape_type == 6:
            found += _texts(shape)
        elif shape.has_text_frame:
            found.append(" ".join(shape.text_frame.text.split()))
    return found


def _names(group) -> list[str]:
    found = []
    for shape in group.shapes:
        found.append(shape.name)
        if shape.shape_type == 6:
            found += _names(shape)
    return found


@pytest.mark.parametrize("template", ["google-slides-export", "lo-cft-fire-red"])
def test_a_scaled_template_s_close_ups_carry_every_clue_s_words(tmp_path: Path,
                                                                 template: str) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["build", "-a", "ks2", "-f", "pptx", "-j", "1", "--out", str(tmp_path),
                     "--template", str(WILD / f"{template}.pptx")])
    assert code == 0, err.getvalue()
    assert "close-up of the room" not in err.getvalue()  # nothing left out, nothing warned
    deck_path = next(tmp_path.glob("*/*-slides.pptx"))
    ups = [g for slide in Presentation(str(deck_path)).slides for g in slide.shapes
           if g.name == "Close-up of the stream"]
    assert len(ups) == 2  # the close-up and its circled feedback slide
    for group in ups:
        texts = _texts(group)
        for words in _clue_words():
            assert words in texts, (words, texts)
        # The drawing pinned on the wall, which card 1 sends pupils to.
        assert any("cat" in name for name in _names(group)), _names(group)
    assert not [f for f in check_file(deck_path, Options()) if f.code == "LPC311"]


def _room_stream() -> StreamScreen:
    index, look = api.load(), prepare_look()
    plan = plan_pack(index.items["live-streaming-ks2"].item, index.facts, look.brand)
    return next(s.payload for s in plan.decks[0].slides
                if isinstance(s.payload, StreamScreen) and has_room(s.payload.cast))


def test_a_close_up_too_small_for_its_words_is_warned_not_dropped() -> None:
    """A close-up area too small even at its widest gives a misfit the build keeps on a
    trainer's template (no TextMisfit, which a remeasured slide replaces) and ``check``
    fails the drawing."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = (0, 0, int(Inches(6)), int(Inches(2.5)))
    misfits = draw_props(slide.shapes, _room_stream(), box, "Arial", as_streamed=True,
                         streamed={})
    assert [type(m) for m in misfits] == [CluesLeftOut]
    assert not isinstance(misfits[0], TextMisfit)
    assert "clue words" in misfits[0] and "left out" in misfits[0]


def test_check_fails_a_close_up_without_its_clue_words() -> None:
    found = check_file(Path(__file__).parent / "check_fixtures" / "clue-words.pptx", Options())
    assert [(f.code, f.location) for f in found] == [("LPC311", "slide 4")]
    assert "“Mei Chen”" in found[0].message and "Elm Road" not in found[0].message
