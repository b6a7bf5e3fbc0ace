"""A section layout's stray rule goes on every build, the second in a process too: the rule
was taken off while a section slide was drawn, and a build that reused the slide from the
first build's cache did not draw it, so its decks kept the stray mark."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.cli import main
from test_wild_section_rule import WILD, _rules


def test_a_second_build_in_one_process_drops_the_rule_too(tmp_path: Path) -> None:
    template = WILD / "google-slides-export.pptx"
    for run in ("first", "second"):
        out = tmp_path / run
        assert main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                     "--template", str(template)]) == 0
        deck = Presentation(str(next(out.rglob("*-slides.pptx"))))
        sections = [s for s in deck.slides
                    if any(sh.name == "Picture disc" for sh in s.shapes)]
        assert len(sections) >= 3, run
        assert all(_rules(s.slide_layout) == [] for s in sections), run
