"""The body starts under the title's last line: about 0.35 in under a one-line title, not
at the foot of a two-line title box (about 0.8 in sat empty under every
one-line title and the content was pushed onto the footer band). A question and its answer
reveal keep their panels in the same place."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from built_decks import built_deck
from lessonpack.check.measure import count_lines

AUDIENCES = ("ks1", "ks2", "ks3", "ks4", "parents")
# Layouts of ours with nothing but placeholders under the title (a key-message or figures'
# panel is drawn by the layout itself and stays where it is).
FREE = {"LP Bullets", "LP Quiz Question", "LP Quiz Answers", "LP Signposting"}
BAND = Inches(6.8)  # the footer band's top (tools/build_pptx_template.py)


def _title(slide: object) -> object:
    return next(ph for ph in slide.placeholders  # type: ignore[attr-defined]
                if ph.placeholder_format.type == PP_PLACEHOLDER.TITLE)


def _lines(title: object) -> int:
    """The title's lines, measured here: 36 pt bold (or its run's own size) in its box."""
    body = title.element.find(qn("p:txBody"))  # type: ignore[attr-defined]
    width = title.width / Pt(1)  # type: ignore[attr-defined]  # our titles have no insets
    lines = 0
    for para in body.findall(qn("a:p")):
        pieces = "".join("\n" if child.tag == qn("a:br") else (child.findtext(qn("a:t")) or "")
                         for child in para)
        size = max([int(r.get("sz")) / 100 for r in para.iter(qn("a:rPr")) if r.get("sz")]
                   or [36])
        lines += sum(count_lines(piece, "Arial", size, width, True)
                     for piece in pieces.split("\n"))
    return lines


def _body(slide: object, title: object) -> tuple[int, int]:
    """Top and foot of what is under the title (placeholders, drawings, pictures), above
    the footer band."""
    shapes = [s for s in slide.shapes  # type: ignore[attr-defined]
              if s.top is not None and title.top < s.top < BAND]  # type: ignore[attr-defined]
    return min(int(s.top) for s in shapes), max(int(s.top + s.height) for s in shapes)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_body_starts_under_the_titles_last_line(built_packs: Path, audience: str) -> None:
    one_line = 0
    for number, slide in enumerate(built_deck(built_packs, audience).slides, 1):
        if slide.slide_layout.name not in FREE:
            continue
        title = _title(slide)
        lines, (top, foot) = _lines(title), _body(slide, title)
        line_foot = title.top + Pt(36 * 1.2) * lines
        assert top >= line_foot + Inches(0.1), (audience, number, lines, top / Inches(1))
        if lines == 1:
            one_line += 1
            # No band of nothing under the title that the foot does not have too (a body
            # centred in its area has a little more above: the gap under the title).
            above, below = top - line_foot, BAND - foot
            assert above <= below + Inches(0.5), (audience, number, above / Inches(1),
                                                  below / Inches(1))
    assert one_line >= 5, audience  # the rule was exercised


@pytest.mark.parametrize("audience", ("ks1", "ks3"))
def test_a_reveal_keeps_its_questions_panels_in_place(built_packs: Path,
                                                        audience: str) -> None:
    slides = list(built_deck(built_packs, audience).slides)
    pairs = 0
    for question, reveal in itertools.pairwise(slides):
        if (question.slide_layout.name != "LP Quiz Question"
                or "Answer:" not in _title(reveal).text_frame.text):
            continue
        boxes = [[(s.left, s.top, s.width) for s in deck.shapes if s.name.endswith(" panel")]
                 for deck in (question, reveal)]
        assert boxes[0] and boxes[0] == boxes[1], _title(question).text_frame.text
        pairs += 1
    assert pairs >= 2


# KS2: section slides (11-16s' cycles open on their story, with none).
@pytest.mark.parametrize("audience", ("ks2", "ks3", "parents"))
def test_cover_and_section_kickers_sit_on_their_titles(built_packs: Path, audience: str) -> None:
    """Kicker, title and subtitle together: the kicker 0.2 in above the title's first line
    (a title hangs from its box's foot), not at the box's top 1.3 in above it."""
    sizes = {"LP Title": 48, "LP Section": 44}  # tools/build_pptx_template.py
    seen = 0
    for slide in built_deck(built_packs, audience).slides:
        size = sizes.get(slide.slide_layout.name)
        if size is None:
            continue
        title = next(ph for ph in slide.placeholders
                     if ph.placeholder_format.type in (PP_PLACEHOLDER.TITLE,
                                                       PP_PLACEHOLDER.CENTER_TITLE))
        kicker = next(ph for ph in slide.placeholders if ph.placeholder_format.idx == 13)
        lines = sum(count_lines(piece, "Arial", size, title.width / Pt(1), True)
                    for piece in title.text_frame.text.split("\v"))
        text_top = title.top + title.height - Pt(size * 1.2) * lines
        gap = text_top - (kicker.top + kicker.height)
        assert Inches(0.1) <= gap <= Inches(0.35), (audience, title.text_frame.text,
                                                    gap / Inches(1))
        seen += 1
    assert seen >= 1
