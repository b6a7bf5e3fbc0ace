"""Slides keep "grown-up", "live-streamed" and "13–15" whole on a line ("Tell a grown-/up.",
"Instagram 13–/15", "live-/streamed" were split by the renderer): where the measured line ends
just before such a compound, a real line break replaces the space before it. No invisible
character (a word joiner, a zero-width space) is written: they break search and copy in an
exported PDF and some screen readers speak them."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches, Pt

from built_decks import slides_file
from conftest import need_libreoffice, need_tool
from lessonpack.render.deck_nobreak import hold_compounds, keep_whole

# Zero-width and invisible format characters a screen reader or a PDF's text layer trips on.
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")


def _slide_with(texts: list[str], width: float, size: float = 22):
    """A slide with one Liberation Sans text box per text, ``width`` inches wide."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for n, text in enumerate(texts):
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.5 + 1.5 * n), Inches(width),
                                       Inches(1.2))
        box.text_frame.word_wrap = True
        run = box.text_frame.paragraphs[0].add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.name = "Liberation Sans"
    return prs, slide


def test_a_compound_the_line_would_split_starts_the_next_line() -> None:
    _prs, slide = _slide_with(["Tell a grown-up.", "Instagram 13–15 and 16–18 too",
                               "[DSL's name-here] please", "see ceop.police.uk/safety-centre"],
                              2.05)
    hold_compounds(slide)
    texts = [sh.text_frame.text for sh in slide.shapes]
    assert texts[0] == "Tell a\vgrown-up."
    assert texts[1].replace("\v", " ") == "Instagram 13–15 and 16–18 too"
    assert "[DSL's name-here]" in texts[2]  # a field the school fills in is left as written
    assert "ceop.police.uk/safety-centre" in texts[3]  # an address too
    assert not any(INVISIBLE.search(t) for t in texts)


def test_a_line_with_room_for_the_compound_is_left_alone() -> None:
    _prs, slide = _slide_with(["Tell a grown-up."], 4.0)
    hold_compounds(slide)
    assert slide.shapes[0].text_frame.text == "Tell a grown-up."


def test_a_break_made_for_a_larger_size_goes_when_the_size_shrinks() -> None:
    """deck_sizes sets a deck's repeated parts at one size once every slide is drawn: a
    break made for the answer's larger size left "Come to a" alone over the rest at the
    smaller one. Shrunk, the break goes; where the compound still
    meets the line's end, it is held again."""
    from pptx.oxml.ns import qn

    from lessonpack.render.deck_nobreak import rehold

    _prs, slide = _slide_with(["Come to a one-to-one stream, just you and me",
                               "Tell a grown-up."], 2.6, size=22)
    hold_compounds(slide)
    answer, rule = slide.shapes
    assert answer.text_frame.text == "Come to a\vone-to-one stream, just you and me"
    for r_pr in answer._element.iter(qn("a:rPr")):
        r_pr.set("sz", "1600")
    rehold(answer._element)
    assert answer.text_frame.text == "Come to a one-to-one stream, just you and me"
    # A break the smaller size still needs is made again.
    _prs, slide = _slide_with(["Tell a grown-up."], 2.05, size=22)
    hold_compounds(slide)
    (held,) = slide.shapes
    assert held.text_frame.text == "Tell a\vgrown-up."
    for r_pr in held._element.iter(qn("a:rPr")):
        r_pr.set("sz", "2100")
    rehold(held._element)
    assert held.text_frame.text == "Tell a\vgrown-up.", held.text_frame.text
    assert rule.text_frame.text == "Tell a grown-up."


def test_a_break_from_elsewhere_marked_dirty_is_never_undone() -> None:
    """PowerPoint, deck_draft and deck_logo_slot write dirty="0" on runs, and
    deck_title_breaks and deck_side copy a run's properties onto their own line breaks: such
    a break is not this module's, and ``rehold`` leaves it where it is, while the break it
    made itself (carrying the same dirty="0" from its run) goes when the size shrinks."""
    import copy

    from lxml import etree
    from pptx.oxml.ns import qn

    from lessonpack.render.deck_nobreak import HELD, HELD_BY, rehold

    _prs, slide = _slide_with(["Come to a one-to-one stream"], 2.6, size=22)
    (answer,) = slide.shapes
    p = answer._element.find(".//" + qn("a:p"))
    run = p.find(qn("a:r"))
    run.find(qn("a:rPr")).set("dirty", "0")
    hold_compounds(slide)
    assert answer.text_frame.text == "Come to a\vone-to-one stream"
    # Another module's break after the stream, its run's properties copied onto it.
    last = p.findall(qn("a:r"))[-1]
    foreign = etree.SubElement(p, qn("a:br"))
    foreign.append(copy.deepcopy(last.find(qn("a:rPr"))))
    more = copy.deepcopy(last)
    more.find(qn("a:t")).text = "just you and me"
    p.append(more)
    breaks = list(p.iter(qn("a:br")))
    assert all(br.find(qn("a:rPr")).get("dirty") == "0" for br in breaks)
    assert [br.find(qn("a:rPr")).get(HELD) == HELD_BY for br in breaks] == [True, False]
    for r_pr in answer._element.iter(qn("a:rPr")):
        r_pr.set("sz", "1600")
    rehold(answer._element)
    assert answer.text_frame.text == "Come to a one-to-one stream\vjust you and me"


def test_list_dots_are_held_with_a_visible_no_break_space() -> None:
    text = "not your fault · don't pay · report · get help"
    assert keep_whole(text) == "not your fault\u00a0· don't pay\u00a0· report\u00a0· get help"
    kicker = "Cycle 2 · Check 1 of 2 · Answer"
    assert keep_whole(kicker) == kicker


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4", "parents"])
def test_built_slides_hold_no_invisible_characters(built_packs: Path, audience: str) -> None:
    deck = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    with zipfile.ZipFile(deck) as z:
        parts = [n for n in z.namelist()
                 if re.fullmatch(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml", n)]
        found = [(n, m.group()) for n in parts
                 for m in INVISIBLE.finditer(z.read(n).decode())]
    assert parts and not found, found[:3]


def test_libreoffice_keeps_the_compound_on_one_line(tmp_path: Path) -> None:
    """A box just wide enough for "Tell a grown-": LibreOffice breaks after the hyphen; with
    the line break before it "grown-up." moves to the next line whole."""
    soffice = need_libreoffice()
    pdftotext = need_tool("pdftotext", "poppler-utils")
    prs, slide = _slide_with(["Tell a grown-up."], 2.05)
    prs.save(str(tmp_path / "before.pptx"))
    hold_compounds(slide)
    prs.save(str(tmp_path / "after.pptx"))
    shown = {}
    for name in ("before", "after"):
        subprocess.run([soffice, "--headless", "--norestore",
                        f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                        "pdf", "--outdir", str(tmp_path), str(tmp_path / f"{name}.pptx")],
                       check=True, capture_output=True, timeout=120)
        out = subprocess.run([pdftotext, "-layout", str(tmp_path / f"{name}.pdf"), "-"],
                             check=True, capture_output=True, text=True).stdout
        shown[name] = [line.strip() for line in out.splitlines() if line.strip()]
    assert any(line.endswith("grown-") for line in shown["before"]), shown
    assert "grown-up." in shown["after"], shown
    assert not any(INVISIBLE.search(line) for line in shown["after"])
