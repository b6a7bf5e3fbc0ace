"""A section layout's short accent rule under its picture side goes where the section's
picture takes that side: Google Slides' "Modern Writer" section layout sets its dashes
under the right half's text, and under the emoji they stood alone in the white half, a
stray mark. The content slides keep theirs, under the title, as the template draws them."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"


def _rules(layout: object) -> list[object]:
    return [sh for sh in layout.shapes  # type: ignore[attr-defined]
            if not sh.is_placeholder and 0 < int(sh.width) <= Inches(1.5)
            and int(sh.height or 0) <= Inches(0.05)]


def test_a_section_pictures_side_has_no_lone_rule(tmp_path: Path) -> None:
    template = WILD / "google-slides-export.pptx"
    source = {lay.name: len(_rules(lay)) for lay in Presentation(str(template)).slide_layouts}
    assert main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--template", str(template)]) == 0
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    sections = [s for s in deck.slides if any(sh.name == "Picture disc" for sh in s.shapes)]
    assert len(sections) >= 3
    for slide in sections:
        assert source[slide.slide_layout.name] == 1  # the template's own has one
        assert _rules(slide.slide_layout) == []
    content = [s for s in deck.slides if s.shapes.title is not None
               and s.shapes.title.text_frame.text.startswith("Big ideas")]
    assert content and all(len(_rules(s.slide_layout)) == source[s.slide_layout.name] >= 1
                           for s in content)
