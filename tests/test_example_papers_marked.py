"""Papers families fill in from an example build say they are an example, and every made-up
contact on them is yellow: the letters did, but the sign-in sheet and the parents' cover
looked finished, and the sheet's privacy-notice address (where parents are told how their
names are kept) printed plain, as if checked."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from example_looks import ASHGROVE
from lessonpack.content.fill_ins import example_values, pupil_name
from lessonpack.render.docx import EXAMPLE_MARK, EXAMPLE_MARK_COLOUR

PARENTS = "live-streaming-parents"


def test_an_example_teams_privacy_notice_is_a_made_up_contact() -> None:
    assert ASHGROVE.privacy_notice
    assert ASHGROVE.privacy_notice in example_values(ASHGROVE)


def _header_text(path: Path) -> str:
    return "\n".join(p.text for s in docx.Document(str(path)).sections
                     for p in s.header.paragraphs)


def _highlighted(path: Path) -> str:
    body = docx.Document(str(path)).element.body
    return "".join(t.text or "" for r in body.iter(qn("w:r"))
                   if r.find(f"{qn('w:rPr')}/{qn('w:shd')}") is not None
                   for t in r.iter(qn("w:t")))


def test_an_example_builds_family_papers_are_marked(brightpath_at_ashgrove: Path) -> None:
    pack = brightpath_at_ashgrove / PARENTS
    assert EXAMPLE_MARK in _header_text(pack / f"{PARENTS}-sign-in.docx")
    # Above the logos, as on every other paper with a header (under them, it was the one
    # Brightpath page set out differently), and nowhere else in the header.
    assert _frames(pack / f"{PARENTS}-sign-in.docx") == [EXAMPLE_MARK]
    assert _header_text(pack / f"{PARENTS}-sign-in.docx").count(EXAMPLE_MARK) == 1
    # The address parents are sent to for how their names are kept: yellow, as the
    # phone and email beside it are.
    assert ASHGROVE.privacy_notice in _highlighted(pack / f"{PARENTS}-sign-in.docx")


def test_a_schools_own_build_carries_no_example_mark(built_packs: Path) -> None:
    pack = built_packs / PARENTS
    assert EXAMPLE_MARK not in _header_text(pack / f"{PARENTS}-handout.docx")


def _frames(path: Path) -> list[str]:
    """The text of each header paragraph placed as a frame on the page (out of the flow)."""
    return ["".join(t.text or "" for t in p.iter(qn("w:t")))
            for s in docx.Document(str(path)).sections
            for p in s.header._element.iter(qn("w:p"))
            if p.find(f"{qn('w:pPr')}/{qn('w:framePr')}") is not None]


def test_every_paper_of_an_example_build_is_marked_the_same(
        brightpath_at_ashgrove: Path) -> None:
    # The letters and invitation go home, the handout and help cards too, the visit brief
    # and handovers to the school: each carries the same words (a mark on some papers only
    # read as if the rest were finished), at the page's top edge above the header, where it
    # takes no line from the page's body.
    papers = [*brightpath_at_ashgrove.rglob("*.docx")]
    marked = [p for p in papers if EXAMPLE_MARK in _header_text(p)]
    assert len(marked) == len(papers) >= 17, sorted(p.name for p in set(papers) - set(marked))
    for path in papers:
        assert _frames(path) == [EXAMPLE_MARK], path.name


def _band(path: Path) -> tuple[str | None, str | None, bool, float]:
    """The mark's frame: its paragraph's fill, its words' colour, bold, size in points."""
    (frame,) = [p for p in docx.Document(str(path)).sections[0].header._element.iter(qn("w:p"))
                if p.find(f"{qn('w:pPr')}/{qn('w:framePr')}") is not None]
    shading = frame.find(f"{qn('w:pPr')}/{qn('w:shd')}")
    run = frame.find(qn("w:r")).find(qn("w:rPr"))
    return (None if shading is None else shading.get(qn("w:fill")),
            run.find(qn("w:color")).get(qn("w:val")), run.find(qn("w:b")) is not None,
            int(run.find(qn("w:sz")).get(qn("w:val"))) / 2)


def test_the_example_mark_is_a_red_band_with_white_words(brightpath_at_ashgrove: Path) -> None:
    # A line of 7-9 pt red type read as a running header nobody saw: the papers that go
    # home first (letters, the invitation), then every other paper, carry a band of the
    # mark's red across the page between its margins, its words white, bold, 12 pt.
    names = ["live-streaming-ks2-letter-home.docx", "live-streaming-ks2-letter-home-after.docx",
             f"{PARENTS}-invitation.docx", f"{PARENTS}-handout.docx",
             "live-streaming-ks2-lesson-plan.docx", "live-streaming-ks2-worksheet.docx"]
    for name in names:
        path = next(brightpath_at_ashgrove.rglob(name))
        fill, colour, bold, size = _band(path)
        assert (fill, colour, bold) == (EXAMPLE_MARK_COLOUR, "FFFFFF", True), name
        assert size >= 12, name
        section = docx.Document(str(path)).sections[0]
        width = (section.page_width - section.left_margin - section.right_margin) // 635
        placed = section.header._element.find(f".//{qn('w:framePr')}")
        assert int(placed.get(qn("w:w"))) == width, name


def test_a_schools_own_papers_carry_no_mark_at_all(built_packs: Path) -> None:
    for path in built_packs.rglob("*.docx"):
        assert EXAMPLE_MARK not in _header_text(path), path.name
        assert not _frames(path), path.name


def test_the_visit_brief_marks_no_example_name_the_letters_still_do(
        brightpath_at_ashgrove: Path) -> None:
    """The visit brief's made-up names, three or four to a cell, were a yellow rash that hid
    its dates: it carries the EXAMPLE band on every page instead, and marks only what its
    reader writes. The letters going home keep their yellow names."""
    (brief,) = brightpath_at_ashgrove.glob("*visit-brief*.docx")
    text = "".join(t.text or "" for t in docx.Document(str(brief)).element.body.iter(qn("w:t")))
    dsl = pupil_name(ASHGROVE.dsl_name)  # "Mrs Okafor", as the papers name her
    assert dsl in text
    assert _highlighted(brief) == ""
    assert EXAMPLE_MARK in _header_text(brief)
    letter = next(brightpath_at_ashgrove.rglob("live-streaming-ks2-letter-home.docx"))
    assert ASHGROVE.dsl_name in _highlighted(letter)  # in full, yellow
