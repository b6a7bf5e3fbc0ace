"""klee2 (a 4:3 LibreOffice template with a patterned border) built for a school.

Its content master draws its own page number: a disc with a number field in the border at
the foot, no footer placeholders. The school's crest went to a free corner, the top right,
over the border where its name could not be read; it belongs in the footer row before the
number, as on the other templates. Its section text started on the pale panel's edge, and
the stream header broke "Dev (Zainab's dad)" onto three lines beside the LIVE pills.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.check.measure import count_lines

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT / "tests" / "fixtures" / "wild"
SCHOOL = ROOT / "examples" / "schools" / "ashgrove-primary" / "school.yml"


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> object:
    from lessonpack.cli import main

    out = tmp_path_factory.mktemp("klee2")
    assert main(["build", "-k", "ks2", "-f", "pptx", "-j", "1", "-q", "--out", str(out),
                 "--template", str(WILD / "klee2-libreoffice.pptx"),
                 "--school", str(SCHOOL)]) == 0
    return Presentation(str(next(out.rglob("*-slides.pptx"))))


def _logo(master: object) -> object:
    return next(sh for sh in master.shapes if sh.name.startswith("Logo"))  # type: ignore[attr-defined]


def _number(master: object) -> object:
    return next(sh for sh in master.shapes  # type: ignore[attr-defined]
                if not sh.is_placeholder and sh.has_text_frame
                and sh.element.xpath(".//a:fld[@type='slidenum']"))


def test_crest_sits_in_the_footer_row_before_the_page_number(deck: object) -> None:
    master = deck.slide_masters[1]  # type: ignore[attr-defined]
    logo, number = _logo(master), _number(master)
    body = next(ph for ph in master.placeholders if ph.placeholder_format.type == 2)  # BODY
    # At the foot, level with the number, left of it, and no further right than the body
    # (on the pale panel, not the border).
    assert logo.top > deck.slide_height * 0.85  # type: ignore[attr-defined]
    middle = logo.top + logo.height // 2
    assert number.top <= middle <= number.top + number.height
    assert logo.left + logo.width <= min(number.left, body.left + body.width)


def test_nothing_drawn_meets_the_crest(deck: object) -> None:
    master = deck.slide_masters[1]  # type: ignore[attr-defined]
    lx, ly, lw, lh = (int(v) for v in (_logo(master).left, _logo(master).top,
                                        _logo(master).width, _logo(master).height))
    met = []
    for n, slide in enumerate(deck.slides, 1):  # type: ignore[attr-defined]
        if slide.slide_layout.slide_master is not master:
            continue
        for sh in slide.shapes:
            if sh.left is None or (sh.is_placeholder and sh.placeholder_format.idx == 0):
                continue
            if sh.left < lx + lw and lx < sh.left + sh.width \
                    and sh.top < ly + lh and ly < sh.top + sh.height:
                met.append((n, sh.name))
    assert not met


def test_section_text_starts_in_from_the_panel_edge(deck: object) -> None:
    seen = 0
    for slide in deck.slides:  # type: ignore[attr-defined]
        if not any(sh.name == "Picture disc" for sh in slide.shapes):
            continue
        for ph in slide.placeholders:
            if ph.placeholder_format.idx == 0 or not ph.has_text_frame:
                continue
            seen += 1
            assert ph.left + ph.text_frame.margin_left >= Inches(0.38), ph.text_frame.text
    assert seen >= 3


def test_stream_header_name_takes_at_most_two_lines(deck: object) -> None:
    names = []
    for slide in deck.slides:  # type: ignore[attr-defined]
        stack = list(slide.shapes)
        while stack:
            sh = stack.pop()
            if sh.shape_type == 6:  # a group
                stack.extend(sh.shapes)
            elif sh.name == "Streamer name":
                names.append(sh)
    assert any("Zainab" in sh.text_frame.text for sh in names)
    for sh in names:
        run = sh.text_frame.paragraphs[0].runs[0]
        width = (sh.width - sh.text_frame.margin_left - sh.text_frame.margin_right) / 12700
        assert count_lines(sh.text_frame.text, "Arial", run.font.size.pt, width, True) <= 2
