"""Answer panels and titles on real trainers' templates:

- a 10 in template's answer panels were wide and short, so each letter went beside its
  words and left them a 1.8 in column, four and five short lines an answer, while the
  deck's other questions put the letter above: the letter now goes above where the column
  beside it would be narrow and the words keep their size (within two points);
- a question title that fits one line was broken where its reveal's title breaks,
  leaving "Getting a" over "nude image removed" on a 4:3 template: it stays whole;
- "Exit quiz: ring A, B or C on your worksheet" was broken inside its list of choices;
- the exit quiz's answer rows ("Answer 1") took the quiz panels' ("Answer A") 18 pt, both
  drawn on one layout of a trainer's template and evened as one part: 18 pt in 1 in rows;
- on a template whose slides' background is a picture (a gloss fading down from the top),
  two-line titles grew down out of the template's title box into the fade: they are
  fitted in the box.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Inches

from lessonpack.cli import main
from lessonpack.render.deck_titles import comma_cut, in_a_list

WILD = Path(__file__).parent / "fixtures" / "wild"


def _build(out: Path, template: str) -> Path:
    assert main(["build", "-k", "ks4", "-f", "pptx", "--out", str(out), "-q", "-j", "1",
                 "--template", str(WILD / f"{template}.pptx")]) == 0
    return out / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"


def _slides(deck: Path, title: str) -> list:
    return [s for s in Presentation(str(deck)).slides
            if s.shapes.title is not None
            and " ".join(s.shapes.title.text_frame.text.split()) == title]


def _lines(slide) -> list[str]:
    """The title's lines as broken by hand (soft breaks)."""
    para = slide.shapes.title.text_frame.paragraphs[0]._p
    lines, line = [], []
    for el in para:
        if el.tag == qn("a:r"):
            line.append(el.findtext(qn("a:t")) or "")
        elif el.tag == qn("a:br"):
            lines.append(" ".join(line))
            line = []
    return [*lines, " ".join(line)]


def test_answer_words_are_never_a_narrow_column_beside_their_letter(tmp_path: Path) -> None:
    """The letter above the words, or beside words a slide's width long (answers one a
    row, where three columns would set them under 22 pt): never a 1.8 in column."""
    deck = _build(tmp_path, "google-slides-export")
    # A required check keeps its answer slide (an optional one is said from the notes).
    pair = [*_slides(deck, "When “Jess” wants money"),
            *_slides(deck, "Answer: When “Jess” wants money")]
    assert len(pair) == 2
    boxes = []
    for slide in pair:
        shapes = {s.name: s for s in slide.shapes}
        for letter in "ABC":
            disc, words = shapes[f"Answer {letter} letter"], shapes[f"Answer {letter}"]
            assert disc.top + disc.height <= words.top or \
                disc.left + disc.width <= words.left, letter  # above, or beside
            assert min(r.font.size.pt for p in words.text_frame.paragraphs
                       for r in p.runs) >= 22, letter
            assert words.width >= Inches(2.4), (letter, words.width)
            boxes.append((letter, words.left, words.top, words.width, words.height))
    assert boxes[:3] == boxes[3:]  # the click to the answer moves no words


def test_a_question_title_that_fits_one_line_is_not_left_a_scrap(tmp_path: Path) -> None:
    deck = _build(tmp_path, "coreoz-ppt-templates")
    (question,) = _slides(deck, "Getting a nude image removed")
    assert _lines(question) == ["Getting a nude image removed"]
    (quiz,) = _slides(deck, "Exit quiz: ring A, B or C")
    for line in _lines(quiz)[:-1]:
        assert not line.endswith(("A,", "B", "or")), _lines(quiz)


def test_titles_stay_in_the_title_box_over_a_picture_background(tmp_path: Path) -> None:
    deck = _build(tmp_path, "lo-cft-smooth-black")
    checked = 0
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title
        if title is None or slide.slide_layout.name != "Title, Content":
            continue
        box = next(p for p in slide.slide_layout.placeholders
                   if p.placeholder_format.type == 1)  # TITLE
        checked += 1
        assert title.top >= box.top and title.top + title.height <= box.top + box.height, \
            title.text_frame.text
    # Every content slide's title is checked (titles on this template's shaded bar are kept
    # to one line where a second would fade: render/deck_title_shade.py).
    assert checked >= 20, checked


@pytest.mark.parametrize(("words", "cut", "inside"), [
    ("Exit quiz: ring A, B or C on your worksheet", 4, True),  # "A," / "B"
    ("Exit quiz: ring A, B or C on your worksheet", 5, True),  # "B" / "or C"
    ("Exit quiz: ring A, B or C on your worksheet", 6, True),  # "B or" / "C"
    ("Exit quiz: ring A, B or C on your worksheet", 7, False),  # "C" / "on your"
    ("Tricks, pressure and what to do", 1, False),
    ("Getting a nude image removed", 2, False),
])
def test_a_list_of_choices_is_one_piece(words: str, cut: int, inside: bool) -> None:
    assert in_a_list(words.split(), cut) is inside


def test_comma_cut_keeps_a_list_of_choices_together() -> None:
    title = "Exit quiz: ring A, B or C on your worksheet"
    words = title.split(" ")
    # 40 pt Arial across a 4:3 template's 9 in title: "worksheet" alone on the last line
    cut = comma_cut(words, "Arial", 40, 9 * 72, False)
    assert cut is None or not in_a_list(words, cut)


def test_exit_quiz_answer_rows_keep_their_own_size(tmp_path: Path) -> None:
    deck = _build(tmp_path, "onlyoffice-ar-SA")
    (rows,) = _slides(deck, "Exit quiz answers")
    (panels, *_) = _slides(deck, "A move to a private app")
    def sizes(slide, names: str) -> set[float]:
        return {r.font.size.pt for s in slide.shapes if s.has_text_frame and s.name in names
                for p in s.text_frame.paragraphs for r in p.runs if r.font.size}
    assert rows.slide_layout.name == panels.slide_layout.name  # one layout for both
    (row_pt,) = sizes(rows, ("Answer 1", "Answer 2", "Answer 3", "Answer 4"))
    (panel_pt,) = sizes(panels, ("Answer A", "Answer B", "Answer C"))
    # The rows keep their own size: never under the panels' (both at least 22 pt now that
    # the panels' answers go one a row where columns would set them smaller).
    assert row_pt >= 22 and panel_pt >= 22 and row_pt >= panel_pt, (row_pt, panel_pt)
