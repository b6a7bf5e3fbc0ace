"""The line under a trainer's cover title breaks where its lines come out even.

ONLYOFFICE's title slide stranded the subtitle's last word for three sessions running:
"For families of children aged 4–16: the fun, the facts and what to / do" (parents) and
"Good and bad attention, private clues, and Stop, Tell, Save, / Report" (KS2). The
subtitle is now broken by hand at a clause's end, the rule drawn labels follow. Each
cover is reopened and its subtitle's lines read.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from lessonpack.check.measure import count_lines
from lessonpack.cli import main
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_fit import layout_style

WILD = Path(__file__).parent / "fixtures" / "wild"


def test_an_onlyoffice_cover_subtitle_leaves_no_word_alone(tmp_path: Path) -> None:
    assert main(["build", "-a", "ks2", "-a", "parents", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(tmp_path), "--template",
                 str(WILD / "onlyoffice-ar-SA.pptx")]) == 0
    decks = sorted(tmp_path.glob("*/*-slides.pptx"))
    assert len(decks) == 2
    for deck in decks:
        cover = next(iter(Presentation(str(deck)).slides))
        sub = next(sh for sh in cover.placeholders
                   if sh.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE)
        lines = sub.text_frame.text.split("\v")
        assert len(lines) == 2, (deck.name, lines)
        size, bold, _space, _bulleted = layout_style(sub)
        width = sub.width / EMU_PT - 14.4  # less the default insets
        for line in lines:
            assert len(line.split()) >= 3, (deck.name, lines)
            assert count_lines(line, "Arial", size, width, bold) == 1, (deck.name, line)
        # The break ends a clause: "…aged 4–16:" and "…private clues,".
        assert lines[0].rstrip().endswith((":", ",")), (deck.name, lines)
