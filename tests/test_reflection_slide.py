"""The reflection's sentence to finish. Readers' decks (no decorative pictures) show it large in
a frame, not as one line floating in a blank slide, with where to finish it under it (the
sheet, which has the lines: none are drawn on a projected slide), and a thinking picture at
the frame's right (quiet thinking time), clear of the words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx.util import Pt

from built_decks import built_deck

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content" / "live-streaming"


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4"])
def test_readers_reflection_is_a_frame_to_write_in(built_packs: Path, audience: str) -> None:
    lesson = yaml.safe_load((CONTENT / f"{audience}.yml").read_text(encoding="utf-8"))
    (sentence,) = lesson["plenary"]["reflection"]
    framed = [s for s in built_deck(built_packs, audience).slides
              if any(sh.name == "Write-on sentence" for sh in s.shapes)]
    assert len(framed) == 1, audience
    shapes = {sh.name: sh for sh in framed[0].shapes}
    words = shapes["Write-on sentence"]
    assert words.text_frame.text.replace("\u00a0", " ") == sentence
    # (A no-break space may hold its last two words together: render/deck_help.no_lone_word.)
    sizes = {r.font.size for p in words.text_frame.paragraphs for r in p.runs}
    assert min(sizes) >= Pt(32), audience  # read from the back of the room
    panel = shapes["Write-on panel"]
    where = shapes["Write-on where"]
    assert "sheet" in where.text_frame.text
    assert where.top >= words.top + words.height  # under the sentence
    assert panel.top < where.top < panel.top + panel.height  # inside the frame
    # The frame fills the slide under the title: no blank band above it (a third of the
    # slide, when it was centred at its words' height) or below it.
    title = framed[0].shapes.title
    assert panel.top - (title.top + title.height) < Pt(36), audience
    assert panel.height > 0.55 * built_deck(built_packs, audience).slide_height, audience
    # Lines to write on belong on the sheet, not on a projected slide.
    assert not [sh.name for sh in framed[0].shapes if "line" in sh.name.lower()], audience
    # One picture, inside the frame at its left, read before the words and never over
    # them (the sentence alone left the panel's right half blank; the picture small at the
    # right left its middle blank), as tall as half the frame at least.
    (picture,) = [sh for sh in framed[0].shapes if sh.shape_type == 13]
    assert "thinking" in picture.name, picture.name
    assert panel.left < picture.left and picture.left + picture.width <= words.left
    assert picture.height >= panel.height / 2, audience
    assert panel.top <= picture.top and picture.top + picture.height <= panel.top + panel.height
