"""The deck's two title passes agree on a question and its answer: deck_reveal_titles sets
the pair at one size, then deck_title_sizes sets a layout's titles at the smallest of them,
except a title that would leave its last word alone at that size. Left alone, a question
kept its larger size while its reveal ("Answer: " + the question) was set smaller, and the
heading shrank on the click from one to the other. A pair now changes together or not at
all."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Emu, Pt

from lessonpack.check.measure import count_lines, drawn_family, wrap_width
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_fit import SIDE_INSET
from lessonpack.render.deck_reveal_titles import even_reveal_titles
from lessonpack.render.deck_theme import read_theme
from lessonpack.render.deck_title_sizes import even_titles
from lessonpack.render.ooxml.slides import slides_xml

QUESTION = "Who can see the things you share on a live stream"
ANSWER = f"Answer: {QUESTION}"
LARGE, SMALL = 40, 32  # points: the pair's size, and a long title's on the same layout


def _box_width(family: str) -> int:
    """A title box (EMU) in which the question at SMALL takes two lines, its last word
    alone on the second, and at LARGE its lines break elsewhere."""
    words = QUESTION.split()
    for cx in range(Emu(Pt(200)), Emu(Pt(900)), Emu(Pt(2))):
        width = wrap_width((cx - 2 * SIDE_INSET) / EMU_PT)
        lines = count_lines(QUESTION, family, SMALL, width)
        if lines == 2 and count_lines(" ".join(words[:-1]), family, SMALL, width) == 1:
            return cx
    raise AssertionError("no width leaves the question's last word alone")


def _sizes(prs: Presentation) -> list[set[float]]:
    return [{r.font.size.pt for p in s.shapes.title.text_frame.paragraphs for r in p.runs}
            for s in prs.slides]


def test_a_question_and_its_answer_keep_one_size() -> None:
    prs = Presentation()
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title Only")
    family = drawn_family(read_theme(layout.slide_master)[1])
    cx = _box_width(family)
    for text, size in (("How a stream that starts safe can change", SMALL),
                       (QUESTION, LARGE), (ANSWER, LARGE)):
        slide = prs.slides.add_slide(layout)
        title = slide.shapes.title
        title.width = Emu(cx)
        title.text_frame.text = text
        title.text_frame.paragraphs[0].runs[0].font.size = Pt(size)
    shown = slides_xml(prs)
    reveals = frozenset({2})  # the answer, after its question
    even_reveal_titles(shown, reveals)
    changed = even_titles(shown, reveals)
    sizes = _sizes(prs)
    assert sizes[0] == {SMALL}
    # The question would leave "stream" alone at SMALL: it keeps LARGE, and so does its
    # answer, though the answer's longer title alone would have been set smaller.
    assert sizes[1] == sizes[2] == {LARGE}, sizes
    assert changed == set()
