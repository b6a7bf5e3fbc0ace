"""Kofi's stream (five comments) takes some of the question panel's width on lessonpack's own
layout so that its video is as large as Zainab's, the chat's bubbles no tighter
(render/deck_stream_widen.py): its chat had left the cake and Baker Bea under an inch."""

from __future__ import annotations

import re
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches


def _slides(path: Path) -> dict[str, object]:
    return {slide.shapes.title.text_frame.text: slide for slide in Presentation(str(path)).slides
            if slide.shapes.title is not None}


def _named(shapes) -> dict[str, object]:
    return {sh.name: sh for sh in shapes}


def test_kofis_stream_is_widened_for_its_video(ks2_pack: Path) -> None:
    slides = _slides(next(ks2_pack.glob("*slides.pptx")))
    kofi, zainab = slides["Kofi is watching"], slides["Zainab is live"]
    layout = _named(kofi.slide_layout.shapes)
    screen, panel = layout["Stream screen"], layout["Question panel"]
    stream = _named(kofi.shapes)["Mock live stream"]
    frames = [_named(_named(s.shapes)["Mock live stream"].shapes)["Video frame"]
              for s in (kofi, zainab)]
    assert stream.width > screen.width  # wider than the layout's stream
    assert frames[0].height >= frames[1].height - Inches(0.02)  # as large as Zainab's
    # The panel is narrowed, not run into: a background cover behind the stream, the tab
    # drawn again right of it with the layout's gap, the question inside the panel.
    on_slide = _named(kofi.shapes)
    cover, tab = on_slide["Question panel edge"], on_slide["Question tab"]
    order = [sh.name for sh in kofi.shapes]
    assert order.index("Question panel edge") < order.index("Mock live stream")
    right = stream.left + stream.width
    assert tab.left - right >= Inches(0.25)
    assert cover.left + cover.width >= tab.left
    assert tab.left + tab.width == panel.left + panel.width
    question = next(sh for sh in kofi.placeholders if sh.text_frame.text.startswith("What"))
    assert question.left >= tab.left + Inches(0.2)
    assert question.left + question.width <= panel.left + panel.width
    # Every comment still shows (deck_stream_widen keeps the bubbles' padding as it was).
    comments = [sh for sh in stream.shapes if re.fullmatch(r"Comment \d+", sh.name)]
    assert len(comments) == 5


def test_a_stream_with_room_for_its_video_is_not_widened(ks2_pack: Path) -> None:
    slides = _slides(next(ks2_pack.glob("*slides.pptx")))
    zainab = slides["Zainab is live"]
    assert "Question panel edge" not in _named(zainab.shapes)
    stream = _named(zainab.shapes)["Mock live stream"]
    assert stream.width == _named(zainab.slide_layout.shapes)["Stream screen"].width
