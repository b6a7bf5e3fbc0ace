"""A trainer's template whose content area is short (4:3 decks and 10 x 5.625 in pandoc and
talk decks, at KS4: 22 of 24 such decks had findings) has no room for a check's question,
its three answers and the reason under them at 18 pt: the reveal's reason ran out of its
strip (LP131, LPC301). The build now plans such a check again with the reason on a slide
of its own after the reveal; the question and the reveal keep one short strip, the same
height on both, so no panel moves between them. Answers that need more height as columns
than the area leaves them go one a row, the letter beside the words (deck_options.option_cols).

The template is python-pptx's default (10 x 7.5 in, MIT) with its content areas starting
1.7 in lower (3.25 in tall), made in the test: short enough that even answers one a row
leave no room for the reason. Each layout's content area is given its whole box: moving
only the top of a placeholder that inherits its box from the master left it 0 in wide,
every text layout was unusable, and the deck was built on "Vertical Title and Text" with
its titles set vertically (what this test once read)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.check import Options, check_file
from squeezed_template import built_on, saved

PACK = "live-streaming-ks4"
LOWER = Inches(1.7)


def _short_area_template(folder: Path) -> Path:
    prs = Presentation()
    for master in prs.slide_masters:
        # Every box read before any is moved: a layout's inherited box is its master's.
        areas = [(ph, ph.left, ph.top, ph.width, ph.height)
                 for tree in [master, *master.slide_layouts] for ph in tree.placeholders
                 if ph.placeholder_format.idx == 1 and ph.height is not None
                 and ph.height > Inches(3)]
        for ph, left, top, width, height in areas:
            ph.left, ph.top, ph.width, ph.height = left, top + LOWER, width, height - LOWER
    return saved(prs, folder / "short-area.pptx")


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reason-apart")
    return built_on(folder, "ks4", _short_area_template(folder)) / f"{PACK}-slides.pptx"


def _title(slide) -> str:  # type: ignore[no-untyped-def]
    return " ".join(slide.shapes.title.text_frame.text.split()) if slide.shapes.title else ""


def _strip(slide, name: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    shape = next(s for s in slide.shapes if s.name == name)
    return shape.top, shape.height


def test_a_crowded_reveal_gives_its_reason_a_slide(deck: Path) -> None:
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    titles = [_title(s) for s in slides]
    apart = [n for n, t in enumerate(titles) if t.startswith("Why ")]
    assert apart, titles
    for n in apart:
        question, reveal, why = slides[n - 2], slides[n - 1], slides[n]
        topic = titles[n].split(": ", 1)[1]
        assert titles[n - 1] == f"Answer: {topic}" and titles[n - 2] == topic, titles
        # The strip says where the reason is, one line; the next slide gives it whole.
        words = next(s for s in reveal.shapes if s.name == "Answer explanation")
        assert "next slide" in words.text_frame.text
        text = " ".join(s.text_frame.text for s in why.shapes if s.has_text_frame)
        assert len(text.split()) > 12, text
        # Nothing moves between the question and its reveal.
        assert _strip(question, "How to answer panel") == _strip(reveal,
                                                                  "Answer explanation panel")
        assert "next slide" in reveal.notes_slide.notes_text_frame.text


def test_checks_are_set_on_a_horizontal_text_layout(deck: Path) -> None:
    """The template's own "Title and Content", not a vertical one (see the docstring)."""
    prs = Presentation(str(deck))
    used = {s.slide_layout.name for s in prs.slides if _title(s).startswith("Answer: ")}
    assert used == {"Title and Content"}, used


def test_answers_go_one_a_row_and_fit(deck: Path) -> None:
    """Three columns would need more height than the area has: the answers are one a row,
    each panel the area's width, the letter on the left, and every answer fits its panel."""
    prs = Presentation(str(deck))
    for slide in prs.slides:
        panels = [s for s in slide.shapes if s.name in ("Answer A panel", "Answer B panel",
                                                        "Answer C panel")]
        if len(panels) != 3:
            continue
        assert len({p.left for p in panels}) == 1, _title(slide)
        assert [p.top for p in panels] == sorted(p.top for p in panels), _title(slide)
        for p in panels:
            letter = next(s for s in slide.shapes if s.name == p.name.replace("panel",
                                                                               "letter"))
            assert p.left < letter.left < p.left + p.width // 4, _title(slide)
    findings = [f"{f.location} {f.message}" for f in check_file(deck, Options())
                if f.code in ("LPC301", "LPC305", "LPC306")
                and re.search(r'"Answer [ABC] ', f.message)]
    assert not findings, findings


def test_reasons_fit_where_they_ran_out_of_their_strip(deck: Path) -> None:
    findings = [f"{f.location} {f.message}" for f in check_file(deck, Options())
                if f.code in ("LPC301", "LPC305") and "explanation" in f.message]
    assert not findings, findings
