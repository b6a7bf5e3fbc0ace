"""Parents' table-talk stories on a trainer's template keep room above and below their beats.

Before this rule, Leo's and Tobi's four
beats were sized to the card's full height and touched its top and foot (fire-red,
hexagons, onlyoffice, German, Google).
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"


def test_story_beats_stand_clear_of_their_card(tmp_path: Path) -> None:
    assert main(["build", "-a", "parents", "-f", "pptx", "--out", str(tmp_path), "-q",
                 "-j", "1", "--template", str(WILD / "lo-cft-fire-red.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.glob("live-streaming-parents/*-slides.pptx"))))
    stories = [s for s in deck.slides if any(sh.name == "Story card" for sh in s.shapes)]
    titles = {s.shapes.title.text_frame.text for s in stories}
    assert {"Table talk: Leo’s story", "Table talk: Tobi’s story"} <= titles, titles
    for slide in stories:
        shapes = {sh.name: sh for sh in slide.shapes}
        card = shapes["Story card"]
        beats = [sh for name, sh in shapes.items() if name.startswith("Story beat")
                 and not name.endswith(" dot")]
        assert len(beats) == 4
        first, last = min(beats, key=lambda b: b.top), max(beats, key=lambda b: b.top)
        # At least 0.15 in between the card's edge and its words (0.07 in before).
        assert first.top - card.top >= Inches(0.15), slide.shapes.title.text_frame.text
        assert card.top + card.height - (last.top + last.height) >= Inches(0.15)
        size = beats[0].text_frame.paragraphs[0].runs[0].font.size
        assert size is not None and size.pt >= 18
